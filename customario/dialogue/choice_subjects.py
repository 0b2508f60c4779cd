"""A choice's word said of something the choice is not about (issue 11): "The locks are stiff." to
"have you noticed drafts, windows that stick (stiff), leaks ...?" names the choice's synonym
*stiff*, but of the locks, not of the windows the choice is about (answers blind34 codes it unclear:
stiff locks are not windows that stick).

The shape is the copular clause of English grammar: a subject noun phrase, a linking verb (*be*,
*feel*, *seem*, *look*, *get*) and the choice's word as its complement. When the subject's head noun
is not a word of the choice's label, of its other names or of the question, the choice is not said
plainly, and the reading is lenient (``inferred``): the survey reads it back instead of storing it.
Pronouns ("they're stiff", "it was leaking") refer to what the question asked about and keep the
reading. Pure functions on cleaned text.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.choice_spans import phrase_positions, word_stem

# "<subject> is/are/was/feel/seem/look/get [a bit/really/...] " right before the choice's word; the
# subject's head noun is the word before the verb.
_LINKED = re.compile(
    r"\b(?P<subject>[a-z][a-z'-]+) (?:is|are|was|were|feels?|felt|seems?|seemed|looks?|looked|gets?|got|"
    r"keeps? getting|kept getting|has gone|have gone|went)\s+(?:(?:a bit|a little|quite|really|very|so|too|"
    r"rather|still|pretty|kind of|sort of|all|always|getting|a tad|slightly|bit)\s+)*$"
)
# Subjects that refer back to what was asked about, or name nothing.
_REFERRING = frozenset(
    "it they that this these those there everything something anything all both one ones mine ours "
    "he she we i you stuff things thing".split()
)


def _stems(text: str) -> set[str]:
    return {word_stem(w) for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}


def said_of_other(question: Any, t: str, code: str) -> bool:
    """True when every mention in ``t`` (cleaned) of the choice ``code`` of ``question`` is the
    complement of a linking verb whose subject is a noun that neither the choice's names nor the
    question's text hold ("the locks are stiff" for "windows that stick", synonym *stiff*); False
    when any mention is said otherwise or of a pronoun ("they're stiff")."""
    choice = next((c for c in question.choices if c.code == code), None)
    if choice is None:
        return False
    names = [n for n in dict.fromkeys([choice.code.replace("_", " "), choice.label, *choice.synonyms]) if n]
    own = _stems(" ".join(names)) | _stems(question.text or "")
    mentions = [pos for name in names for pos in phrase_positions(name, t)]
    if not mentions:
        return False
    for pos in mentions:
        m = _LINKED.search(t[:pos])
        if m is None:
            return False
        subject = m.group("subject")
        if subject in _REFERRING or word_stem(subject) in own:
            return False
    return True
