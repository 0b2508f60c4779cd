"""Counts and totals said plainly in a form that had been refused (answers blind30), in the team's
own phrasings about a canal boat and a chimney sweep:

- the question's own unit said once as the whole answer ("A day.", "just a week", "a night, just
  the one") is one of it, read back; "twice a day", "a day or two" are still no count;
- "total was 310" after the parts, without "the", is the total, read back.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise

_NIGHTS = Question(id="nights", type="number", text="How many nights were you on the canal boat?", min=0, max=30)
_DAYS = Question(id="days", type="number", text="How many days did you wait for the chimney sweep?", min=0, max=60)
_WEEKS = Question(id="weeks", type="number", text="How many weeks did you hire the canal boat for?", min=0, max=26)
_SWEEP = Question(
    id="sweep", type="number", text="How much did the chimney sweep cost in total, in dollars?", min=0, max=1000
)
TODAY = date(2030, 11, 28)


@pytest.mark.parametrize(
    "q, text",
    [(_DAYS, "A day."), (_DAYS, "Just a day, I think"), (_WEEKS, "a week"), (_NIGHTS, "A night, just the one.")],
)
def test_the_question_s_unit_said_once_is_one(q, text):
    n = normalise(q, text, today=TODAY)
    assert (n.status, n.value, n.lenient) == ("valid", 1, True)


@pytest.mark.parametrize("text", ["twice a day", "a day or two", "once a week"])
def test_a_rate_or_a_range_is_still_no_count(text):
    assert normalise(_DAYS, text, today=TODAY).status == "invalid"


def test_a_total_said_without_its_article_ends_the_sum():
    n = normalise(_SWEEP, "so the brushes were like 90 and then the call-out on top, total was 165", today=TODAY)
    assert (n.status, n.value, n.lenient) == ("valid", 165, True)
