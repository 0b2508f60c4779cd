"""A throat, a nose or eyes irritated by a dust, fumes or a chemical met is a chemical reaction, urgent
(issue 11; s40urg15, from blind29's "my throat's gone scratchy from the dust, I'm breathing okay";
:mod:`customario.escalation.urgency_exposures`). Own phrasings: a tile shop, a builders' merchant, a
paint shop. A voice used hard, or a question about goods, is not.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CASES = [
    ("The grout powder got everywhere at the tile shop and my throat's scratchy, breathing fine though", "urgent"),
    ("A sack of cement burst at your merchant's and my nose has gone raw from the dust", "urgent"),
    ("My throat's scratchy from singing all weekend, can I move my lesson?", "normal"),
    ("Do you sell dust sheets? My throat gets scratchy when I sand", "normal"),
]


@pytest.mark.parametrize("text,level", CASES)
def test_level(text, level):
    assert assess_rules(text).level == level, assess_rules(text)
