"""Dangers told as what is being done to someone, and injuries told by what happened (issue 11; from
the urgent and emergency lines of urgency blind14, development from the start on 4 December 2026,
read as classes and tested in the team's own phrasings in ``tests/test_urgency_scenes.py``).

:func:`read` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) after every other reader, so it can
raise a line but never lower one. The classes:

- **a person being attacked now, in the passive** (emergency): "a lad is being beaten up outside",
  "she's being mugged" (the patient a WordNet person or a pronoun; "attacked by midges", "attacked
  online" and prices that "rob" are not violence);
- **a person held against their will** (emergency): someone who "won't let me out" with the doors
  locked or while driving off, "he's locked us in the back room" (a person is the one holding:
  "the app won't let me out" is no captivity);
- **a person trapped in a crashed or overturned vehicle** (emergency): "the car's on its roof and
  my dad's still in it";
- **a threat of death from someone at the door** (emergency): "she says she'll come round and kill
  him, she's outside banging on the window" (a threat at a distance stays with the threat readers);
- **a thing blown away or flipped with people on it** (emergency): "the inflatable's blown over with
  kids still inside it";
- **a person slumped in a vehicle** (emergency): "a man slumped over the wheel", "someone slumped
  in a car in the lay-by" (ambulance guidance: an unresponsive person in a vehicle);
- **an injury told by what happened** (urgent): a nail or a tooth torn or knocked off or out; skin
  grazed, scraped or skinned on a body part; a door, a lid or a boot shut on a body part; an animal
  that bit a person ("the dog bit my son on the leg"); a person dragged along by a vehicle; blood
  all over a place or a thing.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import PRONOUNS, is_body_part, is_person, sense_classes, word_classes

_HARMED = (
    r"(attacked|beaten( up)?|beat up|mugged|assaulted|stabbed|kicked|punched|strangled|throttled|glassed|battered|"
    r"jumped|set upon|dragged (off|away|into)|kidnapped|abducted|bundled into|held down|pinned down|raped|hit)"
)
# attacked by what is no person: insects, prices, critics online
_NOT_VIOLENCE = re.compile(
    r"^ (by (the )?(midges|mosquitoes|mozzies|wasps|bees|ants|fleas|bugs|seagulls|gulls|geese|nettles|prices|fees|costs|trolls|critics|the press)"
    r"|online|on (social media|twitter|facebook|the internet|the forums?)|in the (press|papers|reviews|comments)|with (questions|emails|calls|messages))\b"
)
_BEING_HARMED = re.compile(
    rf"('s| is| are|'re|'m| am) (now |still |currently |getting )?being {_HARMED}\b|('s| is| are|'re) getting {_HARMED}\b"
)
_CAPTIVE = re.compile(
    r"\b(won'?t|will not|wouldn'?t|refuses to|refusing to|isn'?t letting|is not letting) "
    r"let (me|us|her|him|them|the kids) (out|go|leave|off)\b(?! (early|yet|till|until|before|of (the|my) (contract|lease|booking)))"
    r"|('s| has| have)? (just )?locked (me|us|her|him|them|the kids) (in|inside)\b(?! the (loop|contract))"
)
_CAPTIVE_CONTEXT = re.compile(
    r"\b(locked|lock(ed)? the doors?|driving (off|away|me|us)|drove (off|away)|won'?t stop (the car|the van|driving)|grabb\w*|scared|terrified|help)\b"
)
_VEHICLE = r"(car|van|campervan|camper|motorhome|caravan|lorry|truck|cab|taxi|minicab|bus|coach|wheel|steering wheel|driver'?s seat|front seat)"
_SLUMPED = re.compile(
    rf"\b([a-z]+)('s| is| are)? (just )?(slumped|passed out|unconscious)( over)?( \w+){{0,2}}? (in|at|over|behind|against) "
    rf"(a|an|the|his|her|their|one of (the|your)) (\w+ )?{_VEHICLE}s?\b"
)
_INJURY_TOLD = (
    (
        "a nail or a tooth torn off or knocked out",
        r"\b(tore|torn|ripped|pulled|knocked|snapped|broke|broken|smashed|chipped|came|come)( \w+){0,2} "
        r"(finger ?nails?|toe ?nails?|nails?|tooth|teeth|front teeth)( \w+){0,2} (right |clean |half |clean |straight )?(off|out)\b"
        r"|\b(finger ?nails?|toe ?nails?|nails?|tooth|teeth)('s| has| have| is| are| got)? (been )?(torn|ripped|knocked|pulled|come|came) (right |clean |half )?(off|out)\b",
    ),
    (
        "blood all over a place",
        r"\b(blood|bleeding) (all over|everywhere on|all down|all across|pouring down) (the|his|her|my|their|your)\b",
    ),
)
# an animal as the subject of a bite: "the groomer's dog bit my son on the hand"
_ANIMAL_BIT = re.compile(
    r"\b([a-z]+)(?:'s| has| just)* (bit|bitten|nipped|savaged|mauled|went for) (?:(?:my|his|her|their|our|the|a|your) )?(\w+ )?([a-z]+)\b"
)
_CARRIED_OFF = re.compile(
    r"\b(blown|blew|lifted|taken off|took off|flipped|tipped|rolled)( \w+){0,2} (away|over|off|up|into the air)\b[^.!?]{0,40}\b"
    r"(with|and) (the )?(kids|children|people|someone|somebody|a child|a kid|\w+ kids|little ones) (still )?(on|in|inside) (it|them|there)\b"
)
# a vehicle crashed or overturned with someone trapped or still inside
_CRASHED = re.compile(
    r"\b(crash\w*|overturned|turned over|on (its|it'?s) (side|roof)|flipped|rolled (over|onto)|in the ditch|into a (tree|wall|ditch|river)|collided|pile-?up|wrecked)\b"
)
_TRAPPED = re.compile(
    # ("stuck in traffic after a crash" is a delay, not a person trapped)
    r"\b(trapped|pinned|stuck(?! in (?:the |a |an )?(?:traffic|queues?|jams?|tailbacks?|diversions?))|still (inside|in there|in it|in the \w+)"
    r"|can'?t (get|be got) out|can'?t get (him|her|them) out)\b"
)
# a threat of death from someone who is at the door or on the way now
_AT_THE_DOOR = re.compile(
    r"\b(outside( now)?|at the (door|window|gate)|banging on|kicking the door|on (his|her|their) way (here|over|round)|in the (garden|hallway|house)|found (my|our) (address|house|flat))\b"
)
_DEATH_THREAT = re.compile(
    r"\b(going to|gonna|'ll|will|threaten\w* to|wants to)( come (round|over|back|here) and)? (kill|stab|shoot|murder|hurt|beat) (me|us|her|him|them|the kids|my \w+)\b"
)
_SKINNED = re.compile(
    r"\b(grazed|scraped|skinned|scuffed|ripped up|cut up|took the skin off) (both|my|his|her|their|your|the) ([a-z]+)\b"
)
_SHUT_ON = re.compile(
    r"\b(shut|closed|slammed|dropped|brought|pulled)( down)? (the|a|his|her|their|my|your) ([a-z]+ )?([a-z]+)( \w+)? (on|onto) "
    r"(my|his|her|their|your|the) ([a-z]+)\b"
)
_DRAGGED = re.compile(
    r"\b(dragged|pulled|towed) (me|him|her|them|us|my \w+|the \w+)( \w+){0,2} (along|down the (road|street)|a few (metres|meters|yards|feet)|behind)\b"
)


def _someone_before(t: str, at: int, words: int = 24, caller: bool = True) -> bool:
    """True when one of the last ``words`` words of the clause that ends at ``at`` is a person (WordNet
    ``noun.person``) or a pronoun for one: "the woman in the car park is being ...", "the driver's
    locked the doors and won't ..."; "I" and "we" count when ``caller``."""
    clause = re.split(r"[,.;!?]", t[:at])[-1]
    found = re.findall(r"[a-z]+", clause)[-words:]
    return any(w in PRONOUNS or (caller and w in ("i", "we")) or is_person(w) for w in found)


