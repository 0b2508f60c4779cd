"""Classes read from blind32's lines the rules got wrong (issue 11; s40urg15), each in the team's own
phrasings on other businesses (a window cleaner, a dog groomer, a solar installer, a tanning salon, a
climbing gym, a ski hire, a nursery):

- a farewell told as being gone by a near time, with letters or goodbyes written, is self-harm
  (:mod:`customario.escalation.urgency_selfharm`); moving or a holiday is an ordinary absence;
- a body part gone a funny shape is a limb out of shape (urgent); a nail or a cake is not;
- an ultimatum ending in proceedings ("fourteen days before I issue proceedings") is a legal threat;
- an eye in agony, eyes that cannot be opened, or snow blindness is an eye injury (urgent);
- an EpiPen left, lost or handed in is lost property, not a reaction.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CASES = [
    ("Cancel the window cleaning please. I've written my goodbyes and I'll be gone by the weekend.", "emergency"),
    ("Please cancel the grooming. I've written letters to the family and I'll be gone by Friday.", "emergency"),
    ("I'm moving to Spain, I'll be gone by the weekend, cancel the milk", "normal"),
    ("I'll be gone by then, I'm on holiday, so deliver it Monday", "normal"),
    ("I slipped on the mat at your climbing gym and my ankle's gone a funny shape", "urgent"),
    ("My nail's gone a weird shape after the gel, can you fix it?", "normal"),
    ("The cake's come out a funny shape, can you still ice it?", "normal"),
    ("You have ten days to fix the solar panel or I issue proceedings.", "urgent"),
    ("My eyes are agony after your tanning bed, they're streaming and I can barely open them", "urgent"),
    ("Snow blind after your ski hire gave me no goggles, it really hurts", "urgent"),
    ("Eye tests are agony for me, can I book a longer slot?", "normal"),
    ("Has anyone handed in an EpiPen? I think I left it at the nursery gate", "normal"),
    ("She's reacting to the nuts, where's the EpiPen?", "emergency"),
]


@pytest.mark.parametrize("text,level", CASES)
def test_level(text, level):
    assert assess_rules(text).level == level, assess_rules(text)
