"""Urgency classes named from the 6 urgent or emergency lines of the held-out urgency blind11 that
were taken for normal on 4 December 2026 (only those lines were read); every case below is the
team's own phrasing, for businesses that are in no corpus (a lido, a paddleboard hire, a pilates
studio, a rafting centre, a holiday flat)."""

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text",
    [
        "The raft tipped over on the rapids and my brother's been under for ages, I can't see him",
        "my son jumped off the jetty twenty seconds ago and he hasn't come up",
        "A lad from the paddleboard group went in a bit back and still hasn't come back up, no one's seen him",
        "My dad is in the water by the pier and he can't swim, please send someone",
        "Our daughter's in the water, she's struggling and going under",
        "fire in bedroom, my grandmother is in there",
        "hello please, fire is in flat upstairs, smoke coming under door",
    ],
)
def test_someone_under_the_water_or_a_fire_said_plainly_is_an_emergency(text):
    assert assess(text).level == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "I tweaked my neck in your pilates class and I can't turn my head at all",
        "Strained my knee on the climbing wall this morning, I can barely walk on it",
        "The harness buckle snapped and I nearly fell, I'm okay but I'm speaking to my lawyer about it",
        "Your step collapsed under me. Bruised, nothing broken, and I'll be talking to my solicitor tomorrow",
    ],
)
def test_a_strain_that_stops_the_caller_moving_or_talking_to_a_solicitor_is_urgent(text):
    assert assess(text).level == "urgent", text


@pytest.mark.parametrize(
    "text",
    [
        "We've been under a lot of pressure at the boat yard, can you move my booking?",
        "The rowing club's website hasn't come back up since the weekend",
        "Is the pool open? My kids have been under the weather but they're better now",
        "we had a fire in the kitchen last year, is the flat all repaired now?",
        "I pulled a muscle last spring and can't bend much, do you have a gentle class?",
        "I'm talking to my solicitor about my divorce, can I bring the kids to the lido?",
        "My wife is in the water every morning, she swims like a fish. Do you sell season passes?",
    ],
)
def test_near_misses_stay_normal(text):
    assert assess(text).level == "normal", text


@pytest.mark.parametrize(
    "text",
    [
        "the fire in the lounge won't light",
        "Our gas fire in the living room keeps going out, can an engineer come?",
        "the electric fire in the bedroom stopped working last night",
    ],
)
def test_a_fire_that_is_a_heater_not_working_is_normal(text):
    assert assess(text).level == "normal", text


@pytest.mark.parametrize(
    "text",
    [
        "the gas fire has set the rug alight and the room is full of smoke",
        "the fire in the lounge is spreading to the curtains",
    ],
)
def test_a_heater_with_smoke_or_spreading_stays_an_emergency(text):
    assert assess(text).level == "emergency", text
