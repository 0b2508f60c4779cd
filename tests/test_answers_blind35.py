"""Classes from held-out answers blind35's three wrong values (5 December 2026), in the team's own
phrasings (a driving test, a bike service, a house clearance):

- two other people's parts said with opposite auxiliaries, none of them the caller's ("The examiner
  did, the second one didn't") answer neither yes nor no: asked again (had stored the second part);
- "none of your business" and its stock variants ("none of your beeswax", "none of your concern")
  are a refusal, never a zero (had stored 0 dollars);
- "everything" as the object of an activity of its own that is no choice's verb ("Wrapping and
  boxing everything up") is what that activity covered, not every choice: asked again;
- found beside them while probing: a statement with a tag question of the other polarity ("They
  did, didn't they?") answers as the statement, read back (the tag had been read as a no).
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_EXPLAINED = Question(id="explained", type="yes_no", text="Did the driving examiner explain the result?")
_COST = Question(id="cost", type="number", text="How much did the bike service cost, in dollars?", min=0, max=2000)
_JOBS = Question(
    id="jobs",
    type="multi_choice",
    text="Which did the house clearance team do: sorting, hauling, recycling or cleaning?",
    choices=[
        Choice(code="sorting", label="sorting"),
        Choice(code="hauling", label="hauling"),
        Choice(code="recycling", label="recycling"),
        Choice(code="cleaning", label="cleaning"),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "The examiner did, the second one didn't.",
        "One of them did, the other didn't.",
        "She did, he didn't really.",
        "The instructor didn't but the examiner did.",
    ],
)
def test_two_other_peoples_parts_of_opposite_polarity_are_asked_again(text):
    assert normalise(_EXPLAINED, text).status == "invalid", text


@pytest.mark.parametrize(
    "text, value",
    [
        ("No, she didn't, and he didn't either.", "no"),
        ("Yes she did, and I'm glad she did.", "yes"),
    ],
)
def test_parts_that_agree_stay_read(text, value):
    n = normalise(_EXPLAINED, text)
    assert (n.status, n.value) == ("valid", value)


def test_the_callers_own_part_beside_anothers_is_still_read_back():
    n = normalise(_EXPLAINED, "My brother did, I didn't.")
    assert (n.status, n.value, n.method) == ("valid", "no", "inferred")


@pytest.mark.parametrize(
    "text, value",
    [
        ("He did, didn't he?", "yes"),
        ("It was, wasn't it.", "yes"),
        ("She didn't, did she?", "no"),
        ("The examiner did, didn't he?", "yes"),
        ("The examiner didn't, did she?", "no"),
    ],
)
def test_a_statement_with_a_tag_question_is_the_statement_read_back(text, value):
    n = normalise(_EXPLAINED, text)
    assert (n.status, n.value, n.method) == ("valid", value, "inferred")


@pytest.mark.parametrize("text", ["He did, didn't she?", "She didn't, did he?"])
def test_a_tag_about_someone_else_is_asked_again(text):
    assert normalise(_EXPLAINED, text).status == "invalid", text


@pytest.mark.parametrize(
    "text",
    ["None of your beeswax.", "none of ur concern", "None of your flipping business, mate.", "None of your lookout."],
)
def test_none_of_your_business_and_its_variants_are_refusals(text):
    n = normalise(_COST, text)
    assert n.status in ("refused", "invalid") and n.value is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Bagging and lugging everything out.",
        "Scrubbing everything down, and the hauling.",
    ],
)
def test_everything_as_the_object_of_an_activity_is_asked_again(text):
    assert normalise(_JOBS, text).status == "invalid", text


@pytest.mark.parametrize(
    "text",
    ["They did everything.", "Everything.", "We needed everything."],
)
def test_everything_said_of_taking_or_doing_is_every_choice(text):
    n = normalise(_JOBS, text)
    assert (n.status, sorted(n.value)) == ("valid", ["cleaning", "hauling", "recycling", "sorting"])


def test_everything_as_the_object_of_a_choices_own_verb_is_that_choice():
    n = normalise(_JOBS, "They sorted everything.")
    assert n.status == "valid" and n.value == ["sorting"]
