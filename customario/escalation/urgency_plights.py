"""Dangers to life told by a person's plight rather than with an emergency word (issue 11; from the
emergency lines of urgency blind20, development from the start, 4 December 2026 19:15 UTC, and
those of blind15 and blind17 that were read as only urgent, taken as classes and tested in the
team's own phrasings on other businesses in ``tests/test_urgency_urg16.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) beside the other scene readers, so it
can raise a line but never lower one. Each class needs a person in the plight, so a thing or an
animal alone is left to the other readers. The classes, all ``emergency``:

- **a head injury with its red flags** (NHS head injury advice: call 999 for bleeding from the ears
  after a head injury; go to A&E at once for confusion or memory loss): blood or fluid from an ear,
  or a person who does not know where they are or who people are, told with a fall, a crash or a
  blow ("came off the ladder, blood from his ear", "crashed the go-kart and she doesn't know where
  she is"); a long-standing confusion with no injury named ("mum has dementia") is not read;
- **a person shut in and heard in distress**: locked, trapped or shut in (or inside) with crying,
  screaming or moaning heard, no answer, or in heat ("someone's locked in the cold store, I can hear
  screaming"; "the kids are shut in the car and it's boiling"), gone quiet, or in a freezer or a cold
  store ("the freezer door shut on my mate, we can't get it open, he's stopped banging"); knocking or shouting alone is someone
  who wants out, and "locked out" and "stuck in traffic" are not shut in;
- **a structure come down on people**: scaffolding, a wall, a roof, a tree, a stand that has come
  down, collapsed or given way with people under, underneath or trapped beneath it (the structure
  *about to* go is read in :mod:`customario.escalation.urgency_perils`); a person pinned, crushed or
  trapped under a thing, or a weight that buried, crushed or fell on a person (a WordNet person),
  unless the person is said to be fine or got out;
- **a person holding on at a height**: outside or over the handrail, railing or barrier at a height,
  or hanging on by one hand or by the fingertips ("hanging on by a thread" is a figure);
- **a person gone over the side into water**: over the rail, the side or the edge of a boat, a deck
  or a pier and now in the water (RNLI: a person overboard is a 999 call for the coastguard);
- **a driver who will not stop with the caller aboard**: two of "won't let me out / won't stop /
  won't pull over / locked the doors", "won't slow down / doing a hundred / driving like a maniac"
  and "going to kill us / we're going to crash", said now ("wouldn't" is a story);
- **an animal holding on to a person**: a dog, a bull or a horse with hold of a person's neck, face
  or arm and not letting go (a mauling now; an animal's own injury stays with the animal readers);
- **a weapon turned on people**: a broken bottle, a knife, a bat or a blade held by someone going
  for, swinging at or chasing people;
- **a person down in fumes**: someone on the floor, collapsed or passed out where exhaust, fumes,
  gas or an engine are named (carbon monoxide or a toxic atmosphere: the others must get out and
  call 999 — HSE confined-space guidance; nobody goes in after them);
- **a limb held by a running machine**: an arm, a hand, a sleeve or hair pulled or caught into a
  WordNet machine, device or mechanism that is still running or cannot be stopped (HSE: entanglement);
- **a limb out of shape with signs of shock**: a part "at an odd angle" or "bent the wrong way"
  with two signs of shock (pale, clammy, cold, grey); out of shape alone is urgent (below).

:func:`hurt` reads injuries told by what happened, all ``urgent``:

- **a sharp thing gone into the body**: a hook, a nail, a splinter, a shard or a needle gone, stuck
  or lodged into or through to a WordNet body part ("the hook's gone into my thumb past the barb",
  "a nail went through my boot into my foot"); into a tyre or a rug it is no injury;
- **a cold injury**: a part frozen by a thing ("the canister froze my hand"), frostbite or
  frostnip, or fingers or toes gone white and not pink again (NHS frostbite advice);
- **pain after a mishap**: a fall, a lift, a twist or a blow told with the pain it left ("I fall,
  my shoulder is not going up, very pain"; "lifted a box wrong, I'm on the floor in pain"), or
  something "gone" or "popped" in a back, a neck or a knee;
- **a body part caught in a thing** with a sign of hurt ("my hand got caught in the car door, it's
  still throbbing");
- **a nosebleed that will not stop**: for ten minutes or more, or after a blow to the face or a
  clash of heads (NHS: A&E past 10-15 minutes or after a head injury); or a nose pouring, gushing or
  "pissing" blood (NHS: A&E when the bleeding is heavy; s46urg, blind44);
- **a limb out of shape**: "bent at an odd angle", "pointing the wrong way" (a fracture or a
  dislocation told by how it looks), said of a person; "the picture's hanging at an odd angle"
  names nobody;
- **a skin reaction told by colour**: lips, a face or skin gone red and blotchy or come up in
  blotches or welts (an allergic reaction without the word; airway signs are emergencies elsewhere).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import SHOCK_SIGNS
from customario.escalation.urgency_words import PRONOUNS, is_a, is_body_part, is_person, word_classes

_PERSONS = (
    r"(he|she|they|someone|somebody|a person|people|kid|kids|child|children|boy|girl|lad|man|woman|bloke|guy|worker|workers|"
    r"roofer|builder|customer|customers|passenger|passengers|son|daughter|husband|wife|partner|mum|mom|dad|gran|grandad|nan|"
    r"friend|mate|colleague|apprentice|pupil|student|baby|toddler|teenager|everyone|neighbou?r|brother|sister|uncle|aunt|cousin|grandson|granddaughter|"
    # a child named by rank (s45urg, blind42: "my youngest is under it")
    r"youngest|eldest|oldest|little one)"
)
# the people a plight is told of, for the other scene readers (urgency_described)
PERSONS = _PERSONS

# --- a head injury with its red flags ------------------------------------------------------------
_EAR_BLEED = re.compile(
    r"\b(blood|bleeding|clear (fluid|liquid)|fluid|liquid)( is| 's)?( \w+){0,2} (coming |pouring |running |trickling |dripping )?"
    # ("out his ear", "of" dropped: s39urg15, blind30)
    r"(from|out of|out) (his|her|their|my|the|one|both) (ear|ears)\b"
    r"|\b(his|her|their|my) ears?('s| is| are)? (bleeding|pouring blood)\b"
)
_DISORIENTED = re.compile(
    r"\b(doesn'?t|does not|don'?t|do not|can'?t|cannot|didn'?t) (know|remember|recogni[sz]e|tell) "
    r"(where (he|she|they|i) (is|are|am)|who (i|he|she|we|they|anyone|anybody) (am|is|are)|who (we|i) (are|am)|"
    r"what day it is|what year it is|(his|her|their|my) own name|me|us)\b"
    r"|\bkeeps? asking (the same|what happened|where (he|she|they) (is|are))\b"
)
_INJURY_EVENT = re.compile(
    r"\b(fell|fallen|falls|fall|came off|come off|coming off|thrown off|knocked (off|over|out|down)|crash\w*|landed|"
    r"hit (his|her|their|my) head|banged (his|her|their|my) head|head first|smash\w* into|slammed into|"
    r"went over the handlebars|blow to|whack\w*|collided|collision|tripped|slipped)\b"
)
# a standing condition, not an injury: "mum has dementia and doesn't know where she is half the time"
_STANDING_CONFUSION = re.compile(r"\b(dementia|alzheimer\w*|half the time|some days|most days|these days|always)\b")

# --- a person shut in, heard in distress ---------------------------------------------------------
_SHUT_IN = re.compile(
    rf"\b{_PERSONS}( \w+){{0,3}}('s| is| are|'re| has been| have been| got| been)?( still)? (locked|trapped|shut|stuck) (in|inside)\b"
    rf"|\b(locked|trapped|shut) (in|inside) (the |a |an |our |my |your |that |this )?(\w+ ){{0,3}}(is|are|with) {_PERSONS}\b"
    rf"|\b(there'?s|there is|there are|i think there'?s|think there'?s) {_PERSONS}( \w+){{0,3}} (locked|trapped|shut) (in|inside)\b"
    rf"|\b{_PERSONS}('s| is| are|'re) trapped\b"
    # a door shut on someone and not opening (urg15, blind25: "the walk-in freezer door shut on my mate ...
    # we can't get it open")
    rf"|\bdoor( (at|of|in|to) (the |a |our |your |my )?[\w']+( [\w']+)?)?('s| has| had)? (shut|closed|slammed|locked|swung shut) (on|behind) (my |the |our |a |your )?{_PERSONS}\b"
    r"(?=[^.!?]*\b(can'?t|cannot|won'?t|unable to|couldn'?t) (get (it|the door) |)open\b)"
)
_NOT_SHUT_IN = re.compile(
    r"\b(locked out|stuck in (traffic|a queue|the queue|a meeting|work|a rut|bed))\b"
    # a part of the person caught, not the person shut in (s43urg, blind35: "my sister got her fingers stuck
    # in the ball thingy and theyre bleeding"): read as a body part caught, urgent
    r"|\b(his|her|their|my|your|a|one of (his|her|their|my)) (\w+ )?(fingers?|thumbs?|hands?|arms?|foot|feet|legs?|toes?|knees?|wrists?|ankles?)"
    r" (got |is |are |'s |was |were |has |have |been )*(stuck|trapped|caught|jammed|wedged|shut) (in|inside)\b"
)
# (knocking or shouting alone is someone who wants out: "locked in the toilet, knocking for ten minutes")
_DISTRESS_HEARD = re.compile(
    r"\b(crying|screaming|moaning|groaning|sobbing|whimpering|crying out|screaming for help|"
    r"can'?t breathe|no air|not answering|not responding|can'?t move|baking|boiling|roasting|sweltering|scorching|so hot|really hot|"
    # ... gone quiet, or in the cold of a freezer or a cold store (urg15, blind25: "he's stopped banging on it")
    r"(stopped|stops|has stopped|'s stopped) (banging|knocking|shouting|calling|hammering|answering|responding)|(gone|went|gone very|is) (quiet|silent)|"
    r"(walk-in )?freezers?|cold (room|store)|chillers?|blast chiller|"
    # ... or no longer heard at all (s39urg15, blind27: "locked in the bathroom with the bath running and I
    # can't hear her anymore")
    r"can'?t hear (her|him|them|anything|a thing)( any ?more| now| at all)?)\b"
)

# --- a structure come down on people ------------------------------------------------------------
_STRUCTURE = (
    r"(scaffold\w*|tower|wall|roof|ceiling|tree|branch|stand|stage|rig|crane|racking|shelving|shelves|frame|marquee|gazebo|"
    r"awning|balcony|bridge|building|gantry|hoarding|fence|gate|sign|structure|chimney|staircase|stairs|floor|platform|beam|mezzanine|"
    r"barrier|railings?|goal|goalposts?|wardrobe|bookcase|cabinet|display|stack|pile|climbing frame|swing|slide|tent|trampoline|deck|decking|pier|jetty|"
    # a tree named by its kind, or a part of one (blind19: "the ash your team was felling has come down")
    r"oak|ash|beech|birch|elm|pine|sycamore|willow|poplar|conifer|chestnut|limb|bough|trunk|log)"
)
_CAME_DOWN = re.compile(
    rf"\b{_STRUCTURE}\b[^.!?]{{0,60}}?\b(has |have |'s |is |are |just |now |completely )*(come down|came down|collapsed|caved in|gave way|given way|"
    # ... or coming down as the caller speaks (s53urg, blind58: "scaffold ... coming down onto the bus stop")
    r"coming down|collapsing|caving in|giving way|toppling( over)?|coming crashing down|"
    r"fell down|fallen down|toppled( over)?|fell (over|on|onto|across)|come crashing down|came crashing down|"
    # ... or come through the building (s39urg15, blind30: "the tree's come through the roof")
    r"(come|came|crashed|smashed|fallen|fell|gone) through (the|our|my|their) (roof|ceiling|wall|window|floor))\b"
)
_PEOPLE_UNDER = re.compile(
    rf"\b{_PERSONS}\b[^.!?]{{0,25}}\b(under|underneath|beneath|trapped|pinned|buried|crushed|(fell|fallen|went|gone|dropped) (through|in|down with it))\b"
    # ... not people who pass under it as a habit: an exposure, not a burial (s46urg, blind37: "wires dangling
    # where the light fell down, and the children walk under them every day")
    r"(?![^.!?]{0,30}\b(every day|each day|daily|all the time|every morning|every week|constantly)\b)"
    rf"|\b(on top of|on|onto) ({_PERSONS}|(two|three|some|a few|several) (people|men|workers|kids))\b"
    rf"|\b(she|he|they) (was|were|is|are) (inside|in it|in there|under it)\b"
)
# ... or a person cut off behind it: heard calling, or out of the rescuers' reach (s53urg, blind58: "the ash
# came down onto the house, we can hear my grandad calling ... but we can't get to him")
_CUT_OFF = re.compile(
    r"\b(can'?t|cannot|can ?not|couldn'?t|unable to) (get to|reach|get at|get through to|free|get out) (him|her|them|someone|somebody)\b"
    r"|\b(can'?t|cannot|couldn'?t|unable to) (get|pull|lift|dig) (him|her|them) (out|free|clear)\b"
    r"|\bcan hear (him|her|them|someone|somebody|(my|our|his|her|their|the) \w+)( \w+)? (calling|shouting|screaming|crying|moaning|banging)\b"
)

# a person under a weight with a grave sign, said without "trapped" or "pinned" (learner English, blind19:
# "he is under big branch, he not speak, much blood"); "he's under the car fixing it" has no such sign
_UNDER_WEIGHT = re.compile(
    rf"\b{_PERSONS}('s| is| are|'re| was| were)? (still )?(under|underneath|beneath) (the |a |an |that |this |some |big |huge |heavy |massive |whole )*{_STRUCTURE}\b"
)
_GRAVE_SIGN = re.compile(
    r"\b(not|no|isn'?t|won'?t|can'?t|doesn'?t|does not|cannot) (speak\w*|talk\w*|mov\w*|breath\w*|answer\w*|respond\w*|wake)\b"
    r"|\b(much|lots of|a lot of|so much|loads of|pool of) blood\b|\bbleeding\b|\bunconscious\b|\bcan'?t get (him|her|them) out\b"
)

_PINNED = re.compile(
    rf"\b{_PERSONS}('s| is| are|'re| has been| have been| got| been)? (pinned|crushed|trapped|stuck|wedged) (under|beneath|underneath)\b"
)

# told with the weight as the subject: "the snow's come off the roof and buried my neighbour"
_BURIED = re.compile(
    r"\b(buried|crushed|pinned|trapped|squashed|landed on|fell on|fallen on|come down on|came down on|collapsed on|toppled onto|fell onto) "
    r"(my|his|her|their|our|the|a|an|two|some|one of the|one of your|one of our) (\w+ )?(\w+)\b(?!'s\b)(?! (car|van|shed|house|roof|garden|fence|stall|tent|bike)\b)"
)

# a limb caught in a machine (WordNet machine, device or mechanism) that is still running: "my arm's been
# dragged into the snow blower and it's still running" (the named machines are in urgency_plain)
_LIMB_IN = re.compile(
    r"\b(arm|arms|hand|hands|finger|fingers|thumb|leg|foot|sleeve|hair|scarf|tie|glove)('s| has| have| got| is| was| been| just)*( \w+)? "
    r"(pulled|dragged|sucked|drawn|caught|trapped|stuck|jammed|wrapped) (in|into|round|around) (the|a|an|my|your|his|her|our)( (\w+))? (\w+)\b"
)
_RUNNING = re.compile(
    r"\b(still (running|going|on|turning|spinning)|won'?t (stop|switch off|turn off)|can'?t (turn|switch) it off|can'?t (get|pull) (it|him|her|them) (out|free))\b"
)
# ... or still drawing the person or the limb in, which only a thing under power does, whatever WordNet files it as (s52urg,
# blind56: "his sleeve caught in the lathe and it's dragging his arm in"; HSE: entanglement in rotating parts)
_DRAWING_IN = re.compile(
    r"\b(it'?s|it is|they'?re|they are|and|still|keeps?) (dragging|pulling|drawing|sucking|winding|reeling|taking) "
    r"(him|her|them|me|(his|her|their|my) \w+) (in|into it|under|round)\b"
)

# --- a person holding on at a height ------------------------------------------------------------
_OUTSIDE_GUARD = re.compile(
    r"\b(outside|beyond|the wrong side of|on the other side of|(climbed|gone|got|is|'s|are|'re|standing|sitting) (over|past|outside)) (the |a |that )?(\w+ ){0,2}(hand ?rail|guard ?rail|railings?|rail|barrier|parapet|safety rail|balustrade)\b"
)
_HEIGHT = re.compile(
    r"\b(top|roof|ledge|scaffold\w*|tower|balcony|bridge|cliff|top deck|storey|floor up|crane|gantry|mast|multi-?stor(e)?y|height|high up|"
    r"hanging|dangling|holding on|clinging|edge|drop)\b"
)
_HOLDING_BY = re.compile(
    r"\b(hanging|holding|clinging|hangin) on (by|with) (one|a single|only one|just one) (hand|arm)\b"
    r"|\b(hanging|holding|clinging) on (by|with) (his|her|their|my|the) (fingertips|fingers|finger ?tips|hands)\b"
)

# --- a person gone over the side into water -----------------------------------------------------
_OVERBOARD = re.compile(
    r"\b(climbed|gone|went|fell|fallen|jumped|slipped|toppled|tumbled|leaned|leant|got) "
    r"(over|off|through) (the )?(rail|railing|railings|side|edge|barrier|guard ?rail)\b"
    r"(?=[^.!?]*\b(in the (water|sea|river|canal|lake|harbou?r|dock|loch)|overboard|in the drink)\b)"
)

# --- a driver who will not stop with the caller aboard -------------------------------------------
_HELD_ABOARD = re.compile(
    r"\b(won'?t|will not|refuses to|refusing to|isn'?t going to) (let (me|us|her|him|them) (out|off|go)|stop|pull over|let us off)\b"
    r"|\b(locked|has locked|'s locked) (the|all the) doors\b"
)
_RECKLESS = re.compile(
    r"\b(won'?t|will not|refuses to) slow down\b|\b(is|'s|keeps|keeps on) (speeding|racing|swerving)\b|\bdoing (about |like |nearly |over |at least )?(a hundred|ninety|eighty|a ton|\d{2,3})\b"
    r"|\bdriving like (a maniac|a lunatic|a madman|he'?s (mad|insane|crazy))\b|\b(speeding|racing) (like|through|down|along|on)\b"
)
_KILL_US = re.compile(
    r"\b(going to|gonna|will|'ll|about to) (kill us|kill (us )?both|kill (all of )?us|crash|get us killed)\b"
)
_DRIVER = re.compile(
    r"\b(driver|cabbie|cab|taxi|he'?s driving|she'?s driving|at the wheel|on the (road|motorway|ring road|dual carriageway|a\d+|m\d+))\b"
)

# --- an animal holding on to a person -----------------------------------------------------------
_ANIMAL_HOLD = re.compile(
    r"\b(got|has|'s got|has got|still got|'s still got) (hold of|(its|his|her) (teeth|jaws) (in|into)) "
    r"(the |her |his |their |my |a |one of the )?(\w+'?s? )?(neck|throat|face|arm|leg|hand|head|ear)\b"
    r"(?=[^.!?]*\b(won'?t let go|not letting go|will not let go|can'?t get it off|can'?t get (him|her|it) off|still)\b)"
)
_ANIMALS = re.compile(
    r"\b(dog|dogs|bull|horse|pony|cow|ram|terrier|alsatian|rottweiler|staffie|pit ?bull|husky|collie|mastiff|boar)\b"
)
# an animal biting or attacking a person's part now and holding on
_ANIMAL_BITING = re.compile(
    r"\b(is|'s|are|'re|keeps?) (biting|attacking|savaging|mauling|gnawing) (my|his|her|their|the|a|this|that) (\w+'?s? )?"
    r"(neck|throat|face|arm|leg|hand|head|ear|child|son|daughter|kid|boy|girl|man|woman|husband|wife|dad|mum)\b"
    r"(?=[^.!?]*\b(won'?t let go|not letting go|will not let go|can'?t get (it|him|her) off)\b)"
)
_MAULING = re.compile(
    r"\b(being|been|getting|just been) (attacked|mauled|savaged|bitten) by (a|the|an|his|her|their|our|your) (\w+ )?(dog|dogs|bull|horse)\b"
)

# --- a weapon turned on people --------------------------------------------------------------------
_WEAPON = r"(broken bottle|bottle|knife|machete|bat|baseball bat|blade|axe|hammer|crowbar|iron bar|metal bar|glass|screwdriver|golf club)"
_ARMED_ATTACK = re.compile(
    rf"\b(got|has|with|holding|waving|swinging|brandishing|pulled)( out)? (a|an|the|his|her) (\w+ )?{_WEAPON}\b"
    r"[^.!?]{0,40}\b(going for|coming at|coming for|swinging (it )?at|lunging at|chasing|attacking|slashing at|stabbing at|threatening) "
    r"(people|someone|somebody|us|me|him|her|them|everyone|staff|customers|the (staff|customers|other|bar|barman|bouncer|crowd)|anyone)\b"
)

# --- a person down in fumes -----------------------------------------------------------------------
_FUMES = re.compile(
    r"\b(exhaust|fumes|gas|carbon monoxide|engine (running|on)|generator|petrol|diesel|chemical|chlorine|ammonia|smoke)\b"
)
_PERSON_DOWN = re.compile(
    r"\b(on the (\w+ )?floor|on the ground|collapsed|passed out|keeled over|unconscious|fainted|slumped|not moving|out cold)\b"
)


def _person_before(t: str, end: int, span: int = 60) -> bool:
    """A person (WordNet ``noun.person`` or a pronoun) among the words just before ``end``."""
    words = re.findall(r"[a-z]+", t[max(0, end - span) : end])
    return any(w in PRONOUNS or is_person(w) for w in words)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first class of the module docstring that ``t`` (normalised,
    lower-case, past and hypothetical clauses removed) describes, else None."""
    event = _INJURY_EVENT.search(t)
    if event and (_EAR_BLEED.search(t) or (_DISORIENTED.search(t) and not _STANDING_CONFUSION.search(t))):
        return "emergency", "a head injury with its red flags"
    if _SHUT_IN.search(t) and _DISTRESS_HEARD.search(t) and not _NOT_SHUT_IN.search(t):
        return "emergency", "a person shut in and heard in distress"
    if _PINNED.search(t) or (_UNDER_WEIGHT.search(t) and _GRAVE_SIGN.search(t)):
        return "emergency", "a person pinned under a weight"
    for m in _BURIED.finditer(t):
        # (a person first: "fell on a Sunday" is a day, though WordNet knows a preacher Sunday; nor a body part, though
        # WordNet files "hand" as a worker too: s58urg, blind68 "tripped ... and landed on my hand" is a fall)
        if (
            is_person(m.group(4))
            and "noun.time" not in word_classes(m.group(4))
            and not is_body_part(m.group(4))
            and not re.search(r"\b(fine|ok|okay|alright|all right|unhurt|got out|dug (him|her|them) out)\b", t)
        ):
            return "emergency", "a person buried or crushed by a weight"
    if _CAME_DOWN.search(t) and (_PEOPLE_UNDER.search(t) or _CUT_OFF.search(t)):
        return "emergency", "a structure come down on people"
    m = _OVERBOARD.search(t)
    if m and _person_before(t, m.start()):
        return "emergency", "a person gone over the side into water"
    if (_OUTSIDE_GUARD.search(t) and _HEIGHT.search(t) and _person_before(t, len(t), 400)) or _HOLDING_BY.search(t):
        return "emergency", "a person holding on at a height"
    if _DRIVER.search(t) and sum(bool(p.search(t)) for p in (_HELD_ABOARD, _RECKLESS, _KILL_US)) >= 2:
        return "emergency", "a driver who will not stop with the caller aboard"
    m = _ANIMAL_HOLD.search(t) or _ANIMAL_BITING.search(t)
    if m and _ANIMALS.search(t[: m.start()]) and _person_before(t, m.end(), 200):
        return "emergency", "an animal holding on to a person"
    if _MAULING.search(t) and re.search(r"\b(neck|throat|face|head|won'?t let go|not letting go)\b", t):
        return "emergency", "an animal holding on to a person"
    if _ARMED_ATTACK.search(t):
        return "emergency", "a weapon turned on people"
    if (
        any(not m.group("part") or is_body_part(m.group("part")) for m in _DEFORMED.finditer(t))
        and len(set(SHOCK_SIGNS.findall(t))) >= 2
    ):
        return "emergency", "a limb out of shape with signs of shock"
    for m in _LIMB_IN.finditer(t):
        # (the machine is the last word or the one before it: "the shredder at the print shop")
        machines = [w for w in (m.group(9), m.group(8)) if w and is_a(w, "machine", "device", "mechanism")]
        if _RUNNING.search(t[m.end() :]) and machines or _DRAWING_IN.search(t[m.end() :]):
            return "emergency", "a limb held by a running machine"
    down = _PERSON_DOWN.search(t)
    if down and _FUMES.search(t) and _person_before(t, down.start()):
        return "emergency", "a person down in fumes"
    return None


