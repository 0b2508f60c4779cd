"""The classes behind urgency blind14's urgent and emergency lines taken for normal or over-raised
(customario.escalation.urgency_scenes, the blind14 additions to urgency_hazards, urgency_selfharm,
urgency_normalise and urgency_mishaps), in the team's own phrasings for businesses that are in no
corpus (a bowling alley, a garden centre, a ferry office, a cinema, a library), with near misses
that must stay where they are."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text",
    [
        # A person being attacked now, told in the passive.
        "a lad outside the bowling alley by the bins is being beaten up by three others",
        "the usher at screen two is getting punched, someone come quick",
        "an old man at the bus stop opposite your garden centre is being mugged right now",
        # A person held against their will.
        "the man who gave me a lift from your ferry office has locked the doors and won't let me out, I'm scared",
        "my ex has locked me in the stockroom and taken my phone, I'm on the shop landline",
        # A person slumped in a vehicle; exhaust fumes piped into one.
        "there's a woman slumped over the wheel of a car in your library car park",
        "a bloke in a van at the back of the cinema has the engine running and a tube from the exhaust into the window",
        # A person trapped in a crashed vehicle; a threat of death at the door; a thing carried off.
        "the delivery van's on its roof in the lane and the driver's trapped, there's diesel everywhere",
        "our trailer overturned at the roundabout and my nephew's still in the back, he's crying",
        "my ex said she's going to come round and stab me, she's outside now kicking the door",
        "the inflatable slide has lifted up into the air with kids still on it",
        # A jump threatened from a height; smoke from under a neighbour's door.
        "a young lad is on the ledge of the multi-storey behind your gym threatening to jump",
        "smoke's pouring out from under my neighbour's front door and he's in a wheelchair",
        # A fire told by ellipsis and a chimney fire.
        "the log burner's flue is glowing red and the joist over it has caught",
        "the chimney's roaring like a jet and there are flames coming out of the top of the chimney",
    ],
)
def test_emergencies(text):
    assert assess(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # An injury told by what happened.
        "my daughter ripped her toenail clean off on your bowling lane, it won't stop throbbing",
        "the lad on the till got his front teeth knocked out by a swinging pallet",
        "I tripped on your garden centre ramp and grazed my palms and my chin",
        "the ferry ramp was lowered and the barrier came down on my wrist",
        "the automatic door closed the gate on his hand and he's crying",
        "the bus pulled off with my bag strap in the door and dragged me along the pavement",
        "there's blood all over the counter where the librarian caught her hand on the guillotine",
        # A blow from a thing that fell or came loose (an injury, not an assault).
        "a shelf came loose in your garden centre and hit my husband on the head, he has a lump",
        # A faint the caller is all right from now.
        "I fainted in the queue for the ferry and banged my knee, I'm fine now but it's swollen",
        # An animal that bit a person.
        "the groomer's terrier bit my daughter on the wrist",
        "my brief will be in touch about the state of my car after your valet",
        # One sign of a chimney fire alone.
        "the stovepipe in the reading room has gone red-hot",
        # Legal threats in the caller's own words and spellings.
        "we r definitely sueing the cinema over this",
        "I am very angry, my abogado will write to you this week",
    ],
)
def test_urgent(text):
    assert assess(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Attacked by what is no person; held back by a rule or a thing.
        "we were being attacked by wasps all through the picnic at your garden centre",
        "I'm being attacked online for a review I left about your cinema",
        "my manager won't let me leave early on Fridays, can I book the late lane?",
        "the self-checkout won't let me out of the loan screen",
        # Nails and teeth as style and care; "caught" of a bus or a cold.
        "can you do gel nails that won't come off after a week?",
        "I've just caught the ferry, will the café be open on board?",
        "she's caught a cold so we'll skip the film tonight",
        # A bite that is no injury; a jump that is no height.
        "the dog bit through its lead in the waiting room, do you sell stronger ones?",
        "I'll jump at the chance of a rooftop table",
        # A working stove.
        "the wood burner in your reading room roars away nicely, lovely and cosy",
        # Legal words with no threat.
        "my abogado friend recommended your ferry service",
    ],
)
def test_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # A blow from a thing with another emergency in the line stays one.
        "a sign fell off the wall and hit my son and now he's not breathing",
        # A blow dealt by a person stays an assault.
        "the bouncer hit my husband in the face just now",
    ],
)
def test_still_emergencies(text):
    assert assess(text).level == "emergency"
