"""A person gone overboard or pulled under or away by moving water is an emergency (from held-out
urgency blind15's two missed lines, 4 December 2026, read as a class and tested in the team's own
phrasings at a canal-boat hire, a lido and a fishing charter); figures of speech with the same
words stay normal."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "My husband's gone overboard off the back of the narrowboat and he can't swim",
        "Someone fell overboard from the charter boat about five minutes ago",
        "Man overboard, we're by the second lock",
        "The tide dragged her out past the groyne and we've lost sight of her",
        "My little boy got sucked under by the current at the weir",
        "The rip pulled my friend away from the beach, she's waving",
    ],
)
def test_a_person_in_moving_water_is_an_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "I think I went a bit overboard with the order, can I cancel two of the fishing rods?",
        "We went overboard on decorations for the launch party, do you have a bin bag?",
        "The café next door is going under, are you taking over their lease?",
        "Is the current timetable for the boat trips on your website?",
    ],
)
def test_figures_of_speech_about_water_stay_normal(line):
    assert assess_rules(line).level == "normal"
