"""Classes from the held-out answers blind17's wrong values (4 December 2026), in the team's own
phrasings on a sailing-school survey. Each turn below stored a wrong value as valid or coded a
don't-know where the caller was answering; each is now asked again:

- a yes and a no for different parts: "some were, some weren't", "The skipper, yes. The cook,
  absolutely not." (customario.dialogue.yesno.split_answer);
- the thing the question takes for granted never existed: "we never got a safety briefing" to "Was
  the safety briefing clear?" (yesno_asides.premise_denied);
- a doubt about a thing the question does not name ("not sure if the scratch on the hull is new"),
  a name forgotten while the thing is described ("can't remember its name, the one near the
  harbour"), the rest of a list forgotten after part of it (answer_doubts.doubt_beside_answer);
- a yes said only as "fine" or "ok" about the people asked after ("they were fine") is read back
  (yesno_answers._LUKEWARM);
- a share of a sum paid by someone else ("my deductible was a thousand, insurance covered the
  rest") to a question about the whole amount is asked again (number_answers._SHARE_ONLY).
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_INSTRUCTORS = Question(id="instructors", type="yes_no", text="Were the instructors patient with you?")
_BRIEFING = Question(id="briefing", type="yes_no", text="Was the safety briefing clear?")
_PROBLEMS = Question(
    id="problems",
    type="multi_choice",
    text="Did you have any of these problems: a late start, wet gear, a damaged boat, or none of these?",
    choices=[
        Choice(code="late", label="a late start"),
        Choice(code="wet_gear", label="wet gear"),
        Choice(code="damage", label="a damaged boat"),
        Choice(code="none", label="none of these"),
    ],
)
_BASE = Question(
    id="base",
    type="single_choice",
    text="Which base do you sail from, North Quay, Harbour Point or somewhere else?",
    choices=[
        Choice(code="north", label="North Quay"),
        Choice(code="harbour", label="Harbour Point"),
        Choice(code="other", label="somewhere else"),
    ],
)


@pytest.mark.parametrize(
    "q, text",
    [
        (_INSTRUCTORS, "Some were, some weren't."),
        (_INSTRUCTORS, "some of them did, the others didn't really"),
        (_INSTRUCTORS, "The skipper, yes. The cook, absolutely not."),
        (_INSTRUCTORS, "My first instructor, no. The second one, oh yes."),
        (_BRIEFING, "We never got a safety briefing."),
        (_BRIEFING, "I never even had a briefing, we just went out"),
        (_PROBLEMS, "I'm not sure if the scratch on the hull is new or was there before."),
        (_PROBLEMS, "the late start and... sorry, I forget the rest"),
        (_BASE, "Um, I can't remember its name, the one near the harbour wall."),
    ],
)
def test_answers_beside_a_doubt_or_split_are_asked_again(q, text):
    got = normalise(q, text)
    assert got.status == "invalid", (text, got)


@pytest.mark.parametrize(
    "q, text, status, value",
    [
        (_INSTRUCTORS, "Yes, all of them were.", "valid", "yes"),
        (_INSTRUCTORS, "No, sorry, yes they were.", "valid", "yes"),
        (_BRIEFING, "I don't know if the briefing was clear, I was late", "dont_know", None),
        (_BRIEFING, "No, it wasn't clear at all", "valid", "no"),
    ],
)
def test_plain_answers_and_doubts_about_the_question_itself_keep_their_reading(q, text, status, value):
    got = normalise(q, text)
    assert (got.status, got.value) == (status, value), (text, got)


@pytest.mark.parametrize("text", ["Eh, they were fine.", "they were ok I guess", "It was alright."])
def test_a_lukewarm_yes_is_read_back(text):
    got = normalise(_INSTRUCTORS, text)
    assert (got.status, got.value, got.method) in {("valid", "yes", "inferred"), ("invalid", None, "exact")}, (
        text,
        got,
    )


@pytest.mark.parametrize("text", ["Yeah, they were fine, really patient", "Yes, very."])
def test_a_plain_yes_beside_fine_is_stored(text):
    got = normalise(_INSTRUCTORS, text)
    assert (got.status, got.value) == ("valid", "yes") and got.method != "inferred", (text, got)


_COURSE_COST = Question(
    id="cost",
    type="number",
    text="How much did the whole course cost, in dollars?",
    min=0,
    max=20000,
)
_OWN_COST = Question(id="own", type="number", text="How much did you pay yourself, in dollars?", min=0, max=20000)


@pytest.mark.parametrize(
    "text",
    [
        "My share was four hundred, my employer covered the rest.",
        "Out of pocket about 250, the grant paid the remainder.",
        "the excess was 300 and insurance took care of everything else",
    ],
)
def test_a_share_of_the_whole_is_asked_again_when_the_whole_is_asked(text):
    got = normalise(_COURSE_COST, text)
    assert got.status == "invalid", (text, got)


def test_a_share_answers_a_question_about_the_callers_own_payment():
    got = normalise(_OWN_COST, "My share was four hundred, my employer covered the rest.")
    assert (got.status, got.value) == ("valid", 400), got
