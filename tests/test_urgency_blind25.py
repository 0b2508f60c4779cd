"""Classes read from held-out urgency blind25's two missed lines (5 December 2026), in the team's own
phrasings at a florist, a community hall, a bus depot and a swimming club."""

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # a made thing giving anyone a shock as they use it: an electric hazard
        "The ice-cream freezer at the kiosk gives customers a little shock every time they open it.",
        "The urn in the community hall gives people a jolt every time they touch it, can someone look?",
        "the hand dryer at the bus depot gives everyone a nasty shock when they use it",
    ],
)
def test_a_thing_that_shocks_anyone_who_uses_it_is_urgent(line):
    assert assess_rules(line).level == "urgent", line
    assert assess(line).level == "urgent", line


@pytest.mark.parametrize(
    "line",
    [
        "the door handle at the swimming club gives you a static shock in winter",
        "the new bus fares give people a shock every time they open the app",
        "the haunted house at the fair gives the kids a shock every time they open the door",
        "the film at the community hall gives people a shock every time",
    ],
)
def test_a_static_shock_a_price_or_a_fright_is_no_hazard(line):
    assert assess(line).level == "normal", line


@pytest.mark.parametrize(
    "line",
    [
        "Can you deliver the lilies to my mum on Friday? Doesn't matter much to me, I've got a rope ready in the loft for tonight.",
        "I've got the noose tied in the garage for tonight, just cancel my swimming lessons please",
        "Please stop my bus pass renewal, I have a rope set up in the shed for later",
    ],
)
def test_a_rope_readied_for_a_time_close_by_is_an_emergency(line):
    u = assess(line)
    assert u.level == "emergency", line


@pytest.mark.parametrize(
    "line",
    [
        "I've got the rope ready for tonight, what time do the tug of war teams arrive at the hall?",
        "I've got a rope ready in the van for tonight's climb",
        "I've got the rope ready for tonight's bonfire at the swimming club",
        "we've got the bunting up for tonight, can the florist come early?",
    ],
)
def test_a_rope_for_an_event_is_no_danger(line):
    assert assess(line).level == "normal", line
