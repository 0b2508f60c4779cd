"""Harm words in uses that are no harm now (customario.escalation.urgency_uses) and clauses dated
by a season or followed by what is so now, from urgency blind21's and blind24's normal lines raised
by the rules (development since 5 December 2026 01:00 UTC), in the team's own words at businesses in
no corpus (a stove fitter, a cake shop, a garden centre's pond section, a boat chandlery, a minicab
firm, a soft-play centre, a hospital-shift taxi account, a wood-burner sweep): the rules alone,
without the trained model (tests/conftest.py switches it off)."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # a harm to be prevented
        "How often should the flue on a wood burner be cleaned to stop it catching fire?",
        "What guard do you sell so the toddler doesn't burn his hands on the stove?",
        # a look wished for
        "For Halloween I'd like the cake made to look like it's bleeding, can you do red icing drips?",
        # a harm word said of a plant or a made thing
        "My bonsai is drowning, I think I overwatered it, can I repot it with you?",
        "The chandlery surveyor says the deck paint has got blisters, which primer do you stock?",
        # tobacco smoked by a person
        "The minicab reeked of smoke, the driver had obviously been smoking in it, please send another next time.",
        # the hospital as the caller's workplace
        "I finish a night shift at the hospital at seven, can a cab wait at the staff car park?",
        # burning off energy with a word between
        "Is the soft-play frame good for burning off birthday-party energy?",
        # a chimney smoking at its pot
        "The chimney is puffing a bit out of the pot when we light the wood burner, is that normal?",
        # a clause dated by a season, and what is so now after a past event
        "When I sprained my wrist at your soft play in the summer your staff were lovely, so we're booking again.",
        "My dad had a stroke two years ago and can't drive now, can we set up a regular minicab account?",
    ],
)
def test_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line


@pytest.mark.parametrize(
    "line",
    [
        # a harm now beside a prevention word
        "The wood burner has set the rug on fire and we can't stop it burning, the room's full of smoke.",
        # a person drowning, not a plant
        "My little boy is drowning in the garden centre pond, please help!",
        # smoke from a thing on fire, with a smoker named
        "Smoke is pouring out of the minicab bonnet and the driver was smoking in it, we're on the hard shoulder.",
    ],
)
def test_still_emergency(line: str) -> None:
    assert assess_rules(line).level == "emergency", line


def test_what_burns_by_design_is_normal() -> None:
    line = "The stove we bought from you is burning nicely now, do you sell a heat-powered fan for it?"
    assert assess_rules(line).level == "normal"


def test_what_burns_by_design_out_of_hand_stays_an_emergency() -> None:
    line = "A candle was burning on the sill and the curtains have caught, there's smoke everywhere and the kids are upstairs."
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        # a word that is also a body part, or people
        "I stood on the hot plate at the stove shop and the whole heel is blistered.",
        "A fume cloud came off the chandlery's paint store and the crew are choking on it.",
    ],
)
def test_a_body_part_or_people_keep_the_harm(line: str) -> None:
    assert assess_rules(line).level != "normal", line


def test_an_injury_at_the_business_months_back_and_healed_is_normal() -> None:
    line = "My son scalded his hand on your soft-play café's tea urn back in June, it healed fine, but could you fit a guard?"
    assert assess_rules(line).level == "normal"


def test_an_injury_at_the_business_last_week_is_still_reported() -> None:
    line = (
        "My son scalded his hand on your soft-play café's tea urn last week, it's fine now but I want someone to know."
    )
    assert assess_rules(line).level == "urgent"


def test_flames_asked_for_as_a_design_are_normal() -> None:
    line = "For my kart I want the bodywork to look like it's burning, can you airbrush some flames?"
    assert assess_rules(line).level == "normal"


def test_flames_coming_out_stay_an_emergency() -> None:
    line = "Can you help, flames are coming out of the kart's engine and my son's still strapped in?"
    assert assess_rules(line).level == "emergency"


def test_an_injury_at_the_business_last_summer_told_to_report_a_hazard_is_normal() -> None:
    line = "Last summer my daughter grazed her knee on your soft-play slide, just so you know the edge is still sharp."
    assert assess_rules(line).level == "normal"
