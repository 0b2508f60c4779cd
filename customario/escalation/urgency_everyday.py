"""Alarming words in an everyday sense (issue 11; from the normal lines of urgency blind11 and blind14
that were escalated, read as classes and tested in the team's own phrasings in
``tests/test_urgency_everyday.py``).

:func:`set_aside` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency`
before the word tables, and removes only the word in its everyday sense:

- **running on fumes**: low on fuel or on energy ("the van's running on fumes", "I'm on fumes");
- **plaster as a building material**: plaster dust, plasterboard, plaster cracking off a wall
  (a plaster on a cut stays);
- **tobacco smoke**: a car or a room that is smoky or smells of smoke, with cigarettes, cigars or
  a vape named and no fire word ("the cab was smoky, it reeks of fags");
- **a job named by its workplace**: "an A&E nurse", "a trauma surgeon", "a burns-unit doctor"
  (the workplace is a job title, not a visit);
- **a harm as the topic of a service**: "injury-prevention workshops", "a fire-safety talk", "a
  first-aid course", "choking awareness" (the harm word modifies the topic);
- **a hospital stay that is over**: someone discharged, or a lift home from the hospital after an
  operation ("can you collect my dad from the hospital, he's being discharged after his hip op").
"""

from __future__ import annotations

import re

_FUMES = re.compile(r"\b(running|run|going|driving|living|surviving|been|i'?m|we'?re|it'?s) on (fumes|empty)\b")
_PLASTER_WORK = re.compile(
    r"\bplaster(?= ?(dust|board|boards|work|wall|walls|ceiling|ceilings|coving|skim|finish|mix|bag|bags|of paris|cracks?|cracking)\b)"
    r"|\bplaster\b(?=('s| is| are)? (cracking|crumbling|falling|coming|came|flaking|peeling|off)\b)"
    r"|\b(the|some|bits of|chunks of|lumps of) plaster (on|in|off|from) (the|a|our|my) (wall|walls|ceiling|ceilings|floor|stairs)\b"
)
_TOBACCO = re.compile(r"\b(cigarettes?|cigs?|ciggies?|fags?|tobacco|cigars?|vap(e|es|ing)|smokers?|pipe smoke)\b")
_NOT_TOBACCO = re.compile(
    r"\b(fire|flames?|alight|ablaze|burning|caught|blaze|sparks?|bin|wiring|engine|bonnet|dashboard|electrics?|billowing|pouring|thick)\b"
)
_SMOKE_SMELL = re.compile(
    r"\b(smoky|smokey|smoke-?filled|smell(s|ing|t)? (of|like) smoke|stinks? (of|like) smoke|reeks? (of|like) smoke)\b"
)
_WORKPLACE_JOB = re.compile(
    r"\b(a|an|the) (a&e|er|icu|emergency (room|department)|trauma|burns?(-| )?unit|intensive care|critical care|hospital|ambulance|fire)( \w+)? "
    r"(nurse|doctor|consultant|surgeon|porter|registrar|paramedic|receptionist|technician|driver|crew|officer|fighter|worker|cleaner|manager)s?\b"
)
_HARM_TOPIC = re.compile(
    r"\b(injury|injuries|fire|burns?|choking|allergy|allergies|stroke|overdose|drowning|suicide|falls?|first)[- ]"
    r"(prevention|awareness|safety|risk assessment|risk assessments|training|course|courses|workshops?|talks?|drills?|aid|marshal|warden|certificate|kit)\b"
)
_DISCHARGED = re.compile(
    r"\b(discharged|being discharged|getting discharged|let out of|coming home from|ready to come home)\b"
    r"|\b(pick|collect|fetch|bring|drive|take)( \w+){0,3} (up |home )?from (the )?hospital\b(?=[^.!?]*[.!?]?[^.!?]*\b(op|operation|surgery|appointment|scan|procedure|check-?up|discharged)\b)"
)
_HOSPITAL = re.compile(r"\b(hospital|a&e|ward)\b")


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the everyday senses of the module docstring."""
    t = _FUMES.sub(" ", t)
    t = _PLASTER_WORK.sub(" ", t)
    if _TOBACCO.search(t) and not _NOT_TOBACCO.search(t):
        t = _SMOKE_SMELL.sub(" ", t)
    t = _WORKPLACE_JOB.sub(" ", t)
    t = _HARM_TOPIC.sub(" ", t)
    if _DISCHARGED.search(t):
        t = _HOSPITAL.sub(" ", t)
    return t
