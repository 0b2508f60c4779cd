"""Knowledge-base classes of the s52 kb store helper, in its own phrasings (issue 11): a number said
before the power supply ("a 750 PSU") or compared against ("bigger than 550") is the caller's wattage,
not a model; the card being replaced ("going from a 4060 to ...") is the caller's situation even
when the base names it; Scots and Irish spellings of function words ("whit", "dae", "youse") name
nothing asked."""

from __future__ import annotations

import pytest

from customario.escalation.knowledge import search

STORE = "pc_store_support"
SALON = "salon_reception"


def _read(result) -> str:
    return result.best.get("excerpt") or result.best.get("answer") or ""


@pytest.mark.parametrize(
    ("question", "watts"),
    [
        ("Would an 850 PSU be fine for the 4060?", "550 W"),
        ("My 600 power supply, is it alright for an RTX 4070 Super?", "650 W"),
        ("Will a 750 psu run the 4090?", "1000 W"),
        ("For the 4070 Super, do I need a PSU bigger than 600?", "650 W"),
    ],
)
def test_a_number_before_the_power_supply_is_its_wattage(kb, question, watts):
    r = search(kb, question, campaign=STORE)
    assert r.confident and watts in _read(r), _read(r)


def test_a_wattage_with_a_card_no_article_names_still_escalates(kb):
    r = search(kb, "Is a 750 PSU ok for an RTX 5070?", campaign=STORE)
    assert not r.confident


def test_the_card_replaced_is_the_callers_situation(kb):
    r = search(kb, "Going from a 4060 to the 4090, what power supply do I need?", campaign=STORE)
    assert r.confident and "1000 W" in _read(r) and "550" not in _read(r), _read(r)


def test_a_model_number_asked_in_watts_is_still_the_model(kb):
    r = search(kb, "4070 Super watts?", campaign=STORE)
    assert r.confident and "650 W" in _read(r), _read(r)


@pytest.mark.parametrize(
    ("question", "campaign", "fact"),
    [
        ("Whit power supply dae ah need fur the 4070 Super?", STORE, "650 W"),
        ("Whit time dae ye shut on a Saturday, hen?", SALON, "5 pm"),
    ],
)
def test_scots_spellings_name_nothing_asked(kb, question, campaign, fact):
    r = search(kb, question, campaign=campaign)
    assert r.confident and fact in _read(r), _read(r)


def test_dispatch_is_shipping_out(kb):
    r = search(kb, "By what time must I order to get same-day dispatch?", campaign=STORE)
    assert r.confident and "2 pm" in _read(r), _read(r)
