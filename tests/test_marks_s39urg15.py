"""An injury told by what was done to a body part or by the marks it left, and illness after what the
business served, are urgent; the same words about money, looks, queues or a meal enjoyed are not
(issue 11; :mod:`customario.escalation.urgency_marks`). Own phrasings on a five-a-side pitch, a
takeaway, a nail bar, a DIY store and a swimming gala; missed in blind25, blind26, blind27, blind28
(marks) and blind25, blind26, blind28 (illness).
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_marks import hurt

URGENT = [
    "My lad took a boot to the calf at five-a-side and got kicked on the ankle too, there's a lump like a golf ball.",
    "I wrenched my left knee on your DIY store's loading step and I can't put any weight on it.",
    "The ladder in aisle 4 folded and two of my knuckles are split open.",
    "She got struck near the eye by a float at the swimming gala and now everything's blurry.",
    "The nail bar's glue went everywhere and my daughter's eyelids are stuck together.",
    "The whole family has been throwing up since the chicken tikka from your takeaway last night.",
    "The fumes from the new varnish at the nail bar are giving me a splitting headache and I feel sick.",
]
NORMAL = [
    "Can I pay the five-a-side league fees as a lump sum?",
    "The gala photos came out blurry, can you send the originals?",
    "Your DIY store's sales are limping along, is the loyalty scheme ending?",
    "That colour really caught my eye at the nail bar, what's it called?",
    "We had your chicken tikka last night and it was lovely, same again please.",
    "Will my son get a lump if a ball hits him at five-a-side?",
    "I get a lump in my throat every time the swimming gala anthem plays, can you play it again?",
]


@pytest.mark.parametrize("line", URGENT)
def test_an_injury_told_by_the_part_or_its_marks(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_the_same_words_about_other_things(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_the_parts():
    assert hurt("i did my back in lifting the boxes") is not None
    assert hurt("i did my hair for the gala") is None
    assert hurt("can you bump us up the list?") is None
