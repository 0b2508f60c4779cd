"""People counted with an aside (stop 40, ans20a), in the team's own phrasings (a go-kart track, a
garden clearance): a clause of its own that adds no one ("I was on my own", "God bless her", "can
you believe it") is no one more in the list; "just the one lad" to a question counting persons is
one (WordNet: a lad is a person); "men" is the plural of "man" (WordNet's exception list), not only
a work force. A clause that may add people ("they came too", "she brought her sister") still asks
again."""

from __future__ import annotations

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

_KARTS = Question(id="drivers", type="number", text="How many people in your group drove a kart?", min=1, max=20)
_CLEARANCE = Question(id="crew", type="number", text="How many labourers came to clear the garden?", min=1, max=10)


@pytest.mark.parametrize(
    "q, text, value",
    [
        (_KARTS, "Only me, I went on my own.", 1),
        (_KARTS, "The three of us, me, my son and my daughter, bless her.", 3),
        (_KARTS, "Me and my brother, and he won, ha.", 2),
        (_CLEARANCE, "Just the one lad, would you believe it.", 1),
        (_CLEARANCE, "Three men.", 3),
    ],
)
def test_people_counted_beside_an_aside(q, text, value):
    read = normalise(q, text)
    assert (read.status, read.value) == ("valid", value), (text, read)


@pytest.mark.parametrize(
    "q, text",
    [
        (_KARTS, "Me and my wife, and she brought her sister."),  # a person added in the clause
        (_KARTS, "Me, my son, and they came too."),  # "they": who else?
        (_CLEARANCE, "Just the one van."),  # a van is no labourer
    ],
)
def test_a_clause_that_may_add_people_is_asked_again(q, text):
    read = normalise(q, text)
    assert read.status == "invalid", (text, read)


def test_he_or_she_with_nobody_named_before_may_be_someone_new():
    read = normalise(_KARTS, "Just me, and she came along.")
    assert read.status == "invalid", read
