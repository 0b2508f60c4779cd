"""Classes behind held-out answers blind39's three wrong values (5 December 2026), in the team's own
phrasings (a cookery school, a go-kart track, a picture framer):

- two choices named beside someone else having done it ("My wife signed us up, it was the pasta or
  the bread class") is an ambiguous answer, asked again; it had been coded don't-know because
  someone else did it. Someone else having done it with no choice named stays a don't-know, one
  choice named stays that choice;
- a yes undercut by an afterthought saying someone else did it for the caller ("Oh sure, we won.
  With the marshal pushing the kart for us.") is no yes: asked again. An afterthought that does not
  hand the deed to someone else ("With a lap to spare!") keeps the yes;
- an open answer whose only words beside a don't-know say there is nothing more to say ("Not sure
  what else to say. No idea.") is a don't-know; words that say something beside it are the answer.
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_CLASS = Question(
    id="class",
    type="single_choice",
    text="Which class did you take: the pasta class, the bread class, or knife skills?",
    choices=[
        Choice(code="pasta", label="the pasta class", synonyms=["pasta"]),
        Choice(code="bread", label="the bread class", synonyms=["bread", "sourdough"]),
        Choice(code="knives", label="knife skills", synonyms=["knife skills", "knives"]),
    ],
)
_WON = Question(id="won", type="yes_no", text="Did your team win the race?")
_MORE = Question(id="more", type="open", text="Is there anything else you'd like to tell the framer?", required=False)


@pytest.mark.parametrize(
    "text",
    [
        "My wife signed us up, it was the pasta or the bread class, one of the two.",
        "My daughter booked it, either the bread one or knife skills.",
    ],
)
def test_two_choices_named_beside_someone_elses_doing_are_asked_again(text):
    got = normalise(_CLASS, text)
    assert got.status == "invalid", got


def test_someone_elses_doing_alone_is_still_a_dont_know_and_one_choice_stays_that_choice():
    assert normalise(_CLASS, "My wife signed us up, I've no idea which.").status == "dont_know"
    got = normalise(_CLASS, "My wife signed us up, it was the bread class.")
    assert (got.status, got.value) == ("valid", "bread")


@pytest.mark.parametrize(
    "text",
    [
        "Oh sure, we won. With the marshal pushing the kart for us.",
        "Yeah, we totally won! With the other team letting it go for us.",
    ],
)
def test_a_yes_handed_to_someone_else_afterwards_is_asked_again(text):
    got = normalise(_WON, text)
    assert got.status == "invalid", got


@pytest.mark.parametrize("text", ["Yes, we won. With a lap to spare!", "Yes. With my brother driving the last leg."])
def test_an_afterthought_that_keeps_the_deed_keeps_the_yes(text):
    got = normalise(_WON, text)
    assert (got.status, got.value) == ("valid", "yes"), got


@pytest.mark.parametrize(
    "text",
    ["Not sure what else to say. No idea.", "I don't know what more to tell you. Don't know.", "No idea what to add."],
)
def test_nothing_more_to_say_beside_a_dont_know_is_a_dont_know(text):
    assert normalise(_MORE, text).status == "dont_know"


@pytest.mark.parametrize(
    "text",
    [
        "Not sure what else to say, the mount was crooked.",
        "I don't know what more to tell you, maybe open later on Sundays.",
    ],
)
def test_words_beside_it_are_the_open_answer(text):
    got = normalise(_MORE, text)
    assert (got.status, got.value) == ("valid", text)
