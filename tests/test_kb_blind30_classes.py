"""Classes from held-out kb blind30's wrong answers after a yes (5 December 2026), in the team's own
phrasings:

- "how late / how early can I cancel, move or change ..." asks a limit of notice, a duration, even
  beside "charged" or "fee" (the salon had read the late-cancellation fee, not the 24 hours'
  notice); "how late are you open?" still asks a closing time;
- a length stated to be checked ("Is it a fortnight I have ...?", "is it 30 days ...?") asks a
  duration (the store had read the label sentence, not the 14 days).
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_fact_kind import asked_fact
from customario.escalation.knowledge import search

SALON, STORE = "salon_reception", "pc_store_support"


def _read(kb, question, campaign):
    """The part read now or after a yes to "Are you asking about ...?"."""
    result = search(kb, question, campaign=campaign)
    return (result.best or {}).get("excerpt", "")


@pytest.mark.parametrize(
    "question, fact",
    [
        ("If the babysitter cancels, how late can I change my booking without paying the fee?", "duration"),
        ("how early do I need to cancel so I'm not charged?", "duration"),
        ("So is it thirty days I have to send it back, or less?", "duration"),
        ("Is it a week for the label, or longer?", "duration"),
        ("How late are you open on Thursdays?", "time"),
        ("is it open on Sundays?", "time"),
    ],
)
def test_the_fact_asked(question, fact):
    assert asked_fact(question) == fact


def test_how_late_to_move_without_a_charge_reads_the_notice(kb):
    said = _read(kb, "My car's playing up - how late can I move my appointment without being charged?", SALON)
    assert "24 hours" in said, said
