"""Yes/no and don't-know phrasings found by voice20's probes on 5 December 2026 (issue 11), in the
team's own wording on other topics (a rowing club, a model railway shop):

- "not the foggiest (idea)" and "don't have the foggiest" are a don't-know ("Not the foggiest idea."
  had been stored as a no to a yes/no question); the other superlatives need their noun ("not the
  slightest idea" is a don't-know, "Not the slightest." to "Any trouble?" stays a no);
- "I won't say no" is a yes read back, like "I wouldn't say no" (it had been taken for a refusal);
- "I don't mind" as the whole answer to a yes/no question is asked again: to "Would you like ...?"
  it is a mild yes, to "Would you mind if ...?" consent, to "Did it bother you?" a no.
"""

from __future__ import annotations

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise

LETTER = Question(id="letter", type="yes_no", text="Did the rowing club send you a renewal letter?")
TROUBLE = Question(id="trouble", type="yes_no", text="Did you have any trouble finding the model railway shop?")
CATALOGUE = Question(id="cat", type="yes_no", text="Would you like the spring catalogue posted to you?")
VISITS = Question(id="visits", type="number", text="How many outings did you row this season?", min=0, max=200)


@pytest.mark.parametrize(
    "text",
    [
        "Not the foggiest idea.",
        "Not the foggiest.",
        "I don't have the foggiest, sorry love",
        "not the slightest idea",
        "Not the faintest clue, my husband deals with the post",
        "Not the first idea.",
    ],
)
@pytest.mark.parametrize("question", [LETTER, CATALOGUE, VISITS])
def test_not_the_foggiest_is_a_dont_know(question, text):
    assert normalise(question, text).status == "dont_know"


@pytest.mark.parametrize("text", ["Not the slightest.", "No, not the slightest problem"])
def test_a_superlative_without_its_noun_stays_a_no(text):
    n = normalise(TROUBLE, text)
    assert n.status == "valid" and n.value == "no"


@pytest.mark.parametrize("text", ["I won't say no", "I won't say no to that, go on then", "We won't say no."])
def test_i_wont_say_no_is_a_yes_read_back(text):
    n = normalise(CATALOGUE, text)
    assert n.status == "valid" and n.value == "yes" and n.method in LENIENT_METHODS


def test_i_wont_say_is_still_a_refusal():
    assert normalise(CATALOGUE, "I won't say.").status == "refused"


@pytest.mark.parametrize(
    "text", ["I don't mind.", "Don't mind either way.", "Um, I don't really mind.", "we don't mind at all"]
)
@pytest.mark.parametrize("question", [CATALOGUE, TROUBLE])
def test_i_dont_mind_alone_is_asked_again(question, text):
    n = normalise(question, text)
    assert n.status not in ("valid", "dont_know", "refused")


@pytest.mark.parametrize("text", ["No, I don't mind the walk from the station", "I wouldn't mind."])
def test_minding_said_with_more_keeps_its_reading(text):
    n = normalise(CATALOGUE if text.startswith("I wouldn't") else TROUBLE, text)
    assert n.status == "valid"
