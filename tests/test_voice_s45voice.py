"""Spoken refusals of other shapes than "rather not", and don't-knows said as a clause, at a
bicycle repair shop's survey of the test's own (issue 11, voice of 6 December 2026, stop 45).

Half the refusals of the development answers corpora blind40-blind48 are not built on "rather
not": the answer withheld ("I'm not answering that", "I won't say that", "I'm not going to answer
that"), "prefer not to" or "sooner not" with what is declined, the question waved past ("let's
move past that", "I'll leave that one blank", "I'll give that one a miss") and privacy claimed
("that's between me and my bank", "that's my own business"). The per-question models now know
them, once each; every form is one the parser codes as refused, on every closed and date question,
and a question that allows no refusal has none of them. The same holds for don't-knows said as a
clause ("I honestly don't remember", "Can't remember", "Haven't the foggiest", "I've lost count").

Model phrases and the parser only, no recogniser.
"""

from datetime import datetime, timezone

import pytest

from customario.conversation.voice import expected_for_policy, phrases
from customario.conversation.voice.dont_know_forms import dont_know_forms
from customario.conversation.voice.refusal_forms import other_refusal_forms, refusal_forms
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from survey_helpers import policy_at, record_calls, said

NOW = datetime(2032, 8, 11, 12, tzinfo=timezone.utc)
REPAIR = {
    "name": "bike_repair",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "dropped_off", "type": "date", "text": "On what date did you drop the bike off?"},
        {"id": "bill", "type": "number", "text": "How much was the bill, in dollars?", "min": 0, "max": 900},
        {"id": "parts", "type": "number", "text": "How many parts were replaced?", "min": 0, "max": 8},
        {"id": "fair", "type": "scale", "text": "How fair was the price, from 1 to 5?", "min": 1, "max": 5},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the shop?"},
        {"id": "ready", "type": "yes_no", "text": "Was the bike ready when promised?"},
        {"id": "fix", "type": "single_choice", "text": "What was fixed?",
         "choices": [{"code": "brakes", "label": "the brakes"}, {"code": "gears", "label": "the gears"},
                     {"code": "wheel", "label": "a wheel"}]},
        {"id": "must_say", "type": "number", "text": "How many bikes do you own?", "min": 0, "max": 9,
         "allow_refused": False},
    ],
}  # fmt: skip


def _question(qid: str):
    return parse_definition(REPAIR, "test").question(qid)


@pytest.mark.parametrize("qid", ["dropped_off", "bill", "parts", "fair", "recommend", "ready", "fix"])
def test_every_refusal_of_another_shape_is_a_refusal_to_the_parser(qid):
    q = _question(qid)
    for form in other_refusal_forms():
        assert normalise(q, form).status == "refused", form


def test_the_other_shapes_are_among_the_refusal_forms():
    assert set(other_refusal_forms()) <= set(refusal_forms())


@pytest.mark.parametrize("qid", ["dropped_off", "bill", "parts", "fair", "recommend", "ready", "fix"])
def test_refusals_of_each_shape_are_in_the_question_models(qid):
    model = expected_for_policy(policy_at(REPAIR, qid, NOW))
    for form in (
        "i'm not answering that",  # withheld now
        "i won't say that",  # not willing
        "i'd prefer not to rate that",  # prefer not to + what
        "i'd sooner not say",  # British "rather not"
        "let's move past that",  # waved past
        "i'll leave that one blank",
        "i'll give that one a miss",
        "that's between me and my",  # privacy claimed
        "that's my own business",
        "i'd rather keep my thoughts to myself",
    ):
        assert form in model, form


def test_no_refusal_begins_as_the_opt_out_i_dont_want_any_more_calls():
    assert not any(form.startswith(("i don't want", "don't want")) for form in other_refusal_forms())


def test_a_question_that_allows_no_refusal_has_none_of_them():
    model = phrases.decoder_phrases(_question("must_say"))
    assert not any(form in model for form in other_refusal_forms())


def test_a_choice_is_still_its_own_answer():
    q = _question("fix")
    assert normalise(q, "the gears").value == "gears"
    assert normalise(q, "the brakes, not the gears").value == "brakes"


# Don't-knows said as a clause: an adverb of sincerity inside ("I honestly don't remember"), the
# subject left out ("Can't remember"), British idiom ("Haven't the foggiest"), a count lost, a check
# still to make, too early a moment.
@pytest.mark.parametrize("qid", ["dropped_off", "bill", "parts", "fair", "recommend", "ready", "fix"])
def test_every_dont_know_clause_is_a_dont_know_to_the_parser(qid):
    q = _question(qid)
    for form in dont_know_forms():
        assert normalise(q, form).status == "dont_know", form


