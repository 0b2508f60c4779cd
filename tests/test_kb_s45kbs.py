"""Store questions of stop 45 (issue 11), phrasings our own.

Classes: a thing "never opened" follows the rule on unopened items; the caller's own state or city is their
situation, not a thing asked about (kb_place); following a parcel is tracking it; "guaranteed" is a
warranty; a refund going back to a brand of payment ("my Visa", "PayPal") reaches the original
payment method (kb_card_sense); a misspelt "shipping time" asks how long shipping takes.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_card_sense import as_payment
from customario.escalation.kb_place import places_told
from customario.escalation.knowledge import search

STORE = "pc_store_support"


def answer(kb, question: str) -> str | None:
    result = search(kb, question, campaign=STORE)
    return result.best["excerpt"] if result.confident else None


@pytest.mark.parametrize(
    "question",
    ["Is there a restocking fee on a graphics card we never opened?", "Restocking fee on a CPU I never opened?"],
)
def test_a_thing_never_opened_reads_the_rule_on_unopened_items(kb, question):
    read = answer(kb, question)  # never the installed cards' fee (a price question may still escalate)
    assert read is None or ("full refund" in read and "15%" not in read)


@pytest.mark.parametrize(
    "question, place",
    [
        ("How long does standard delivery take to Arizona?", {"arizona"}),
        ("We live out in Denver. How fast is express?", {"denver"}),
        ("shipping time to new jersey?", {"new", "jersey"}),
    ],
)
def test_a_place_in_the_callers_country_is_their_situation(question, place):
    assert places_told(question, set()) == place


@pytest.mark.parametrize(
    "question",
    ["Do you ship to Hawaii?", "Can you deliver out to Alaska?", "How long to ship to London?", "send it to us"],
)
def test_a_place_asked_about_or_abroad_is_not_situation(question):
    assert places_told(question, set()) == set()


def test_a_place_the_articles_name_is_never_situation():
    assert places_told("Are you in Denver?", {"denver"}) == set()


def test_shipping_time_asked_with_the_callers_state_is_answered(kb):
    read = answer(kb, "How long does standard delivery take to Arizona?")
    assert read is not None and "3 to 5" in read


def test_a_place_abroad_still_escalates(kb):
    assert answer(kb, "How long does standard delivery take to Portugal?") is None


@pytest.mark.parametrize("question", ["How can I see where my parcel is?", "how do we keep track of our shipment?"])
def test_following_a_parcel_is_tracking(kb, question):
    read = answer(kb, question)
    assert read is not None and "tracking number" in read


def test_guaranteed_is_a_warranty(kb):
    read = answer(kb, "How many years are graphics cards guaranteed?")
    assert read is not None and "3 years" in read


def test_a_refund_back_to_a_brand_of_payment_is_the_payment_method():
    assert "payment method" in as_payment("Does the refund go back to my Mastercard?")
    assert "payment method" in as_payment("I paid with PayPal, where does my refund go?")
    assert as_payment("Do you take PayPal?") == "Do you take PayPal?"


def test_a_misspelt_shipping_time_reads_how_long_shipping_takes(kb):
    read = answer(kb, "shiping time? ordered a case for my build")
    assert read is not None and "3 to 5" in read


def test_a_place_a_clock_time_is_asked_against_is_left_to_the_zone_rules():
    assert places_told("I'm in Denver, are your hours in my time or yours?", set()) == set()
    assert places_told("Calling from Denver. What time zone is the cutoff?", set()) == set()


def test_the_company_that_made_it_is_the_manufacturer():
    from customario.escalation.kb_words import terms

    assert "manufacturer" in terms("Do I deal with the company that made it?")
    assert "manufacturer" in terms("is that on you or whoever makes the card?")


def test_a_hyphenated_wattage_is_an_amount_the_caller_states(kb):
    read = answer(kb, "Is my 500-watt supply fine for an RTX 4060?")
    assert read is not None and "550 W" in read
