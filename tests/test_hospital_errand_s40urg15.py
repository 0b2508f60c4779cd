"""Someone else in hospital as the reason for an errand is no harm to act on (issue 11; s40urg15, from
blind29's "my husband's in hospital at the moment so I'll be collecting the laptop instead"; the same
class is labelled normal in blind's "my gran's in hospital so we have to go up north"), in the team's
own phrasings on other businesses (a dry cleaner, a pharmacy, a hearing-aid shop, a kennel): "X is in
hospital (at the moment), so I/we/can ...". A cause told ("in hospital after eating your cake"), a
harm beside it, or the caller in hospital keep their level.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "My wife's in hospital at the moment so I'll be picking up her dry cleaning, is that okay?",
    "Dad is in hospital, so can someone ring me back about his hearing aid?",
    "my nans in hospital this week so we need to put the dog in kennels on Friday",
]

RAISED = [
    "My son's in hospital after eating your cake, so I want to know what was in it",
    "My wife's in hospital so I'm ringing to say she's got burns from your kettle",
    "My daughter's in hospital, she collapsed at your pharmacy counter",
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)


@pytest.mark.parametrize("text", RAISED)
def test_raised(text):
    assert assess_rules(text).level != "normal", assess_rules(text)
