"""Stop 40's open items and blind26/30/34 classes (issue 11; s41urg): a thing told as swallowed is
choked on whatever its words ("a price tag he swallowed"); a product's fumes with nobody unwell are a
smell; a part of the body named in the caller's own language reads as English ("mi piel"); the
caller's last provider ("my last barber", "the last artist I had") is another business. Own
phrasings with near misses.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CASES = [
    ("She's choking on a gift tag she swallowed off the parcel", "emergency"),
    ("I'm choking on these prices, I swallowed my pride and paid", "normal"),
    ("Are the varnish fumes OK for the dog if we do the floor today?", "normal"),
    ("The varnish fumes from your fitters have made me dizzy and sick", "urgent"),
    ("Mes yeux are red and stinging after the lash tint", "urgent"),
    ("ma peau is all red and itchy after your cream", "urgent"),
    ("Her gorge rose when she saw the bill", "normal"),
    ("My last colourist burnt my scalp, do you do a strand test first?", "normal"),
    ("The last tattooist I went to gave me an infection, do you use new needles?", "normal"),
    ("The last customer scalded her hand on your urn", "urgent"),
]


@pytest.mark.parametrize(("text", "level"), CASES)
def test_level(text, level):
    assert assess_rules(text).level == level, assess_rules(text)
