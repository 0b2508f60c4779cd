"""A holiday said with its year, and a holiday named only for a thing that goes with it (answers
blind30: on Thanksgiving Day "Thanksgiving last year" had been stored as today), in the team's own
phrasings about a garden centre:

- "<holiday> last year", "last year's <holiday>", "<holiday> the year before last", "<holiday>
  2029", "<holiday> next year" is that year's day, whatever the question's tense; a date then on
  the wrong side of today is asked again; "same as last year" compares and names no year;
- the year said after a holiday's weekend ("Labor Day weekend last year, the Sunday") is the
  weekend's;
- "my New Year's resolution", "the Christmas shopping" name no day, so the date said beside them is
  the answer, and alone they are asked again.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise

_BOUGHT = Question(id="bought", type="date", text="When did you last buy plants at the garden centre?")
_COMING = Question(id="coming", type="date", text="When would you like to come to the garden centre's workshop?")
TODAY = date(2030, 11, 28)  # Thanksgiving Day 2030, a Thursday


@pytest.mark.parametrize(
    "text, value",
    [
        ("Thanksgiving last year, we needed a centrepiece.", "2029-11-22"),
        ("Thanksgiving", "2030-11-28"),
        ("Halloween last year", "2029-10-31"),
        ("last year's Easter", "2029-04-01"),
        ("The Fourth of July last year.", "2029-07-04"),
        ("Christmas the year before last", "2028-12-25"),
        ("Memorial Day 2029", "2029-05-28"),
        ("Black Friday last year", "2029-11-23"),
    ],
)
def test_a_holiday_said_with_its_year_is_that_year_s_day(text, value):
    n = normalise(_BOUGHT, text, today=TODAY)
    assert (n.status, n.value) == ("valid", value)


def test_a_year_on_the_wrong_side_of_today_is_asked_again_and_a_comparison_names_no_year():
    assert normalise(_BOUGHT, "Valentine's Day next year", today=TODAY).status == "invalid"
    assert normalise(_COMING, "Easter last year", today=TODAY).status == "invalid"
    assert normalise(_COMING, "Easter next year", today=TODAY).value == "2031-04-13"
    assert normalise(_BOUGHT, "Halloween, same as last year", today=TODAY).value == "2030-10-31"
    # a year that starts a clause of its own is not the holiday's
    assert normalise(_BOUGHT, "Halloween, next year we'll come earlier", today=TODAY).value == "2030-10-31"


def test_the_year_after_a_holiday_weekend_is_the_weekend_s():
    n = normalise(_BOUGHT, "Labor Day weekend last year, on the Sunday", today=TODAY)
    assert (n.value, n.lenient) == ("2029-09-02", True)


def test_a_thing_that_goes_with_a_holiday_names_no_day():
    n = normalise(_BOUGHT, "March the third, this year, it was my New Year's resolution to grow tomatoes.", today=TODAY)
    assert n.value == "2030-03-03"
    assert normalise(_BOUGHT, "For the Christmas shopping.", today=TODAY).status == "invalid"
