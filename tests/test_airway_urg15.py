"""Swallowing made hard in a reaction is an emergency; lips or eyelids swollen with the breathing said
to be fine are urgent; lips gone blue or a wheeze stay an emergency (issue 11;
:mod:`customario.escalation.urgency_airway`, NHS anaphylaxis signs). Own phrasings on hotels,
orchards, farm shops, hay rides and brownies; swallowing is an airway sign in 14 corpora and lips
with the breathing fine urgent in 7.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_airway import grave, lips_only

EMERGENCY = [
    "My wife ate the prawn starter at the hotel and her face and throat are swelling, she can hardly swallow",
    "After the wasp sting at the orchard his tongue is swelling and he's struggling to swallow",
    "His lips are going blue after the nut, he says his breathing is fine but he looks awful",
    "Her lips are swelling and she's wheezing, she says breathing's fine but it doesn't sound it",
]
URGENT = [
    "My daughter's lips are a little swollen after the fudge at the farm shop, she's breathing fine and chatting",
    "His eyelids have puffed up after the hay ride, breathing's totally normal, what could it be?",
    "My son's lips are tingling and a bit puffy after the brownie, no trouble breathing at all",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_an_airway_sign_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", URGENT)
def test_lips_or_eyelids_with_the_breathing_fine_are_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


def test_the_parts():
    assert grave("his face is swelling and he can barely swallow") is not None
    assert grave("my arm's swollen from the sting, no trouble breathing or swallowing") is None
    # swallowing hard with no reaction named (a sore throat from a cold) is not read here
    assert grave("i've had a cold and it's hard to swallow") is None
    assert lips_only("lips swollen", "her lips are swollen, breathing fine")
    assert not lips_only("lips swollen", "her lips are swollen and her tongue feels thick, breathing fine")
