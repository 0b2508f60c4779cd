"""A no said of a thing the yes/no question does not name (issue 11).

"Not a drop." and "No leaks, no." to "Has the roof stayed dry since the repair?" deny leaks, which
says the roof stayed dry: the caller answered the question's opposite ("any leaks?"), and the no
word is a yes to the question asked. Whether a denied thing is the question's opposite (a drop of
dry, a crumb of clean) or only another matter (a leak to "Were the crew polite?") is a fact about
the world the parser cannot look up, so such a no is asked again rather than stored (held-out
answers blind67 had stored "Not a drop." and "No leaks, no." as no).

Only a thing denied by a quantity word ("no", "not a", "not one", "not any", "without any", "zero")
with its noun right after it counts, when the noun is not a word of the question's text and the
answer holds no other negation; and only for a question about what was done or how it went. A
question whether there was any of something ("Was anything damaged?", "Did anyone get seasick?")
is answered no by "Not a scratch.", "Not a soul." (:func:`unseen.asks_a_deed`), and a plain no said
first ("No, it's a drive-up one, no heat or anything.") answers before its reason. Words that deny in general ("not a chance", "no way", "not a bit",
"no idea", "not a lot") and the words for a problem ("no problems", "no complaints") keep their
readings elsewhere. Pure functions on cleaned text; no I/O beyond WordNet's files.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.question_names import word_stems
from customario.dialogue.unseen import asks_a_deed

__all__ = ["denies_unasked_thing"]

# A quantity word that denies the noun after it, optionally through "sign of", "trace of": "not a
# drop", "no leaks", "not one drip", "haven't seen any water", "no sign of a leak".
_DENIED_THING = re.compile(
    r"(?:\b(?:no|not (?:a|an|one|a single|one single|any|even a|even one)|never (?:a|an|any)|"
    r"without (?:a|an|any)|zero)|n'?t (?:[a-z]+ ){0,2}?any)\s+"
    r"(?:(?:single|more|new|further)\s+)?"
    r"(?:(?:sign|signs|trace|traces|hint|bit|speck|spot) of (?:a |an |any )?)?"
    r"(?P<noun>[a-z]+)\b"
)
# Nouns that deny or qualify in general, and the words for something wrong: their readings live
# elsewhere ("not a chance" is a no, "no problems" is read by the all-fine rules).
_GENERAL = frozenset(
    """
    chance chances way ways hope bit idea clue doubt doubts thanks thank lot lots one ones thing things
    problem problems issue issues trouble troubles complaint complaints worries worry bother hassle fuss harm damage
    drama kidding joke jokes sir madam maam mate time times matter difference need point reason sense
    question questions hell longer less more much many other others fear way word words luck use good
    bad body one part sort kind
    """.split()
)
# A subject right before "no": the verb's negation in West African Pidgin and Caribbean English ("e no
# reach", "dem no come"), not a quantity word.
_SUBJECT_BEFORE = re.compile(r"\b(?:e|i|you|u|he|she|it|we|they|dem|una|im|mi|me|him|her)\s+$")
# A plain no said first, the thing denied after it as its reason: the caller answered the question.
_PLAIN_NO_FIRST = re.compile(r"^\W*(?:no|nope|nah|naw|uh-uh|unh-unh|nuh-uh)\s*[,.;!-]")
# Another negation in the answer: then the no may be the caller's own about the thing asked.
_OTHER_NEGATION = re.compile(r"\b(?:not|never|nothing|nobody|none|nope|nah|neither|nor)\b|n'?t\b")


def _is_noun(word: str) -> bool:
    """True when WordNet knows ``word`` as a noun (or when WordNet is absent: then every word)."""
    from customario.escalation.wordnet import load

    wn = load()
    return wn is None or bool(wn.lemmas(word, "noun"))


def _related_heads(text: str) -> set[str]:
    """The first four letters of every word WordNet relates to a content word of ``text`` (its
    synonyms, derived forms and the words of its related lemmas: "queue" gives "waiting line"), so a
    thing denied by one of them is the question's own thing, not another."""
    from customario.escalation.wordnet import load

    wn = load()
    if wn is None:
        return set()
    heads: set[str] = set()
    for word in re.findall(r"[a-z]{4,}", text.lower()):
        for lemma in (word, *wn.related(word)):
            heads |= {w[:4] for w in re.findall(r"[a-z]{4,}", lemma)}
    return heads


def denies_unasked_thing(question: Any, t: str) -> bool:
    """True when every negation of ``t`` (cleaned) denies a thing ``question``'s text does not name,
    by a quantity word with the noun right after it ("Not a drop.", "No leaks, no." to "Has the roof
    stayed dry?"), and nothing else in ``t`` negates: the no may answer the question's opposite, so
    it is asked again (see the module docstring). A plain "no" word beside it ("No leaks, no.")
    echoes the denial and does not count as another negation."""
    if _PLAIN_NO_FIRST.match(t) or not asks_a_deed(question):
        return False  # "No, it's a drive-up one, no heat": answered first; "Was anything damaged?" "Not a scratch."
    # a content word of three letters or more ("no it was late" denies no thing)
    found = [
        m
        for m in _DENIED_THING.finditer(t)
        if m.group("noun") not in _GENERAL
        and word_stems(m.group("noun"))
        and not _SUBJECT_BEFORE.search(t[: m.start()])
    ]
    if not found:
        return False
    asked = word_stems(getattr(question, "text", "") or "")
    near = _related_heads(getattr(question, "text", "") or "")
    if any(word_stems(m.group("noun")) & asked or not _is_noun(m.group("noun")) for m in found):
        return False
    if any(m.group("noun")[:4] in near for m in found):
        return False  # "no wait at all" to "Did you queue for more than fifteen minutes?": a queue is a waiting line
    rest = _DENIED_THING.sub(" ", t)
    return not _OTHER_NEGATION.search(rest)
