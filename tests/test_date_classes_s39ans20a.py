"""Date answer classes of stop 39 (ans20a), in the team's own phrasings (a beekeeping course, a
boiler service): "last day of <month>" with its article left out opens the answer."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

_HIVE_CHECK = Question(id="hive_check", type="date", text="On what date did you last open the beehive?")
_TODAY = date(2030, 8, 14)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Last day of July, I reckon.", "2030-07-31"),
        ("um, last day of last month", "2030-07-31"),
        ("Last day of June.", "2030-06-30"),
    ],
)
def test_last_day_of_without_its_article(text, value):
    read = normalise(_HIVE_CHECK, text, today=_TODAY)
    assert (read.status, read.value) == ("valid", value), text


def test_someone_elses_last_day_of_is_not_read_as_the_date():
    read = normalise(_HIVE_CHECK, "my last day of work was ages ago", today=_TODAY)
    assert read.status == "invalid"


_NEXT_INSPECTION = Question(id="next_inspection", type="date", text="What date would suit you for the hive inspection?")


@pytest.mark.parametrize(
    "q, text, value",
    [
        (_HIVE_CHECK, "yesterday week", "2030-08-06"),
        (_HIVE_CHECK, "A week yesterday.", "2030-08-06"),
        (_NEXT_INSPECTION, "today week", "2030-08-21"),
        (_NEXT_INSPECTION, "tomorrow week", "2030-08-22"),
    ],
)
def test_british_week_counts_from_yesterday_or_today(q, text, value):
    read = normalise(q, text, today=_TODAY)
    assert (read.status, read.value) == ("valid", value), text
