"""Alarming words taken back or explained in the same breath (issue 11; s40urg15, from blind32 and
blind23), in the team's own phrasings on other businesses (a sauna, a kettle shop, a campsite, a
caravan park, a car body shop):

- a bath of warm water (a tub, a spa, a pool, a sauna) "smoking" is steam unless a fire, a burning
  smell or the electrics are named (:mod:`customario.escalation.urgency_hazards`);
- smoking, burning or choking corrected at once by another word ("smoking, well, steaming"); "I mean
  actually smoking" confirms it (:mod:`customario.escalation.urgency_frames`);
- smoke or a fire smelt or seen, then explained ("but it was just next door's campfire"), unless it is
  said to be growing;
- what other people would do in law, refused by the caller ("some people would sue. I won't")
  (:mod:`customario.escalation.urgency_counsel`).
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CASES = [
    ("The outdoor spa at the caravan park is smoking like mad, it's so cold out, is that normal?", "normal"),
    ("The hot tub pump is smoking and there's a burning smell", "emergency"),
    ("The kettle's smoking, well, steaming a lot, is it broken?", "normal"),
    ("The sauna's burning, well, very hot, can you turn it down?", "normal"),
    ("The socket is smoking, I mean actually smoking, come quick", "emergency"),
    ("We smelt smoke at the campsite but it was only the barbecue at the pub, can we book again?", "normal"),
    ("Most customers would sue over a scratch like that, but I won't, just fix the wing", "normal"),
]


@pytest.mark.parametrize("text,level", CASES)
def test_level(text, level):
    assert assess_rules(text).level == level, assess_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "my mate sliced his hand on the mower blade at your hire shop, blood evrywhere",
        "cut my leg on the glass blood everywere",
    ],
)
def test_blood_everywhere_misspelt(text):
    """ "everywhere" is in the typo lexicon of :mod:`customario.escalation.urgency_normalise`: blood
    everywhere is heavy bleeding however it is typed (blind32's text-speak)."""
    assert assess_rules(text).level == "emergency", assess_rules(text)
