"""A small wound that keeps bleeding is urgent, a deep or heavy bleed an emergency (issue 11;
:func:`customario.escalation.urgency_caps.capped`), and a knife that was the tool of an accident is
no weapon (:data:`customario.escalation.urgency_rules.EMERGENCY`). Own phrasings on a key-cutting
kiosk, a greengrocer, a removals firm, a dentist and an optician; the corpora label a nick, a graze
or a nosebleed that goes on urgent in blind3, blind4, blind5, blind13 and blind26.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "I nicked my thumb on the key-cutting machine, it won't stop bleeding but it's nothing deep.",
    "The graze on his elbow from your removals trolley won't stop bleeding, can we get a plaster?",
    "Caught my finger on the greengrocer's crate, only a small cut but the blood won't stop, have you a first-aid box?",
    "My lip won't stop bleeding after the dentist, it's not deep, is that normal?",
    "I sliced my thumb on one of your paring knives at the greengrocer's demo, plaster's on, just letting you know.",
]
EMERGENCY = [
    "The removals man cut his leg on the glass table, it's deep and it won't stop bleeding.",
    "He sliced his arm on the key-cutting blade, blood's pouring out and it won't stop however hard we press.",
    "She cut her wrist on the broken pane at the optician's, it won't stop bleeding and she's gone pale.",
    "I cut myself on purpose, only a small one but it won't stop bleeding.",
    # "it" for the bleeding after a wound is told
    "The joiner's gone through his thumb with the chisel. It's pouring and it won't stop however hard we press.",
    "The tree surgeon's saw sliced his calf open, it's gushing and won't stop even with a towel on it.",
]
HEAVY_SAID_AS_A_NOUN = [
    ("emergency", "Fell off the greengrocer's ladder, heavy bleeding from his leg, he's gone grey."),
    ("urgent", "came off the key-cutting stool lol, grazed knee quite bad bleeding a bit, who do i speak to"),
    ("normal", "Is heavy bleeding normal after a tooth out? Asking before I book the dentist."),
    ("normal", "The red is bleeding into the whites since the removals van got wet, can you claim for it?"),
]
NOT_BLEEDING = [
    "I cut the hedge back yesterday and it's pouring with rain now, can the tree surgeon come on Friday?",
    "I cut my hand on the gate last week, fine now, but it's pouring here, can the tree surgeon come Friday?",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_small_wound_that_keeps_bleeding_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_deep_heavy_or_deliberate_bleed_stays_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(("level", "line"), HEAVY_SAID_AS_A_NOUN)
def test_bleeding_qualified_by_an_adjective(level, line):
    assert assess_rules(line).level == level, assess_rules(line)


@pytest.mark.parametrize("line", NOT_BLEEDING)
def test_rain_that_pours_is_no_bleeding(line):
    assert assess_rules(line).level != "emergency", assess_rules(line)


def test_a_knife_held_against_someone_is_still_a_weapon():
    line = "A man at the greengrocer's counter has a knife and he's shouting at the staff."
    assert assess_rules(line).level == "emergency"
    assert assess_rules("He cut her arm with a knife outside the key-cutting kiosk and ran off").level == "emergency"


def test_a_knife_in_ones_own_accident_is_no_weapon():
    line = "He nicked his finger on one of the greengrocer's knives, plaster on, just letting you know."
    assert assess_rules(line).level == "urgent", assess_rules(line)
