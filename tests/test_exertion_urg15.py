"""A muscle "burning" or "on fire" after exertion named by its kind is no harm (issue 11;
:func:`customario.escalation.urgency_asides.set_aside`): the activity after "after" or "from" is
exercise, sport, dance or walking in WordNet, or the gerund of a verb of motion. Own phrasings on a
canoe hire, a ceilidh band, a badminton club, an orienteering club and a Nordic walking group; the
corpora hold the class in blind12, blind14, blind17, blind25 and blind26. Heat, a chemical or a skin
sign in the sentence keeps the burn.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "My shoulders are on fire after the canoeing, do you hire out lighter paddles?",
    "My calves were burning from the orienteering on Sunday, in a good way. Is there a junior event?",
    "Legs on fire after the Nordic walking, can I join the Thursday group too?",
    "My thighs are on fire from the ceilidh dancing, best night in ages, are you booked for Hogmanay?",
    "My arms are burning after the badminton, is the hall free again on Friday?",
]
NOT_SET_ASIDE = [
    ("urgent", "My feet are burning after the walk across the hot decking by your canoe hire, they've gone red."),
    ("urgent", "My legs are burning after the ceilidh and there's a rash coming up where the hay bales were."),
    ("emergency", "My legs are on fire after the badminton, a candle caught my trousers and they're still alight!"),
]


@pytest.mark.parametrize("line", NORMAL)
def test_muscles_after_exertion_are_no_harm(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(("level", "line"), NOT_SET_ASIDE)
def test_heat_a_skin_sign_or_flames_keep_the_burn(level, line):
    assert assess_rules(line).level == level, assess_rules(line)
