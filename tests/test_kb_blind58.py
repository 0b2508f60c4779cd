"""Knowledge-base classes from held-out kb blind58's wrong answers (s51), in the team's own phrasings:
a channel the caller says they do not use is not read out ("I never check email, what's your
number?"), the cost of sending a return back asked in the caller's words is the prepaid-label
answer, coming without a booking is the walk-in policy, and the weekly hours never answer a
holiday's opening; a word only a learned answer knows ("lice") holds the business's own article
back."""

from __future__ import annotations

import pytest

from customario.escalation.kb_articles import upsert_article
from customario.escalation.knowledge import search

STORE = "pc_store_support"
SALON = "salon_reception"


@pytest.mark.parametrize(
    "question",
    ["I never check email, what's your number?", "My nan doesn't use e-mail, can you give me a phone number to ring?"],
)
def test_a_channel_the_caller_does_not_use_is_not_read_out(kb, question):
    r = search(kb, question, campaign=SALON)
    read = r.best.get("excerpt") or r.best.get("answer") or ""
    assert r.confident and "555 0142" in read and "@" not in read, read


def test_both_channels_asked_are_still_both_read(kb):
    r = search(kb, "Can I have your phone number and your email address?", campaign=SALON)
    read = r.best.get("excerpt") or r.best.get("answer") or ""
    assert r.confident and "555 0142" in read and "@" in read, read


@pytest.mark.parametrize(
    "question",
    ["mail it back cost?", "Will I have to pay to post it back to you?", "how much is return shipping?"],
)
def test_the_cost_of_sending_a_return_back_is_the_prepaid_label(kb, question):
    r = search(kb, question, campaign=STORE)
    read = r.best.get("excerpt") or r.best.get("answer") or ""
    assert r.confident and "prepaid" in read, read


@pytest.mark.parametrize(
    "question", ["Could I pop in on Friday without a booking?", "Is it ok to just show up for a trim?"]
)
def test_coming_without_a_booking_is_the_walk_in_policy(kb, question):
    r = search(kb, question, campaign=SALON)
    best = r.best or {}
    suggested = (best.get("excerpt") or best.get("answer") or "") if r.confident else best.get("answer") or ""
    assert "walk-ins" in suggested, best


@pytest.mark.parametrize(
    "question", ["Are you open over the Easter weekend?", "open xmas eve saturday?", "Do you do hours on Boxing Day?"]
)
def test_the_weekly_hours_never_answer_a_holidays_opening(kb, question):
    r = search(kb, question, campaign=SALON)
    assert not r.confident or r.best.get("kind") != "hours", r.best


def test_a_plain_weekend_hours_question_is_still_answered(kb):
    r = search(kb, "Are you open at the weekend?", campaign=SALON)
    assert r.confident and "9 am" in (r.best.get("excerpt") or ""), r.best


_NITS = (
    "Do you still do the haircut if you spot nits?",
    "If we find head lice we stop, and rebook you free of charge once it has been treated.",
)


@pytest.mark.parametrize(
    "question", ["Can my daughter still have her trim if she's got lice?", "kids cut with lice ok??"]
)
def test_a_word_only_a_learned_answer_knows_holds_the_business_article_back(kb, question):
    upsert_article(kb, *_NITS, campaign=SALON, source="supervisor", by="test")
    r = search(kb, question, campaign=SALON)
    assert not r.confident or r.best.get("source") == "supervisor", r.best


def test_the_business_article_still_answers_without_that_word(kb):
    upsert_article(kb, *_NITS, campaign=SALON, source="supervisor", by="test")
    r = search(kb, "How much is a children's haircut?", campaign=SALON)
    assert r.confident and "$28" in (r.best.get("excerpt") or r.best["answer"]), r.best
