"""A full calendar date (a day and a month) among other clauses that cannot name another day
(stop 40, ans20a), in the team's own phrasings (a hot-air balloon flight, a kennel stay): the
other clause says the same day of the month, lies on the wrong side of today, or counts years
roughly; and an ordinal with the pronoun "one" ("the first one?") is no day of the month."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

_FLIGHT = Question(id="flight", type="date", text="On what date did you fly with us?")
_PICKUP = Question(id="pickup", type="date", text="What date will you collect your dog from the kennels?")
_FIRST = Question(id="first_lesson", type="date", text="When was your first flying lesson?")
_TODAY = date(2029, 8, 20)


@pytest.mark.parametrize(
    "q, text, value",
    [
        # another clause on the same day of the month
        (_FLIGHT, "It was the ninth of June, the day after the eighth.", "2029-06-09"),
        # a clause on the wrong side of today: when something else happened
        (_PICKUP, "I booked it last Tuesday, the man said the second of September, after lunch.", "2029-09-02"),
        (_FLIGHT, "The twelfth of July, and we're going up again tomorrow.", "2029-07-12"),
        (_PICKUP, "The first date they gave me was yesterday, now they say the fifth of September.", "2029-09-05"),
        # years counted roughly from today
        (_PICKUP, "In a year's time, roughly, the third of September twenty thirty.", "2030-09-03"),
        # "the first one" picks a lesson, not the 1st
        (_FIRST, "The first one? Oh, that was the fourteenth of May.", "2029-05-14"),
    ],
)
def test_full_date_stands_among_other_clauses(q, text, value):
    read = normalise(q, text, today=_TODAY)
    assert (read.status, read.value) == ("valid", value), text


@pytest.mark.parametrize(
    "q, text",
    [
        # another day of the month, on the right side of today: which one?
        (
            _FLIGHT,
            "The ninth of June, the day after the eleventh.",
        ),
        (
            _FLIGHT,
            "It was the ninth of June, or the tenth of July.",
        ),
        # the year count is far from the date said
        (
            _PICKUP,
            "In a year's time, the third of March twenty thirty.",
        ),
    ],
)
def test_another_possible_day_is_asked_again(q, text):
    read = normalise(q, text, today=_TODAY)
    assert read.status == "invalid", (text, read)
