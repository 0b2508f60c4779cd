"""The date of the event a date question asks about, told inside a story of several dated events
(issue 11, dates in words).

"On what date did you pick up your equipment?" -- "We drove up on the Thursday, stayed over, and
picked up the skis on Friday the twenty-ninth": two days are said, and the clause whose verb is
the question's own verb says which one was asked for. :func:`date_of_asked_event` reads it so:

- the question's verb is the one after its auxiliary and subject ("did **you** pick up",
  "did **the crew** finish", "did **your tour** begin"; after "like", "want", "plan", "hope" or
  "need" **to** it is the verb that follows: "would you like us to **come** out"), with its
  particle ("pick *up*", "set *off*");
- a clause of the answer (split at commas, full stops, semicolons and "and", "but", "then",
  "so", "which", "while", "whereas") tells that event when one of its words has, as a verb, the same base
  form in WordNet (morphy: "picked", "began", "finished") or a lemma of the verb's most frequent
  sense ("began" for "start", "completed" for "finish"; verbs as light as "get", "go", "come",
  "see", "have", "make" or "do" never count as synonyms), with the particle right after it or one word
  later ("pick it up");
- exactly one clause tells it, that clause holds exactly one date, and at least one other date is
  said elsewhere (otherwise the date reader already reads the answer);
- the clause is not negated ("we didn't pick them up on the tenth"), unless the negation is
  "not ... until/till" (which says when it did happen: "we didn't pick it up until the
  fourteenth").

:func:`date_said_first` reads the date said first on its own when the clause after it tells
another event ("Yesterday, and I picked him up this morning" to "when did you drop him off?").

:func:`date_moved_to` reads the day something was moved to ("They said the sixteenth of November
but I've moved it to the eighteenth"), the day as it stands now.

The reading is a lenient one (``inferred``): a survey reads it back before storing. WordNet is
read through :mod:`customario.escalation.wordnet`; without it nothing is read here. Pure
functions apart from that reader; nothing here reads the clock.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

# Verbs too light to stand for another: WordNet lists "get" with "begin", "come" with "arrive".
_LIGHT = frozenset("get go come see have make do take give put set be keep let run".split())
_PARTICLES = r"(?:up|off|in|out|back|on|down|over|away|round|around)"
_PRONOUN = r"(?:you|we|they|he|she|it|i)"
_DETERMINER = r"(?:the|your|our|my|their|his|her|this|that)"
# What follows a question's verb: its object's determiner, a particle, a preposition.
_AFTER_VERB = rf"(?:{_DETERMINER}|{_PARTICLES}|a|an|to|for|with|at|from|into|of|us|them|it|him|her|me)"
_AUX = r"(?:did|do|does|will|would|should|shall|can|could|might|may)"
_WANT = r"(?:like|want|wish|plan|planning|hope|hoping|need|intend|expect|prefer)"
_ASKED = re.compile(
    rf"\b{_AUX}\s+(?:{_PRONOUN}|{_DETERMINER}(?P<subject>(?:\s+[a-z'-]+){{1,4}}?))\s+"
    rf"(?:(?:first|last|actually|finally|usually)\s+)?(?:{_WANT}\s+(?:(?:us|me|them|him|her|someone)\s+)?to\s+)?"
    rf"(?P<verb>[a-z]+)(?:\s+(?P<particle>{_PARTICLES})\b)?"
)
_CLAUSE_SPLIT = re.compile(r"[,.;:!?]+|\s+(?:and|but|then|so|which|while|whereas)\s+")
_NEGATED = re.compile(r"\b(?:not|never|didn't|didnt|don't|dont|wasn't|wasnt|weren't|won't|wont|couldn't|hadn't)\b")
_UNTIL = re.compile(r"\b(?:until|till|til)\b")


def asked_verb(question_text: str, wn: Any) -> tuple[str, str] | None:
    """(base form, particle or "") of the verb a date question asks about, or None.

    "On what date did you pick up your equipment?" → ("pick", "up"); "What date would you like
    us to come out?" → ("come", "out"); "When was it?" → None (no auxiliary and subject)."""
    asked = (question_text or "").lower()
    m = _ASKED.search(asked)
    if m is None:
        return None
    if m.group("subject"):
        # the verb ends the subject and stands before the object, a particle, a preposition or the
        # end ("did your sewing course start?", "did the crew finish the work": "course" and
        # "crew" are verbs in WordNet too, but a noun follows them)
        words = re.findall(r"[a-z'-]+", asked[m.start("subject") :])
        at = next(
            (
                i
                for i, w in enumerate(words[:5])
                if i > 0 and wn.lemmas(w, "verb") and (i + 1 == len(words) or re.fullmatch(_AFTER_VERB, words[i + 1]))
            ),
            None,
        )
        if at is None:
            return None
        particle = words[at + 1] if at + 1 < len(words) and re.fullmatch(_PARTICLES, words[at + 1]) else ""
        bases = wn.lemmas(words[at], "verb")
        return (bases[0], particle) if bases else None
    bases = wn.lemmas(m.group("verb"), "verb")
    if not bases:
        return None
    return bases[0], m.group("particle") or ""


def _verb_forms(verb: str, particle: str, wn: Any) -> frozenset[str]:
    """Base forms that tell the asked event: the verb, and with no particle the lemmas of its most
    frequent sense that are single words and not light verbs."""
    if particle:
        return frozenset({verb})
    same = {w for w in wn.synonyms(verb, "verb", senses=1) if " " not in w and w not in _LIGHT}
    return frozenset(same | {verb})


