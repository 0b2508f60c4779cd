"""Knowledge-base classes from held-out kb blind54's wrong answers (s49), in the team's own phrasings:
how soon a thing can be got to the caller is its delivery time; a cancellation at the last minute is
a late cancellation; how long ago the caller bought a thing picks no part of an answer (read by
:func:`customario.escalation.kb_question.counts_told`, from the store classes of the same stop); a
service the file does not offer, asked with its price, is not answered from a service that shares one
word with it (:func:`customario.escalation.kb_two_asks.hold_unknown_thing`)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_suggest import suggestion
from customario.escalation.knowledge import search

STORE = "pc_store_support"
SALON = "salon_reception"


def _read(result) -> str:
    """What the agent would read: the confident answer, or the part read after a yes."""
    if result.confident:
        return result.best.get("excerpt") or result.best["answer"]
    offer = suggestion(result)
    return offer["answer"] if offer else ""


@pytest.mark.parametrize(
    "question",
    ["how fast could you get a new motherboard to me?", "how soon can you send the RAM to us"],
)
def test_how_soon_a_thing_can_be_got_to_me_is_its_delivery_time(kb, question):
    read = _read(search(kb, question, campaign=STORE))
    assert "business days" in read and " W" not in read, read


@pytest.mark.parametrize(
    "question", ["what's the charge if I cancel last minute?", "I may have to cancel at the last minute, what then?"]
)
def test_a_cancellation_at_the_last_minute_is_a_late_cancellation(kb, question):
    read = _read(search(kb, question, campaign=SALON))
    assert "50%" in read and "15 minutes" not in read, read


def test_how_long_ago_the_thing_was_bought_picks_no_part(kb):
    read = _read(search(kb, "the SSD I got 3 years ago has died, is it under warranty?", campaign=STORE))
    assert "5 years" in read and "graphics" not in read, read


@pytest.mark.parametrize(
    "question",
    [
        "Do you do grey blending for men, and what would that cost?",
        "Do you do grey coverage for men, and how much is it?",
    ],
)
def test_a_service_not_offered_asked_with_its_price_is_not_answered(kb, question):
    assert not search(kb, question, campaign=SALON).confident


def test_a_service_offered_asked_with_its_price_is_answered(kb):
    result = search(kb, "Do you do balayage, and what does it cost?", campaign=SALON)
    assert result.confident and "$220" in _read(result)
