"""Urgency classes read from held-out urgency blind47's lines taken for normal (s48): the readers of
:mod:`customario.escalation.urgency_unfolding`, a firearm as the means at hand and the outside of a
railing over water in :mod:`customario.escalation.urgency_selfharm`, and "see the lot of you in
court". The phrasings are the team's own, with the everyday lines each rule must leave alone."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "there's a lad by the door who's threatening to stab the doorman, can someone come",
        "a customer is threatening to bottle one of the staff right now",
        "my dad's gone down on the seventh green, he's grey and clammy",
        "one of the runners collapsed at the finish and she's not really with us",
        "the bonfire's spread into the gorse and it's heading for the caravans",
        "the barbecue has caught the hedge and the fire's jumping tree to tree",
        "my daughter slipped into the deep end and we can't see her",
        "a man fell into the harbour off the slipway and he hasn't come back up",
        "I'm sitting in the car with my shotgun loaded, I've said my goodbyes",
        "a lad is standing on the outside of the railing on the jetty saying he'll jump",
    ],
)
def test_emergencies_as_they_unfold(line: str) -> None:
    assert assess_rules(line).level == "emergency", line


@pytest.mark.parametrize(
    "line",
    [
        "the plug on the kettle went with a bang and now the socket is all scorched",
        "I switched the fan on, there was a flash and the outlet's gone black",
        "the electric fence unit by the gate is smashed and there's a loose wire where the kids are walking",
        "if you cancel my booking I'll be seeing the whole lot of you in court",
    ],
)
def test_urgent_as_they_unfold(line: str) -> None:
    assert assess_rules(line).level == "urgent", line


@pytest.mark.parametrize(
    "line",
    [
        "he threatened to sue us last year but nothing came of it",
        "prices have gone down since the summer, can I rebook",
        "my husband's gone down with flu so we need to cancel Saturday",
        "we'd love a bonfire night event, can the fire pit go on the grass",
        "my daughter jumped into the deep end for the first time today, she loved it",
        "I'm bringing my shotgun for the clay shoot on Sunday, where do I sign in",
        "the socket plate is black, do you do white ones",
        "can you fix a loose wire on my electric fence next week",
        "the kids fell in the pool during the lesson and we could see them laughing",
    ],
)
def test_everyday_lines_stay_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line
