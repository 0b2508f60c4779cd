"""The class behind one of held-out kb blind40's wrong answers (6 December 2026), on the salon's
profile and a made-up bike workshop's, in phrasings written here: a turn that names one day and asks two things
of it ("Thursdays: when do you open and when do you close?") reads that day for both asks, not the
day for the first and the whole week for the second
(:func:`customario.escalation.kb_two_asks.answer_each_ask`); an ask that names days of its own
keeps them."""

from __future__ import annotations

import pytest

from customario.escalation.knowledge import search
from tests.kb_profile_helpers import load_profile, said

PROFILE = """\
business:
  name: Spoke and Chain Workshop
  phone: "+1 503 555 0142"
  timezone: America/Los_Angeles
hours:
  mon: closed
  tue: "08:00-16:00"
  wed: "08:00-16:00"
  thu: "12:00-20:00"
  fri: "08:00-16:00"
  sat: "09:00-13:00"
  sun: closed
services:
  - {name: Puncture repair, price_cents: 1500, duration_min: 20}
  - {name: Full service, price_cents: 9000, duration_min: 120}
location:
  address: 12 Alder Street, Portland, OR 97205
parking: Bike racks out front; car parking on the street.
"""
CAMPAIGN = "spoke_and_chain"


@pytest.fixture
def workshop(db, tmp_path):
    return load_profile(db, tmp_path, PROFILE, CAMPAIGN)


def _answer(db, question: str) -> str | None:
    return said(db, question, CAMPAIGN)


@pytest.mark.parametrize(
    "question",
    [
        "Thursdays: when do you open and when do you close?",
        "thursday - what time do you open and what time do you shut?",
        "On Thursdays, when do you open and when do you close up?",
    ],
)
def test_one_day_named_is_read_for_both_asks(workshop, question):
    answer = _answer(workshop, question)
    assert answer and "12 pm" in answer and "8 pm" in answer
    assert "Tuesday" not in answer and "4 pm" not in answer


def test_an_ask_naming_days_of_its_own_keeps_them(workshop):
    answer = _answer(workshop, "Are you open Sundays, and what time do you close on weekdays?")
    assert answer and "Sunday" in answer and "4 pm" in answer


@pytest.mark.parametrize(
    "question",
    [
        "Fridays: when do you open and when do you close?",
        "tuesday - what time do you open and what time do you close",
    ],
)
def test_one_day_named_is_read_for_both_asks_at_the_salon(kb, question):
    result = search(kb, question, campaign="salon_reception")
    said = result.best.get("excerpt") or result.best["answer"]
    assert result.confident and "Monday" not in said and "Saturday" not in said
