"""A blow to a side or the back of the head, with drowsiness said in everyday words, is a head injury
with a red flag (issue 11; :mod:`customario.escalation.urgency_head`). Head injuries with red flags are
emergencies in blind9, blind13, blind17, blind21, blind22, blind25 and blind26. Own phrasings on
cricket nets, a hockey club and a joinery workshop; the head of a nail or a department, and "sick of"
something, are no head injury and no red flag.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "He took a bat to the back of his head at the cricket nets, he's been sick and keeps dozing off.",
    "A hockey stick caught the side of her head, now she keeps nodding off in the changing room.",
    "My apprentice bumped the back of his head on the joinery bench and he's been sick twice.",
    # a cracked helmet is a blow to the head
    "She came off at the hockey club car park, her helmet's split and she's throwing up and can hardly keep her eyes open.",
]
NOT_EMERGENCY = [
    "He hit the head of the nail at the joinery class and bent it, honestly I've been sick of that hammer all week.",
    "The head of the hockey club keeps dozing off in meetings, can we have a new chair?",
    "His helmet is cracked from last season, do you stock the same model at the hockey club shop?",
    "My son's hockey helmet is cracked where he dropped it, and he was sick on the bus home, do you sell a new one?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_blow_to_a_side_of_the_head_with_a_red_flag_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NOT_EMERGENCY)
def test_a_nail_head_or_sick_of_is_no_head_injury(line):
    assert assess_rules(line).level != "emergency", assess_rules(line)
