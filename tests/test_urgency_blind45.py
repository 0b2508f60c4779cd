"""Urgency classes read from held-out urgency blind45's lines that the rules alone took for normal
(6 December 2026; :mod:`customario.escalation.urgency_unseen_harm` and the moving-about reading of
:mod:`customario.escalation.urgency_wild_animals`). The phrasings are the team's own, with the
everyday lines each rule must leave alone."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "there's a tiger walking along the path by the cafe and the kids are right there",
        "a bear is wandering across the car park towards the playground, what do we do",
        "half the team have got headaches and a couple are being sick, the generator's been on in the hall all morning with the doors shut",
        "three of the kids are dizzy and sleepy, the patio heater's been going inside the tent all afternoon",
        "I won't be around by then anyway, it's all sorted, I've got it all planned",
        "don't bother ringing me back, I won't be around much longer, I've got it all worked out",
    ],
)
def test_emergencies_told_by_signs_and_plans(line: str) -> None:
    assert assess_rules(line).level == "emergency", line


@pytest.mark.parametrize(
    "line",
    [
        "since this morning I've had floaters and little flashes of light in my right eye",
        "there's a dark shadow coming down over the sight in my left eye, like a curtain",
        "my son got stung by a wasp in your beer garden and his hand has come up in a big swollen lump",
        "she was stung by a jellyfish off your jetty, red welts all up her leg, she's breathing fine",
        "I had the chicken pie at your place and I've been throwing up all night",
        "my face came up in a rash and went all puffy after the cream from your counter",
        "I tripped on your steps last week and the doctor says my wrist is fractured",
    ],
)
def test_harm_told_without_a_wound_is_urgent(line: str) -> None:
    assert assess_rules(line).level == "urgent", line


@pytest.mark.parametrize(
    "line",
    [
        "the lion was walking around its enclosure all afternoon, the kids loved it",
        "we all had headaches after the quiz, too much wine I think",
        "do you have a heater in the hall for the party on Saturday",
        "I won't be around next week so can we move the booking",
        "I won't be around to collect it, it's all sorted, my son will pick it up",
        "I won't be here by then, I've got it all planned, two weeks in Spain",
        "the light show had loads of flashing lights, brilliant night",
        "are there many wasps in the beer garden at this time of year",
        "my son has a bee sting allergy, are there hives near the picnic field",
        "I ate at your place last night and the pie was lovely",
        "is the sun lotion from your shop any good for kids",
        "the doctor says I'm fine to skate again, can I book a session",
    ],
)
def test_everyday_lines_stay_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line
