"""Typed answers, from held-out answers blind55's one wrong item read as a class (s49): every choice
said at once beside a lapse of memory ("I forgot, it was all of them") names the choices, so it is
no don't-know, and it is read back. The questions and phrasings are the team's own."""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_COVERED = Question(
    id="covered",
    type="multi_choice",
    text="Which rooms did the cleaners do: the kitchen, the bathroom, the bedrooms or the hall?",
    choices=[
        Choice(code="kitchen", label="the kitchen", synonyms=["kitchen"]),
        Choice(code="bathroom", label="the bathroom", synonyms=["bathroom", "loo"]),
        Choice(code="bedrooms", label="the bedrooms", synonyms=["bedrooms", "bedroom"]),
        Choice(code="hall", label="the hall", synonyms=["hall", "hallway", "landing"]),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Oh I forgot, it was all four of them.",
        "I forgot to say, all of them really",
        "All of them, I think, not sure.",
    ],
)
def test_every_choice_beside_a_lapse_of_memory_is_the_answer_read_back(text: str) -> None:
    r = normalise(_COVERED, text)
    assert r.status == "valid" and set(r.value) == {"kitchen", "bathroom", "bedrooms", "hall"}, r
    assert r.method == "inferred", r


def test_every_choice_said_plainly_is_stored_without_a_doubt() -> None:
    r = normalise(_COVERED, "All four.")
    assert r.status == "valid" and len(r.value) == 4 and r.method != "inferred", r


@pytest.mark.parametrize("text", ["I forgot, it was ages ago", "no idea, I wasn't in"])
def test_a_lapse_of_memory_alone_is_still_a_dont_know(text: str) -> None:
    assert normalise(_COVERED, text).status == "dont_know"
