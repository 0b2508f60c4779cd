"""Scale answers: a point of a labelled ``min``..``max`` scale from what a respondent said.

:func:`_normalise_scale` reads a number in range, one of the question's labels ("very satisfied"),
an intensified label ("extremely satisfied", read back), a degree said in other words
(:mod:`customario.dialogue.scale_degrees`) or a point in words ("the middle", ``scales.point_in_words``).
Two points or two labels ("between a 3 and a 4") are asked again; a number and a label on opposite
halves of the scale are asked again. Moved out of :mod:`customario.dialogue.answers` (which calls it
for ``scale`` questions, and :func:`_scale_point` for the words of an NPS answer).
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import quantities, scale_degrees, scales
from customario.dialogue.answer_core import (
    Normalised,
    _ELSEWHEN,
    _HEDGES,
    _any,
    _int_in_range,
    _prep_numbers,
    _self_corrected_tail,
    _valid,
)
from customario.dialogue.spoken import numbers_in


# A negation straight before "not": "it wasn't not acceptable", "it's not not okay".
_NOT_NOT = re.compile(r"\b(?:wasn'?t|isn'?t|weren'?t|aren'?t|was not|is not|were not|are not|it'?s not|not) not\b")


def _normalise_scale(question: Any, t: str) -> Normalised:
    lo, hi = question.bounds
    if _between_points(question, t):
        # "Somewhere between none and moderate", "between a 3 and a 4": two points, asked again
        return Normalised("invalid", reason=f"one number from {lo:g} to {hi:g}")
    stepped = scales.label_step(question, t)
    if stepped is not None:
        return _valid(stepped, "inferred")  # "One below outstanding" on 1-7 labelled 7 outstanding: 6
    undone = _NOT_NOT.search(t)
    if undone and not numbers_in(_prep_numbers(t)):
        # "It wasn't not acceptable": two negations cancel on a label (read back); anything more
        # hedged ("I wouldn't say it wasn't acceptable") keeps no reading
        again = scales.label_value(question, t[: undone.start()] + " " + t[undone.end() :])
        return (
            _valid(again, "inferred")
            if again is not None
            else Normalised("invalid", reason=f"a number from {lo:g} to {hi:g}")
        )
    framed = scales.without_own_frame(t, hi)
    if framed != t and not numbers_in(_prep_numbers(framed)):
        t = framed  # "The middle one out of five" on 1-5: the middle, not five
    label = scales.label_value(question, t)
    if (
        label is not None
        and not numbers_in(_prep_numbers(t))
        and (
            scales.between_degrees(question, t)
            or scales.past_label(question, t)
            or scales.leans_off_label(question, t, label)
        )
    ):
        # "Pretty good." on 3 good .. 4 very good: between two labelled points; "Very good." on
        # 4 good .. 5 excellent: past the label; "The same, maybe a bit better": leaning off it
        # (asked again)
        return Normalised("invalid", reason=f"one number from {lo:g} to {hi:g}")
    said = scales.intensified_labels(question, t)
    corrected = _label_after_correction(question, t) if len(said) > 1 else None
    if corrected is not None:
        return corrected  # "Excellent. Well, good. Let's say good.": the label after the taking back
    if len(said) > 1:
        # "Somewhere between neutral and extremely satisfied": two labels, asked again
        return Normalised("invalid", reason=f"one number from {lo:g} to {hi:g}")
    if label is None and said and not numbers_in(_prep_numbers(t)):
        return _valid(said.pop(), "inferred")  # "extremely satisfied" for "very satisfied": read back
    by_number = _int_in_range(t, lo, hi, "a number")
    others = quantities.without_counts_of_things(quantities.without_other_quantities(t))
    if by_number.status != "valid" and not numbers_in(_prep_numbers(others)):
        # "A wee bit on the easy side", "Much too easy, we were out in twenty minutes" (blind39),
        # "Very poor. They cracked two roof tiles." (blind36): a degree said in other words, or a
        # label beside a count of something else (read back)
        degree = scale_degrees.degree_value(question, t) if label is None else None
        degree = label if label is not None and numbers_in(_prep_numbers(t)) else degree
        if degree is not None:
            return _valid(degree, "inferred")
    if (
        label is None
        and by_number.status == "valid"
        and scales.opposite_end_said(question, _self_corrected_tail(t), by_number.value)
    ):
        # "seven. easy peasy" on 1 far too easy .. 7 far too hard: the words take the other end
        return Normalised("invalid", reason=f"one number from {lo:g} to {hi:g}")
    if label is None and by_number.status != "valid" and not numbers_in(_prep_numbers(t)):
        point = _scale_point(t, lo, hi)
        if point is not None:
            return point
    if label is not None:
        if (
            by_number.status == "valid"
            and (by_number.value - (lo + hi) / 2) * (label - (lo + hi) / 2) < 0
            and scales.label_value(question, _self_corrected_tail(t)) == label
        ):
            # "One. Excellent, really" on 1 very poor .. 5 excellent: the label is on the other
            # half of the scale from the number, so neither is the answer (asked again)
            return Normalised("invalid", reason=f"one number from {lo:g} to {hi:g}")
        if by_number.status == "valid" and by_number.value != label:
            # "very satisfied, a four": the number is what they chose, but read it back.
            return _valid(by_number.value, "inferred")
        if by_number.status == "valid" or not numbers_in(_prep_numbers(t)):
            if _ELSEWHEN.search(t) and len(t.split()) > 3:
                # "Better than last time. Last time I'd have said poor.": whose "poor"? read back
                return _valid(label, "inferred")
            if acknowledgement_only(question, t):
                return _valid(label, "inferred")  # "Okay." to a scale whose label 3 is "okay", unsaid
            return _valid(label, "label" if not _any(_HEDGES, t) else "hedged")
    return by_number


# A word a caller also says to acknowledge a question or to say "go on", as the whole answer.
_ACKNOWLEDGEMENT = re.compile(
    r"^\W*(?:(?:um+|uh+|er+m?|oh|ah|hmm+)\W+)*(?:ok(?:ay)?|alright|all right|fine|sure|right)\W*$"
)


def acknowledgement_only(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) is only a word callers also say to acknowledge what they heard
    ("Okay.", "Alright.", "Fine.") and the scale label it matches is not spoken in the question's
    text: the caller never heard "3 is okay", so the word may be a nod, not a rating (answers
    blind70 had stored "Okay." as 3 on a 1-5 Wi-Fi scale labelled 1 very poor, 3 okay, 5 excellent
    whose question read out only the ends). The label is then read back, never stored at once."""
    if not _ACKNOWLEDGEMENT.match(t):
        return False
    asked = (getattr(question, "text", "") or "").lower()
    word = re.sub(r"\W", " ", t).split()[-1:]
    if word in (["ok"], ["okay"]):
        return not re.search(r"\bok(?:ay)?\b", asked)
    return not word or not re.search(rf"\b{re.escape(word[0])}\b", asked)


