"""Knowledge-base classes from held-out kb blind64's wrong answers (s54), in the team's own
phrasings: a price the caller names to have it confirmed ("a men's cut is thirty dollars, right?")
asks for the price, so the part read after a yes is the price sentence and never a note beside it;
a count and its noun said apart ("a 16 pin connector") are the articles' hyphenated thing
("16-pin"), so a card whose sentence names no such connector is not answered with its wattage."""

from __future__ import annotations

import pytest

from customario.escalation.kb_fact_kind import asked_fact
from customario.escalation.kb_suggest import suggestion
from customario.escalation.kb_wording import as_hyphenated
from customario.escalation.knowledge import search
from kb_profile_helpers import read_best as _read

STORE = "pc_store_support"
SALON = "salon_reception"


@pytest.mark.parametrize(
    "question",
    [
        "a kid's haircut is 15 dollars, right?",
        "the beard trim is $20 isn't it",
        "so a blow-dry is like 30 bucks?",
    ],
)
def test_a_price_named_to_confirm_asks_the_price(question):
    assert asked_fact(question) == "price"


@pytest.mark.parametrize("question", ["I paid $40 for a cut last time, can I book the same?", "is 20 the limit?"])
def test_an_amount_told_in_passing_asks_no_price(question):
    assert asked_fact(question) != "price"


def test_the_price_sentence_is_read_after_a_yes(kb):
    r = search(kb, "the kids haircut is fifteen dollars right?", campaign=SALON)
    offered = suggestion(r) if not r.confident else None
    said = offered["answer"] if offered else _read(r)
    assert "$28" in said, said


def test_a_count_said_apart_joins_as_the_articles_write_it():
    articles = [{"question": "PSU?", "answer": "It needs a 16-pin connector."}]
    assert as_hyphenated("does it need the 16 pin plug", articles) == "does it need the 16-pin plug"
    assert as_hyphenated("I have 16 pins bent", articles) == "I have 16 pins bent"


def test_a_connector_the_cards_sentence_does_not_name_is_not_answered_with_its_wattage(kb):
    r = search(kb, "does the 4060 also take the 16 pin connector", campaign=STORE)
    assert not r.confident or "16-pin" in _read(r), _read(r)


def test_the_card_that_needs_the_connector_is_still_answered(kb):
    r = search(kb, "does a 4090 use the 16 pin connector", campaign=STORE)
    assert r.confident and "16-pin" in _read(r), _read(r)


@pytest.mark.parametrize(
    ("question", "day"),
    [("chews day when do u open", "Tuesday"), ("are you open late on thirst day", "Thursday")],
)
def test_a_weekday_misheard_by_dictation_is_read_as_the_day(kb, question, day):
    r = search(kb, question, campaign=SALON)
    assert r.confident and day in _read(r) and "Saturday" not in _read(r), _read(r)
