"""Shared by the urgency class tests: how a line is read by the rules alone and with the trained
model beside them (customario.escalation.urgency.assess_rules / assess)."""

from __future__ import annotations

from customario.escalation.urgency import assess, assess_rules


def levels(text: str) -> tuple[str, str]:
    """(level by the rules alone, level with the model) for ``text``: "emergency", "urgent" or
    "normal" each."""
    return assess_rules(text).level, assess(text).level


def rules_level(text: str) -> str:
    """The level the rules alone give ``text``."""
    return assess_rules(text).level
