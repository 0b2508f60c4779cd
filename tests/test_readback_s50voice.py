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

import pytest

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


# "That's not right." and "That's right." differ only before "right": a spoken "right" after a word
# that leads no yes is neither (spoken_doubts.right_lead_lost).


def test_a_spoken_right_after_a_stray_word_is_not_a_yes():
    policy = _pending("calm", "two")
    out = policy.respond("of right", confidence=0.05)
    assert record_calls(out) == [] and policy.phase == "confirm" and "I heard two" in said(out)


def test_a_spoken_correct_after_two_stray_words_is_not_a_yes():
    policy = _pending("seat", "cafe")
    out = policy.respond("love told correct", confidence=0.05)
    assert record_calls(out) == [] and policy.phase == "confirm"


@pytest.mark.parametrize("reply", ["that's right", "right", "yes correct", "yeah that's correct"])
def test_a_spoken_right_with_its_lead_still_confirms(reply):
    policy = _pending("calm", "two")
    [rec] = record_calls(policy.respond(reply, confidence=0.05))
    assert (rec["question_id"], rec["value"], rec["confirmed"]) == ("calm", 2, True)


def test_a_typed_right_after_another_word_is_read_as_before():
    data = {**SURVEY, "understanding": {"confirm_below": 0.99}}
    policy = SurveyPolicy(parse_definition(data, "test"), tz="UTC", now=lambda: NOW, channel="chat")
    policy.opening()
    policy._ask(policy.campaign.question("calm"))
    policy.respond("maybe a four")
    [rec] = record_calls(policy.respond("of right"))  # a typo, read as before: a yes
    assert (rec["value"], rec["confirmed"]) == (4, True)


@pytest.mark.parametrize(
    ("heard", "lost"),
    [("of right", True), ("love right", True), ("told me correct", True), ("that's right", False),
     ("not right", False), ("right", False), ("all right", False), ("it is right", False),
     ("i think that's about right", False)],
)  # fmt: skip
def test_right_lead_lost_reads_only_a_right_after_words_that_lead_no_yes(heard, lost):
    from customario.dialogue.spoken_doubts import right_lead_lost

    assert right_lead_lost(heard) is lost


@pytest.mark.parametrize("heard", ["yes i", "yeah it", "yep they"])
def test_a_spoken_yes_broken_off_after_its_subject_is_not_a_yes(heard):
    policy = _pending("calm", "three")
    out = policy.respond(heard, confidence=0.1)
    assert record_calls(out) == [] and policy.phase == "confirm" and "I heard three" in said(out)


@pytest.mark.parametrize("heard", ["yes i did", "yes it is", "yes"])
def test_a_spoken_yes_with_its_clause_or_alone_still_confirms(heard):
    policy = _pending("calm", "three")
    [rec] = record_calls(policy.respond(heard, confidence=0.1))
    assert (rec["value"], rec["confirmed"]) == (3, True)
