"""Which of the items an answer lists the caller asks about (issue 11).

An answer often gives one fact per item ("The RTX 4090 needs 1000 W ... The RTX 4070 Super needs
650 W and the RTX 4060 needs 550 W"). Reading one item's part when the caller asked about another,
or about several, is a wrong answer that sounds right. :mod:`customario.escalation.kb_fact` asks
this module three things about the question:

- :func:`generations`: an Intel processor number ("14900K") names a generation the answer speaks of
  ("Intel 14th generation processors");
- :func:`left_behind`: the item the caller moves away from ("upgrading from an X to a Y",
  "replacing my X with a Y") is not the one asked about;
- :func:`items_of_a_kind`: the examples of one kind the article names (:mod:`kb_classes`: "a
  graphics card like the RTX 4090") that the caller names together ("the 4060 and the 4070 Super,
  what PSU?"): each one needs its part;
- :func:`whole_kind`: the caller asks about the kind in the plural and names none of its items
  ("what do RTX cards draw?"): every item's sentence is the answer.

Pure functions of text; the kinds are the article's own words (no word lists).
"""

from __future__ import annotations

import re

from customario.escalation.kb_classes import kinds_named
from customario.escalation.kb_excerpt import SENTENCE_RE, has_word
from customario.escalation.kb_words import light_stem

_DET = r"(?:(?:an?|the|my|our|your|this|that|one) )?"
# "from a 4060 to a 4090", "replace my 4060 with a 4090", "swap the 4060 for a 4090".
_MOVE_RE = re.compile(
    rf"\bfrom {_DET}(?P<old>[\w-]+(?: [\w-]+)?) (?:to|into) {_DET}(?P<new>[\w-]+)"
    rf"|\b(?:replac\w*|swap\w*|trad\w*(?: in)?|switch\w*) {_DET}(?P<old2>[\w-]+(?: [\w-]+)?) (?:with|for) {_DET}(?P<new2>[\w-]+)",
    re.I,
)


def left_behind(query: str, named: list[str]) -> list[str]:
    """``named`` (lower-case names of the question) without the ones the caller moves away from
    ("4060" of "trading my 4060 for a 4090"), when the name they move to is among them."""
    gone: set[str] = set()
    for m in _MOVE_RE.finditer(query or ""):
        old, new = (m.group("old") or m.group("old2") or "").lower(), (m.group("new") or m.group("new2") or "").lower()
        if any(has_word(t, new) for t in named):
            gone |= {t for t in named if has_word(t, old)}
    return [t for t in named if t not in gone]


# Intel Core processor numbers: the digits before the last three give the generation ("14900K",
# "i7-14700K": 14th; "i5-12400F": 12th). Source: Intel, "Intel Processor Names, Numbers and
# Generation List" (intel.com), the Core i3/i5/i7/i9 scheme from the 10th generation on.
_INTEL_RE = re.compile(r"\b(?:i[3579][- ]?)?(1[0-4])\d{3}(?:k|kf|ks|f|t|h|hx)?\b", re.I)


def generations(query: str, answer: str) -> list[str]:
    """The generation ordinals ("14th") that Intel processor numbers in ``query`` ("14900K") name,
    when ``answer`` speaks of that generation ("Intel 14th generation processors"); else []."""
    out = []
    for m in _INTEL_RE.finditer(query or ""):
        nth = f"{m.group(1)}th"
        if re.search(rf"\b{nth}\s+gen(?:eration)?\b", answer or "", re.I) and nth not in out:
            out.append(nth)
    return out


def items_of_a_kind(article: dict, named: list[str]) -> list[str]:
    """The names among ``named`` that are examples of one kind ``article`` names ("4070", "4060" of
    "a graphics card like the RTX 4090", whose answer gives the 4070 Super and the 4060 too), when
    there are two or more of them; else []."""
    for kind in kinds_named([{**article, "id": article.get("id", 0)}]):
        mine = [t for t in named if t in kind.examples and any(c.isdigit() for c in t)]
        if len(mine) >= 2:
            return mine
    return []


def whole_kind(query: str, article: dict, named: list[str]) -> list[str]:
    """The sentences of ``article``'s answer that name an example of a kind the caller asks about in
    the plural ("what do RTX cards draw?", "graphics cards") naming none of its items by number, when
    two or more sentences do (each item is asked); else []."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", query or "")]
    sentences = SENTENCE_RE.split((article.get("answer") or "").strip())
    for kind in kinds_named([{**article, "id": article.get("id", 0)}]):
        if any(t in kind.examples and any(c.isdigit() for c in t) for t in named):
            continue
        head = light_stem(kind.head)
        if not any(light_stem(w) == head and w != kind.head and w.endswith("s") for w in words):
            continue
        items = [
            x for x in sentences if any(has_word(e, x.lower()) for e in kind.examples if any(c.isdigit() for c in e))
        ]
        if len(items) >= 2:
            return items
    return []
