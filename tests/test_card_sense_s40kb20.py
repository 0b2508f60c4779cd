"""A card the caller pays with is a means of payment, not a card a shop sells (issue 11, helper kb20,
stop 40; :mod:`customario.escalation.kb_card_sense`), on a made-up games-console shop's and a nail
bar's phrasings: "will the money go back onto my debit card or do I get a voucher?" asks where a
refund goes, not about the capture cards the shop sells; a base that itself says "we take all major
cards" keeps the caller's word as it is."""

from __future__ import annotations

import pytest

from customario.escalation.kb_answer_type import other_sort
from customario.escalation.kb_card_sense import as_payment, payment_card_said
from customario.escalation.kb_wording import in_kb_words

CONSOLE_SHOP = [
    {"answer": "Capture cards and SD cards can be swapped within 21 days. Refunds go to the original payment method."}
]
NAIL_BAR = [{"answer": "We take cash and all major cards. Tips can be left on the card machine."}]


@pytest.mark.parametrize(
    "question",
    [
        "Will the money go back onto my debit card or do I get a voucher?",
        "I paid with my card, when is the refund back on it?",
        "refund to paypal or card?",
        "Can I get cash or card back for a returned controller?",
        "Does my Visa card get the refund?",
        "Is the deposit taken from the same card I booked with?",
    ],
)
def test_a_card_paid_with(question):
    assert payment_card_said(question)
    assert "payment method" in as_payment(question)


@pytest.mark.parametrize(
    "question",
    [
        "Does the capture card work with the new console?",
        "My card stopped working after a month, is that covered?",
        "Do you sell gift cards for the arcade?",
        "Which SD card fits the handheld?",
        "Can I return a memory card I opened?",
        "lost the box my card came in, can I post it back in another one?",
        "Do you print business cards?",
    ],
)
def test_a_card_that_is_a_thing(question):
    assert payment_card_said(question) == []
    assert as_payment(question) == question


def test_a_base_that_says_a_payment_card_keeps_the_word():
    q = "Can I leave the tip on my card?"
    assert in_kb_words(q, NAIL_BAR) == q
    assert "payment method" in in_kb_words(q, CONSOLE_SHOP)
    assert in_kb_words(q) == q  # no articles given: nothing to tell the base's sense by


def test_a_window_is_not_the_wait_asked():
    # "How long after you get the controller back is my refund?" read "... swapped within 21 days".
    assert other_sort("How long after you get the controller back is my refund?", "Pads can be swapped within 21 days")
    # A limit asked may be stated as a threshold or a lag: not refused.
    assert other_sort("how long do I have to swap a pad?", "Refunds arrive 3 to 5 days after we receive it") is None
    assert other_sort("how long do I have to swap a pad?", "Pads can be swapped within 21 days") is None
    assert other_sort("How long does a refund take?", "Refunds arrive 3 to 5 days after we receive it") is None
    # Only a wait for money coming back: "how many days after getting the label to post it" is the caller's.
    assert (
        other_sort("how many days after getting the label to post it back", "Pads can be posted within 21 days") is None
    )


NAIL_BAR_ACCESS = [
    {"question": "Can I get in with a pram?", "answer": "The bar has a step-free door. Gel removal is free."}
]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Are your gel polishes acetone-free?", "Are your gel polishes without acetone?"),
        ("do you have a latex-free option for the tips", "do you have a without latex option for the tips"),
        ("Is the door step-free?", "Is the door step-free?"),  # the base's own compound
        ("Is there a toll-free number?", "Is there a toll-free number?"),  # a word of its own (WordNet)
        ("Is gel removal free?", "Is gel removal free?"),  # the price word
        ("free of charge?", "free of charge?"),
    ],
)
def test_a_thing_left_out_is_not_a_price(question, said):
    assert in_kb_words(question, NAIL_BAR_ACCESS) == said


def test_a_texted_and_joins_two_asks():
    assert (
        in_kb_words("how long for delivery n can i track the parcel")
        == "how long for delivery and can i track the parcel"
    )
    assert in_kb_words("Is Block N near you?") == "Is Block N near you?"
