"""A spoken reply to a read-back that is only another auxiliary verb (issue 11), a florist survey.

"I heard four, is that right?" asks with "is": a bare "didn't", "it did" or "they won't" answers some
other question, so spoken it is neither a yes nor a no. The read-back is said once more (with the
keypad offered on a phone call) and never confirmed or denied by it; two such replies count as a no.
"it is", "it isn't", "yes" and "no" work as before, and typed text is read as before.
"""

from datetime import datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue.survey_flow import SurveyPolicy
from customario.dialogue.survey_readback import other_auxiliary
from survey_helpers import record_calls, said

SURVEY = {
    "name": "florist",
    "kind": "survey",
    "consent": {"required": False},
    "understanding": {"confirm_below": 0.8},
    "questions": [
        {"id": "fresh", "type": "scale", "text": "From one to five, how fresh were the tulips?", "min": 1, "max": 5},
        {"id": "wrapped", "type": "yes_no", "text": "Was the bouquet gift-wrapped?"},
    ],
}
NOW = datetime(2030, 3, 8, 9, tzinfo=timezone.utc)


def _read_back(question_id: str, answer: str, channel: str = "phone") -> SurveyPolicy:
    campaign = parse_definition(SURVEY, "test")
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW, channel=channel)
    policy.opening()
    policy._ask(campaign.question(question_id))
    policy.respond(answer, confidence=0.1)  # heard faintly: read back
    assert policy.phase == "confirm"
    return policy


@pytest.mark.parametrize("reply", ["didn't", "did", "it did", "they won't", "i haven't", "does not", "couldn't"])
def test_a_bare_other_auxiliary_is_neither_yes_nor_no(reply):
    assert other_auxiliary(reply)


@pytest.mark.parametrize("reply", ["it is", "it isn't", "is", "yes", "no", "no it didn't", "yes i did", "four"])
def test_replies_with_the_read_backs_own_auxiliary_or_more_words_are_left_alone(reply):
    assert not other_auxiliary(reply)


def test_a_spoken_didnt_says_the_read_back_again_with_the_keypad_and_a_yes_then_confirms():
    policy = _read_back("fresh", "four")
    out = policy.respond("didn't", confidence=0.06)
    assert record_calls(out) == [] and policy.phase == "confirm"
    assert "Please say yes or no." in said(out) and "press 1 for yes" in said(out)
    [rec] = record_calls(policy.respond("yes", confidence=0.7))
    assert (rec["question_id"], rec["value"], rec["confirmed"]) == ("fresh", 4, True)


def test_a_spoken_it_did_confirms_nothing_and_two_of_them_count_as_a_no():
    policy = _read_back("fresh", "four")
    assert record_calls(policy.respond("it did", confidence=0.3)) == []
    out = policy.respond("it did", confidence=0.3)
    assert record_calls(out) == [] and policy.phase == "question" and policy.current.id == "fresh"


def test_a_yes_no_answer_read_back_is_not_denied_by_a_bare_didnt():
    policy = _read_back("wrapped", "no")
    out = policy.respond("didn't", confidence=0.2)
    assert policy.phase == "confirm" and "I heard no, is that right?" in said(out)


def test_typed_didnt_is_still_read_as_before():
    campaign = parse_definition(SURVEY, "test")
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW, channel="web")
    policy.opening()
    policy._ask(campaign.question("fresh"))
    policy.pending = None
    policy.respond("four, maybe five")  # typed: read back or stored, whichever the parser decides
    if policy.phase == "confirm":
        out = policy.respond("didn't")
        assert policy.phase == "question" and record_calls(out) == []
