"""A full refund answers whether nothing is charged (issue 11, helper kb20, 5 December 2026), on a made-up
mattress shop's article list: "you don't charge a fee on ones still in the wrapping, do you?" is
answered by "... for a full refund" (:func:`customario.escalation.kb_excerpt.gives_price`)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_excerpt import gives_price
from customario.escalation.kb_import import import_articles
from customario.escalation.knowledge import search

CAMPAIGN = "mattress_shop"
ARTICLES = """
articles:
  - question: What is your mattress return policy?
    tags: [return, returns, refund, refunds, collection, fee, wrapping]
    answer: >-
      Unused mattresses still in their wrapping can be returned within 60 days for a full refund.
      Mattresses that have been slept on are refunded minus a 20% collection fee.
  - question: How does delivery work?
    tags: [delivery, deliver, van, tracking]
    answer: >-
      Our own van delivers within 5 working days and carries the old mattress away for $25.
  - question: What guarantee do the beds have?
    tags: [guarantee, warranty, frame, springs]
    answer: >-
      Bed frames carry a 10-year guarantee and springs a 5-year guarantee.
"""


@pytest.fixture
def shop(db, tmp_path):
    path = tmp_path / "mattress.yaml"
    path.write_text(ARTICLES, encoding="utf-8")
    import_articles(db, path, campaign=CAMPAIGN)
    return db


def test_a_full_refund_answers_whether_nothing_is_charged():
    part = "Unused mattresses can be returned within 60 days for a full refund."
    assert gives_price(part, "you don't charge a fee on unused ones, do you?")
    assert gives_price("They are fully refunded.", "no fee if it's still wrapped?")
    # Not another amount asked ("the delivery cost"), nor what is charged ("what do you charge ...").
    assert not gives_price(part, "do I get the delivery cost refunded when I return one?")
    assert not gives_price(part, "I slept on it once, what do you charge to take it back?")
    assert not gives_price("Unused mattresses can be returned within 60 days.", "you don't charge a fee, do you?")


@pytest.mark.parametrize(
    "text",
    [
        "You don't charge a collection fee on unused mattresses, do you?",
        "You don't charge anything to return an unused mattress still in the wrapping, do you?",
    ],
)
def test_a_fee_question_is_answered_by_the_full_refund(shop, text):
    result = search(shop, text, campaign=CAMPAIGN)
    assert result.confident
    assert "full refund" in (result.best.get("excerpt") or result.best["answer"])
