"""Shared by the urgency class tests: a line read at one level by the rules alone and with the
trained model beside them (customario.escalation.urgency.assess_rules / assess)."""

from __future__ import annotations

from customario.escalation.urgency import assess, assess_rules


def read_as(text: str, level: str) -> None:
    """Assert that ``text`` is read as ``level`` ("emergency", "urgent" or "normal") by the rules
    alone and by the rules with the model; the failure message shows both readings."""
    rules, both = assess_rules(text), assess(text)
    assert rules.level == level, rules
    assert both.level == level, both


def rules_read_as(text: str, level: str) -> None:
    """Assert that the rules alone read ``text`` as ``level``; the failure message shows the reading."""
    rules = assess_rules(text)
    assert rules.level == level, rules
