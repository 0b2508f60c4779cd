"""The rule on the caller's condition or state is the part read (issue 11, kb blind36), and one
reader of "how long do I have to wait before ..." (a wait, not a window to act in) shared by the
part chooser and the near-miss check of a service's length (:mod:`customario.escalation.kb_lag`).
Phrasings and the shoe shop's policy are our own, not the corpora's."""

from __future__ import annotations

import pytest

from customario.escalation.kb_answer_type import asks_wait, duration_asked
from customario.escalation.kb_excerpt import answer_excerpt, condition_rule, split_sentences, state_words
from customario.escalation.kb_fact import asked_part
from customario.escalation.kb_lag import other_duration
from customario.escalation.knowledge import search

STORE = "pc_store_support"
SHOES = (
    "Unaltered items can be returned within 60 days for a full refund. Altered items can be exchanged within "
    "14 days in their original box; customised trainers are refunded minus a 20% handling fee. Refunds "
    "reach your card 3 to 5 days after we receive the parcel."
)
POLICY = {"question": "What is your return policy?", "answer": SHOES, "kind": "articles"}


def _read(question: str, matched: list[str]) -> str | None:
    return answer_excerpt(SHOES, matched, "articles", query=question)


def test_the_state_before_the_thing_picks_its_rule():
    # "handling fee" is in the rule on customised trainers; the caller's items are unaltered
    question = "There's no handling fee on unaltered stuff, is there?"
    assert _read(question, ["handling", "fee", "unaltered"]).startswith("Unaltered items")


@pytest.mark.parametrize(
    "question, matched, start",
    [
        # a clause of the state's own rule stands: the fee is part of the sentence on altered items
        ("any handling fee on altered stuff?", ["handling", "fee", "altered"], "customised trainers"),
        # the kind of value asked picks first: the refund's lag, not the rule on altered items
        ("how long is the refund for altered stuff?", ["long", "refund", "altered"], "Refunds reach"),
    ],
)
def test_the_state_does_not_override_the_part_asked(question, matched, start):
    assert _read(question, matched).startswith(start)


def test_a_negated_state_names_no_rule():
    assert state_words("not for altered items, for unaltered ones", ["altered", "unaltered"]) == ["unaltered"]


@pytest.mark.parametrize(
    "question, matched",
    [
        ("can I refund stuff I already altered", ["refund", "altered"]),  # a verb before "stuff"
        ("any difference between altered and unaltered items?", []),  # both states: no one rule
    ],
)
def test_no_single_state_is_named(question, matched):
    states = state_words(question, matched or ["altered", "unaltered"])
    assert states != ["refund"] and len(states) != 1


def test_after_a_yes_the_rule_on_the_callers_condition_is_read():
    # the part nearest in meaning was the refund timing; the caller's "when" names the altered items
    part = asked_part("what about the refund when the shoes were already altered?", POLICY, "Refunds reach your card")
    assert part and part.startswith("Altered items")


@pytest.mark.parametrize(
    "question",
    [
        "if I bought them on sale, can I return them?",  # the sale names no rule
        # the words after "if" run into the question: "refund" is what is asked, not the condition
        "If I send them back do I get my refund?",
    ],
)
def test_a_condition_naming_no_rule_leaves_the_parts(question):
    parts = split_sentences(SHOES)
    assert condition_rule(question, SHOES, parts) == parts


def test_the_store_reads_the_rule_on_unopened_stuff(kb):
    result = search(kb, "You don't charge a restocking fee for unopened stuff?", campaign=STORE)
    assert result.confident and "full refund" in result.best["excerpt"]
    result = search(kb, "is there any fee on opened stuff?", campaign=STORE)
    assert result.confident and "15%" in result.best["excerpt"]


@pytest.mark.parametrize(
    "question, sort",
    [
        ("How long do I have to wait before my refund shows up?", "lag"),
        ("how many days do we need to wait after the return arrives?", "lag"),
        ("How long do I have to send the box back?", "window"),
        ("how long do I have to wait until the tan is done?", "window"),  # as before: no wait before/after
    ],
)
def test_a_wait_is_a_lag_not_a_window(question, sort):
    assert duration_asked(question) == sort


@pytest.mark.parametrize(
    "question, wait",
    [
        ("After the facial, how long do I have to wait before wearing makeup?", True),
        ("how soon after the peel can I swim?", True),
        ("how long is the facial?", False),
    ],
)
def test_one_reader_of_a_wait_for_kb_lag(question, wait):
    assert asks_wait(question) is wait
    facial = "A deep-cleansing facial is $80 and takes about 60 minutes."
    assert bool(other_duration(question, "service", facial)) is wait
