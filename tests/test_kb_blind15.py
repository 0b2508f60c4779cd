"""Classes from the held-out kb blind15's wrong answers (4 December 2026), in the team's own
phrasings for other businesses: the latest closing or earliest opening of the week, one day named
beside "or just weekdays" (customario.escalation.kb_hours.extreme_hours), and where a thing the
caller needs comes from (customario.escalation.kb_clauses.where_it_comes_from)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_clauses import where_it_comes_from
from customario.escalation.kb_hours import extreme_hours

# A bakery's week, as the knowledge import writes it.
_WEEK = (
    "We are open Monday 7 am to 3 pm, Tuesday 7 am to 3 pm, Wednesday 6:30 am to 6 pm, Thursday 7 am to 6 pm, "
    "Saturday 8 am to 1 pm; closed on Friday and Sunday."
)


@pytest.mark.parametrize(
    "query, said",
    [
        ("how late do you stay open at the latest?", "Our latest closing time is 6 pm, on Wednesday and Thursday."),
        ("What's the earliest I can grab a loaf on any day?", "Our earliest opening time is 6:30 am, on Wednesday."),
        ("which day do you close latest", "Our latest closing time is 6 pm, on Wednesday and Thursday."),
        ("Saturday from eight, or is it only weekdays?", "On Saturdays we are open from 8 am to 1 pm."),
        ("are you open fridays or just on weekdays?", "We are closed on Fridays."),
    ],
)
def test_the_part_of_the_week_asked_is_read(query, said):
    assert extreme_hours(query, _WEEK) == said


@pytest.mark.parametrize(
    "query",
    [
        "what are your opening hours?",
        "are you open on weekdays and saturday?",  # both asked: the whole week answers
        "what's the latest you're open on Thursday?",  # one day: that day's own article answers
    ],
)
def test_other_hours_questions_are_left_to_the_search(query):
    assert extreme_hours(query, _WEEK) is None


def test_a_text_without_a_week_is_left_alone():
    assert extreme_hours("what's the latest you close?", "We close at 6 pm.") is None


# A bike shop's servicing article.
_SERVICE = (
    "We text you a collection code once your bike is serviced. Bring the code to the counter and we "
    "hand the bike over within ten minutes."
)


@pytest.mark.parametrize(
    "query", ["Collection code - where do I get one?", "how do I get hold of the collection code?"]
)
def test_where_a_thing_comes_from_reads_the_sentence_that_hands_it_over(query):
    assert where_it_comes_from(query, _SERVICE) == "We text you a collection code once your bike is serviced."


@pytest.mark.parametrize(
    "query",
    [
        "how long does a service take?",  # not where something comes from
        "where do I get a new saddle?",  # the article hands over no saddle
    ],
)
def test_other_questions_are_left_to_the_part_search(query):
    assert where_it_comes_from(query, _SERVICE) is None
