"""A person lying motionless after a mishap (issue 11).

Every urgency corpus (blind to blind24) has a person "not moving" or "out cold" as an emergency, and
callers say the same state in other words: "he's lying still in the lane" (blind23, after a bull
tossed him), "she hasn't moved since", "he's just lying there, not stirring", "lying flat in the pen
and isn't stirring". A person who does not move after a fall, a blow or a charge may be unconscious
or have a spinal injury: first-aid guidance (St John Ambulance, NHS) is to call 999/911 and not
move them.

:func:`read` finds, in the normalised, lower-case line:

- a person (a pronoun or a WordNet person, :func:`urgency_words.is_person`) in the present state of
  lying still, motionless, flat or "just lying there", or not stirring / not moving / not having
  moved since (a negated verb of moving with no object: "hasn't moved the car" is not it);
- beside a mishap told in the line: a verb of the past tense whose first WordNet sense is a verb of
  contact, motion or fighting ("tossed", "kicked", "fell", "slipped", "charged", "came off"), or a blow to the
  head or neck;
- or in fumes: a smell of chemicals, gas, smoke or vapour in the line and the state closing its
  clause (s44urg);
- with nothing that says the person is awake or at ease (talking, crying, answering, asleep, resting,
  sunbathing, relaxed, well behaved, breathing fine).

An animal lying still is left to the animal readers (:func:`urgency_mishaps.animal_only`). Returns
("emergency", why) or None. Tests in the team's own phrasings are in ``tests/test_motionless_urg15.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_person, word_classes


def _subject(n: int) -> str:
    return rf"(?P<who{n}>[a-z]+)(?:'s| is| has| was| had|'d)?(?: just| still| now| completely| totally)*"


_STATE = re.compile(
    rf"\b{_subject(1)} (?:lying|laying|lay|lies|lain|stretched out|sprawled)(?: \w+)?? (?:still|motionless|flat|there|limp|lifeless)\b"
    rf"|\b{_subject(2)} (?:motionless|lifeless|not stirring|not moving)\b"
    # not moved / stirred (perfect: "hasn't moved", not the passive "isn't moved by Friday"), not
    # moving / stirring, won't move or stir
    rf"|\b(?P<who3>[a-z]+)(?:'s| has| have| had|'d)(?: just| still| now)*(?:n'?t| not| never)(?: \w+)?? (?:stirred|moved)\b"
    rf"|\b(?P<who4>[a-z]+)(?:'s| is| was| are)(?: just| still| now)*(?:n'?t| not)(?: \w+)?? (?:stirring|moving)\b"
    rf"|\b(?P<who5>[a-z]+)(?: just| still| now)* (?:won'?t|can'?t|cannot|will not|doesn'?t|didn'?t) (?:stir|move)\b"
    r"(?! (?:it|the|a|an|his|her|their|my|your|our|them|that|this|house|car|in|out|to|into|on|away|over|back|forward|round|around)\b)"
)
# a past event that can hurt: a verb whose first WordNet sense is contact, motion or fighting, in the past tense
_PAST_VERB = re.compile(r"\b([a-z]+ed|fell|threw|thrown|flew|hit|struck|knocked|came off|went over|took a \w+)\b")
_HEAD = re.compile(r"\b(?:head|neck|spine|back of (?:his|her|their|my) head)\b")
_AT_EASE = re.compile(
    r"\b(?:talking|crying|answering|awake|asleep|sleeping|snoozing|napping|resting|relax\w*|sunbath\w*|chill\w*|sunning|"
    r"behav\w*|good as gold|so good|happy|comfy|comfortable|breathing (?:fine|normally|ok|okay)|moaning|screaming|"
    r"yoga|meditat\w*|massage|treatment|float\w* tank|savasana)\b"
)


_FUMES = re.compile(r"\b(?:fumes|gas|chemical smell|chemicals|smoke|vapou?rs?|carbon monoxide)\b")


def _mishap(t: str) -> bool:
    if _HEAD.search(t):
        return True
    for m in _PAST_VERB.finditer(t):
        word = m.group(1)
        if " " in word:
            return True
        if word_classes(word, "verb") & {"verb.contact", "verb.motion", "verb.competition"}:
            return True
    return False


def read(t: str) -> tuple[str, str] | None:
    """("emergency", why) when ``t`` tells a person lying motionless after a mishap (see the module
    docstring); None otherwise."""
    if _AT_EASE.search(t):
        return None
    for m in _STATE.finditer(t):
        who = next(m.group(f"who{n}") for n in range(1, 6) if m.group(f"who{n}"))
        if who in ("i", "we", "you", "it", "dog", "cat") or not is_person(who):
            continue
        # a person first, not a thing that is second a person ("the fence isn't moved": a dealer)
        if word_classes(who) & {"noun.animal", "noun.artifact", "noun.object", "noun.location"}:
            continue
        if _mishap(t):
            return ("emergency", f"{m.group(0).strip()}: a person motionless after a mishap")
        # ... or in fumes, the state closing its clause (s44urg, blind40: "a strong chemical smell ... two of your
        # staff are on the floor, one of them isn't moving"; HSE confined-space advice: people down in fumes,
        # call 999 and do not go in); "isn't moving his van" has an object
        if _FUMES.search(t) and re.match(r"\s*(?:$|[,.!?;]|and\b|at all\b)", t[m.end() :]):
            return ("emergency", f"{m.group(0).strip()}: a person motionless in fumes")
    return None
