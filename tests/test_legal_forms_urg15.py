"""Legal action announced in other forms is urgent: the remedies of the law pursued, redress sought, a
claim of any kind at a tribunal or against the business, filing soon with a case said, and the
threat in the passive ("you're going to get sued"); a claim against someone else, a joke, or filing
tax is not (issue 11; :func:`customario.escalation.urgency_mishaps.legal_intent`). Own phrasings on
deposits, florists, removal firms, escape rooms, garden centres and go-kart tracks; legal threats
are urgent in every corpus, and blind26 told these four forms.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "Unless the deposit is returned by Monday we shall pursue all legal remedies open to us",
    "If the florist doesn't refund the wedding flowers, I'll be seeking legal redress",
    "You're going to get sued over this, the removal men smashed my piano",
    "ur gonna get sued, my uncle does this for a living",
    "I'll be bringing an unfair dismissal claim at tribunal against your escape room",
    "We are filing a claim against the garden centre next week for the damaged car",
    "My son's training as a solicitor and he says we've got grounds, we're lodging the claim on Friday",
]
NORMAL = [
    "My son's training as a solicitor, can he do work experience at your garden centre?",
    "We're filing our tax return next week so can you send the invoice?",
    "I'm bringing a claim against my former employer at tribunal, can I book a quiet room for the hearing prep?",
    "lol I'd sue you for how good those chips are",
    "Your gonna love the new rides, can I book tickets?",
]


@pytest.mark.parametrize("line", URGENT)
def test_legal_action_in_other_forms_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_a_claim_elsewhere_a_joke_or_a_tax_return_is_not(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
