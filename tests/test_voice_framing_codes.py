"""Spoken answers framed by a code or holding a stop request (issue 11), at a bike repair shop.

- A "don't know" or refusal said first or last in a spoken answer the recogniser was unsure of is
  that code heard faintly, even when the parser reads a number from the noise around it
  ("bucks forty two no idea"): asked again (the keypad offered on a phone call), the same code heard
  on the next answer read back, stored only after a yes. Heard sure, or typed, the reading stands.
- A spoken answer holding the words of a stop request the opt-out reader did not take ("do not call
  this number static") is asked back with "would you like us to stop calling?", never an opt-out
  by itself; a "no" to that question asks the question again with the keypad offer, as after any
  failed spoken answer.

Pure policy, no recogniser.
"""

from datetime import datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue import keypad, optout
from customario.dialogue.spoken_doubts import framing_code, heard_stop_request, trailing_code
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls as _records

SURVEY = {
    "name": "bike_repair",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "cost", "type": "number", "text": "How much did the repair cost, in dollars?", "min": 0, "max": 2000},
        {
            "id": "parts",
            "type": "multi_choice",
            "text": "Which parts did we replace, the chain, the brakes, or the tyres?",
            "choices": [
                {"code": "chain", "label": "the chain"},
                {"code": "brakes", "label": "the brakes"},
                {"code": "tyres", "label": "the tyres"},
            ],
        },
        {"id": "ready", "type": "yes_no", "text": "Was the bike ready on time?"},
    ],
}
CAMPAIGN = parse_definition(SURVEY, "test")


def _policy(channel: str = "phone") -> SurveyPolicy:
    now = datetime(2031, 4, 2, 10, tzinfo=timezone.utc)
    policy = SurveyPolicy(CAMPAIGN, tz="UTC", now=lambda: now, channel=channel)
    policy.opening()
    return policy


def _said(actions) -> str:
    return " ".join(getattr(a, "text", "") or "" for a in actions)


@pytest.mark.parametrize(
    "words, code",
    [
        ("bucks forty two no idea", "dont_know"),  # said last
        ("not a clue the shop sixty", "dont_know"),  # said first
        ("about sixty rather not say", "refused"),
    ],
)
def test_a_code_said_first_or_last_frames_the_answer(words, code):
    assert framing_code(CAMPAIGN.question("cost"), words).status == code


def test_no_code_at_either_end_is_none():
    q = CAMPAIGN.question("cost")
    assert framing_code(q, "forty two i think") is None
    assert framing_code(q, "the chain was forty two dollars") is None
    assert trailing_code(q, "no idea") is None  # a whole code is the parser's own reading


def test_an_unsure_number_beside_a_code_is_asked_again_then_the_code_read_back():
    policy = _policy()
    out = policy.respond("bucks forty two no idea", confidence=0.02)
    assert _records(out) == [] and policy.phase == "question" and policy.current.id == "cost"
    assert "forty two" not in _said(out) and keypad.hint(CAMPAIGN.question("cost")) in _said(out)
    out = policy.respond("my wife forty two no idea", confidence=0.01)
    assert _records(out) == [] and policy.phase == "confirm"
    assert "I heard that you don't know, is that right?" in _said(out)
    [rec] = _records(policy.respond("yes", confidence=0.6))
    assert (rec["question_id"], rec["status"], rec["value"], rec["confirmed"]) == ("cost", "dont_know", None, True)


def test_a_code_read_back_and_denied_stores_nothing():
    policy = _policy()
    policy.respond("not a clue the shop sixty", confidence=0.0)
    policy.respond("not a clue the shop sixty", confidence=0.0)
    assert policy.phase == "confirm"
    assert _records(policy.respond("no", confidence=0.5)) == []
    assert policy.phase == "question" and policy.current.id == "cost"


def test_a_number_heard_sure_beside_a_code_keeps_its_reading():
    policy = _policy()
    out = policy.respond("bucks forty two no idea", confidence=0.95)
    assert policy.pending is None or policy.pending["n"].status == "valid"
    assert all(r["status"] not in ("dont_know", "refused") for r in _records(out))


def test_typed_words_are_not_read_as_a_faint_code():
    policy = _policy()
    out = policy.respond("Forty two, no idea", confidence=None)
    assert "I need to hear that once more" not in _said(out)


@pytest.mark.parametrize(
    "words",
    [
        "do not call this number static",
        "stop calling me about the parcel",
        "remove me from these um from the",
        "anyway don't call us now again",
        "please unsubscribe the",
        "take me off the",
    ],
)
def test_the_words_of_a_stop_request_are_heard(words):
    assert heard_stop_request(words)


@pytest.mark.parametrize("words", ["we don't call it a bike", "i ordered the chain again", "the brakes stopped"])
def test_everyday_words_are_no_stop_request(words):
    assert not heard_stop_request(words)


def test_a_spoken_stop_request_the_opt_out_reader_missed_is_asked_back_never_taken():
    words = "do not call this number static"
    assert optout.detect(words, "phone").kind == "none"
    policy = _policy()
    out = policy.respond(words, confidence=0.01)
    assert _records(out) == [] and not policy.ended
    assert _said(out).endswith(optout.CONFIRM_QUESTION)
    policy.respond("yes", confidence=0.5)
    assert policy.ended and policy.disposition == "opted-out"


def test_typed_stop_words_are_left_to_the_opt_out_reader():
    policy = _policy()
    out = policy.respond("do not call this number static", confidence=None)
    assert not _said(out).endswith(optout.CONFIRM_QUESTION)


def test_a_no_to_the_stop_question_asks_again_with_the_keypad_offer_on_a_phone_call():
    policy = _policy()
    policy.respond("forty", confidence=1.0)
    assert policy.current.id == "parts"
    out = policy.respond("the chain and stop calling me about the parcel", confidence=0.01)
    assert _said(out).endswith(optout.CONFIRM_QUESTION)
    said = _said(policy.respond("no", confidence=0.4))
    assert said.startswith("Okay, let's carry on. Which parts did we replace")
    assert said.endswith(keypad.hint(CAMPAIGN.question("parts")))
    [rec] = _records(policy.respond_keypad("13"))
    assert (rec["question_id"], rec["value"]) == ("parts", ["chain", "tyres"])


def test_no_keypad_offer_off_the_phone_or_after_a_typed_no():
    policy = _policy(channel="voice")
    policy.respond("forty", confidence=1.0)
    policy.respond("the chain and stop calling me about the parcel", confidence=0.01)
    said = _said(policy.respond("no", confidence=0.4))
    assert keypad.hint(CAMPAIGN.question("parts")) not in said
    policy = _policy()
    policy.respond("forty", confidence=None)
    policy.respond("stop", confidence=None)  # a bare stop is asked back, typed
    said = _said(policy.respond("no", confidence=None))
    assert said.startswith("Okay, let's carry on.") and keypad.hint(CAMPAIGN.question("parts")) not in said
