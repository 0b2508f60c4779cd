"""Typed yes/no and choice answers, from development corpus answers blind46's wrong items read as
classes (issue 11, 6 December 2026). Our own phrasings, on made-up questions:

- two places of the list, each hedged on its own ("Maybe the second, maybe the third, I forget") are
  named choices not chosen between: asked again, never coded don't-know;
- a present state told as a change ("He does now, he didn't at first") is answered by the clause
  about now, read back; the same contrast to a question about the past answers both ways: asked again;
- a reassurance to the listener ("don't you worry", "never fear") is not a no;
- the question's modal negated after a subject ("She won't") is a no to "Will ...?", read back;
  "I won't lie, ..." is an idiom that goes on, never a no.
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_SNACKS = Question(
    id="snacks",
    type="single_choice",
    text="Which snack did you buy at half time, a pie, a hot dog, crisps or nothing?",
    choices=[
        Choice(code="pie", label="a pie"),
        Choice(code="hot_dog", label="a hot dog"),
        Choice(code="crisps", label="crisps"),
        Choice(code="nothing", label="nothing"),
    ],
)
_LIKES = Question(id="likes", type="yes_no", text="Does your son like the swimming club?")
_LIKED = Question(id="liked", type="yes_no", text="Did your son like the swimming club?")
_RENEW = Question(id="renew", type="yes_no", text="Will you renew your allotment next year?")


@pytest.mark.parametrize(
    "said",
    [
        "Maybe the second, maybe the third, I forget which.",
        "perhaps it was the first one, perhaps the last",
    ],
)
def test_two_hedged_places_are_asked_again_not_dont_know(said):
    got = normalise(_SNACKS, said)
    assert got.status == "invalid"


def test_one_hedged_place_is_still_read():
    got = normalise(_SNACKS, "maybe the second one")
    assert (got.status, got.value) == ("valid", "hot_dog")


@pytest.mark.parametrize(
    "said, value",
    [
        ("He does now, he didn't at first.", "yes"),
        ("He didn't at the start, but he does these days.", "yes"),
        ("He used to love it, not any more though, he doesn't now.", "no"),
    ],
)
def test_a_change_over_time_is_answered_by_now_and_read_back(said, value):
    got = normalise(_LIKES, said)
    assert (got.status, got.value, got.method) == ("valid", value, "inferred")


def test_the_same_contrast_to_a_question_about_the_past_is_asked_again():
    got = normalise(_LIKED, "He does now, he didn't at first.")
    assert got.status == "invalid"


@pytest.mark.parametrize("said", ["We'll be back next year, don't you worry.", "Never fear, we'll be there."])
def test_a_reassurance_is_not_a_no(said):
    got = normalise(_RENEW, said)
    assert got.value != "no"


def test_the_caller_s_own_worry_is_still_a_no():
    got = normalise(
        Question(id="worry", type="yes_no", text="Do you worry about your plot in winter?"), "I don't worry about it."
    )
    assert (got.status, got.value) == ("valid", "no")


@pytest.mark.parametrize("said", ["She won't.", "We won't, sadly.", "no, I won't"])
def test_the_question_s_modal_negated_is_a_no(said):
    got = normalise(_RENEW, said)
    assert (got.status, got.value) == ("valid", "no")


def test_i_won_t_lie_is_no_answer_of_its_own():
    got = normalise(_RENEW, "I won't lie, we love the plot.")
    assert got.value != "no"


def test_a_negated_modal_other_than_the_question_s_is_left_alone():
    got = normalise(_LIKES, "He won't.")
    assert got.status == "invalid"
