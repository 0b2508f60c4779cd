"""The answers benchmark's simulated caller when a change of an earlier answer takes them back to
that question (issue 11, benchmarks/answer_corpus.py; voice of 5 December 2026, stop 41).

A caller who says "go back to the paddles, it was three, not two" and is heard only as "go back to
the paddles" is taken back ("Sure, let's go back to that one. How many paddles ...?"). A real
caller answers the question they are asked; the simulated one had fallen silent there, so every
change whose new value the recogniser lost the first time counted as lost. Now they say their
words again, as they do whenever a question is asked again, and the keypad caller types the new
value once offered. A fake recogniser that drops what follows the question's name the first time
shows it, on a canoe-hire survey of the test's own.
"""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from answer_corpus import run_item  # noqa: E402

from customario.definitions import parse_definition  # noqa: E402

SURVEY = parse_definition(
    {
        "name": "canoe_hire",
        "kind": "survey",
        "consent": {"required": False},
        "questions": [
            {"id": "paddles", "type": "number", "text": "How many paddles did you hire?", "min": 1, "max": 6,
             "aliases": ["paddles"]},
            {"id": "river", "type": "scale", "text": "How was the river, from 1 to 5?", "min": 1, "max": 5},
            {"id": "guide", "type": "yes_no", "text": "Did you have a guide?"},
        ],
    },
    "test",
)  # fmt: skip
TODAY = date(2031, 6, 3)
CHANGE = {
    "id": "c1",
    "survey": "canoe_hire",
    "question": "guide",
    "text": "Go back to the paddles, it was three, not two.",
    "before": {"paddles": "two", "river": "four"},
    "expect": {"outcome": "correction", "target": "paddles", "value": 3},
}


def _losing_the_value_once():
    """Every turn heard as said, except the first saying of the change: only up to its first comma."""
    told = {"n": 0}

    def hear(said: str, policy):
        if said == CHANGE["text"]:
            told["n"] += 1
            if told["n"] == 1:
                return "go back to the paddles", 0.6
        return said.lower().strip("."), 0.6

    return hear


def test_the_caller_taken_back_answers_the_question_again():
    v = run_item(CHANGE, {"canoe_hire": SURVEY}, TODAY, _losing_the_value_once(), channel="phone")
    said = [s for s, _h, _c in v.heard]
    assert said.count(CHANGE["text"]) == 2 and v.verdict == "right" and v.stored == ("valid", 3, True)


def test_heard_whole_the_first_time_the_change_is_said_once():
    v = run_item(CHANGE, {"canoe_hire": SURVEY}, TODAY, lambda s, p: (s.lower().strip("."), 0.6), channel="phone")
    said = [s for s, _h, _c in v.heard]
    assert said.count(CHANGE["text"]) == 1 and v.verdict == "right"


def test_a_request_only_to_go_back_is_not_answered_for_the_caller():
    back = {**CHANGE, "id": "c2", "text": "Go back to the paddles.", "expect": {**CHANGE["expect"], "back": True}}
    back["expect"].pop("value")
    v = run_item(back, {"canoe_hire": SURVEY}, TODAY, lambda s, p: (s.lower().strip("."), 0.6), channel="phone")
    assert len(v.heard) == 1 and v.verdict == "right"
