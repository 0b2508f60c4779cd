"""Emergency numbers said as a number, not three digits read inside a longer code (a one-time code,
a phone number, an order or booking reference). The test_money_refunds flake of 4 December 2026: a
random one-time code beginning "911" was read back as an emergency and the caller told to ring 911.
Own phrasings at a boat yard, a print shop and a kennel."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CODES = [
    "the code is 911 402",
    "ok the code you sent is 911402",
    "my number is 555 911 2040 if you need to call back",
    "booking reference 112-5580 please",
    "it's order 44 999 31",
    "the code was four nine one one two six",
    "nine one one four three two, that's the code from the text",
    "my account pin ends in 999.4? no sorry, 9994",
]

STILL_EMERGENCY = [
    "someone collapsed by the slipway, call 911",
    "he's not breathing, should I ring 999",
    "we've dialled 112 already, the van is on fire",
    "please call nine one one, my dad fell off the ladder and isn't moving",
    "I'm calling 911 after this, there's smoke pouring out of the kennel block",
]


@pytest.mark.parametrize("text", CODES)
def test_digits_inside_a_code_are_no_emergency_number(text: str) -> None:
    assert assess_rules(text).level != "emergency", text


@pytest.mark.parametrize("text", STILL_EMERGENCY)
def test_the_emergency_number_said_alone_still_counts(text: str) -> None:
    assert assess_rules(text).level == "emergency", text
