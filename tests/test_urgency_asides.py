"""Alarming words that are not harm now (customario.escalation.urgency_asides and the blind10 /
blind12 additions to urgency_idioms, urgency_stories, urgency_perils and urgency's fault-fixed
frame): the classes behind the normal lines of urgency blind10 and blind12 that were escalated, in
the team's own phrasings for businesses that are in no corpus, with near misses that must stay
urgent or emergencies."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text",
    [
        # Damage to someone's garment or linen.
        "your dry cleaner put a scorch mark on my wedding dress, I want compensation",
        "my tablecloth came back from the hire company singed at one corner",
        # Muscles after exercise.
        "my thighs are on fire after the dog walking hike, can I book another?",
        "arms burning after your climbing wall bootcamp, in a good way",
        # Drowning someone in things.
        "the florist is drowning us in brochures, please take us off the list",
        # Set phrases of success and shock.
        "our piano student won't set the world on fire but she loves it, same slot next week?",
        "you've nearly given me a heart attack with that crematorium invoice",
        "we were literally melting in the queue for the bouncy castle, any shade next year?",
        # A thing that slipped, nobody in the sentence.
        "a couple of the slates slipped in the gale, can your roofer look before the weekend?",
        # Self-reproach for a blunder.
        "I could kill myself, I've double-booked the tree surgeon with the window cleaner",
        # A threat made as praise.
        "I could sue you for how good the piano sounds now",
        # A hazard denied.
        "no smell of gas or anything, the boiler just clicks and won't light, can you service it?",
        # A policy or a hospital asked about.
        "if my son gets a nosebleed on the bouncy castle, what do your staff do?",
        "is the campsite close to a hospital, just in case with grandad's knees?",
        # Someone else's hospital stay going well.
        "the paramedics took my husband in yesterday, he's on the mend, can the dog walker come Friday instead?",
        # A story from the news about a business still open; a fault made safe by a trade.
        "I read in the news someone fell at your trampoline park, are you still open?",
        "the leak was capped by the gas engineer this morning, can you fit the new hob now?",
        # Any lawyer naming a paper.
        "my probate solicitor says I need an itemised invoice for the funeral, could you post one?",
    ],
)
def test_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # A scorch near a body part or on something electrical stays a hazard or a burn.
        "your steamer scorched my shirt and left a red mark on my arm",
        "the plug on the tumble dryer has scorch marks",
        # Burning that is a sign, not exercise.
        "my scalp is burning after the bleach, not the good kind",
        # A tool that slipped and hurt someone.
        "the chisel slipped and took a chunk out of my thumb",
        # An animal hurt is urgent, not 911.
        "our pony has collapsed in the paddock after your farrier left",
        "the cat isn't breathing properly since the flea treatment your groomer used",
    ],
)
def test_urgent(text):
    assert assess(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Self-harm said after "could kill myself" with no blunder.
        "I could kill myself, I've had enough of everything",
        # A person in the water, told in broken English.
        "my brother fall from kayak in river, he no swim, he is going under",
        # A person hurt near an animal stays an emergency.
        "the horse kicked my daughter and she's not breathing",
        "I was walking the dog and my husband collapsed on the path",
        # A hospital asked about with a sign now.
        "is there a hospital near the campsite? my daughter's had a bang on the head and keeps being sick",
        # Someone's hospital stay going well does not hide an emergency now.
        "the ambulance took him last night, he's stable, and now his brother is bleeding heavily",
    ],
)
def test_stays_emergency(text):
    assert assess(text).level == "emergency"
