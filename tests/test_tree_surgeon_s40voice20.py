"""Spoken answers over a telephone line (issue 11), for a tree surgeon's survey of the test's own.

- A request not to be contacted heard among other words ("never ring us ...", "don't contact me
  ...") or the end of a request to be taken off a list whose noun was lost ("... us off the phone
  ...") is asked back ("would you like us to stop calling?"), never taken as an opt-out by itself;
  "they don't call me back" (a complaint) and a contact verb with another object are not.
- A request to repeat the question heard inside other words of an unsure spoken answer ("... so
  sorry what tuesday ...") is an answer not understood: asked again, counted, the keypad offered on
  a phone call; a request said as a turn of its own ("sorry, could you repeat that?", "three, sorry
  what") is still honoured, now with the keypad offer on a phone call.

Policy and transcript rules only, no recogniser.
"""

from datetime import datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue import keypad, optout
from customario.dialogue.spoken_doubts import heard_stop_request, repeat_inside_words
from customario.dialogue.survey_flow import SurveyPolicy

TREE_SURGEON = {
    "name": "tree_surgeon",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "felled", "type": "number", "text": "How many trees did the crew fell?", "min": 0, "max": 12},
        {"id": "stump", "type": "yes_no", "text": "Did they grind out the stumps?"},
        {
            "id": "tidy",
            "type": "scale",
            "text": "How tidy was the garden afterwards, from 1 to 5?",
            "min": 1,
            "max": 5,
        },
        {"id": "notes", "type": "open", "text": "Anything else about the job?"},
    ],
}
NOW = datetime(2034, 4, 18, 10, tzinfo=timezone.utc)


def _policy(current: str, channel: str = "phone") -> SurveyPolicy:
    campaign = parse_definition(TREE_SURGEON, "test")
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW, channel=channel)
    policy.opening()
    policy._ask(campaign.question(current))
    return policy


def _said(actions) -> str:
    return " ".join(getattr(a, "text", "") or "" for a in actions)


# ---- a stop request heard among other words --------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "never ring us branches of",
        "don't contact me about it the",
        "do not phone me hedges",
        "put us off the phone tree the",
        "take my number from your calling ash",
    ],
)
def test_a_request_not_to_be_contacted_is_heard(words):
    assert heard_stop_request(words)


@pytest.mark.parametrize(
    "words",
    [
        "they don't call me back when they say",
        "we don't call it an oak",
        "the foreman never phoned me",
        "i took the logs off the trailer",
        "the chipper was off the phone",
    ],
)
def test_a_complaint_or_another_object_is_no_stop_request(words):
    assert not heard_stop_request(words)


def test_a_faint_request_not_to_be_called_is_asked_back_and_a_no_goes_on():
    words = "never ring us branches of"
    assert optout.detect(words, "phone").kind == "none"
    policy = _policy("felled")
    out = policy.respond(words, confidence=0.0)
    assert optout.CONFIRM_QUESTION in _said(out) and not policy.ended
    out = policy.respond("no", confidence=0.6)
    assert not policy.ended and "felled" not in policy.statuses
    assert "How many trees" in _said(out)


def test_a_faint_request_not_to_be_called_confirmed_opts_out():
    policy = _policy("tidy")
    policy.respond("don't contact me about it the", confidence=0.0)
    policy.respond("yes", confidence=0.7)
    assert policy.ended and policy.disposition == "opted-out"


# ---- a request to repeat heard inside other words ---------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "the crew came sorry what tuesday of the",
        "it was alright repeat that hedge none",
        "they left can you repeat the question sawdust everywhere",
    ],
)
def test_a_repeat_request_inside_other_words_is_found(words):
    assert repeat_inside_words(words)


@pytest.mark.parametrize(
    "words",
    ["sorry could you repeat that please", "three sorry what", "repeat the question", "what", "four stumps"],
)
def test_a_repeat_request_said_first_or_last_is_not_inside(words):
    assert not repeat_inside_words(words)


def test_a_faint_answer_with_a_repeat_inside_is_asked_again_with_the_keypad():
    policy = _policy("stump")
    out = policy.respond("it was alright repeat that hedge none", confidence=0.01)
    said = _said(out)
    assert "Sorry" in said and keypad.hint(policy.current) in said
    assert policy.reasks.get("stump") == 1  # counted as an answer not understood


def test_a_sure_transcript_with_a_repeat_inside_is_still_a_repeat_request():
    policy = _policy("stump")
    policy.respond("it was alright repeat that hedge none", confidence=0.95)
    assert not policy.reasks.get("stump")


def test_a_repeat_request_on_a_phone_call_offers_the_keypad():
    policy = _policy("tidy")
    out = policy.respond("sorry could you repeat that please", confidence=0.6)
    said = _said(out)
    assert "How tidy" in said and keypad.hint(policy.current) in said
    assert not policy.reasks.get("tidy")  # the caller's own request is not counted
    out = policy.respond_keypad("4")
    assert policy.answers.get("tidy") == 4


def test_a_repeat_request_typed_or_off_the_phone_has_no_keypad_offer():
    policy = _policy("tidy", channel="voice")
    assert keypad.hint(policy.current) not in _said(
        policy.respond("sorry could you repeat that please", confidence=0.6)
    )
    policy = _policy("tidy")
    assert keypad.hint(policy.current) not in _said(policy.respond("sorry, could you repeat that please?"))


# ---- "would you like us to stop calling?" said again offers 1 and 2 on a phone call -----------


def _asked_to_stop(channel: str = "phone") -> SurveyPolicy:
    policy = _policy("felled", channel=channel)
    out = policy.respond("never ring us branches of", confidence=0.0)
    assert optout.CONFIRM_QUESTION in _said(out)
    return policy


def test_the_stop_question_said_again_offers_the_keys_and_a_2_goes_on():
    policy = _asked_to_stop()
    out = policy.respond("so", confidence=0.05)  # a "no" the telephone band lost
    said = _said(out)
    assert optout.CONFIRM_QUESTION in said and said.endswith(keypad.READ_BACK_OFFER)
    out = policy.respond_keypad("2")
    assert not policy.ended and "How many trees" in _said(out)
    assert keypad.hint(policy.current) in _said(out)  # the spoken answer itself was not understood
    policy.respond_keypad("3")
    assert policy.answers.get("felled") == 3


def test_the_stop_question_said_again_takes_a_1_as_yes():
    policy = _asked_to_stop()
    policy.respond("so", confidence=0.05)
    policy.respond_keypad("1")
    assert policy.ended and policy.disposition == "opted-out"


def test_keys_are_no_reply_to_the_stop_question_before_it_offered_them():
    policy = _asked_to_stop()
    out = policy.respond_keypad("2")
    assert "Please say yes or no" in _said(out) and not policy.ended


def test_off_the_phone_the_stop_question_said_again_offers_no_keys():
    policy = _asked_to_stop(channel="voice")
    out = policy.respond("so", confidence=0.05)
    assert keypad.READ_BACK_OFFER not in _said(out)
