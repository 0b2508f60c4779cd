"""Typed answers, classes read from development answers blind66, blind63 and blind64 (s54, helper
"ans"), in the team's own questions and phrasings: two alternatives said with "or" and then a lapse
about which it was, the public holidays of New Zealand and South Africa named by name."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import regions
from customario.dialogue.answers import normalise

_ROOM = Question(
    id="room",
    type="single_choice",
    text="Which room did you stay in, the single, the double or the family suite?",
    choices=[
        Choice(code="single", label="single room"),
        Choice(code="double", label="double room"),
        Choice(code="family", label="family suite"),
    ],
)
_ARRIVED = Question(id="arrived", type="date", text="What day did you arrive?")
_TODAY = date(2031, 8, 20)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "The one or the two, I can't remember which.",
        "Upstairs or downstairs, I honestly forget which.",
        "Either the big one or the other, not sure which one.",
    ],
)
def test_alternatives_with_a_lapse_about_which_are_asked_again_not_dont_know(text: str) -> None:
    r = normalise(_ROOM, text)
    assert r.status == "invalid", r


def test_a_lapse_with_no_alternatives_stays_a_dont_know() -> None:
    assert normalise(_ROOM, "I can't remember which.").status == "dont_know"


@pytest.mark.parametrize(
    "country, text, expected",
    [
        ("NZ", "Queen's Birthday.", date(2031, 6, 2)),  # the first Monday of June 2031
        ("NZ", "The day after King's Birthday.", date(2031, 6, 3)),
        ("ZA", "We arrived on Freedom Day.", date(2031, 4, 27)),
        ("ZA", "Workers' Day.", date(2031, 5, 1)),
        ("ZA", "Heritage Day, for the braai.", date(2030, 9, 24)),
    ],
)
def test_public_holidays_of_the_country_called(country: str, text: str, expected: date) -> None:
    with regions.calling_from(country):
        r = normalise(_ARRIVED, text, today=_TODAY)
    assert r.status == "valid" and r.value == expected.isoformat(), r


@pytest.mark.parametrize("text", ["King's Birthday.", "Freedom Day."])
def test_a_holiday_of_another_country_is_not_guessed_without_one(text: str) -> None:
    r = normalise(_ARRIVED, text, today=_TODAY)
    assert r.status == "invalid", r


_CHECKED_IN = Question(id="checked_in", type="date", text="What date did you check in?")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fourth of August. No, the fifth, we only landed on the fourth.", "2031-08-05"),
        ("It was the twelfth of July. Sorry, the thirteenth, the twelfth was the wedding.", "2031-07-13"),
    ],
)
def test_a_repaired_day_with_the_old_day_as_its_reason(text: str, expected: str) -> None:
    r = normalise(_CHECKED_IN, text, today=_TODAY)
    assert r.status == "valid" and r.value == expected, r
    assert r.method == "self-corrected", r  # read back like every repair


@pytest.mark.parametrize(
    "text",
    [
        "The fourth of August. No, the fifth, the fourth of September.",
    ],
)
def test_a_repair_with_the_old_day_in_another_month_is_not_settled(text: str) -> None:
    r = normalise(_CHECKED_IN, text, today=_TODAY)
    assert r.status != "valid", r


_BROCHURE = Question(id="brochure", type="yes_no", text="Would you like us to post you next year's brochure?")
_ON_TIME = Question(id="on_time", type="yes_no", text="Did the driver arrive on time?")


@pytest.mark.parametrize(
    "text", ["That would be brilliant, thanks.", "Ooh, that'd be nice.", "Yeah, it would be handy."]
)
def test_welcoming_an_offer_accepts_it(text: str) -> None:
    r = normalise(_BROCHURE, text)
    assert r.status == "valid" and r.value == "yes", r


def test_welcoming_words_to_a_question_of_fact_are_no_yes() -> None:
    assert normalise(_ON_TIME, "That would be lovely.").status != "valid"


_BOOTS = Question(id="boots", type="yes_no", text="Did the hired ski boots fit you properly?")


@pytest.mark.parametrize("text", ["Fit me like a glove.", "Like a glove, honestly."])
def test_fitting_like_a_glove_is_a_yes_to_a_question_of_fit(text: str) -> None:
    r = normalise(_BOOTS, text)
    assert r.status == "valid" and r.value == "yes" and r.method == "inferred", r


def test_like_a_glove_to_a_question_of_another_quality_says_nothing() -> None:
    assert normalise(_ON_TIME, "Like a glove.").status != "valid"


_GUIDE = Question(id="guide", type="yes_no", text="Did the guide explain the safety rules before the walk?")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Did she explain the rules? She did not, I had to ask.", "no"),
        ("Did the guide explain the safety rules? She did, twice.", "yes"),
    ],
)
def test_the_question_said_back_before_the_answer_is_no_answer_of_its_own(text: str, expected: str) -> None:
    r = normalise(_GUIDE, text)
    assert r.status == "valid" and r.value == expected, r


def test_a_question_about_something_else_first_is_not_dropped() -> None:
    from customario.dialogue.yesno_repeated import answer_after_echo

    assert answer_after_echo(_GUIDE, "did she explain the menu? no.") is None
    assert answer_after_echo(_GUIDE, "did she explain the rules? why would she?") is None
