"""A compound naming a stretch of time asks a duration (issue 11, helper kb20, 5 December 2026), on a
made-up tool-hire shop's article list: "what's your refund window?" is answered by the policy's
"within 21 days" (:func:`customario.escalation.kb_fact_kind.period_named`), and a deadline is a point
in time, stated as a clock time or as a length."""

from __future__ import annotations

import pytest

from customario.escalation.kb_fact_kind import asked_fact, period_named
from customario.escalation.kb_import import import_articles
from customario.escalation.knowledge import search

CAMPAIGN = "tool_hire"
ARTICLES = """
articles:
  - question: What is your refund policy for bought tools?
    tags: [refund, refunds, return, returns, money, back]
    answer: >-
      Unused tools bought from us can be brought back within 21 days for a full refund. Used tools are
      refunded minus a 20% cleaning charge.
  - question: How does collecting hired tools work?
    tags: [collect, collection, pick, hire, hired, depot]
    answer: >-
      Hired tools are collected from the Marsh Lane depot after 8 am on the first hire day. Bring the
      booking email and photo ID.
  - question: How long can I keep a hired tool?
    tags: [hire, hired, keep, extend, late]
    answer: >-
      A hire runs for whole days; a tool kept past 5 pm on its last day is charged another day.
"""


@pytest.fixture
def shop(db, tmp_path):
    path = tmp_path / "tools.yaml"
    path.write_text(ARTICLES, encoding="utf-8")
    import_articles(db, path, campaign=CAMPAIGN)
    return db


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("what's your refund window?", "window"),
        ("refund window on sanders?", "window"),
        ("whats the grace period on a late hire", None),  # "period" may name an instant too
        ("thurs close time?", None),  # a clock time
        ("What happens if I miss the refund window?", None),  # asks what follows, not a length
        ("what are your opening hours?", None),  # a unit of time: a timetable, not a limit
        ("is the window cracked?", None),  # no compound: a pane of glass
        ("How many days is the hire?", None),
        ("saturday hours?", None),
        ("hrs sun?", None),  # a day of the week
        ("hrs weekend?", None),
        (
            "How late do you go on a Saturday?",
            None,
        ),  # "go" is a verb first  # "hours" has a unit of time among its forms (hour)
        ("Can I choose a delivery window?", None),  # yes/no: no length asked
        ("What happens if I miss the collection window - can I rebook?", None),  # not the head asked
    ],
)
def test_period_named(text, noun):
    assert period_named(text) == noun


def test_a_deadline_is_a_point_in_time():
    assert asked_fact("what's the deadline to bring the sander back?") == "time"
    assert asked_fact("what's your refund window?") == "duration"


@pytest.mark.parametrize("text", ["what's your refund window?", "refunds window??", "whats ur money back window"])
def test_a_window_is_answered_by_the_days(shop, text):
    result = search(shop, text, campaign=CAMPAIGN)
    assert result.confident
    assert "21 days" in (result.best.get("excerpt") or result.best["answer"])
