"""Typed survey answers, classes of caller behaviour found in answers blind40-blind44 (stop 44,
helper ans1), in the team's own phrasings (a boiler service, a bakery order, a ferry crossing, a
phone repair, a bike hire):

- two negations of one verb cancel: "It didn't not start" is a yes, "It wasn't not rough" a no to
  "Was the crossing smooth?", "I wouldn't say we never cycled" a yes; "I wouldn't say we never
  cycled far" keeps no reading (its "never" is no "no");
- a yes or no that closes a concession ("Not as often as I meant to, but yes") is the answer;
- a promise reported ("The engineer said he would, and he didn't") is no part of its own;
- "I never saw the engineer" to "Was the engineer tidy?" is a don't-know, not a no; so is "..., you'd
  have to ask her";
- a choice given up or replaced ("Croissants. I finally gave up on the bagels") is not chosen; a
  compound said open ("the saddle bag" for "saddlebag", though "bag" is another choice) is the compound;
- a later clause whose subject is a counted thing ("Three, one hinge was loose") leaves the rating
  said first.

Every reading that is not plain is read back (``inferred``), never stored as said.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_TODAY = date(2032, 11, 25)
_STARTED = Question(id="started", type="yes_no", text="Did the boiler start first time after the service?")
_CALM = Question(id="calm", type="yes_no", text="Was the crossing smooth?")
_CYCLED = Question(id="cycled", type="yes_no", text="Did you cycle the coastal route during your hire?")
_TIDY = Question(id="tidy", type="yes_no", text="Was the engineer tidy and careful?", allow_dont_know=True)
_MANUAL = Question(id="manual", type="yes_no", text="Did you read the engineer's report?", allow_dont_know=True)
_BAKE = Question(
    id="bake",
    type="single_choice",
    text="What did you order, croissants, bagels, or sourdough?",
    choices=[
        Choice(code="croissants", label="croissants"),
        Choice(code="bagels", label="bagels"),
        Choice(code="sourdough", label="sourdough loaf"),
    ],
)
_EXTRA = Question(
    id="extra",
    type="single_choice",
    text="Which extra did you hire with the bike, a bag, a saddlebag, or a basket?",
    choices=[
        Choice(code="bag", label="bag"),
        Choice(code="saddlebag", label="saddlebag"),
        Choice(code="basket", label="basket"),
    ],
)
_STATE = Question(
    id="state",
    type="scale",
    text="From one, badly damaged, to five, like new, what state was the bike in?",
    min=1,
    max=5,
)


def _read(question: Question, text: str):
    return normalise(question, text, today=_TODAY)


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_STARTED, "It didn't not start, if you see what I mean.", "yes"),
        (_CALM, "It wasn't not rough, put it that way.", "no"),
        (_CYCLED, "I wouldn't say we never cycled.", "yes"),
    ],
)
def test_two_negations_of_one_verb_cancel_and_are_read_back(question, text, value):
    read = _read(question, text)
    assert (read.status, read.value, read.method) == ("valid", value, "inferred")


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't say we never cycled far.",  # a degree: the "never" is no "no"
        "It didn't not start, but the pressure dropped.",  # hedged after it
        "It didn't not not start.",  # three negations
    ],
)
def test_two_negations_with_more_keep_no_reading(text):
    question = _STARTED if "start" in text else _CYCLED
    assert _read(question, text).status == "invalid"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Not as often as it should have, but yes.", "yes"),
        ("I'd love to tell you yes, but no.", "no"),
    ],
)
def test_closing_yes_or_no_after_a_concession(text, value):
    read = _read(_STARTED, text)
    assert (read.status, read.value, read.method) == ("valid", value, "inferred")


@pytest.mark.parametrize("text", ["Yes, but no.", "Yes, no, but yes."])
def test_closing_word_with_an_answer_of_its_own_is_asked_again(text):
    assert _read(_STARTED, text).status == "invalid"


def test_a_reported_promise_is_no_part_of_its_own():
    read = _read(_STARTED, "No. The engineer said he would, and he didn't.")
    assert (read.status, read.value) == ("valid", "no")
    # two people's parts with opposite auxiliaries still have no reading
    assert _read(_STARTED, "The engineer did, the apprentice didn't.").status == "invalid"


@pytest.mark.parametrize(
    "text",
    [
        "I never saw the engineer.",
        "I didn't even see the engineer, my flatmate let him in.",
        "My son was in, you'd have to ask him.",
    ],
)
def test_never_seen_or_ask_someone_is_dont_know(text):
    assert _read(_TIDY, text).status == "dont_know"


def test_not_seeing_what_is_asked_about_seeing_is_a_no():
    read = _read(_MANUAL, "I never read the report.")
    assert (read.status, read.value) == ("valid", "no")
    read = _read(_TIDY, "No, I didn't see the engineer.")
    assert (read.status, read.value) == ("valid", "no")  # a plain no said is kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Croissants. I finally gave up on the bagels.", "croissants"),
        ("Croissants instead of bagels.", "croissants"),
        ("Sourdough, we got rid of the bagels ages ago.", "sourdough"),
    ],
)
def test_a_choice_given_up_is_not_chosen(text, value):
    read = _read(_BAKE, text)
    assert (read.status, read.value) == ("valid", value)


def test_a_compound_said_open_is_the_compound_though_its_head_names_another_choice():
    read = _read(_EXTRA, "We took the saddle bag, for the picnic.")
    assert (read.status, read.value) == ("valid", "saddlebag")


@pytest.mark.parametrize("text", ["Three, one hinge was loose.", "A three. Two spokes were bent."])
def test_a_counted_subject_after_the_rating_leaves_the_rating(text):
    read = _read(_STATE, text)
    assert (read.status, read.value, read.method) == ("valid", 3, "inferred")


def test_a_bare_count_after_the_rating_is_still_asked_again():
    assert _read(_STATE, "Three, one was loose.").status == "invalid"


_HIRED = Question(
    id="hired",
    type="multi_choice",
    text="Which did you hire, the bikes, the helmets, the kayak, or the picnic hamper?",
    choices=[
        Choice(code="bikes", label="the bikes", synonyms=["bikes", "bicycles"]),
        Choice(code="helmets", label="the helmets", synonyms=["helmets"]),
        Choice(code="kayak", label="the kayak", synonyms=["kayak", "canoe"]),
        Choice(code="hamper", label="the picnic hamper", synonyms=["hamper", "picnic basket"]),
    ],
)


def test_an_aside_between_list_items_is_no_item():
    plain = _read(_HIRED, "The bikes and the basket.")
    aside = _read(_HIRED, "The bikes, of course, and the basket.")
    assert aside.status == "valid" and set(aside.value) == set(plain.value) == {"bikes", "hamper"}


_BOARD = Question(
    id="board",
    type="single_choice",
    text="Which board did you hire, a foam board, a hard board, or a paddle board?",
    choices=[
        Choice(code="foam", label="foam board"),
        Choice(code="hard", label="hard board"),
        Choice(code="paddle", label="paddle board"),
    ],
)


def test_a_bare_lead_choice_with_another_only_told_about_is_read_back():
    read = _read(_BOARD, "The foam one, the hard boards needed a lesson first.")
    assert (read.status, read.value, read.method) == ("valid", "foam", "inferred")


@pytest.mark.parametrize(
    "text",
    [
        "The foam one, or maybe the hard board.",
        "The foam one, the hard boards needed a lesson, so we did the paddle board.",
    ],
)
def test_a_lead_choice_taken_back_or_doubted_is_not_the_lead(text):
    read = _read(_BOARD, text)
    assert read.value != "foam"
