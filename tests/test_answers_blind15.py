"""Two classes from the held-out answers blind15's wrong values (3 December 2026), in the team's own
phrasings: a number typed beside a word nobody knows ("one fiddy": 1.50 or 150?) is read back,
never stored as read (customario.dialogue.spoken.unknown_word_after_number); a choice followed by
"not so much" is ruled out (customario.dialogue.choice_negation.not_had)."""

from __future__ import annotations

import pytest

from customario.dialogue.spoken import unknown_word_after_number


@pytest.mark.parametrize(
    "text, word",
    [
        ("two fitty", "fitty"),
        ("it was like eight blorps", "blorps"),
        ("12 squillion", "squillion"),
    ],
)
def test_an_unknown_word_after_a_number_is_reported(text, word):
    assert unknown_word_after_number(text) == word


@pytest.mark.parametrize(
    "text",
    [
        "about twenty quid",
        "5 bucks",
        "nine, the staff were great",
        "seven out of ten",
        "twenty dollars fifty",
        "3 kids",
        "six or seven",
        "a ten, definitely",
    ],
)
def test_known_words_after_a_number_are_not(text):
    assert unknown_word_after_number(text) is None


_FERRY = """
name: ferry_tickets
kind: survey
organisation: Harbour Ferries
opening: "Hi, a short survey from Harbour Ferries. Is now a good time?"
questions:
  - id: fare
    type: number
    text: How much did you pay for your ticket, in dollars?
    min: 0
    max: 500
  - id: crossings
    type: number
    text: How many crossings did you make this month?
    min: 0
    max: 60
"""


def test_a_slang_amount_is_read_back_and_a_no_asks_again(tmp_path):
    from datetime import datetime, timezone

    from survey_helpers import recorded, survey_policy

    p = survey_policy(tmp_path, "ferry_tickets", _FERRY, [], datetime(2029, 3, 6, 12, tzinfo=timezone.utc))
    assert p.current.id == "fare"
    assert recorded(p.respond("two fitty")) == {}
    # read as "two fifty" (the mistyped "fitty" corrected, as "tweny second" is since held-out
    # answers blind33; it had been read as 2) and read back like "two fifty" itself
    assert p.phase == "confirm" and p.pending["n"].value == 250
    assert recorded(p.respond("no")) == {}
    assert p.current.id == "fare"
    assert recorded(p.respond("2.50")) == {"fare": 2.5}


# ---------------------------------------------------------------- "X not so much" rules X out
def _gear():
    from customario.definitions import Choice, Question

    return Question(
        id="gear",
        type="multi_choice",
        text="Which did you rent: skis, boots, poles or a helmet?",
        choices=[
            Choice(code="skis", label="skis"),
            Choice(code="boots", label="boots"),
            Choice(code="poles", label="poles"),
            Choice(code="helmet", label="a helmet"),
        ],
    )


@pytest.mark.parametrize(
    "text, codes",
    [
        ("the skis and boots, the poles not so much", ["skis", "boots"]),
        ("skis, boots not really", ["skis"]),
        ("skis, and the helmet less so", ["skis"]),
        ("skis, helmet not really needed but I took it", ["skis", "helmet"]),
    ],
)
def test_a_choice_followed_by_not_so_much_is_ruled_out(text, codes):
    from customario.dialogue.answers import normalise

    r = normalise(_gear(), text)
    assert r.status == "valid" and sorted(r.value) == sorted(codes)
