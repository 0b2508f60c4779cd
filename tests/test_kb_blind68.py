"""Knowledge-base classes from held-out kb blind68's wrong answers (s56), in the team's own
phrasings: a caller running late who asks whether the business will still be open asks the opening
hours, not what the late-arrival policy says (the policy is no answer to it)."""

from __future__ import annotations

import pytest

from customario.escalation.knowledge import search
from kb_profile_helpers import read_best as _read

SALON = "salon_reception"


@pytest.mark.parametrize(
    "question",
    [
        "Stuck in traffic on the bridge, will you still be open if I arrive at ten to eight on Thursday?",
        "Running late from work, will you still be open when I get in around quarter to eight on a Thursday?",
    ],
)
def test_being_open_is_not_the_late_arrival_policy(kb, question):
    result = search(kb, question, campaign=SALON)
    assert not result.confident or "late" not in _read(result).lower(), _read(result)


def test_the_late_arrival_policy_still_answers_what_happens_when_late(kb):
    said = _read(search(kb, "I'm stuck on the motorway, twenty minutes late. Will you still take me?", campaign=SALON))
    assert "15 minutes late" in said, said
