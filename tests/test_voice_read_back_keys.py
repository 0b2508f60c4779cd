"""The keypad for a read-back's yes or no, offered when the read-back is said a second time on a
phone call (issue 11), on a bicycle-repair survey of the test's own.

Through the telephone band a caller's "yes" to "I heard four, is that right?" is what the recogniser
loses most (heard as "again", "their" or nothing). The first read-back stays as short as before; when
it has to be said again (an unclear reply, a lone "again", or a read-back after the caller already
said no to one for this question) the agent adds "Or press 1 for yes or 2 for no.", and a 1 or a 2
typed then is that yes or no, whatever the question's own keys mean. Typed chats, calls without a
keypad and campaigns with ``keypad: false`` never hear the offer.
"""

from datetime import datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue import keypad
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls, said

SURVEY = {
    "name": "bike_repair",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "bikes", "type": "number", "text": "How many bikes did you bring in?", "min": 1, "max": 9},
        {
            "id": "part",
            "type": "single_choice",
            "text": "What needed fixing most: brakes, gears or wheels?",
            "choices": [
                {"code": "brakes", "label": "Brakes"},
                {"code": "gears", "label": "Gears"},
                {"code": "wheels", "label": "Wheels"},
            ],
        },
        {"id": "wish", "type": "open", "text": "What could the workshop do better?"},
        {"id": "back", "type": "yes_no", "text": "Would you come back?"},
    ],
}
NOW = datetime(2031, 6, 3, 10, tzinfo=timezone.utc)


def _policy(question: str, channel: str = "phone", keys: bool = True) -> SurveyPolicy:
    data = dict(SURVEY)
    if not keys:
        data = {**SURVEY, "understanding": {"keypad": False}}
    policy = SurveyPolicy(parse_definition(data, "test"), tz="UTC", now=lambda: NOW, channel=channel)
    policy.opening()
    policy._ask(policy.campaign.question(question))
    return policy


def test_the_first_read_back_does_not_offer_keys():
    policy = _policy("bikes")
    out = policy.respond("three", confidence=0.3)
    assert policy.phase == "confirm" and keypad.READ_BACK_OFFER not in said(out)


def test_an_unclear_reply_brings_the_read_back_again_with_keys_and_1_confirms():
    policy = _policy("bikes")
    policy.respond("three", confidence=0.3)
    out = policy.respond("their", confidence=0.2)
    assert record_calls(out) == [] and said(out).endswith(keypad.READ_BACK_OFFER)
    # 1 is "yes" here, not one bike.
    [rec] = record_calls(policy.respond_keypad("1"))
    assert (rec["question_id"], rec["value"], rec["confirmed"]) == ("bikes", 3, True)
    assert policy.current.id == "part"


def test_2_typed_at_the_second_read_back_is_a_no_and_stores_nothing():
    policy = _policy("part")
    policy.respond("gears", confidence=0.3)
    policy.respond("again", confidence=0.6)  # said once more, with the keys
    out = policy.respond_keypad("2")
    assert record_calls(out) == [] and policy.phase == "question" and policy.current.id == "part"


def test_an_open_answer_read_back_takes_the_keys_too():
    policy = _policy("wish")
    policy.respond("longer opening hours", confidence=0.2)
    out = policy.respond("hmm", confidence=0.1)
    assert said(out).endswith(keypad.READ_BACK_OFFER)
    [rec] = record_calls(policy.respond_keypad("1"))
    assert (rec["question_id"], rec["value"], rec["confirmed"]) == ("wish", "longer opening hours", True)


def test_other_keys_at_an_open_read_back_ask_for_1_or_2():
    policy = _policy("wish")
    policy.respond("longer opening hours", confidence=0.2)
    policy.respond("hmm", confidence=0.1)
    out = policy.respond_keypad("7")
    assert record_calls(out) == [] and policy.phase == "confirm" and said(out).endswith(keypad.READ_BACK_OFFER)


def test_a_value_typed_at_the_second_read_back_of_a_choice_replaces_the_reading():
    policy = _policy("part")
    policy.respond("wheels", confidence=0.3)
    policy.respond("their", confidence=0.1)
    [rec] = record_calls(policy.respond_keypad("3"))  # not 1 or 2: the third choice
    assert (rec["question_id"], rec["value"], rec["method"]) == ("part", "wheels", "keypad")


def test_a_read_back_after_a_no_to_this_question_offers_keys():
    policy = _policy("bikes")
    policy.respond("five", confidence=0.3)
    policy.respond("no", confidence=0.9)
    out = policy.respond("four", confidence=0.3)
    assert policy.phase == "confirm" and "I heard four" in said(out) and said(out).endswith(keypad.READ_BACK_OFFER)
    [rec] = record_calls(policy.respond_keypad("1"))
    assert (rec["value"], rec["confirmed"]) == (4, True)


def test_a_yes_no_question_s_second_read_back_keeps_yes_as_1():
    policy = _policy("back")
    policy.respond("yes", confidence=0.1)
    assert policy.phase == "confirm"
    policy.respond("they", confidence=0.1)
    [rec] = record_calls(policy.respond_keypad("1"))
    assert (rec["question_id"], rec["value"], rec["confirmed"]) == ("back", "yes", True)


def test_the_spoken_reply_still_works_after_the_offer():
    policy = _policy("bikes")
    policy.respond("three", confidence=0.3)
    policy.respond("their", confidence=0.2)
    [rec] = record_calls(policy.respond("yes", confidence=0.9))
    assert (rec["value"], rec["confirmed"]) == (3, True)


@pytest.mark.parametrize("channel, keys", [("web", True), ("voice", True), ("phone", False)])
def test_no_offer_without_a_keypad(channel, keys):
    policy = _policy("bikes", channel=channel, keys=keys)
    policy.respond("three", confidence=0.3)
    out = policy.respond("their", confidence=0.2)
    assert keypad.READ_BACK_OFFER not in said(out)
    out = policy.respond_keypad("1")
    assert record_calls(out) == []


def test_typed_text_hears_no_offer():
    policy = _policy("bikes")
    policy.respond("three, no wait, four")  # typed: read back for its correction
    assert policy.phase == "confirm"
    out = policy.respond("hmm")
    assert policy.phase == "confirm" and keypad.READ_BACK_OFFER not in said(out)
