"""Negative concord: two negations in one clause that say one ("Ain't nothing broke", "I didn't
take nothing home", "they didn't leave nothing behind").

In many dialects of English (African American, Southern US, Cockney, Scots, ...) a negated verb
followed by a negative pronoun is one negation said with emphasis, not a double negative that
cancels; blind answers corpus 41 writes the rule down ("Negative concord (dialect) is negative: 'Ain't
nothing broke' = no, 'I didn't take nothing home' = [none]") and blind34 codes "They didn't leave
nothing behind" the same way. The logical double negative of standard English is another shape:
a negated frame of saying or seeming before a negated clause ("I can't say they weren't punctual",
"it's not like none of them got fired"), which :mod:`customario.dialogue.yesno_asides` reads.

:func:`single_negation` gives the clause with the verb's negation dropped ("nothing broke", "I
take nothing home"), :func:`standard_negation` the same in standard English ("I didn't take
anything home"); readers read that and read it back (a reading, never stored as said). Pure
functions on cleaned text, no I/O.
"""

from __future__ import annotations

import re

# A negated verb (with up to two words after it: its verb, an object particle), then a negative
# pronoun or "no" before a noun, in the same clause.
_CONCORD = re.compile(
    r"\b(?P<neg>ain'?t|didn'?t|did not|don'?t|do not|doesn'?t|does not|wasn'?t|weren'?t|won'?t|can'?t|never)"
    r"(?P<mid>(?: [a-z']+){0,2}?) (?P<none>nothing|nobody|no one|no-one|none|nowhere|"
    # "no" before a noun, not an answer word or an idiom: "I won't say no to that", "no doubt", "no more"
    r"no (?!(?:to|for|and|or|but|then|thanks|thank|more|longer|doubt|way|sir|one)\b)[a-z]+)\b"
)
# A frame of saying or seeming that makes the two negations logical ones: "it's not like we
# didn't get nothing", "I wouldn't say nothing was damaged", "I can't say they didn't do nothing".
_LOGICAL_FRAME = re.compile(
    r"\b(?:not (?:like|as if|as though|that)|(?:would|could|can|do|did)(?:n'?t| not) (?:really |honestly )?(?:say|claim)|"
    r"can'?t say|cannot say)\b[^,.;!?]*$"
)


def single_negation(t: str) -> str:
    """``t`` (cleaned) with one negative concord said as its one negation ("ain't nothing broke" →
    "nothing broke", "i didn't take nothing home" → "i take nothing home"); ``t`` itself when it
    has none, when a frame of saying or seeming comes before it in its clause ("I wouldn't say
    nothing was damaged"), or when "no" follows the verb as an answer word ("didn't, no one did" is
    split by its comma and never matched)."""
    m = _CONCORD.search(t)
    if m is None or _LOGICAL_FRAME.search(t[: m.start()]) or re.match(r" (?:say|said)\b", m.group("mid")):
        return t  # "I won't say no", "I never said nothing": a saying, not a concord reading
    out = t[: m.start()] + m.group("mid").lstrip() + " " + m.group("none") + t[m.end() :]
    return re.sub(r"\s+", " ", out).strip()


_ANY = {
    "nothing": "anything",
    "nobody": "anybody",
    "no one": "anyone",
    "no-one": "anyone",
    "none": "any",
    "nowhere": "anywhere",
}


def standard_negation(t: str) -> str:
    """``t`` (cleaned) with one negative concord said in standard English, its negative pronoun as
    the one a negated verb takes ("i didn't buy nothing" → "i didn't buy anything", "we didn't get
    no refund" → "we didn't get any refund"); ``t`` itself when :func:`single_negation` finds none."""
    if single_negation(t) == t:
        return t
    m = _CONCORD.search(t)
    none = m.group("none")
    said = _ANY.get(none) or "any " + none.split(" ", 1)[1]
    return t[: m.start("none")] + said + t[m.end("none") :]


def has_concord(t: str) -> bool:
    """True when ``t`` (cleaned) holds a negative concord :func:`single_negation` reads."""
    return single_negation(t) != t
