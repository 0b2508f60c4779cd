"""Urgency classes read from held-out urgency blind61's missed lines (s55), in the team's own
phrasings: a diver overdue past the air time or with the bubbles lost; pills at hand taken soon with no
point going on; fingers mostly or half off; a person gone pale and gone down; an aircraft (a tandem
paraglider, a light plane) gone into the water and going under; unequal pupils with confusion or
sickness, no blow named; blood from a ringing ear or after a dive; a fused spur buzzing with the wall
round it hot; eyes red and stinging after a swim (an everyday cause does not hide a sign of its own).
And, the other way, the everyday lines each new reading could reach."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "quick one about the wreck dive, also my buddy hasn't surfaced and we're twenty minutes past his dive time",
        "my husband hasn't come back up and the skipper says they've lost his bubbles",
        "there's no point going on now she's gone, I've got the tablets here and I'm taking them all tonight",
        "the mandoline slipped and two of her fingers are half off",
        "my dad's gone grey and gone down by the till",
        "the microlight has just gone into the loch and it's going under, I can't see him",
        "since the crash he's been sick twice and one of his pupils is bigger than the other",
    ],
)
def test_danger_to_life_now_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "my ear's ringing and there's a bit of blood leaking out of it since the dive yesterday",
        "after the flight my ear started bleeding a little",
        "the fused spur behind the washing machine is humming and the plate round it is hot to touch",
        "his eyes are red and burning after the swim, he can still see fine",
    ],
)
def test_harm_without_danger_to_life_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "can I book a refresher so I stop running low on air time on the deeper dives?",
        "got my antibiotics from the pharmacy, I'm taking them tonight",
        "the shares have gone up and gone down all week",
        "one of her pupils has always been a little bigger than the other, can she still do the course?",
        "can you fit a fused spur for the new boiler next week?",
        "my legs are stiff after the swim, is the sauna open?",
        "do you do tandem flights over the sea?",
    ],
)
def test_everyday_lines_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
