"""Knowledge-base classes from held-out kb blind60's wrong answers (s52), in the team's own
phrasings: a model the caller names and takes back ("the 4090, sorry, I mean the 4060") is no part
of the question; a count said in words before a unit of time is the caller's own amount, like one
said in digits; a cost asked of a thing the article mentions only in sentences that state no cost,
or of a thing it does not mention, is not answered; a way of travelling the article never names is
not answered with the one it does."""

from __future__ import annotations

import pytest

from customario.escalation.kb_taken_back import without_taken_back
from customario.escalation.knowledge import search
from kb_profile_helpers import read_best as _read

STORE = "pc_store_support"
SALON = "salon_reception"


@pytest.mark.parametrize(
    "question",
    [
        "What PSU does the 4090, sorry, I mean the 4060, need?",
        "My son wants the RTX 4090, no wait, the 4060. How many watts?",
    ],
)
def test_a_model_taken_back_is_no_part_of_the_question(kb, question):
    r = search(kb, question, campaign=STORE)
    assert r.confident and "550 W" in _read(r) and "1000 W" not in _read(r), _read(r)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Is the 4060, I mean the 4070 Super, any good?", "the 4070 Super"),
        ("Is it open, sorry, what are your Sunday hours?", "Is it open, sorry, what are your Sunday hours?"),
    ],
)
def test_only_a_name_with_another_after_the_correction_is_taken_back(said, kept):
    out = without_taken_back(said)
    assert kept in out and ("4060" not in out if "4060" in said else out == said)


def test_a_count_of_minutes_in_words_is_the_callers_amount(kb):
    r = search(kb, "If I turn up twenty minutes late will I still get my whole appointment?", campaign=SALON)
    assert "late" in ((r.best or {}).get("answer") or ""), r.best
    assert "highlights" not in _read(r).lower()


@pytest.mark.parametrize(
    "question",
    ["Do I have to pay for the patch test?", "Is the patch test free or is there a charge?"],
)
def test_a_cost_the_article_does_not_state_of_that_thing_is_not_answered(kb, question):
    assert not search(kb, question, campaign=SALON).confident


def test_a_cost_the_article_states_is_still_answered(kb):
    r = search(kb, "Is the colour consultation free?", campaign=SALON)
    assert r.confident and "free" in _read(r), _read(r)


@pytest.mark.parametrize("question", ["Is there a tram stop near the salon?", "Can I get a bus to you from downtown?"])
def test_a_way_of_travelling_the_article_never_names_is_not_answered(kb, question):
    assert not search(kb, question, campaign=SALON).confident


def test_the_way_of_travelling_the_article_names_is_still_answered(kb):
    r = search(kb, "Which train station is closest to you?", campaign=SALON)
    assert r.confident and "BART" in _read(r), _read(r)


@pytest.mark.parametrize(
    "question",
    [
        "If I turn up ten minutes late can I still have my whole colour?",
        "What if I come twenty minutes late, is that ok?",
    ],
)
def test_coming_late_said_with_another_verb_is_the_late_arrival_policy(kb, question):
    r = search(kb, question, campaign=SALON)
    assert "late" in ((r.best or {}).get("answer") or ""), r.best


def test_getting_in_late_is_a_booking_not_a_late_arrival(kb):
    r = search(kb, "could I still get in late-ish on Thursday? when do you close", campaign=SALON)
    assert r.confident and "Thursdays" in _read(r) and "late" not in _read(r), _read(r)
