"""Store questions of stop 44 (issue 11), phrasings our own.

Class "the caller's money coming back": callers ask about a refund without the word, as money they
get, see or that lands on their card ("when will I see the money?", "can I get all my money?").
That is a refund (:data:`customario.escalation.kb_phrases.PHRASE_TABLE`); money spent or saved, or
cash as a way to pay, is not, and a refund asked of a thing the base does not state still escalates.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_words import terms
from customario.escalation.knowledge import search

STORE = "pc_store_support"


@pytest.mark.parametrize(
    "question, fact",
    [
        ("You received my parcel yesterday. When do I see the money?", "5 to 7 business days"),
        ("Never unwrapped the keyboard, changed my mind. Can I ship it back and get all my money?", "full refund"),
        ("After you receive the return, how long until the money shows up on my card?", "5 to 7 business days"),
    ],
)
def test_money_coming_back_is_a_refund(kb, question, fact):
    result = search(kb, question, campaign=STORE)
    assert result.confident
    assert fact in result.best["excerpt"]


@pytest.mark.parametrize(
    "question",
    [
        "Could I save some money by keeping DDR4?",
        "Do I pay money for the label?",
        "Do you hand out refunds in cash?",
        "Does my son get money off with his college card?",
    ],
)
def test_money_spent_saved_or_paid_in_is_no_refund(question):
    assert "refund" not in terms(question) or "refunds" in question


def test_a_return_the_store_got_back_is_no_return_label_question(kb):
    result = search(kb, "Once you have my return back, how quickly will I see the money?", campaign=STORE)
    assert result.confident
    assert "5 to 7 business days" in result.best["excerpt"]


def test_money_back_in_a_way_the_base_does_not_state_is_not_answered(kb):
    result = search(kb, "Can I get the money in bitcoin instead?", campaign=STORE)
    assert not result.confident


# Class "covered, said of a thing or of the caller": a warranty asked without the word ("am I still
# covered?", "how long are SSDs covered for?"); a solid-state drive spelled out is an SSD. What
# someone covers ("who covers the postage?") is no warranty, and a thing the base gives no warranty
# for is not answered.


@pytest.mark.parametrize(
    "question, wanted",
    [
        ("How many years are solid state drives covered?", ["warranty", "ssd"]),
        ("My card broke after a year, am I covered?", ["warranty"]),
    ],
)
def test_covered_asks_about_a_warranty(question, wanted):
    assert all(w in terms(question) for w in wanted)


def test_who_covers_the_cost_is_no_warranty():
    assert "warranty" not in terms("Who covers the postage on a return?")


def test_a_solid_state_drive_spelled_out_reads_the_ssd_warranty(kb):
    result = search(kb, "For how many years is a solid state drive covered?", campaign=STORE)
    assert result.confident
    assert "5 years" in result.best["excerpt"]


def test_covered_of_a_thing_without_a_stated_warranty_is_not_answered(kb):
    assert not search(kb, "How long are keyboards covered for?", campaign=STORE).confident


# Class "a part that died some time after it came": a warranty question ("my GPU died after eight
# months, still covered?"); a story's "my PC died" before another question is no defect asked.


def test_a_part_that_died_after_a_while_reads_its_warranty(kb):
    result = search(kb, "My graphics card died after ten months. Is that still covered?", campaign=STORE)
    assert result.confident
    assert "3 years" in result.best["excerpt"]


def test_died_in_a_story_is_no_defect():
    assert "defective" not in terms("My old PC died and I'm stuck. Do you ship the same day?")
    assert "defective" in terms("if my SSD dies in year three, what then?")
