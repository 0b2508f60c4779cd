"""Typed answers, classes read from held-out answers blind61's wrong items (s52), in the team's own
questions and phrasings: a request that the question's words be defined ("Define on time.") is a
question to the agent, not a yes; a hedge before "we haven't decided" leaves it undecided, not a no;
a usual choice with other times told beside it ("mostly X, some days the long one") is read back,
since the other times may name a choice only in part."""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import references
from customario.dialogue.answers import normalise

_ARRIVED = Question(id="arrived", type="yes_no", text="Did the caterers arrive on time for the party?")
_RENEW = Question(id="renew", type="yes_no", text="Will you renew your allotment plot next year?")
_CLASS = Question(
    id="class",
    type="single_choice",
    text="Which swim class does your child go to: the 30-minute splash, the 45-minute improver or the 60-minute squad?",
    choices=[
        Choice(code="splash", label="the 30-minute splash", synonyms=["splash", "30 minute", "thirty minute"]),
        Choice(
            code="improver", label="the 45-minute improver", synonyms=["improver", "45 minute", "forty-five minute"]
        ),
        Choice(code="squad", label="the 60-minute squad", synonyms=["squad", "60 minute", "sixty minute", "an hour"]),
    ],
)


@pytest.mark.parametrize(
    "text",
    ["Define on time.", "Define 'on time' for me.", "Could you define arrive?", "Explain what you mean by on time."],
)
def test_a_request_to_define_the_question_is_a_question_back(text):
    assert references.asks_back(text)


@pytest.mark.parametrize(
    "text", ["Yes, bang on time.", "Definitely on time.", "Explained it all to them, and yes, on time."]
)
def test_an_answer_with_the_words_is_no_request(text):
    assert not references.asks_back(text)
    assert normalise(_ARRIVED, text).value == "yes"


@pytest.mark.parametrize(
    "text",
    ["Maybe, we haven't decided.", "Perhaps. We haven't made up our minds yet.", "Maybe, I haven't decided yet."],
)
def test_a_hedge_before_not_decided_is_a_dont_know(text):
    n = normalise(_RENEW, text)
    assert n.status == "dont_know" and n.value is None


def test_a_plain_no_after_a_hedge_word_is_still_read():
    assert normalise(_RENEW, "No, we're giving it up.").value == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Mostly the splash, some weeks the forty-five.",
        "The improver, though now and then the sixty.",
        "Usually the squad, occasionally the half hour.",
    ],
)
def test_a_usual_choice_with_other_times_told_is_read_back(text):
    n = normalise(_CLASS, text)
    assert n.status == "valid" and n.method == "inferred" and n.confidence < 0.9


def test_a_usual_choice_alone_is_stored_as_said():
    n = normalise(_CLASS, "Mostly the splash.")
    assert n.value == "splash" and n.method != "inferred"
