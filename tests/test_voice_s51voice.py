"""Spoken answers through the telephone band (issue 11, stop 51), on a boat-hire survey of the
test's own.

A request not to be called again whose "don't" or "never" the recogniser lost or heard as other
words ("... know phone me again") is asked back with the opt-out question; a call back asked for
("could you ring me again tomorrow") is not.
"""

from datetime import datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue import spoken_doubts
from customario.dialogue.optout import CONFIRM_QUESTION
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls, said

SURVEY = {
    "name": "boat_hire",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "hours", "type": "number", "text": "How many hours did you hire the boat for?", "min": 1, "max": 12},
        {"id": "engine", "type": "scale", "text": "How well did the engine run, one to five?", "min": 1, "max": 5},
        {"id": "notes", "type": "open", "text": "Anything else about your trip?", "required": False},
    ],
}
NOW = datetime(2033, 6, 2, 10, tzinfo=timezone.utc)


def _asked(question: str) -> SurveyPolicy:
    policy = SurveyPolicy(parse_definition(SURVEY, "test"), tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    policy._ask(policy.campaign.question(question))
    return policy


@pytest.mark.parametrize(
    "heard",
    [
        "well i know ring me again",  # "Well, don't ring me again."
        "and never phone us anymore",
        "uh contact me again the",
        "the call me any more",
    ],
)
def test_a_verb_of_contact_with_me_and_again_is_heard_as_a_stop_request(heard):
    assert spoken_doubts.heard_stop_request(heard) is True


@pytest.mark.parametrize(
    "heard",
    [
        "could you call me again tomorrow",
        "i'd like you to ring me again next week",
        "they phoned me again and again",
        "ring me back",
        "five hours",
    ],
)
def test_a_call_back_asked_for_or_a_past_call_is_no_stop_request(heard):
    assert spoken_doubts.heard_stop_request(heard) is False


def test_a_spoken_stop_request_with_its_negation_lost_asks_the_opt_out_question():
    policy = _asked("engine")
    out = policy.respond("i know phone me again", confidence=0.0)
    assert record_calls(out) == []
    assert CONFIRM_QUESTION in said(out)


def test_the_same_words_typed_are_not_read_as_a_lost_negation():
    policy = _asked("engine")
    out = policy.respond("i know phone me again", confidence=None)
    assert CONFIRM_QUESTION not in said(out)


@pytest.mark.parametrize(
    ("heard", "status"),
    [
        ("i want off rate it", "refused"),  # "I'd rather not rate it."
        ("ride prefer not to score them", "refused"),
        ("honestly i no how to rate that", "dont_know"),
        ("gosh how to grade him", "dont_know"),
    ],
)
def test_a_sentence_ending_in_a_rating_verb_and_its_object_is_that_code_heard_faintly(heard, status):
    q = parse_definition(SURVEY, "test").question("engine")
    n = spoken_doubts.rating_tail(q, heard)
    assert n is not None and n.status == status
    assert spoken_doubts.framing_code(q, heard).status == status


@pytest.mark.parametrize(
    "heard",
    [
        "four i'd rate it",  # the value said before the verb
        "rate it",  # nothing before the verb
        "i'd rate it a four",  # the value after it: no tail
        "the boat rate was fine",
    ],
)
def test_a_rating_verb_with_a_value_or_alone_is_no_lost_code(heard):
    q = parse_definition(SURVEY, "test").question("engine")
    assert spoken_doubts.rating_tail(q, heard) is None


def test_a_rating_tail_heard_twice_is_read_back_as_a_refusal_and_stored_only_after_a_yes():
    policy = _asked("engine")
    first = policy.respond("we want off score it", confidence=0.0)
    assert record_calls(first) == [] and policy.phase == "question"
    second = policy.respond("we want off score it", confidence=0.01)
    assert record_calls(second) == [] and policy.phase == "confirm"
    assert "rather not say" in said(second)
    [rec] = record_calls(policy.respond("yes", confidence=0.9))
    assert (rec["question_id"], rec["status"], rec["value"], rec["confirmed"]) == ("engine", "refused", None, True)
