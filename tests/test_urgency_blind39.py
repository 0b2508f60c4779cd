"""Urgency, from held-out urgency blind39's missed lines read as classes after the stop's
development work (issue 11, 6 December 2026). Our own phrasings:

- chest pain said without an article ("pain in chest", non-native English) is chest pain;
- blood coughed without "up" ("coughing blood", "coughed blood into the sink") is blood brought up
  (left: "a bit of blood" coughed, with or without "up", is still read as slight by the rules);
- a whole packet of tablets told as what the person says after "took something" ("he took something,
  he says a whole box of his gran's pills") is a whole supply taken, even inside a booking change.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "Sorry to ring, since the dive I have strong pain in chest and it is hard, is it normal?",
        "my husband keeps coughing blood since the swim this morning",
        "She coughed blood into the sink after the course",
        "Can we move the party to Friday? My daughter took something an hour ago, she says a whole box of "
        "her gran's pills, and she's very sleepy",
    ],
)
def test_emergencies_told_plainly_or_inside_a_request(line):
    assert assess_rules(line).level == "emergency"
    assert assess(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "Do you sell a chest freezer? The pain in chest area is from lifting the last one, ha.",
        "He took something for the headache, he says a whole packet of crisps helps more",
        "blood orange cake for the cough and cold stall",
        "I cough a lot after the pool, it's the chlorine, nothing serious",
    ],
)
def test_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal"
