"""A length asked is not a wait, and a wait asked is not a length (issue 11, helper kb20, 5 December
2026), on a made-up nail bar's profile (:mod:`customario.escalation.kb_lag`)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_import import import_articles
from customario.escalation.kb_lag import other_duration
from customario.escalation.knowledge import search

CAMPAIGN = "nail_bar"
PROFILE = """
business:
  name: Copper Nail Bar
  phone: "+1 312 555 0177"
hours:
  mon: closed
  tue: "10:00-19:00"
  wed: "10:00-19:00"
  thu: "10:00-20:00"
  fri: "10:00-20:00"
  sat: "09:00-17:00"
  sun: closed
services:
  - {name: Gel manicure, price_cents: 3500, duration_min: 60}
  - {name: Acrylic full set, price_cents: 5500, duration_min: 90}
  - {name: Spa pedicure, price_cents: 4500, duration_min: 75}
staff:
  - {name: Ines Duarte, role: nail technician, specialties: [nail art, acrylics]}
location:
  address: 400 Clark Street, Chicago, IL 60610
policies:
  allergy: A nail-strength check is needed 24 hours before a first acrylic set.
  cancellation: Please cancel at least 12 hours ahead.
"""


@pytest.fixture
def bar(db, tmp_path):
    path = tmp_path / "nails.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    import_articles(db, path, campaign=CAMPAIGN)
    return db


@pytest.mark.parametrize(
    "text",
    [
        "After a gel manicure, how long before I can go swimming?",
        "how long after the spa pedicure until I can wear closed shoes",
        "How long does the strength check itself take?",
    ],
)
def test_another_duration_is_not_answered(bar, text):
    result = search(bar, text, campaign=CAMPAIGN)
    assert not result.confident
    assert (result.best.get("refused") or "").startswith("near miss")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("How long does a gel manicure take?", "60 minutes"),
        ("How long before my first acrylic set do I need the strength check?", "24 hours"),
    ],
)
def test_the_duration_asked_is_still_answered(bar, text, fact):
    result = search(bar, text, campaign=CAMPAIGN)
    assert result.confident
    assert fact in (result.best.get("excerpt") or result.best["answer"])


def test_other_duration_unit():
    service = "Gel manicure is $35 and takes about 60 minutes."
    assert other_duration("how long before I can swim after a gel manicure?", "service", service)
    assert other_duration("how long does a gel manicure take?", "service", service) is None
    # A part that states the wait answers it ("within 30 days of delivery").
    assert other_duration("how long after delivery can I send it back?", "faq", "within 30 days of delivery") is None
    lead = "A strength check is needed 24 hours before a first acrylic set."
    assert other_duration("how long does the strength check itself take?", "policy", lead)
    assert other_duration("how long before the set do I need the check?", "policy", lead) is None
