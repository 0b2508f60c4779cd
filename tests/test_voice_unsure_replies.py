"""Spoken replies the recogniser is unsure of (issue 11): codes said twice, a "no" heard as "none".

A code is never read back, and one heard below the campaign's ``confirm_below`` is asked again (the
recogniser turns answers into codes now and then). The same code heard on the caller's next answer
to the same question, both times at or above the floor ``UNSURE_CODE_BELOW``, is what the caller
said: it is stored; heard twice with a hearing under the floor, it is read back ("I heard that
you'd rather not say, is that right?"). Two different codes or another answer in between are
asked again as before. A spoken read-back reply heard as the bare word "none" is a no (the
recogniser's usual mishearing of "no"), never a new value of zero read back in its place; typed, it
is the caller's zero. Pure policy, no recogniser: a plant nursery survey.
"""

from datetime import datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue.survey_flow import UNSURE_CODE_BELOW, SurveyPolicy
from survey_helpers import record_calls as _records

SURVEY = {
    "name": "plant_nursery",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "plants", "type": "number", "text": "How many plants did you buy this spring?", "min": 0, "max": 500},
        {"id": "advice", "type": "yes_no", "text": "Did our staff give you planting advice?"},
    ],
}


def _policy() -> SurveyPolicy:
    now = datetime(2031, 4, 2, 10, tzinfo=timezone.utc)
    policy = SurveyPolicy(parse_definition(SURVEY, "test"), tz="UTC", now=lambda: now, channel="phone")
    policy.opening()
    return policy


@pytest.mark.parametrize(
    "words, code",
    [("that's private, sorry", "refused"), ("i haven't got a clue", "dont_know")],
)
def test_the_same_code_heard_twice_above_the_floor_is_stored(words, code):
    policy = _policy()
    assert _records(policy.respond(words, confidence=UNSURE_CODE_BELOW + 0.1)) == []
    assert policy.current.id == "plants"
    [rec] = _records(policy.respond(words, confidence=UNSURE_CODE_BELOW + 0.05))
    assert (rec["question_id"], rec["status"], rec["value"]) == ("plants", code, None)


def test_two_different_codes_are_never_stored_as_a_code():
    policy = _policy()
    assert _records(policy.respond("that's private, sorry", confidence=0.45)) == []
    # reask.max_attempts (2) spent: the last code is read back (the caller's last try), not stored
    out = policy.respond("i haven't got a clue", confidence=0.45)
    assert _records(out) == [] and policy.phase == "confirm"
    assert "I heard that you don't know, is that right?" in " ".join(getattr(a, "text", "") for a in out)
    assert _records(policy.respond("no", confidence=0.9)) == [] and policy.current.id == "plants"


@pytest.mark.parametrize(
    "first, second",
    [
        (("that's private, sorry", UNSURE_CODE_BELOW - 0.05), ("that's private, sorry", 0.45)),  # under the floor
        (("that's private, sorry", 0.45), ("that's private, sorry", UNSURE_CODE_BELOW - 0.05)),
    ],
)
def test_the_same_code_heard_twice_once_under_the_floor_is_read_back_not_stored(first, second):
    policy = _policy()
    assert _records(policy.respond(*first[:1], confidence=first[1])) == []
    out = policy.respond(*second[:1], confidence=second[1])
    assert _records(out) == [] and policy.phase == "confirm"
    assert "I heard that you'd rather not say, is that right?" in " ".join(getattr(a, "text", "") for a in out)
    assert _records(policy.respond("no", confidence=0.9)) == []  # denied: asked again, nothing stored
    assert policy.phase == "question" and policy.current.id == "plants"


def test_an_answer_in_between_forgets_the_first_code():
    s = dict(SURVEY, questions=[dict(SURVEY["questions"][0], reask={"max_attempts": 4}), SURVEY["questions"][1]])
    now = datetime(2031, 4, 2, 10, tzinfo=timezone.utc)
    policy = SurveyPolicy(parse_definition(s, "test"), tz="UTC", now=lambda: now, channel="phone")
    policy.opening()
    policy.respond("that's private, sorry", confidence=0.45)
    policy.respond("purple banana", confidence=0.45)  # not understood: asked again
    assert _records(policy.respond("that's private, sorry", confidence=0.45)) == []
    assert policy.current.id == "plants"


def test_a_spoken_none_to_a_read_back_is_a_no_and_the_question_is_asked_again():
    policy = _policy()
    assert "I heard twelve" in " ".join(a.text for a in policy.respond("twelve", confidence=0.4) if hasattr(a, "text"))
    out = policy.respond("None.", confidence=0.3)
    assert _records(out) == [] and policy.phase == "question" and policy.current.id == "plants"
    assert policy.denials == {"plants": 1}
    [rec] = _records(policy.respond_keypad("12"))
    assert (rec["value"], rec["method"]) == (12, "keypad")
    typed = _policy()
    typed.respond("twelve", confidence=0.4)
    [rec] = _records(typed.respond("none"))  # typed (no recogniser): "none" is the caller's zero
    assert rec["value"] == 0
