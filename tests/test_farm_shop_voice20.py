"""A spoken correction that names an earlier question by its alias (issue 11), a farm shop survey.

Typed, "Hang on, the eggs, make it a dozen" names the earlier question by a comma after its name;
a transcript has none, and "hang on the eggs make it a dozen" was read as an answer to the question
being asked. ``spoken_clauses.named_breaks`` puts that comma back after an alias the survey's author
gave a question already answered, said near the start of a spoken turn; typed text is untouched.
"""

from datetime import datetime, timezone

from customario.definitions import parse_definition
from customario.dialogue.spoken_clauses import named_breaks
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls

SURVEY = {
    "name": "farm_shop",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "eggs",
            "type": "number",
            "text": "How many eggs did you buy?",
            "min": 0,
            "max": 60,
            "aliases": ["eggs", "egg count"],
        },
        {
            "id": "honey",
            "type": "single_choice",
            "text": "Which honey did you take, clover or heather?",
            "choices": [{"code": "clover", "label": "clover"}, {"code": "heather", "label": "heather"}],
            "aliases": ["honey", "which honey"],
        },
        {"id": "idea", "type": "open", "text": "What should the shop sell next?", "required": False},
    ],
}
NOW = datetime(2031, 8, 20, 10, tzinfo=timezone.utc)


def test_a_comma_goes_after_an_earlier_questions_name_near_the_start():
    assert named_breaks("hang on the eggs make it twelve", ["eggs"]) == "hang on the eggs, make it twelve"
    assert (
        named_breaks("oh wait, about the honey it was heather not clover", ["honey", "which honey"])
        == "oh wait, about the honey, it was heather not clover"
    )


def test_no_comma_for_a_name_said_late_alone_or_already_broken():
    assert named_breaks("we liked the shop and the farm cafe and the eggs were fresh", ["eggs"]).count(",") == 0
    assert named_breaks("the eggs", ["eggs"]) == "the eggs"
    assert named_breaks("the eggs, twelve", ["eggs"]) == "the eggs, twelve"
    assert named_breaks("twelve", []) == "twelve"


def _after_two_answers() -> SurveyPolicy:
    campaign = parse_definition(SURVEY, "test")
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    policy._ask(campaign.question("eggs"))
    policy.respond("six", confidence=0.95)
    policy.respond("clover", confidence=0.95)
    assert policy.current.id == "idea"
    return policy


def test_a_spoken_correction_naming_an_earlier_question_is_not_stored_as_the_open_answer():
    policy = _after_two_answers()
    out = policy.respond("oh wait about the honey it was heather not clover", confidence=0.9)
    stored = {(r["question_id"], r["value"]) for r in record_calls(out)}
    assert ("idea", "oh wait about the honey it was heather not clover") not in stored
    assert all(qid != "idea" for qid, _v in stored)
