"""Typed number answers, classes found in answers blind43 and blind44, stop 44, helper ans2, in the
team's own phrasings (a bakery order, a bike shop, a kayak club, a vet bill, a bookshop):

- a rough figure, then the exact one in the next sentence or said as a price in parts ("Just over
  two hundred. Two oh five" is not one; "Almost three hundred. Two ninety-five."), and a round
  figure with "and something" or "odd" after it, then the exact one ("Six hundred and something,
  six forty"): the exact one, read back; an exact one that does not agree is asked again;
- a price said as a digit and a shop's cents (".95" to ".99") whose hundreds reading is over the
  question's maximum: dollars and cents ("Six ninety-five" to a fee of at most $300 is 6.95);
- "just this one" is a count of one, as "just the one" is;
- "nobody but me and my brother" to a count of people that includes the caller: the people
  named, read back; never when the caller is left out of the count or not named;
- cents with a remark of their own after them ("Eighty-five cents, a special offer."): the cents,
  read back; a taking back or a rate in the remark keeps it from being one;
- a share paid by someone else to a question about what the caller paid in total ("How much did
  you pay in total?" - "After the insurance my share was forty"): the share, as the caller's own
  payment; a question about the whole of a thing still asks again;
- the whole a question states with a word describing its things ("The club ran eight weekly
  sessions. How many of them ...?"): "all of them", "all bar two", "she missed three" are read
  against it (blind46); "all of them, never missed a single one" is the whole, never the "one" of
  the denial (blind46 had stored 1), and is asked again when the question states no whole; a
  share said alone ("about half") is that share of the whole;
- a count of people listed, then its total in the conditional ("me, my dad and my sister, so
  that'd be three"), and a count with a remark that the whole set does the thing asked ("four of
  us, and every single one goes"): the count (blind43 had asked both again); "all told", "all
  up", "all twelve" are no such remark.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise

TODAY = date(2033, 3, 3)
ORDER = Question(id="order", type="number", text="How much did the cake order come to, in US dollars?", min=0, max=2000)
FEE = Question(id="fee", type="number", text="How much was the delivery fee, in US dollars?", min=0, max=300)
BOOKS = Question(
    id="books", type="number", text="Counting this one, how many books have you ordered from us?", min=1, max=30
)
PADDLERS = Question(
    id="paddlers", type="number", text="Including yourself, how many people in your family paddle?", min=1, max=10
)
WITH_YOU = Question(
    id="with_you", type="number", text="Not counting yourself, how many people came with you?", min=0, max=10
)
BILL = Question(id="bill", type="number", text="How much did you pay in total, in US dollars?", min=0, max=3000)
SESSIONS = Question(
    id="sessions",
    type="number",
    text="The club ran eight weekly sessions. How many of them did your son attend?",
    min=0,
    max=8,
)
NO_WHOLE = Question(id="no_whole", type="number", text="How many sessions did your son attend?", min=0, max=20)
WHOLE = Question(
    id="whole", type="number", text="How much did the whole treatment cost you, in US dollars?", min=0, max=3000
)


def _read(question: Question, text: str):
    return normalise(question, text, today=TODAY)


def _read_back(question: Question, text: str, value) -> None:
    got = _read(question, text)
    assert got.status == "valid" and got.value == value and got.method in LENIENT_METHODS, (text, got)


def _asked_again(question: Question, text: str) -> None:
    got = _read(question, text)
    assert got.status == "invalid", (text, got)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Almost three hundred. Two ninety-five.", 295),
        ("Just under five hundred, four ninety.", 490),
        ("Roughly a hundred. Ninety-six I think.", 96),
        ("Six hundred and something, six forty.", 640),
        ("Eleven hundred and something. Eleven twenty, I believe.", 1120),
        ("Thirty-odd, thirty-four.", 34),
    ],
)
def test_rough_figure_then_exact_one_is_the_exact_one_read_back(text, value):
    _read_back(ORDER, text, value)


@pytest.mark.parametrize(
    "text",
    ["Six hundred and something, seven forty.", "Almost three hundred. Three ten.", "Thirty-odd, twenty-nine."],
)
def test_exact_figure_disagreeing_with_the_rough_one_is_asked_again(text):
    _asked_again(ORDER, text)


@pytest.mark.parametrize("text, value", [("Six ninety-five.", 6.95), ("Eight ninety-nine dollars.", 8.99)])
def test_shop_cents_whose_hundreds_reading_is_over_the_maximum_are_dollars_and_cents(text, value):
    _read_back(FEE, text, value)


def test_hundreds_reading_within_the_bounds_stays():
    _read_back(FEE, "Two ninety-nine.", 299)
    _asked_again(FEE, "Three fifty.")  # 350 just over a $300 maximum, no shop cents: asked again


@pytest.mark.parametrize("text", ["Just this one.", "Only this one so far."])
def test_just_this_one_is_one(text):
    got = _read(BOOKS, text)
    assert got.status == "valid" and got.value == 1, (text, got)


@pytest.mark.parametrize("text, value", [("Nobody but me and my brother.", 2), ("No one except the two of us.", 2)])
def test_nobody_but_the_people_named_counts_them(text, value):
    got = _read(PADDLERS, text)
    assert got.status == "valid" and got.value == value, (text, got)


def test_nobody_but_is_left_alone_when_the_caller_is_left_out_or_not_named():
    _asked_again(WITH_YOU, "Nobody but me.")
    _asked_again(PADDLERS, "Nobody but my brother.")  # is the caller one of them? not said


@pytest.mark.parametrize("text, value", [("Eighty-five cents, a special offer.", 0.85), ("Forty cents. Lovely.", 0.4)])
def test_cents_with_a_remark_after_them(text, value):
    _read_back(FEE, text, value)


@pytest.mark.parametrize("text", ["Eighty-five cents, every time.", "Eighty-five cents, no wait, a dollar."])
def test_cents_with_a_rate_or_a_taking_back_after_them_are_not_the_cents(text):
    got = _read(FEE, text)
    assert not (got.status == "valid" and got.value == 0.85), (text, got)


def test_a_share_answers_what_the_caller_paid_in_total():
    got = _read(BILL, "After the insurance my share was forty, out of pocket.")
    assert got.status == "valid" and got.value == 40, got


def test_a_share_of_the_whole_treatment_is_still_asked_again():
    _asked_again(WHOLE, "My copay was forty, the insurance covered the rest.")


@pytest.mark.parametrize(
    "text, value",
    [
        ("All of them.", 8),
        ("All bar two.", 6),
        ("He missed three of them.", 5),
        ("Every one, he never missed a single one.", 8),
        ("All of them, he didn't miss a single session.", 8),
        ("About half.", 4),
        ("Maybe a quarter.", 2),
    ],
)
def test_answers_read_against_a_whole_stated_with_a_describing_word(text, value):
    _read_back(SESSIONS, text, value)


def test_none_missed_beside_all_is_never_the_one_of_the_denial():
    _asked_again(NO_WHOLE, "All of them, he didn't miss a single one.")
    _asked_again(NO_WHOLE, "About half.")
    _asked_again(SESSIONS, "Half an hour.")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Me, my dad and my sister, so that'd be three.", 3),
        ("Me, my dad, my sister, which would be three.", 3),
        ("Four of us, and every single one goes.", 4),
        ("There are five of us, all are in the club.", 5),
    ],
)
def test_total_in_the_conditional_and_a_remark_on_the_whole_set(text, value):
    got = _read(PADDLERS, text)
    assert got.status == "valid" and got.value == value, (text, got)


def test_a_remark_with_a_number_of_its_own_is_not_set_aside():
    _asked_again(PADDLERS, "Five of us, and every single one has two paddles.")


@pytest.mark.parametrize(
    "text, value", [("Two kayaks and a canoe, three all told.", 3), ("Every one of them, all eight.", 8)]
)
def test_all_told_and_all_n_are_kept(text, value):
    got = _read(SESSIONS, text)
    assert got.status == "valid" and got.value == value, (text, got)
