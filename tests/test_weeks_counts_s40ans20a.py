"""Weeks said to a count of nights or days (stop 40, ans20a), in the team's own phrasings (a
holiday cottage, a hospital ward): whole weeks are 7 or 14 (read back); "a week and a half", "half
a week", "nearly two weeks", "just over a week" name no whole number of weeks, so the count is
asked for again (a week and a half had been read back as 7)."""

from __future__ import annotations

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

_COTTAGE = Question(id="nights", type="number", text="How many nights did you stay at the cottage?", min=1, max=30)
_WARD = Question(id="days", type="number", text="How many days were you on the ward?", min=0, max=60)


@pytest.mark.parametrize("q, text, value", [(_COTTAGE, "A week, the whole week.", 7), (_WARD, "Two weeks.", 14)])
def test_whole_weeks_are_counted(q, text, value):
    read = normalise(q, text)
    assert (read.status, read.value) == ("valid", value), (text, read)


@pytest.mark.parametrize(
    "q, text",
    [
        (_COTTAGE, "A week and a half, give or take."),
        (_COTTAGE, "about a week and a half"),
        (_COTTAGE, "Half a week, Monday to Thursday morning."),
        (_COTTAGE, "Nearly two weeks."),
        (_WARD, "A week and a half."),
        (_WARD, "Just over a week."),
    ],
)
def test_part_of_a_week_is_asked_again(q, text):
    read = normalise(q, text)
    assert read.status == "invalid", (text, read)
