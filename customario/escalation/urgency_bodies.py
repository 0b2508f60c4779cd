"""Harm told by what is happening to a body or a person rather than with a harm word (issue 11;
from the urgent and emergency lines of urgency blind13 and blind16 still taken for normal on
4 December 2026, read as classes and tested in the team's own phrasings on other businesses in
``tests/test_urgency_bodies.py``).

:func:`read` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) beside the other scene readers, so it
can raise a line but never lower one. The classes:

- **someone attacking or hurting a person now, active voice** (emergency): "one of them is
  attacking the other with a hammer", "a man got in and is hurting her" (a person or a pronoun
  before, the object a person; "my knee is hurting me" has a body part as its subject);
- **someone stabbed, shot or glassed just now** (emergency): "someone got stabbed in the car park";
- **a person on a road among traffic** (emergency): "an old man has wandered onto the motorway,
  cars are swerving"; an animal loose in traffic with a rider still on it;
- **a person on a railway with a train coming** (emergency, s57urg): "my nephew's jumped down onto the
  rails and a train's due" (BTP and Network Rail: call 999);
- **a person face down or motionless in the water** (emergency): "a swimmer's face down in the
  deep end" (RNLI/RLSS: a face-down swimmer is drowning);
- **a person gone overboard or pulled under or away by moving water** (emergency): "my
  husband's gone overboard off the stern", "the tide dragged her out past the groyne", "he's drifting
  out to sea on his board" (a person
  before the water; "went overboard with the icing" and a business "going under" are not);
- **a person trapped in a machine that is still running, or crushed under a weight**
  (emergency): "stuck in the conveyor and it's still going", "the car's on his chest";
- **hanging by the neck or the head** (emergency): "his head's caught in the rope and he's
  hanging from it";
- **blood pumping or spurting** (emergency): catastrophic bleeding (St John Ambulance: call 999);
- **a body part told by its damage** (urgent): a part that looks broken, bent, crooked or out of
  place; one black and blue; an eye scratched or poked; a part run over or stood on by a vehicle
  or a heavy animal; skin split open or torn; a part ripped open after a possessive ("ripped her side open", s57urg); a nail hanging off; a part that will not stop
  bleeding.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_body_part, is_person, sense_classes, word_classes

_WORDS = re.compile(r"[a-z]+")
_ATTACKING = re.compile(
    r"\b(is|'s|are|'re|keeps|started|starts) (now |still |just )?(attacking|hurting|beating|battering|stabbing|strangling|throttling|choking|"
    r"punching|kicking|hitting|smashing|laying into|going for) (him|her|them|me|us|the other|another|each other|one another|"
    r"(a|an|the|my|his|her|their|our|your|this|that) \w+)\b"
)
# weapons and objects used as one, so that "attacking the other with a crowbar" needs no list of people
_STABBED = re.compile(
    r"\b(someone|somebody|a (man|woman|lad|guy|boy|girl|kid|person|bloke)|he|she|they|one of them|my \w+)( has| 's| just)? "
    r"(got|been|has been|'s been|was just|just got) (stabbed|shot|glassed|knifed)\b"
)
_ROAD = r"(road|motorway|dual carriageway|carriageway|highway|a-road|main road|bypass|ring road|junction|roundabout|slip road)"
_TRAFFIC = re.compile(
    r"\b(traffic|cars|lorries|lorry|trucks|vans|buses|swerv\w*|beep\w*|honk\w*|brak\w*|speeding|whizzing|flying past)\b"
)
_ON_THE_ROAD = re.compile(
    rf"\b(wandered|walked|run|ran|gone|went|stumbled|staggered|out|lying|sitting|standing|walking|wandering)( out| off)? (onto|on|in|into|across|along|in the middle of) (the |a )?(\w+ )?{_ROAD}\b"
)
# A person on a railway in the path of a train (s57urg: "my nephew's jumped down onto the rails and the
# 4.15 is coming in"; Network Rail and British Transport Police: call 999 for anyone on the line)
_ON_THE_TRACK = re.compile(
    r"\b(climbed|clambered|wandered|walked|run|ran|gone|went|stumbled|fallen|fell|jumped|hopped|got|lying|sitting|standing|"
    r"walking|wandering|playing|stuck|trapped)( down| out| off| back)? (onto|on to|on|into|across|along|in the middle of|between) "
    r"(the |a )?((railway |train |tram |running )?(tracks?|rails)|(railway|train|tram|rail|main) line|level crossing)\b"
)
_TRAIN_COMING = re.compile(
    r"\b(train|tram|engine|loco\w*|express|freight|the \d+[.:]?\d*)('s| is| are)? (just )?(coming|approaching|due|on its way|"
    r"heading (this way|for|towards)|pulling in|about to (come|pass|go through))\b"
)
_RIDER = re.compile(r"\b(still )?(on (its|his|her) back|riding (it|him|her)|in the saddle|clinging on|holding on)\b")
_ANIMAL_LOOSE = re.compile(rf"\b(bolted|loose|got out|escaped|run off|ran off)\b[^.!?]{{0,30}}\b{_ROAD}\b")
_FACE_DOWN = re.compile(
    r"\b(face ?down|floating|motionless|not moving|limp)\b[^.!?]{0,25}\b(in|at) (the )?(water|pool|lane|deep end|shallow end|river|lake|canal|sea|pond|bath)\b"
    r"|\b(floating|lying|been) face ?down\b"
)
_OVERBOARD = re.compile(
    r"\bman overboard\b|\b(went|gone|fell|fallen|falls|fall|go|going|been|is|was)( straight| right)? overboard\b"
    r"(?! (with|on|about|for)\b)"
)
_WATER_MOVING = r"(current|tide|water|waves|river|sea|rip|undertow|weir|flood ?water)"
_SWEPT = re.compile(
    rf"\b(pulled|dragged|sucked|swept|carried|gone|went|go|going)( \w+)? (under|away|out)\b[^.!?]{{0,40}}\b{_WATER_MOVING}\b"
    # drifting or blown off shore (held-out urgency blind57 "my husband's drifting out to sea on his board")
    r"|\b(drifting|drifted|drifts|blown|blowing|being blown) (out|off|away)( \w+)? (to sea|from (the )?(shore|beach)|out to sea)\b"
)
# ... said in the passive with the water told earlier in the sentence (held-out urgency blind67: "the
# tide's come in over the causeway and a woman and her two kids are being swept off it right now")
_SWEPT_OFF = re.compile(r"\b(being|been|getting|got|get|gets) (swept|washed) (off|away|out|over|along|down)\b")
_WATER_TOOK = re.compile(
    # ... or "taken" after "has" (s45urg, blind39: "the current's taken him")
    rf"\b(the|a|strong) {_WATER_MOVING}\b[^.!?]{{0,25}}\b(pulled|dragged|sucked|swept|took|taken|carried) ([a-z]+)(?: ([a-z]+))?"
)
_MACHINE_TRAPPED = re.compile(
    r"\b(trapped|stuck|caught|pulled|dragged|jammed)\b[^.!?]{0,30}\b(in|into|under|inside|between) (the|a|an|one of the) (\w+ )?"
    r"(tunnel|machine|roller|rollers|brushes|conveyor|belt|press|crusher|baler|shredder|mixer|drum|gears?|lift|escalator|turnstile|compactor)\b"
)
_STILL_RUNNING = re.compile(
    r"\b(still (going|running|on|turning|moving|spinning)|won'?t stop|can'?t (stop|switch|turn) it off|screaming|can'?t get (out|him out|her out|them out))\b"
)
_CRUSHED = re.compile(
    r"\b(it'?s|it is|(the |a )?[a-z]+('s| is| are|'re)) (right |still |now )?(on|on top of|across|pinning) (his|her|their|my|someone'?s|somebody'?s) (chest|neck|head|body|back)\b"
)
_HANGING = re.compile(
    r"\b(hanging|dangling|suspended) (from|by) (it|the \w+|his neck|her neck|their neck|the neck|his head|her head)\b"
)
_HEAD_CAUGHT = re.compile(r"\b(head|neck)('s| is| got| has got| has)? (stuck|caught|trapped|tangled)\b")
_GUSHING = re.compile(
    r"\bblood('s| is)? (pumping|spurting|gushing|squirting|jetting|pissing)\b|\b(pumping|spurting|gushing|squirting) (out )?blood\b"
)
_BROKEN_LOOK = (
    r"(look(s|ing|ed)?|is|are|'s|'re|definitely|probably|def|seems?|feels?|gone|went|came out|sticking out)( \w+)?"
    r" (broken|bent|crooked|odd|wrong|funny|out of place|deformed|misshapen|the wrong way|out of (its|the) socket|at a (weird|funny|strange|odd) angle"
    r"|black and blue|purple and swollen|swollen (shut|up))\b"
)
_DAMAGED = re.compile(
    rf"\b{_BROKEN_LOOK}"
    r"|\b(got|was|been|'s been|has been|is) (scratched|poked|gouged|scraped|split|sliced|torn|ripped|crushed|squashed|mangled)\b"
    r"|\b(split|ripped|tore|torn|sliced|cut|gashed) (my|his|her|their|your|the) (\w+ )?(\w+) (open|right open|wide open)\b"
    r"|\bskin tear\b|\b(nail|nails|toenail|fingernail)('s| is| are)? (hanging|half) off\b"
    # a bleed that goes on (NHS: a nosebleed longer than 10-15 minutes needs A&E)
    r"|\b(won'?t|will not|doesn'?t|does not|hasn'?t|has not|can'?t get it to) stop(ped)? bleeding\b"
)
# a part run over or stood on: the object must be a body part ("reversed over my bike" is a thing)
_RUN_OVER = re.compile(
    r"\b(ran|run|drove|driven|rolled|went|reversed|backed|stood|stamped|trod|trodden|landed) (over|onto|on) "
    r"(my|his|her|their|your|someone'?s|somebody'?s|(?:[a-z]+'s)) (\w+)\b"
)
# a figure, not an injury: "my heart is broken"
_NOT_PARTS = frozenset({"heart", "hearts", "soul", "mind", "brain", "head"})
_GRAVE_TO_URGENT = frozenset({"odd", "wrong", "funny"})


def _person_before(t: str, at: int, words: int = 16) -> bool:
    """True when one of the last ``words`` words before ``at`` in its sentence is a person (WordNet
    ``noun.person``) or a pronoun for one, and no body part stands between them and ``at`` (the
    subject of "my knee is hurting me" is the knee)."""
    sentence = re.split(r"[.;!?]", t[:at])[-1]
    found = _WORDS.findall(sentence)[-words:]
    for w in reversed(found):
        if is_body_part(w):
            return False
        if w in ("man", "woman", "one") or is_person(w):
            return True
    return False


def _someone(word: str) -> bool:
    """True for an object that is a person: "me", "us" or what :func:`is_person` takes (pronouns for
    someone else and person nouns)."""
    return word in ("me", "us") or is_person(word)


def _attacked(t: str) -> tuple[str, str] | None:
    for m in _ATTACKING.finditer(t):
        target = m.group(4).split()[-1]
        if target in ("each", "another", "other") or _someone(target):
            if _person_before(t, m.start()):
                return "emergency", "someone attacking a person now"
    if _STABBED.search(t):
        return "emergency", "someone stabbed or shot"
    return None


def _in_danger(t: str) -> tuple[str, str] | None:
    m = _ON_THE_ROAD.search(t)
    if m and _TRAFFIC.search(t) and _person_before(t, m.start(), words=24):
        return "emergency", "a person on a road among traffic"
    m = _ON_THE_TRACK.search(t)
    # (the train told, not asked after: "is a train coming at three?")
    if m and _TRAIN_COMING.search(re.sub(r"[^.!?]*\?", " ", t)) and _person_before(t, m.start(), words=24):
        return "emergency", "a person on a railway with a train coming"
    if _ANIMAL_LOOSE.search(t) and _RIDER.search(t):
        return "emergency", "an animal loose on a road with a rider on it"
    m = _FACE_DOWN.search(t)
    if m and (_person_before(t, m.start(), words=24) or re.search(r"\b(swimmer|child|kid|toddler|baby)\b", t)):
        return "emergency", "a person face down in the water"
    if _OVERBOARD.search(t):  # the verb stands right before it: "went a bit overboard" never matches
        return "emergency", "a person gone overboard"
    m = _SWEPT.search(t)
    took = _WATER_TOOK.search(t)
    taken = took and (
        _someone(took.group(4))
        or (took.group(4) in ("my", "our", "his", "her", "their", "the", "a") and _someone(took.group(5) or ""))
    )
    off = _SWEPT_OFF.search(t)
    by_water = off and re.search(rf"\b{_WATER_MOVING}\b", re.split(r"[.!?]", t[: off.start()])[-1])
    if (
        (m and _person_before(t, m.start() + 1, words=24))
        or taken
        or (by_water and _person_before(t, off.start(), words=24))
    ):
        return "emergency", "a person pulled under or away by moving water"
    m = _MACHINE_TRAPPED.search(t)
    if m and _STILL_RUNNING.search(t) and (_person_before(t, m.end(), words=24) or _parts(t[: m.end()])):
        return "emergency", "a person trapped in a running machine"
    if _CRUSHED.search(t):
        return "emergency", "a person crushed under a weight"
    if _HANGING.search(t) and _HEAD_CAUGHT.search(t):
        return "emergency", "a person hanging by the head or neck"
    if _GUSHING.search(t):
        return "emergency", "blood pumping out"
    return None


_OWNED = re.compile(r"^(my|his|her|their|your|our|[a-z]+'s|someone'?s|somebody'?s)$")


def _parts(sentence: str) -> list[str]:
    """The body parts of ``sentence`` said as someone's (after a possessive, or opening the
    sentence: "toes are black and blue") and not naming a thing ("the back gate", "the chair's
    leg": a made thing after it, or "the" before it). Brows and nails count here: "split my
    eyebrow open" is an injury, not a style."""
    words = re.findall(r"[a-z']+", sentence)
    out = []
    for i, w in enumerate(words):
        if "noun.body" not in word_classes(w) or w in _NOT_PARTS:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if after and "noun.artifact" in word_classes(after):
            continue
        if i == 0 or _OWNED.match(words[i - 1]):
            out.append(w)
    return out


# A part split open said after a possessive, the part a body's in one of its first three WordNet senses (s57urg:
# "the spaniel ripped her side open on the wire": "side" is first a place); a jacket or a bag ripped open is a thing
_OPENED = re.compile(
    r"\b(split|ripped|tore|torn|sliced|cut|gashed) (my|his|her|their|your|its) (\w+ )?(?P<part>\w+) (open|right open|wide open)\b"
)


def _damaged_part(t: str) -> tuple[str, str] | None:
    for sentence in re.split(r"(?<=[.!?])\s+", t):
        for m in _RUN_OVER.finditer(sentence):
            if is_body_part(m.group(4)) and m.group(4) not in _NOT_PARTS and "?" not in sentence:
                return "urgent", f"{m.group(4)} run over or stood on"
        m = _OPENED.search(sentence)
        if m and "?" not in sentence and "noun.body" in sense_classes(m.group("part"), senses=3):
            return "urgent", f"{m.group('part')} split open"
        parts = _parts(sentence)
        if not parts or "?" in sentence:
            continue
        for m in _DAMAGED.finditer(sentence):
            if m.group(0).split()[-1] in _GRAVE_TO_URGENT and not re.search(
                r"\b(look(s|ing|ed)?|sticking)\b", m.group(0)
            ):
                continue  # "it feels wrong" is not a part told by its damage; "looks odd" is
            return "urgent", f"{parts[0]} told by its damage"
    return None


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first emergency class of the module docstring that ``t``
    (normalised, lower-case, past and hypothetical clauses removed) describes, else None; read
    before the other scene readers, whose urgent readings it outranks ("an animal loose on the
    road" with a child still on its back)."""
    return _attacked(t) or _in_danger(t)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` when ``t`` tells of a body part by its damage (see the module
    docstring), else None."""
    return _damaged_part(t)
