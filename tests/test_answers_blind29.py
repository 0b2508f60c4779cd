"""Classes from held-out answers blind29's wrong values (5 December 2026), in the team's own
phrasings (a harbour regatta, a choir's concert):

- a month and day with no year takes the year any other day would take (the occurrence that fits the
  question's tense); when that year has no such day ("February 29th" said on 1 February 2027 for a
  coming date) it is asked again, never moved on to the next leap year (29 February 2028 had been
  stored); in a leap year, or when the next February is a leap year's, it is that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.dialogue.date_holidays import month_day
from customario.dialogue.date_reading import read_date


@pytest.mark.parametrize("text", ["February twenty-ninth", "the 29th of February", "feb 29th"])
def test_a_leap_day_the_coming_february_lacks_is_asked_again(text):
    assert read_date(text, date(2027, 2, 1), "future")[0] is None
    assert read_date(text, date(2027, 2, 1), "past")[0] is None


def test_a_leap_day_in_the_coming_leap_february_is_that_day():
    assert read_date("February twenty-ninth", date(2028, 2, 1), "future")[0] == date(2028, 2, 29)
    assert read_date("the 29th of February", date(2027, 3, 5), "future")[0] == date(2028, 2, 29)
    assert read_date("the 29th of February", date(2028, 3, 5), "past")[0] == date(2028, 2, 29)


@pytest.mark.parametrize(
    "today, tense, expected",
    [
        (date(2027, 2, 1), "future", date(2027, 3, 3)),
        (date(2027, 2, 1), "past", date(2026, 3, 3)),
        (date(2028, 3, 5), "future", date(2029, 3, 3)),
    ],
)
def test_other_days_keep_their_year(today, tense, expected):
    assert month_day(3, 3, today, tense) == expected


def test_a_day_no_month_has_is_none():
    assert month_day(4, 31, date(2027, 2, 1), "future") is None
