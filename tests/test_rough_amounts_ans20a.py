"""Numbers said roughly, to number questions (the open classes of issue 11 and answers blind27), in
the team's own phrasings on surveys about other things (a tree surgeon, a boat hire, a piano tuner,
a florist, a chimney sweep):

- a number approached from one side ("just under a hundred", "nearly forty minutes", "not quite
  fifty", "close to 300") is read back, never stored as said; a plain bound is still asked again;
- two of a round unit ("a couple of hundred dollars", "a couple thousand", "a couple hundred
  guests") is about 200 / 2,000, read back; "a few hundred" is still asked again;
- a reason said after a comma ("..., I remember because it was nearly ninety") is no second
  number, and the figure before it is read back.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise

_LOGS = Question(id="logs", type="number", text="How many logs did the tree surgeon leave you?", min=0, max=500)
_WAIT = Question(id="wait", type="number", text="How many minutes did you wait for the boat?", min=0, max=240)
_TUNER = Question(id="tuner", type="number", text="How much did the piano tuner charge, in dollars?", min=0, max=1500)
_GUESTS = Question(id="guests", type="number", text="How many guests came to the florist's open day?", min=0, max=2000)
_BUILD = Question(
    id="build", type="number", text="In total, how much did the conservatory build cost, in dollars?", min=0, max=40000
)
_SWEEP = Question(id="sweep", type="number", text="How much did the chimney sweep charge, in dollars?", min=0, max=300)

TODAY = date(2031, 5, 14)  # a Wednesday


def _n(q: Question, text: str, today: date = TODAY):
    return normalise(q, text, today=today)


@pytest.mark.parametrize(
    "q, text, value",
    [
        (_LOGS, "Just under a hundred.", 100),
        (_LOGS, "Not quite fifty, I'd say", 50),
        (_WAIT, "nearly forty minutes", 40),
        (_WAIT, "Close to an hour, honestly.", 60),
        (_TUNER, "just over two hundred dollars", 200),
        (_TUNER, "Almost three hundred bucks.", 300),
    ],
)
def test_a_number_approached_from_one_side_is_read_back(q, text, value):
    n = _n(q, text)
    assert n.status == "valid" and n.value == value and n.lenient  # read back, never stored as said


def test_a_plain_bound_and_a_plain_number_are_unchanged():
    assert _n(_LOGS, "under a hundred").status == "invalid"
    assert _n(_WAIT, "more than an hour").status == "invalid"
    assert not _n(_WAIT, "forty minutes").lenient
    assert not _n(_LOGS, "Almost every one was oak, sixty of them").value == 100


@pytest.mark.parametrize(
    "q, text, value",
    [
        (_TUNER, "A couple of hundred dollars.", 200),
        (_TUNER, "a couple hundred bucks, I reckon", 200),
        (_BUILD, "A couple of thousand, I reckon.", 2000),
        (_GUESTS, "a couple hundred people", 200),
    ],
)
def test_two_of_a_round_unit_is_about_that_read_back(q, text, value):
    n = _n(q, text)
    assert n.status == "valid" and n.value == value and n.lenient


@pytest.mark.parametrize("text", ["A few hundred dollars.", "a couple hundred, maybe three", "hundreds"])
def test_a_vague_amount_is_still_asked_again(text):
    assert _n(_TUNER, text).status == "invalid"


def test_a_reason_after_a_comma_is_no_second_number():
    n = _n(_SWEEP, "Eighty-nine ninety-five, I remember because it was nearly ninety.")
    assert (n.value, n.lenient) == (89.95, True)
