"""Whether the knowledge-base search is reading learned answers as their subject (issue 11).

A leaf module, so that the near-miss check (:mod:`customario.escalation.kb_near_miss`) can ask it
without importing :mod:`customario.escalation.kb_learned`, which imports the offer logic that
imports the near-miss check.
"""

from __future__ import annotations

import contextvars

# On while kb_learned.offer_by_answer searches with the learned reading (a context variable: agent
# sessions search from several threads).
READING: contextvars.ContextVar[bool] = contextvars.ContextVar("kb_learned_reading", default=False)


def is_learned(row: dict) -> bool:
    """True for an article a supervisor's answer made (``source`` "supervisor")."""
    return row.get("source") == "supervisor"


def reading() -> bool:
    """True while the search reads learned answers as their subject."""
    return READING.get()
