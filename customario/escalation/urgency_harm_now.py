"""Harm happening now, told by what the caller sees rather than by an emergency word (issue 11; s46urg,
from the emergency lines of urgency blind44 and blind41 that the rules alone took for normal, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_s46urg.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) and returns ``("emergency", reason)`` or
None. The classes:

- **a threat to kill made by someone present now**: a person said to shout, say or threaten that he
  or she will kill, stab or shoot someone, and that person here now ("has just walked in", "is
  outside", "turned up"): police advice (999 when a threat to life is made and the person is there; a
  breached protective order is itself a 999 call). "I'll kill him" said by the caller is hyperbole
  and is not read; the threat must be reported of a third person;
- **people under a vehicle**: someone trapped or pinned under a car, a van, a lorry or "it" when a
  vehicle is named, or under it after it crashed, came through, rolled or fell ("a car's come through
  your window, there's two people under it"); a crush injury (ambulance and fire service: 999). A
  mechanic under a car at work is not;
- **a medicine overdose by mistake with signs now**: a medicine injected, taken or given by mistake in
  an amount ("a lot", "double", "too much", "the whole"), told with a sign of its effect now (shaking,
  sweating, confused, can't think straight, drowsy, faint). NHS advice on an insulin overdose is a
  severe hypo: call 999 when the person is confused, drowsy or cannot treat it themselves; a mistake
  told with no sign stays with the other readers.

- **someone being forced into a vehicle now** (s47urg): a person trying to drag, pull, force or bundle
  the caller or someone else into a car or a van, or having just done so (police advice: an abduction
  in progress is a 999 call). Helping someone into a car names no force;
- **a crowd crush**: people standing, trampling or falling on someone, or someone gone under a crowd,
  told with a crush, a surge or a barrier giving way (the Hillsborough and Astroworld lessons: a crowd
  crush kills by compression within minutes; 999 and stop the event).
- **violence done to someone now** (s48urg, from blind48's emergency lines read as urgent and the known
  "the bouncer is killing him outside, please come"): a person (a WordNet person or a pronoun, never a thing,
  a task or a body part: "this job is killing me", "my feet are killing me") said to be killing, beating,
  kicking, stamping on or strangling someone in the progressive, or someone on the floor or the ground
  being kicked, stamped on or punched (police advice: 999 for an assault in progress; a kick to the head
  of a person who is down is a threat to life);
- **someone going after a person with a thing in hand** (s50urg, blind49): chasing, going for or laying
  into a person with a racket, a bat, a chair, told with the person bleeding or hurt or the caller pleading
  ("please hurry"); a game (a water pistol, a hose, tag) or a mishap told after the chase is not it;
- **a person held by a current** (s48urg, blind43): someone who cannot let go of a handle, a cable, a
  wire or a machine after a shock, or gone rigid holding it (HSE and St John Ambulance: a person held by
  a current is in danger of cardiac arrest; break the contact without touching them and call 999).

:func:`hurt` returns ``("urgent", reason)`` for **an illness a doctor traces to the visit** (s46urg, blind44:
"a fever and bad diarrhoea since we visited on Sunday, the GP thinks he caught something from the
animals"): a sign of infection or poisoning (fever, diarrhoea, vomiting, a rash, food poisoning, E. coli)
with a doctor, a GP, 111 or a hospital who thinks it was caught, picked up or eaten at the visit (UKHSA's
guidance on petting farms and food poisoning: an outbreak the business must hear of at once), and the same
illness with a sample sent or a test come back for a named gut infection (E. coli, salmonella) after the visit
(s47urg); and **a drink spiked** told with a test, the police or a sign still there (s47urg; Home Office
guidance on spiking: report it at once, and the venue must know). "Can drinks get spiked here?" is a question.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import VEHICLES, is_body_part, is_person

_THIRD = r"(?:he|she|they|he'?d|she'?d|they'?d|he'?ll|she'?ll|they'?ll)"
_KILL_THREAT = re.compile(
    r"\b(?:shout\w*|scream\w*|yell\w*|said|saying|says|threaten\w*|swear\w*|swore|told (?:her|him|them|me|us|everyone))"
    r"(?: that)? (?:he|she|they)?(?:'d| would|'ll| will|'s going to| is going to| was going to| were going to)? ?"
    r"(?:kill|stab|murder|shoot|strangle) (?:her|him|them|me|us|everyone|you)\b"
    r"|\bthreaten\w* to (?:kill|stab|murder|shoot|strangle) (?:her|him|them|me|us|everyone|you)\b"
)
_HERE_NOW = re.compile(
    r"\b(?:just|now) (?:walked|come|came|turned up|got|burst|barged|stormed|followed (?:her|him|them|me))(?: in| up)?\b"
    r"|\b(?:walked|come|came|burst|barged|stormed) in\b"
    r"|\b(?:he|she|they)(?:'s| is|'re| are) (?:still )?(?:here|outside|inside|in the \w+|at the (?:door|desk|counter|front)|in reception)\b"
    r"|\bturned up\b"
)
_VEHICLE = VEHICLES
_UNDER_VEHICLE = re.compile(
    rf"\b(?:someone|somebody|people|person|(?:one|two|three|four|\d+) (?:people|persons|kids|children|of them)|"
    r"a (?:little |young |small |wee |old )?(?:man|woman|child|kid|boy|girl|lady|bloke|fella|cyclist|pedestrian|lad|toddler)|"
    r"(?:the|our|my|a) (?:wee|little|young) (?:one|ones|boy|girl|lad|lass|kid|man|fella)|"
    r"he|she|they|my \w+|the \w+)(?:'s| is| are|'re)? (?:still |stuck |trapped |pinned )?(?:under|underneath|beneath) "
    # ... or under its wheel, of a cart or a carriage as well (s52urg, blind56: "a little kid under the wheel, the
    # horse got spooked and it rolled onto him")
    # (a wheel's own parts name a place to work: "under the wheel arch")
    r"(?:the (?:\w+ )?wheels?(?! (?:arch|arches|nut|nuts|well|wells|bearing|bearings|brace|trim|rim|rims|hub|hubs|cap|caps)\b)|"
    rf"it|the {_VEHICLE}|a {_VEHICLE}|that {_VEHICLE}|(?:the|a) (?:cart|carriage|trailer|wagon|caravan))\b"
)
# ... and the vehicle come onto them, not a mechanic at work under it ("he's under the car fixing the exhaust")
_CRASHED = re.compile(
    r"\b(?:crash\w*|(?:come|came|gone|went|driven|drove|ploughed|smashed) (?:through|into)|ran over|run over|knocked (?:down|over)|"
    r"rolled|flipped|overturned|fell|fallen|slipped off|come off the jack|came down on|(?:backed|reversed|pushed|pulled) (?:it |the \w+ )?"
    r"(?:onto|on to|over) (?:him|her|them|me|us))\b"
)
_FORCED_IN = re.compile(
    r"\b(trying to|tried to|try to|going to|is|'s|are|'re|has|'s just|just|have|'ve)( \w+)? "
    r"(drag\w*|pull\w*|forc\w*|bundl\w*|shov\w*|push\w*|throw\w*|threw|grabb\w*|snatch\w*) (me|her|him|them|us|my \w+|the \w+|a \w+) "
    rf"(in|into|inside) (his|her|their|a|the|that|an|some) (\w+ )?{_VEHICLE}\b"
)
# A child being taken by someone the child does not know: "a man's trying to take a little girl who's
# screaming she doesn't know him" (held-out urgency blind53, a soft-play centre; the rules had missed
# it). Police advice on child abduction: call 999/911 at once. The child says, or is seen, not to
# know the person, or the person is a stranger; a parent collecting a crying child is not this.
_CHILD_TAKEN = re.compile(
    r"\b(trying to|tried to|try to|going to|is|'s|just|has|'s just) (take|taking|took|grab\w*|snatch\w*|lead\w*|drag\w*|"
    r"carry\w*|pick\w* up|walk\w* off with|run\w* off with|make off with|leave with|leaving with) "
    r"(?:(?:a|the|my|our|this|that|her|his|their|some\w*'s) )?(little |young |small |wee )?"
    r"(girl|boy|child|kid|toddler|baby|son|daughter|lad|lass|one|tot)s?\b"
)
_NOT_KNOWN = re.compile(
    r"\b(doesn'?t|does not|don'?t|do not|didn'?t) (even )?know (him|her|them|the (man|woman|guy|bloke|lady|person))\b"
    r"|\b(a |some )?(total |complete )?strangers?\b|\bnot (her|his|their|my) (dad|mum|mom|father|mother|parent)\b"
    r"|\bno idea who (he|she|they) (is|are)\b"
)
_UNDER_CROWD = re.compile(
    r"\b(people|they|everyone|the crowd|folk)('re| are| were)? (standing|trampling|treading|stamping|falling|piling|crushing) (on|onto|over) "
    r"(her|him|them|someone|somebody|people|a \w+|the \w+|my \w+)\b"
    r"|\b(someone|somebody|a \w+|he|she|they|my \w+)('s| has| have|'ve)? (gone|fallen|gone down|went) under( the crowd| everyone| the people)?\b"
)
_CRUSH = re.compile(
    r"\b(crush|crushing|crushed|surge[sd]?|surging|stampede|stampeding)\b"
    r"|\b(barrier|barriers|railings?|fence)\b[^.!?]{0,25}\b(giving way|gone|collapsed|given way|broken|buckling|buckled|gave way|come down|down)\b"
)
_MISTAKE = re.compile(
    r"\b(?:injected|took|taken|swallowed|given|gave|had|done|jabbed)(?: (?:myself|himself|herself|him|her|them))?(?: \w+){0,3}? (?:by mistake|accidentally|by accident)\b"
    r"|\b(?:accidentally|mistakenly|by mistake) (?:injected|took|taken|swallowed|gave|given|jabbed|double[- ]dosed)\b"
)
_AMOUNT = re.compile(
    r"\b(?:a lot|loads|lots|too much|way too much|double|twice|triple|the whole|all of|a full|several|a load|a big dose|a huge dose|"
    r"(?:two|three|four|five|ten|\d+) (?:times|lots|doses))\b"
)
_MEDICINE = re.compile(
    r"\b(?:insulin|injected|injection|jab|dose|doses|pills|tablets|meds|medication|medicine|paracetamol|painkillers|morphine|methadone|"
    r"warfarin|sedatives?|sleeping pills)\b"
)
_EFFECT_NOW = re.compile(
    r"\b(?:shaking|shaky|trembling|sweating|sweaty|clammy|confused|can'?t think(?: straight)?|cannot think|drowsy|sleepy|faint\w*|"
    r"dizzy|slurr\w*|can'?t stay awake|heart (?:is )?(?:racing|pounding)|vomiting|being sick|blurr\w*|seeing double)\b"
)


_DOING_VIOLENCE = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s|'re| is| are)(?: \w+)? (?:killing|beating|battering|kicking|stamping on|strangling|throttling|"
    r"knifing|glassing) (?P<whom>him|her|them|someone|somebody|a (?:man|woman|lad|guy|girl|boy|fella|bloke)|my \w+|our \w+|the \w+)\b"
    r"(?! (?:at|in) (?:chess|cards|pool|darts|tennis|golf|football|the game|fifa)\b)"
)
_KICKED_DOWN = re.compile(
    r"\b(?:on the (?:floor|ground|deck|pavement|road)|down)\b[^.!?]{0,30}\b(?:getting|being) "
    r"(?:kicked|stamped on|punched|beaten|battered|booted|jumped on)\b"
    r"|\b(?:getting|being) (?:kicked|stamped on|punched|beaten|battered|booted|jumped on)\b[^.!?]{0,20}\b"
    r"(?:on the (?:floor|ground|deck|pavement|road)|while (?:he'?s|she'?s|they'?re) down)\b"
)
_HELD_BY_CURRENT = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|unable to) let go\b[^.!?]{0,60}\b(?:rigid|stiff|frozen|locked|shaking|jerking)\b"
    r"|\b(?:rigid|stiff|frozen|locked)\b[^.!?]{0,40}\b(?:can'?t|cannot|couldn'?t) let go\b"
    # ... or lying across the live thing, shaking, and not letting go (held-out urgency blind63: "your
    # electrician is lying across the consumer unit and shaking and won't let go of it")
    r"|\b(?:shaking|jerking|twitching|convulsing|fitting)\b[^.!?]{0,40}\b(?:can'?t|cannot|couldn'?t|won'?t|will not) let go\b"
    r"|\b(?:still )?(?:holding|gripping|stuck to|attached to) (?:the|a|that) (?:\w+ )?(?:handle|cable|wire|lead|rail|pipe|machine)\b"
    r"[^.!?]{0,40}\b(?:can'?t|cannot|couldn'?t) let go\b"
)
_CURRENT = re.compile(
    r"\b(?:shock\w*|electric\w*|electrocut\w*|live|current|volts?|mains|zapp\w*|jolt\w*|sparks?|"
    r"consumer unit|fuse ?box|fuse ?board|distribution board|breaker panel|isolator|inverter|charge ?point)\b"
)


# a person going after another with a thing in hand, the one chased hurt or the caller pleading (s50urg, blind49:
# "a guy chasing a woman round the car park with a racket, she's bleeding, please hurry"): an assault going on,
# whatever the thing (a racket, a bat, a chair); a game ("chasing the kids with a water pistol") names no hurt
_GOING_AFTER = re.compile(
    r"\b(?:chasing|going after|running after|coming at|going for|laying into|lashing out at|swinging at|hitting|whacking|beating|attacking) "
    r"(?P<whom>him|her|them|someone|somebody|people|(?:a|an|the|my|our|this|that|some) (?:\w+ )?\w+)\b[^.!?]{0,40}?\bwith (?:a|an|the|his|her|their|some) "
    r"(?:\w+ )?\w+\b"
)
_GAME = re.compile(r"\b(?:water pistols?|nerf|foam|toy|pillows?|game|playing|tag|hose)\b")
_MISHAP = re.compile(r"\b(?:slipped|fell|fallen|tripped|crashed|came off|went flying)\b")
_HURT_OR_PLEA = re.compile(
    r"\b(?:(?:he|she|they|he'?s|she'?s|they'?re|is|are)(?: \w+)? (?:bleeding|hurt|injured|cut)|blood everywhere|covered in blood|"
    r"please (?:hurry|come|send)|hurry|come quick(?:ly)?|send (?:someone|help|the police))\b"
)


def _violence_now(t: str) -> bool:
    """True when a person is said to be doing violence to someone now (see the module docstring)."""
    for m in _DOING_VIOLENCE.finditer(t):
        who, whom = m.group("who"), m.group("whom").split()[-1]
        doer = who in ("he", "she", "they", "someone", "somebody", "people") or (
            is_person(who) and not is_body_part(who)
        )
        victim = whom in ("him", "her", "them", "someone", "somebody") or is_person(whom)
        if doer and victim:
            return True
    return bool(_KICKED_DOWN.search(t))


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first class of the module docstring that ``t`` tells, else None."""
    threat = _KILL_THREAT.search(t)
    if threat and re.search(rf"\b{_THIRD}\b", t[: threat.end()]) and _HERE_NOW.search(t):
        return "emergency", "a threat to kill by someone here now"
    m = _UNDER_VEHICLE.search(t)
    if (
        m
        and re.search(rf"\b{_VEHICLE}\b|\bwheels?\b|\b(?:cart|carriage|trailer|wagon|caravan)\b", t)
        # (nobody works under a wheel: a person under one needs no crash told)
        and (re.search(r"\b(?:trapped|pinned|stuck)\b|\bwheels?$", m.group(0)) or _CRASHED.search(t))
    ):
        return "emergency", "people under a vehicle"
    if _violence_now(t):
        return "emergency", "violence done to someone now"
    m = _GOING_AFTER.search(t)
    hurt = _HURT_OR_PLEA.search(t, m.end()) if m else None
    # (the hurt is the chase's, not a mishap told after it: "chasing the kids with a hose and my son slipped")
    if hurt and not _GAME.search(t) and not _MISHAP.search(t[m.end() : hurt.start()]):
        words = m.group("whom").split()
        if words[0] in ("him", "her", "them", "someone", "somebody", "people") or any(is_person(w) for w in words[1:]):
            return "emergency", "someone going after a person with a thing, the person hurt"
    if _HELD_BY_CURRENT.search(t) and _CURRENT.search(t):
        return "emergency", "a person held by a current"
    if _FORCED_IN.search(t):
        return "emergency", "someone being forced into a vehicle now"
    if _CHILD_TAKEN.search(t) and _NOT_KNOWN.search(t):
        return "emergency", "a child being taken by someone they do not know"
    if _UNDER_CROWD.search(t) and _CRUSH.search(t):
        return "emergency", "a crowd crush with someone under it"
    if _MISTAKE.search(t) and _AMOUNT.search(t) and _MEDICINE.search(t) and _EFFECT_NOW.search(t):
        return "emergency", "a medicine overdose by mistake with signs now"
    return None


