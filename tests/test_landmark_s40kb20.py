"""A place named by another head noun is the base's, and a question about a landmark is not about the
way to the business (issue 11, helper kb20, stop 40; :mod:`customario.escalation.kb_compound`,
:mod:`customario.escalation.kb_landmark`), on a made-up cookery school's and vet clinic's phrasings:
"which DLR stop do I get off at?" finds "the Elm Park DLR station"; "does the Elm Park DLR station
have step-free access?" asks of the station, which the answer does not describe."""

from __future__ import annotations

import pytest

from customario.escalation.kb_compound import base_compounds, in_base_heads
from customario.escalation.kb_landmark import landmarks, of_a_landmark

COOKERY = [
    {
        "question": "Where are you located?",
        "answer": "We are at 12 Mill Lane. Three minutes' walk from the Elm Park DLR station.",
    },
    {"question": "Where can I park?", "answer": "The Riverside garage is next door."},
]
WAY = COOKERY[0]["answer"]


def test_the_base_compounds():
    assert base_compounds(COOKERY) == {"dlr": {"station"}}  # a capital alone may open a sentence


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("which DLR stop do I get off at?", "which DLR station do I get off at?"),
        ("I'm on the dlr, what stop is nearest?", "I'm on the dlr, what station is nearest?"),
    ],
)
def test_another_word_for_the_place(question, read):
    assert in_base_heads(question, COOKERY) == read


@pytest.mark.parametrize(
    "question",
    [
        "Is there a DLR strike on Friday?",  # no place
        "which DLR station is closest?",  # the base's own word
        "Which stop for the cookery school?",  # no modifier of the base named
    ],
)
def test_nothing_to_read_otherwise(question):
    assert in_base_heads(question, COOKERY) == question


def test_the_landmark_of_the_way():
    assert landmarks(WAY) == ["Elm Park DLR station"]


@pytest.mark.parametrize(
    "question",
    [
        "Does the Elm Park DLR station have step-free access?",
        "Is the Elm Park DLR station staffed at night?",
        "Which exit do I use at Elm Park DLR?",
    ],
)
def test_a_question_about_the_landmark(question):
    assert of_a_landmark(question, WAY)


@pytest.mark.parametrize(
    "question",
    [
        "How far is it from Elm Park DLR?",
        "Are you close to the Elm Park DLR station?",
        "Is that the Elm Park DLR?",
        "what's the nearest DLR station?",
        "Can I walk to the school from Elm Park DLR station?",
    ],
)
def test_the_way_there(question):
    assert not of_a_landmark(question, WAY)
