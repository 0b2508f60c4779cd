"""Typed answers, from held-out answers blind43's wrong items read as classes after the stop's
development work (issue 11, 6 December 2026). Our own phrasings, on made-up questions:

- "everything" (or "all") inside the reason the caller gives ("..., because I lose everything") is
  not every choice: the choices named before it are the answer (blind43 had stored all four lens
  extras for "Scratch resistant, because ...");
- "I'd rather not have to ..." wishes something away and declines nothing: an open answer, not a
  refusal (blind43 had coded a comment refused);
- "skipping that" is the refusal keyword as a participle ("Nope, skipping that." had been stored as
  the comment);
- praise opened with an interjection and raised by an intensifier, to a yes/no question ("Oh yeah,
  super polite, he threw it over the fence", stored as a yes), is read back before it is stored
  (the ``irony`` shape of :mod:`customario.dialogue.answer_risk_shapes`).
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answer_risk import risks
from customario.dialogue.answers import normalise

_UPGRADES = Question(
    id="upgrades",
    type="multi_choice",
    text="Which upgrades did you add to the bike, mudguards, a rack, lights, or none of these?",
    choices=[
        Choice(code="mudguards", label="mudguards"),
        Choice(code="rack", label="a rack", synonyms=["pannier rack"]),
        Choice(code="lights", label="lights"),
        Choice(code="none", label="none of these", synonyms=["none"]),
    ],
)
_REMARKS = Question(
    id="remarks", type="open", text="Anything else you'd like to tell us about the service?", required=False
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Lights, because I ride home after dark and I can't see anything.", ["lights"]),
        ("The pannier rack, cos I carry everything to work.", ["rack"]),
        ("Mudguards, since everything round here is muddy.", ["mudguards"]),
    ],
)
def test_everything_in_the_reason_is_not_every_choice(text, value):
    got = normalise(_UPGRADES, text)
    assert got.status == "valid" and got.value == value


def test_everything_as_the_answer_is_still_every_choice():
    got = normalise(_UPGRADES, "Everything you had, mudguards, rack and lights.")
    assert got.status == "valid" and sorted(got.value) == ["lights", "mudguards", "rack"]


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather not have to wait a fortnight for the parts next time.",
        "We'd prefer not to need to ring three times to get a booking.",
    ],
)
def test_a_wish_with_rather_not_have_to_is_the_comment(text):
    got = normalise(_REMARKS, text)
    assert got.status == "valid" and got.value == text


@pytest.mark.parametrize("text", ["Nah, skipping this.", "Skipping that one, thanks.", "I'd rather not say."])
def test_skipping_and_rather_not_say_are_refusals(text):
    assert normalise(_REMARKS, text).status == "refused"


_TIDY = Question(id="tidy", type="yes_no", text="Did the plumber leave the bathroom tidy?")


@pytest.mark.parametrize(
    "text",
    [
        "Oh yes, really tidy, there was a puddle on the floor for a week.",
        "Oh sure, so careful, he left his tools in my bath.",
    ],
)
def test_raised_praise_after_an_interjection_is_read_back(text):
    assert "irony" in risks(_TIDY, text, True)


@pytest.mark.parametrize("text", ["Yes, very tidy.", "Oh, yes.", "Really tidy, thanks."])
def test_plain_praise_is_not_irony(text):
    assert "irony" not in risks(_TIDY, text, True)
