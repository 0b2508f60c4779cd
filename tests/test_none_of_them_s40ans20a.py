""" "None of <them>" to a money question (stop 40, ans20a), in the team's own phrasings (a carpet
cleaning, a guided hike): "none" that counts a group ("none of your cleaners charged me", "none of
the guides asked for anything") is the subject of what follows, no zero amount, so the amount is
asked for again; "none", "none of it" and "nothing" are still zero."""

from __future__ import annotations

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

_CLEANING = Question(
    id="cost", type="number", text="How much did you pay for the carpet cleaning, in dollars?", min=0, max=2000
)


@pytest.mark.parametrize(
    "text",
    [
        "None of your cleaners charged me.",
        "None of them charged me a thing, the landlord sorted it.",
        "none of the guides asked for anything",
    ],
)
def test_none_of_a_group_is_no_amount(text):
    read = normalise(_CLEANING, text)
    assert not (read.status == "valid" and read.value == 0), (text, read)


@pytest.mark.parametrize("text", ["None.", "Nothing, it was free."])
def test_none_alone_is_still_zero(text):
    read = normalise(_CLEANING, text)
    assert (read.status, read.value) == ("valid", 0), (text, read)
