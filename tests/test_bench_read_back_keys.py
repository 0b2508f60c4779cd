"""The answers benchmark's simulated caller at a read-back that offers the keypad (issue 11,
benchmarks/answer_corpus.py).

On the '+keypad' rows the caller, offered "Or press 1 for yes or 2 for no." at a read-back said a
second time, types the same truthful reply they would say: 1 when the value read back is the one
they gave, 2 when it is not. On the voice rows they keep talking. A fake recogniser that loses
every "yes" (as the telephone band does) and hears everything else as said shows both, on a
kayak-rental survey of the test's own.
"""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from answer_corpus import run_item  # noqa: E402

from customario.definitions import parse_definition  # noqa: E402

SURVEY = parse_definition(
    {
        "name": "kayak_rental",
        "kind": "survey",
        "consent": {"required": False},
        "questions": [
            {"id": "hours", "type": "number", "text": "How many hours did you paddle?", "min": 1, "max": 12},
            {"id": "tip", "type": "open", "text": "Any tip for the next paddler?"},
        ],
    },
    "test",
)
TODAY = date(2031, 7, 9)


def _hearing(misheard: dict[str, str]):
    """Every reply heard faintly (read back); a "yes" heard as "their"; ``misheard`` maps what
    the caller said to what is heard instead."""

    def hear(said: str, policy):
        if said == "yes":
            return "their", 0.1
        return misheard.get(said, said.lower().strip(".")), 0.3

    return hear


def test_the_keypad_caller_types_1_when_the_read_back_is_right():
    item = {"id": "k1", "survey": "kayak_rental", "question": "hours", "text": "three", "expect": {"value": 3}}
    v = run_item(item, {"kayak_rental": SURVEY}, TODAY, _hearing({}), keypad=True, channel="phone")
    assert v.verdict == "right" and v.keyed and ("[keypad] 1", "[keypad] 1", 1.0) in v.heard


def test_the_keypad_caller_types_2_when_the_read_back_is_wrong():
    item = {"id": "k2", "survey": "kayak_rental", "question": "hours", "text": "three", "expect": {"value": 3}}
    v = run_item(
        item, {"kayak_rental": SURVEY}, TODAY, _hearing({"three": "four", "no": "hmm"}), keypad=True, channel="phone"
    )
    assert v.verdict != "wrong" and ("[keypad] 2", "[keypad] 2", 1.0) in v.heard


def test_an_open_answer_is_confirmed_on_the_keypad_too():
    item = {
        "id": "k3",
        "survey": "kayak_rental",
        "question": "tip",
        "text": "bring a hat",
        "expect": {"value": "bring a hat"},
    }
    v = run_item(item, {"kayak_rental": SURVEY}, TODAY, _hearing({}), keypad=True, channel="phone")
    assert v.verdict == "right" and v.keyed


def test_the_voice_row_caller_keeps_talking():
    item = {"id": "k4", "survey": "kayak_rental", "question": "hours", "text": "three", "expect": {"value": 3}}
    v = run_item(item, {"kayak_rental": SURVEY}, TODAY, _hearing({}), keypad=False, channel="phone")
    assert not v.keyed and v.verdict != "wrong" and not any(s.startswith("[keypad]") for s, _h, _c in v.heard)
