"""Keypad (DTMF) answers to closed survey questions, as IVR systems take them (issue 11).

A caller on a telephone line can type the answer to a numeric or menu question instead of saying
it: the digits of an ``nps``, ``scale`` or ``number`` answer; ``1`` for yes and ``2`` for no; the
position of a ``single_choice`` choice (1 = the first) when there are at most nine. The entry is
exact, so it is stored with confidence 1.0 and method ``keypad`` and never read back; an entry that
does not fit (``11`` on 0-10, ``7`` with four choices) is asked again, never moved into range.

The digits reach the policy only from the room session's keypad collector
(:mod:`customario.conversation.keypad`), never from words: no spoken or typed text is read as a
keypad entry. Pure functions, no livekit import.
"""

from __future__ import annotations

from typing import Any

from customario.dialogue.answers import Normalised

OFFER = "You can also type it on your keypad and press pound."
METHOD = "keypad"
MAX_CHOICES = 9
YES_NO_KEYS = {"1": "yes", "2": "no"}


def accepts(question: Any) -> bool:
    """True when ``question`` (a definitions.Question) can be answered on the keypad."""
    if question.type in ("nps", "scale", "number", "yes_no"):
        return True
    return question.type == "single_choice" and len(question.choices) <= MAX_CHOICES


def hint(question: Any) -> str:
    """How to answer ``question`` on the keypad, one short sentence ("" when it cannot be)."""
    if question.type == "yes_no":
        return "Press 1 for yes or 2 for no."
    if question.type == "single_choice" and accepts(question):
        return f"Press 1 to {len(question.choices)} for the choice, in the order I read them."
    if accepts(question):
        return OFFER
    return ""


def read_keys(question: Any, keys: str) -> Normalised:
    """The answer the keypad entry ``keys`` (digits only, without the closing ``#``) gives to
    ``question``: valid with confidence 1.0 and method ``keypad``, or invalid with a ``reason``
    (a number outside the question's range or choices is never clamped)."""
    keys = (keys or "").strip()
    if not accepts(question):
        return Normalised("invalid", reason="a spoken answer", confidence=0.0, method=METHOD)
    if not keys.isdigit() or not keys.isascii():
        return Normalised("invalid", reason=_reason(question), confidence=0.0, method=METHOD)
    if question.type == "yes_no":
        value: Any = YES_NO_KEYS.get(keys)
    elif question.type == "single_choice":
        n = int(keys)
        value = question.choices[n - 1].code if 1 <= n <= len(question.choices) else None
    else:
        value = int(keys)
        lo, hi = question.bounds
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            value = None
    if value is None:
        return Normalised("invalid", reason=_reason(question), confidence=0.0, method=METHOD)
    return Normalised("valid", value, confidence=1.0, method=METHOD)


def keys_for(question: Any, value: Any) -> str | None:
    """The digits that enter ``value`` for ``question`` (the inverse of :func:`read_keys`), or
    None when the value cannot be typed (a fraction, a negative number, a question without keys)."""
    if not accepts(question) or value is None:
        return None
    if question.type == "yes_no":
        v = ("yes" if value else "no") if isinstance(value, bool) else str(value).lower()
        return {"yes": "1", "no": "2"}.get(v)
    if question.type == "single_choice":
        codes = [c.code for c in question.choices]
        return str(codes.index(value) + 1) if value in codes else None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value) or value < 0:
        return None
    keys = str(int(value))
    return keys if read_keys(question, keys).status == "valid" else None


def _reason(question: Any) -> str:
    if question.type == "yes_no":
        return "1 for yes or 2 for no on the keypad"
    if question.type == "single_choice":
        return f"a number from 1 to {len(question.choices)} on the keypad"
    lo, hi = question.bounds
    if lo is not None and hi is not None:
        return f"a number from {lo:g} to {hi:g}"
    return "a whole number"
