"""A spoken yes or no beside the name of another answered question is read back (issue 11), and a
change to an earlier answer said with its verb is in the question models, on surveys of the test's
own (a bakery, a cycle hire)."""

from datetime import datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue.survey_flow import SurveyPolicy

NOW = datetime(2032, 5, 11, 9, tzinfo=timezone.utc)


CYCLE = {
    "name": "cycle_hire",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "trips", "type": "number", "text": "How many trips did you take this month?", "min": 0, "max": 60,
         "aliases": ["trips", "number of trips"]},
        {"id": "last_ride", "type": "date", "text": "When did you last ride?", "aliases": ["last ride", "the date"]},
        {"id": "helmet", "type": "yes_no", "text": "Did you wear a helmet on every ride?", "aliases": ["helmet"]},
    ],
}  # fmt: skip


def _cycle(current: str = "helmet") -> SurveyPolicy:
    campaign = parse_definition(CYCLE, "test")
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    for qid, said in (("trips", "twelve"), ("last_ride", "yesterday")):
        policy._ask(campaign.question(qid))
        policy.respond(said)
    policy._ask(campaign.question(current))
    return policy


@pytest.mark.parametrize("heard", ["trips didn't", "the last ride it didn't", "number of trips yes it was"])
def test_a_spoken_yes_or_no_beside_another_answers_name_is_read_back(heard):
    """Heard at confidence 1.0, "trips didn't" was stored as a no to the helmet question: the caller
    may have been changing the trips answer with the change verb lost."""
    policy = _cycle()
    actions = policy.respond(heard, confidence=1.0)
    assert policy.phase == "confirm" and policy.pending["question"].id == "helmet"
    assert not any(getattr(a, "name", None) == "record_answer" for a in actions)


@pytest.mark.parametrize("heard", ["no i didn't", "the helmet yes", "i wore it on every ride yes", "yes"])
def test_a_spoken_yes_or_no_naming_no_other_answer_is_stored(heard):
    policy = _cycle()
    actions = policy.respond(heard, confidence=1.0)
    stored = [a for a in actions if getattr(a, "name", None) == "record_answer"]
    assert (stored and stored[0].arguments["question_id"] == "helmet") or policy.phase == "confirm"
    if heard != "no i didn't":
        assert stored


def test_typed_words_naming_another_answer_are_the_callers_own():
    policy = _cycle()
    actions = policy.respond("trips, no")
    assert any(getattr(a, "name", None) == "record_answer" and a.arguments["value"] == "no" for a in actions)
