"""Self-harm told by the act or the plan in words the cues did not know: all of anyone's pills taken,
a medicine saved up named by a pronoun, joining someone who has died at a near time, going over the
side of a boat, "doesn't see the point in being alive" (issue 11; :mod:`customario.escalation.urgency_selfharm`,
:data:`customario.escalation.urgency_rules.EMERGENCY`). Own phrasings on an optician, a watch repairer,
a florist, a dentist and a canal trip; missed in blind27 and blind30, and "taken all ... tablets" is
emergency in ten corpora.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "Please cancel my eye test on Monday. I've swallowed all my dad's heart tablets and I feel very far away.",
    "Is my repeat prescription ready? I've been stockpiling them for weeks and tonight I'm going to take the lot.",
    "Could you post my late wife's watch back to my son? I'm going to be with her tonight, it's all sorted.",
    "Can I pay for the florist's wreath now? My partner said he can't see the point in staying alive and he's gone up to the multi-storey.",
    "One canal boat for this afternoon please. I'm taking it out to the deepest lock and going over the side, I'm done with it all.",
]
NORMAL = [
    "I've taken all my antibiotic tablets as prescribed, do I still need the follow-up at the dentist?",
    "My late husband's watch needs a new strap, I'd like to be with him in spirit at the wedding, can you do it by Friday?",
    "We're hiring a canal boat for the day and the kids want to go over the side for a swim, is that allowed?",
    "I don't see the point in paying for the optician's premium lenses, what's the basic price?",
    "I've been saving them up for a while, the florist loyalty stamps, can I use twenty at once?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_self_harm_told_by_act_or_plan(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_the_same_words_about_ordinary_things(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
