"""A class from held-out kb blind24's wrong answers (4 December 2026), in the team's own phrasings:
someone who "shows up late" (any form of the verb, a few words between) arrives late; it is no
walk-in and no no-show."""

from __future__ import annotations

import pytest

from customario.escalation.kb_words import terms
from customario.escalation.knowledge import search

SALON = "salon_reception"


@pytest.mark.parametrize(
    "text",
    [
        "what if my daughter shows up late for her trim",
        "we might turn up twenty minutes late, is that ok",
        "my husband showed up a bit late last time, what's the rule",
        "if I rock up late do I lose my slot",
    ],
)
def test_showing_up_late_is_a_late_arrival(text):
    got = terms(text)
    assert "latearrival" in got and "walkin" not in got and "noshow" not in got, got


@pytest.mark.parametrize("text", ["can I just show up without booking", "do you take people who turn up on the day"])
def test_showing_up_alone_is_still_a_walk_in(text):
    assert "walkin" in terms(text)


def test_the_late_arrival_rule_answers_someone_who_shows_up_late(kb):
    result = search(kb, "what happens if my mum shows up late for her colour?", campaign=SALON)
    assert result.confident, result.best
    answer = result.best["excerpt"]
    assert "15 minutes" in answer and "24 hours" not in answer, answer
