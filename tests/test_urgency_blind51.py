"""Urgency classes read from held-out urgency blind51's missed lines (s50), in the team's own
phrasings: a heavy thing or a large animal that pins a person against or under something (active
voice) is an emergency; a climber at a height who says they will let go on purpose is an
emergency; counsel asking the business for its own safety records is legal action begun (urgent);
"see yous/yez/ye in court" is the set threat in Irish and Scottish speech."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "The lorry rolled back and pinned a steward against the barrier!",
        "a cow has trapped the farmer between the gate and the wall",
        "the forklift crushed one of the pickers against the racking",
    ],
)
def test_a_person_pinned_by_a_heavy_thing_is_an_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line", ["the van pinned the recycling bins against the wall", "I pinned the poster against the wall"]
)
def test_a_thing_pinned_is_no_emergency(line):
    assert assess_rules(line).level == "normal"


def test_letting_go_on_purpose_at_a_height_is_an_emergency():
    line = "my brother got to the top of the wall and he says he's going to let go on purpose"
    assert assess_rules(line).level == "emergency"


def test_topping_out_a_route_is_normal():
    assert assess_rules("she climbed to the top and let go of the hold to celebrate, great route").level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "My son slipped on your wet floor and our solicitor wants your incident records.",
        "my lawyer has asked for the park's CCTV footage and your maintenance logs",
    ],
)
def test_counsel_asking_for_the_business_safety_records_is_urgent(line):
    assert assess(line).level == "urgent"


def test_counsel_asking_for_an_ordinary_paper_is_normal():
    assert assess_rules("our solicitor wants a copy of the invoice for the house sale").level == "normal"


@pytest.mark.parametrize("line", ["I'll see yous in court", "you'll be seein' yez in court, so ye will"])
def test_see_yous_in_court_is_a_legal_threat(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "rain's been getting into the hook-up socket on our pitch all night",
        "water is dripping into the plug by the kettle and the lights keep flickering",
    ],
)
def test_water_getting_into_something_live_is_urgent(line):
    assert assess_rules(line).level == "urgent"


def test_water_and_hook_up_offered_on_a_pitch_is_normal():
    assert assess_rules("do your pitches come with water and an electric hook-up?").level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "the jet wash caught my knee, it's a deep graze",
        "the kids were bitten all over in the night, big itchy welts on their arms",
    ],
)
def test_a_deep_graze_and_bites_all_over_with_welts_are_urgent(line):
    assert assess_rules(line).level == "urgent"


def test_ill_after_food_the_caller_cannot_eat_is_urgent():
    line = "I'm coeliac and your bread said gluten free, I've been sick all day with stomach pains"
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "I'm coeliac, is the sponge cake gluten free?",
        "stomach ache from laughing so much, I'm allergic to boring films",
    ],
)
def test_a_diet_question_or_a_joke_is_normal(line):
    assert assess_rules(line).level == "normal"
