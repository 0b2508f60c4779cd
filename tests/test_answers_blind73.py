"""Typed answers, classes read from held-out answers blind73's wrong items (s58), in the team's own
questions and phrasings: West African Pidgin's preverbal "no" with a verb of knowing, wanting or
remembering is a don't-know or a refusal, not the answer no ("I no sabi", "I no wan talk am"); "Na
so." / "Na true." is a yes; "na" before a number or a determiner opens a Pidgin statement and is no
"nah"; "wetin" is "what" (``dialogue/pidgin.py``)."""

from __future__ import annotations

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise
from customario.dialogue.pidgin import pidgin_english

_FIXED = Question(id="fixed", type="yes_no", text="Did the mechanic fix the fault the first time?")
_HOURS = Question(id="hours", type="number", text="How many hours did you wait?", min=0, max=48)
_ELSE = Question(id="else", type="open", text="Anything else you want to tell us?", required=False)


@pytest.mark.parametrize("text", ["Na so.", "Na true, e fix am sharp sharp.", "na so o"])
def test_na_so_and_na_true_are_a_yes(text):
    n = normalise(_FIXED, text)
    assert (n.status, n.value) == ("valid", "yes"), n


@pytest.mark.parametrize("text", ["I no sabi.", "Me no sure o.", "I no remember sha.", "I no fit remember."])
def test_a_pidgin_dont_know(text):
    assert normalise(_FIXED, text).status == "dont_know"


@pytest.mark.parametrize("text", ["I no wan talk am.", "I no want answer dat one abeg."])
def test_a_pidgin_refusal_is_no_no(text):
    n = normalise(_FIXED, text)
    assert not (n.status == "valid" and n.value == "no"), n


def test_a_pidgin_dont_know_to_an_open_question_is_not_stored_as_the_answer():
    assert normalise(_ELSE, "I no know wetin to talk, abeg.").status == "dont_know"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("E no fix am, I carry am go back twice.", "no"),  # the question's own verb negated: a no
        ("Nah, he no fix am.", "no"),
        ("Na, e never work.", "no"),  # "na," with its comma: the "nah" of a no
        ("No. Dem no fix am.", "no"),
    ],
)
def test_a_negated_deed_and_the_nah_of_a_no_stay_a_no(text, value):
    n = normalise(_FIXED, text)
    assert (n.status, n.value) == ("valid", value), n


def test_na_before_a_number_opens_a_statement():
    n = normalise(_HOURS, "Na three hours I wait.")
    assert (n.status, n.value) == ("valid", 3), n


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("i no know", "i don't know"),
        ("mi no sure", "i'm not sure"),
        ("i no wan answer", "i don't want to answer"),
        ("wetin you talk?", "what you talk?"),
        ("i don't know what to talk about", "i don't know what to talk about"),  # "talk about": as said
        ("i have no idea", "i have no idea"),  # English: untouched
        ("you no longer call me", "you no longer call me"),
    ],
)
def test_pidgin_english(text, read):
    assert pidgin_english(text) == read
