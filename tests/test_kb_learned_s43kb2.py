"""A learned answer about one model, asked by its number alone (issue 11). Class of caller behaviour
seen in the learned scenarios of kb blind40, blind41 and blind43 (development corpora): the
supervisor's question names the brand or line with the model ("Does the Ryzen 7 7800X3D come with a
cooler?", "the RTX 4080 Super"), the caller names only the model ("7800x3d stock cooler
included?"), and the search held the learned answer back as being about the brand word; and a word
WordNet knows only as an adverb ("trims in *between* haircuts") set the article apart the same way.
On a made-up camera shop, in phrasings written here; another model stays a near miss."""

from __future__ import annotations

import pytest

from customario.escalation.kb_articles import upsert_article
from customario.escalation.kb_near_miss import model_lines
from customario.escalation.kb_suggest import suggestion
from customario.escalation.knowledge import search

CAMPAIGN = "shutter_shop"
ARTICLES = """\
- question: What is your return policy?
  answer: Unopened cameras and lenses can be returned within 30 days for a full refund.
- question: How long does shipping take?
  answer: Standard shipping takes 3 to 5 business days.
- question: What warranty do cameras have?
  answer: Every camera has the maker's two-year warranty.
"""


def _learn(db, question: str, answer: str) -> int:
    article, _ = upsert_article(db, question, answer, campaign=CAMPAIGN, source="supervisor", by="test")
    return article["id"]


def test_the_line_before_a_model_the_caller_names_is_its_name():
    assert model_lines("Does the Canon EOS R50 come with a charger?", ["r50", "charger"]) == {"canon", "eos"}
    assert model_lines("What power supply does an RTX 4080 Super need?", ["4080", "super", "psu"]) == {"rtx"}
    assert model_lines("Does the Ryzen 7 7800X3D come with a cooler?", ["7800x3d", "cooler"]) == {"ryzen"}
    # another model, or no model at all: the brand stays the article's own word
    assert model_lines("Does the Canon EOS R50 come with a charger?", ["r10", "charger"]) == set()
    assert model_lines("Do you give students a discount?", ["students"]) == set()


@pytest.mark.parametrize("question", ["r50 stock charger included?", "r50 original charger in the package?"])
def test_a_learned_answer_is_not_held_back_for_the_brand_the_caller_left_out(shop, question):
    learned = _learn(shop, "Does the Canon EOS R50 come with a charger?", "Yes, the R50 box has a USB charger.")
    result = search(shop, question, campaign=CAMPAIGN)
    hit = next(h for h in result.hits if h["id"] == learned)
    assert "near miss" not in (hit.get("refused") or "")
    offer = suggestion(result)
    assert result.confident or (offer and offer["article_id"] == learned)


@pytest.mark.parametrize("question", ["Does the R10 come with a charger?", "Is a charger included with the R7?"])
def test_another_model_is_still_not_the_learned_answer(shop, question):
    learned = _learn(shop, "Does the Canon EOS R50 come with a charger?", "Yes, the R50 box has a USB charger.")
    result = search(shop, question, campaign=CAMPAIGN)
    assert not (result.confident and result.best["id"] == learned)


def test_an_adverb_of_the_learned_question_does_not_set_it_apart(shop):
    learned = _learn(
        shop, "Do you clean sensors in between services?", "Yes, a sensor clean on its own is $40 while you wait."
    )
    result = search(shop, "how much 2 just clean a dusty sensor", campaign=CAMPAIGN)
    hit = next(h for h in result.hits if h["id"] == learned)
    assert "between" not in (hit.get("refused") or "")
