"""Two readers of :mod:`customario.escalation.urgency_unseen_harm` folded into the mechanisms they
duplicated (s48 review): a plan to be gone is two cues of :mod:`customario.escalation.urgency_selfharm`
(an absence told as not existing beside a plan of one's own), and illness through the night after
what a business served is :mod:`customario.escalation.urgency_ailments`' vomiting that goes on after
food or drink. The phrasings are the team's own, with the everyday lines each must leave alone."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "cancel the delivery, I won't be here by then, I've planned it all",
        "he says he won't be around by then and he knows how he's going to do it",
        "I won't be around by then. I've made my mind up.",
        "I won't be here to open it, I've worked it all out",
    ],
)
def test_an_absence_beside_a_plan_is_an_emergency(line: str) -> None:
    assert assess_rules(line).level == "emergency", line


@pytest.mark.parametrize(
    "line",
    [
        "I won't be around by then, I've got it all planned, a fortnight away with the grandchildren",
        "I won't be here to collect it, I've got it all planned, three weeks in Portugal",
        "I won't be around by then, I'm on a work trip, it's all planned",
        "I've got it all planned for her birthday, can I book the big table",
        "I won't be around next Tuesday, can we move it",
    ],
)
def test_an_absence_with_an_ordinary_reason_stays_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line


@pytest.mark.parametrize(
    "line",
    [
        "both of us were doubled up all night after the curry we had at yours",
        "my husband's had cramps since he drank the cider you served on Friday",
        "I've been sick through the night after the pies you sold me",
        "the whole table has had diarrhoea since Saturday's lunch",
    ],
)
def test_illness_through_the_night_after_what_was_served_is_urgent(line: str) -> None:
    assert assess_rules(line).level == "urgent", line


@pytest.mark.parametrize(
    "line",
    [
        "I've been off sick since Monday so I missed the cooking class",
        "I'm sick of waiting since last week for my refund on the cake stand",
        "can I book the function room for lunch, we've been planning since January",
        "we had the curry at yours last night and it was lovely, can I book again",
    ],
)
def test_sick_of_off_sick_and_good_meals_stay_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line
