"""Keypad (DTMF) answers to closed survey questions, as IVR systems take them (issue 11).

A caller on a telephone line can type the answer to a numeric or menu question instead of saying
it: the digits of an ``nps``, ``scale`` or ``number`` answer; ``1`` for yes and ``2`` for no; the
position of a ``single_choice`` choice (1 = the first) when there are at most nine; the position of
every ``multi_choice`` choice that applies ("13" = the first and the third), at most nine choices;
a ``date`` as month and day (four digits, "0915" = 15 September, the year taken from the question's
tense like a spoken "September fifteenth") or month, day and year (eight digits, "09152027"); an
amount of money with ``*`` as the decimal point ("45*99" = 45.99, as bill-payment IVRs take
dollars and cents; :func:`decimal_point`). The entry is exact, so it is stored with confidence 1.0
and method ``keypad``; only a date (its year, and with it the weekday, is inferred, as IVR systems
read back a keyed date) and an amount typed with a decimal point are read back first
(:func:`reads_back`). An entry that does not fit (``11`` on 0-10, ``7`` with four choices, ``1332`` as a
date) is asked again, never moved into range.

The digits reach the policy only from the room session's keypad collector
(:mod:`customario.conversation.keypad`), never from words: no spoken or typed text is read as a
keypad entry. Pure functions, no livekit import.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from customario.dialogue.answers import Normalised

OFFER = "You can also type it on your keypad and press pound."
# Said after a read-back said a second time on a phone call (``survey_readback``): a 1 or a 2 typed
# next is the caller's yes or no to that read-back, whatever the question's own keys mean.
READ_BACK_OFFER = "Or press 1 for yes or 2 for no."
METHOD = "keypad"
MAX_CHOICES = 9
YES_NO_KEYS = {"1": "yes", "2": "no"}
YES_NO_KEYS_FOR = {v: k for k, v in YES_NO_KEYS.items()}


DATE_KEYS = (4, 8)  # MMDD, MMDDYYYY
MONTHS = ("January February March April May June July August September October November December").split()


def accepts(question: Any) -> bool:
    """True when ``question`` (a definitions.Question) can be answered on the keypad."""
    if question.type in ("nps", "scale", "number", "yes_no", "date"):
        return True
    return question.type in ("single_choice", "multi_choice") and len(question.choices) <= MAX_CHOICES


def decimal_point(question: Any) -> bool:
    """True when ``*`` is the decimal point of a keypad entry for ``question``: a ``number``
    question about money ("How much did you pay, in dollars and cents?"), which has no other way to
    take cents on a telephone keypad. Elsewhere ``*`` starts the entry again."""
    from customario.dialogue.quantities import asks_money

    return question.type == "number" and asks_money(question)


def reads_back(question: Any, keys: str = "") -> bool:
    """True when a valid keypad entry ``keys`` for ``question`` is read back before it is stored: a
    date, whose year (and weekday) the agent inferred from month and day, and an amount typed with
    ``*`` as its decimal point (a key callers seldom use, so the agent says what it took)."""
    return question.type == "date" or ("*" in keys and decimal_point(question))


def say_amount(value: float) -> str:
    """An amount of money typed on the keypad in words for its read-back: 45.99 → "forty five
    dollars and ninety nine cents" (espeak reads "45.99" as "forty-five point nine nine")."""
    from customario.dialogue.spoken import number_words

    cents = int(round(value * 100))
    dollars, rest = divmod(cents, 100)
    words = f"{number_words(dollars)} dollar{'s' if dollars != 1 else ''}"
    return words + (f" and {number_words(rest)} cent{'s' if rest != 1 else ''}" if rest else "")


def hint(question: Any) -> str:
    """How to answer ``question`` on the keypad, one short sentence ("" when it cannot be)."""
    if question.type == "yes_no":
        return "Press 1 for yes or 2 for no."
    if question.type == "single_choice" and accepts(question):
        return f"Press 1 to {len(question.choices)} for the choice, in the order I read them."
    if question.type == "multi_choice" and accepts(question):
        return "You can also press the number of each choice that applies, in the order I read them, then pound."
    if question.type == "date":
        return "You can also type the month and the day as four digits, like 0 3 1 4 for March 14, then pound."
    if decimal_point(question):
        return "You can also type it on your keypad, with star for the decimal point, and press pound."
    if accepts(question):
        return OFFER
    return ""


