"""A letter expected from someone: a legal threat only when the sender has legal standing (issue 11;
s40urg15, from the lead's note "expect a letter from the estate agents about the lease" raised as
urgent, and blind29's relayed "expect the papers from my side"), in the team's own phrasings on other
businesses (a lettings office, a bank, a school, a removals firm, a garden maintenance firm).

:func:`customario.escalation.urgency_counsel.set_aside` drops "expect a letter from <sender>" when
the sender is a word WordNet knows that names no lawyer, court, bailiff or insurer; an unknown name
may be a law firm and stays urgent. "Expect the papers" is a legal threat when a suit or a threat is
named in the line (:mod:`customario.escalation.urgency_threats`).
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "Expect a letter from Hartley and Moss about the van your driver dented",
    "You can expect a letter from the court about the ruined patio",
    "expect a letter from my solicitor",
    "Expect a letter.",
    "My lodger's threatening to sue me over the damp your roofers left, so expect the papers from my end",
]

NORMAL = [
    "You should expect a letter from the lettings office about the renewal next week",
    "Expect a letter from our accountant about the invoice",
    "Expect an email from the school about the trip",
    "Can I expect the papers by seven tomorrow? The paperboy was late again",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
