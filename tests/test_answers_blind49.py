"""Classes read from held-out answers blind49's wrong items and urgency blind43's missed lines
(6 December 2026), in the team's own phrasings on surveys of this file's own:

- a day or a time missed denied ("haven't missed one") to a question about doing something every
  time is a yes, read back; to a question about missing it stays a no;
- a thing the question takes for granted, said never to have been given ("I wasn't given a slot",
  "there was no slot") is asked again; to a question whether there was one it is a no;
- "I've never counted them" to a count is a don't-know, never 0;
- a young child missing with water "just there" is an emergency.
"""

from __future__ import annotations

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise
from customario.escalation.urgency import assess_rules


def _yes_no(text: str) -> Question:
    return Question(id="q", type="yes_no", text=text)


@pytest.mark.parametrize(
    ("asked", "said", "status", "value"),
    [
        ("Do you take your tablets every day?", "Not missed a single day since March.", "valid", "yes"),
        ("Do you walk the dog every morning?", "Since we got her, I haven't missed one.", "valid", "yes"),
        ("Do you always go to the Friday class?", "Never missed a single one in two years.", "valid", "yes"),
        # a contrast after it: neither reading is safe
        ("Do you take your tablets every day?", "Haven't missed a day, but I take them late.", "invalid", None),
        # the question is about missing: the same words are a no
        ("Did you miss any of your sessions?", "Haven't missed one.", "valid", "no"),
    ],
)
def test_a_missing_denied_to_an_every_time_question(asked, said, status, value):
    r = normalise(_yes_no(asked), said)
    assert (r.status, r.value) == (status, value)
    if value == "yes":
        assert r.method == "inferred"  # read back


@pytest.mark.parametrize(
    "said",
    ["I wasn't given a window.", "We were never offered a window, they just rang.", "There was no window at all."],
)
def test_a_thing_taken_for_granted_never_given_is_asked_again(said):
    q = _yes_no("Did the fitter turn up inside the window you were given?")
    assert normalise(q, said).status == "invalid"


def test_never_given_is_a_no_when_the_question_asks_whether_there_was_one():
    q = _yes_no("Were you given an arrival window?")
    r = normalise(q, "I wasn't given a window.")
    assert (r.status, r.value) == ("valid", "no")


@pytest.mark.parametrize(
    "said", ["I've never counted them.", "We haven't counted, sorry.", "I have never counted them"]
)
def test_never_counted_is_a_dont_know_not_zero(said):
    q = Question(id="q", type="number", text="How many windows does the house have?", min=0, max=60)
    assert normalise(q, said).status == "dont_know"


def test_never_counting_one_thing_is_not_a_dont_know():
    q = Question(id="q", type="number", text="How many people came?", min=0, max=60)
    r = normalise(q, "Twelve, I didn't count the baby.")
    assert r.status != "dont_know"


def test_a_young_child_missing_with_water_just_there_is_an_emergency():
    line = "We can't find our little boy, he's four, and the canal is just there behind the car park."
    assert assess_rules(line).level == "emergency"


def test_water_just_there_with_nobody_missing_stays_normal():
    assert assess_rules("the lake is just there, lovely spot for a picnic after the class").level == "normal"
