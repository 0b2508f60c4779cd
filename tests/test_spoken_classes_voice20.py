"""Spoken answers over a telephone line (issue 11), at a planetarium and an ice rink of the test's own.

- A change to an earlier answer can name any value of that question: the change frames of the
  question model ("i meant nine", "it was thirty two", "put down a very good", "it was yesterday")
  cover the earlier question's whole range, every choice, yes and no, and the near days.
- A word that the closed question's model holds only in a "don't know" or refusal phrase ("idea",
  "clue", "comment"), heard at either end of an unsure transcript whose first word was lost ("four
  not idea"), is that code heard faintly: asked again, then read back, never stored without a yes.
- A caller who said no to "would you like us to stop calling?" and is heard with the same stray stop
  words after a "don't know" said first is not asked it again: the code goes on as heard faintly.
- "No more calls" or "stop these calls" heard after other words is asked back as a stop request
  ("would you like us to stop calling?"), not read as the number before it.

Policy and model phrases only, no recogniser.
"""

from datetime import datetime, timezone

import pytest

from customario.conversation.voice import expected_for_policy, phrases
from customario.definitions import parse_definition
from customario.dialogue import optout
from customario.dialogue.spoken_doubts import code_word, framing_code, heard_stop_request
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls as _records

PLANETARIUM = {
    "name": "planetarium",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "shows",
            "type": "number",
            "text": "How many dome shows have you seen this year?",
            "min": 0,
            "max": 40,
            "aliases": ["shows", "dome shows"],
        },
        {
            "id": "seat",
            "type": "single_choice",
            "text": "Where did you sit?",
            "choices": [
                {"code": "front", "label": "Front rows"},
                {"code": "middle", "label": "Middle rows"},
                {"code": "back", "label": "Back rows"},
                {"code": "balcony", "label": "Balcony"},
                {"code": "aisle", "label": "Aisle seat"},
                {"code": "wheelchair", "label": "Wheelchair space", "synonyms": ["accessible space"]},
            ],
        },
        {"id": "visited", "type": "date", "text": "When did you last visit?"},
        {"id": "guided", "type": "yes_no", "text": "Did you join a guided tour?"},
        {
            "id": "sound",
            "type": "scale",
            "text": "How was the sound, from 1 to 5?",
            "min": 1,
            "max": 5,
            "labels": {"1": "very poor", "5": "very good"},
        },
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend us?", "aliases": ["recommend"]},
        {"id": "notes", "type": "open", "text": "Anything else?"},
    ],
}
ICE_RINK = {
    "name": "ice_rink",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "sessions", "type": "number", "text": "How many skating sessions did you book?", "min": 0, "max": 30},
        {
            "id": "rental_fee",
            "type": "number",
            "text": "How much was the skate rental, in dollars?",
            "min": 0,
            "max": 5000,
        },
        {
            "id": "lesson",
            "type": "single_choice",
            "text": "Which lesson did you take?",
            "choices": [
                {"code": "group", "label": "Group lesson"},
                {"code": "none", "label": "No comment", "synonyms": ["no lesson"]},
            ],
        },
        {
            "id": "strict",
            "type": "number",
            "text": "How many times did you fall?",
            "min": 0,
            "max": 20,
            "allow_dont_know": False,
        },
    ],
}
NOW = datetime(2033, 2, 9, 15, tzinfo=timezone.utc)


def _policy(survey: dict, answers: dict[str, str] | None = None, current: str | None = None) -> SurveyPolicy:
    campaign = parse_definition(survey, "test")
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    for qid, said in (answers or {}).items():
        policy._ask(campaign.question(qid))
        policy.respond(said)
    if current is not None:
        policy._ask(campaign.question(current))
    return policy


def _said(actions) -> str:
    return " ".join(getattr(a, "text", "") or "" for a in actions)


# ---- change frames over the whole range --------------------------------------------------------


def test_change_frames_cover_every_value_of_the_earlier_questions():
    answers = {
        "shows": "three",
        "seat": "balcony",
        "visited": "2033-02-03",
        "guided": "yes",
        "sound": "four",
        "recommend": "six",
    }
    policy = _policy(PLANETARIUM, answers, "notes")
    assert expected_for_policy(policy) is None  # an open question keeps the open model
    policy = _policy(PLANETARIUM, {k: v for k, v in answers.items() if k != "recommend"}, "recommend")
    heard_with = set(expected_for_policy(policy))
    assert {"it was thirty two", "i meant forty", "make it eighteen"} <= heard_with  # shows 0-40
    assert {"i meant wheelchair space", "it was accessible space", "it was aisle seat"} <= heard_with  # 6th choice
    assert {"i meant no", "it was yes"} <= heard_with  # yes/no
    assert {"it was yesterday", "make it tomorrow"} <= heard_with  # the near days of a date
    assert {"put down a very good", "i meant five"} <= heard_with  # the scale's labels and top


def test_change_values_of_an_nps_run_to_ten_and_a_wide_range_are_its_round_numbers():
    campaign = parse_definition(PLANETARIUM, "test")
    assert phrases.change_values(campaign.question("recommend"))[-3:] == ["eight", "nine", "ten"]
    fee = parse_definition(ICE_RINK, "test").question("rental_fee")
    values = phrases.change_values(fee)
    assert {"eighteen", "ninety", "three hundred", "two thousand"} <= set(values)
    assert not {"ninety nine", "twenty one", "one hundred one"} & set(values)  # round numbers only
    assert phrases.change_values(campaign.question("notes")) == []


