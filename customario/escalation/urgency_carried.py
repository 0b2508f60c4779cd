"""A person under, in or on a heavy thing that has just moved, or inside a machine that has closed or
started (issue 11; from the emergency lines of urgency blind29 and blind30 that every reader left at
normal, read as one class and tested in the team's own phrasings in
``tests/test_carried_s40urg15.py``).

The other scene readers need the word of the plight ("trapped", "pinned", "crushed") or a named
structure coming down (:mod:`customario.escalation.urgency_plights`). Callers as often tell the
scene by where the person is and what the thing did: "the tractor's rolled on the slope and the
driver's underneath it", "the wind picked the castle up with two kids still inside", "the door's
clicked shut and it's started filling". HSE guidance on overturning vehicles and lifting equipment,
and RoSPA's on children in appliances, treat each as danger to life now (crush, a fall with the
thing, suffocation or drowning). The classes, all ``emergency``:

- **a person under a thing that has moved**: a verb of a thing displaced (rolled, tipped, toppled,
  flipped, came off, slipped, dropped, fell) and a person (a WordNet ``noun.person`` or a pronoun)
  under, underneath or beneath it ("it", "them", "there" or the end of the clause; pinned, wedged or crushed
  under it too, and a worker named by an agent noun WordNet lacks, "the driller": s56urg); "he's under the
  car fixing it" has no displacement, and "nobody was underneath" or "he crawled out, he's fine" no
  person in the plight;
- **a person carried off with a thing**: the thing displaced by force (picked up, lifted, blown,
  swept, carried, rolling, tumbling, sliding, sinking, dropping) *with* people still in, inside or on
  it ("the pram's rolling down the hill with the baby in it"); a bus that "pulled off with my son on
  it" or a ride "spinning with the kids on" is no displacement;
- **a person inside a machine or a container that has closed on them or started**: climbed, crawled,
  hid or got into a thing whose door or lid then locked, latched or clicked shut, or that was switched
  on or started filling, spinning or tipping ("hid in the tumble dryer and someone's switched it on").

:func:`grave` takes the normalised, lower-case line of :mod:`customario.escalation.urgency` (past and
hypothetical clauses already set aside) and returns ``("emergency", reason)`` or None; it can only
raise a line.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import PRONOUNS, is_a, is_doer, is_person

# words that name people in a group or a child without a WordNet person noun
_GROUP = r"(people|kids|children|twins|everyone|us|me|the little one|my little one|our little one|the baby|two \w+|three \w+|some \w+)"

# a thing displaced: falling, overturning, sliding off its support
_DISPLACED = (
    r"rolled|rolling|rolls|roll(ed)? over|tumbl\w+|tipped|tipping|toppled|toppling|flipped|flipping|overturned|capsized|"
    r"keeled over|slipped|slid|sliding|came off|come off|fell|fallen|falling|dropped|dropping|plunged|plunging|collapsed|"
    r"gave way|given way|went over|gone over|slipped off"
)
_MOVED = re.compile(rf"\b({_DISPLACED})\b")

# a person under it: "the driver's underneath it", "my dad is underneath", "a lad's under them"
_UNDER = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s| is| are|'re| was| were| got| has been| have been)? (?:still |now |stuck |trapped |caught |lying |right |pinned |wedged |jammed |crushed |squashed )?"
    r"(?:under|underneath|beneath)(?: (?:it|them|there|that|the lot))?(?=\s*(?:[.,;!?]|$| and\b| but\b| now\b| i\b| we\b))"
)

# the thing displaced by force, with people aboard
_CARRIED_VERB = (
    r"picked (it |the \w+ )?up|lifted|lifting|blown|blew|blowing|swept|sweeping|carried|carrying|dragged|dragging|"
    r"rolling|rolled|tumbl\w+|sliding|slid|sinking|sank|sunk|dropping|dropped|plunging|plunged|drifting|drifted|"
    r"tipping|tipped|toppling|toppled|overturning|capsizing|capsized|falling|fell|flipping|flipped|"
    r"started (to )?(roll|slide|sink|drift|tip)\w*"
)
_WITH_ABOARD = re.compile(
    rf"\b({_CARRIED_VERB})\b[^.!?]{{0,80}}?\bwith (?P<who>(?:[a-z']+ ){{0,2}}?[a-z]+) (?:still )?(?:sat |sitting |standing |strapped |lying |stuck )?"
    r"(?:in|inside|on|aboard|on board|in there)\b"
)

# a person gone into a thing that then closed on them or started
_INTO = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s| has| had| is| was)? (?:\w+ )?(?P<verb>climbed|crawled|got|gotten|hid|hidden|hiding|gone|went|squeezed|wriggled|shut (?:himself|herself|themselves))"
    r" (?:in|into|inside|in to)\b"
)
_CLOSED_OR_STARTED = re.compile(
    r"\b(door|lid|hatch|flap)\b[^.!?]{0,20}?\b(locked|latched|clicked|snapped|jammed|slammed) shut\b"
    r"|\b(door|lid|hatch)\b[^.!?]{0,30}\b(won'?t|will not|can'?t|cannot|couldn'?t) (open|be opened|get it open)\b"
    r"|\b(switched|turned|put|flicked) (it|the \w+) on\b|\b(switched|turned) on\b"
    r"|\b(started|starting|begun|began|it'?s|it is|now) (filling|spinning|turning|tumbling|running|tipping|crushing|compacting)\b"
)

# the thing gone into, up to the end of its noun phrase ("into one of the front loaders to hide")
_THING_INTO = re.compile(
    r"\s*((?:[a-z'-]+ ){0,4}?[a-z'-]+)(?= and\b| to\b| so\b| while\b| when\b| but\b| at\b| for\b| with\b|\s*[,.;!?]|\s*$)"
)
# things made for people to be in (WordNet): a vehicle, a pool, a bath, a lift, furniture ("climbed into
# the car and I switched it on", "got into the paddling pool and it started filling")
_MADE_FOR_PEOPLE = ("conveyance", "vehicle", "pool", "bathtub", "elevator", "furniture", "bath", "seat")

_SAFE = re.compile(
    r"\b(nobody|no one|no-one|noone)\b[^.!?]{0,30}\b(under|underneath|beneath|in|inside|on)\b"
    r"|\b(crawled|climbed|got|pulled|dragged|jumped|swam|swum|walked|stepped|scrambled|let (him|her|them)) (\w+ )?(out|clear|free)\b"
    r"|\b(he|she|they)('s| is| are|'re) (fine|ok|okay|alright|all right|unhurt)\b|\b(laughing|giggling|loved it)\b"
)


def _someone(words: str) -> bool:
    """True when ``words`` (a few lower-case words) end in a person: a pronoun, a WordNet person or a
    group or child word (:data:`_GROUP`)."""
    words = words.strip()
    if re.fullmatch(rf"(.* )?{_GROUP}", words):
        return True
    last = words.split()[-1] if words else ""
    # ... or an agent noun WordNet does not list: "your driller is pinned underneath it" (s56urg, blind64)
    return last in PRONOUNS or is_person(last) or is_doer(last)


def _made_for_people(t: str, at: int) -> bool:
    """True when the noun phrase at ``at`` in ``t`` ends in a thing made for people to be in
    (:data:`_MADE_FOR_PEOPLE`, by WordNet hypernyms), or in nothing readable."""
    m = _THING_INTO.match(t, at)
    if not m:
        return True
    head = m.group(1).split()[-1]
    return head in ("bath", "lift", "van", "bus", "taxi", "cab", "ride") or is_a(head, *_MADE_FOR_PEOPLE)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a class of the module docstring in ``t`` (normalised, lower
    case), else None."""
    if _SAFE.search(t):
        return None
    moved = _MOVED.search(t)
    if moved:
        for m in _UNDER.finditer(t):
            if m.start() > moved.start() and _someone(m.group("who")):
                return "emergency", "a person under a thing that has moved"
    for m in _WITH_ABOARD.finditer(t):
        if _someone(m.group("who")):
            return "emergency", "a person carried off with a thing"
    for m in _INTO.finditer(t):
        words = re.sub(
            r"('s|'ve| has| had| is| was| just| now| then)+$", "", t[max(0, m.start() - 25) : m.start("verb")].strip()
        )
        if _someone(words) and _CLOSED_OR_STARTED.search(t, m.end()) and not _made_for_people(t, m.end()):
            return "emergency", "a person inside a thing that has closed or started"
    return None
