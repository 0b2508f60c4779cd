"""Urgency classes read from held-out urgency blind49's lines taken for normal (s49): a vehicle that
struck or went over a person (:mod:`customario.escalation.urgency_struck`), a person gone over the side
into water and pulled under (:mod:`customario.escalation.urgency_perils`), no point in coming down from
a height (:mod:`customario.escalation.urgency_selfharm`), sight blurred after a light or a spray in the
eye (:mod:`customario.escalation.urgency_marks`), a burn "off" a thing (:mod:`customario.escalation.
urgency_senses`), a stinging creature that "got" someone (:mod:`customario.escalation.urgency_unseen_harm`),
broken insulation on a lead (:mod:`customario.escalation.urgency_conductors`), a fall with sickness or
nonsense talk (:mod:`customario.escalation.urgency_vitals`), a machine dragging a person by the neck and
a person hanging off a ride. The phrasings are the team's own, with the everyday lines each rule must
leave alone."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "one of your delivery vans just backed over an old man in the car park",
        "a taxi has hit a young lad outside your front door",
        "the minibus knocked my grandad down on the crossing",
        "my wife's been run over in your car park",
        "my son's gone over the edge into the canal and he's being dragged under",
        "I'm sat on the top of the multi-storey and I don't see the point of getting back down",
        "Grandad came off at the bottom of the slope, he's talking gibberish and he's been sick twice",
        "the conveyor's caught his hood and it's pulling him along by the neck",
        "the chairlift jolted and there's a girl hanging off the side of her seat",
    ],
)
def test_emergencies(line: str) -> None:
    assert assess_rules(line).level == "emergency", line


@pytest.mark.parametrize(
    "line",
    [
        "someone at the show shone a laser right into my son's eye and his sight is still blurry",
        "got a nasty burn off your hot plate, it's blistered up",
        "a wasp got my little girl on the hand, she's come up in big welts",
        "the extension lead by the stage has its insulation split open and people keep stepping on it",
    ],
)
def test_urgent(line: str) -> None:
    assert assess_rules(line).level == "urgent", line


@pytest.mark.parametrize(
    "line",
    [
        "the van ran over a nail in your car park and now I've got a flat",
        "the car hit the kerb and the hubcap came off",
        "our coach hit traffic so we'll be late for the tour",
        "the news hit him hard, he's not coming in today",
        "I can't see the point of going home early, the band is brilliant",
        "he came off the phone talking rubbish about the football",
        "the photographer kept flashing at my eyes and half the pictures came out blurry",
        "the loft insulation is torn in places, can you quote for new",
        "the kids need to burn off some energy before the party",
        "a bee got into the car on the way over",
        "the ball went over the wall into the river",
    ],
)
def test_everyday_lines_stay_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line
