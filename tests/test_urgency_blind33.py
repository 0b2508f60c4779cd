"""Classes read from held-out urgency blind33's missed lines (5 December 2026), in the team's own
phrasings (a cookery school, a football club, a picture framer, a courier), each with near misses
that must keep their level (customario/escalation/urgency_told_now.py)."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "Our coach collapsed by the goalposts and he doesn't seem to be breathing, what do I do?",
        "my nan's slumped in her chair and she doesn't look like she's breathing",
        "My boyfriend's just punched me and he says he'll kill me when he gets home",
        "sorry to ring about the class but my husband has just hit me and he's on his way back",
        "someone's kicking on our front door and now he's trying the lock, he knows we're in",
        "a stranger is pounding on the kitchen window and now he's trying the back door, we're hiding",
        "A wall's collapsed onto the road and there's a van underneath with the driver still inside shouting",
    ],
)
def test_emergencies_told_by_their_signs(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "I'm taking youse to the small claims court if my frame isn't back by Monday",
        "I've got the money claim ready and I'll file it unless the refund lands by Friday",
        "My lad's had headaches every morning since he banged his head in the match",
        "There's a dark shadow creeping across the vision in my left eye since this morning",
        "One of the volunteers trod on a syringe in the hedge clearing up after the fete",
    ],
)
def test_urgent_lines_told_by_their_signs(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "He doesn't seem to be breathing any easier with the new inhaler, can I move my lesson?",
        "My son's just beat me at chess and says he'll do worse when he's back from uni",
        "The locksmith is trying the back door now, he's banging on the door frame to free it",
        "The plasterer was banging all morning, now he's trying the back window frame for size",
        "A tree's come down across the lane, no cars under it, can you move my delivery?",
        "Is the money claim form something I fill in by Friday?",
        "I had headaches since the crash years ago but they're gone now",
        "The framer sent a shower of dots in the glitter mount, can I swap it?",
        "Can you sew a needle into the hem of my jersey?",
    ],
)
def test_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
