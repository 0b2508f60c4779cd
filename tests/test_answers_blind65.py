"""Typed answers, classes read from held-out answers blind65's wrong items (s54), in the team's own
questions and phrasings: "I don't want to comment" declines the question (a refusal, not a no); a
yes and a no said one after the other as sentences of their own, then a doubt, is asked again
rather than coded as don't know; a thing described while its name is not known ("the thing with the
felt, I don't know what it's called") is asked again, while the name alone not known stays a
don't-know."""

from __future__ import annotations

import pytest

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue.answers import normalise

_CLEAR = Question(id="clear", type="yes_no", text="Was the instructor easy to follow?")
_TRIED = Question(id="tried", type="yes_no", text="Have you baked any of the recipes since the class?")
_EXTRAS = Question(
    id="extras",
    type="multi_choice",
    text="Apart from the service, did the engineer descale, replace a seal, or clean the filter?",
    choices=[
        Choice(code="descale", label="descale", synonyms=["descaled"]),
        Choice(code="seal", label="replace a seal", synonyms=["new seal"]),
        Choice(code="filter", label="clean the filter", synonyms=["filter"]),
    ],
)


@pytest.mark.parametrize(
    "text",
    ["I don't want to comment on the instructor.", "I don't really want to comment.", "Do not want to comment, sorry."],
)
def test_not_wanting_to_comment_is_a_refusal(text):
    assert normalise(_CLEAR, text).status == "refused"


@pytest.mark.parametrize("text", ["No. I don't want to be rude, but no.", "No, I didn't want to follow along."])
def test_a_no_beside_not_wanting_stays_a_no(text):
    n = normalise(_CLEAR, text)
    assert n.status == "valid" and n.value == "no", n


@pytest.mark.parametrize(
    "text", ["Yes. No. Hmm, I'm not sure.", "No... yes... I honestly don't know.", "Yeah. Nah. Not sure."]
)
def test_a_yes_and_a_no_then_a_doubt_is_asked_again(text):
    assert normalise(_TRIED, text).status == "invalid"


@pytest.mark.parametrize("text", ["I'm not sure.", "No idea, to be honest."])
def test_a_plain_doubt_stays_a_dont_know(text):
    assert normalise(_TRIED, text).status == "dont_know"


@pytest.mark.parametrize(
    "text",
    [
        "She did the thing with the little brush inside, I don't know what it's called.",
        "Some job to do with the hose, not sure what you call it.",
    ],
)
def test_a_thing_described_without_its_name_is_asked_again(text):
    assert normalise(_EXTRAS, text).status == "invalid"


@pytest.mark.parametrize("text", ["Not sure what it's called.", "I don't know the names of any of it."])
def test_the_name_alone_not_known_stays_a_dont_know(text):
    assert normalise(_EXTRAS, text).status == "dont_know"
