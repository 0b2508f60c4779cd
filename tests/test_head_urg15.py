"""A blow to the head with a red flag (sick, repeated questions, memory lost, drowsy) is an emergency
whatever reassures beside it; a knock with the flags denied is urgent (issue 11;
:mod:`customario.escalation.urgency_head`, NHS head-injury advice). Own phrasings on five-a-side
pitches, boat-hire jetties, adventure playgrounds, florists, cricket nets, escape rooms, soft play
and coach trips; the class is in blind9, blind13, blind17, blind20, blind21, blind22 and blind26.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_head import read

EMERGENCY = [
    "My lad headed the goalpost at the five-a-side, he's awake but he's thrown up twice and keeps asking what day it is",
    "Grandad banged his head on the boat hire jetty, he's talking but he's been sick three times",
    # a thing as the doer, and the person awake: the flag still stands
    "A swing hit my daughter on the head at the adventure playground, she keeps asking the same thing over and over",
    "The horse threw my son and he landed on his head, he's awake but keeps repeating himself and is really drowsy",
    "He hit his head on the beam at the escape room, he's awake and talking but keeps asking the same question",
    "My daughter took a cricket ball to the head at the nets, she's chatting but can't remember the last hour",
]
URGENT = [
    "My son bumped his head on the climbing frame, he's got a lump but no sickness, he's playing normally",
    "Knocked my head on your low beam at the escape room, bit of a headache, not sick or dizzy",
    "He banged heads with another kid at the soft play, lump on his forehead, no vomiting, no drowsiness",
]
NORMAL = [
    "The kids were sick on the coach home from the farm park, travel sickness, can we sit at the front next time?",
    "Does the helmet protect against a knock on the head? My son keeps asking",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_head_blow_with_a_red_flag_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", URGENT)
def test_a_head_knock_with_the_flags_denied_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_sickness_or_a_question_without_a_blow_is_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_the_parts():
    assert read("he was kicked in the head and has been sick") is not None
    assert read("he was kicked in the head, no sickness or drowsiness") is None
    assert read("he's been sick twice since the boat trip") is None
