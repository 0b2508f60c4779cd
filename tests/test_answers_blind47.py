"""Typed answers, from held-out answers blind47's wrong items read as classes after the stop's
development work (issue 11, 6 December 2026). Our own phrasings, on made-up questions:

- a blank mind now ("I'm blanking", "my mind's gone blank", "I'm drawing a blank") is a don't-know,
  also to an open question (blind47 had stored the words as the answer); a story of one is not;
- a number that counts those the question leaves out ("ninety, including us" to "not counting the
  two of you?") is asked again (blind47 had stored it);
- "everything" as the subject of a clause naming one choice ("everything ran late") is that choice,
  not every choice (blind47 had stored all four);
- the thing a yes/no question takes for granted, said never to have been there ("we didn't have a
  planner") is asked again, while the same words to "did you have a planner?" are a no;
- a failing denied ("not once did he fail to ring back", "she never failed to reply") is a yes
  (read back), unless the question is about failing;
- "Can't say he did." as the whole answer is a no (read back); "can't say" alone stays a don't-know;
- "Not unless ..." hangs on a condition: asked again, like "only if";
- "Nothing but X" and "Apart from X, nothing" to a question with a none choice are X (read back).
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_NOTES = Question(id="notes", type="open", text="Is there anything else you'd like to tell us?", required=False)
_PARTY = Question(
    id="party",
    type="number",
    text="How many people came to the party, not counting the two of you?",
    min=1,
    max=400,
)
_PARTY_ALL = Question(id="party_all", type="number", text="How many people came to the party?", min=1, max=400)
_FAULTS = Question(
    id="faults",
    type="multi_choice",
    text="Did anything go wrong at the event with the catering, the lighting, the schedule, or none of these?",
    choices=[
        Choice(code="catering", label="the catering", synonyms=["food", "buffet"]),
        Choice(code="lighting", label="the lighting", synonyms=["lights", "lamps"]),
        Choice(code="schedule", label="the schedule", synonyms=["late", "delays", "running behind"]),
        Choice(code="none", label="none of these", synonyms=["nothing", "no problems"]),
    ],
)
_PLANNER = Question(id="planner", type="yes_no", text="Did your event planner answer your emails promptly?")
_HAD_PLANNER = Question(id="had_planner", type="yes_no", text="Did you have an event planner?")
_ALARM = Question(id="alarm", type="yes_no", text="Did the smoke alarm ever fail during your stay?")
_AGAIN = Question(id="again", type="yes_no", text="Would you hire the hall again?")


@pytest.mark.parametrize(
    "text",
    ["Hmm, I'm blanking, sorry.", "Sorry, my mind's gone blank.", "I'm drawing a complete blank."],
)
def test_a_blank_mind_now_is_a_dont_know(text):
    assert normalise(_NOTES, text).status == "dont_know"


def test_a_story_of_a_blank_mind_is_the_answer():
    r = normalise(_NOTES, "My mind went blank at the speech, but the staff were lovely.")
    assert (r.status, r.value) == ("valid", "My mind went blank at the speech, but the staff were lovely.")


def test_a_count_with_those_left_out_is_asked_again():
    assert normalise(_PARTY, "Ninety, including us.").status == "invalid"
    assert normalise(_PARTY, "About ninety, us included").status == "invalid"


def test_a_count_of_everyone_keeps_its_number():
    r = normalise(_PARTY_ALL, "Ninety, including us.")
    assert (r.status, r.value) == ("valid", 90)
    r = normalise(_PARTY, "Ninety.")
    assert (r.status, r.value) == ("valid", 90)


def test_everything_as_the_subject_of_one_choice_is_that_choice():
    r = normalise(_FAULTS, "Everything ran late, nearly two hours.")
    assert (r.status, r.value) == ("valid", ["schedule"])


def test_everything_going_wrong_is_every_choice():
    r = normalise(_FAULTS, "Everything went wrong.")
    assert r.value == ["catering", "lighting", "schedule"]


def test_the_thing_taken_for_granted_never_there_is_asked_again():
    assert normalise(_PLANNER, "We didn't have a planner, we sorted it ourselves.").status == "invalid"


def test_never_having_one_answers_whether_there_was_one():
    r = normalise(_HAD_PLANNER, "We didn't have a planner, we sorted it ourselves.")
    assert (r.status, r.value) == ("valid", "no")


@pytest.mark.parametrize(
    "text", ["Not once did he fail to ring back the same day.", "She never failed to reply within the hour."]
)
def test_a_failing_denied_is_a_yes_read_back(text):
    r = normalise(_PLANNER, text)
    assert (r.status, r.value, r.method) == ("valid", "yes", "inferred")


def test_never_failing_to_a_question_about_failing_stays_no():
    r = normalise(_ALARM, "It never failed.")
    assert (r.status, r.value) == ("valid", "no")


def test_cant_say_he_did_is_a_no_read_back():
    r = normalise(_PLANNER, "Can't say he did.")
    assert (r.status, r.value, r.method) == ("valid", "no", "inferred")
    assert normalise(_PLANNER, "Can't say.").status == "dont_know"


def test_not_unless_is_asked_again():
    assert normalise(_AGAIN, "Not unless they sort the heating out.").status == "invalid"


@pytest.mark.parametrize(
    "text", ["Nothing but the lights flickering all night.", "Apart from the lamps failing, nothing really."]
)
def test_the_exception_to_nothing_is_the_answer(text):
    r = normalise(_FAULTS, text)
    assert (r.status, r.value, r.method) == ("valid", ["lighting"], "inferred")


def test_an_exception_naming_no_choice_is_asked_again():
    assert normalise(_FAULTS, "Apart from my uncle's speech, nothing.").status == "invalid"
