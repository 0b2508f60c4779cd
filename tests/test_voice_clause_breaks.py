"""The clause breaks of a spoken answer (issue 11), at a piano tuner's survey.

A transcript has no punctuation; :func:`clause_breaks` puts commas back after the words a change or
an aside starts with, after a question named as such, and around a "no" between a number and the one
replacing it. The policy applies it to speech only: "go back one make the tuning tuesday instead"
then changes the earlier date instead of being read as a rating of one, and "six no seven" is seven.
Typed text keeps its own punctuation. Pure functions and policy, no recogniser.
"""

from datetime import datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue.spoken_clauses import clause_breaks
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls as _records

SURVEY = {
    "name": "piano_tuning",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "next_tuning", "type": "date", "text": "What date would suit you for the next tuning?"},
        {"id": "pianos", "type": "number", "text": "How many pianos do you have at home?", "min": 0, "max": 20},
        {
            "id": "rating",
            "type": "scale",
            "text": "From one to ten, how happy are you with the tuner?",
            "min": 1,
            "max": 10,
        },
    ],
}
CAMPAIGN = parse_definition(SURVEY, "test")


@pytest.mark.parametrize(
    "words, broken",
    [
        ("go back one make the tuning tuesday instead", "go back one, make the tuning tuesday instead"),
        ("hold on the pianos question it's two", "hold on, the pianos question, it's two"),
        ("oh wait the date was friday", "oh wait, the date was friday"),
        ("six no seven", "six, no, seven"),
        ("eight sorry let's say nine", "eight, sorry, let's say nine"),
        ("go back a question i said three", "go back a question, i said three"),
    ],
)
def test_the_breaks_a_caller_makes_are_put_back(words, broken):
    assert clause_breaks(words) == broken


@pytest.mark.parametrize(
    "words",
    ["i have no idea", "uh huh", "mm hmm", "seven", "um", "no it was seven", "the question was fine"],
)
def test_no_break_where_the_words_show_none(words):
    assert clause_breaks(words) == words


def test_words_are_never_added_dropped_or_changed():
    for words in ("go back one make the tuning tuesday instead", "six no seven", "well hmm the rating question ten"):
        assert clause_breaks(words).replace(",", "").split() == words.split()


def _policy() -> SurveyPolicy:
    now = datetime(2032, 5, 12, 10, tzinfo=timezone.utc)  # a Wednesday
    policy = SurveyPolicy(CAMPAIGN, tz="UTC", now=lambda: now, channel="phone")
    policy.opening()
    return policy


def test_a_spoken_change_of_an_earlier_answer_is_read_as_one():
    policy = _policy()
    policy.respond("friday", confidence=1.0)
    policy.respond("yes", confidence=1.0)
    assert policy.current.id == "pianos"
    out = policy.respond("go back one make the tuning tuesday instead", confidence=0.3)
    said = " ".join(getattr(a, "text", "") or "" for a in out)
    assert "Tuesday" in said and policy.phase == "confirm" and policy.pending["question"].id == "next_tuning"
    [rec] = _records(policy.respond("yes", confidence=0.6))
    assert (rec["question_id"], rec["value"]) == ("next_tuning", "2032-05-18")


def test_a_spoken_number_replaced_by_the_next_is_the_next():
    policy = _policy()
    policy.respond("friday", confidence=1.0)
    policy.respond("yes", confidence=1.0)
    out = policy.respond("six no seven", confidence=0.3)
    assert policy.phase == "confirm" and policy.pending["n"].value == 7, out


@pytest.mark.parametrize(
    "words", ["is this anonymous", "will anyone see this", "who's going to read it", "why do you ask"]
)
def test_words_shaped_as_a_question_get_its_mark(words):
    from customario.dialogue.spoken_clauses import asked

    assert asked(words) == words + "?"


@pytest.mark.parametrize("words", ["the tuner was late", "it was fine", "seven", "could be better"])
def test_an_answer_gets_no_question_mark(words):
    from customario.dialogue.spoken_clauses import asked

    assert asked(words) == words


def test_a_spoken_question_to_the_agent_is_not_stored_as_an_open_answer():
    s = dict(SURVEY, questions=[{"id": "more", "type": "open", "text": "Anything else you'd like to tell us?"}])
    now = datetime(2032, 5, 12, 10, tzinfo=timezone.utc)
    policy = SurveyPolicy(parse_definition(s, "test"), tz="UTC", now=lambda: now, channel="phone")
    policy.opening()
    assert _records(policy.respond("will the tuner see this", confidence=0.9)) == []
    assert policy.current.id == "more" and policy.phase == "question"
