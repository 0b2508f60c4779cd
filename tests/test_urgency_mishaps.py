"""The classes behind urgency blind12's urgent and emergency lines taken for normal or over-raised
(customario.escalation.urgency_mishaps, the blind12 additions to urgency_injuries, urgency_frames
and urgency_stories), in the team's own phrasings for businesses that are in no corpus, with near
misses that must stay where they are."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text",
    [
        # A fire spreading.
        "the brazier at the wedding has spread to the hedge and the marquee",
        "your tree surgeon's brash pile fire is out of control, it's jumping to the fence",
        "the barbecue flames have caught onto the gazebo roof",
        "the grass fire by the crematorium car park is spreading towards the chapel",
        # A threat to kill shouted by someone near.
        "the bloke at the next pitch is yelling that he'll kill his girlfriend, she's crying",
        "my neighbour is shouting he's gonna kill her, I can hear things breaking",
        # Gas smelt with someone unwell.
        "there's a strong smell of gas in the piano showroom and my assistant feels faint",
        "gas smell in the flat, my little boy says he's sick and has a headache",
        # The other party of a scene in trouble now.
        "I've reversed your hire van into a cyclist, the other rider is trapped under it and bleeding a lot",
    ],
)
def test_emergencies(text):
    assert assess(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # An electrical part overheating.
        "the plug on the bouncy castle blower has gone brown and soft",
        "the extension cable for the pressure washer is melting where it's coiled",
        "there are scorch marks round the socket in the dog grooming room",
        # Legal action announced in the first person.
        "I'll be suing over the bouncy castle that deflated with my kids in it",
        "I intend to commence proceedings about the damaged piano",
        "I'm lodging a claim with the small claims court about the dead lawn",
        "I shall be making a complaint at the county court about your tree surgeons",
        # Blows by any verb of hitting, joints out, bones broken with the person as subject.
        "I walloped my shin on the bouncy castle's anchor stake, there's a gash",
        "my assistant clonked his head on the crane arm, big lump, not dizzy",
        "the dog walker's lead yanked and my shoulder popped out of its socket",
        "a piano lid slammed down onto my fingers, I think they're broken",
        "a log rolled off the trailer onto my foot, I think it's broken",
        "I think I've fractured my wrist falling off your climbing wall",
        # A blow told with the person all right.
        "a branch your tree surgeon cut hit my husband on the arm, he's bruised but ok",
        "my son hit his head on the slide, there's an egg on his forehead but he's talking normally",
        # A thing with a place phrase between that collapsed, and the injury it caused.
        "the bench in the chapel collapsed under me and I've put my back out",
    ],
)
def test_urgent(text):
    assert assess(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Fire words that are not a fire spreading.
        "the rumour about your prices is spreading fast",
        "word of your closing down sale is spreading fast",
        "the news spread to the whole village that you're closing",
        # A kill said without a raised voice: a figure.
        "my wife is going to kill me when she sees this piano bill",
        # Scorch marks on what is no electrical part.
        "the iron left a scorch mark on my shirt, can I get a refund?",
        # Legal words in the first person that are no threat.
        "I'm not going to sue or anything, I'd just like my deposit back",
        "I'm suing my landlord, could you write me a receipt for the removal?",
        "I'll be suing you if the next tuning isn't this good, honestly love it",
        "I'll be suing... only messing, the dog walker was brilliant",
        # A colour that is a finish, siblings who will "kill each other", a suit against a former owner.
        "can the electrician fit sockets that are black and brass in the crematorium office?",
        "the twins are yelling they're going to kill each other over the bouncy castle",
        "I'm lodging a claim with the tribunal against my former employer, could you confirm my booking dates?",
        # A bump that hurt nobody.
        "the dog walker bumped my arm at the gate and I dropped the lead",
        # Hitting verbs on no body, set phrases.
        "he smacked his lips at the cake samples",
        "you've broken my heart with that quote",
        "I'm banging my head against a brick wall with your booking form",
        # Things that collapsed.
        "the gazebo in the garden collapsed in the wind last night, can you come and take it away?",
    ],
)
def test_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # A blow with signs against the reassurance stays an emergency.
        "my son hit his head on the slide and he's confused and being sick",
        "the man in row 4 collapsed",
    ],
)
def test_stays_emergency(text):
    assert assess(text).level == "emergency"
