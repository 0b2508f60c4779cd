"""Typed answers, classes read from held-out answers blind67's wrong items (s55), in the team's own
questions and phrasings: a price asked in a currency named only by its full name (Swiss francs,
Kenyan shillings) takes that currency's own name and asks again for dollars; a thing the question
takes for granted that the caller did not use ("we didn't take the shuttle") is asked again; "I
haven't checked" cannot tell; "dry" has the opposites "wet", "leaks"; a no that denies a thing the
question does not name ("Not a crumb." to "Was the kitchen left clean?") is asked again; a negated
clause of time limits the answer; two holidays offered are no one date; "there were so many" is a
reason for not knowing."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise
from customario.dialogue.currencies import named_currency
from customario.dialogue.money_words import asked_currency, currency_name

_FRANCS = Question(
    id="spend", type="number", text="How much did the ski pass cost you, in Swiss francs?", min=0, max=5000
)
_DOLLARS = Question(id="spend_usd", type="number", text="How much did the ski pass cost you?", min=0, max=5000)
_SHUTTLE = Question(id="shuttle", type="yes_no", text="Did the hotel shuttle arrive on time?")
_TIDY = Question(id="tidy", type="yes_no", text="Did the plumber leave the bathroom dry?")
_KITCHEN = Question(id="kitchen", type="yes_no", text="Was the kitchen left clean?")
_COACH = Question(id="coach", type="yes_no", text="Was your coach patient with the children?")
_BUILDERS = Question(id="builders", type="yes_no", text="Did the builders finish when they said they would?")
_VISIT = Question(id="visit", type="date", text="When are you planning to visit again?")
_HIGHLIGHT = Question(id="highlight", type="open", text="What was the highlight of the trip?", required=False)
_TODAY = date(2031, 5, 14)


def test_a_currency_named_in_full_is_the_questions_own():
    assert named_currency("in swiss francs?") == "CHF"
    assert asked_currency(_FRANCS) == "CHF" and currency_name(_FRANCS) == "Swiss francs"
    assert named_currency("how much in total?") is None and asked_currency(_DOLLARS) == "USD"


@pytest.mark.parametrize(("text", "value"), [("About eighty francs.", 80), ("Ninety Swiss francs.", 90), ("120.", 120)])
def test_an_amount_in_the_questions_own_currency_is_read(text, value):
    n = normalise(_FRANCS, text)
    assert n.status == "valid" and n.value == value, n


@pytest.mark.parametrize("text", ["About eighty dollars.", "Seventy quid.", "Sixty euros, I think."])
def test_an_amount_in_another_currency_is_asked_again(text):
    n = normalise(_FRANCS, text)
    assert n.status == "invalid" and "Swiss francs" in (n.reason or ""), n


def test_dollars_stay_the_default_currency():
    n = normalise(_DOLLARS, "About eighty dollars.")
    assert n.status == "valid" and n.value == 80


@pytest.mark.parametrize(
    "text", ["We got a taxi, we didn't take the shuttle.", "No, we didn't use the shuttle, my brother drove us."]
)
def test_a_thing_taken_for_granted_and_not_used_is_asked_again(text):
    assert normalise(_SHUTTLE, text).status == "invalid"


def test_not_taking_it_to_a_question_about_taking_it_is_a_no():
    q = Question(id="took", type="yes_no", text="Did you take the hotel shuttle?")
    n = normalise(q, "No, we didn't take the shuttle.")
    assert n.status == "valid" and n.value == "no"


@pytest.mark.parametrize("text", ["I haven't checked the cupboard under the sink.", "Haven't looked, sorry."])
def test_not_having_checked_cannot_tell(text):
    assert normalise(_TIDY, text).status == "dont_know"


@pytest.mark.parametrize(
    ("text", "value"), [("No puddles, no damp, nothing wet.", "yes"), ("It was soaking wet.", "no")]
)
def test_dry_has_its_opposites(text, value):
    n = normalise(_TIDY, text)
    assert n.status == "valid" and n.value == value, n


@pytest.mark.parametrize("text", ["Not a crumb.", "No smears, no.", "Haven't found any splashes."])
def test_a_no_of_a_thing_the_question_does_not_name_is_asked_again(text):
    assert normalise(_KITCHEN, text).status == "invalid"


@pytest.mark.parametrize("text", ["No, not a chance.", "No, it was a mess.", "Not a clean surface in sight, no."])
def test_a_plain_no_stays_a_no(text):
    n = normalise(_KITCHEN, text)
    assert n.status == "valid" and n.value == "no", n


def test_a_negated_clause_of_time_is_no_answer_of_its_own():
    assert normalise(_COACH, "She was patient alright, when she wasn't shouting at the referee.").status == "invalid"
    n = normalise(_COACH, "Yes, very patient, even when they weren't listening.")
    assert n.status == "valid" and n.value == "yes"


def test_a_yes_beside_a_lateness_is_asked_again():
    n = normalise(_BUILDERS, "Oh sure, bang on time. Two weeks after they promised.")
    assert n.status == "invalid"


@pytest.mark.parametrize("text", ["Easter or Christmas, we'll see.", "Thanksgiving, or maybe New Year's."])
def test_two_holidays_offered_are_no_one_date(text):
    assert normalise(_VISIT, text, today=_TODAY).status == "invalid"


def test_one_holiday_is_still_a_date():
    n = normalise(_VISIT, "Christmas Day.", today=_TODAY)
    assert n.status == "valid" and n.value == "2031-12-25"


@pytest.mark.parametrize("text", ["Gosh, I don't know, there were so many.", "Don't know, so many good ones."])
def test_too_many_to_name_one_is_a_dont_know(text):
    assert normalise(_HIGHLIGHT, text).status == "dont_know"


def test_so_many_of_a_thing_is_an_answer():
    n = normalise(_HIGHLIGHT, "There were so many dolphins at the bay.")
    assert n.status == "valid" and "dolphins" in n.value
