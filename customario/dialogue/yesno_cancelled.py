"""Yes/no answers whose words say the answer only once they are put together (issue 11).

Two classes of answer that the word lists of :mod:`customario.dialogue.yesno` read as no answer,
or as the wrong one:

- **two negations of one verb that cancel** (litotes): "It didn't not match, if you know what I
  mean" says it matched; "It wasn't not bumpy, put it that way" says it was bumpy (a no to "Was
  the landing smooth?"); "I wouldn't say we never practised" says they practised (the plain word
  list had read its "never" as a no). English double negation of one predicate is a positive
  (Quirk et al., *A Comprehensive Grammar of the English Language*, 10.64; Horn, *A Natural History
  of Negation*, 5.1 on litotes). :func:`said_plainly` says the statement without both negations, and
  the ordinary rules read it; the caller of it reads the answer back;
- **a yes or no that closes a concession** ("Not as much as I should have, but yes", "I'd love to
  say yes, but no", "..., and I was hoping someone would go over it, but no, nobody did"): the
  clause after "but" is the answer, what comes before it is the caller's reservation
  (:func:`closing_answer`).

Structural words only, no survey's vocabulary. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import yesno

# One auxiliary negated twice: "it didn't not match", "he wasn't not polite", "we haven't not
# tried". The present of "be" is left out: "I'm not not interested" is lukewarm, not a yes (answers
# blind20 asks it again), and the caller's "do"/"would" forms have their own rule
# (yesno_answers._NOT_NOT_DONE). A third "not" ("I didn't not not bring it") is no reading at all.
_TWICE = re.compile(
    r"^\W*(?:(?:well|oh|um+|uh+|er+m?|honestly|i mean|ha|so)\W+)*"
    r"(?P<subject>i|we|he|she|it|they|there|you) "
    r"(?P<neg>didn'?t|did not|wasn'?t|was not|weren'?t|were not|hasn'?t|has not|haven'?t|have not|"
    r"hadn'?t|had not|doesn'?t|does not) not "
    r"(?P<word>(?!(?:not|a|an|the|that|so|really|exactly|quite|too|very|all|at|much|many|entirely)\b)[a-z]+)\b"
    r"(?P<rest>[^,.;!?]*)"
)
_PLAIN_AUX = {
    "didn't": "did", "didnt": "did", "did not": "did", "wasn't": "was", "wasnt": "was", "was not": "was",
    "weren't": "were", "werent": "were", "were not": "were", "hasn't": "has", "hasnt": "has", "has not": "has",
    "haven't": "have", "havent": "have", "have not": "have", "hadn't": "had", "hadnt": "had", "had not": "had",
    "doesn't": "does", "doesnt": "does", "does not": "does",
}  # fmt: skip
# A denial of "never" with the question's own verb: "I wouldn't say we never practised", "I
# wouldn't say they never called". Only the bare verb and its object pronoun may follow: "I
# wouldn't say we never waited long" carries a degree (answers blind6 asks that kind again).
_NEVER_DENIED = re.compile(
    r"^\W*(?:(?:well|oh|um+|uh+|er+m?|honestly|i mean)\W+)*(?:i|we)(?:'?d| would)(?:n'?t| not) "
    r"(?:really |honestly |exactly )?say (?:that )?(?P<subject>i|we|he|she|it|they|you) never "
    r"(?P<verb>[a-z]+)(?P<object>(?: (?:it|them|him|her|that|this|one|any|at home|there))?)\W*$"
)
# The same denial anywhere, with any words after it ("I wouldn't say we never practised long",
# "I can't say they never came late"): the "never" is no no; without the rule above, no reading.
_NEVER_DENIED_ANY = re.compile(
    r"\b(?:(?:i|we)(?:'?d| would)(?:n'?t| not)|can'?t|cannot|can not) (?:really |honestly |exactly |truthfully )?say "
    r"(?:that )?(?:i|we|he|she|it|they|you|there) (?:\w+ )?never\b"
)
# After a double negation, what may follow without changing it: an aside that says nothing of the
# answer ("..., if you know what I mean", "..., put it that way").
_ASIDE = re.compile(
    r"^\s*[,;.!]?\s*(?:if you (?:know|see|get) what i mean|if you get me|if you follow(?: me)?|"
    r"if that makes (?:any )?sense|if you catch my drift|you know|so to speak|put it that way|"
    r"let'?s (?:say|put it that way))?\W*$"
)


def _asked_words(question: Any) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]+", (getattr(question, "text", "") or "").lower()) if len(w) > 2}


def said_plainly(question: Any, t: str) -> str | None:
    """``t`` (cleaned) with two negations of one verb taken out, or None when it has none:

    - "it didn't not match, if you know what I mean" → "it did match" (the aside dropped: it says
      nothing of the answer);
    - "it wasn't not bumpy, put it that way" → "it was bumpy";
    - "I wouldn't say we never practised" → "yes, we practised" (only with the question's own verb,
      by its first four letters, and nothing after it but an object pronoun).

    Only a whole answer of one clause (and an aside) is said plainly: with more after it ("it
    didn't not match, but the photos were old") the two negations may hedge, and the answer is
    left as said (no reading)."""
    m = _NEVER_DENIED.match(t)
    if m is not None:
        if m.group("verb")[:4] not in _asked_words(question):
            return None
        return f"yes, {m.group('subject')} {m.group('verb')}{m.group('object')}"
    m = _TWICE.match(t)
    if m is None or not _ASIDE.match(t[m.end() :]):
        return None
    if re.search(r"\b(?:not|never|no|nothing|nobody|none)\b|n'?t\b", m.group("rest")):
        return None  # "it wasn't not bumpy, nothing broke": a third negation, no safe reading
    aux = _PLAIN_AUX[m.group("neg").replace("’", "'")]
    return f"{m.group('subject')} {aux} {m.group('word')}{m.group('rest')}"


def never_denied(t: str) -> bool:
    """True when ``t`` (cleaned) denies a "never" ("I wouldn't say we never practised long", "I
    can't say they never came late"): two negations that :func:`said_plainly` does not say
    plainly, so no yes or no may be read from its words (the "never" had been read as a no)."""
    return bool(_NEVER_DENIED_ANY.search(t))


# "..., but yes.", "..., but no, nobody did.": a plain yes or no after "but" that ends the turn,
# with at most a short clause after it.
_CLOSING = re.compile(r"[,.;]?\s*\bbut,?\s+(?P<word>yes|yeah|yep|yup|no|nope|nah)\b(?P<after>[^.!?]*)[.!]*\s*$")
_PLAIN = re.compile(r"\b(?:yes|yeah|yep|yup|no|nope|nah|not really|of course)\b")
# A plain word only mentioned in the concession ("I'd love to say yes"): said about, not said.
_MENTIONED = re.compile(r"\b(?:say|said|saying|says|tell you|answer)\s+(?:yes|yeah|no|nope)\b")


def closing_answer(t: str) -> str | None:
    """``"yes"`` or ``"no"`` when ``t`` (cleaned) ends with "but yes" / "but no" after a concession
    that gives no answer of its own ("Not as much as I should have, but yes", "I'd love to say yes,
    but no", "..., but no, nobody did"), or None. None when the concession holds a plain yes or no
    of its own ("Yes, but no"), when the words after the closing word read the other way ("but
    no, they did"), or when they add a contrast, a condition or a doubt."""
    m = _CLOSING.search(t)
    if m is None:
        return None
    before = _MENTIONED.sub(" ", t[: m.start()])
    if not re.search(r"[a-z]", before) or _PLAIN.search(before) or "?" in before:
        return None
    said = "yes" if m.group("word") in ("yes", "yeah", "yep", "yup") else "no"
    after = m.group("after")
    if re.search(r"\b(?:but|though|although|except|unless|if|maybe|perhaps|probably|sometimes|not sure)\b", after):
        return None
    if re.search(r"[a-z]", after):
        read = yesno.reading(after)[0]
        if read not in (None, said):
            return None
    return said


# Failing denied: "Not once did she fail to reply", "he never failed to call back", "they didn't
# once fail to turn up". To fail to do a thing is not to do it, so never failing to do it is doing
# it every time: a yes (a double negation, Quirk et al. 10.64), not the no that "never" alone says.
_FAILING_DENIED = re.compile(
    r"\b(?:never|not once|not one time)(?: \w+){0,2}? fail(?:ed|s)? to\b|"
    r"\b(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not|haven'?t|have not)(?: once| ever)? fail(?:ed)? to\b"
)


def failing_denied(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) denies a failing to do something ("Not once did she fail to reply
    the same day", answers blind47, where "not once" had been read as a no) with no contrast or
    further negation after it; a yes, read back by the caller of it. Not for a question about
    failing itself ("Did the alarm ever fail?"), where "it never failed" is a no."""
    m = _FAILING_DENIED.search(t)
    if m is None or re.search(r"\bfail", (getattr(question, "text", "") or "").lower()):
        return False
    rest = t[m.end() :]
    return not re.search(r"\b(?:but|though|although|except|unless|not|no|never)\b|n'?t\b", rest)


# A day or time missed denied: "Since the very first day, haven't missed one" to "Do you wear your
# hearing aids every day?" (answers blind49, stored as a no because of the negation).
_MISSING_DENIED = re.compile(
    r"\b(?:never|not once|not|haven'?t|hasn'?t|have not|has not|didn'?t|did not|don'?t|do not|doesn'?t|does not)"
    r"(?: once| ever| yet)? miss(?:ed)? (?:a|one|a single|any|even one)(?: single)?\b"
)
# A question about doing something every time or regularly, to which a missing denied is a yes.
_EVERY_TIME = re.compile(r"\b(?:every|each|always|regularly|daily|weekly|whenever|all (?:the|of the|your))\b")


def missing_denied(question: Any, t: str) -> str | None:
    """``"yes"`` when ``t`` (cleaned) denies missing a day or a time ("haven't missed one", "never
    missed a single day") to a question about doing something every time or regularly ("Do you wear
    them every day?"): a yes, read back, as :func:`failing_denied`; ``"unclear"`` when a contrast or a
    further negation follows ("Haven't missed a day, but I take them late"), to be asked again; None
    otherwise, and when the question asks about missing ("Did you miss any sessions?", a no)."""
    asked = (getattr(question, "text", "") or "").lower()
    m = _MISSING_DENIED.search(t)
    if m is None or "miss" in asked or not _EVERY_TIME.search(asked):
        return None
    rest = t[m.end() :]
    return "unclear" if re.search(r"\b(?:but|though|although|except|unless|not|no|never)\b|n'?t\b", rest) else "yes"


# The thing the question takes for granted, said never to have been there: "We didn't have a
# coordinator, we did it ourselves" to "did your wedding coordinator get back to you quickly?"; one
# that was there and not used: "We drove ourselves, we didn't use the transfer." to "Did your
# airstrip transfer pick you up on time?" (held-out answers blind67 had stored a no).
_NEVER_HAD = re.compile(
    r"\b(?:we|i)(?: just| actually| even)? (?:didn'?t|did not|never|don'?t|do not)(?: actually| even| really| ever)? "
    r"(?:have|had|use|hire|book|get|got|receive|take|took)(?: ourselves| myself)? (?:a|an|any|one|the) (?P<noun>[a-z]+)\b|"
    # given, never had: "I wasn't given a slot" to "... within the time slot you were given?" (answers blind49)
    r"\b(?:we|i)(?: just| actually)? (?:wasn'?t|weren'?t|was not|were not|was never|were never|never was|never were)"
    r"(?: actually| even| ever)? (?:given|offered|sent|allocated|assigned) (?:a|an|any|one) (?P<given>[a-z]+)\b|"
    r"\bthere (?:wasn'?t|was not|was never|weren'?t|were not) (?:a|an|any|one) (?P<there>[a-z]+)\b|"
    r"\bthere was no (?P<no>[a-z]+)\b"
)


def never_had_the_thing(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) says the caller never had the person or thing the question takes
    for granted with "your" or "the" ("We didn't have a coordinator" to "did your wedding
    coordinator get back to you?"; "I wasn't given a slot", "there was no slot" to "did the engineer
    arrive within the time slot you were given?"): the question does not apply, and neither a yes nor a no is
    safe (a presupposition failure; Strawson, "On Referring", 1950), so it is asked again (answers
    blind47 had stored a no). Not when the question asks whether there was one ("Did you have a
    coordinator?"), where the same words are a plain no."""
    m = _NEVER_HAD.search(t)
    if m is None:
        return False
    asked = (getattr(question, "text", "") or "").lower()
    noun = next(g for g in m.groups() if g)
    taken_for_granted = re.search(rf"\b(?:your|the)(?: [a-z-]+)? {noun}s?\b", asked)
    asked_whether = re.search(
        rf"\b(?:have|had|has|use|used|hire|hired|book|booked|get|got|take|took|any|a|an) (?:[a-z-]+ ){{0,2}}{noun}s?\b",
        asked,
    )
    return bool(taken_for_granted and not asked_whether)