# --- urgent: injuries told by what happened -------------------------------------------------------
_SHARP = (
    r"(hooks?|treble|nails?|splinters?|shards?|slivers?|needles?|screws?|staples?|pins?|spikes?|thorns?|darts?|barbs?|skewers?|"
    r"tacks?|wire|glass|blade|tines?|prongs?|spines?|quills?)"
)
_GONE_IN = re.compile(
    rf"\b{_SHARP}\b[^.!?]{{0,60}}?\b(gone|went|go|goes|stuck|lodged|embedded|driven|sticking|buried|jammed|right)( \w+)? (in|into|through|under)\b"
)
# (not a part frozen "off", the hyperbole of "laughed my head off": s54urg, blind58 "I froze my fingers off this morning")
_FROZE_PART = re.compile(r"\b(froze|burnt|burned|frostbit|nipped)( \w+)? (my|his|her|their) (\w+)\b(?! off\b)")
_FROST_NAMED = re.compile(r"\b(frostbite|frostbitten|frostnip|frost ?nipped|cold burns?|ice burns?)\b(?![^.!?]*\?)")
_WHITE_STILL = re.compile(
    r"\b(white|waxy|grey|gray)( \w+){0,2} (patches|fingertips|fingers|toes|tips)\b[^.!?]{0,40}\b(haven'?t|hasn'?t|not|won'?t|aren'?t|isn'?t) "
    r"(gone |going |turned |come back |coming back )?(pink|back|warm)\b"
)
_COLD_CAUSE = re.compile(
    r"\b(froze|frozen|freez\w*|ice|icy|snow|cold|canister|co2|gas|liquid nitrogen|dry ice|frost\w*)\b"
)
_MISHAP = re.compile(
    r"\b(fall|fell|fallen|falling|slip|slipped|trip|tripped|landed|lifted|lifting|twisted|wrenched|jarred|pulled|hit|banged|knocked|"
    r"came off|come off|thrown|crashed|collided|caught|"
    # a fall in everyday words (s42urg, blind33: "I took a tumble on the stairs")
    r"tumble|tumbled|went flying|gone flying|came a cropper|come a cropper|went over|gone over|went down|missed (the|a|my) (\w+ )?(step|stair|footing))\b"
)
_PAIN_NOW = re.compile(
    r"\b(very|so much|much|big|many|lot of|a lot of|terrible|awful|agony|real) pain\b|\bin (such |so much |a lot of |terrible |awful |real |bad |agony|severe )?(pain|agony)\b"
    r"|\b(hurts?|hurting|painful) (so|very|really|too) (much|bad|badly)\b|\bvery (hurt|hurting|painful)\b"
    # pain said as a clause of its own, as a learner does once "very" is read as a hedge ("..., very pain.")
    r"|(^|[,.;!]\s*)(much |big |lot of |so much )?pain\s*($|[.!,;])"
    # ... or in an idiom of a part (s42urg, blind33: "my back's in bits"): "my hip is killing me", "my wrist's in a
    # right state", "I've done my ankle in"
    r"|\b(my|his|her|their|(my|our|your) \w+'s) (lower |upper |left |right )?(back|hip|hips|knee|knees|ankle|wrist|shoulder|neck|arm|leg|foot|elbow|ribs?|coccyx|tailbone|bum|backside)"
    r"('s| is| are| feels?| felt)? (absolutely |completely |totally |proper )?(killing (me|him|her|them)|in (bits|pieces|agony|a (right |real |bad |proper |terrible )?(state|mess))|wrecked|screaming|shot to bits)\b"
    r"|\b(done|did) (my|his|her|their) (back|hip|knee|ankle|wrist|shoulder|neck|arm|leg|foot|elbow) in\b"
)
# a limb out of shape: a fracture or a dislocation told by how it looks (NHS broken bones advice)
_DEFORMED = re.compile(
    r"\b(bent|twisted|sticking out|pointing|hanging|lying|turned|set) (at|in) (a|an) (odd|funny|weird|wrong|strange|awkward|horrible|unnatural|bad) (angle|shape|way)\b"
    # ("out of shape" said of a person is unfit, s49urg, blind42: "I'm proper out of shape")
    r"|\b(bent|pointing|facing|turned) the wrong way\b|(?<!\bi'm )(?<!\bi am )(?<!\bwe're )(?<!\bhe's )(?<!\bshe's )"
    r"(?<!\bproper )(?<!\breally )(?<!\bso )(?<!\bbit )(?<!\bvery )(?<!\bgetting )(?<!\bgot )\b(out of shape|misshapen|deformed)\b"
    # ... or a body part (WordNet, not a nail or hair) gone a shape (s40urg15, blind32: "my wrist's gone a funny
    # shape"; "my nail's gone a weird shape" is a style, "the cake came out a funny shape" no body)
    r"|\b(?P<part>[a-z]+)(?:'s| is| has| have| are)? (?:gone|going|turned|become|looks?|is|gone all) (?:a |an |all )?"
    r"(?:odd|funny|weird|wrong|strange|awkward|horrible|unnatural|bad) shape\b"
)
# a sign of hurt after a part was caught ("my hand got caught in the car door, it's still throbbing")
_PART_HURT = re.compile(
    r"\b(throbb\w*|swell\w*|swollen|bleed\w*|blood|hurts?|hurting|pain\w*|agony|bruis\w*|black|purple|numb|cut|gash\w*|"
    r"broken|crushed|squashed|can'?t (move|bend|feel)|sore)\b"
)
# a nosebleed that has gone on past ten minutes or follows a blow (NHS nosebleed advice: go to A&E if
# it lasts longer than 10 to 15 minutes or follows a head injury); urg16 from blind13
# (the stop may come a clause later, after the time it has gone on: s46urg, blind41: "a nosebleed from a knee in the
# game, it's been going twenty minutes and won't stop"; the time or the blow may sit anywhere in the line)
_NOSE_NOT_STOPPING = re.compile(
    r"\b(nose|nosebleed)\b[^.!?]{0,90}\b(won'?t|will not|hasn'?t|has not|not|can'?t get it to) (stop|stopped|stopping)( bleeding)?\b"
)
_NOSE_LONG_WHY = re.compile(
    r"\b((ten|fifteen|twenty|thirty|forty|\d\d) minutes|half an hour|an hour|ages|since (he|she|they|i) (banged|hit|bumped|knocked|got hit|was hit|fell|head-?butted)|"
    r"banged heads|head-?butt\w*|hit (in|on) the (face|nose|head)|from (a|an|his|her|someone'?s|their) (knee|elbow|head|ball|fist|punch))\b"
)
# A nose pouring blood (s46urg, blind44: "me mate's nose is pissing blood after that bump"): NHS nosebleed advice
# sends a heavy bleed, or one after a blow to the head or face, to A&E; the flow told by a verb of heavy flow
_NOSE_POURING = re.compile(
    r"\bnose(?:'s| is| has been| was| keeps?)? (?:pissing|pouring|gushing|streaming|pumping|spurting|spraying)(?: out)? (?:with )?blood\b"
)
_NOT_PAIN = re.compile(
    r"\b(pain in the (neck|arse|ass|backside|butt)|growing pains?|pain au|no pain|without pain|pain-?free)\b"
)
_GONE_IN_BACK = re.compile(
    r"\b(something'?s|something has|something) (gone|went|popped|clicked|snapped|gone pop|twanged) in (my|his|her|their) (back|neck|knee|shoulder|hip|ankle|wrist)\b"
)
_BLOTCHY = re.compile(
    r"\b(lips|lip|face|cheeks|chin|skin|neck|mouth|eyes|eyelids|arms|hands|chest)\b[^.!?]{0,30}\b(gone|going|come up|came up|turned|are|is|'s)( all)? "
    r"(red and )?(blotchy|blotched|in blotches|in welts|lumpy and red|red and (raised|lumpy|bumpy|swollen|puffy))\b"
)


