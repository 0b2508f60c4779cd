"""A joint turned over by any verb of twisting is an injury, urgent; eyes rolled or a joint turned long
ago and healed are not (issue 11; :data:`customario.escalation.urgency_rules.URGENT`). Own phrasings
on stairs, trampoline parks and ballet photos; 13 corpora tell such a joint injury as urgent and
blind26 said "rolled my ankle".
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "I turned my ankle on your stairs",
    "I went over on my ankle on your stairs",
    "My daughter rolled her wrist coming off the trampoline, she's holding it and crying",
    "Wrenched my knee on your dance floor and it's stiff",
]
NORMAL = [
    "I rolled my eyes at the price, any discounts?",
    "Turned my ankle last summer at your park, all healed, do you have a beginners' trail?",
    "My son turned his foot the wrong way in the ballet photo, can we retake it?",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_joint_turned_over_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_eyes_rolled_or_an_old_turn_is_not(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
