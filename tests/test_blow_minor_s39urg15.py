"""A blow by a person told with a minor injury and nothing going on now is an injury report (urgent);
with a grave sign or the violence still going on it stays an emergency (issue 11;
:func:`customario.escalation.urgency_marks.minor_after_blow`). Own phrasings on a nightclub queue, a
school disco, a bus station café and a roller rink; every corpus labels such lines urgent, and the
rules called them emergencies in blind23 and blind28.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "One of your door staff pushed my brother over in the nightclub queue and he's sprained his ankle.",
    "A boy at the school disco punched my son, his lip's split and he's got a black eye coming.",
    "Someone elbowed my wife at the roller rink, her nose bled for ages and it might be broken.",
]
EMERGENCY = [
    "A man at the bus station café punched my dad and he's out cold on the floor.",
    "Someone kicked my son at the roller rink and he's still there kicking him, his nose is bleeding, please hurry.",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_blow_with_a_minor_injury_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_grave_sign_or_violence_going_on_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)
