"""Knowledge-base classes of stop 55 (store and salon questions escalated or read in the wrong part
although the file holds the answer), in the team's own phrasings: the Tagalog respect particle "po"
and an opening "Good day" are courtesies that name nothing asked (``kb_courtesy``)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_courtesy import without_courtesies, without_opening_greeting, without_respect_particle
from customario.escalation.knowledge import search
from kb_profile_helpers import read_best as _read

STORE = "pc_store_support"
SALON = "salon_reception"


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("how long is the warranty po?", "how long is the warranty?"),
        ("Hello po, do you ship today", "Hello, do you ship today"),
        ("Po, are you open Sunday?", "are you open Sunday?"),
        ("Opo. And the price po?", "And the price?"),
    ],
)
def test_the_respect_particle_is_left_out(said, read):
    assert without_respect_particle(said) == read


@pytest.mark.parametrize(
    "said",
    ["do you deliver to a po box?", "Can it go to my P.O. Box", "status of PO 5521", "PO number for my order"],
)
def test_a_po_box_or_a_purchase_order_is_kept(said):
    assert without_respect_particle(said) == said


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Good day, how long is shipping?", "how long is shipping?"),
        ("Good day sir. Is the SSD covered?", "Is the SSD covered?"),
        ("G'day mate, what PSU for a 4060?", "what PSU for a 4060?"),
        ("Hello, good day po! Do you refund?", "Do you refund?"),
    ],
)
def test_an_opening_good_day_is_left_out(said, read):
    assert without_courtesies(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "good day to come in for a colour?",  # no punctuation after it: part of the question
        "Is Saturday a good day for a walk-in?",  # not where the turn opens
        "Good day",  # nothing but the greeting
        "Good evening. How many days does shipping take?",  # only "day" greetings are read
    ],
)
def test_other_good_days_are_kept(said):
    assert without_opening_greeting(said) == said


@pytest.mark.parametrize(
    ("kb_name", "question", "expected"),
    [
        (SALON, "Sir, may I know your cancellation policy po?", "24 hours"),
        (STORE, "Good evening sir, how many watts does the RTX 4060 need po?", "550 W"),
        (STORE, "Good day po. What is your policy on returns and refunds?", "30 days of delivery"),
    ],
)
def test_courteous_questions_are_answered(kb, kb_name, question, expected):
    r = search(kb, question, campaign=kb_name)
    assert r.confident and expected in _read(r), (r.best or {}).get("refused")


def test_a_po_box_question_is_still_not_answered_from_the_shipping_article(kb):
    # the file names no PO boxes: "po" stays a word of the question
    r = search(kb, "Can you ship my order to a PO box po?", campaign=STORE)
    assert not r.confident
