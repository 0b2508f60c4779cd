"""A name said mid-sentence before "collapsed" is a person (found on 5 December 2026 while testing the
blind21 classes): WordNet's "sam" is a surface-to-air missile and "tom" a male cat, so "and Sam's
collapsed in there" had been read as a thing giving way. Own phrasings at a cold store and a bowls
club; things named with a determiner stay things."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "text",
    [
        "there's an ammonia leak in the cold store and Sam's collapsed in there",
        "we were on the green and Tom has just collapsed",
        "sorry to ring, but Priya collapsed at the bar a minute ago and isn't answering",
    ],
)
def test_a_name_before_collapsed_is_a_person(text):
    assert assess_rules(text).level == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "the Marquee has collapsed in the wind, nobody hurt, can we rebook?",
        "our Gazebo collapsed overnight, no one was near it",
    ],
)
def test_a_thing_named_with_a_determiner_stays_a_thing(text):
    assert assess_rules(text).level != "emergency", text
