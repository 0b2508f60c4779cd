"""A location question reads the part it asks for (held-out kb blind18, 4 December 2026): the
street address alone for "what's the address?", the whereabouts alone for "what are the cross
streets?" or "which part of town?", the whole answer when both or neither are asked
(kb_excerpt.location_part). Own phrasings, on a made-up bakery's location answer."""

from __future__ import annotations

import pytest

from customario.escalation.kb_excerpt import location_part

ANSWER = "We are at 14 Mill Lane, Bristol BS1 4QA. Just off the harbourside, five minutes from Temple Meads station."


@pytest.mark.parametrize("query", ["what's your street address", "which street is the bakery on?", "postcode pls"])
def test_the_address_alone(query):
    assert location_part(ANSWER, query) == "We are at 14 Mill Lane, Bristol BS1 4QA."


@pytest.mark.parametrize("query", ["what area are you in", "is it near the station?", "what are the cross streets"])
def test_the_whereabouts_alone(query):
    assert location_part(ANSWER, query) == "Just off the harbourside, five minutes from Temple Meads station."


@pytest.mark.parametrize("query", ["where are you?", "what's the address and how do I get there from the station?"])
def test_both_or_neither_reads_the_whole(query):
    assert location_part(ANSWER, query) is None


def test_an_answer_without_the_address_sentence_is_left_whole():
    assert location_part("Just off the harbourside. Five minutes from the station.", "what street?") is None
