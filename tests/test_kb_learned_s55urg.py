"""A learned answer offered when the caller names every word of its question and adds more (s55urg):
"a gift voucher or some kind of card for birthdays" holds the whole of a learned "Do you sell gift
vouchers?", and only the extra words kept the search unsure; it is offered ("Are you asking about
...?"), never answered, and a question that leaves out a word of the learned one is not offered on
this ground. Phrasings are the team's own."""

from __future__ import annotations

import sys
from pathlib import Path

from customario.escalation.kb_learned import NAMED_WHOLE, offer_named_whole
from customario.escalation.knowledge import SearchResult

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _result(terms: list[str], hits: list[dict]) -> SearchResult:
    return SearchResult(query=" ".join(terms), terms=terms, hits=hits, threshold=0.6)


def _learned(question: str, confidence: float, refused: str | None = None) -> dict:
    return {
        "id": 7,
        "source": "supervisor",
        "question": question,
        "answer": "Yes, we have a stamp card: every sixth wash is free.",
        "confidence": confidence,
        "refused": refused,
        "kind": None,
    }


def _other(confidence: float) -> dict:
    return {
        "id": 3,
        "source": "profile",
        "question": "What are your opening hours?",
        "answer": "We are open 9 to 5.",
        "confidence": confidence,
        "refused": "one word of the question matched",
        "kind": None,
    }


def test_a_learned_question_named_whole_is_offered_below_the_threshold():
    res = offer_named_whole(
        _result(
            ["loyalty", "scheme", "stamps", "card", "regulars"],
            [_learned("Have you got a loyalty card?", 0.31), _other(0.12)],
        ),
        0.6,
    )
    assert not res.confident
    assert res.best["id"] == 7
    assert res.best["refused"] == NAMED_WHOLE
    assert 0.4 <= res.best["confidence"] < 0.6


def test_a_learned_question_with_a_word_left_out_is_not_offered_on_this_ground():
    hit = _learned("Have you got a loyalty card?", 0.31)
    res = offer_named_whole(_result(["card", "payment", "contactless"], [hit, _other(0.12)]), 0.6)
    assert res.best["confidence"] == 0.31
    assert res.best["refused"] is None


def test_a_learned_article_refused_as_another_thing_is_not_offered():
    hit = _learned("Have you got a loyalty card?", 0.31, refused="near miss: the article is about loyalty card")
    res = offer_named_whole(_result(["loyalty", "card", "gift"], [hit, _other(0.12)]), 0.6)
    assert res.best["confidence"] == 0.31


def test_a_business_article_is_never_offered_on_this_ground():
    hit = {**_learned("Have you got a loyalty card?", 0.31), "source": "profile"}
    res = offer_named_whole(_result(["loyalty", "card", "points"], [hit, _other(0.12)]), 0.6)
    assert res.best["confidence"] == 0.31


def test_in_a_learning_scenario_the_extra_words_lead_to_an_offer_not_an_answer():
    from kb_corpus import run_scenario

    res = run_scenario(
        {
            "kb": "salon",
            "question": "Do you have a loyalty card?",
            "supervisor_answer": "Yes, we have a stamp card: every tenth cut is free. Ask at the front desk.",
            "paraphrases": ["Is there some sort of loyalty thing, points or a card, for people who come every month?"],
            "near_misses": ["Do you take payment by card?"],
        }
    )
    assert [v for _t, v in res["paraphrases"]] in (["right"], ["right after yes"])
    assert [v for _t, v in res["near_misses"]] == ["right"]
