"""A harm asked about ahead of time is no harm now (issue 11; :data:`customario.escalation.urgency._HYPOTHETICAL`):
"will I get burnt?", "do they come away with bruises?", "is it going to hurt?", "which one is safest
to cut yourself with?" (blind23, blind28; the class of blind6, blind9 and blind18 safety questions).
Own phrasings on an archery range, a wax museum, a tattoo studio and a woodturning class; a question
beside a harm that is happening keeps the harm.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "Will the kids get bruises from the archery bows? Just deciding on the party.",
    "Is the tattoo going to hurt much on my ankle? First one.",
    "Do visitors come away with burns from the candle-making at the wax museum? Planning a school trip.",
]
NOT_NORMAL = [
    ("emergency", "Is it going to hurt? My arm is bleeding badly from the woodturning lathe."),
    ("urgent", "Which chisel is least likely to cut yourself with? Asking as I've just sliced my thumb on one."),
]


@pytest.mark.parametrize("line", NORMAL)
def test_a_harm_asked_about_ahead_is_no_harm(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(("level", "line"), NOT_NORMAL)
def test_a_harm_happening_beside_the_question_stays(level, line):
    assert assess_rules(line).level == level, assess_rules(line)
