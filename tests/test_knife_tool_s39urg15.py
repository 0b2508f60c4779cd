"""A knife that slipped, or one a worker caught a hand part on, is the tool of an accident (urgent,
not a weapon); a knife turned on a person, or a hand caught with a knife in an attack, is still an
emergency (issue 11; :data:`customario.escalation.urgency_rules.EMERGENCY`). Own phrasings on a deli
counter, a carpet fitter, a sushi bar, a woodcarving class and a picture framer; raised to emergency in
blind27 and blind28.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "The bread knife slipped at the deli counter and I've a deep cut in my palm, it's wrapped in a tea towel.",
    "Your carpet fitter's nicked his finger on the Stanley knife, it won't stop oozing through the plaster.",
    "At the woodcarving class my son caught his thumb with the carving knife, it's bleeding quite a bit.",
]
EMERGENCY = [
    "A customer at the sushi bar pulled a knife on the chef and he's waving it at people.",
    "Some man caught the picture framer's hand with a knife when he attacked him at the till.",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_knife_in_an_accident_is_a_tool(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_knife_turned_on_people_is_a_weapon(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)
