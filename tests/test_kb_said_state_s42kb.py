"""The caller's situation picks the store's rule (issue 11, kb blind38 store wrong answers): a state
said by a verb ("I assembled the bike", "a frame I unboxed but never assembled"), a failure long
after delivery (not the dead-on-arrival rule) and an amount above a rule's limit. The bike shop's
policy and every phrasing are our own, not the corpora's."""

from __future__ import annotations

import pytest

from customario.escalation.kb_arrival import failed_when_old, states_arrival_rule
from customario.escalation.kb_excerpt import answer_excerpt, condition_rule, split_sentences
from customario.escalation.kb_fact import asked_part
from customario.escalation.kb_said_state import said_state_part, said_states
from customario.escalation.knowledge import search

STORE = "pc_store_support"
BIKES = (
    "Sealed bikes can be returned within 45 days for a full refund. Unboxed bikes can be returned within "
    "21 days in their original carton; assembled bikes are refunded minus a 10% restocking fee. Refunds "
    "reach your card 3 to 5 days after we receive the bike, and refunds above $300 are checked by a manager first."
)
POLICY = {"question": "What is your return policy?", "answer": BIKES, "kind": "articles"}
WARRANTY = {
    "question": "What warranty do your bikes have?",
    "answer": "Every bike carries the maker's warranty (2 years for frames). Bikes that are dead on arrival "
    "within 30 days are swapped by us directly.",
    "kind": "articles",
}


@pytest.mark.parametrize(
    "question, said, negated",
    [
        ("I assembled the bike and my kid hates it", ["assembled"], []),
        ("we've already unboxed it, can it go back?", ["unboxed"], []),
        # A participle negated says the un- state too, as a plain verb negated does ("I didn't use
        # them": unused, kb_said_state; stop 45).
        ("a frame I unboxed but never assembled", ["unboxed", "unassembled"], ["assembled"]),
        ("I haven't assembled it yet", ["unassembled"], ["assembled"]),
        ("You're not closed on Sundays, are you?", [], []),  # a state of the business, no thing's
        ("the bike path isn't paved, is it?", [], []),
        ("it's been assembled by my dad", ["assembled"], []),
        ("what is your return policy?", [], []),
    ],
)
def test_states_said_by_a_verb(question, said, negated):
    assert said_states(question) == (said, negated)


def test_a_state_said_by_a_verb_picks_its_rule():
    question = "I assembled the bike and my kid hates it. Do I get a full refund?"
    part = answer_excerpt(BIKES, ["assembled", "bike", "full", "refund"], "articles", query=question)
    assert part.lower().startswith("assembled bikes")


@pytest.mark.parametrize(
    "question, matched, held",
    [
        # the rule on the said state is read, with the one the caller negated beside it
        (
            "What do you refund on a bike I unboxed but never assembled?",
            ["refund", "bike", "unboxed", "assembled"],
            "Unboxed bikes can be returned within 21 days",
        ),
        # the fee asked is stated only for assembled bikes: that clause is what answers it
        (
            "Is there a restocking fee on a bike I unboxed but never assembled?",
            ["restocking", "fee", "bike"],
            "ssembled bikes are refunded minus a 10%",
        ),
    ],
)
def test_a_negated_state_is_read_beside_the_said_one(question, matched, held):
    part = answer_excerpt(BIKES, matched, "articles", query=question)
    assert held in part and "Sealed bikes" not in part


def test_a_verb_that_begins_no_rule_changes_nothing():
    # "Orders placed ..." is no rule on an ordered thing; "shipped" is not the first word of its part
    parts = split_sentences("Orders placed before noon ship the same day. Every shipped order has tracking.")
    tied = [parts[1]]
    assert said_state_part("I ordered it and it shipped, where is it?", " ".join(parts), parts, tied) == tied
    assert condition_rule("I ordered it yesterday, has it shipped?", " ".join(parts), parts) == parts


@pytest.mark.parametrize(
    "question, old",
    [
        ("If the frame goes faulty after three months, will you swap it yourselves?", True),
        ("my bike died after a year and a half, who fixes it?", True),
        ("the bike arrived faulty, will you swap it?", False),  # arrived so: the DOA rule
        ("it stopped working after 10 days", False),  # within the 30 days
        ("I've had it two months, can I still return it?", False),  # no failure told
        ("the wheel showed up dead and it's day 40 now, will you still swap it?", False),  # arrived dead
        ("my two-year-old frame cracked and is broken", True),
    ],
)
def test_a_failure_long_after_delivery(question, old):
    assert failed_when_old(question) is old


def test_a_late_failure_is_not_read_the_dead_on_arrival_rule():
    question = "If the frame goes faulty after three months, will you swap it yourselves?"
    part = asked_part(question, WARRANTY, "Bikes that are dead on arrival within 30 days are swapped by us directly.")
    assert part is None or not states_arrival_rule(part)
    question = "The bike arrived dead, will you swap it yourselves?"
    assert states_arrival_rule(asked_part(question, WARRANTY, WARRANTY["answer"]))


def test_an_amount_above_the_limit_reads_the_limit_rule():
    part = asked_part("I'm returning a $450 e-bike, will the refund be slower since it's pricey?", POLICY, "")
    assert part and "$300" in part
    part = asked_part("returning a bike that cost four hundred dollars, does the refund take longer?", POLICY, "")
    assert part and "$300" in part


def test_the_store_reads_the_callers_state(kb):
    result = search(kb, "We installed the CPU and we regret it. Do we get a full refund?", campaign=STORE)
    assert result.confident and "15%" in result.best["excerpt"]
    result = search(
        kb, "What do you refund on a graphics card I unboxed and opened but never installed?", campaign=STORE
    )
    assert (result.best.get("excerpt") or "").startswith("Opened items")  # the fee read as not theirs
    result = search(
        kb, "Sending back a $900 monitor, is the refund going to be slow because it was pricey?", campaign=STORE
    )
    assert "15%" not in (result.best.get("excerpt") or "")


MEMORY = {
    "question": "Do AM5 processors like the Ryzen 7600X work with DDR4 memory?",
    "answer": "AMD AM5 processors such as the Ryzen 5 7600X support DDR5 memory only. Intel 14th generation "
    "processors work with DDR4 or DDR5 depending on the motherboard. DDR4 and DDR5 modules are not interchangeable.",
    "kind": "articles",
}


@pytest.mark.parametrize(
    "question, start",
    [
        # the ask refers back ("it") to the story's memory; the story's processor names the rule
        ("My daughter is getting a 7600X. Her old tower has DDR4 sticks, can she keep using them?", "AMD AM5"),
        # an ask that names its own thing and refers back to nothing keeps its own reading
        ("I have a 7600X. Is DDR4 and DDR5 the same slot?", "DDR4 and DDR5"),
    ],
)
def test_an_ask_referring_back_names_the_storys_thing(question, start):
    part = asked_part(question, MEMORY, "")
    assert part and part.startswith(start)
