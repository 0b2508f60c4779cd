"""A weekday of a week or weekend named by another day (stop 40, ans20a), in the team's own
phrasings (a vineyard tour, an escape room booking): "Easter week, the Wednesday", "the weekend
before Labor Day, the Sunday"; what stays a re-ask: two weekdays, a weekday no weekend has, a
week with no day to anchor it."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

_TOUR = Question(id="tour_day", type="date", text="On what date did you take the vineyard tour?")
_BOOKING = Question(id="booking", type="date", text="What date would you like to book the escape room for?")
_TODAY = date(2029, 12, 10)  # a Monday


@pytest.mark.parametrize(
    "q, text, value",
    [
        # Easter 2029 is Sunday 1 April: its week is Mon 26 March .. Sun 1 April
        (_TOUR, "Easter week, the Wednesday.", "2029-03-28"),
        (_TOUR, "Um, the Wednesday of Easter week I think", "2029-03-28"),
        # Labor Day 2029 is Monday 3 September: the weekend before it is 1-2 September
        (_TOUR, "The weekend before Labor Day, the Sunday.", "2029-09-02"),
        (_TOUR, "Labor Day weekend, on the Saturday", "2029-09-01"),
        # Thanksgiving 2029 is Thursday 22 November
        (_TOUR, "the week after Thanksgiving, on the Tuesday", "2029-11-27"),
        (_TOUR, "Thanksgiving weekend, the Sunday, we had family over", "2029-11-25"),
        # Christmas 2029 is a Tuesday: its week starts Monday 24 December
        (_BOOKING, "Christmas week, the Thursday, when the kids are off", "2029-12-27"),
        (_BOOKING, "The weekend after Christmas, the Saturday.", "2029-12-29"),
    ],
)
def test_weekday_of_a_week_named_by_another_day(q, text, value):
    read = normalise(q, text, today=_TODAY)
    assert (read.status, read.value) == ("valid", value), text
    assert read.method == "inferred"  # worked out: read back before it is stored


@pytest.mark.parametrize(
    "q, text",
    [
        (_TOUR, "Easter week, the Tuesday or the Wednesday"),  # two weekdays
        (_TOUR, "The weekend before Labor Day, the Wednesday."),  # no weekend has a Wednesday
        (_TOUR, "Easter week."),  # no day of it
        (_TOUR, "the week of my sister's wedding, the Friday"),  # no day to count from
        (_BOOKING, "Christmas week, the Thursday, or maybe the ninth of January"),
    ],
)
def test_what_names_no_one_day_is_asked_again(q, text):
    read = normalise(q, text, today=_TODAY)
    assert read.status == "invalid", (text, read)
