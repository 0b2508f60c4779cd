"""Store questions of stop 43 (issue 11), phrasings our own.

Class "power asked in other words, of several models": the store corpora kb blind38-blind41 ask a
graphics card's power as "how much power", "power requirements", "minimum PSU", and set two
or three cards side by side with "which ..., A or B?", "A, and for B?", "than", "all three". The fact asked is a wattage (:func:`kb_fact_kind.asked_fact`), "how much power" is no price
(:func:`kb_question.query_kind`), and each card's sentence is read
(:func:`kb_fact.side_by_side_part`). A card no article names, a part asked of one card only, or a
comparison of what the base does not state is still not answered.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_fact_kind import asked_fact
from customario.escalation.kb_question import query_kind
from customario.escalation.kb_words import terms
from customario.escalation.knowledge import search

STORE = "pc_store_support"


@pytest.mark.parametrize(
    "question",
    [
        "Which has the higher power requirements, the 4090 or the 4070 Super?",
        "what are the power requirements of a 4060",
        "Recommended PSU for a 4060?",
        "how much power will a 4070 Super pull",
    ],
)
def test_power_asked_in_other_words_is_a_wattage(question):
    assert asked_fact(question) == "wattage"


def test_how_much_power_is_no_price_but_how_much_more_is():
    assert query_kind("how much power does the 4090 draw?") is None
    # "how much more power" compares two cards: one card's sentence is no answer (kb blind24)
    assert query_kind("4060 vs 4090, how much more power does the 4090 need?") == "price"
    assert query_kind("how much more is express?") == "price"
    assert query_kind("how much is the restocking fee?") == "price"


@pytest.mark.parametrize(
    "question, facts",
    [
        ("Which has lower power needs, the 4090 or the 4070 Super?", ("1000 W", "650 W")),
        ("Recommended PSU for a 4090, and for a 4060?", ("1000 W", "550 W")),
        ("how much power for a 4060 card", ("550 W",)),
    ],
)
def test_power_of_named_cards_is_read_for_each(kb, question, facts):
    result = search(kb, question, campaign=STORE)
    assert result.confident
    assert all(f in result.best["excerpt"] for f in facts)


@pytest.mark.parametrize(
    "question",
    [
        "What are the power requirements of a 4060 Ti versus a 4060?",  # the Ti is no card of the base
        "Does the 4060 take the 16-pin plug too, like the 4090?",  # the plug is the 4090's only
        "Is the 4070 Super quieter than the 4060?",  # noise: no fact the base states
    ],
)
def test_near_misses_of_power_asks_are_not_answered(kb, question):
    assert not search(kb, question, campaign=STORE).confident


# Class "shipping the day it is ordered, said as 'ship that day' or 'get it out today'": store corpora
# kb blind39, blind41 and blind43 ask the same-day cutoff so; "ship today" and "get it out today" are
# the store's "same business day" (kb_phrases.PHRASE_TABLE), as "go out today" already was.


@pytest.mark.parametrize(
    "question",
    [
        "will my order ship today if I buy now?",
        "can you get them out today",
        "does it ship that day",
        "what time should I order by so it ships that day?",
    ],
)
def test_shipping_the_day_ordered_is_the_same_day_term(question):
    assert "sameday" in terms(question)


def test_the_same_day_cutoff_is_answered_and_a_weekend_order_is_not(kb):
    result = search(kb, "by what time do I have to order to get it out today?", campaign=STORE)
    assert result.confident and "2 pm Eastern" in result.best["excerpt"]
    # A weekend order asks what the base does not say (it ships on business days only).
    assert not search(kb, "will it ship today if I order on Saturday?", campaign=STORE).confident
