"""A burn to a part of a body that WordNet files first under another sense ("gums" is first chewing
gum) is still a burn when a person's possessive comes before it (issue 11; s40urg15, from blind32's
"the whitening gel's burned my gums"; :func:`customario.escalation.urgency_frames.not_now`). Own
phrasings: a teeth-whitening kiosk, a brow bar. A thing burnt stays no harm.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "The whitening strips from your kiosk burned my gums, they've gone white and sore",
    "Your brow tint burned my eyebrows right off",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


@pytest.mark.parametrize("text", ["I burned my toast", "burnt the gum into the carpet, can you clean it?"])
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
