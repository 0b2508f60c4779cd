"""Legal words read by what they do, from urgency blind21's and
blind24's lines read at the wrong level (development since 5 December 2026 01:00 UTC), in the team's
own words at businesses in no corpus (a removals firm, a kite shop, a wedding florist, a piano
tuner, a farm shop, a campsite, a tyre fitter, a sofa shop): the rules alone, without the
trained model (tests/conftest.py switches it off)."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # the business or its staff reported to the police
        "I'm reporting your removals men to the police for taking my watch from the bedside table.",
        # a complaint taken to a tribunal or a court, also code-switched
        "I'll be lodging a formal complaint with the small claims court if the kite shop doesn't refund me by Friday.",
        "Alors je vais porter plainte contre votre magasin, the florist ruined our wedding.",
        # a lawyer in the family with the papers drawn up
        "My uncle's a barrister and he has the papers drafted already, so you've been warned.",
    ],
)
def test_urgent(line: str) -> None:
    assert assess_rules(line).level == "urgent", line


@pytest.mark.parametrize(
    "line",
    [
        # the caller's own lawyer asking for a paper
        "My solicitor needs an itemised invoice from you for the piano repair, could you send one?",
        "My sister-in-law's a lawyer and she says I'll need a receipt for the tyres for my insurance claim, can you email it?",
        "My probate lawyer wants a written valuation of Dad's piano, do you do those?",
        # a court as a place the caller goes as a witness or a juror
        "Can you book me a cab to the crown court for nine on Monday? I'm a witness.",
        # a lawyer offering services
        "If you ever need a solicitor, my firm does small claims work for campsites, I'll drop a leaflet in.",
        # someone else's suggestion set aside
        "My brother reckons I should take you to court over the late sofa, but honestly I just want it delivered.",
        # a crime reported against someone else
        "Someone stole my bike from outside your farm shop, I'm reporting the theft to the police, do you have CCTV?",
    ],
)
def test_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line


def test_a_lawyer_asking_for_a_paper_for_a_claim_against_the_business_stays_urgent() -> None:
    line = "My solicitor wants copies of your invoices for the claim against you over the flood damage."
    assert assess_rules(line).level == "urgent"


def test_a_suggestion_the_caller_takes_up_stays_urgent() -> None:
    line = "My brother reckons I should take you to court over the late sofa, and I think he's right."
    assert assess_rules(line).level == "urgent"
