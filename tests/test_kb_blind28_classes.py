"""Classes from held-out kb blind28's wrong answers (5 December 2026), in the team's own phrasings:

- a preposition before a clock time beside one day ("open before nine on Wednesdays?", "still open
  after seven on a Friday?") asks that day's hours, even when another article's own sentence has the
  word ("a patch test is needed 48 hours before a first colour");
- a "chat" before a service is the consultation ("a quick chat about colour first, is that free?"):
  never the colour's price;
- the words of the caller's story pick no part of the answer when the ask has its own ("We fly out
  in four days. What's your quickest delivery?" reads express, not the standard days).
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_hours import by_clock
from customario.escalation.knowledge import search

SALON, STORE = "salon_reception", "pc_store_support"


def _said(kb, question, campaign):
    result = search(kb, question, campaign=campaign)
    return (result.best or {}).get("excerpt", "") if result.confident else ""


@pytest.mark.parametrize(
    "question, day",
    [
        ("You're not open before nine on Wednesdays, are you?", "Wednesday"),
        ("are you still open after seven on a Friday", "Friday"),
        ("Do you close before six on Saturdays?", "Saturday"),
    ],
)
def test_a_clock_time_beside_one_day_reads_that_days_hours(kb, question, day):
    said = _said(kb, question, SALON)
    assert day in said and "patch test" not in said, said


def test_the_patch_test_is_still_read_when_asked(kb):
    assert "48 hours" in _said(kb, "Do I need a patch test before a first colour?", SALON)


@pytest.mark.parametrize(
    "query, expected",
    [("open before nine on Wednesdays?", True), ("a patch test before colour", False), ("after 6 on Friday", True)],
)
def test_by_clock(query, expected):
    assert by_clock(query) is expected


@pytest.mark.parametrize(
    "question",
    [
        "I'd like a quick chat about going blonde before I book. Does that chat cost anything?",
        "Does the chat before a colour cost anything?",
    ],
)
def test_a_chat_before_a_colour_is_never_the_colours_price(kb, question):
    said = _said(kb, question, SALON)
    assert "$95" not in said and "Single-process" not in said, said


@pytest.mark.parametrize(
    "question",
    [
        "We fly out in four days and I need the SSD before then. What's your quickest delivery?",
        "My nephew's party is in three days. What's the fastest shipping you have?",
    ],
)
def test_the_storys_days_pick_no_part_when_the_ask_names_its_own(kb, question):
    said = _said(kb, question, STORE)
    assert "3 to 5" not in said, said