@pytest.mark.parametrize("qid", ["dropped_off", "parts", "ready", "fix"])
def test_dont_know_clauses_are_in_the_question_models(qid):
    model = expected_for_policy(policy_at(REPAIR, qid, NOW))
    for form in ("i honestly don't remember", "can't remember", "haven't the foggiest", "i've lost count"):
        assert form in model, form


def test_a_question_that_allows_no_dont_know_has_no_dont_know_clauses():
    survey = {**REPAIR, "questions": [{**REPAIR["questions"][2], "allow_dont_know": False}]}
    model = phrases.decoder_phrases(parse_definition(survey, "test").question("parts"))
    assert not any(form in model for form in dont_know_forms())


# A spoken change of an earlier answer whose read-back the caller denies is asked again with the
# keypad offer on a phone call, as the pending question's own denied value is.
def _changed_then_denied(channel: str):
    policy = policy_at(REPAIR, "parts", NOW, channel=channel)
    policy.respond("two", confidence=0.9)
    if policy.phase == "confirm":
        policy.respond("yes", confidence=0.9)
    policy._ask(policy.campaign.question("fair"))
    out = policy.respond("go back to the parts, make it three", confidence=0.3)
    assert policy.phase == "confirm" and "three" in said(out).lower()
    return policy, policy.respond("no", confidence=0.5)


def test_a_denied_change_is_asked_again_with_the_keypad_on_a_phone_call():
    policy, out = _changed_then_denied("phone")
    assert policy.current.id == "parts" and policy.phase == "question"
    assert "keypad" in said(out).lower() and not record_calls(out)
    out = policy.respond_keypad("4")
    assert [(r["question_id"], r["value"], r["method"]) for r in record_calls(out)] == [("parts", 4, "keypad")]
    assert policy.current.id == "fair"


def test_a_denied_change_offers_no_keypad_without_one():
    policy, out = _changed_then_denied("voice")
    assert policy.current.id == "parts" and "keypad" not in said(out).lower()


# The benchmark's '+keypad' caller asked the question their change names again after denying the
# read-back of the change is taken back to it, and types the new value once offered the keypad.
def test_the_bench_caller_types_the_change_after_denying_its_read_back():
    import sys
    from datetime import date
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from answer_corpus import run_item

    item = {
        "id": "r1",
        "survey": "bike_repair",
        "question": "fair",
        "text": "Go back to the parts, it was three, not two.",
        "before": {"parts": "two"},
        "expect": {"outcome": "correction", "target": "parts", "value": 3},
    }

    def mishearing_the_value(said: str, policy):  # the change's value heard as four, every time
        return said.lower().strip(".").replace("three, not two", "four"), 0.3

    survey = {"bike_repair": parse_definition(REPAIR, "test")}
    v = run_item(item, survey, date(2032, 8, 11), mishearing_the_value, keypad=True, channel="phone")
    assert v.verdict == "right" and v.keyed and v.stored[1] == 3
    v = run_item(item, survey, date(2032, 8, 11), mishearing_the_value, keypad=False, channel="phone")
    assert v.verdict != "wrong" and not v.keyed


# A spoken bare "no" to the read-back of a multiple-choice answer is that no, not the answer
# "none of these" (which a "no" to "Did you buy any ...?" is) read back in the value's place; the
# question is asked again with the keypad. A typed "no" is that no too (stop 49: it had been read
# back as "none of these", spending the caller's last denial, answers blind53).
def test_a_bare_spoken_no_to_a_choice_read_back_is_a_denial():
    survey = {
        **REPAIR,
        "questions": [
            {"id": "extras", "type": "multi_choice",
             "text": "Did you buy any extras, a bell, a lock or a light? Or none of these?",
             "choices": [{"code": "bell", "label": "a bell"}, {"code": "lock", "label": "a lock"},
                         {"code": "light", "label": "a light"},
                         {"code": "none", "label": "none of these", "synonyms": ["none", "nothing"]}]},
        ],
    }  # fmt: skip
    for reply in ("no", "nope", "Nah."):
        policy = policy_at(survey, "extras", NOW)
        out = policy.respond("a light", confidence=0.02)
        assert policy.phase == "confirm", said(out)
        out = policy.respond(reply, confidence=0.4)
        assert policy.phase == "question" and "none of these, is that right" not in said(out)
        assert "press" in said(out).lower() and not record_calls(out)
        out = policy.respond_keypad("12")
        assert record_calls(out)[0]["value"] == ["bell", "lock"]
    policy = policy_at(survey, "extras", NOW)
    policy.respond("a light", confidence=0.02)
    out = policy.respond("no")
    assert policy.phase == "question" and "none of these, is that right" not in said(out)
