"""What the question models know beyond the question's own answers (issue 11), on a farm-shop
survey of the test's own: a caller taking themselves off the list in a sentence of their own
("Unsubscribe me from these calls"), and a change to an answer given before ("go back one, I
meant nine pounds", "the visits question, make it four"). Without these words the recogniser
turned such sentences into other words and the change or the opt-out was lost; with them the
answer parser (unchanged) reads the transcript.
"""

from datetime import datetime, timezone

import pytest

from customario.conversation.voice import expected_for_policy, phrases
from customario.definitions import parse_definition
from customario.dialogue import optout
from customario.dialogue.survey_flow import SurveyPolicy

SURVEY = {
    "name": "farm_shop",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "visits",
            "type": "number",
            "text": "How many times did you visit the farm shop this month?",
            "min": 0,
            "max": 30,
            "aliases": ["visits", "how often"],
        },
        {"id": "market_day", "type": "date", "text": "When is the next market day you plan to come?"},
        {
            "id": "basket",
            "type": "single_choice",
            "text": "What do you buy most: eggs, cheese or vegetables?",
            "choices": [
                {"code": "eggs", "label": "Eggs"},
                {"code": "cheese", "label": "Cheese"},
                {"code": "veg", "label": "Vegetables"},
            ],
        },
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the shop?"},
        {"id": "idea", "type": "open", "text": "What should we stock next?"},
    ],
}
NOW = datetime(2032, 5, 11, 9, tzinfo=timezone.utc)


def _policy(answers: dict[str, str], current: str) -> SurveyPolicy:
    campaign = parse_definition(SURVEY, "test")
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    for qid, said in answers.items():
        policy._ask(campaign.question(qid))
        policy.respond(said)
    policy._ask(campaign.question(current))
    return policy


@pytest.mark.parametrize("said", ["unsubscribe me from these calls", "i want to opt out of these calls", "opt me out"])
def test_every_opt_out_form_of_the_models_is_one_the_parser_reads(said):
    assert said in phrases.OPT_OUT
    assert optout.detect(said, "phone").kind == "opt-out"


def test_opt_out_forms_are_in_the_closed_and_date_models_but_not_the_read_back_model():
    policy = _policy({}, "basket")
    assert "unsubscribe me from these calls" in expected_for_policy(policy)
    date_q = policy.campaign.question("market_day")
    assert "opt out of these calls" in phrases.decoder_phrases(date_q)
    assert not (set(phrases.OPT_OUT) - set(phrases.CONTROL)) & set(phrases.confirm_phrases(date_q))


def test_the_first_question_has_no_change_phrases():
    policy = _policy({}, "visits")
    assert "go back one" not in expected_for_policy(policy)


def test_earlier_answers_bring_their_names_and_values_in_change_frames():
    policy = _policy({"visits": "three", "market_day": "the fifteenth of May", "basket": "cheese"}, "recommend")
    heard_with = set(expected_for_policy(policy))
    assert {"go back one", "i meant", "instead", "the visits question", "my how often"} <= heard_with
    assert {"i meant four", "make it four"} <= heard_with  # a number of the visits question
    assert {"tuesday instead", "make it tuesday"} <= heard_with  # a day for the date question
    assert "it was vegetables" in heard_with  # a choice of the basket question
    # The current question's own values are not made into changes of it.
    assert "the recommend question" not in heard_with


def test_an_open_question_keeps_the_open_model():
    policy = _policy(
        {"visits": "three", "market_day": "the fifteenth of May", "basket": "cheese", "recommend": "9"}, "idea"
    )
    assert expected_for_policy(policy) is None


def test_the_parser_reads_the_change_frames_as_a_change():
    policy = _policy({"visits": "three", "market_day": "the fifteenth of May", "basket": "cheese"}, "recommend")
    out = policy.respond("go back one i meant it was eggs", confidence=0.3)
    text = " ".join(getattr(a, "text", "") for a in out)
    assert "eggs" in text.lower() and policy.phase == "confirm" and policy.pending["question"].id == "basket"


@pytest.mark.parametrize("said, code", [("the last option", "veg"), ("the middle option", "cheese")])
def test_a_choice_named_by_its_place_as_an_option_is_in_the_model_and_read_by_the_parser(said, code):
    from customario.dialogue.answers import normalise

    basket = parse_definition(SURVEY, "test").question("basket")
    assert phrases.phrase_values(basket)[said] == code
    assert normalise(basket, said).value == code
