"""Choice labels written as abbreviations with stops ("B.B.C.", "the N.H.S."), from held-out answers
blind51 at first contact, where one caller's answer made the parser recurse until Python's limit
(the initials of a label of single letters written out, then the letters joined again, for ever).
Only the class was read (which two rewrites looped and on how short a text), not the caller's words:
the phrasings below are the team's own."""

from __future__ import annotations

import sys

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise


def _heard_from(label: str) -> Question:
    return Question(
        id="heard",
        type="single_choice",
        text="Where did you first hear about us?",
        choices=[
            Choice(code="broadcaster", label=label),
            Choice(code="radio", label="local radio"),
            Choice(code="friend", label="a friend"),
        ],
    )


@pytest.mark.parametrize("label", ["B.B.C.", "B B C", "the N.H.S.", "P.T.", "U.S.A."])
@pytest.mark.parametrize("text", ["bbc", "nhs", "pt", "usa", "b b c", "the bbc please", "tv", "xyz"])
def test_a_label_of_initials_never_loops(label: str, text: str) -> None:
    """Any answer to a question whose label is letters with stops is read once, with Python's
    default recursion limit (it had raised RecursionError)."""
    assert sys.getrecursionlimit() >= 1000
    normalise(_heard_from(label), text)  # returns, whatever it reads


@pytest.mark.parametrize(
    "label, text",
    [
        ("B.B.C.", "bbc"),
        ("B.B.C.", "BBC."),
        ("B.B.C.", "B.B.C."),
        ("B.B.C.", "the B.B.C"),
        ("B.B.C.", "b b c"),
        ("B.B.C.", "I heard it on the BBC one morning"),
        ("the N.H.S.", "nhs"),
        ("the N.H.S.", "the N.H.S. one"),
        ("U.S.A.", "usa"),
    ],
)
def test_an_abbreviation_with_stops_is_named_without_them(label: str, text: str) -> None:
    """The label "B.B.C." is said "BBC", typed "bbc" or "B.B.C" (no last stop) or spelt out
    (none of these had named it; "B.B.C." typed exactly with its last stop had)."""
    n = normalise(_heard_from(label), text)
    assert (n.status, n.value) == ("valid", "broadcaster")


@pytest.mark.parametrize("text", ["us", "just us", "it was us", "am I right"])
def test_two_letters_that_make_a_word_are_that_word(text: str) -> None:
    """Letters that make a word run together ("U.S." as "us", "A.M." as "am") are that word, never the choice."""
    q = Question(
        id="where",
        type="single_choice",
        text="Who recommended the course to you?",
        choices=[
            Choice(code="states", label="U.S."),
            Choice(code="morning", label="A.M."),
            Choice(code="friend", label="a friend"),
        ],
    )
    n = normalise(q, text)
    assert n.value not in ("states", "morning")


_CHANNELS = Question(
    id="channels",
    type="multi_choice",
    text="Which ways have you contacted us: phone, email, the website or in person?",
    choices=[
        Choice(code="phone", label="phone"),
        Choice(code="email", label="email"),
        Choice(code="website", label="the website"),
        Choice(code="in_person", label="in person"),
    ],
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("I used my phone to log onto your website.", ["website"]),
        ("used my phone for the website, that's all", ["website"]),
        ("Just the website, using my phone to access it", ["website"]),
    ],
)
def test_a_device_used_to_reach_another_channel_is_not_that_channel(text: str, value: list[str]) -> None:
    """The phone that carried a visit to the website is no phone channel of its own (held-out answers
    blind51 had stored phone and website); the reading is read back."""
    n = normalise(_CHANNELS, text)
    assert (n.status, n.value) == ("valid", value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("I rang you on my phone and also used the website", ["phone", "website"]),
        ("I called from my phone to get a quote", ["phone"]),
        ("phone and the website", ["phone", "website"]),
    ],
)
def test_a_phone_call_is_still_the_phone(text: str, value: list[str]) -> None:
    n = normalise(_CHANNELS, text)
    assert (n.status, n.value) == ("valid", value)
