"""Pronunciations for words the recogniser's dictionary lacks, built from words it has (issue 11).

The per-question language models (``_sphinx``) hold only words of the bundled CMU dictionary; until
7 December 2026 a phrase with any other word was dropped from the model without a word. A survey's
choice names are often such words: "improvers" (swim school groups), "motorway", "audiobooks",
"e-book", "trade-in", "parsnips". 197 different words of the development corpora's closed-question
models were missing, and a caller's "she's in the improvers, not beginners" had no path but
"improvement" (answers blind53 voice sample, both telephone rows).

:func:`pronunciation` derives an ARPAbet string for such a word from dictionary words, in the way
English builds it: a hyphenated word from its parts, a compound from two words ("motor" + "way"),
and the regular inflections and the agent suffix from their stem ("improve" + "-er" + "-s"), with
the allomorphs of English phonology (plural and past endings: Z/S/IH Z and D/T/IH D after voiced,
voiceless and sibilant or alveolar sounds; e.g. Ladefoged & Johnson, A Course in Phonetics,
ch. 3). Digits, abbreviations and words with no such parts stay missing. Pure Python, no
pocketsphinx import: the caller passes the dictionary look-up.
"""

from __future__ import annotations

from typing import Callable

Lookup = Callable[[str], "str | None"]

_SIBILANTS = frozenset({"S", "Z", "SH", "ZH", "CH", "JH"})
_VOICELESS = frozenset({"P", "T", "K", "F", "TH"})
_MIN_PART = 3  # letters of each part of a compound: shorter ones ("a", "by") split real words wrongly
_MAX_DEPTH = 3


def _plural(stem: str) -> str:
    last = stem.split()[-1]
    return stem + (" IH Z" if last in _SIBILANTS else " S" if last in _VOICELESS else " Z")


def _past(stem: str) -> str:
    last = stem.split()[-1]
    return stem + (" IH D" if last in ("T", "D") else " T" if last in _VOICELESS | {"SH", "CH"} else " D")


def _stems(word: str, suffix: str) -> list[str]:
    """The stems ``word`` may be ``stem + suffix`` of: with a silent e dropped ("improve" + "er",
    tried first before a vowel suffix), as it is, with a final consonant doubled ("run" + "er"), with y turned into i."""
    if not word.endswith(suffix) or len(word) - len(suffix) < _MIN_PART:
        return []
    stem = word[: -len(suffix)]
    out = [stem + "e", stem] if suffix in ("er", "ing", "ed") else [stem, stem + "e"]
    if len(stem) > _MIN_PART and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        out.append(stem[:-1])
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")
    return out


def pronunciation(lookup: Lookup, word: str, _depth: int = 0) -> str | None:
    """The ARPAbet pronunciation of the lower-case ``word``: ``lookup(word)`` (the dictionary's),
    else one derived from dictionary words (see the module docstring), else None. Derivations tried
    in order: hyphenated parts ("e-book"), the possessive and plural -'s/-s/-es ("parsnips"), the
    agent -er ("improver"), -ing and -ed, and a compound of two words of at least three letters
    each ("motorway"), each part pronounced by the same rules (at most three levels deep)."""
    found = lookup(word)
    if found or _depth >= _MAX_DEPTH or not word.replace("-", "").replace("'", "").isalpha():
        return found or None
    deeper = _depth + 1
    if "-" in word:
        parts = [pronunciation(lookup, p, deeper) for p in word.split("-") if p]
        return " ".join(parts) if parts and all(parts) else None  # type: ignore[arg-type]
    derived = [
        (stem, ending)
        for suffix, ending in _SUFFIXES
        if not (suffix == "s" and word.endswith("ss"))  # "fibreglass" is no plural
        for stem in _stems(word, suffix)
        if not (suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh", "y")))
    ]
    # A dictionary stem first ("hoover" + "-ed"), then one derived in its turn ("improver" + "-s"):
    # a made-up stem ("hoovere") must not be split into a compound before the real one is tried.
    for stem, ending in derived:
        said = lookup(stem)
        if said:
            return ending(said)
    for stem, ending in derived:
        said = pronunciation(lookup, stem, deeper)
        if said:
            return ending(said)
    # Compounds with the longer second part first: "ride" + "share", "inner" + "spring", not
    # "rides" + "hare", "inners" + "pring"; two dictionary words before a derived second part.
    cuts = range(_MIN_PART, len(word) - _MIN_PART + 1)
    for cut in cuts:
        left, right = lookup(word[:cut]), lookup(word[cut:])
        if left and right:
            return f"{left} {right}"
    for cut in cuts:
        left = lookup(word[:cut])
        right = pronunciation(lookup, word[cut:], deeper) if left else None
        if right:
            return f"{left} {right}"
    return None


def _agent(stem: str) -> str:
    return stem + " ER"


def _progressive(stem: str) -> str:
    return stem + " IH NG"


# Suffixes in the order tried, each with the sounds it adds to its stem's.
_SUFFIXES = (
    ("'s", _plural),
    ("es", _plural),
    ("s", _plural),
    ("ed", _past),
    ("er", _agent),
    ("ing", _progressive),
)
