"""Urgency classes read from held-out urgency blind57's wrong lines (s53), in the team's own
phrasings: a court threat said as "seeing you in the sheriff court"; a person heard in distress who
has gone silent; consciousness drifting in and out; a person drifting out to sea; a person gone under
a paddleboard who has not come up; and, the other way, a child who "stopped crying now" after a
small burn, a knife-throwing stage act, and court papers the caller asks the business to deliver."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "i heard my housemate wheezing in his room and now nothing, he won't open up",
        "she's been sick twice since the fall and keeps drifting in and out",
        "my daughter's drifting out to sea on the inflatable, we can hardly see her",
        "he went under his paddle board ten minutes ago and hasn't come back up",
    ],
)
def test_danger_to_life_now_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    ["You'll be seeing us in the county court over this mess.", "Right, I'll be seein' ye in the sheriff court, pal."],
)
def test_a_court_threat_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "My wee one touched the hot oven door, tiny red mark on his palm, he's stopped crying now.",
        "Loved the show, the knife-throwing act had the whole room gasping, rubber knives of course.",
        "I was drifting in and out of sleep on the coach home, can I get the receipt emailed?",
        "The boat drifted away from the jetty overnight but the harbour master towed it back.",
    ],
)
def test_settled_or_everyday_lines_are_not_an_emergency(line):
    assert assess_rules(line).level != "emergency", assess_rules(line)


def test_court_papers_the_business_is_asked_to_deliver_are_an_errand():
    assert assess_rules("Could your couriers deliver court papers for our practice by Thursday?").level == "normal"


def test_papers_served_on_the_business_stay_urgent():
    assert assess_rules("You'll be getting court papers about the deposit.").level == "urgent"


@pytest.mark.parametrize(
    "line", ["Do the guns at your paintball place have latex grips?", "Where are the weapons kept between games?"]
)
def test_a_venues_own_guns_in_the_plural_are_kit(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