def read_keys(question: Any, keys: str, today: date | None = None) -> Normalised:
    """The answer the keypad entry ``keys`` (digits only, without the closing ``#``) gives to
    ``question``: valid with confidence 1.0 and method ``keypad``, or invalid with a ``reason``
    (a number outside the question's range or choices is never clamped). ``today`` anchors the
    year of a date typed as month and day (the caller's local date; the system date if None)."""
    keys = (keys or "").strip()
    if not accepts(question):
        return Normalised("invalid", reason="a spoken answer", confidence=0.0, method=METHOD)
    if "*" in keys and decimal_point(question):
        return _amount_keyed(question, keys)
    if not keys.isdigit() or not keys.isascii():
        return Normalised("invalid", reason=_reason(question), confidence=0.0, method=METHOD)
    if question.type == "yes_no":
        value: Any = YES_NO_KEYS.get(keys)
    elif question.type == "single_choice":
        n = int(keys)
        value = question.choices[n - 1].code if 1 <= n <= len(question.choices) else None
    elif question.type == "multi_choice":
        value = _choices_keyed(question, keys)
    elif question.type == "date":
        value = _date_keyed(question, keys, today)
    else:
        value = int(keys)
        lo, hi = question.bounds
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            value = None
    if value is None:
        return Normalised("invalid", reason=_reason(question), confidence=0.0, method=METHOD)
    return Normalised("valid", value, confidence=1.0, method=METHOD)


def keys_for(question: Any, value: Any, today: date | None = None) -> str | None:
    """The digits that enter ``value`` for ``question`` (the inverse of :func:`read_keys`), or
    None when the value cannot be typed (a fraction, a negative number, a question without keys).
    A date is typed as month and day when that gives it on ``today``, else with the year."""
    if not accepts(question) or value is None:
        return None
    if question.type == "yes_no":
        v = ("yes" if value else "no") if isinstance(value, bool) else str(value).lower()
        return {"yes": "1", "no": "2"}.get(v)
    if question.type == "single_choice":
        codes = [c.code for c in question.choices]
        return str(codes.index(value) + 1) if value in codes else None
    if question.type == "multi_choice":
        codes = [c.code for c in question.choices]
        chosen = list(value) if isinstance(value, (list, tuple)) else [value]
        if not chosen or any(v not in codes for v in chosen):
            return None
        return "".join(sorted({str(codes.index(v) + 1) for v in chosen}))
    if question.type == "date":
        return _date_keys(question, value, today)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        return None
    if value != int(value) and decimal_point(question):
        keys = f"{int(value)}*{int(round(value * 100)) % 100:02d}"
        return keys if _amount_keyed(question, keys).value == round(value, 2) else None
    if value != int(value):
        return None
    keys = str(int(value))
    return keys if read_keys(question, keys).status == "valid" else None


def _amount_keyed(question: Any, keys: str) -> Normalised:
    """An amount typed with ``*`` as the decimal point: digits, one star, at most two digits of
    cents ("45*99" = 45.99, "45*5" = 45.50, "45*" = 45.00, "*75" = 0.75); anything else, or an
    amount outside the question's range, is invalid (never clamped)."""
    whole, _, cents = keys.partition("*")
    ok = (whole or cents) and all(p.isdigit() and p.isascii() for p in (whole, cents) if p) and len(cents) <= 2
    value = round(int(whole or 0) + int((cents or "0").ljust(2, "0")) / 100, 2) if ok else None
    lo, hi = question.bounds
    if value is None or (lo is not None and value < lo) or (hi is not None and value > hi):
        return Normalised("invalid", reason=_reason(question), confidence=0.0, method=METHOD)
    return Normalised("valid", int(value) if value == int(value) else value, confidence=1.0, method=METHOD)


def _choices_keyed(question: Any, keys: str) -> list[str] | None:
    """The codes of the choices at the typed positions ("31" = the first and the third, in the
    question's order, a repeated key counted once), or None for a key with no choice (0, 7 of 4)."""
    at = sorted({int(k) for k in keys})
    if not at or at[0] < 1 or at[-1] > len(question.choices):
        return None
    return [question.choices[i - 1].code for i in at]


def _date_keyed(question: Any, keys: str, today: date | None) -> str | None:
    """The ISO date typed as MMDD or MMDDYYYY, read like the spoken "March 14" / "March 14 2027"
    (the question's tense picks the year of MMDD, its rules apply), or None."""
    from customario.dialogue.answers import normalise

    if len(keys) not in DATE_KEYS:
        return None
    month, day = int(keys[:2]), int(keys[2:4])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    try:  # a day the month does not have (0231) is not a date, in any year
        date(2000, month, day)
    except ValueError:
        return None
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    said = f"{MONTHS[month - 1]} {day}{suffix}" + (f" {keys[4:]}" if len(keys) == 8 else "")
    n = normalise(question, said, today=today)
    return n.value if n.status == "valid" and isinstance(n.value, str) else None


def _date_keys(question: Any, value: Any, today: date | None) -> str | None:
    try:
        d = date.fromisoformat(str(value))
    except ValueError:
        return None
    for keys in (f"{d:%m%d}", f"{d:%m%d%Y}"):
        if _date_keyed(question, keys, today) == d.isoformat():
            return keys
    return None


def _reason(question: Any) -> str:
    if question.type == "yes_no":
        return "1 for yes or 2 for no on the keypad"
    if question.type in ("single_choice", "multi_choice"):
        return f"a number from 1 to {len(question.choices)} on the keypad"
    if question.type == "date":
        return "the month and the day as four digits on the keypad"
    lo, hi = question.bounds
    if lo is not None and hi is not None:
        return f"a number from {lo:g} to {hi:g}"
    return "a whole number"