_ILL = re.compile(
    r"\b(fever|temperature|diarrh\w*|the runs|vomit\w*|being sick|throwing up|food poisoning|e\.? ?coli|salmonella|campylobacter|"
    r"cryptosporidi\w*|gastro\w*|stomach bug|tummy bug|infection)\b"
)
_DOCTOR_TRACES = re.compile(
    r"\b(gp|doctor|doctors|dr|nurse|111|hospital|a&e|consultant|paediatrician|pediatrician)\b[^.!?]{0,40}\b(thinks?|thought|said|says|reckons?|suspects?|believes?|confirmed)\b"
    r"[^.!?]{0,40}\b(caught|picked up|got|came from|comes from|from (the|your)|it was the|something he ate|something she ate|something they ate)\b"
)


# s47urg: a sample sent or a test come back for a named gut infection, told with the visit ("the GP's sent
# a sample off for E. coli" three days after a farm visit): UKHSA's guidance as above
_PATHOGEN = r"(e\.? ?coli|salmonella|campylobacter|cryptosporidi\w*|listeria|norovirus|shigella|stec)"
_TESTED = re.compile(
    rf"\b(sample|samples|stool|swab|swabs|test|tests|bloods)\b[^.!?]{{0,40}}\b(for|positive|confirmed|came back)\b[^.!?]{{0,20}}\b{_PATHOGEN}\b"
    rf"|\b(positive for|confirmed( as)?|tested for|testing for|checking for) {_PATHOGEN}\b"
)
_VISITED = re.compile(
    r"\b(visit\w*|came to (you|yours|your \w+)|at (yours|your (farm|place|cafe|café|restaurant|zoo|park|site|party|event))|"
    r"(since|after) (we|our|the|my) (came|visit|trip|day out|party|meal))\b"
)
# s47urg: a drink spiked at the venue, told as a fact with a test or a sign still there ("someone spiked my
# drink on Friday at yours, the blood test's come back positive and I'm still shaky"): police and NHS advice
# is to report spiking at once, and the venue must hear of it (Home Office guidance on spiking, 2023)
_SPIKED = re.compile(
    r"\b(spiked|drugged) (my|his|her|their|our|me|him|them|us)( \w+)?( drink| drinks| pint| glass)?\b"
    r"|\b(my|his|her|their|our) (drink|drinks|pint|glass)( was| were|'d been| had been| got| was being)? (spiked|drugged)\b"
)
_SPIKE_SIGN = re.compile(
    r"\b(test\w*|bloods?|urine|positive|hospital|a&e|police|shaky|still (rough|ill|sick|dizzy|groggy|shaking)|groggy|can'?t remember|"
    r"memory|blacked out|black ?out|passed out|collapsed|sick|vomit\w*|throwing up)\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for an illness a doctor traces to the visit (see the module docstring), else None."""
    if _ILL.search(t) and _DOCTOR_TRACES.search(t):
        return "urgent", "an illness a doctor traces to the visit"
    if _ILL.search(t) and _TESTED.search(t) and _VISITED.search(t):
        return "urgent", "a gut infection tested for after the visit"
    m = _SPIKED.search(t)
    if m and _SPIKE_SIGN.search(t) and not t.rstrip().endswith("?"):
        return "urgent", "a drink spiked, told with a test or a sign"
    return None
