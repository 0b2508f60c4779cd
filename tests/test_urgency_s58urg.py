"""Urgency classes read from the misses of urgency blind68 and blind65 (s58urg), each in the team's own phrasings on
other topics: the level is asserted by the rules alone and with the trained model, and each class has a near
neighbour that must keep its level."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules
from customario.escalation.urgency_normalise import normalise


@pytest.mark.parametrize(
    "said, plain",
    [
        # dropped h's and "an'" (urgency_normalise._dropped_h)
        ("get 'im off the road an' tell 'er", "get him off the road and tell her"),
        ("'e's gone white", "he's gone white"),
        # the Black Country negatives after a subject
        ("'er ay movin'", "she isn't moving"),
        ("they ay answering", "they aren't answering"),
        ("an' 'e cor lift 'is arm", "and he can't lift his arm"),
        ("it wo start", "it won't start"),
        # ... and not the greeting nor the Australian tag
        ("ay up, are you open Sunday?", "ay up, are you open sunday?"),
        ("that was a good one, ay.", "that was a good one, ay."),
        # "-ish" on a wound's size is a hedge; on a colour it names a shade
        ("a longish gash on his shin", "a long gash on his shin"),
        ("the paint's bluish", "the paint's bluish"),
    ],
)
def test_normalised(said: str, plain: str) -> None:
    assert normalise(said) == plain


@pytest.mark.parametrize(
    "text, level",
    [
        # Black Country and dropped-h speech read as English (urgency_normalise)
        ("the gate post's fell on me nan an' 'er ay breathin' proper", "emergency"),
        ("'e slipped off the roof an' now 'e cor move 'is arms", "emergency"),
        ("ay up, 'e cor make Tuesday, can we do Wednesday?", "normal"),
        # a person gone under and not come back up, the water unnamed (urgency_reading)
        ("one of the surfers went under off the point and hasn't come back up", "emergency"),
        ("the patient went under the anaesthetic fine and hasn't come back up to the ward yet", "normal"),
        # a person thrown into a hard thing by someone here, bleeding or still going (urgency_told_now)
        ("a customer has just slammed the cashier against the counter, she's bleeding and he won't stop", "emergency"),
        ("the removal lad pushed the wardrobe against the wall, is there a charge for that?", "normal"),
        # a rechargeable thing swollen (urgency_ailments)
        ("the rechargeable fan we bought has gone puffy down one side", "urgent"),
        ("the wand of the blinds is sticking, is the charger supposed to get warm?", "normal"),
        # ear ringing with pain after bells (urgency_hearing)
        ("my son's ear's been aching and ringing since he stood by the church bells", "urgent"),
        ("can we hear the bells ringing from the garden at the reception?", "normal"),
        # a kept animal's paw crushed with distress, or cut open (urgency_pets)
        ("the shutter came down on our collie's paw, he's whimpering and holding it up", "urgent"),
        ("our spaniel had his paw trodden on by one of your horses, he's crying and hopping", "urgent"),
        ("our donkey ran through the wire fence and she's cut to ribbons on her legs", "urgent"),
        ("my greyhound loves the garden, but our lawnmower cut up the flower beds, can you re-turf?", "normal"),
        # pins and needles that last (urgency_told_now)
        (
            "since the osteopath clicked my neck I've had pins and needles down to my fingers that won't go away",
            "urgent",
        ),
        ("I sometimes get pins and needles after sitting cross-legged, is yoga okay for me?", "normal"),
        # a flap of skin is an open wound, whoever has it (urgency_told_now)
        ("the clipper blade took a flap of skin off our poodle's ear, can a vet see her today?", "urgent"),
        ("the tent flap keeps blowing open, can you send a pegging kit?", "normal"),
        # metal fume fever (urgency_exposures)
        ("I was brazing brass all afternoon and now I'm shivery with a metallic taste", "urgent"),
        ("is there a welding course that covers galvanised steel?", "normal"),
        # a body part "landed on" is a fall, not a person crushed (urgency_plights)
        ("I tripped on your step and landed on my hand, it's swelling up", "urgent"),
        # a death in hospital names where it happened (urgency_over, urgency_normalise)
        ("my granny she die in the hospital on Friday, what certificate you need?", "normal"),
        ("my grandad passed away in hospital last night, can we arrange a viewing?", "normal"),
    ],
)
def test_level(text: str, level: str) -> None:
    assert assess_rules(text).level == level, assess_rules(text)
    assert assess(text).level == level, assess(text)
