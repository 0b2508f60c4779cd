"""Choices named by a member of their kind when the choice's name is a compound (issue 11; answers
blind39, stop 42): "a pinot noir and a chardonnay" to "sparkling, white, rose, red or dessert
wine?" is red and white wine, "the port" is dessert wine, "the pink one" is rose.

A choice whose label or synonym is a compound that WordNet knows ("red wine", "dessert wine",
"rose wine") is reached from a word of the answer (or two words that WordNet knows as one: "pinot
noir") in one of two ways:

- through hypernym pointers: *merlot* and *pinot noir* are kinds of *red wine*; *chardonnay* (its
  second sense) of *white wine*; *champagne* of *sparkling wine*;
- through the definition of a sense that is itself a kind of the compound's head: *port* (sense 2,
  a kind of *wine*) is "sweet dark-red dessert wine originally from Portugal", which names *dessert
  wine* word for word (and not *red wine*: "dark-red" is no compound).

A quality said before "one" ("the pink one", "the champagne-style one") is tried with the
compounds' common head first: *pink wine* is a lemma of the *rose wine* synset. A word's senses
are taken in WordNet's order, up to :data:`_SENSES`, and the first that reaches any choice decides;
a word that reaches two choices there gives no reading at all. Every reading is lenient
(``inferred``): the survey reads it back before storing it. Pure functions; WordNet is read
through :mod:`customario.escalation.wordnet` (no reading when it is not installed).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from customario.dialogue.choice_negation import negated_at

# Senses of an answer's word that are looked through ("port" is a harbour first, the wine second).
_SENSES = 3
# Hypernym steps from a word to a choice's compound ("merlot" → "red wine" is one).
_DEPTH = 4
_STOP = frozenset(
    """a an the some one ones just only oh um uh well i we my our had got a bit of and then with thing stuff
    lot lots bunch couple end start style kind sort type glass glasses bottle bottles taste tastes sip drop
    little big first last second third""".split()
)
# "the pink one", "the champagne-style one", "the fizzy ones": a quality before a head that names nothing.
_QUALITY_ONE = re.compile(r"\b(?:the|that|this|those|a)\s+([a-z]+)(?:-(?:style|type|like|ish|y))?\s+ones?\b")


def members_named(question: Any, t: str) -> list[str]:
    """Codes of the choices of ``question`` whose compound names (see the module docstring) words of
    ``t`` (cleaned) name by a member of their kind, in the question's order; [] when WordNet is
    absent, when no choice has a compound name, when a word reaches two choices, or when a single
    choice question is given two."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    names = _compound_names(wn, question) if wn is not None else {}
    if not names:
        return []
    heads = Counter(name.split()[-1] for name in names)
    head = heads.most_common(1)[0][0] if heads.most_common(1)[0][1] >= 2 else None
    asked = set(re.findall(r"[a-z]+", (getattr(question, "text", "") or "").lower()))
    own = {
        w for c in question.choices for n in (c.label, c.code, *c.synonyms) for w in re.findall(r"[a-z]+", n.lower())
    }
    found: set[str] = set()
    for word, start in _candidates(wn, t, head):
        if word.split("_")[0] in own | asked | _STOP or negated_at(t, start):
            continue
        hits = _reached(wn, names, word)
        if len(hits) > 1:
            return []
        found |= hits
    if question.type != "multi_choice" and len(found) > 1:
        return []
    return [c.code for c in question.choices if c.code in found]


def _compound_names(wn: Any, question: Any) -> dict[str, set[str]]:
    """``{compound name: codes}`` of the choices' labels and synonyms that WordNet knows as one noun
    ("red wine", "sparkling wine"), with spaces."""
    names: dict[str, set[str]] = {}
    for c in getattr(question, "choices", None) or []:
        for name in (c.label, *c.synonyms):
            name = re.sub(r"^(?:a|an|the)\s+", "", name.lower().strip())
            if re.fullmatch(r"[a-z]+(?: [a-z]+)+", name) and wn.lemmas(name, "noun"):
                names.setdefault(name, set()).add(c.code)
    return names


def _candidates(wn: Any, t: str, head: str | None) -> list[tuple[str, int]]:
    """(word or compound with underscores, its position in ``t``) to look up: a quality before "one"
    with the common head first ("pink_wine"), then two words WordNet knows as one ("pinot_noir"),
    then single words."""
    out: list[tuple[str, int]] = []
    taken: set[int] = set()
    if head:
        for m in _QUALITY_ONE.finditer(t):
            if wn.lemmas(f"{m.group(1)}_{head}", "noun"):
                out.append((f"{m.group(1)}_{head}", m.start(1)))
                taken.add(m.start(1))
    words = list(re.finditer(r"[a-z]+", t))
    skip = -1
    for i, m in enumerate(words):
        if i <= skip or m.start() in taken:
            continue
        if i + 1 < len(words) and wn.lemmas(f"{m.group()}_{words[i + 1].group()}", "noun"):
            out.append((f"{m.group()}_{words[i + 1].group()}", m.start()))
            skip = i + 1
            continue
        if len(m.group()) > 2 and wn.lemmas(m.group(), "noun"):
            out.append((m.group(), m.start()))
    return out


def _reached(wn: Any, names: dict[str, set[str]], word: str) -> set[str]:
    """Codes of the choices ``word``'s senses reach (the first sense that reaches any decides)."""
    glosses = wn.glosses(word, "noun", _SENSES)
    for senses in range(1, min(_SENSES, wn.sense_count(word, "noun")) + 1):
        above = wn.ancestors(word, "noun", senses=senses, depth=_DEPTH)
        hits = {
            code for name, codes in names.items() if name in above and _own_sense(wn, name) <= above for code in codes
        }
        if not hits and senses <= len(glosses):
            gloss = " " + " ".join(re.findall(r"[a-z]+", glosses[senses - 1].split(";")[0].lower())) + " "
            hits = {
                code
                for name, codes in names.items()
                if name.split()[-1] in above and f" {name} " in gloss
                for code in codes
            }
        if hits:
            return hits
    return set()


def _own_sense(wn: Any, name: str) -> frozenset[str]:
    """The lemmas of the first sense of a choice's compound name (all of them must be above a word)."""
    return wn.synonyms(name, "noun", senses=1)
