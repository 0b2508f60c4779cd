"""Kinds of things the knowledge base names by example, and general rules that cover them (issue 11).

Articles often say what kind of thing a name is: "What power supply does a graphics card like the
RTX 4090 need?", "AMD AM5 processors such as the Ryzen 7 7800X3D". A caller who names one of those
things in a question about another article ("RTX 4070 Super warranty, how long?") asks about a
thing of that kind, and an article whose answer states a rule for the kind ("3 years for graphics
cards") covers it: its answer is a general rule, not an article about another product.

:func:`kinds_named` reads, from the articles in scope, each kind (the words before "like" or "such
as": "graphics card") with its examples (the names after it: "RTX", "4090"), and the names the
caller used that are examples of one (:func:`instances`: "RTX 4070 Super" is one by its "RTX").
:func:`covered_by` then says which of those names an article covers: it is not the article the kind
was learned from, and its answer names the kind. :func:`customario.escalation.knowledge.search`
lets such names neither count against that article's confidence nor make it a near miss, and reads
the part of its answer that names the kind. A name the answer's kind does not cover ("the warranty
on a 7800X3D" against "3 years for graphics cards") still sets the question apart as before.

No word lists: the kinds and their examples are the knowledge base's own words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from customario.escalation.kb_excerpt import has_word
from customario.escalation.kb_words import terms

# "a graphics card like the RTX 4090", "AM5 processors such as the Ryzen 7 7800X3D or 7600X": up
# to three words before the cue (the kind), then names (capitalised or with digits) after it. A
# comma before the cue ("a 16-pin connector, such as the Corsair RM1000x") leaves the kind unsure.
_KIND_RE = re.compile(
    r"((?:[A-Za-z0-9][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+(?:like|such as)\s+(?:the\s+)?"
    r"((?:(?:[A-Z0-9][\w-]*|or|and)[\s,]*)+)"
)
_NAME_RE = re.compile(r"[A-Z0-9][\w-]*")
_DETERMINERS = {"a", "an", "the", "our", "your", "any", "some", "does", "do", "what", "which", "how"}


class Kind(NamedTuple):
    """A kind of thing an article names by example: ``words`` (its search terms, "graphics",
    "card"), ``head`` (its last word, which an answer must name: "card"), ``examples`` (the lower-case
    names given for it: "rtx", "4090") and ``source`` (the id of the article that names it)."""

    words: tuple[str, ...]
    head: str
    examples: frozenset[str]
    source: int
    # Capitalised words the articles write right after an example ("Super" of "RTX 4070 Super").
    tails: frozenset[str] = frozenset()


def kinds_named(articles: list[dict]) -> list[Kind]:
    """The kinds the ``articles`` (dicts with ``id``, ``question``, ``answer``) name by example."""
    out = []
    for a in articles:
        for text in (a.get("question") or "", a.get("answer") or ""):
            for m in _KIND_RE.finditer(text):
                words = [w for w in m.group(1).split() if w.lower() not in _DETERMINERS]
                kind_terms = tuple(terms(" ".join(words)))
                names = frozenset(
                    n.lower()
                    for n in _NAME_RE.findall(m.group(2))
                    if n.lower() not in ("or", "and") and not (n.isdigit() and len(n) < 3)  # "Ryzen 7"
                )
                if kind_terms and names and not names & set(kind_terms):
                    text_all = f"{a.get('question') or ''} {a.get('answer') or ''}"
                    names |= _family(names, text_all)
                    tails = _tails(names, text_all)
                    out.append(Kind(kind_terms, kind_terms[-1], frozenset(names), a["id"], tails))
    return out


def _family(examples: frozenset[str], text: str) -> set[str]:
    """Model numbers the article gives after a family name among ``examples`` ("RTX" of "the RTX
    4090": "4070" and "4060" of "the RTX 4070 Super needs 650 W and the RTX 4060 needs 550 W"),
    so that a caller who says only "my 4070" names a thing of the kind too."""
    families = [e for e in examples if e.isalpha()]
    out: set[str] = set()
    for family in families:
        for m in re.finditer(rf"\b{re.escape(family)}\s+([A-Za-z]*\d[\w-]*)", text, re.I):
            if len(m.group(1)) >= 3:
                out.add(m.group(1).lower())
    return out


def _tails(examples: set[str] | frozenset[str], text: str) -> frozenset[str]:
    """Lower-case capitalised words that ``text`` writes right after one of ``examples`` ("super" of
    "the RTX 4070 Super needs 650 W"): part of the thing's name when a caller writes them in lower
    case."""
    out = set()
    for e in examples:
        for m in re.finditer(rf"\b{re.escape(e)}\s+([A-Z][a-z]+)\b", text, re.I):
            if m.group(1)[:1].isupper() and m.group(1).lower() not in examples:
                out.add(m.group(1).lower())
    return frozenset(out)


def instances(query: str, kinds: list[Kind]) -> list[tuple[Kind, set[str]]]:
    """For each kind that the caller's ``query`` names an example of: the kind and the query's
    words naming the thing ("rtx", "4070", "super" of "RTX 4070 Super": the example word and the
    names right after it, words with digits or capitals, or a word the articles write after one of
    its examples: "super" of "my 4070 super", since they write "RTX 4070 Super")."""
    raw = re.findall(r"[A-Za-z0-9][\w-]*", query or "")
    lower = [w.lower() for w in raw]
    out = []
    for kind in kinds:
        named: set[str] = set()
        for i, w in enumerate(lower):
            if w not in kind.examples:
                continue
            named.add(w)
            j = i + 1
            while j < len(raw) and (any(c.isdigit() for c in raw[j]) or raw[j][:1].isupper() or lower[j] in kind.tails):
                named.add(lower[j])
                j += 1
        if named:
            out.append((kind, named))
    return out


def covered_by(row: dict, found: list[tuple[Kind, set[str]]], query_terms: list[str]) -> tuple[set[str], list[str]]:
    """(the caller's name words that ``row`` (an article) covers by a general rule, the kind's words
    to look for in its answer): the names of a kind learned from another article when ``row``'s
    answer names the kind's head word ("graphics cards" for a graphics card). Empty when none."""
    covered: set[str] = set()
    words: list[str] = []
    for kind, named in found:
        if kind.source == row["id"] or not has_word(kind.head, row.get("answer") or ""):
            continue
        covered |= {t for t in query_terms if t in named}
        words += [w for w in kind.words if has_word(w, row.get("answer") or "") and w not in words]
    return covered, words
