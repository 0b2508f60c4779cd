"""Concept classes from WordNet used by the urgency readers (issue 11): body parts, people,
"wake" verbs and kinds of thing, so that a word nobody listed still falls into its class.

Read from Princeton WordNet 3.0 (:mod:`customario.escalation.wordnet`); every function answers
"no" (or the short fallback list of :func:`wake_verbs`) when WordNet is not installed.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Parts whose colour or size is a style, not a sign ("my hair is red now", "my nails are huge").
STYLE_PARTS = frozenset("hair hairs nail nails fringe beard eyebrow eyebrows lash lashes brow brows curl curls".split())
PRONOUNS = frozenset("he she they him her them someone somebody".split())
# Road and site vehicles a person can be trapped in, under or carried into water by, singular and plural
# (one list for :mod:`customario.escalation.urgency_seen_signs` and
# :mod:`customario.escalation.urgency_harm_now`; a regex alternation, no groups that capture).
VEHICLES = (
    r"(?:cars?|vans?|minibus(?:es)?|bus(?:es)?|coach(?:es)?|lorr(?:y|ies)|trucks?|vehicles?|cabs?|taxis?|motors?|"
    r"tractors?|4x4s?|suvs?|pick-?ups?|motorbikes?|forklifts?|campervans?|motorhomes?|jeeps?)"
)


def _wn():
    from customario.escalation import wordnet

    return wordnet.load()


@lru_cache(maxsize=4096)
def word_classes(word: str, pos: str = "noun") -> frozenset[str]:
    """The WordNet lexicographer classes of the first sense of ``word`` and of each base form
    ("legs" → ``noun.attribute`` as a lemma of its own, ``noun.body`` as "leg"; "stylist" →
    ``noun.person``); empty when WordNet is absent or does not know the word."""
    wn = _wn()
    if wn is None:
        return frozenset()
    return frozenset(c for lemma in wn.lemmas(word, pos) for c in wn.classes(lemma, pos)[:1])


@lru_cache(maxsize=4096)
def sense_classes(word: str, pos: str = "noun", senses: int = 2) -> frozenset[str]:
    """The WordNet classes of the first ``senses`` senses of ``word``'s first base form ("toaster"
    → ``noun.person`` and ``noun.artifact``; "final" → ``noun.event``, ``noun.communication``)."""
    wn = _wn()
    if wn is None:
        return frozenset()
    return frozenset(c for lemma in wn.lemmas(word, pos)[:1] for c in wn.classes(lemma, pos, senses))


def is_body_part(word: str) -> bool:
    """True for a body part (WordNet ``noun.body``) whose state can be a sign: not hair or nails."""
    return word not in STYLE_PARTS and "noun.body" in word_classes(word)


def is_person(word: str) -> bool:
    """True for a pronoun for someone else or a noun one of whose first two senses is a person
    (``noun.person``: "mum" is first a chrysanthemum); "stepdad", "ex-wife" by their last part."""
    if word in PRONOUNS:
        return True
    wn = _wn()
    if wn is not None and "noun.animal" in word_classes(word):
        return False  # "dog" is second a person (a frump)
    if wn is not None and any("noun.person" in wn.classes(lemma, "noun", 2) for lemma in wn.lemmas(word, "noun")):
        return True
    base = re.sub(r"^(step|ex-?|great-?)", "", word)
    return base != word and is_person(base)


@lru_cache(maxsize=4096)
def is_doer(word: str) -> bool:
    """True for :func:`is_person`, or for an agent noun WordNet does not list (English forms one from any
    verb with "-er"): a word with no WordNet noun, ending in "-er", whose stem is a WordNet verb ("kiter",
    "foiler") or whose end is a person ("kitesurfer", "bodyboarder"). Used where a person is expected as
    the one attacked (:mod:`customario.escalation.urgency_wild_animals`)."""
    if is_person(word):
        return True
    wn = _wn()
    if wn is None or not word.endswith("er") or len(word) < 5 or wn.lemmas(word, "noun"):
        return False
    if any(wn.lemmas(stem, "verb") for stem in (word[:-2], word[:-1]) if len(stem) >= 3):
        return True
    return any(is_person(word[i:]) for i in range(2, len(word) - 3))


@lru_cache(maxsize=1)
def wake_verbs() -> frozenset[str]:
    """ "wake" and every verb two synset steps from it in WordNet ("awaken", "rouse", "arouse")."""
    wn = _wn()
    if wn is None:
        return frozenset({"wake", "waken", "awaken", "rouse", "arouse"})
    near = wn.synonyms("wake", "verb")
    return frozenset(w for v in near for w in wn.synonyms(v, "verb") if " " not in w)


def is_a(word: str, *ancestors: str, senses: int | None = None) -> bool:
    """True when one of ``ancestors`` is above ``word`` in WordNet ("machete" is a "weapon"); by its
    first ``senses`` senses when given, else by WordNet's default."""
    wn = _wn()
    if wn is None:
        return False
    above = wn.ancestors(word, "noun") if senses is None else wn.ancestors(word, "noun", senses)
    return bool(set(ancestors) & above)


def is_made_thing(word: str) -> bool:
    """True when ``word`` is, in WordNet, a made thing (an artifact among its first four noun
    senses) and neither a person, a body part nor an animal: "tiles", "seat", "shelf"; not "dad",
    "foot", "dog". The subject of a mishap with nobody in it ("the tiles slipped", "the seat gave
    way")."""
    return not (
        is_person(word)
        or is_body_part(word)
        or "noun.animal" in word_classes(word)
        or "noun.artifact" not in sense_classes(word, "noun", 4)
    )
