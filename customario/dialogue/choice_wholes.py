"""Shapes of a whole choice answer read before any choice is looked for (answers blind16/blind18,
issue 11): an interjection before a comma ("Oh, the album and the gallery"), a bare no to a multi
choice asked as a yes/no question, two ways mixed in one answer to a single choice ("half cash,
half card"), and "none of the others, just X". Used by
:mod:`customario.dialogue.choice_answers`. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.answer_core import Normalised, _valid


# A bare no to a multi-choice question asked as a yes/no one ("Did you get any of these?").
_NO_TO_ANY = re.compile(r"^\W*(?:no|nope|nah|no thanks|no thank you|not really|no,? none)\W*$")


# An interjection that opens an answer before a comma: "Oh, the album and the gallery", "Aye, ...".
_OPENING = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|er+m?|well|so|yes|yeah|yep|aye|ok|okay|right|hmm+|ah|erm)\s*[,.!]\s*)+(?=\w)"
)


def without_opening(question: Any, t: str) -> str:
    """``t`` without an interjection and its comma at the start ("Oh, the album and the gallery"
    read only the album before, blind16), unless a choice itself starts with that word."""
    m = _OPENING.match(t)
    if m is None:
        return t
    said = set(re.findall(r"[a-z]+", m.group(0)))
    if any(
        re.match(r"[a-z]+", c.label.lower()) and re.match(r"[a-z]+", c.label.lower()).group(0) in said
        for c in question.choices
    ):
        return t
    return t[m.end() :]


# Two choices mixed in one answer to a single choice: "half and half", "partly X, partly Y", "a mix
# of", "some X, the rest Y".
_MIXTURE = re.compile(
    r"\bhalf\b[^.!?]*\bhalf\b|\bpart(?:ly|ially)?\b[^.!?]*\bpart(?:ly|ially)?\b|"
    r"\b(?:a mix|a mixture|a combination|a bit of both|split) (?:of|between)\b|\bsome\b[^.!?]*\bthe rest\b"
)


# "None of the others, just the valet", "nothing else, only the coat check", "no other ones bar
# the bar": the none is about the rest; the one kept is the answer (stored [none] before, blind18).
NONE_OTHER = re.compile(
    r"^\W*(?:none|nothing|not any|no) (?:of the |of them |of )?(?:others?|other ones|rest|else|more)\b[^.!?]*?"
    r"\b(?:just|only|simply|except|apart from|other than|but)\b(?P<rest>.*)$"
)


# A choice that is itself the mixture: "a mix of both", "half and half", "a bit of each", "both".
_MIXTURE_CHOICE = re.compile(r"\b(?:both|mix|mixed|mixture|combination|each|half and half|bit of everything)\b")


def _mixture_offered(question: Any) -> bool:
    """True when one of the question's choices is the mixture itself ("a mix of both", synonyms
    "half and half", "a bit of each"): "Half and half, really." is then that choice, found by the
    choice matcher (answers blind47 had asked again), not two choices to choose between."""
    return any(_MIXTURE_CHOICE.search(w.lower()) for c in question.choices for w in (c.label, c.code, *c.synonyms))


def answer_as_a_whole(question: Any, t: str, labels: str, none_codes: list[str]) -> Normalised | None:
    """A reading of the whole answer before any choice is looked for, or None: a bare no to a
    multi choice asked as a yes/no question with a none choice ("Did you get any of these ...? Or
    none of these?" - "No.": that choice, read back), or two ways mixed in one answer to a single
    choice ("Half cash, half financed": asked again; cash was stored before, answers blind18).
    ``none_codes``: the question's choices that mean none."""
    if question.type == "multi_choice" and _NO_TO_ANY.match(t) and none_codes:
        if re.match(r"\W*(?:did|do|does|have|has|were|was|are|is|will|would)\b", (question.text or "").lower()):
            return _valid(none_codes[:1], "inferred")
    if question.type == "single_choice" and _MIXTURE.search(t) and not _mixture_offered(question):
        return Normalised("invalid", reason=f"the one that fits best of: {labels}")
    return None


# "We didn't use any of that, we're fully self-contained": none, with a reason of the caller's own.
_NONE_WITH_REASON = re.compile(
    r"^\W*(?:(?:no|nope|nah|well|oh)\W+)?(?:i |we )?(?:didn'?t|did not|never) (?:use|have|take|try|get|need|used|had|"
    r"took|tried|got|needed) (?:any|anything|a (?:single )?(?:one|thing))(?: of (?:that|those|them|these|it))?"
    r"\s*[,;]\s*(?P<rest>[^.!?]+)[.!]*$"
)
_NOT_A_REASON = re.compile(
    r"\b(?:except|but|apart|other than|besides|only|just|bar|save|although|though|maybe|well|actually|oh|"
    r"apart from|aside from|not counting|unless|except for|other)\b"
)


def none_with_reason(question: Any, t: str, named: Any) -> bool:
    """True when a multi-choice answer says none was used and then only a reason of the caller's own
    that names no choice ("We didn't use any of that, we're fully self-contained"); read back by
    the caller of it. ``named(text)`` gives the choices ``text`` names. False with an exception,
    a hedge or a choice after the comma ("didn't use any, except the pool")."""
    m = _NONE_WITH_REASON.match(t)
    return bool(m) and not _NOT_A_REASON.search(m.group("rest")) and not named(m.group("rest"))


# "We didn't add anything", "Nah, we never ordered any of them", "We didn't buy nothing" (a dialect
# double negative for none): the deed the question asks about, denied, with nothing after it.
_DEED_DENIED = re.compile(
    r"^\W*(?:(?:no|nope|nah|naw|well|oh|um+|uh+)\W+)*(?:i |we |they |he |she )?(?:didn'?t|did not|never|haven'?t|have not) "
    r"(?:actually |really |even )?([a-z]+) (?:(?:any|anything|any of (?:them|those|these|that|it)|a (?:single )?thing)|"
    r"(nothing|none(?: of (?:them|those|these|the \w+))?))(?: (?:at all|extra|else))?\W*$"
)


def none_by_deed(question: Any, t: str) -> bool:
    """True when a multi-choice answer denies the question's own verb of everything ("Which extras
    did you add, ...?" - "Nah, we didn't add anything"; "use or buy" - "We didn't buy nothing"): the
    none choice, read back by the caller of it. The verb must be one of the question's own words,
    compared by base form through WordNet (morphy: "bought" → "buy"); False without WordNet."""
    from customario.escalation import wordnet

    m = _DEED_DENIED.match(t)
    wn = wordnet.load() if m else None
    if m is None or wn is None:
        return False
    asked = {lemma for w in re.findall(r"[a-z]+", (question.text or "").lower()) for lemma in wn.lemmas(w, "verb")[:1]}
    asked -= {"be", "do", "have", "get", "make"}
    return bool(set(wn.lemmas(m.group(1), "verb")[:1]) & asked)


# The caller's own share was nothing, beside what another of the party had: "My son got a sea bass,
# I got nothing" (answers blind37) answers for the group, as the question asks.
_OWN_NOTHING = re.compile(
    r"(?:^|[,.;!?]\s*|\bbut\s+|\band\s+)(?:i|me|myself) (?:got|caught|had|bought|took|ordered|used|landed) "
    r"(?:nothing|none|zilch|nowt|not a thing)\b[^,.;!?]*"
)
_OTHER_ONE = re.compile(r"\b(?:my|our) [a-z]+(?:[- ]in[- ]law)?\b|\b(?:he|she|they)\b")


def others_beside_own_nothing(t: str, codes: list[str], nones: list[str]) -> list[str] | None:
    """``codes`` without the none choice when the only none said is the caller's own share ("I
    got nothing") beside choices another of the party had ("my son got a sea bass"); None when the
    answer is not so (read back by the caller of this function)."""
    if not set(codes) & set(nones) or not set(codes) - set(nones) or not _OWN_NOTHING.search(t):
        return None
    rest = _OWN_NOTHING.sub(" ", t)
    if re.search(r"\b(?:nothing|none|zilch|nowt)\b", rest) or not _OTHER_ONE.search(rest):
        return None
    return [c for c in codes if c not in nones]


# A none taken back in so many words before a choice: "Nothing. Wait, no, one tiny mackerel", "None
# of these, oh wait, the bands" (answers blind37); "None. Well, my daughter's veggie." is no such.
NONE_TAKEN_BACK = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|er+m?)\W+)*(?:(?:no|nope|nah),? wait|wait,? no|wait|hang on|hold on|actually|sorry|i mean|"
    r"scratch that)\b"
)


