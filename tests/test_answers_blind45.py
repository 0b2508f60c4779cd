"""Typed answers, from held-out answers blind45's wrong items read as classes after the stop's
development work (issue 11, 6 December 2026). Our own phrasings, on made-up questions:

- "one of the first two (three ...)" names places of the list not chosen between: asked again, never
  coded don't-know (blind45 had coded "One of the first two, I can't remember which" don't-know);
- "anything but the evening", "anything except a letter": the choice said is the one ruled out, an
  article or "by" between (blind45 had stored the excluded choice);
- "Both, ..." to a single-choice question with no combined choice: more than one is said, even when
  only one choice is recognised (blind45 had stored one of the two);
- "wait" as the verb of the story ("they made me wait again") takes nothing back: a yes for one part
  and a no for another stay both (blind45 had stored the yes);
- a limit of the question said back hedged ("about ten minutes" to "within ten minutes?") or "right
  on the line" is either side of it: asked again (blind45 had stored a yes).
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_ISSUES = Question(
    id="issues",
    type="multi_choice",
    text="Did any of these go wrong, the heating, the wifi, the shower, or the parking?",
    choices=[
        Choice(code="heating", label="the heating"),
        Choice(code="wifi", label="the wifi"),
        Choice(code="shower", label="the shower"),
        Choice(code="parking", label="the parking"),
    ],
)
_SLOT = Question(
    id="slot",
    type="single_choice",
    text="Which delivery slot suits you, the morning, the afternoon or the evening?",
    choices=[
        Choice(code="morning", label="the morning"),
        Choice(code="afternoon", label="the afternoon"),
        Choice(code="evening", label="the evening"),
    ],
)
_CHANNEL = Question(
    id="channel",
    type="single_choice",
    text="How should we send the receipt, by email, by text or by post?",
    choices=[
        Choice(code="email", label="email"),
        Choice(code="text", label="text"),
        Choice(code="post", label="post", synonyms=["a letter"]),
    ],
)
_PURPOSE = Question(
    id="purpose",
    type="single_choice",
    text="What did you come in for, a repair, a new phone, or a contract question?",
    choices=[
        Choice(code="repair", label="a repair"),
        Choice(code="new_phone", label="a new phone"),
        Choice(code="contract", label="a contract question"),
    ],
)
_QUICK = Question(id="quick", type="yes_no", text="Was your call answered within five minutes?")


@pytest.mark.parametrize("said", ["One of the first two, I'm not sure which.", "one of the last three, can't recall"])
def test_one_of_a_run_of_places_is_asked_again_never_dont_know(said):
    assert normalise(_ISSUES, said).status == "invalid"


@pytest.mark.parametrize(
    "question, said, ruled_out",
    [
        (_SLOT, "Anything but the evening, please.", "evening"),
        (_CHANNEL, "Anything except a letter.", "post"),
        (_SLOT, "any time other than the morning", "morning"),
    ],
)
def test_the_choice_after_anything_but_is_never_stored(question, said, ruled_out):
    got = normalise(question, said)
    assert got.value != ruled_out


def test_both_to_a_single_choice_is_asked_again():
    got = normalise(_PURPOSE, "Both, the screen was cracked and I wanted to ask about my contract.")
    assert got.status == "invalid"


def test_a_combined_choice_still_takes_both():
    q = Question(
        id="stay",
        type="single_choice",
        text="Did you stay in a tent, a caravan, or both a tent and a caravan?",
        choices=[
            Choice(code="tent", label="a tent"),
            Choice(code="caravan", label="a caravan"),
            Choice(code="both", label="both a tent and a caravan"),
        ],
    )
    assert normalise(q, "both of them, the tent and the caravan").value == "both"


def test_wait_as_a_verb_keeps_a_yes_and_a_no_for_two_parts():
    got = normalise(_QUICK, "Yes for the first call, then no, they made me wait again for billing.")
    assert got.status == "invalid"


def test_wait_as_an_interjection_still_takes_back():
    got = normalise(_QUICK, "No, wait, yes, it was quick.")
    assert (got.status, got.value) == ("valid", "yes")


_PARCEL = Question(id="parcel", type="yes_no", text="Was your parcel delivered within two days of ordering?")


@pytest.mark.parametrize(
    "question, said",
    [
        (_QUICK, "About five minutes, right on the line."),
        (_QUICK, "five-ish minutes, borderline"),
        (_PARCEL, "about two days"),
        (_PARCEL, "two days or so, right on the line"),
    ],
)
def test_the_limit_said_back_hedged_is_asked_again(question, said):
    assert normalise(question, said).status == "invalid"


def test_the_limit_said_plainly_with_a_yes_is_still_a_yes():
    got = normalise(_QUICK, "within five minutes, yes")
    assert (got.status, got.value) == ("valid", "yes")


def test_both_as_a_determiner_of_something_else_is_no_second_answer():
    role = Question(
        id="role",
        type="single_choice",
        text="Are you a pupil, a parent or a teacher?",
        choices=[
            Choice(code="pupil", label="a pupil"),
            Choice(code="parent", label="a parent"),
            Choice(code="teacher", label="a teacher"),
        ],
    )
    got = normalise(role, "Both my girls go there, I'm their mum, so a parent.")
    assert (got.status, got.value) == ("valid", "parent")


def test_nothing_but_after_a_negation_keeps_the_only_choice():
    got = normalise(_ISSUES, "I didn't have trouble with anything but the wifi.")
    assert got.value == ["wifi"]