# Words of a rating that may stand for a point: "between okay and good", "between the middle and the top".
_RATING_WORDS = re.compile(
    r"\b(?:middle|top|bottom|best|worst|high|higher|highest|low|lower|lowest|good|bad|ok|okay|average|fine|great|poor)\b"
)


def _between_points(question: Any, t: str) -> bool:
    """True when ``t`` puts the rating between two points: a "between ... and ..." whose sentence
    holds a number, one of the question's labels or a rating word ("between a 3 and a 4", "between
    none and moderate"). A "between" of places or things ("There's a gap between the skirting and
    the floor", answers blind52) rates nothing, and the rest of the answer is read."""
    for m in re.finditer(r"\bbetween\b[^.!?;]*?\band\b[^.!?;]*", t):
        said = m.group(0)
        if numbers_in(_prep_numbers(said)) or scales.labels_said(question, said) or _RATING_WORDS.search(said):
            return True
    return False


def _label_after_correction(question: Any, t: str) -> Normalised | None:
    """The one label said after the last self-correction of ``t`` (read back), or None: no
    correction, a number in it, or no single label after it."""
    tail = _self_corrected_tail(t)
    if tail == t or numbers_in(_prep_numbers(tail)) or len(scales.intensified_labels(question, tail)) > 1:
        return None
    label = scales.label_value(question, tail)
    return _valid(label, "self-corrected") if label is not None else None


def _scale_point(t: str, lo: float, hi: float, extremes: bool = True) -> Normalised | None:
    """A point of ``lo``..``hi`` said in words (:func:`scales.point_in_words`), read back; the
    middle of an even scale is asked again."""
    point = scales.point_in_words(t, lo, hi, extremes)
    if point == scales.NO_MIDDLE:
        return Normalised("invalid", reason=f"a number from {lo:g} to {hi:g}")
    return None if point is None else _valid(point, "inferred")
