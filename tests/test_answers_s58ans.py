"""Typed answers, classes read from the development corpus answers blind74 (s58 helper), in the
team's own questions and phrasings: yes and no in the words of callers who mix in Tagalog ("opo",
"hindi po"), Singlish ("can", "cannot") and Spanish ("sí" before "todo", "una vez"); "uh-uh" as
a plain no before its reason; "don't y'all call me again" as an opt-out; and "nah, don't bother"
or "not right now" to a question that offers something as a no to that offer (not an opt-out, not
a request to be called back)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions import Question, parse_definition
from customario.dialogue import optout
from customario.dialogue.answers import normalise
from customario.dialogue.survey_flow import SurveyPolicy
from customario.dialogue.yesno import reading

_TODAY = date(2033, 5, 4)
_ARRIVED = Question(id="arrived", type="yes_no", text="Did the plumber turn up in the two-hour window?")
_STOCKED = Question(id="stocked", type="yes_no", text="Was the part you needed in stock?")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Opo.", "yes"),
        ("Opo, he came before ten.", "yes"),
        ("Hindi po.", "no"),
        ("Hindi po, he was very late.", "no"),
        ("Can.", "yes"),
        ("Can can, no problem.", "yes"),
        ("Cannot.", "no"),
        ("Cannot, I'm never home.", "no"),
        ("Sí, todo.", "yes"),
        ("Si, siempre.", "yes"),
        ("Sí, una vez.", "yes"),
        # near neighbours that must not change: a question, a Spanish "if", a verb phrase
        ("Can you say that again?", None),
        ("Si todo va bien.", None),
        ("Cannot remember.", None),
    ],
)
def test_yes_and_no_in_the_callers_other_languages(text, value):
    assert reading(text)[0] == value


def test_uh_uh_before_the_thing_missing_is_a_plain_no():
    got = normalise(_STOCKED, "Uh-uh. Not the washer I wanted.", today=_TODAY)
    assert (got.status, got.value) == ("valid", "no")
    got = normalise(_STOCKED, "Uh-uh. No gasket.", today=_TODAY)
    assert (got.status, got.value) == ("valid", "no")
    # near neighbour: "uh-huh" is a yes
    assert normalise(_STOCKED, "Uh-huh.", today=_TODAY).value == "yes"


@pytest.mark.parametrize(
    "text",
    ["Don't y'all ring me again.", "I said don't you guys call this number again!", "Don't you people text me again."],
)
def test_dont_you_all_call_again_is_an_opt_out(text):
    assert optout.detect(text).kind == "opt-out"


@pytest.mark.parametrize("text", ["Don't y'all call me on Sundays.", "Don't you guys worry about it."])
def test_dont_you_all_limited_or_about_something_else_is_no_opt_out(text):
    assert optout.detect(text).kind == "none"


_OFFERS = {
    "name": "locksmith",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "alerts", "type": "yes_no", "text": "Would you like a text when your key copies are ready?"},
        {"id": "fixed", "type": "yes_no", "text": "Did the locksmith fix the back door?"},
    ],
}
_NOW = datetime(2033, 5, 4, 10, tzinfo=timezone.utc)


def _said_to(question: str, text: str) -> tuple[list, SurveyPolicy]:
    policy = SurveyPolicy(parse_definition(_OFFERS, "test"), tz="UTC", now=lambda: _NOW, channel="voice")
    policy.opening()
    policy._ask(policy.campaign.question(question))
    return policy.respond(text), policy


def _recorded(actions: list) -> list:
    return [a.arguments for a in actions if getattr(a, "name", None) == "record_answer"]


def _opted_out(actions: list) -> bool:
    return any(getattr(a, "name", None) == "opt_out" for a in actions)


@pytest.mark.parametrize(
    "text", ["Nah, don't bother.", "Nope, don't bother, thanks.", "Not right now.", "Not now, thanks."]
)
def test_short_decline_to_an_offer_is_a_no(text):
    actions, policy = _said_to("alerts", text)
    assert not _opted_out(actions)
    assert policy.phase != "callback_time"
    recorded = _recorded(actions)
    pending = policy.pending["n"].value if policy.phase == "confirm" and policy.pending else None
    assert [r["value"] for r in recorded] == ["no"] or pending == "no"


def test_not_now_outside_an_offer_or_with_more_words_keeps_its_meaning():
    # near neighbours: to a question that offers nothing, and with a call-back time, it asks for a call-back
    actions, policy = _said_to("fixed", "Not right now.")
    assert not _recorded(actions)
    actions, policy = _said_to("alerts", "Not now, call me tomorrow evening.")
    assert not _recorded(actions)
    # and "don't bother calling me again" to the offer still opts out
    actions, _ = _said_to("alerts", "Don't bother calling me again.")
    assert _opted_out(actions)


_IDEAS = Question(id="ideas", type="open", text="What one thing would make the shop better?", required=False)


def test_dont_know_said_again_without_its_verb_is_a_dont_know():
    assert normalise(_IDEAS, "No idea. I honestly don't.", today=_TODAY).status == "dont_know"
    assert normalise(_IDEAS, "I don't know, I just don't.", today=_TODAY).status == "dont_know"
    # near neighbour: the second clause says something
    got = normalise(_IDEAS, "I don't know. I really don't like the parking.", today=_TODAY)
    assert got.status == "valid"


_WASH = Question(
    id="wash",
    type="single_choice",
    text="Which wash did you book?",
    choices=[
        {"code": "basic", "label": "basic valeting", "synonyms": ["quick valeting"]},
        {"code": "wax", "label": "hand wax"},
        {"code": "interior", "label": "interior shampoo"},
    ],
)


def test_another_choice_named_by_its_last_word_beside_one_in_full_is_asked_again():
    assert normalise(_WASH, "Valeting and also hand wax.", today=_TODAY).status == "invalid"
    assert normalise(_WASH, "Hand wax plus the shampoo.", today=_TODAY).status == "invalid"
    # near neighbours: one choice alone, or a remark beside it
    assert normalise(_WASH, "Hand wax.", today=_TODAY).value == "wax"
    assert normalise(_WASH, "Hand wax, and the valeting guy was friendly.", today=_TODAY).value == "wax"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Confirm nine. The lady very patient one.", 9),
        ("Eight. Very fast one.", 8),
        # near neighbours: "one" after a determiner is a pronoun, the rating stays
        ("Nine, a very good one.", 9),
    ],
)
def test_singlish_one_after_a_description_is_no_number(text, value):
    q = Question(id="score", type="nps", text="From zero to ten, how likely are you to recommend us?")
    got = normalise(q, text, today=_TODAY)
    assert (got.status, got.value) == ("valid", value)


def test_singlish_one_after_a_habit_denied_is_no_rating():
    q = Question(id="score", type="nps", text="From zero to ten, how likely are you to recommend us?")
    assert normalise(q, "I never give ratings one. Pass.", today=_TODAY).status == "refused"


_VISIT = Question(id="visit", type="date", text="On what date did the technician come?")
_TODAY_FRI = date(2033, 5, 14)  # a Saturday; Friday 13 May 2033


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thirteen May... no wait, it was Thursday. No. Twelve May.", "2033-05-12"),
        ("May thirteen, the Friday.", "2033-05-13"),
        ("Eleven May, no, twelve. The Thursday.", "2033-05-12"),
        ("It was ten April.", "2033-04-10"),
        ("Eleven April, no, twelve. The Tuesday.", "2033-04-12"),
    ],
)
def test_day_said_as_a_plain_number_beside_month_and_weekday(text, value):
    got = normalise(_VISIT, text, today=_TODAY_FRI)
    assert (got.status, got.value) == ("valid", value)


@pytest.mark.parametrize("text", ["May twelve, the Friday.", "Eleven April, no, twelve. The Friday."])
def test_day_and_weekday_that_disagree_are_asked_again(text):
    assert normalise(_VISIT, text, today=_TODAY_FRI).status == "invalid"


_CARE = Question(id="care", type="open", text="Is there anything else you'd like to tell us?", required=False)


def test_how_to_asked_first_is_a_request_not_an_open_answer():
    from customario.dialogue import intents

    assert intents.asks_for_help("How do I renew the guarantee? Nobody told me.")
    assert intents.asks_for_help("So where can I collect the spare keys? The office was shut.")
    # near neighbours: the question said back before answering, and a how-to told as a story
    assert not intents.asks_for_help("How would I rate it? Very good.")
    assert not intents.asks_for_help("He showed me how do I clean the filter, very helpful.")


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, my previous answer wrong. It was the hand wax.",
        "The score I gave you wrong, should be eight.",
        "I told you the wrong number on the rating. It's six.",
    ],
)
def test_earlier_answer_called_wrong_without_was_is_a_change(text):
    from customario.dialogue.references import _CHANGE

    assert _CHANGE.search(text.lower())


def test_wrong_said_of_something_else_is_no_change():
    from customario.dialogue.references import _CHANGE

    # near neighbour: the thing that went wrong is the answer, not the earlier answer
    assert not _CHANGE.search("the technician wired the plug wrong.")
