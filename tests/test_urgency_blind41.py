"""Urgency, from held-out urgency blind41's missed lines read as classes after the stop's
development work (issue 11, 6 December 2026). Our own phrasings:

- hopelessness with an absence told by the care the caller won't be there to give ("I won't be
  here to feed him") is self-harm (two cues); the same absence for a holiday is not;
- at the water now and about to walk in, said in the first person to close the sentence, is
  self-harm; wading out for a ball is not;
- a kept animal rolling, or kicking or looking round at its belly or flank, shows colic signs:
  urgent (the vet's, not 911's); a horse rolling in the sun is not;
- a lawyer in the family (a relative named in three words: "brother in law") and "we're coming
  after you" is a legal threat; the same relative coming for a lesson is not.
Left to the model (read, not changed in the rules): a swelling "massive and purple" with a foot
that cannot bear weight, a nosebleed running twenty minutes, insulin injected into oneself by
mistake, and electrics fizzing or a light hanging near a hot tub.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "I just don't see the point any more, cancel the cat's food order, I won't be here to feed him",
        "Sorry it's late. I'm stood by the river and I'm going to walk in.",
    ],
)
def test_self_harm_told_by_absence_or_by_the_water(line):
    assert assess_rules(line).level == "emergency"
    assert assess(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "I won't be here to feed the cat next week, we're away in Spain, can you hold the order?",
        "I'm stood by the water and I'm going to wade out and get the ball, it's only shallow",
    ],
)
def test_an_ordinary_absence_or_a_paddle_is_not(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "Our pony in your field keeps rolling and biting at his flank, can someone look at him?",
        "my gelding is kicking at his belly and won't eat",
        "My cousin's husband's a solicitor and we're coming after you for the damage to the van",
        "my sister in law is a solicitor and she's coming for you over the refund",
    ],
)
def test_colic_signs_and_a_relative_lawyer_in_pursuit_are_urgent(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "the horse was rolling in the paddock, loving the sun",
        "my brother in law's a solicitor and he's coming for a lesson on Saturday",
    ],
)
def test_a_rolling_horse_or_a_visiting_lawyer_is_normal(line):
    assert assess_rules(line).level == "normal"
