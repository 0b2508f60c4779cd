"""Classes of phrasing from the misses of answers blind18 (first contact 508/555 with 14 wrong) and
blind16, in the team's own phrasings on surveys about other things (a theatre, a window cleaner, a
food bank):

- a span counted from today in any unit and any count ("eight weeks from today", "ten days from
  now", "a month from today"): today itself was stored when the count or unit was not known;
- thousands said short ("45k", "twenty-six k"), "a hundred and twelve thousand" (one number, not
  two parts), "thirty-four and a half thousand"; a mistyped number word before "thousand" takes the
  number said before it with it ("fifty tree thousand" is not fifty);
- the answer concluded after a story (customario.dialogue.conclusions): "..., so fifteen minutes",
  "..., but then ..., so the sixteenth", "..., ended up ... instead" (read back, and a value from the
  story is read back when the story turns).
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise
from customario.dialogue.conclusions import concluded

TODAY = date(2031, 5, 14)  # a Wednesday

_NEXT_CLEAN = Question(id="next_clean", type="date", text="When would you like the next window clean?")
_LAST_SHOW = Question(id="last_show", type="date", text="When did you last see a show at the theatre?")
_QUEUE = Question(id="queue", type="number", text="How many minutes did you queue at the food bank?", min=0, max=300)
_RAISED = Question(id="raised", type="number", text="How many dollars did the appeal raise?", min=0, max=1_000_000)
_PARCELS = Question(id="parcels", type="number", text="How many parcels went out last year?", min=0, max=500_000)
_SEAT = Question(
    id="seat",
    type="single_choice",
    text="Where did you sit: the stalls, the circle or a box?",
    choices=[
        Choice(code="stalls", label="the stalls"),
        Choice(code="circle", label="the circle"),
        Choice(code="box", label="a box"),
    ],
)
_TIP = Question(id="tip", type="yes_no", text="Did you leave the window cleaner a tip?")


@pytest.mark.parametrize(
    "text, value",
    [
        ("eight weeks from today", "2031-07-09"),
        ("Ten days from now, if he has room", "2031-05-24"),
        ("a month from today", "2031-06-14"),
        ("in six weeks", "2031-06-25"),
        ("three days from today", "2031-05-17"),
    ],
)
def test_a_span_from_today_in_any_count_and_unit(text, value):
    r = normalise(_NEXT_CLEAN, text, today=TODAY)
    assert (r.status, r.value) == ("valid", value)


@pytest.mark.parametrize("text", ["a few weeks from now", "some weeks from today"])
def test_a_span_without_one_count_is_never_today(text):
    r = normalise(_NEXT_CLEAN, text, today=TODAY)
    assert r.status == "invalid"


@pytest.mark.parametrize(
    "text, value",
    [
        ("45k", 45000),
        ("Twenty-six k.", 26000),
        ("about a hundred and five k", 105000),
        ("A hundred and twelve thousand.", 112000),
        ("one hundred and forty thousand parcels", 140000),
        ("Thirty-four and a half thousand, roughly.", 34500),
        ("two and a half thousand", 2500),
    ],
)
def test_thousands_said_short_or_in_words(text, value):
    r = normalise(_PARCELS, text, today=TODAY)
    assert (r.status, r.value) == ("valid", value)


@pytest.mark.parametrize("text", ["fifty tree thousand", "twenty for thousand"])
def test_a_mistyped_word_before_thousand_is_no_number(text):
    r = normalise(_RAISED, text, today=TODAY)
    assert r.status != "valid" or r.lenient  # never stored without a read-back


@pytest.mark.parametrize(
    "question, text, value",
    [
        (_QUEUE, "We got there at nine and they opened the doors at twenty past, so twenty minutes.", 20),
        (_QUEUE, "It said an hour on the board but then they opened a second table, so thirty minutes.", 30),
        (_LAST_SHOW, "I was going to say the second, but that was the rehearsal, so the ninth of May.", "2031-05-09"),
        (_SEAT, "We booked the circle, but the lift was broken, so we ended up in the stalls.", "stalls"),
        (_TIP, "Not the first time, but the second time, yes.", "yes"),
    ],
)
def test_the_value_concluded_after_a_story_is_read_back(question, text, value):
    r = normalise(question, text, today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


@pytest.mark.parametrize(
    "text",
    [
        "We booked the circle, but they moved us, so we ended up somewhere else instead.",
        "I went for the circle at first, but then the usher said we could move.",
    ],
)
def test_a_story_that_turns_makes_the_first_value_uncertain(text):
    r = normalise(_SEAT, text, today=TODAY)
    assert not (r.status == "valid" and r.method not in ("inferred", "fuzzy", "self-corrected", "ordinal"))


@pytest.mark.parametrize(
    "text",
    ["Twenty minutes, so not too bad.", "About twenty, so yeah.", "Twenty. So, um.", "So twenty minutes."],
)
def test_a_plain_answer_with_a_remark_is_kept(text):
    r = normalise(_QUEUE, text, today=TODAY)
    assert (r.status, r.value) == ("valid", 20)


def test_no_conclusion_without_a_story():
    assert concluded("so twenty") is None
    assert concluded("twenty, so yeah") is None
    assert concluded("it said an hour but then they opened a second table, so thirty").text == "thirty"
