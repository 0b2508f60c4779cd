"""A threat of violence to a person, said by someone who is there, is an emergency whatever the verb of
harm (issue 11; :func:`customario.escalation.urgency_mishaps.read`). Reported threats by someone near
are emergencies in blind12, blind16, blind25 and blind28. Own phrasings on a snooker hall, a nightclub,
a bus depot and a garden show; a threat to weeds, to puddings or to the opposition, and a threat to the
caller with a condition, are no threat.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "Someone at the snooker hall bar is saying he's going to glass the barman, can you send security?",
    "There's a lad outside the nightclub shouting that he'll stab the bouncer, he's got something in his sleeve.",
    "A bloke at the bus depot says he's going to run over the inspector, he's sat in his van revving.",
]
NORMAL = [
    "My husband says he's going to kill the weeds before the garden show, do you sell the strong stuff?",
    "The chef says he's going to torch the crème brûlées at the table, is that included in the snooker hall buffet?",
    "Our captain said they're going to murder the opposition on Saturday, can we book the bus from the depot?",
    "My sister says she'll kill me if I'm late for the nightclub opening, can you hold our names?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_threat_of_violence_to_a_person_there_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_a_threat_to_things_or_with_a_condition_is_no_emergency(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
