"""Classes from held-out kb blind32's wrong answers (5 December 2026), in the team's own phrasings:

- "+" or "&" between words joins two asks like "and" ("warranty length + who fixes it").
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_wording import in_kb_words
from customario.escalation.knowledge import search

STORE = "pc_store_support"


@pytest.mark.parametrize(
    "question, plain",
    [
        ("warranty length + who fixes it", "warranty length and who fixes it"),
        ("SSD & RAM bundle", "SSD and RAM bundle"),
        ("do you price match AT&T deals?", "do you price match AT&T deals?"),  # a name
    ],
)
def test_in_kb_words(question, plain):
    assert in_kb_words(question) == plain


def test_two_asks_joined_by_a_plus_are_both_answered(kb):
    said = (search(kb, "delivery how many days + which couriers", campaign=STORE).best or {}).get("excerpt", "")
    assert "3 to 5" in said and "UPS" in said
