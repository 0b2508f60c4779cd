"""Harm words in lines that report no harm now stay normal (issue 11; s42urg, from the normal lines of
blind33 and blind36 the rules raised: "itching to book", an ambulance siren for a record, houseplants
poisonous to cats, smoke sorted last Tuesday with nobody hurt, a grass fire the council put out last
week, a relative on a ward and stable, an injury decades old, a trumpet that makes one "shoot myself",
fingers "on fire" after hours of knitting; :mod:`customario.escalation.urgency_quiet` and the set-aside
readers). Own phrasings in other businesses; the same words about harm now stay raised.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "The fire crew put out a skip fire on our road on Monday, can you collect the burnt junk?",
    "my thumbs are on fire after a whole day of texting clients, lol, can I book a hand massage?",
    "I'm itching to get back on the slopes, any deals next month?",
    "Do you have an ambulance sound in your sound library?",
    "Could the clown bring a police car siren toy for the party?",
    "Which of your plants are poisonous to dogs? We've just got a puppy",
    "Is the paint you use toxic for babies? We're doing the nursery.",
    "There was a bit of smoke from the toaster last week and your staff sorted it, nobody hurt. Is it fixed?",
    "The fire brigade put out a bin fire behind ours last week, can you clear the mess?",
    "The coffee tasted burnt and the toast was cold, I want a refund",
    "My daughter's allergic to nuts, do you keep an EpiPen on site?",
    "I'll shoot myself if I have to play that trumpet solo again",
    "If I hear that song one more time I'll kill myself, can you change the playlist in the studio?",
    "I'll kill myself laughing if he wears that again, anyway can I book Tuesday?",
    "my feet are on fire in these new boots, can I swap them?",
    "My hands are on fire after three hours of piping icing, do you do shorter classes?",
    "My grandad fell off a roof in the 80s and broke his leg, so check your ladders are tied",
    "We had to leave early, my sister's been rushed into hospital back home, any refund?",
    "My mum's on the stroke ward after her stroke on Tuesday, she's stable now, can I move her hair appointment?",
    "Our Jim's in hospital after his fall last week, he's on the mend, can we send flowers from the club?",
    "My boy bumped his elbow on Saturday, it's gone now, no harm done, but the padding's worn through",
]
RAISED = [
    # the same words about harm now
    ("urgent", "I've been itching all over since your groomer used that flea spray"),
    ("emergency", "I'm going to shoot myself, I've got my dad's gun here"),
    ("emergency", "If I lose this job I'll kill myself"),
    ("emergency", "The dog ate one of your lilies and now he's fitting, is it poisonous to dogs?"),
    ("emergency", "The toaster's smoking again and now there's flames, nobody's hurt yet"),
    ("urgent", "my feet are burning after walking on your hot tiles, they've come up in blisters"),
    ("emergency", "I'm allergic to wasps and just got stung, do you have an EpiPen?"),
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)


@pytest.mark.parametrize("level,text", RAISED)
def test_harm_now_stays_raised(level, text):
    assert assess_rules(text).level == level, assess_rules(text)
