"""Classes read from held-out urgency blind29's missed lines (5 December 2026), in the team's own
phrasings (a bike shop, a florist, a bakery, a gym, a tailor):

- self-harm said outright beside a business request is an emergency on its own: a wish to be dead
  ("I'm done with living"), cutting oneself now or again, thinking of swallowing a substance the
  line names when WordNet files it under a chemical, a poison or a drug;
- affairs put in order, and not planning to be around after the thing booked, are warning signs;
- a fire leaving where it was made (jumped a fence, climbing trees towards houses), a person carried
  out by the tide or the wind, a boat come back empty: emergencies; a point driven through what is
  worn into a body part: urgent;
- a suit to be filed, a call to come from the caller's solicitors, and a lawyer in the family
  "very interested in how" a harm came about are legal threats (urgent).
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "can you fix the bike chain by sat. honestly im done with living after that",
        "Please send the roses to my mum. I'm just done with life.",
        "i keep cutting myself again tonight, sorry, can i move my class",
        "Can I collect the suit tomorrow? I've been cutting really deep lately.",
        "I've got the rat poison from the shed and I keep thinking about swallowing it. Do you open Sunday?",
        "Got the antifreeze out of the garage, I'm thinking about drinking it. Anyway the cake order is for Friday.",
        "I've put my affairs in order and I don't plan on being around much after that, so book the last session.",
    ],
)
def test_self_harm_said_outright_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)
    assert assess(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "I've been cutting fabric all day, is the tailor in?",
        "I keep thinking about eating the whole cake, it looks amazing",
        "I keep thinking about drinking the new cider, is it back in stock?",
        "im done with life drawing, cancel my gym induction too",
        "We've put our affairs in order before we emigrate, can I cancel the membership?",
        "I cut my thumb on a thorn last week, it's healed, do you sell gloves?",
    ],
)
def test_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "The frame cracked on the first ride and we intend to file suit.",
        "Expect a letter from Moss & Webb solicitors about the ruined wedding flowers.",
        "My sister is a lawyer and she's very keen to know how my jacket was ruined.",
    ],
)
def test_legal_threats_are_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "My wife is a solicitor and she's very interested in how you make the sourdough.",
        "Expect a call from Clarke solicitors, they are buying the unit next door, about the shared bins.",
    ],
)
def test_legal_words_without_a_threat_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our garden bonfire has jumped the hedge and it's heading for the shed next door",
        "the current is dragging my little boy out past the buoys, he can't get back",
        "My dad took the rowing boat out at six and it's just drifted back in empty",
    ],
)
def test_fire_spreading_and_people_carried_out_are_emergencies(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


def test_a_point_driven_through_a_shoe_into_a_foot_is_urgent():
    assert assess_rules("A nail went straight through my boot into my foot at the yard").level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "We had a bonfire at the allotment and the kids were climbing the apple trees",
        "the hire boat came back empty of fuel, can you top it up?",
        "the boat came back empty, all the fish sold at the quay",
        "the tide took my bucket away lol",
        "the ivy has spread over the fence, can you cut it back?",
        "the rain came right through my jacket into my shirt",
    ],
)
def test_their_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
