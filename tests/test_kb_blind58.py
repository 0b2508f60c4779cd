"""Knowledge-base classes from held-out kb blind58's wrong answers (s51), in the team's own phrasings:
a channel the caller says they do not use is not read out ("I never check email, what's your
number?"), the cost of sending a return back asked in the caller's words is the prepaid-label
answer, coming without a booking is the walk-in policy, and the weekly hours never answer a
holiday's opening."""

from __future__ import annotations

import pytest

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
