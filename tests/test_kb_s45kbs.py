"""Store questions of stop 45 (issue 11), phrasings our own.

Classes: a thing "never opened" follows the rule on unopened items; following a parcel is tracking
it; "guaranteed" is a warranty; a refund going back to a brand of payment ("my Visa", "PayPal") reaches the original
payment method (kb_card_sense); a misspelt "shipping time" asks how long shipping takes.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_card_sense import as_payment
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


def test_the_company_that_made_it_is_the_manufacturer():
    from customario.escalation.kb_words import terms

    assert "manufacturer" in terms("Do I deal with the company that made it?")
    assert "manufacturer" in terms("is that on you or whoever makes the card?")


def test_a_hyphenated_wattage_is_an_amount_the_caller_states(kb):
    read = answer(kb, "Is my 500-watt supply fine for an RTX 4060?")
    assert read is not None and "550 W" in read
