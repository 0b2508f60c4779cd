"""An article held back only as an unsure near miss, answered when the caller's extra words say only
when or what kind (issue 11, helper kb20, stop 39).

The search holds an article back as *maybe a near miss* (``refused`` begins "maybe a near miss", :data:`kb_ask.MAYBE`) when the
words that set the caller's question apart from it are in no article at all: "what memory *type*
does the 7800X3D support" against "Do AM5 processors like the Ryzen 7800X3D work with DDR4
memory?", "if I order by 2 in the *afternoon* Eastern, same day?" against the shipping article.
Such a word may name another thing ("What's the *max* RAM the Z790 Tomahawk takes?", "restocking fee
on a *monitor*") or a paraphrase; the article is then only offered ("Are you asking about ...?").

A word that names no thing nor action cannot make the question about something else. Two classes
of WordNet nouns are of that kind, read from the first sense of the word:

- a **time** (lexicographer file ``noun.time``: "afternoon", "noon", "tomorrow", "week"): it says
  when, and the article's own rule decides what happens then;
- a **category** (a noun whose first sense has *category* among its hypernyms: "type", "kind",
  "sort", "variety"): "what type of RAM" asks the article's own thing by its kind.

When every such word of the caller's question is one of these, and the article's confidence
before the unsure cap reached the answer threshold, the article answers (its confidence is raised
to the threshold, the reason recorded as ``lifted``). Verbs, adjectives, numbers, words WordNet does
not know and every other noun keep the offer: on the development corpora they are as often the
near miss's own subject ("pair", "repair", "speed", "slots", "max", "cooler") as a paraphrase.
"""

from __future__ import annotations

from customario.escalation import wordnet
from customario.escalation.kb_words import SELF_TERMS, WEAK_TERMS, is_general

_MAYBE = "maybe a near miss"  # the reason the search records (kb_ask.MAYBE)
_POS = ("noun", "verb", "adj", "adv")


def _main_pos(word: str) -> str | None:
    """The part of speech WordNet gives ``word`` most senses as (its own form first, else its base
    form), or None when unknown or tied."""
    wn = wordnet.load()
    if wn is None:
        return None
    own = {p: wn.sense_count(word, p) if word in wn.lemmas(word, p)[:1] else 0 for p in _POS}
    counts = own if any(own.values()) else {p: wn.sense_count(word, p) for p in _POS}
    best = max(counts.values())
    tops = [p for p in _POS if counts[p] == best]
    return tops[0] if best and len(tops) == 1 else None


def says_when_or_kind(word: str) -> bool:
    """True when ``word`` is a noun (its main part of speech in WordNet) whose first sense is a time
    ("afternoon", "tomorrow") or a category ("type", "kind"); False for anything else, a number or a
    word WordNet does not know."""
    if not word.isalpha() or _main_pos(word) != "noun":
        return False
    wn = wordnet.load()
    if wn.classes(word, "noun") == ["noun.time"]:
        return True
    return "category" in wn.ancestors(word, "noun", senses=1)


def apart_words(query_terms: list[str], hit: dict, dfs: dict[str, int]) -> list[str]:
    """The terms of the question that set it apart from ``hit`` as an unsure near miss: not matched
    by it, not question-shaping or self-naming, in no article (``dfs`` 0) and not general (an adverb)."""
    matched = set(hit.get("matched") or [])
    return [
        t
        for t in query_terms
        if t not in matched
        and t not in WEAK_TERMS
        and t not in SELF_TERMS
        and not dfs.get(t, 0)
        and not is_general(t, dfs.get(t, 0))
    ]


def answer_when_or_kind(query_terms: list[str], hits: list[dict], dfs: dict[str, int], threshold: float) -> None:
    """Answer with ``hits[0]`` (in place) when it was held back only as an unsure near miss, its
    confidence before that cap (``lexical``) reached ``threshold``, and every word setting the
    question apart from it (:func:`apart_words`) says when or what kind (:func:`says_when_or_kind`)."""
    if not hits or hits[0]["confidence"] >= threshold:
        return
    best = hits[0]
    if not (str(best.get("refused") or "").startswith(_MAYBE) and best.get("unsure_only")):
        return
    if (best.get("lexical") or 0) < threshold:
        return
    apart = apart_words(query_terms, best, dfs)
    if apart and all(says_when_or_kind(t) for t in apart):
        best["confidence"], best["refused"], best["lifted"] = threshold, None, "the extra words say when or what kind"
