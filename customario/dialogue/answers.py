"""Survey answers: normalise what a respondent said into a typed, validated value.

:func:`normalise` is the single rule book used by the offline survey policy, by the
``record_answer`` tool (whatever model called it) and by persona validation. Per question type
(ARCHITECTURE.md section 3):

- ``nps``: an integer 0–10 ("a nine", "eight out of ten", "9/10"); non-integers are rejected.
- ``scale``: an integer ``min``..``max``, or one of the question's ``labels`` ("very satisfied").
- ``yes_no``: ``"yes"``/``"no"`` from many phrasings ("yeah sure", "nope", "absolutely").
- ``single_choice``/``multi_choice``: a choice ``code`` (or list of codes) matched by code, label
  or synonym, by ordinal ("the second one") and, failing that, fuzzily with :mod:`difflib`.
- ``number``: a number in ``min``..``max`` ("twenty five"); ``date``: an ISO date ("next Tuesday",
  "March 3rd"); ``open``: the words themselves.

"Don't know" and "refused" are recognised for every type (unless the question disallows them).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from customario.dialogue.spoken import numbers_in, parse_date

STATUSES = ("valid", "invalid", "dont_know", "refused", "skipped")


@dataclass(frozen=True)
class Normalised:
    """The outcome for one utterance: ``status`` in :data:`STATUSES`, the normalised ``value``
    (int, float, str, list of codes, ISO date) when valid, and ``reason`` (why it is invalid, in
    words an agent can say: "a whole number from 0 to 10")."""

    status: str
    value: Any = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("valid", "dont_know", "refused")


_DONT_KNOW = (
    r"\bdon'?t know\b", r"\bdo not know\b", r"\bdunno\b", r"\bnot sure\b", r"\bno idea\b", r"\bunsure\b",
    r"\bcan'?t (say|remember|recall)\b", r"\bno opinion\b", r"\bhard to say\b", r"\bdon'?t remember\b",
    r"\bno clue\b",
)
_REFUSED = (
    r"\b(prefer|rather) not\b", r"\bnot (going|gonna) (to )?(say|answer|tell)\b", r"\brefuse\b",
    r"\bnone of your business\b", r"\bno comment\b", r"\bdecline to\b", r"\bskip (it|this|that)\b",
    r"^\s*(skip|pass)\s*[.!]?\s*$", r"\bi'?ll pass\b", r"\bprivate\b", r"\bdon'?t want to (say|answer|tell)\b",
    r"\brather not (say|answer|tell)\b", r"\bpass on (this|that)\b",
)
_YES = (
    r"\byes\b", r"\byeah\b", r"\byep\b", r"\byup\b", r"\bya\b", r"\bsure\b", r"\babsolutely\b", r"\bdefinitely\b",
    r"\bof course\b", r"\bcorrect\b", r"\bthat'?s right\b", r"\bcertainly\b", r"\bindeed\b", r"\bi did\b",
    r"\bit did\b", r"\bit was\b", r"\baffirmative\b", r"\btotally\b", r"\buh[- ]?huh\b", r"\bokay\b", r"\bok\b",
    r"\bgo ahead\b", r"\bfine\b", r"\bright\b", r"\bi do\b", r"\bi am\b", r"\byes please\b",
)
_NO = (
    r"\bno\b", r"\bnope\b", r"\bnah\b", r"\bnot really\b", r"\bnever\b", r"\bnegative\b", r"\bdidn'?t\b",
    r"\bdid not\b", r"\bwasn'?t\b", r"\bwas not\b", r"\bnot at all\b", r"\bno way\b", r"\bdon'?t\b",
    r"\bi do not\b", r"\bisn'?t\b",
)
_NO_NEUTRAL = (r"\bno problem\b", r"\bno worries\b", r"\bnot a problem\b", r"\bwhy not\b")
_ORDINAL_WORDS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "last": -1}


def _any(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip()


def is_dont_know(text: str) -> bool:
    """True for "I don't know", "not sure", "no idea", ..."""
    return _any(_DONT_KNOW, _clean(text))


def is_refusal(text: str) -> bool:
    """True for "I'd rather not say", "no comment", "skip", ..."""
    return _any(_REFUSED, _clean(text))


def yes_no(text: str) -> str | None:
    """``"yes"``, ``"no"`` or None (neither, or both: "yes and no")."""
    t = _clean(text)
    for p in _NO_NEUTRAL:
        t = re.sub(p, " ", t)
    yes, no = _any(_YES, t), _any(_NO, t)
    if yes and no:
        # "no, it did" / "yeah no": trust the first word when it is a plain yes/no word.
        first = re.match(r"\W*(\w+)", t)
        word = first.group(1) if first else ""
        if word in ("no", "nope", "nah"):
            return "no"
        if word in ("yes", "yeah", "yep", "yup"):
            return "yes"
        return None
    return "yes" if yes else "no" if no else None


def _phrase_in(phrase: str, text: str) -> bool:
    phrase = _clean(phrase)
    return bool(phrase) and re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text) is not None


def match_choices(question: Any, text: str) -> list[str]:
    """Codes of the choices mentioned in ``text`` (code, label, synonym, ordinal, then fuzzy)."""
    t = _clean(text)
    found: list[str] = []
    for c in question.choices:
        if any(_phrase_in(p, t) for p in [c.code.replace("_", " "), c.code, c.label, *c.synonyms]):
            found.append(c.code)
    if found:
        return found
    for word, idx in _ORDINAL_WORDS.items():
        if re.search(rf"\b(the )?{word}( one| option)?\b", t) and len(t.split()) <= 4:
            return [question.choices[idx].code]
    # Fuzzy: every word/bigram of the answer against every phrase of every choice.
    words = re.findall(r"[a-z0-9']+", t)
    grams = words + [" ".join(p) for p in zip(words, words[1:])]
    best: dict[str, float] = {}
    for c in question.choices:
        for phrase in [c.label, *c.synonyms, c.code.replace("_", " ")]:
            phrase = _clean(phrase)
            for g in grams:
                if len(g) < 3:
                    continue
                ratio = difflib.SequenceMatcher(None, g, phrase).ratio()
                if ratio >= 0.8:
                    best[c.code] = max(best.get(c.code, 0), ratio)
    return [c.code for c in question.choices if c.code in best]


def _int_in_range(text: str, lo: float, hi: float, what: str) -> Normalised:
    nums = list(dict.fromkeys(numbers_in(text)))
    reason = f"{what} from {lo:g} to {hi:g}"
    if len(nums) != 1:
        return Normalised("invalid", reason=reason)
    n = nums[0]
    if n != int(n):
        return Normalised("invalid", reason=f"a whole number from {lo:g} to {hi:g}")
    if not lo <= n <= hi:
        return Normalised("invalid", reason=reason)
    return Normalised("valid", int(n))


def normalise(question: Any, text: str, *, today: date | None = None) -> Normalised:
    """Normalise ``text`` (the respondent's words) for ``question`` (a definitions.Question).

    ``today`` anchors relative dates (defaults to the system date; pass the respondent's local date).
    Never raises for bad input: an unusable answer gives ``status="invalid"`` with a ``reason``.
    """
    t = _clean(text)
    if not t:
        return Normalised("invalid", reason="an answer")
    qtype = question.type
    numeric = qtype in ("nps", "scale", "number") and numbers_in(t)
    if not numeric:
        if is_refusal(t):
            if question.allow_refused:
                return Normalised("refused")
            return Normalised("invalid", reason="an answer to this question")
        if is_dont_know(t):
            if question.allow_dont_know:
                return Normalised("dont_know")
            return Normalised("invalid", reason="your best guess")
    if qtype == "nps":
        return _int_in_range(t, 0, 10, "a whole number")
    if qtype == "scale":
        for value, label in (question.labels or {}).items():
            if _phrase_in(label, t):
                return Normalised("valid", int(value))
        lo, hi = question.bounds
        return _int_in_range(t, lo, hi, "a number")
    if qtype == "yes_no":
        yn = yes_no(t)
        return Normalised("valid", yn) if yn else Normalised("invalid", reason="yes or no")
    if qtype in ("single_choice", "multi_choice"):
        labels = ", ".join(c.label for c in question.choices)
        if qtype == "multi_choice":
            if re.search(r"\ball of (them|the above)\b|\ball three\b|\beverything\b", t):
                return Normalised("valid", [c.code for c in question.choices])
            if re.search(r"^(none|nothing|none of (them|those|the above))\b", t):
                return Normalised("valid", [])
        codes = match_choices(question, t)
        if qtype == "single_choice":
            if len(codes) == 1:
                return Normalised("valid", codes[0])
            return Normalised("invalid", reason=f"one of: {labels}")
        return Normalised("valid", codes) if codes else Normalised("invalid", reason=f"one or more of: {labels}")
    if qtype == "number":
        nums = list(dict.fromkeys(numbers_in(t)))
        lo, hi = question.bounds
        rng = f" from {lo:g} to {hi:g}" if lo is not None and hi is not None else ""
        if len(nums) != 1:
            return Normalised("invalid", reason=f"a number{rng}")
        n = nums[0]
        if (lo is not None and n < lo) or (hi is not None and n > hi):
            return Normalised("invalid", reason=f"a number{rng}")
        return Normalised("valid", int(n) if n == int(n) else n)
    if qtype == "date":
        d = parse_date(t, today or date.today(), prefer="past")
        return Normalised("valid", d.isoformat()) if d else Normalised("invalid", reason="a date, such as last Tuesday or March 3rd")
    # open
    return Normalised("valid", (text or "").strip())


def validate_value(question: Any, value: Any) -> Normalised:
    """Check an already-normalised ``value`` (e.g. given by an LLM tool call) against the question."""
    if isinstance(value, str):
        return normalise(question, value)
    if isinstance(value, bool):
        return normalise(question, "yes" if value else "no")
    if isinstance(value, (int, float)):
        return normalise(question, repr(value))
    if isinstance(value, list) and question.type == "multi_choice":
        codes = {c.code for c in question.choices}
        if all(v in codes for v in value):
            return Normalised("valid", [c.code for c in question.choices if c.code in value])
        return Normalised("invalid", reason="choice codes: " + ", ".join(sorted(codes)))
    return Normalised("invalid", reason=f"an answer of type {question.type}")


def describe(question: Any, value: Any) -> str:
    """A short spoken form of a normalised value ("nine", "online", "yes") for confirmations."""
    if question.type in ("single_choice", "multi_choice"):
        labels = {c.code: c.label for c in question.choices}
        if isinstance(value, list):
            return ", ".join(labels.get(v, v) for v in value) or "none"
        return labels.get(value, str(value))
    return str(value)
