"""The part of an answer about the caller's own model, when one article speaks of several (issue 11).

An article may name several models or families side by side, each in a sentence of its own: "AMD
AM5 processors such as the Ryzen 7 7800X3D ... support DDR5 memory only. Intel 14th generation
processors work with DDR4 or DDR5 depending on the motherboard; the MSI Z790 Tomahawk takes DDR5.
DDR4 and DDR5 modules are not interchangeable." A caller who names one of them ("x3d + ddr4 ok??",
"my son's 7600X and the DDR4 from his old rig") asks about that model, so the sentence naming it is
the answer, not the general one nor the other model's. Its article's own question names the models
too, so the search's usual rule (words of the article's question choose no part of it) cannot tell
the sentences apart, and the nearest sentence in meaning was read instead.

The rule is an inverse document frequency of names inside the article: each name the caller says
(a model number, a capitalised product or brand word of the answer: :func:`kb_question.named_things`)
counts ``1 / (sentences of the answer naming it)``, so "DDR4", in two sentences, counts half of
"7600X", in one. A caller's model word written short is the answer's model it ends or begins ("x3d"
for "7800X3D", "7800" for "7800X3D"), and an Intel processor number names its generation ("14900K":
"14th generation", :func:`kb_items.generations`). Parts of equal weight are left to the other rules.
Source: issue 11, kb blind7, blind12, blind16, blind24, blind26, blind27, blind29, blind31 and
blind32 (the Intel sentence or the general one read for an AM5 processor the caller named).
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import split_sentences
from customario.escalation.kb_items import generations
from customario.escalation.kb_question import named_things

_TOKEN_RE = re.compile(r"[a-z0-9]+")
# A caller's short form of a model word ("x3d", "7800") has at least this many characters.
_SHORT_FORM = 3


def answer_names(answer: str) -> list[str]:
    """The names of ``answer``, lower case: :func:`kb_question.named_things` (model numbers,
    capitalised words inside a sentence) and a capitalised word opening a sentence right before
    another name or a model number ("Intel 14th generation", "AMD AM5", "Bosch Performance"), as a
    brand before its product line; "Every product", "Standard shipping" are no names."""
    names = list(named_things(answer))
    for m in re.finditer(r"(?:^|[.!?;]\s+)([A-Z][A-Za-z]+)\s+([A-Z][A-Za-z0-9]*|\d+[A-Za-z]*\b)", answer or ""):
        names.append(m.group(1).lower())
    return list(dict.fromkeys(names))


def _model_word(word: str) -> bool:
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _says(name: str, tokens: set[str]) -> bool:
    """The caller's ``tokens`` name ``name`` (lower case): the word itself, or for a model word
    with letters and digits ("7800x3d") a short form of it that it ends or begins with ("x3d",
    "7800")."""
    if name in tokens:
        return True
    if not _model_word(name):
        return False
    for t in tokens:
        if len(t) < _SHORT_FORM or t == name:
            continue
        if name.endswith(t) and any(c.isalpha() for c in t) and name[-len(t) - 1].isdigit():
            return True  # "x3d" of "7800x3d": the letters after the number
        if name.startswith(t) and t.isdigit() and name[len(t)].isalpha():
            return True  # "7800" of "7800x3d": the number before the letters
    return False


def caller_names(query: str, answer: str) -> list[str]:
    """The names of ``answer`` (lower case) that ``query`` says, per :func:`_says`, and the Intel
    generations its processor numbers name ("14th" for "14900K"). [] when none."""
    tokens = set(_TOKEN_RE.findall((query or "").lower()))
    names = [n for n in answer_names(answer) if _says(n, tokens)]
    return names + [g for g in generations(query, answer) if g not in names]


def short_forms(query: str, answer: str) -> list[str]:
    """The model words of ``answer`` (lower case) that ``query`` names only by a short form of them
    ("7800x3d" for "x3d + ddr4 ok??"), per :func:`_says`. [] when none."""
    tokens = set(_TOKEN_RE.findall((query or "").lower()))
    return [n for n in answer_names(answer) if n not in tokens and _says(n, tokens)]


def _holds(part: str, name: str) -> bool:
    return name in _TOKEN_RE.findall(part.lower())


def model_weight(part: str, names: list[str], answer: str) -> float:
    """Sum over ``names`` that ``part`` holds of 1 / (sentences of ``answer`` holding the name)."""
    sentences = split_sentences(answer)
    weight = 0.0
    for n in names:
        spread = sum(1 for s in sentences if _holds(s, n))
        if spread and _holds(part, n):
            weight += 1 / spread
    return weight


def prefer_caller_model(parts: list[str], query: str, answer: str) -> list[str]:
    """Of ``parts``, those naming the caller's model most specifically (the highest
    :func:`model_weight`); ``parts`` unchanged when the caller names nothing of the answer's or
    every part weighs the same."""
    if len(parts) < 2:
        return parts
    names = caller_names(query, answer)
    if not names:
        return parts
    weights = {p: model_weight(p, names, answer) for p in parts}
    top = max(weights.values())
    if top == 0 or len(set(weights.values())) == 1:
        return parts
    return [p for p in parts if weights[p] == top]


def outweighed(part: str, parts: list[str], query: str, answer: str) -> bool:
    """True when another of ``parts`` names the caller's model more specifically than ``part``
    (:func:`model_weight`): the search's pick gives way to it."""
    names = caller_names(query, answer)
    if not names or not part:
        return False
    mine = model_weight(part, names, answer)
    return any(model_weight(p, names, answer) > mine for p in parts if p != part)


def _kind_of(name: str) -> str | None:
    """The letters a model word of one kind shares with its alternatives ("ddr" of "ddr4" and
    "ddr5"), when it is letters then a number; else None."""
    m = re.fullmatch(r"([a-z]+)(\d+)", name)
    return m.group(1) if m else None


def with_relation(query: str, part: str, answer: str) -> str:
    """``part`` followed by the sentence of ``answer`` that relates the caller's thing to the one
    ``part`` states, when ``part`` names an alternative of one kind ("DDR5") but not the one the
    caller names ("DDR4"), and one sentence of ``answer`` names both and no other name of the
    answer: "The MSI Z790 Tomahawk takes DDR5." for "will the Z790 Tomahawk work with my DDR4 kit?"
    is read with "DDR4 and DDR5 modules are not interchangeable.", which says whether the caller's
    one fits. ``part`` unchanged otherwise."""
    names = [n for n in dict.fromkeys(named_things(answer)) if _kind_of(n)]
    tokens = set(_TOKEN_RE.findall((query or "").lower()))
    mine = [n for n in names if n in tokens and not _holds(part, n)]
    stated = [n for n in names if _holds(part, n) and n not in tokens]
    pairs = [(w, v) for w in mine for v in stated if _kind_of(w) == _kind_of(v)]
    if not pairs:
        return part
    others = set(answer_names(answer))
    for s in split_sentences(answer):
        if s.strip(" .") in part:
            continue
        held = {n for n in others if _holds(s, n)}
        if any(held == {w, v} for w, v in pairs):
            return f"{part.rstrip()} {s.strip()}"
    return part
