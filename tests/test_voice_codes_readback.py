"""Spoken codes and read-back replies on the offline voice path (issue 11), a bakery-club survey.

- The recogniser's per-question model holds the everyday ways of not knowing and of refusing that
  the answer parser codes ("beats me", "not telling"): each phrase of the model's lists must be
  read by the parser as that code, on every closed question type.
- A "don't know" or a refusal heard faintly in a spoken open answer (the open model's confidence
  is near zero even for words heard right) is read back instead of being asked again until it is
  dropped: "yes" stores the code, "no" asks the question again, typed text is never read back. On
  a closed question the first faint code is asked again, and the same code heard faintly on the
  next answer is read back.
- A lone "again" heard in reply to a read-back says the read-back once more; only the reply to that
  goes to the forced yes/no pass (tests/test_voice_read_back_again.py).
"""

from datetime import datetime, timezone

import pytest

from customario.conversation.voice import phrases
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import policy_at, record_calls, said

SURVEY = {
    "name": "bakery_club",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "loaves", "type": "number", "text": "How many loaves did you buy last month?", "min": 0, "max": 60},
        {
            "id": "bread",
            "type": "single_choice",
            "text": "Which bread do you buy most, sourdough, rye or brioche?",
            "choices": [
                {"code": "sourdough", "label": "sourdough"},
                {"code": "rye", "label": "rye"},
                {"code": "brioche", "label": "brioche"},
            ],
        },
        {"id": "crust", "type": "scale", "text": "From one to five, how do you rate the crust?", "min": 1, "max": 5},
        {"id": "delivery", "type": "yes_no", "text": "Did you use home delivery?"},
        {"id": "wish", "type": "open", "text": "What would you like us to bake next?", "required": False},
    ],
}
NOW = datetime(2032, 6, 9, 10, tzinfo=timezone.utc)


def _campaign():
    return parse_definition(SURVEY, "test")


def _at(question_id: str, channel: str = "phone") -> SurveyPolicy:
    return policy_at(SURVEY, question_id, NOW, channel)


@pytest.mark.parametrize("qid", ["loaves", "bread", "crust", "delivery"])
def test_every_code_phrase_of_the_model_is_that_code_to_the_parser(qid):
    q = _campaign().question(qid)
    for phrase in phrases.DONT_KNOW:
        assert normalise(q, phrase).status == "dont_know", phrase
    for phrase in phrases.REFUSED:
        assert normalise(q, phrase).status == "refused", phrase
    model = set(phrases.expected_phrases(q))
    assert {"beats me", "i haven't decided", "not telling", "that's personal"} <= model


@pytest.mark.parametrize(
    "words, code, read_back",
    [
        ("no clue", "dont_know", "that you don't know"),
        ("not telling", "refused", "that you'd rather not say"),
    ],
)
def test_a_faint_code_in_a_spoken_open_answer_is_read_back_and_a_yes_stores_it(words, code, read_back):
    policy = _at("wish")
    out = policy.respond(words, confidence=0.02)
    assert record_calls(out) == [] and policy.phase == "confirm"
    assert f"I heard {read_back}, is that right?" in said(out)
    [rec] = record_calls(policy.respond("yes", confidence=0.9))
    assert (rec["question_id"], rec["status"], rec["value"], rec["confirmed"]) == ("wish", code, None, True)


def test_a_no_to_a_code_read_back_asks_the_open_question_again():
    policy = _at("wish")
    policy.respond("no clue", confidence=0.02)
    out = policy.respond("no", confidence=0.9)
    assert record_calls(out) == []
    assert policy.phase == "question" and policy.current.id == "wish"
    assert "bake next" in said(out)


def test_an_unclear_reply_repeats_the_code_read_back():
    policy = _at("wish")
    policy.respond("no clue", confidence=0.02)
    out = policy.respond("purple", confidence=0.3)
    assert "I heard that you don't know, is that right? Please say yes or no." in said(out)


def test_a_faint_code_on_a_closed_question_is_still_asked_again_not_read_back():
    policy = _at("crust")
    out = policy.respond("no clue", confidence=0.02)
    assert record_calls(out) == [] and policy.phase == "question" and "I heard" not in said(out)


def test_a_typed_code_in_an_open_answer_is_stored_without_a_read_back():
    policy = _at("wish", channel="web")
    [rec] = record_calls(policy.respond("no clue"))
    assert (rec["status"], rec["confirmed"]) == ("dont_know", False)


def test_a_lone_again_at_a_read_back_is_no_forced_yes_no_reply_the_first_time():
    assert not phrases.read_back_unclear("again")
    # Asked for in words, a repeat is still a request, not a reply to force into yes or no.
    assert not phrases.read_back_unclear("repeat")
    assert not phrases.read_back_unclear("say that again")


@pytest.mark.parametrize(
    "label, parts",
    [
        ("the porch", ["porch"]),
        ("scones or muffins", ["scones", "muffins"]),
        ("tea/coffee", ["tea", "coffee"]),
        ("sourdough", []),
    ],
)
def test_shorter_names_of_a_choice_come_from_its_label(label, parts):
    assert phrases.label_parts(label) == parts


def test_label_parts_join_the_model_but_never_another_choices_name():
    survey = {
        "name": "cafe",
        "kind": "survey",
        "questions": [
            {
                "id": "drink",
                "type": "single_choice",
                "text": "Tea or coffee, a hot chocolate, or just coffee?",
                "choices": [
                    {"code": "both", "label": "tea or coffee"},
                    {"code": "choc", "label": "a hot chocolate"},
                    {"code": "coffee", "label": "coffee"},
                ],
            }
        ],
    }
    values = phrases.phrase_values(parse_definition(survey, "test").question("drink"))
    assert values["hot chocolate"] == "choc" and values["tea"] == "both"
    assert values["coffee"] == "coffee"  # "coffee" is a choice of its own, not a part of "tea or coffee"


def test_the_same_faint_code_heard_twice_on_a_closed_question_is_read_back():
    policy = _at("loaves")
    assert record_calls(policy.respond("beats me", confidence=0.06)) == [] and policy.phase == "question"
    out = policy.respond("beats me", confidence=0.09)
    assert record_calls(out) == [] and "I heard that you don't know, is that right?" in said(out)
    [rec] = record_calls(policy.respond("yes", confidence=0.9))
    assert (rec["question_id"], rec["status"], rec["confirmed"]) == ("loaves", "dont_know", True)
