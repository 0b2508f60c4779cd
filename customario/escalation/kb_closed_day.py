"""A visit asked on one named day, answered by that day's hours (issue 11, helper kb20, stop 39).

Used by :func:`customario.escalation.kb_hours.one_day_hours`. Callers seldom ask "what are your
hours on Monday?"; they ask to come: "Monday is my only day off, any chance I could come in for a
trim then?", "can i swing by sunday arvo for a quick trim", "Could he come in for his cut that
day?" on a Monday the salon is closed. Two readings widen the day's rule:

- **the caller coming** (:func:`caller_comes`): a person (I, we, he, she, they) as the subject of a
  verb of motion, WordNet's lexicographer file ``verb.motion`` for the verb's first sense ("come",
  "swing", "pop", "drop", "run", "head"), a few words apart at most; a thing coming ("can my dog
  come") is not the caller;
- **a service on a closed day** (:func:`nothing_that_day`): when the day's article says the
  business is closed, a service named beside the day ("a trim", "his cut", "pop in" read as a
  walk-in) is no other subject: nothing is done that day, so the day's answer is the answer. An open
  day keeps the rule that a service's words are another article's subject ("do you do balayage on
  Saturdays?" is not answered with Saturday's hours).

A question of that closed day whose other words no article has ("Monday is my only day off, any
chance then?", "sunday appt possible??") is answered the same way (in ``one_day_hours``); a word
another article has ("Are the meters on Valencia enforced on Sundays?") still holds it back.

Both readings hold only on a day the business is closed and named in full ("Sunday", not the "sun"
of "sun-kissed"): on an open day a visit asked may be about the walk-in policy or parking ("I'll be
coming at 6:30 on Thursday, will I still have to feed the meter?"), as measured on the development
corpora (kb blind13, blind16, blind27, blind33).

Sources: the one-day hours questions escalated on 31 development corpora (kb blind2 to blind35) for
a story and a visit around the day; WordNet 3.1 lexicographer files.
"""

from __future__ import annotations

import re

from customario.escalation import wordnet

# The caller or a person of theirs as a subject; the verb follows within MAX_GAP words ("I could
# still come", "we'd love to pop").
_PERSON = r"(?:i|we|he|she|they|u|i'd|we'd|he'd|she'd|i'll|we'll|i'm|we're)"
MAX_GAP = 3
_WORD_RE = re.compile(r"[a-z']+")
# Kinds of article that a closed day answers too: a service or the services list, and the walk-in
# policy ("can I pop in Sunday?").
_CLOSED_DAY_KINDS = ("service", "services")
_WALK_IN = "walkin"


def _motion_verb(word: str) -> bool:
    """True when ``word`` is a verb first of all in WordNet (more verb senses than noun senses) and
    its first verb sense is a motion ("come", "swing", "ran"); "dog", "trim" are not."""
    wn = wordnet.load()
    if wn is None or not word.isalpha():
        return False
    verb = wn.sense_count(word, "verb")
    if not verb or verb <= wn.sense_count(word, "noun"):
        return False
    return wn.classes(word, "verb")[:1] == ["verb.motion"]


def caller_comes(query: str) -> bool:
    """True when a person is the subject of a verb of motion in ``query`` (see the module
    docstring): "can I swing by Sunday", "Could he come in that day?", "if I ran straight over"."""
    words = _WORD_RE.findall((query or "").lower().replace("\u2019", "'"))
    for i, w in enumerate(words):
        if re.fullmatch(_PERSON, w):
            if any(_motion_verb(v) for v in words[i + 1 : i + 1 + MAX_GAP + 1]):
                return True
    return False


def closed_that_day(article: dict) -> bool:
    """True when one day's hours ``article`` says the business is closed that day (and gives no
    opening hours: the week's article, "open Tuesday ...; closed on Monday and Sunday", is not)."""
    answer = article.get("answer") or ""
    return bool(re.search(r"\bclosed\b", answer, re.I)) and not re.search(r"\bopen\b", answer, re.I)


def nothing_that_day(article: dict, kind: str | None, words: list[str]) -> bool:
    """True when a word of another article's subject (of ``kind``, its own question's ``words``)
    does not set the question apart from the closed day's ``article``: a service, the services
    list, or the walk-in policy on a day the business is closed."""
    if not closed_that_day(article):
        return False
    return kind in _CLOSED_DAY_KINDS or (kind == "policy" and _WALK_IN in words)
