"""A weekend named relative to today with its day, said near a weekend (the open class of issue
11), in the team's own phrasings about a boat hire:

- "last weekend, the Saturday" said on a Saturday or Sunday is the weekend before, never the one
  under way; midweek it is the weekend just gone, as before;
- "next weekend" and "the weekend after next" said on a Friday to a Sunday count from the weekend
  at hand; "this weekend" then is the one at hand;
- a weekend on the wrong side of today, or said with both its days, is asked again.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise

_BOAT_DAY = Question(id="boat_day", type="date", text="When did you last hire a boat from us?")
_BOAT_NEXT = Question(id="boat_next", type="date", text="When would you like to hire a boat next?")


def _n(q: Question, text: str, today: date):
    return normalise(q, text, today=today)


@pytest.mark.parametrize(
    "today, text, value",
    [
        (date(2031, 5, 17), "last weekend, the Saturday", "2031-05-10"),  # said on a Saturday
        (date(2031, 5, 18), "Last weekend, on the Saturday.", "2031-05-10"),  # said on a Sunday
        (date(2031, 5, 18), "the weekend just gone, Sunday", "2031-05-11"),
        (date(2031, 5, 14), "Last weekend, the Sunday", "2031-05-11"),  # midweek: as before
        (date(2031, 5, 18), "the weekend before last, on the Sunday", "2031-05-04"),
        (date(2031, 5, 18), "this weekend, the Saturday", "2031-05-17"),
    ],
)
def test_a_past_weekend_said_near_a_weekend(today, text, value):
    n = _n(_BOAT_DAY, text, today)
    assert (n.status, n.value, n.lenient) == ("valid", value, True)


@pytest.mark.parametrize(
    "today, text, value",
    [
        (date(2031, 5, 16), "next weekend, the Saturday", "2031-05-24"),  # said on a Friday
        (date(2031, 5, 17), "Next weekend on the Sunday", "2031-05-25"),  # said on a Saturday
        (date(2031, 5, 16), "the weekend after next, Saturday", "2031-05-31"),
        (date(2031, 5, 16), "this weekend, on the Sunday", "2031-05-18"),
    ],
)
def test_a_coming_weekend_said_near_a_weekend(today, text, value):
    n = _n(_BOAT_NEXT, text, today)
    assert (n.status, n.value, n.lenient) == ("valid", value, True)


def test_a_weekend_on_the_wrong_side_or_with_both_days_is_asked_again():
    assert _n(_BOAT_NEXT, "this weekend, the Saturday", date(2031, 5, 18)).status == "invalid"  # yesterday
    assert _n(_BOAT_DAY, "last weekend, Saturday and Sunday", date(2031, 5, 18)).status == "invalid"