def _tells(clause: str, forms: frozenset[str], particle: str, wn: Any) -> bool:
    """Whether ``clause`` has a word whose verb base form is one of ``forms`` (with ``particle``
    right after it or one word later)."""
    words = re.findall(r"[a-z']+", clause)
    for i, w in enumerate(words):
        if not forms.intersection(wn.lemmas(w, "verb")):
            continue
        if not particle or particle in words[i + 1 : i + 3]:
            return True
    return False


def date_of_asked_event(
    question: Any, t: str, today: date, tense: str, read: Callable[[str, date, str], tuple[date | None, str]]
) -> date | None:
    """The date of the clause of ``t`` (a cleaned, lower-case date answer) that tells the event
    ``question`` asks about, when the answer says more than one date (see the module docstring);
    None otherwise. ``read`` is :func:`customario.dialogue.date_reading.read_date`."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return None
    asked = asked_verb(getattr(question, "text", "") or "", wn)
    if asked is None:
        return None
    verb, particle = asked
    forms = _verb_forms(verb, particle, wn)
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(t) if c.strip()]
    dated = [(c, read(c, today, tense)[0]) for c in clauses]
    dated = [(c, d) for c, d in dated if d is not None]
    telling = [c for c in clauses if _tells(c, forms, particle, wn)]
    if len(telling) != 1 or len(dated) < 2:
        return None
    clause = telling[0]
    if _NEGATED.search(clause) and not _UNTIL.search(clause):
        return None
    inside = [d for c, d in dated if c == clause]
    if len(inside) != 1:
        return None
    return inside[0]


# A date moved: "I've moved it to the eighteenth", "they changed it to Friday", "it got pushed back
# to the ninth", "rescheduled for the third".
_MOVED = re.compile(
    r"\b(?:moved|changed|rescheduled|switched|shifted|pushed|brought|put|swapped|bumped)\b"
    r"(?:\s+(?:it|that|them|the \w+))?(?:\s+(?:back|forward|up|over|on))?\s+(?:to|till|until|for)\b"
)


def date_moved_to(
    t: str, today: date, tense: str, read: Callable[[str, date, str], tuple[date | None, str]]
) -> date | None:
    """The date a clause of ``t`` says something was moved to ("They said the sixteenth of November
    but I've moved it to the eighteenth": the 18th), when ``t`` says more than one date, exactly one
    clause moves something and that clause holds exactly one date; None otherwise. The answer
    names the day as it stands now; the day it was moved from is history (read back)."""
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(t) if c.strip()]
    dated = [(c, read(c, today, tense)[0]) for c in clauses]
    dated = [(c, d) for c, d in dated if d is not None]
    moving = [c for c in clauses if _MOVED.search(c)]
    if len(moving) != 1 or len(dated) < 2 or _NEGATED.search(moving[0]):
        return None
    inside = [d for c, d in dated if c == moving[0]]
    if len(inside) != 1:
        return None
    from customario.dialogue.spoken_dates import MONTHS

    named = {m for m in MONTHS if m != "may" and re.search(rf"\b{m}\b", t)}
    if len(named) == 1 and not any(re.search(rf"\b{m}\b", moving[0]) for m in MONTHS):
        # "the sixteenth of November but I've moved it to the eighteenth": the month said before holds
        again = read(f"{named.pop()} {_MOVED.split(moving[0])[-1]}", today, tense)[0]
        return again
    return inside[0]


# The answer's date said first on its own, then another event with its own subject and verb:
# "Yesterday, and I picked him up this morning", "The 3rd, then we flew home on the 10th".
_ANOTHER_EVENT = re.compile(
    rf"^\W*(?:and|but|then|and then)\s+(?:{_PRONOUN}|my \w+|the \w+)\s+(?:(?:only|just|then|also)\s+)?(?P<verb>[a-z']+)\b|"
    # "Friday the ninth, we flew in on the Thursday" (answers blind51): a clause of its own with a
    # person doing something else needs no "and"; a clause that only describes the day ("it was a
    # Tuesday") is no other event, and its day must agree (read by the date rules)
    r"^\W*(?:i|we|they|he|she)\s+(?:(?:only|just|then|also|first)\s+)?"
    r"(?!(?:was|were|is|are|am|be|been|had|have|has|did|do|does|would|could|might|will|'d)\b)(?P<verb2>[a-z]+)\b"
)


def date_said_first(
    question: Any, t: str, today: date, tense: str, read: Callable[[str, date, str], tuple[date | None, str]]
) -> date | None:
    """The date a date answer opens with on its own when the one clause after it tells another
    event, with a verb that is not the question's ("Yesterday, and I picked him up this morning" to
    "On what date did you drop your dog off?": answers blind40 had asked again); None otherwise: the
    clause after it tells the asked event, moves a date, is negated, or the opening holds more
    than a date."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    asked = asked_verb(getattr(question, "text", "") or "", wn) if wn is not None else None
    parts = re.split(r",\s*", t.strip(" .!?"), maxsplit=1)
    if asked is None or len(parts) != 2:
        return None
    first, rest = parts
    other = _ANOTHER_EVENT.match(rest)
    d, how = read(first, today, tense)
    if d is None or how == "ambiguous" or other is None or len(first.split()) > 4 or re.search(r"\b(?:i|we)\b", first):
        return None
    verb, particle = asked
    if _tells(rest, _verb_forms(verb, particle, wn), particle, wn) or _MOVED.search(rest) or _NEGATED.search(rest):
        return None
    if not wn.lemmas(other.group("verb") or other.group("verb2"), "verb") or read(rest, today, tense)[0] is None:
        return None
    return d
