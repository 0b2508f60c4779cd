"""Store knowledge-base classes of 6 December (issue 11, kb blind49-blind51): a near tie that one
article states in one sentence, a two-word topic joined to a question, the limit of a money rule
taken for a price, "where does it come from", "X or only Y", and installation and video cards said
in the caller's words. Phrasings are our own, not the corpora's."""

from __future__ import annotations

from customario.escalation.kb_amount_rule import amount_rule
from customario.escalation.kb_asked import joined_asks
from customario.escalation.kb_contrast import contrast_sides
from customario.escalation.kb_sentence_tie import prefer_whole_sentence
from customario.escalation.kb_suggest import suggestion
from customario.escalation.kb_words import terms
from customario.escalation.knowledge import search

STORE = "pc_store_support"
REVIEW = "Refunds take 3 days, and refunds above $400 are checked by a person first."


def test_a_near_tie_goes_to_the_article_that_states_the_question_in_one_sentence():
    first = {"confidence": 0.9, "matched": ["returns", "within", "days"], "answer": "Drop it off within 10 days."}
    second = {
        "confidence": 0.88,
        "matched": ["returns", "within", "days"],
        "answer": "Returns are accepted within 60 days.",
    }
    hits = [first, second]
    prefer_whole_sentence(hits, 0.6)
    assert hits[0] is second and second["confidence"] == 0.9
    # far apart, or both stating it: unchanged
    hits = [dict(first, confidence=0.99), second]
    prefer_whole_sentence(hits, 0.6)
    assert hits[0]["confidence"] == 0.99


def test_the_return_window_from_delivery_is_not_the_drop_off_deadline(kb):
    result = search(kb, "things can be returned within how many days of delivery?", campaign=STORE)
    assert result.confident and "30 days" in result.best["excerpt"]


def test_a_two_word_topic_joined_to_a_question_is_an_ask_of_its_own():
    assert joined_asks("Refund speed, and is there a fee on opened things") == [
        "Refund speed",
        "is there a fee on opened things",
    ]
    # a weak word ("quick") makes no topic
    assert len(joined_asks("Quick question, and is there a fee on opened things")) == 1


def test_the_limit_of_a_money_rule_is_no_price():
    asked = "How much do you hold back on a $700 card I installed?"
    assert amount_rule(asked, REVIEW, "price") is None
    assert amount_rule("I'm sending back a $700 card, any delay?", REVIEW, None) == REVIEW
    # a "cost me" of the story asks no price: the rule the amount falls under is read
    assert amount_rule("My card cost me $700. Anything different for big refunds?", REVIEW, "price") == REVIEW


def test_where_a_label_comes_from_reads_how_it_is_sent(kb):
    result = search(kb, "Where would the return label come from?", campaign=STORE)
    offered = result.best["excerpt"] if result.confident else suggestion(result)["answer"]
    assert "email" in offered


def test_or_only_sets_two_rules_side_by_side():
    assert contrast_sides("can I return it opened, or only if it's sealed") == [["return", "opened"], ["unopened"]]


def test_installation_and_video_cards_in_the_callers_words():
    assert "installed" in terms("a card that was already in my computer")
    assert "installed" in terms("I slotted it in last night")
    assert "videocard" in terms("my new video card")