def test_a_change_heard_in_its_frame_is_read_back_before_it_is_stored():
    policy = _policy(PLANETARIUM, {"shows": "three", "seat": "balcony"}, "visited")
    out = policy.respond("go back one i meant wheelchair space", confidence=0.05)
    assert _records(out) == [] and policy.phase == "confirm"
    assert policy.pending["question"].id == "seat" and policy.pending["n"].value == "wheelchair"


# ---- a code word left at either end ------------------------------------------------------------


@pytest.mark.parametrize(
    "words, code",
    [
        ("four not idea", "dont_know"),
        ("about idea nine sister got those", "dont_know"),
        ("thirty one go clue", "dont_know"),
        ("so comment twelve", "refused"),
        ("eight not telling", "refused"),
    ],
)
def test_a_code_word_at_either_end_is_that_code(words, code):
    q = parse_definition(ICE_RINK, "test").question("sessions")
    assert code_word(q, words).status == code
    assert framing_code(q, words).status == code


@pytest.mark.parametrize(
    "words",
    [
        "i'd say twelve",
        "twelve i have an idea of it maybe",  # the word in the middle
        "idea twelve no comment",  # both kinds
    ],
)
def test_no_code_word_at_an_end_or_two_kinds_is_none(words):
    q = parse_definition(ICE_RINK, "test").question("sessions")
    assert code_word(q, words) is None


def test_a_code_word_that_names_a_choice_or_a_code_the_question_refuses_is_none():
    campaign = parse_definition(ICE_RINK, "test")
    assert code_word(campaign.question("lesson"), "the comment one") is None  # a choice is labelled so
    assert code_word(campaign.question("strict"), "four not idea") is None  # no don't-know allowed


def test_a_faint_code_word_is_asked_again_then_read_back():
    policy = _policy(ICE_RINK)
    out = policy.respond("four not idea", confidence=0.01)
    assert _records(out) == [] and policy.phase == "question" and policy.current.id == "sessions"
    assert "four" not in _said(out).lower()
    out = policy.respond("six go idea", confidence=0.0)
    assert policy.phase == "confirm" and "I heard that you don't know, is that right?" in _said(out)
    [rec] = _records(policy.respond("yes", confidence=0.6))
    assert (rec["question_id"], rec["status"], rec["confirmed"]) == ("sessions", "dont_know", True)


def test_a_typed_or_sure_answer_with_the_word_keeps_its_reading():
    policy = _policy(ICE_RINK)
    [rec] = _records(policy.respond("Four, no idea why I remember that", confidence=None))
    assert (rec["status"], rec["value"]) == ("valid", 4)


# ---- a stop question said no to is not asked again over a code ---------------------------------


def test_a_declined_stop_question_is_not_asked_again_over_a_code_said_first():
    policy = _policy(ICE_RINK)
    out = policy.respond("no idea eight don't call me again", confidence=0.0)
    assert _said(out).endswith(optout.CONFIRM_QUESTION)
    policy.respond("no", confidence=0.4)
    assert policy.phase == "question" and policy.current.id == "sessions"
    out = policy.respond("no idea eight don't call me again", confidence=0.0)
    assert not _said(out).endswith(optout.CONFIRM_QUESTION) and not policy.ended
    out = policy.respond("no idea eight don't call me", confidence=0.0)
    assert policy.phase == "confirm" and "don't know" in _said(out)


def test_stop_words_without_a_code_or_heard_sure_are_still_asked_or_taken():
    policy = _policy(ICE_RINK)
    policy.respond("eight don't call me again", confidence=0.0)
    policy.respond("no", confidence=0.4)
    out = policy.respond("eight don't call me again", confidence=0.0)
    assert _said(out).endswith(optout.CONFIRM_QUESTION)  # no code: asked back again
    policy = _policy(ICE_RINK)
    policy.respond("no idea eight don't call me again", confidence=0.0)
    policy.respond("no", confidence=0.4)
    policy.respond("no idea please don't call me again", confidence=0.9)
    assert policy.ended and policy.disposition == "opted-out"  # heard sure: an opt-out


# ---- "no more calls" after other words -------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    ["that's nine i won't no more calls please", "stop these calls now", "no more phone calls thanks"],
)
def test_no_more_calls_after_other_words_is_a_stop_request(words):
    assert heard_stop_request(words)


@pytest.mark.parametrize("words", ["no more than three calls", "i wanted more calls back", "the calls stopped"])
def test_calls_counted_or_wanted_are_no_stop_request(words):
    assert not heard_stop_request(words)


def test_a_spoken_no_more_calls_is_asked_back_not_read_as_the_number():
    policy = _policy(ICE_RINK)
    out = policy.respond("that's nine i won't no more calls please", confidence=0.0)
    assert _records(out) == [] and _said(out).endswith(optout.CONFIRM_QUESTION)
    policy.respond("yes", confidence=0.5)
    assert policy.ended and policy.disposition == "opted-out"
