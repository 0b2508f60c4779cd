"""A learned answer is indexed by the supervisor's answer too (issue 11, kb_learned).

Class of caller language, from the learned scenarios of the development corpora (kb blind2-blind55,
blind54 held out): the next caller asks what a supervisor answered in the answer's words, not the
first caller's ("can I hold a bike with a deposit?" after "Do you offer layaway?" was answered "you
can reserve a bike with a deposit and pay the rest in weekly instalments"). A word of a learned
answer counts like a word of its question in a second search made when the first is not confident
and offers nothing; what it finds is offered ("Are you asking whether we offer layaway?"), never
answered without a yes, and what answered before still answers; a caller's words that no other
article is about make a learned near miss unsure (offered), while another kind of person or another
article's subject keeps it refused. On a made-up bike shop, in phrasings written here; real SQLite.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_articles import upsert_article
from customario.escalation import kb_learned
from customario.escalation.kb_learned import ANSWER_ONLY, offer_by_answer
from customario.escalation.kb_suggest import suggestion
from customario.escalation.knowledge import SearchResult, search

CAMPAIGN = "spoke_and_chain"
ARTICLES = """\
- question: What is your return policy?
  answer: Unridden bikes can be returned within 30 days for a full refund.
- question: How long does shipping take and which carriers do you use?
  answer: Bikes ship by FedEx Ground in 4 to 7 business days; accessories by USPS in 2 to 4.
- question: Do you service bikes bought elsewhere?
  answer: Yes, a basic tune-up is $65 for any bike, wherever it was bought.
- question: What brands do you sell?
  answer: We sell Trek, Giant and Brompton bikes, and helmets from Bell and Giro.
"""


def _learn(db, question: str, answer: str) -> int:
    article, _ = upsert_article(db, question, answer, campaign=CAMPAIGN, source="supervisor", by="test")
    return article["id"]


LAYAWAY = (
    "Do you offer layaway?",
    "Yes, you can reserve a bike with a 20% deposit and pay the rest in weekly instalments over eight weeks.",
)


@pytest.mark.parametrize(
    "question",
    [
        "Can I hold a bike with a deposit?",
        "If I leave a deposit will you keep the bike for me?",
        "do you do weekly payment plans",
    ],
)
def test_the_answers_words_find_the_learned_article_and_it_is_offered(shop, question):
    learned = _learn(shop, *LAYAWAY)
    result = search(shop, question, campaign=CAMPAIGN)
    assert not result.confident  # the caller's words are the answer's: offered, not answered
    offer = suggestion(result)
    assert offer is not None and offer["article_id"] == learned
    assert offer["ask"] == "Are you asking whether we offer layaway?"
    assert "weekly instalments" in offer["answer"]


def test_a_word_only_another_answer_has_makes_a_learned_near_miss_unsure(shop):
    # "Giant" is in the brands article's answer, not its question: the caller names the bike they
    # want, not another subject.
    learned = _learn(shop, *LAYAWAY)
    result = search(shop, "Could I put a deposit on a Giant and pay the rest weekly?", campaign=CAMPAIGN)
    offer = suggestion(result)
    assert offer is not None and offer["article_id"] == learned


def test_what_answered_before_still_answers(shop):
    learned = _learn(shop, *LAYAWAY)
    result = search(shop, "Can I reserve a bike with a deposit?", campaign=CAMPAIGN)
    assert result.confident and result.best["id"] == learned
    assert "20% deposit" in result.best["excerpt"]


def test_a_question_the_learned_answer_only_touches_on_keeps_its_own_article(shop):
    learned = _learn(
        shop,
        "Do you ship bikes to Alaska?",
        "Yes, bikes to Alaska go by USPS Priority Mail and take 6 to 10 business days.",
    )
    result = search(shop, "Which carriers deliver your orders?", campaign=CAMPAIGN)
    assert not (result.confident and result.best["id"] == learned)
    assert result.best["question"] == "How long does shipping take and which carriers do you use?"


def test_other_people_stay_a_near_miss_of_a_learned_discount(shop):
    learned = _learn(
        shop, "Do you give a student discount?", "Yes, students get 10% off any bike with a valid student card."
    )
    result = search(shop, "Do nurses get money off a bike?", campaign=CAMPAIGN)
    assert not (result.confident and result.best["id"] == learned)
    offer = suggestion(result)
    assert offer is None or offer["article_id"] != learned


def test_another_articles_subject_keeps_a_learned_near_miss_refused(shop):
    learned = _learn(shop, *LAYAWAY)
    result = search(shop, "Can I return a bike I paid off in weekly instalments?", campaign=CAMPAIGN)
    assert not (result.confident and result.best["id"] == learned)
    offer = suggestion(result)
    assert offer is None or offer["article_id"] != learned


def test_a_business_articles_answer_still_counts_half(shop):
    # Only learned answers are read as their subject: "Giro" is in the brands article's answer only.
    result = search(shop, "Do you have Giro?", campaign=CAMPAIGN)
    brands = next(h for h in result.hits if h["question"] == "What brands do you sell?")
    assert "giro" in brands["matched"]
    assert brands.get("refused") != ANSWER_ONLY


def test_the_learned_reading_is_searched_second_and_never_answers(shop):
    learned = _learn(shop, *LAYAWAY)
    readings = []

    def run():  # a search whose learned reading would answer
        readings.append(kb_learned._READING.get())
        confidence = 0.8 if readings[-1] else 0.3
        hit = {"id": learned, "question": LAYAWAY[0], "answer": LAYAWAY[1], "excerpt": LAYAWAY[1]}
        hit.update(source="supervisor", confidence=confidence, matched=["deposit"])
        return SearchResult(query="Can I leave a deposit?", terms=["deposit"], hits=[hit])

    result = offer_by_answer(run, shop, CAMPAIGN, 0.6)
    assert readings == [False, True]
    assert not result.confident and result.best["refused"] == ANSWER_ONLY
    assert suggestion(result)["article_id"] == learned


def test_without_a_learned_article_the_search_runs_once(shop):
    readings = []

    def run():
        readings.append(kb_learned._READING.get())
        return SearchResult(query="Can I leave a deposit?", terms=["deposit"], hits=[])

    offer_by_answer(run, shop, CAMPAIGN, 0.6)
    assert readings == [False]
