"""Knowledge-base classes from held-out kb blind56's wrong answers (s50), in the team's own phrasings:
a qualifier linked to a service word by "for" or "of" makes another service of it ("colour
correction for men", "a half head of foils": :func:`customario.escalation.kb_service._beside`), and
an ask for a policy as a whole gets the whole policy whatever story comes before it
(:func:`customario.escalation.kb_focus.whole_policy_asked`)."""

from __future__ import annotations

import pytest

from customario.escalation.knowledge import search

STORE = "pc_store_support"
SALON = "salon_reception"


@pytest.mark.parametrize(
    "question",
    ["What would you charge for beard dyeing for men?", "how much is a half head of highlights please"],
)
def test_a_qualifier_linked_to_a_service_word_is_not_that_service(kb, question):
    assert not search(kb, question, campaign=SALON).confident


@pytest.mark.parametrize(
    ("question", "price"),
    [("How much is a haircut for men?", "$40"), ("What's the price for a full head of highlights?", "$160")],
)
def test_the_service_itself_linked_by_for_or_of_is_still_answered(kb, question, price):
    r = search(kb, question, campaign=SALON)
    assert r.confident and price in (r.best.get("excerpt") or ""), r.best


@pytest.mark.parametrize(
    "question",
    [
        "Bit of a newbie and I might break something first time. What's your refund policy like?",
        "I ordered a case first thing today. What is your return policy?",
    ],
)
def test_a_whole_policy_asked_after_a_story_reads_the_whole_policy(kb, question):
    r = search(kb, question, campaign=STORE)
    read = r.best.get("excerpt") or ""
    assert r.confident and "30 days" in read and "restocking" in read, read
