"""Answers to a "too little .. just right .. too much" scale said in the caller's own words (issue 11).

A scale whose end labels say "too" of two opposite words ("much too easy", "a bit too easy", "just
right", "a bit too hard", "much too hard"; or "far too easy", "about right", "far too hard") is a
scale of degree around a middle. Callers rarely say its labels: they say "a wee bit on the easy
side", "slightly too easy for us", "way too hard", "too hard by a mile", "spot on", "pitched
perfectly". :func:`degree_value` reads such words as the label of the same degree and side:

- a mild degree ("a bit", "a little", "slightly", "a tad", "a touch", "a wee bit", "somewhat", "on
  the easy side") is the label that says a mild degree on that side;
- a strong degree ("much", "far", "way", "a lot", "miles", "massively", "by a mile", "by far") is
  the label that says a strong degree on that side;
- the middle in other words ("spot on", "bang on", "pitched perfectly", "just the right level",
  "neither too easy nor too hard") is the middle label when it says "right".

"Too hard" with no degree is asked again when the scale has labels of two degrees on that side,
or one label of a degree the caller did not say (a 7-point scale labelled only at its ends and
middle: "a bit too hard" is 5 or 6). The side's word is the label's own or a WordNet synonym of its
first sense ("difficult" for "hard"). Every reading here is ``inferred`` (read back).

Written for answers blind39 (a 1-5 difficulty scale whose paraphrased labels were asked again);
the degree words are the ones survey researchers group as "slightly" and "much" on
bipolar "about right" scales. Pure functions on cleaned, lower-case text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import clean

MILD, STRONG = "mild", "strong"
_MILD_WORDS = (
    r"(?:just |only )?(?:a (?:little |wee |tiny |teeny )?(?:bit|touch|tad|shade|smidge|smidgen)|a little|"
    r"slightly|somewhat|marginally|kind of|kinda|sort of|a wee|a tiny bit|bit)"
)
_STRONG_WORDS = (
    r"(?:much|far|way|waa+y|a lot|lots|miles|massively|hugely|ridiculously|insanely|absurdly|far far|way way|"
    r"so much|a great deal|a good deal|loads|a mile|by a mile)"
)
# What the caller adds after "too <word>" to say it strongly: "too hard by a mile", "too easy by far".
_STRONG_AFTER = r"(?:by (?:a (?:country )?mile|miles|far|a long way|a long shot)|and then some)"
# A middle label that says the level was right: "just right", "about right", "right".
_RIGHT_LABEL = re.compile(r"^(?:just |about |exactly |roughly )?(?:right|spot on|perfect)$")
_MIDDLE_SAID = re.compile(
    r"\b(?:spot on|bang on|dead on|right on|pitched (?:perfectly|just right|right|spot on|about right)|"
    r"perfectly (?:pitched|judged|balanced|set)|(?:just |exactly )?the right (?:level|amount|difficulty|pitch|length|"
    r"size|speed|pace)|goldilocks|just about right|about right|perfect (?:level|difficulty|pitch|balance))\b"
)
# "Perfect.", "It was just perfect": the whole answer, on a scale of degree the right level.
_PERFECT = re.compile(r"\W*(?:(?:oh|well|honestly)\W+)?(?:it was |it'?s |that was )?(?:just |absolutely )?perfect\W*$")
# A clause that takes the middle back or compares: "not spot on", "spot on for the kids, but".
_NOT_BEFORE = re.compile(r"\b(?:not|never|hardly|wasn'?t|isn'?t|weren'?t|nowhere near|far from)\s+(?:\w+\s+)?$")


def _label_shape(label: str) -> tuple[str, str] | None:
    """(degree, side word) of a label "<degree> too <word>" ("much too easy" → (strong, easy)),
    or None."""
    m = re.fullmatch(
        rf"(?:(?P<mild>{_MILD_WORDS})|(?P<strong>{_STRONG_WORDS}|very|extremely|far))?\s*too (?P<side>[a-z]+)", label
    )
    if m is None:
        return None
    degree = MILD if m.group("mild") else STRONG if m.group("strong") else ""
    return degree, m.group("side")


def _shapes(question: Any) -> tuple[dict[tuple[str, str], int], dict[str, str], int | None] | None:
    """({(degree, side): value}, {word: side} for every side's word and its synonyms, middle value),
    or None when the question is no scale of degree around a middle (two sides, each with a label)."""
    labels = {int(v): clean(lab) for v, lab in (getattr(question, "labels", None) or {}).items()}
    shaped: dict[tuple[str, str], int] = {}
    middle = None
    for value, label in labels.items():
        shape = _label_shape(label)
        if shape is not None:
            shaped[shape] = value
        elif _RIGHT_LABEL.match(label):
            middle = value
    sides = {side for _, side in shaped}
    if len(sides) != 2 or any(degree == "" for degree, _ in shaped):
        return None
    words = {side: side for side in sides}
    for side in sides:
        for synonym in _synonyms(side):
            if synonym not in sides:
                words.setdefault(synonym, side)
    return shaped, words, middle


def _synonyms(word: str) -> frozenset[str]:
    """The adjective synonyms of ``word``'s first WordNet sense ("difficult" for "hard"); empty
    without WordNet."""
    from customario.escalation.wordnet import load

    wn = load()
    return wn.synonyms(word, "adj", senses=1) if wn is not None else frozenset()


def degree_value(question: Any, t: str) -> int | None:
    """The value of the label the caller's words say on a scale of degree around a middle (see
    the module docstring), or None: another scale, no degree said, both sides said, a degree the
    labels do not have, or words taken back by a negation."""
    shapes = _shapes(question)
    if shapes is None:
        return None
    shaped, words, middle = shapes
    side_rx = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    said_sides = {words[m.group(0)] for m in re.finditer(rf"\b(?:{side_rx})\b", t)}
    if re.search(r"\bneither too\b.+\bnor too\b|\bnot too\b.+\bnot too\b|\bnot too \w+,? (?:or|nor) too\b", t):
        return middle if len(said_sides) == 2 else None  # "neither too easy nor too hard"
    mid = _MIDDLE_SAID.search(t) or _PERFECT.match(t)
    if mid is not None:
        # "spot on for us but a tad too easy for the kids": the middle and a side, asked again
        return middle if not said_sides and not _NOT_BEFORE.search(t[: mid.start()]) else None
    if len(said_sides) != 1:
        return None
    found = set()
    for m in re.finditer(
        rf"(?:(?P<mild>{_MILD_WORDS})\s+|(?P<strong>{_STRONG_WORDS})\s+)?too (?P<side>{side_rx})\b"
        rf"(?:\s+(?P<after>{_STRONG_AFTER}))?|(?P<mild2>{_MILD_WORDS}\s+)?on the (?P<side2>{side_rx}) side\b",
        t,
    ):
        if _NOT_BEFORE.search(t[: m.start()]):
            return None  # "not too hard", "wasn't a bit too easy"
        side = words[m.group("side") or m.group("side2")]
        if m.group("side2") or m.group("mild"):
            found.add((MILD, side))
        elif m.group("strong") or m.group("after"):
            found.add((STRONG, side))
        else:
            return None  # "too hard": which degree?
    if len(found) != 1:
        return None
    return shaped.get(found.pop())