# A none conceded back with a "well" and a word that makes the choice small: "Nothing went wrong.
# Well, the music, a bit." (answers blind47), "None of those. Well, the parking, slightly." The caller
# grants one after all; "None. Well, my daughter's veggie." (no such word) stays unsure.
NONE_CONCEDED = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|er+m?)\W+)*(?:well|mind you|ok|okay|i mean)\W+[^.!?]*?\b(?:a (?:little |tiny |wee )?bit|"
    r"a little|a touch|slightly|somewhat|sort of|kind of|if anything|i suppose|i guess|at a push|now that i think)\b"
)


# None said by an idiom of quantity or by the question's own kind of thing, as the first clause:
# "Not a drop, I'm pregnant", "Not a single one", "No extras at all, just the basic stay", "no
# wines whatsoever", "Didn't buy any extras" (answers blind39, blind40, blind42, stop 42).
_NONE_IDIOM = re.compile(
    r"^\W*(?:(?:oh|well|honestly|um+|uh+|nah|nope)\W+)*(?:not a (?:single )?(?:drop|sip|mouthful|thing|one)|"
    # "Didn't buy any extras, mate." (answers blind42): any verb, the question's own kind of thing
    r"not one|(?:no|not any|(?:(?:i|we) )?(?:didn'?t|did not|never) [a-z]+ any) (?P<kind>[a-z-]+(?: [a-z-]+)?))"
    r"(?: (?:at all|whatsoever|of (?:them|those|these)))?"
    r"\s*(?:$|[,.;!]+\s*(?P<rest>.*)$)"
)


def none_by_kind(question: Any, t: str, named: Any) -> bool:
    """True when a multi-choice answer opens with none said by an idiom ("Not a drop", "not a single
    one") or as "no" before a name the question gives its own list (a word of its text or an alias
    that names no choice: "No extras at all" to "Which extra services did you use?"), and what
    follows names no choice ("..., just the basic stay"); read back by the caller of it.
    ``named(text)`` gives the choices ``text`` names."""
    m = _NONE_IDIOM.match(t)
    if m is None or (m.group("rest") and named(m.group("rest"))):
        return False
    kind = m.group("kind")
    if kind is None:
        return True
    if named(kind):
        return False  # "no walks": a choice ruled out, not the whole list
    own = {a.lower() for a in getattr(question, "aliases", None) or []}
    own |= set(re.findall(r"[a-z-]+", (question.text or "").lower().split(",")[0]))
    return kind in own or kind.rstrip("s") in own or f"{kind}s" in own