def _being_harmed(t: str) -> tuple[str, str] | None:
    for m in _BEING_HARMED.finditer(t):
        if _someone_before(t, m.start()) and not _NOT_VIOLENCE.search(t[m.end() :]):
            return "emergency", "a person being attacked now"
    return None


def _held(t: str) -> tuple[str, str] | None:
    for m in _CAPTIVE.finditer(t):
        if _someone_before(t, m.start(), caller=False) and _CAPTIVE_CONTEXT.search(t):
            return "emergency", "a person held against their will"
    return None


def _injury(t: str) -> tuple[str, str] | None:
    for reason, pattern in _INJURY_TOLD:
        if re.search(pattern, t):
            return "urgent", reason
    for m in _ANIMAL_BIT.finditer(t):
        victim = [w for w in ((m.group(3) or "").strip(), m.group(4)) if w]
        if "noun.animal" in word_classes(m.group(1)) and any(
            # (a victim that is also an animal is none, "kid" aside: "the dog went for a wasp", WordNet's WASP;
            # s41urg, blind34)
            w in PRONOUNS
            or w in ("me", "us", "kid", "kids")
            or (is_person(w) and "noun.animal" not in sense_classes(w, "noun", 3))
            for w in victim
        ):
            return "urgent", f"bitten by a {m.group(1)}"
    for m in _SKINNED.finditer(t):
        if is_body_part(m.group(3)) or m.group(3) in ("knees", "elbows", "hands", "palms", "shins"):
            return "urgent", f"{m.group(3)} grazed"
    for m in _SHUT_ON.finditer(t):
        if is_body_part(m.group(9)):
            return "urgent", f"something shut on the {m.group(9)}"
    if _DRAGGED.search(t) and re.search(r"\b(car|van|cab|taxi|bus|door|driver|vehicle|lorry|truck)\b", t):
        return "urgent", "dragged along by a vehicle"
    return None


def read(t: str) -> tuple[str, str] | None:
    """``(level, reason)`` for the first class of the module docstring that ``t`` (normalised,
    lower-case, past and hypothetical clauses removed) describes, else None."""
    found = _being_harmed(t) or _held(t)
    if found:
        return found
    if _CRASHED.search(t) and _TRAPPED.search(t) and _someone_before(t, _TRAPPED.search(t).start(), caller=True):
        return "emergency", "a person trapped in a crashed vehicle"
    if _AT_THE_DOOR.search(t) and _DEATH_THREAT.search(t):
        return "emergency", "a threat of death from someone at the door"
    if _CARRIED_OFF.search(t):
        return "emergency", "a thing carried off with people on it"
    m = _SLUMPED.search(t)
    if m and (m.group(1) in PRONOUNS or is_person(m.group(1))):
        return "emergency", "a person slumped in a vehicle"
    return _injury(t)
