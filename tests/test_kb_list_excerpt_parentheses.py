"""A list-like answer read in part (kb_excerpt.list_excerpt) is never cut at a comma inside
parentheses: the hours article ends "Our hours are Pacific Time (PT, PST, America/Los_Angeles)."
(kb_zone), and a weekend question had been answered "... Our hours are Pacific Time (PT" (found in
review, 6 December 2026)."""

from __future__ import annotations

from customario.escalation.kb_excerpt import list_excerpt

HOURS = (
    "We are open Tuesday 10 am to 7 pm, Wednesday 10 am to 7 pm, Saturday 9 am to 5 pm; closed on Monday "
    "and Sunday. Our hours are Central Time (CT, CST, America/Chicago)."
)


def test_the_zone_in_parentheses_is_read_whole():
    got = list_excerpt(HOURS, ["sunday"], "hours")
    assert got is not None and "(CT, CST, America/Chicago)" in got


def test_the_items_outside_parentheses_are_still_split():
    got = list_excerpt(HOURS, ["saturday"], "hours")
    assert got is not None and "Saturday 9 am to 5 pm" in got and "Tuesday" not in got
