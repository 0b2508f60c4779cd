"""Typed date and number answers, classes found in answers blind41 (today Memorial Day 2032) and
blind44 (today Thanksgiving 2032), stop 43, helper ans2, in the team's own phrasings (a pottery
course, a boat hire, a tree nursery, a ferry crossing, a glamping site):

- the question says its tense in so many words ("Please give the future date.", "Looking ahead,
  ...", "That's a date in the past.") or books ahead ("What date is your check-up booked for?"):
  a bare weekday or day of the month takes that side of today (blind44: read as the nearest, and
  "Wednesday" stored as yesterday);
- "N weeks ago yesterday", "N days ago yesterday" for every N (blind44: "eight weeks ago yesterday"
  had been read as eight weeks ago, stored unconfirmed a day late);
- a count of people by a person word of its own ("How many students ...?"): "me and nine others"
  is ten (blind41: "me and nine friends" had been stored as nine);
- a count of the thing asked with a thing beside it that the question says not to count ("How
  many trees? Do not count hedges." - "six trees and the hedge"): the count, read back (blind41);
- a count said beside how many were missed, agreeing with the whole the question states ("All
  ten, never missed a single one", "We missed three, so that makes seven"; "every last one of
  them"), blind44;
- nights said by the weekdays of a stay or as a week and some nights (blind44);
- don't-knows to a count or a date: "I didn't count", "I honestly lost count", "it's gone right
  out of my head", "I'll have to check my diary and get back to you" (blind41, blind33, blind23);
- how long the thing bought lasted, said beside a price ("a week-long masterclass"), is no rate
  (blind41);
- a holiday named as a stretch with another named day beside it ("Christmas week, arriving on
  Boxing Day"): that day, read back (blind44; it had been asked again, and read alone the stretch
  gave Christmas Day).
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise

TODAY = date(2033, 3, 3)  # a Thursday
FIRING = Question(
    id="firing",
    type="date",
    text="Looking ahead, on what date is your kiln firing slot? Please give the future date.",
)
BOOKED = Question(id="booked", type="date", text="What date is your next pottery session booked for?")
CROSSED = Question(id="crossed", type="date", text="Thinking of your trip, what date? That's a date in the past.")
POTTERS = Question(
    id="potters", type="number", text="How many students were at the wheel, counting yourself?", min=1, max=20
)
SAPLINGS = Question(
    id="saplings", type="number", text="How many saplings did you buy? Do not count shrubs.", min=0, max=100
)
BOATS = Question(id="boats", type="number", text="How many of your boats did we service this spring?", min=1, max=10)
SESSIONS = Question(
    id="sessions",
    type="number",
    text="The course had eight sessions. How many of them did you attend, from one to eight?",
    min=1,
    max=8,
)
NIGHTS = Question(id="nights", type="number", text="How many nights did you stay in the yurt?", min=1, max=21)


def _read(question, text):
    return normalise(question, text, today=TODAY)


def _value(question, text):
    n = _read(question, text)
    assert n.status == "valid", n
    return n


# ---------------------------------------------------------------- the question's tense in words
@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (FIRING, "Tuesday, I reckon.", "2033-03-08"),  # not last Tuesday
        (FIRING, "the first", "2033-04-01"),
        (FIRING, "Monday week.", "2033-03-14"),
        (BOOKED, "Wednesday", "2033-03-09"),
        (CROSSED, "Friday", "2033-02-25"),
        (CROSSED, "the fifth", "2033-02-05"),
    ],
)
def test_a_question_that_says_its_tense_puts_a_bare_day_on_that_side(question, text, value):
    assert _value(question, text).value == value


def test_a_question_without_a_tense_word_keeps_the_nearest_day():
    plain = Question(id="exam", type="date", text="What is the date of your glaze exam?")
    assert _value(plain, "Wednesday").value == "2033-03-02"  # yesterday is nearer than next week


# ---------------------------------------------------------------- N weeks ago yesterday
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Six weeks ago yesterday.", "2033-01-19"),
        ("eleven days ago yesterday", "2033-02-19"),
        ("3 weeks ago yesterday", "2033-02-09"),
        ("Five weeks ago today", "2033-01-27"),
    ],
)
def test_a_count_ago_yesterday_is_counted_back_from_yesterday_and_read_back(text, value):
    n = _value(CROSSED, text)
    assert (n.value, n.method) == (value, "inferred")


# ---------------------------------------------------------------- people by a person word
@pytest.mark.parametrize(
    ("text", "value"),
    [("Me and eleven others.", 12), ("myself and four classmates", 5), ("Seven friends and me", 8)],
)
def test_the_caller_and_others_counted_by_a_person_word_is_the_caller_plus_them(text, value):
    n = _value(POTTERS, text)
    assert (n.value, n.method in LENIENT_METHODS) == (value, True)


def test_a_count_of_other_people_named_beside_the_students_is_not_stored_as_it_stands():
    assert _read(POTTERS, "Fifteen students plus the teacher").status == "invalid"


def test_a_question_leaving_the_caller_out_does_not_add_them():
    others = Question(
        id="others", type="number", text="How many students were there, not counting yourself?", min=0, max=20
    )
    assert _read(others, "Me and six others.").value != 7


# ---------------------------------------------------------------- a thing named beside the count
@pytest.mark.parametrize(("text", "value"), [("Nine saplings and the shrub", 9), ("nine saplings and two shrubs", 9)])
def test_what_the_question_says_not_to_count_is_left_out_and_the_count_read_back(text, value):
    n = _value(SAPLINGS, text)
    assert (n.value, n.method) == (value, "inferred")


@pytest.mark.parametrize("text", ["Two boats and a trailer", "two boats and the jet ski"])
def test_another_thing_the_question_does_not_leave_out_is_still_asked_about(text):
    assert _read(BOATS, text).status == "invalid"  # is the trailer one of them? asked, never guessed


def test_a_thing_of_the_kind_asked_named_beside_the_count_is_counted():
    bags = Question(id="bags", type="number", text="How many bags did you check in?", min=0, max=10)
    assert _value(bags, "Two suitcases plus the golf bag").value == 3


# ---------------------------------------------------------------- a count beside the ones missed
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("All eight, never missed a single one.", 8),
        ("I got to six of them. Missed two because of work.", 6),
        ("We missed one, so that's seven.", 7),
        ("Each and every last one of them.", 8),
    ],
)
def test_a_count_that_agrees_with_the_ones_missed_and_the_whole_is_read_back(text, value):
    n = _value(SESSIONS, text)
    assert (n.value, n.method) == (value, "inferred")


def test_a_count_that_does_not_add_up_with_the_ones_missed_is_asked_again():
    assert _read(SESSIONS, "Six of them, missed one.").status == "invalid"


# ---------------------------------------------------------------- nights of a stay
@pytest.mark.parametrize(
    ("text", "value"),
    [("We were there Thursday to Sunday.", 3), ("Saturday till Saturday", None), ("a week and two nights", 9)],
)
def test_nights_said_by_the_days_of_the_stay(text, value):
    n = _read(NIGHTS, text)
    if value is None:
        assert n.status == "invalid"
    else:
        assert (n.status, n.value, n.method) == ("valid", value, "inferred")


def test_days_said_to_a_question_in_nights_are_still_asked_again():
    assert _read(NIGHTS, "Four days.").status == "invalid"


# ---------------------------------------------------------------- don't-knows to counts and dates
@pytest.mark.parametrize(
    ("question", "text"),
    [
        (POTTERS, "Didn't count, sorry."),
        (POTTERS, "I kind of lost count"),
        (FIRING, "Oh, it's gone clean out of my head."),
        (FIRING, "I'd have to check my diary and let you know"),
        (NIGHTS, "I never added it up"),
    ],
)
def test_not_counting_or_not_knowing_yet_is_a_dont_know(question, text):
    assert _read(question, text).status == "dont_know"


def test_a_count_said_beside_not_counting_is_not_a_dont_know():
    assert _read(POTTERS, "I didn't count exactly, but twelve").status != "dont_know"


# ---------------------------------------------------------------- how long, beside a price
FEE = Question(id="fee", type="number", text="How much did the course cost, in US dollars?", min=0, max=2000)


@pytest.mark.parametrize(
    ("text", "value"), [("Six hundred dollars, for a week-long residency", 600), ("eighty, a two-day-long class", 80)]
)
def test_the_length_of_what_was_bought_is_no_rate(text, value):
    assert _value(FEE, text).value == value


def test_a_price_per_week_is_still_a_rate():
    assert _read(FEE, "Two hundred dollars a week").status == "invalid"


# ---------------------------------------------------------------- a day named beside a holiday stretch
NEXT_STAY = Question(id="next_stay", type="date", text="When would you like to come back? Please give a future date.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Christmas week, coming on Christmas Eve.", "2033-12-24"),
        ("Over New Year's, arriving on Boxing Day", "2033-12-26"),
    ],
)
def test_a_named_day_beside_a_holiday_stretch_is_that_day_read_back(text, value):
    n = _value(NEXT_STAY, text)
    assert (n.value, n.method) == (value, "inferred")


def test_a_day_said_inside_a_span_between_two_holidays_is_still_read():
    n = _value(CROSSED, "Between Christmas and New Year, the twenty-ninth of December.")
    assert (n.value, n.method) == ("2032-12-29", "inferred")


@pytest.mark.parametrize("text", ["Christmas week", "over Easter, the 3rd of May"])
def test_a_stretch_alone_or_a_day_far_from_it_is_asked_again(text):
    assert _read(NEXT_STAY, text).status == "invalid"
