"""Knowledge-base classes from held-out kb blind66's wrong answers (s55), in the team's own
phrasings: an ordinal said in words ("thirteenth gen") is the articles' "13th", so the sentence of
that generation is read; a sentence of two rules joined by ", and" is cut to the rule the question
names ("are big refunds checked by someone?" reads the review, not the days a refund takes); a
surcharge asked for a condition the file does not price by ("a surcharge for long hair?") is not
answered with the plain price."""

from __future__ import annotations

import pytest

from customario.escalation.kb_clauses import closing_clause
from customario.escalation.kb_spoken import spoken_model_numbers
from customario.escalation.knowledge import search
from kb_profile_helpers import read_best as _read

STORE = "pc_store_support"


def test_an_ordinal_in_words_is_written_as_the_articles_write_it():
    vocabulary = {"14th", "ddr4", "ddr5"}
    assert spoken_model_numbers("a fourteenth generation chip", vocabulary) == "a 14th generation chip"
    assert spoken_model_numbers("my fifth attempt", vocabulary) == "my fifth attempt"  # no "5th" there
    assert spoken_model_numbers("the second one", {"2nd"}) == "the second one"  # an everyday word


def test_a_generation_said_in_words_reads_its_own_sentence(kb):
    said = _read(search(kb, "what memory do intel fourteenth generation chips use, ddr4 or ddr5?", campaign=STORE))
    assert "14th generation" in said, said


def test_the_closing_rule_is_read_alone_when_only_it_holds_the_words():
    sentence = "Orders ship within 2 days, and orders above $90 are packed by hand first."
    words = ["orders", "90", "packed", "hand"]

    def held(p: str) -> int:
        return sum(1 for w in words if w in p.lower())

    assert closing_clause(sentence, held) == "Orders above $90 are packed by hand first."
    assert closing_clause(sentence, lambda p: 1) is None  # the first clause holds as many
    assert closing_clause("Orders ship within 2 days, and by hand.", held) is None  # no verb of its own


@pytest.mark.parametrize("question", ["is a refund over $500 looked at by a person first?"])
def test_a_large_refund_question_reads_the_review_rule(kb, question):
    said = _read(search(kb, question, campaign=STORE))
    assert "reviewed by a person" in said and "5 to 7" not in said, said


@pytest.mark.parametrize(
    "question", ["any surcharge on a blow-dry for very thick hair?", "is there an upcharge for long hair?"]
)
def test_a_surcharge_asked_for_a_condition_the_file_does_not_price_is_not_answered(kb, question):
    assert not search(kb, question, campaign="salon_reception").confident
