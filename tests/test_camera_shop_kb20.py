"""An item that does not work while new is under the dead-on-arrival rule (issue 11, helper kb20,
5 December 2026), on a made-up camera shop's articles (:mod:`customario.escalation.kb_arrival`): the
caller tells it in two parts, a failure ("won't switch on", "isn't detected", "died") and that the
item is new ("got it yesterday", "bought it 10 days ago", "brand new"), and hears the shop's own
rule, not the maker's warranty; an old item, a wanted new one, or another question about the rule is
left to the search."""

from __future__ import annotations

import pytest

from customario.escalation.kb_arrival import arrived_dead, failed_when_new
from customario.escalation.kb_import import import_articles
from customario.escalation.knowledge import search

SHOP = "camera_desk"
ARTICLES = """
articles:
  - question: What warranty do your cameras and lenses have?
    tags: [warranty, defective, broken, repair]
    answer: >-
      Every camera and lens carries the maker's warranty (2 years for bodies, 1 year for lenses).
      Items that are dead on arrival within 30 days are exchanged by us directly.
  - question: How fast do you ship?
    tags: [shipping, delivery, courier]
    answer: Orders ship the same day; next-day courier costs $12.
  - question: Can I trade in my old camera?
    tags: [trade, part exchange]
    answer: We take cameras in part exchange after a free valuation in the shop.
"""


@pytest.fixture
def shop(db, tmp_path):
    path = tmp_path / "articles.yaml"
    path.write_text(ARTICLES, encoding="utf-8")
    import_articles(db, path, campaign=SHOP)
    return db


@pytest.mark.parametrize(
    "text",
    [
        "The tripod head I got yesterday won't even lock, and the flash won't switch on",
        "my brand new flash doesn't power on",
        "bought a memory card 10 days ago and it isn't detected at all",
        "the lens arrived on Tuesday and the autofocus won't work",
        "the battery grip came two weeks ago and has never worked",
    ],
)
def test_failed_when_new(text):
    assert failed_when_new(text) and arrived_dead(text)


@pytest.mark.parametrize(
    "text",
    [
        "my camera died after 8 months",
        "the flash won't switch on, it's two years old",
        "my old camera died, I need a new one fast, how quick is shipping?",
        "the new lens is lovely, what a week",
        "my lens died at day 45",
    ],
)
def test_not_failed_when_new(text):
    assert not failed_when_new(text)


@pytest.mark.parametrize(
    "text",
    [
        "The flash I got yesterday won't switch on. What do I do?",
        "bought a camera body 10 days ago and it's dead, will you swap it or do I go to the maker?",
        "my brand new lens doesn't work at all",
    ],
)
def test_the_shop_rule_is_answered_for_a_new_item_that_failed(shop, text):
    result = search(shop, text, campaign=SHOP)
    assert result.confident, result.best
    assert result.best["excerpt"] == "Items that are dead on arrival within 30 days are exchanged by us directly."


@pytest.mark.parametrize(
    "text",
    [
        "my camera died after a year and a half, is it covered?",
        "Will the dead-on-arrival exchange ship by courier?",
    ],
)
def test_old_items_and_other_asks_of_the_rule_are_not_given_the_rule(shop, text):
    result = search(shop, text, campaign=SHOP)
    assert not (result.confident and result.best.get("told") == "arrived dead")