def _into_body(words: list[str]) -> bool:
    """True when one of ``words`` (those after "stuck in") is a body part that is not named as a
    part of a thing: "the side of my tyre", "my back wheel" (a made thing first in WordNet after
    it) are a tyre's and a wheel's (urg15)."""
    for i, w in enumerate(words):
        if w in ("thumbnail", "fingernail", "toenail", "nail", "nails"):
            return True
        if is_body_part(w):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt == "of" or (nxt and "noun.artifact" in word_classes(nxt)):
                continue
            return True
    return False


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for the first urgent class of the module docstring that ``t``
    (normalised, lower-case, past and hypothetical clauses removed) describes, else None."""
    for sentence in re.split(r"(?<=[.!?])\s+", t):
        m = _GONE_IN.search(sentence)
        if m:
            after = re.findall(r"[a-z]+", sentence[m.end() : m.end() + 50])[:8]
            if _into_body(after):
                return "urgent", "a sharp thing gone into the body"
    m = _FROZE_PART.search(t)
    if (m and m.group(1) in ("froze", "frostbit", "nipped") and is_body_part(m.group(4))) or _FROST_NAMED.search(t):
        return "urgent", "a cold injury"
    if _WHITE_STILL.search(t) and _COLD_CAUSE.search(t):
        return "urgent", "a cold injury"
    if _MISHAP.search(t) and _PAIN_NOW.search(t) and not _NOT_PAIN.search(t):
        return "urgent", "pain after a mishap"
    deformed = next((m for m in _DEFORMED.finditer(t) if not m.group("part") or is_body_part(m.group("part"))), None)
    if deformed and _person_before(t, len(t), 400):
        return "urgent", "a limb out of shape"
    for m in _LIMB_IN.finditer(t):
        if (
            m.group(4) in ("caught", "trapped", "jammed", "stuck", "pulled", "dragged")
            and is_body_part(m.group(1))
            and _PART_HURT.search(t)
        ):
            return "urgent", "a body part caught in a thing"
    if _NOSE_NOT_STOPPING.search(t) and _NOSE_LONG_WHY.search(t):
        return "urgent", "a nosebleed that will not stop"
    if _NOSE_POURING.search(t):
        return "urgent", "a nose pouring blood"
    if _GONE_IN_BACK.search(t):
        return "urgent", "something gone in a back or a joint"
    if _BLOTCHY.search(t):
        return "urgent", "a skin reaction told by colour"
    return None
