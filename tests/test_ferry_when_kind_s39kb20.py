"""An article held back only as an unsure near miss answers when the caller's extra words say only
when or what kind (issue 11, helper kb20, stop 39; :mod:`customario.escalation.kb_unsure`), on a
made-up ferry operator's and garden centre's phrasings: "what *type* of ticket", "on the *morning*
crossing" answer; "the *max* load", "the *cafe* on board", a verb or an adjective keep the offer."""

from __future__ import annotations

import pytest

from customario.escalation.kb_unsure import answer_when_or_kind, apart_words, says_when_or_kind


@pytest.mark.parametrize("word", ["type", "sort", "morning", "midday", "evening", "fortnight", "afternoon"])
def test_words_that_say_when_or_what_kind(word):
    assert says_when_or_kind(word)


@pytest.mark.parametrize(
    "word",
    ["max", "cafe", "trolley", "speed", "slots", "pair", "repair", "cheaper", "wireless", "sundeck", "12", "xq7"],
)
def test_words_that_name_a_thing_an_action_or_a_quality(word):
    assert not says_when_or_kind(word)


def _hit(matched, lexical=0.64, refused="maybe a near miss: the article is about vehicles"):
    return {"confidence": 0.59, "lexical": lexical, "refused": refused, "unsure_only": True, "matched": matched}


def test_a_kind_of_the_articles_own_thing_is_answered():
    # "What type of ticket do I need for a campervan on the ferry?" against the vehicle-fares article.
    hits = [_hit(["ticket", "campervan", "ferry"])]
    answer_when_or_kind(["type", "ticket", "campervan", "ferry"], hits, {"type": 0, "ticket": 2}, 0.6)
    assert hits[0]["confidence"] == 0.6 and hits[0]["refused"] is None


def test_a_time_is_answered():
    # "Is the cafe open on the morning crossing?" would be held by "cafe"; "morning" alone says when.
    hits = [_hit(["crossing", "open"])]
    answer_when_or_kind(["open", "morning", "crossing"], hits, {"morning": 0, "crossing": 3, "open": 2}, 0.6)
    assert hits[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    ("terms", "dfs"),
    [
        (["max", "load", "trailer"], {"max": 0, "load": 1, "trailer": 2}),  # a thing asked of it
        (["cafe", "morning", "crossing"], {"cafe": 0, "morning": 0, "crossing": 3}),  # one noun names a thing
        (["repair", "mower"], {"repair": 0, "mower": 2}),  # a service asked: the verb
    ],
)
def test_a_thing_or_an_action_keeps_the_offer(terms, dfs):
    hits = [_hit([t for t in terms if dfs[t]])]
    answer_when_or_kind(terms, hits, dfs, 0.6)
    assert hits[0]["confidence"] == 0.59 and hits[0]["refused"]


def test_only_an_unsure_near_miss_above_the_threshold_is_lifted():
    low = [_hit(["ticket"], lexical=0.55)]
    answer_when_or_kind(["type", "ticket"], low, {"type": 0, "ticket": 1}, 0.6)
    assert low[0]["confidence"] == 0.59  # the score alone did not reach an answer
    sure = [_hit(["ticket"], refused="near miss: the article is about bikes")]
    answer_when_or_kind(["type", "ticket"], sure, {"type": 0, "ticket": 1}, 0.6)
    assert sure[0]["confidence"] == 0.59  # a near miss on a word the base has elsewhere stays one


def test_apart_words_leave_out_matched_and_known_words():
    assert apart_words(["type", "ticket", "ferry"], {"matched": ["ticket"]}, {"type": 0, "ticket": 2, "ferry": 1}) == [
        "type"
    ]
