"""Typed answers, classes read from held-out answers blind69's wrong items (s56), in the team's own
questions and phrasings: a share ("fifteen percent") said to a question that asks an amount of
money or a count is no amount and no count (the whole it is a share of was never said), so it is
asked again; a share said beside the amount itself leaves the amount to the other readings."""

from __future__ import annotations

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise
from customario.dialogue.units import other_measure

_TIP = Question(id="tip", type="number", text="How much did you leave as a tip, in US dollars?", min=0, max=1000)
_GUESTS = Question(id="guests", type="number", text="How many guests came to the party?", min=0, max=500)
_DISCOUNT = Question(id="discount", type="number", text="What discount did they give you, in percent?", min=0, max=100)


@pytest.mark.parametrize(
    "text", ["Fifteen percent.", "18%", "Oh, the usual twenty per cent.", "ten pct", "At the canteen? Fifteen percent."]
)
def test_a_share_is_no_amount_of_money(text):
    n = normalise(_TIP, text)
    assert n.status == "invalid" and n.value is None, n
    assert other_measure(_TIP, text) == "an amount of money"


def test_a_share_is_no_count():
    n = normalise(_GUESTS, "Maybe sixty percent of the people we invited.")
    assert n.status == "invalid" and n.value is None, n


def test_a_share_asked_for_is_read():
    n = normalise(_DISCOUNT, "Twelve percent.")
    assert n.status == "valid" and n.value == 12, n
    assert other_measure(_DISCOUNT, "12%") is None


def test_a_share_beside_the_amount_leaves_the_amount():
    # the amount beside the share is weighed by the other readings (here two numbers: asked again);
    # the share alone never decides
    text = "Forty dollars, so about fifteen percent of the bill."
    assert other_measure(_TIP, text) is None
    assert normalise(_TIP, text).value != 15


# (found by the voice helper on development answers blind70: the holiday's words inside a date said in words)
_START = Question(id="start", type="date", text="On what date did you start?")


def test_the_twenty_fourth_of_july_is_no_independence_day():
    from datetime import date

    today = date(2031, 9, 1)
    assert normalise(_START, "The twenty-fourth of July.", today=today).value == "2031-07-24"
    assert normalise(_START, "On the fourth of July.", today=today).value == "2031-07-04"
