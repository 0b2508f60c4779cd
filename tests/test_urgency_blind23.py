"""Classes from the four urgent or emergency lines of held-out urgency blind23 taken for normal
(5 December 2026, read after its first contact and transfer were counted), in the team's own
phrasings on other topics (a crazy-golf course, a hotel steam room, a kitchen fitter, theatre
tickets), with near misses:

- a thing told by its look ("with what looks like a real shotgun") is read as the thing, and a
  weapon carried is shown with menace when the carrier is yelling too; a toy's ("a water pistol")
  or the caller's own ("clay shooting with my shotgun") is none;
- a threat typed with its g dropped ("im takin u to court", "suin", "reportin") is a threat;
- the means set out before the caller ("the tablets are right here beside me") is a strong
  self-harm cue, and "I won't be around by then" beside a cancellation a weak one: together an
  emergency, each alone not;
- overheating in a hot soak: a steam room, sauna, hot tub or bath, its heat told, and a sign now
  (confused, drowsy, cannot get out) is an emergency (NHS heatstroke advice).
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text, level",
    [
        (
            "A lad's come onto the crazy golf course with what looks like a real shotgun and he's yelling at the kids",
            "emergency",
        ),
        ("someone's in reception with what appears to be a machete, threatening the staff", "emergency"),
        ("my putter came back with what looks like a dent in the shaft", "normal"),
        ("the kids were yelling round the course with a water pistol all afternoon", "normal"),
        ("I went clay shooting with my shotgun and my mate was yelling the scores, any gift vouchers?", "normal"),
        ("if u dont fit the worktop by friday im takin u to court", "urgent"),
        ("ur fitter broke my sink, im suin", "urgent"),
        ("im takin my mum to the crazy golf on sunday, do u do concessions", "normal"),
        (
            "Please cancel my theatre tickets for Friday, I won't be around by then. The tablets are right here beside me.",
            "emergency",
        ),
        ("Cancel my theatre tickets for Friday please, I won't be around by then.", "normal"),
        ("The tablets are right here beside me, which one do I take with food?", "normal"),
        # "I won't be around by then, we're moving to Glasgow, so cancel the tickets": the rules keep it
        # normal; the model retrained at 08:09 UTC on 6 December raises it to urgent
        # (tests/test_urgency_model.py KNOWN_FALSE_ALARMS).
        (
            "The steam room at the hotel is stuck on too hot and my grandad's been in there for ages, he's gone drowsy",
            "emergency",
        ),
        ("my wife's been in the sauna too long, the thermostat's broken and she can't get herself out", "emergency"),
        ("the hot tub's stuck at 42 degrees, can you send someone to look at the thermostat?", "normal"),
        ("my daughter's been in the bath for ages and she's confused about her maths homework", "normal"),
    ],
)
def test_blind23_classes(text, level):
    assert assess(text).level == level


# Found by probing the self-harm means rule while reading blind23 (5 December 2026): one's own
# medicine taken, brought or counted as usual had been an emergency ("I took my tablets this
# morning"); all of it, or set out, still is.
@pytest.mark.parametrize(
    "text, level",
    [
        ("I took my tablets this morning, can I still have the sports massage?", "normal"),
        ("I've got my tablets with me for the coach trip, anything else to bring?", "normal"),
        ("I counted the tablets from the chemist and there are only 26, not 28", "normal"),
        ("I've got all my pills out on the kitchen table", "emergency"),
        ("I've counted out the tablets, cancel my gym membership", "emergency"),
        ("I took all my tablets", "emergency"),
        ("book the engraving for me, I have the pills saved up", "emergency"),
    ],
)
def test_ones_own_medicine_as_usual_is_no_means_at_hand(text, level):
    assert assess(text).level == level
