"""A read-back reply heard only as another value, faintly (issue 11), on a ferry-crossing survey of
the test's own.

Through the telephone band a caller's "yes" to "I heard the upper deck, is that right?" can come out
of the read-back model as one of the question's own words. Taken as "no, the lounge", it counted as
a denial and the new value was read back; the caller's no to that was the last denial allowed and
the answer was lost. A bare other value heard below ``confirm_below`` is now an unclear reply: the
read-back is said again (with the keypad on a phone call). A value said with a yes or no, heard
with confidence, or typed still takes the old one's place as before (read back or stored by its own
confidence).
"""

from datetime import datetime, timezone

from customario.definitions import parse_definition
from customario.dialogue import keypad
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls, said

SURVEY = {
    "name": "ferry_crossing",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "seat",
            "type": "single_choice",
            "text": "Where did you sit: the upper deck, the lounge or the cafe?",
            "choices": [
                {"code": "deck", "label": "Upper deck"},
                {"code": "lounge", "label": "Lounge"},
                {"code": "cafe", "label": "Cafe"},
            ],
        },
        {"id": "calm", "type": "scale", "text": "How calm was the crossing, one to five?", "min": 1, "max": 5},
        {"id": "again", "type": "yes_no", "text": "Would you sail with us again?"},
    ],
}
NOW = datetime(2032, 8, 14, 9, tzinfo=timezone.utc)


def _pending(question: str, answer: str, channel: str = "phone") -> SurveyPolicy:
    policy = SurveyPolicy(parse_definition(SURVEY, "test"), tz="UTC", now=lambda: NOW, channel=channel)
    policy.opening()
    policy._ask(policy.campaign.question(question))
    policy.respond(answer, confidence=0.3)
    assert policy.phase == "confirm"
    return policy


def test_a_faint_bare_choice_checks_the_read_back_again_instead_of_denying_it():
    policy = _pending("seat", "upper deck")
    out = policy.respond("lounge", confidence=0.07)
    assert record_calls(out) == [] and policy.phase == "confirm"
    assert "upper deck" in said(out).lower() and said(out).endswith(keypad.READ_BACK_OFFER)
    assert policy.denials.get("seat", 0) == 0
    [rec] = record_calls(policy.respond_keypad("1"))
    assert (rec["question_id"], rec["value"], rec["confirmed"]) == ("seat", "deck", True)


def test_a_faint_bare_number_to_a_scale_read_back_is_unclear_too():
    policy = _pending("calm", "four")
    out = policy.respond("two", confidence=0.1)
    assert record_calls(out) == [] and "I heard four" in said(out)
    assert policy.denials.get("calm", 0) == 0


def test_a_second_faint_bare_value_counts_as_a_no():
    policy = _pending("calm", "four")
    policy.respond("two", confidence=0.1)
    out = policy.respond("three", confidence=0.1)
    assert record_calls(out) == [] and policy.phase == "question" and policy.current.id == "calm"
    assert policy.denials["calm"] == 1


def test_a_confident_bare_value_still_replaces_the_reading():
    policy = _pending("calm", "four")
    [rec] = record_calls(policy.respond("two", confidence=0.95))
    assert (rec["question_id"], rec["value"], rec["confidence"]) == ("calm", 2, 0.95)
    assert policy.denials["calm"] == 1


def test_a_faint_no_with_the_new_value_still_replaces_the_reading():
    policy = _pending("seat", "cafe")
    out = policy.respond("no the lounge", confidence=0.1)
    assert policy.phase == "confirm" and "lounge" in said(out).lower() and "cafe" not in said(out).lower()
    assert policy.denials["seat"] == 1


def test_a_typed_bare_value_still_replaces_the_reading():
    data = {**SURVEY, "understanding": {"confirm_below": 0.99}}  # every typed answer read back
    policy = SurveyPolicy(parse_definition(data, "test"), tz="UTC", now=lambda: NOW, channel="chat")
    policy.opening()
    policy._ask(policy.campaign.question("calm"))
    policy.respond("maybe a four")
    assert policy.phase == "confirm"
    [rec] = record_calls(policy.respond("two"))
    assert (rec["question_id"], rec["value"]) == ("calm", 2) and policy.denials["calm"] == 1
