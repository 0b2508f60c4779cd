"""Harm words that name no harm now (issue 11; s40urg15, from blind23, blind26 and blind27), in the
team's own phrasings on other businesses (a darts league, a tennis club, a tattoo studio, a piercer,
an alarm installer, a pool service):

- a person called "an absolute weapon" or "a total killer" is praised
  (:mod:`customario.escalation.urgency_lightly`); a weapon held stays an emergency;
- "is it going to bleed / swell / scar?" asked ahead is a question, not a bleed
  (:data:`customario.escalation.urgency_asked.HYPOTHETICAL`);
- 999 rung by accident is a phone fault (:data:`customario.escalation.urgency_rules.EMERGENCY`);
- a chemical "overdosed" into a pool or a tub is dosing, not a drug overdose.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CASES = [
    ("She's a total killer at darts, can we book the lane?", "normal"),
    ("Our new signing is an absolute weapon at the net, can he join the Tuesday squad?", "normal"),
    ("He's got a weapon and he's coming at us", "emergency"),
    ("Will the piercing swell much? I have a wedding Saturday", "normal"),
    ("I accidentally rang 999 while testing the alarm you fitted, sorry", "normal"),
    ("Call 999, he's not breathing", "emergency"),
    ("Your pool man overdosed the chlorine and my eyes are stinging", "urgent"),
    ("My son overdosed on his pills", "emergency"),
]


@pytest.mark.parametrize("text,level", CASES)
def test_level(text, level):
    assert assess_rules(text).level == level, assess_rules(text)


@pytest.mark.parametrize(
    "text,level",
    [
        ("I can't keep my eyes open, I'm so tired, can we move the spin class later?", "normal"),
        ("After the night shift I can't keep my eyes open, can I book a later slot at the salon?", "normal"),
        ("I banged my head on your shelf and now I can't keep my eyes open, I'm so tired", "emergency"),
        ("She can't keep her eyes open and she's not making sense", "emergency"),
    ],
)
def test_tired_eyes(text, level):
    """The caller's own tiredness named beside "can't keep my eyes open" is no drowsiness to act on,
    unless a knock, a fall or something taken is told (:mod:`customario.escalation.urgency_lightly`)."""
    assert assess_rules(text).level == level, assess_rules(text)
