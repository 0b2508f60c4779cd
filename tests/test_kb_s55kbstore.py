"""Knowledge-base classes of stop 55 (store and salon questions escalated or read in the wrong part
although the file holds the answer), in the team's own phrasings: the Tagalog respect particle "po"
and an opening "Good day" are courtesies that name nothing asked (``kb_courtesy``)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_courtesy import without_courtesies, without_opening_greeting, without_respect_particle
from customario.escalation.kb_dialect import scots_spellings
from customario.escalation.kb_texting import dropped_g
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


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("shippin cost?", "shipping cost?"),
        ("any parkin near you", "any parking near you"),
        ("i'm gettin' a new psu", "i'm getting a new psu"),
        ("still workin on returnin it", "still workin on returning it"),  # "work-in" is a word of its own
    ],
)
def test_a_dropped_g_is_spelled_out(said, read):
    assert dropped_g(said) == read


@pytest.mark.parametrize(
    "said",
    ["is a walkin ok?", "what's the tradein value", "returned within the month", "keratin treatment", "a plugin"],
)
def test_words_ending_in_in_are_kept(said):
    assert dropped_g(said) == said


def test_a_texted_shipping_time_reads_the_shipping_times(kb):
    r = search(kb, "how long is shippin usually??", campaign=STORE)
    assert r.confident and "3 to 5 business days" in _read(r), (r.best or {}).get("refused")


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("How lang's the warranty on a caird?", "How long's the warranty on a card?"),
        ("open on a Setterday efter twelve?", "open on a saturday after twelve?"),
        ("whaur dae ah park", "where dae ah park"),
    ],
)
def test_scots_spellings_of_content_words_are_read_as_english(said, read):
    assert scots_spellings(said) == read


def test_english_words_like_the_scots_ones_are_kept():
    assert scots_spellings("a language of boots, a half-lane") == "a language of boots, a half-lane"


def test_a_scots_delivery_question_is_answered(kb):
    r = search(kb, "how lang will standard delivery take, roughly?", campaign=STORE)
    assert r.confident and "3 to 5 business days" in _read(r), (r.best or {}).get("refused")


@pytest.mark.parametrize(
    "question",
    ["my graphics card broke after a year, am I covered?", "the ssd broke down within two months, warranty?"],
)
def test_a_part_that_broke_some_time_after_it_came_reads_the_warranty(kb, question):
    r = search(kb, question, campaign=STORE)
    read = _read(r)
    assert r.confident and ("manufacturer's warranty" in read or "years for" in read), (r.best or {}).get("refused")


def test_a_broke_caller_is_no_broken_part(kb):
    r = search(kb, "I'm broke after rent this month, can I pay for a GPU later?", campaign=STORE)
    assert not r.confident or "warranty" not in _read(r)
