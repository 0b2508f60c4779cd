"""Salon and learned questions of stop 48 (issue 11), phrasings our own.

Classes of failure found on kb blind50 and blind51 and fixed as rules for callers in general:

- two days asked together ("sat/sun", "thurs and fri") are read from the week's hours, not one
  day's (:func:`customario.escalation.kb_hours.days_asked`);
- one question asked of two things, its preposition repeated ("your policy on cancelling and on
  being late") is two asks, each answered (:mod:`customario.escalation.kb_two_asks`);
- a count asked ("how many stylists?") or a price difference ("do I pay less if ...?") is answered
  with a number or not at all (:mod:`customario.escalation.kb_count`);
- a parking lot or structure is the garage, not the street parking;
- Wi-Fi by the names callers give it ("wifi", "internet I can use") and a learned question's "for
  customers" (no subject of its own) find a supervisor's learned Wi-Fi answer.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_articles import upsert_article
from customario.escalation.kb_count import counted_noun
from customario.escalation.kb_hours import days_asked
from customario.escalation.knowledge import search

SALON = "salon_reception"


def _answer(kb, text: str) -> str | None:
    result = search(kb, text, campaign=SALON)
    return (result.best.get("excerpt") or result.best["answer"]) if result.confident else None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("are you open sat/sun", {"saturday", "sunday"}),
        ("what time do you open thurs & fri?", {"thursday", "friday"}),
        ("Tuesday or Wednesday, which is quieter?", {"tuesday", "wednesday"}),
        ("I sat in traffic for an hour, are you open Sunday?", {"sunday"}),
        ("I work Monday to Friday. When do you open on Saturday?", {"saturday"}),
    ],
)
def test_days_asked_reads_short_days_only_in_pairs_and_only_of_the_ask(text, days):
    assert days_asked(text) == days


@pytest.mark.parametrize("text", ["r u open sat n sun?", "what are your hours on saturday and sunday"])
def test_two_days_asked_are_both_answered(kb, text):
    answer = _answer(kb, text)
    assert answer is not None
    assert "Saturday" in answer and "Sunday" in answer


def test_one_question_of_two_policies_answers_both(kb):
    answer = _answer(kb, "what is your policy on cancelling and on arriving late?")
    assert answer is not None
    assert "24 hours" in answer and "15 minutes" in answer


@pytest.mark.parametrize(
    ("text", "noun"),
    [("How many hairdressers are there?", "hairdressers"), ("how many of your staff do colour", None)],
)
def test_counted_noun(text, noun):
    assert counted_noun(text) == noun


def test_a_count_of_the_team_is_a_number(kb):
    answer = _answer(kb, "How many stylists have you got working there?")
    assert answer is not None and answer.startswith("Four")


def test_a_count_the_answer_does_not_state_is_held_back(kb):
    result = search(kb, "how many colourists do you have?", campaign=SALON)
    assert not result.confident


@pytest.mark.parametrize("text", ["any parking lot close by?", "is there a structure or garage to park in?"])
def test_a_lot_or_structure_is_the_garage(kb, text):
    answer = _answer(kb, text)
    assert answer is not None and "garage" in answer and "metered" not in answer


def test_a_lot_as_a_quantity_is_no_parking(kb):
    answer = _answer(kb, "do you get a lot of walk-ins on Saturdays?")
    assert answer is None or "garage" not in answer


@pytest.mark.parametrize("text", ["what's the wi fi password?", "any free internet access?"])
def test_learned_wifi_found_by_callers_words(kb, text):
    learned, _ = upsert_article(
        kb,
        "Is there Wi-Fi for clients?",
        "Yes, free guest Wi-Fi; the password is at the front desk.",
        campaign=SALON,
        source="supervisor",
        by="test",
    )
    result = search(kb, text, campaign=SALON)
    assert result.best is not None and result.best["id"] == learned["id"]
    assert result.confident


def test_learned_wifi_keeps_off_a_near_miss(kb):
    learned, _ = upsert_article(
        kb,
        "Is there Wi-Fi for clients?",
        "Yes, free guest Wi-Fi; the password is at the front desk.",
        campaign=SALON,
        source="supervisor",
        by="test",
    )
    result = search(kb, "Can I charge my phone while I wait?", campaign=SALON)
    assert not (result.confident and result.best["id"] == learned["id"])


def test_a_price_difference_the_answer_does_not_state_is_held_back(kb):
    result = search(kb, "Would I pay less with a junior stylist doing my cut?", campaign=SALON)
    assert not result.confident


def test_a_price_difference_the_answer_states_is_answered(kb):
    answer = _answer(kb, "is a men's cut cheaper than a women's cut?")
    assert answer is not None and "$40" in answer


@pytest.mark.parametrize(
    "text", ["Will you deliver to my P.O. box?", "I only get mail at a post office box, is that ok?"]
)
def test_learned_po_box_found_however_written(kb, text):
    learned, _ = upsert_article(
        kb,
        "Do you deliver to PO boxes?",
        "Yes, by USPS only; express is not available for PO boxes.",
        campaign="pc_store_support",
        source="supervisor",
        by="test",
    )
    result = search(kb, text, campaign="pc_store_support")
    assert result.best is not None and result.best["id"] == learned["id"]
