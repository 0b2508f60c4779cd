"""A farewell someone else has sent (a text or a note saying sorry and goodbye, or that they can't go
on), with the person now unreachable, is an emergency (issue 11; s43urg, from urgency blind38's son
who texted "sorry and goodbye" inside a flower cancellation and its husband who left a note on a cliff
path; :mod:`customario.escalation.urgency_selfharm`, kinds "a farewell sent" and "gone missing").

A praise of the business said first ("the showers are much better now") is no harm over, so it no
longer hides the rest of the line (:func:`customario.escalation.urgency_over.strip_over`). Own
phrasings at a bakery, a garden centre and a caravan park; near misses (a goodbye from an airport, an
apology for a missed delivery, a phone not answered with nothing else) stay normal.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from tests.urgency_read import levels, rules_level

EMERGENCY = [
    "Can I cancel the cake for Saturday? My brother sent a message saying sorry and goodbye and he won't answer his phone now",
    "my wife left a letter saying she can't go on any more and she's not answering, I'm at the caravan",
    "The staff at the garden centre are lovely and the cafe is much better now, but my dad wrote a note saying he can't carry on and he isn't answering",
]
NORMAL = [
    "My daughter texted saying goodbye from the airport, she's off to Spain, can I still collect her parcel?",
    "Dad left a note saying he's sorry he missed the delivery, can you rebook it?",
    "He won't answer his phone, can you ring the landline for me instead?",
    "The toilets are much better now, thanks for sorting them",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert levels(text) == ("emergency", "emergency")


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert rules_level(text) == "normal"


def test_harm_said_better_is_still_over():
    # a harm of a person said better now keeps the line normal
    assert (
        assess_rules("I burnt my hand on your kettle last week, the burn is much better now, thanks").level == "normal"
    )
