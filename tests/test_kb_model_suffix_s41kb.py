"""A model's suffix word shortened to its first letters ("4070S") is read as the articles write it
("4070 Super"), and nothing else is (issue 11, :func:`customario.escalation.kb_spoken.written_suffix`);
items set side by side get each one's sentence when the fact asked is stated for each
(:func:`customario.escalation.kb_fact.side_by_side_part`). The scooter shop's articles are made up."""

from __future__ import annotations

import pytest

from customario.escalation.kb_spoken import written_suffix
from customario.escalation.knowledge import search

SCOOTERS = [
    {
        "question": "What range do the Vento scooters have?",
        "answer": "The Vento 350 Plus rides 40 km on a charge and the Vento 350 rides 25 km. The Vento 500X rides 60 km.",
    }
]


@pytest.mark.parametrize(
    "question, read",
    [
        ("range of the 350P?", "range of the 350 Plus?"),
        ("how far does a 350 p go", "how far does a 350 Plus go"),
        ("is the 500X any good", "is the 500X any good"),  # the articles write it so
        ("we own two 350s", "we own two 350s"),  # no word after 350 starts with s
        ("it costs 350 eu", "it costs 350 eu"),
    ],
)
def test_a_shortened_suffix_is_written_out(question, read):
    assert written_suffix(question, SCOOTERS) == read


def test_the_store_answers_a_shortened_model(kb):
    result = search(kb, "how many watts does a 4070S pull?", campaign="pc_store_support")
    assert result.confident and "650 W" in result.best["excerpt"]


@pytest.mark.parametrize(
    "question, facts",
    [
        ("What's the wattage difference between the 4060 and the 4090?", ("550 W", "1000 W")),
        ("For the 4070 Super and the 4060, what PSU does each need?", ("650 W", "550 W")),
    ],
)
def test_items_set_side_by_side_are_each_answered(kb, question, facts):
    result = search(kb, question, campaign="pc_store_support")
    assert result.confident and all(f in result.best["excerpt"] for f in facts)


@pytest.mark.parametrize(
    "question",
    [
        "is the 4060 quieter than the 4090?",  # a comparative the base does not state
        "4070 Super vs 4060, which has more VRAM?",
        "do the 4060 and the 4090 each need the 16-pin plug?",
    ],
)
def test_items_side_by_side_without_the_fact_are_not_answered(kb, question):
    assert not search(kb, question, campaign="pc_store_support").confident
