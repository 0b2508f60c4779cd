"""Caller language for the kb's learned answers (issue 11, s50urg): paying over time is one term,
financing, in any of its everyday forms; a named college is being a student, and a price lowered for
who one is is a discount. (The offer of a learned answer nearest in meaning by far, tested here first,
was reverted by the lead: it offered the eyelash answer to "Do you do hair extensions?".)"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "is there any buy now, pay later on the new laptops?",
        "Could I pay for the e-bike over six months?",
        "can I split the price of the sofa into four payments",
        "Is it possible to spread the cost of the course over a couple of months?",
        "Do you do a payment plan for braces?",
        "can I pay monthly for the piano",
    ],
)
def test_paying_over_time_is_one_term_financing(question):
    from customario.escalation.kb_words import terms

    assert "financing" in terms(question)


@pytest.mark.parametrize(
    "question",
    [
        "Can our school pay by invoice on net 30 terms?",
        "Is there money off if I pay the whole amount up front?",
        "Who do I talk to in your finance department about an invoice?",
        "Can I pay the delivery charge separately?",
    ],
)
def test_other_ways_of_paying_are_not_financing(question):
    from customario.escalation.kb_words import terms

    assert "financing" not in terms(question)


@pytest.mark.parametrize(
    "question, term",
    [
        ("my nephew is a sophomore at Lakeside State, does he get anything off?", "student"),
        ("She goes to Riverside Community College, is there a student rate?", "student"),
        ("any deals for pensioners on a Tuesday?", "discount"),
        ("would my son get a reduction on the lesson as a student?", "discount"),
        ("is the class cheaper if I bring my school ID?", "discount"),
        ("could you give nurses a break on the price?", "discount"),
    ],
)
def test_who_the_caller_is_and_a_lowered_price_are_read_as_their_terms(question, term):
    from customario.escalation.kb_words import terms

    assert term in terms(question)


@pytest.mark.parametrize(
    "question, term",
    [
        ("which is cheaper, the trim or the restyle?", "discount"),
        ("is the gel manicure cheaper if my nails are short?", "discount"),
        ("is the shop on State Street near the station?", "student"),
    ],
)
def test_a_price_compared_or_a_street_is_not_read_so(question, term):
    from customario.escalation.kb_words import terms

    assert term not in terms(question)
