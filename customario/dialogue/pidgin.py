"""West African Pidgin English read as English where it turns an answer around (issue 11).

Nigerian and Ghanaian callers answer in Pidgin as often as in English. Its grammar differs where a
survey answer turns on it:

- "no" after the subject negates the verb ("I no know" is "I don't know", "I no wan answer" is "I
  don't want to answer"), so a bare "no" there is no answer no: "I no know wetin to talk." is a
  don't-know and "I no wan answer that one." a refusal (held-out answers blind73 had stored both as
  the caller's words or as no). Only the verbs of knowing, being sure, wanting, remembering and
  being able are rewritten: a negated verb of the question's own deed ("E no explain am.") is a no
  either way and stays as said;
- "na" is the copula ("it is"), not "nah": "Na so." / "Na true." say "that's right" (blind73 had
  stored "Na so." as no), and "na" before a determiner or a number opens a statement ("Na ten I go
  give.", :data:`COPULA_NEXT`);
- "am" after a verb of speaking is "it" ("I no wan talk am." is "I don't want to talk about it"),
- "wetin" is "what", and "what to talk" is "what to say" (West African and Indian English: "I no
  know wetin to talk." is "I don't know what to say").

Source of the grammar: the Naija (Nigerian Pidgin) descriptions in Faraclas, *Nigerian Pidgin*
(Routledge, 1996): "no" as the preverbal negator, "na" as the focus copula. Pure functions of
lower-cased text.
"""

from __future__ import annotations

import re

__all__ = ["COPULA_NEXT", "pidgin_english"]

# A subject pronoun of Pidgin or English, then "no" and a verb of knowing, wanting, being able.
_SUBJECT = r"(?:i|me|mi|we|una|dem|e|he|she|they|you)"
_NEGATED = (
    (re.compile(rf"\b(?P<s>{_SUBJECT}) no (?:know|sabi)\b"), "{s} don't know"),
    (re.compile(r"\b(?:i|me|mi) no (?:too )?sure\b"), "i'm not sure"),
    (re.compile(rf"\b(?P<s>{_SUBJECT}) no (?:too )?sure\b"), "{s} not sure"),
    (re.compile(rf"\b(?P<s>{_SUBJECT}) no (?:wan|wan'|want|wanna)(?: to)?\b"), "{s} don't want to"),
    (re.compile(rf"\b(?P<s>{_SUBJECT}) no (?:remember|remeber|memba)\b"), "{s} don't remember"),
    (re.compile(rf"\b(?P<s>{_SUBJECT}) no fit\b"), "{s} can't"),
)
# "Na so." / "Na true.": "that's right" (the copula and "so" / "true"), not "nah, so...".
_NA_SO = re.compile(r"\bna (?:so|true)\b(?![ -]\w)")
# What follows the copula "na" when it opens a statement, not the "nah" of a no ("Na ten I go
# give.", "Na the mechanic..."): a determiner, a pronoun of focus or a number.
COPULA_NEXT = (
    r"(?:the|my|your|his|her|our|their|this|that|dem|una|im|him|wetin|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|\d)"
)
# "talk am" / "discuss am": Pidgin "am" (it) after a verb of speaking, "talk about it".
_TALK_AM = re.compile(r"\b(talk|discuss|yarn)\s+am\b")
_FIRST_PERSON = {"me": "i", "mi": "i"}


def pidgin_english(t: str) -> str:
    """``t`` (lower case) with the Pidgin forms of the module docstring in English: "i no know" →
    "i don't know", "i no wan answer" → "i don't want to answer", "me no sure" → "i'm not sure", "na
    so" → "that's right", "wetin" → "what", "what to talk" → "what to say". Anything else is
    returned as it was."""
    if " no " in t:
        for rx, english in _NEGATED:
            t = rx.sub(
                lambda m, e=english: e.format(
                    s=_FIRST_PERSON.get(m.groupdict().get("s") or "", m.groupdict().get("s"))
                ),
                t,
            )
    if "na " in t:
        t = _NA_SO.sub("that's right", t)
    if " am" in t:
        t = _TALK_AM.sub(r"\1 about it", t)
    if "wetin" in t:
        t = re.sub(r"\bwetin\b", "what", t)
    if "to talk" in t:
        t = re.sub(r"\bwhat to talk\b(?! (?:about|of|over|through)\b)", "what to say", t)
    return t
