"""Learner English read as standard before a line is read for danger (issue 11;
:mod:`customario.escalation.urgency_normalise`), a person under water who has not come up
(:mod:`customario.escalation.urgency_reading`), and a harm asked about ahead of time
(:data:`customario.escalation.urgency._HYPOTHETICAL`). Non-native callers write in about twenty of
the urgency corpora; the grammar patterns (a modal with "to", a bare verb after "is", "bad" for
"badly", the breath "making noise", "pain in the chest") are a learner's, not one corpus's. Own
phrasings on a lido, a barbecue hire firm, an open-water swimming club and a fireworks shop.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_normalise import normalise

EMERGENCY = [
    "Excuse me, my mother she have strong pain in the chest and she cannot to speak, we are by your lido café.",
    "The firework go off in his hand, his face is burn very bad and his breath is making a whistle.",
    "Please, my friend at the open-water swim, he go under the water and he don't come up!",
    "My cousin dived off the lido board and she hasn't come back up, the lifeguard isn't here.",
    "One of the swimmers is missing from the open-water session, the rest are back on the bank.",
    "Ringing about the lido season ticket... hang on, the woman by the diving board has gone under and hasn't come back up.",
]
URGENT = [
    "The barbecue I hire from you, my hand is burn on the lid, is red and hurting.",
]
NORMAL = [
    "You must to send the barbecue invoice again, I cannot to open the first one.",
    "Will my son get burnt if he holds a sparkler? He's six, I'm deciding what to buy from the fireworks shop.",
    "Do swimmers come away with cuts from the rocks at the lido? Trying to decide on shoes.",
    "My husband hasn't come back from the lido shop yet, can I pay for the towels when he's here?",
    "The bubbles never come up in the lido's spa pool, is the blower broken?",
    "My daughter is missing her swimming lesson at the lido on Friday, can we swap to Saturday?",
    "The barbecue hire company has gone under and the website hasn't come back up, can I get my deposit back?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_learner_english_and_a_person_under_water_read_as_emergencies(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", URGENT)
def test_a_learner_told_burn_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_learner_grammar_and_questions_ahead_are_no_harm(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_the_learner_patterns_read_as_standard_english():
    assert "can't breathe" in normalise("He cannot to breathe")
    assert "is burnt badly" in normalise("his arm is burn very bad")
    assert "breathing is noisy" in normalise("her breath making noise")
    assert "chest pain" in normalise("a big pain in the chest")
    assert "pain in the chest area" in normalise("a pain in the chest area from the gym")
