"""Knowledge-base classes of stop 54 (store paraphrases only offered, escalated or read half although
the file holds the answer), in the team's own phrasings: politeness and hedging markers, forms of
address and texting shorthand name nothing asked; nouns that ask for a span of time weigh as "how
long" does; "warrantee" is the warranty; a clause of the elliptic shipping sentence is read with its
unit, or the whole sentence when the caller names both items; the cost of a return's postage or
label, asked in other words, reads the prepaid label."""

from __future__ import annotations

import pytest

from customario.escalation.kb_clauses import elliptic_part
from customario.escalation.kb_words import STOPWORDS, WEAK_TERMS, terms
from customario.escalation.knowledge import search
from kb_profile_helpers import read_best as _read

STORE = "pc_store_support"
SHIPPING = (
    "Orders placed before 2 pm Eastern ship the same business day from our east or west warehouse. "
    "Standard shipping takes 3 to 5 business days, express 1 to 2. Every shipped order has a UPS or "
    "USPS tracking number."
)
TOPIC = "How long does shipping take and which carriers do you use?"


@pytest.mark.parametrize("word", ["kindly", "wondering", "possibly", "lads", "yo", "bruh", "rn", "smth"])
def test_markers_of_politeness_and_texting_are_stop_words(word):
    assert word in STOPWORDS


@pytest.mark.parametrize("word", ["sorry", "give"])
def test_a_correction_marker_and_a_verb_of_giving_still_count(word):
    # "Thursday... no, sorry, Wednesday" corrects; "do you give refunds in cash?" asks of a tender
    assert word not in STOPWORDS


def test_a_question_keeps_its_content_words_without_the_markers():
    assert terms("Kindly let me know, I was wondering, what warranty is on SSDs") == ["warranty", "ssds"]


@pytest.mark.parametrize("word", ["period", "timeline", "timeframe"])
def test_nouns_asking_for_a_span_of_time_are_weak_terms(word):
    assert word in WEAK_TERMS


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what sort of warranty is there, lads?", "manufacturer's warranty"),
        ("Hey, I was wondering what warranty you have", "manufacturer's warranty"),
        ("what is the warrantee on an nvme ssd?", "5 years for SSDs"),
        ("Kindly tell me, do orders ship the same day?", "same business day"),
    ],
)
def test_marked_or_misspelt_store_questions_are_answered(kb, question, expected):
    r = search(kb, question, campaign=STORE)
    assert r.confident and expected in _read(r), (r.best or {}).get("refused")


@pytest.mark.parametrize(
    "question",
    [
        "Kindly tell me, is there a warranty on keyboards bought secondhand?",  # an unknown product
        "I was wondering, do you do price matching against other shops?",  # a service no article names
    ],
)
def test_near_misses_with_the_markers_are_still_not_answered(kb, question):
    assert not search(kb, question, campaign=STORE).confident


@pytest.mark.parametrize(
    ("question", "part", "expected"),
    [
        # one item named: its clause, with the unit the clause leaves out
        ("express is how many days?", "Express 1 to 2.", "Express 1 to 2 business days."),
        # both named: the whole sentence, though the excerpt was cut to one clause
        (
            "how quick is standard post, and express?",
            "Express 1 to 2.",
            "Standard shipping takes 3 to 5 business days, express 1 to 2.",
        ),
        # neither named, or not a clause of that sentence: unchanged
        ("how fast do you post things?", "Express 1 to 2.", "Express 1 to 2."),
        ("what carrier?", "Every shipped order has a UPS or USPS tracking number.", None),
    ],
)
def test_a_clause_of_the_elliptic_sentence_is_read_with_its_unit_or_whole(question, part, expected):
    assert elliptic_part(question, SHIPPING, part, TOPIC) == (expected or part)


@pytest.mark.parametrize(
    "question",
    ["how many days is express delivery, and standard?", "Standard delivery and express, how long for each"],
)
def test_both_shipping_speeds_asked_read_both_figures(kb, question):
    r = search(kb, question, campaign=STORE)
    assert r.confident
    assert "3 to 5 business days" in _read(r) and "express 1 to 2" in _read(r).lower()


def test_express_alone_reads_its_days(kb):
    r = search(kb, "how long does express delivery take?", campaign=STORE)
    assert r.confident and _read(r) == "Express 1 to 2 business days."


@pytest.mark.parametrize(
    "question",
    [
        "How fast is express shipping normally?",  # "normally" is an adverb, no second item
        "How long is standard... no wait, I mean express. How long is express shipping?",  # taken back
    ],
)
def test_one_item_asked_with_an_adverb_or_a_correction_reads_one_clause(kb, question):
    r = search(kb, question, campaign=STORE)
    assert r.confident and _read(r) == "Express 1 to 2 business days."


@pytest.mark.parametrize(
    "question",
    [
        "Will the return label cost me anything?",
        "do I have to pay for the label myself or is it on you?",
        "return postage, is it free?",
        "Is the return shipping covered?",
        "Who pays the cost of sending my return, me or you?",
        "Will you cover the cost of mailing a return?",
    ],
)
def test_the_cost_of_a_returns_postage_or_label_reads_the_prepaid_label(kb, question):
    r = search(kb, question, campaign=STORE)
    assert r.confident and "prepaid return label" in _read(r), (r.best or {}).get("refused")
    assert "restocking" not in _read(r)
