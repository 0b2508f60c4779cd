"""A spoken question back told by its word order (issue 11), an aquarium shop survey.

A recogniser writes no question mark: "is ten the best" or "do you sell the guppies in pairs",
spoken to a closed question, is a question to the agent (an auxiliary before its subject, or a
wh-word first), answered or deflected and the question asked again, never stored as ten or as the
choice it names. Answers with the same first words are left alone: a caller asking themselves and
answering ("would i come back yes"), a count after "is" ("is three me and my two boys"), a proposal
("how about a seven"), an order ("have the tanks cleaned"); typed text keeps its question mark.
Only a question heard at the campaign's confirm_below or above is asked back this way: below it
the answer is read back anyway.
"""

from datetime import datetime, timezone

import pytest

from customario.dialogue.spoken_questions import spoken_question
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import policy_at, record_calls, said

SURVEY = {
    "name": "aquarium_shop",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "recommend", "type": "nps", "text": "From zero to ten, how likely are you to recommend us?"},
        {
            "id": "fish",
            "type": "single_choice",
            "text": "What did you buy, guppies, tetras or a plant?",
            "choices": [
                {"code": "guppies", "label": "guppies"},
                {"code": "tetras", "label": "tetras"},
                {"code": "plant", "label": "a plant"},
            ],
        },
        {"id": "idea", "type": "open", "text": "What should we add to the shop?", "required": False},
    ],
}
NOW = datetime(2029, 9, 3, 15, tzinfo=timezone.utc)


def _at(question_id: str, channel: str = "phone") -> SurveyPolicy:
    return policy_at(SURVEY, question_id, NOW, channel)


@pytest.mark.parametrize(
    "words",
    [
        "is ten the best",
        "um is zero the bad end",
        "do you sell the guppies in pairs",
        "are you open on sundays",
        "how much are the tetras",
        "what does a heater even do",
        "what's a tetra",
        "which end is good",
        "can you deliver the tank",
    ],
)
def test_spoken_word_order_of_a_question_back(words):
    assert spoken_question(words)


@pytest.mark.parametrize(
    "words",
    [
        "ten",
        "would i come back yes",
        "was it nine yeah nine",
        "is three me and my two boys",
        "how about a seven",
        "what a lovely shop nine",
        "have the tanks cleaned more often",
        "do a fish club",
        "it's the best ten",
        "when i went it was an eight",
        "i'd say guppies",
    ],
)
def test_answers_that_start_alike_are_no_question(words):
    assert not spoken_question(words)


def test_a_spoken_is_ten_the_best_is_not_stored_as_ten():
    policy = _at("recommend")
    out = policy.respond("is ten the best", confidence=0.9)
    assert record_calls(out) == [] and policy.phase == "question" and policy.current.id == "recommend"
    assert "recommend" in said(out)


def test_a_spoken_question_naming_a_choice_is_not_that_choice():
    policy = _at("fish")
    out = policy.respond("do you sell the guppies in pairs", confidence=0.95)
    assert record_calls(out) == [] and policy.current.id == "fish"


def test_a_plain_spoken_answer_is_still_taken():
    policy = _at("recommend")
    [rec] = record_calls(policy.respond("nine", confidence=0.95))
    assert (rec["question_id"], rec["value"]) == ("recommend", 9)


def test_a_question_shape_heard_faintly_is_left_to_the_read_back():
    # Noise through the telephone band takes this shape ("what was the" for "twelve of them"):
    # below confirm_below the answer is read back anyway, and the keypad is still offered.
    policy = _at("recommend")
    out = policy.respond("is ten the best", confidence=0.1)
    assert "That's a good question" not in said(out)
    assert record_calls(out) == []
