"""Spoken yes/no answers at a piano tuner's survey of the test's own (issue 11, voice of 6 December
2026, stop 47): the emphatic yes that echoes an auxiliary ("Sure was.", "Sure did.") is in the
per-question model, and a yes/no answer heard as one bare word is read back below the campaign's
``confirm_below``, not only below 0.3: through the telephone band "Sure was." came out as a lone
"no" at 0.5 and was stored as the wrong answer.

Model phrases and the survey policy only, no recogniser.
"""

from datetime import datetime, timezone

import pytest

from customario.conversation.voice import expected_for_policy
from customario.conversation.voice.phrases import emphatic_yes_forms
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from survey_helpers import policy_at, record_calls

NOW = datetime(2031, 5, 20, 12, tzinfo=timezone.utc)
TUNER = {
    "name": "tuner_visit",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "on_time", "type": "yes_no", "text": "Did the tuner come at the agreed hour?"},
        {"id": "tidy", "type": "yes_no", "text": "Was the room left tidy?"},
        {"id": "pitch", "type": "scale", "text": "How happy are you with the pitch, from 1 to 5?", "min": 1, "max": 5},
    ],
}


def _question(qid: str):
    return parse_definition(TUNER, "test").question(qid)


@pytest.mark.parametrize("qid", ["on_time", "tidy"])
def test_every_emphatic_yes_is_a_yes_to_the_parser_and_in_the_model(qid):
    q = _question(qid)
    forms = emphatic_yes_forms(q)
    assert {"sure was", "sure did"} <= set(forms)
    for form in forms:
        n = normalise(q, form)
        assert n.status == "valid" and n.value == "yes", form
    model = expected_for_policy(policy_at(TUNER, qid, NOW))
    assert all(form in model for form in forms)


def test_the_question_own_auxiliary_is_echoed_and_other_questions_have_none():
    assert "it sure was" in emphatic_yes_forms(_question("tidy"))
    assert "he sure did" in emphatic_yes_forms(_question("on_time"))
    assert emphatic_yes_forms(_question("pitch")) == []


@pytest.mark.parametrize("heard", ["no", "yes", "nope"])
def test_a_yes_no_heard_as_one_bare_word_at_middling_confidence_is_read_back(heard):
    policy = policy_at(TUNER, "on_time", NOW)
    actions = policy.respond(heard, confidence=0.5)
    assert record_calls(actions) == [] and policy.phase == "confirm"


def test_a_bare_word_heard_surely_is_stored_as_before():
    policy = policy_at(TUNER, "on_time", NOW)
    assert [c["value"] for c in record_calls(policy.respond("no", confidence=0.95))] == ["no"]
    policy = policy_at(TUNER, "tidy", NOW)
    assert [c["value"] for c in record_calls(policy.respond("yes", confidence=0.9))] == ["yes"]


def test_a_typed_bare_word_is_never_read_back():
    policy = policy_at(TUNER, "on_time", NOW)
    assert [c["value"] for c in record_calls(policy.respond("no"))] == ["no"]
