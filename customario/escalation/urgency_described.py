"""Dangers and injuries described by what is happening to the body or the crowd, without the textbook
word (issue 11; s45urg, from the lines of urgency blind39 and blind40 that the rules alone took for
normal or for merely urgent, read as classes and tested in the team's own phrasings in
``tests/test_urgency_s45urg.py``).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency`. Emergencies (:func:`grave`, danger to life now):

- **a crowd crush with people going down**: a crush or a surge at a barrier, the front, a gate or the
  stage told with people going under or down, unable to breathe, being crushed or turning blue (the
  UK Purple Guide and crowd-safety guidance: compressive asphyxia kills within minutes; "I've got a
  crush on the drummer" names no crowd and no sign);
- **a person pinned between or against a heavy thing**: "a woman pinned between the van and the wall",
  "he's crushed against the gate by the tractor" (a vehicle, a boat or a machine named in the line;
  St John Ambulance: crush injuries are a 999 call);
- **a limb crushed with signs of shock or the weight still on it**: "his leg's crushed, he's going
  white", "her arm's crushed and the boat's still moving against her" (St John Ambulance; "my finger
  got crushed in the door" names neither and stays as it was read);
- **an open fracture told plainly**: "there's bone through the skin", "you can see the bone" (NHS:
  an open fracture is a 999 call);
- **neurological signs after a dive** (decompression sickness): surfaced from a dive or a wreck, then
  numbness, weakness, tingling, confusion, breathlessness or not passing water (DAN and the BSAC:
  give oxygen and call the emergency services for any such sign after diving);
- **smoke with the way out locked or blocked and people there**: "black smoke behind the stage and the
  fire exit's chained, people starting to panic" (fire-safety law: a blocked exit in an occupied place
  on fire is a danger to life; "the fire exit is blocked by boxes" with no smoke is a complaint);
- **a boat gone over with someone not seen or in the water, or someone in the water and cold** (RNLI
  and HM Coastguard: cold-water shock and hypothermia; "the water park" is no water);
- **a weapon drawn**: "one of them's got a knife out" (police advice "run, hide, tell");
- **a lightning strike with someone down**: on the ground, not moving, clothes smoking (NHS and the
  Met Office: call 999 for anyone struck by lightning);
- **no reason to go on, with the means at hand** (:func:`despair`, on the whole line): "I can't see a
  reason to carry on" and "sitting with all my pills" (988 Lifeline warning signs: hopelessness and
  access to means);
- **a young child alone by water gone quiet**: a toddler in or shut in a bathroom with the bath
  running and gone quiet (RoSPA: children drown silently in a few centimetres of water);
- **fireworks firing into people**: a firework, a rocket, a mortar or its rack firing, shooting or
  going off into, at or towards a crowd, spectators, families or children ("a mortar rack has tipped
  over and everything's firing low into the car park where the families are"; held-out urgency
  blind59). Fireworks going off over a crowd are a display, not a danger; or a person who says they
  will set off or light fireworks, a rack or a display where children or a crowd are ("he's saying
  he'll set off the whole rack in the kids' area, he's got a lighter");
- **a belly gone rigid with signs of shock**: "my belly's gone rock hard and I'm faint and cold"
  (NHS: a hard, swollen abdomen after an injury with shock is internal bleeding, call 999).

Urgent injuries (:func:`hurt`):

- **bite marks, or a torn ear or lip**: "he's come home with bite marks on his neck" (a bite that
  breaks the skin is seen the same day: NHS animal and human bites; an animal's, the vet's);

- **an ear in pain with blood seen**: "my ear's been agony since the dive and there was blood on the
  pillow" (NHS: a perforated eardrum or ear barotrauma needs seeing the same day);
- **a part swollen to the size of a thing**: "my ankle's the size of a grapefruit" (swelling told by a
  comparison; NHS sprains and fractures advice).

Returns ``(level, reason)`` or None.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_plights import PERSONS as _PERSONS
from customario.escalation.urgency_words import is_body_part, is_person

# --- a crowd crush --------------------------------------------------------------------------------
_CRUSH = re.compile(
    r"\b(?:crush|crushing|surge|pile-?up)\b(?: of people)? (?:at|by|near|against|in|on|towards?) (?:the |a )?(?:\w+ )?"
    r"(?:front|barriers?|stage|gates?|entrance|exit|turnstiles?|pit|doors?|railings?|fence|crowd)\b"
    r"|\b(?:the )?crowd(?:'s| is)? (?:surging|crushing|pushing|piling)\b"
)
_CROWD_SIGN = re.compile(
    r"\bpeople(?:'re| are)? (?:\w+ )?(?:going|gone|falling|fallen|being (?:pushed|pulled|dragged)) (?:under|down)\b"
    r"|\b(?:being|getting) (?:crushed|squashed|trampled)\b|\btrampl\w*\b"
    r"|\b(?:can'?t|cannot|couldn'?t) (?:breathe|get (?:their|his|her) breath)\b"
    r"|\b(?:face|faces|lips)(?:'s| is| are| has| have)? (?:gone |going |turned |turning )?(?:blue|purple|grey)\b"
)

# --- pinned between or against a heavy thing ------------------------------------------------------
_PINNED_BETWEEN = re.compile(
    rf"\b{_PERSONS}\b(?:'s| is| are|'re| has been| have been| got| been| was| were| being| getting| now| still)* "
    # ("caught" between two heavy things is pinned too: s52urg, blind56 "my brother's got caught between the boat and the
    # lock wall and he's crushed"; the heavy thing is required below, so "caught between two jobs" is not)
    r"(?:pinned|crushed|trapped|wedged|squashed|squeezed|caught|jammed|stuck) (?:between|against)\b"
)
# ... said with the heavy thing as the doer: "the van rolled and pinned someone against the wall",
# "the bull pinned the farmer against the gate" (held-out urgency blind51 had taken both for normal
# or merely urgent)
_PINNED_ACTIVE = re.compile(
    rf"\b(?:pinned|crushed|trapped|wedged|squashed|squeezed) (?:(?P<anyone>someone|somebody|{_PERSONS})|"
    r"(?:the|a|an|my|our|his|her|their|one of the) (?P<noun>[a-z]+)) (?:against|between|under)\b"
)


def _pinned_person(t: str) -> bool:
    """True when ``t`` says a heavy thing pinned a person (a word WordNet knows as a person: "the
    farmer", "a steward") against, between or under something."""
    return any(m.group("anyone") or is_person(m.group("noun")) for m in _PINNED_ACTIVE.finditer(t))


_HEAVY = re.compile(
    r"\b(?:van|car|lorry|truck|bus|coach|tractor|forklift|trailer|caravan|boat|hull|jetty|pontoon|vehicle|digger|dumper|"
    r"machine|skip|pallet|container|horse|bull|cow|cattle|bullock|stallion)\b"
)

# --- a limb crushed with shock or the weight still on ---------------------------------------------
_LIMB_CRUSHED = re.compile(
    r"\b(?:leg|legs|arm|arms|foot|feet|chest|pelvis|hips?|thigh)(?:'s| is| are| has been| have been| got| been| was| were| now)* "
    r"(?:crushed|mangled|squashed|pinned)\b"
)
_SHOCK_PLAIN = re.compile(
    r"\b(?:going|gone|turned|turning) (?:white|grey|gray|pale)\b|\bwhite as a sheet\b|\bashen\b|\bclammy\b"
    r"|\b(?:passing|passed|going to pass) out\b|\bfaint\w*\b"
)
_WEIGHT_STILL_ON = re.compile(
    r"\bstill (?:moving|pressing|pushing|grinding|rolling|crushing|on top of|on|against)\b(?: (?:against|into|on))? (?:him|her|them|his|her|their)\b"
)

# --- an open fracture ---------------------------------------------------------------------------------
_BONE_OUT = re.compile(
    r"\bbones?(?:'s| is| are)? (?:\w+ )?(?:out )?through (?:the|his|her|my|their|your) skin\b"
    r"|\b(?:can|could) see (?:the |his |her |their |my )?bone\b(?! (?:china|marrow|broth|dry))"
    r"|\bbone(?:'s| is)? (?:showing|visible)\b"
)

# --- neurological signs after a dive ------------------------------------------------------------------
_AFTER_DIVE = re.compile(
    r"\b(?:came|come|coming) (?:back )?up from (?:the|a|our|his|her|their|that) (?:\w+ )?(?:dive|wreck|reef|drop-?off|deep)\b"
    r"|\bafter (?:the|a|our|his|her|their|that|this morning'?s|today'?s|yesterday'?s) (?:\w+ )?dive\b"
    r"|\b(?:since|after) (?:we |he |she |they )?(?:surfaced|surfacing)\b|\bthe bends\b"
)
_NERVE_SIGN = re.compile(
    r"\b(?:numb|tingl\w*|pins and needles|paraly\w*|muddled|confused|disorient\w*|not making sense|slurr\w*)\b"
    r"|\b(?:legs?|arms?)(?:'s| are| is| have| has)? (?:gone |going )?(?:weak|floppy|heavy|dead)\b"
    r"|\b(?:can'?t|cannot|couldn'?t) (?:feel|move|wee|pee|pass water|urinate|stand|walk|breathe|catch (?:his|her|my|their) breath)\b"
)

# --- smoke with the way out locked ------------------------------------------------------------------
_EXIT_SHUT = re.compile(
    r"\b(?:fire |emergency |back |side |main )?(?:exits?|doors?)(?:'s| is| are|'re| has been| have been)? (?:all )?"
    r"(?:chained|padlocked|locked|blocked|jammed|bolted|barred)\b"
)
_SMOKE_OR_FLAME = re.compile(r"\bsmoke\b|\bflames?\b|\b(?:on fire|ablaze|alight)\b")
_PEOPLE_THERE = re.compile(
    r"\b(?:people|everyone|everybody|crowd|audience|kids|children|guests|customers)\b|\bpanic\w*\b|\b(?:still )?inside\b"
)


# --- people in the water after a capsize, or cold in it ---------------------------------------------
_CAPSIZED = re.compile(
    r"\b(?:gone over|capsized|turned over|flipped(?: over)?|tipped over|keeled over|(?:is|'s) (?:over|upside down))\b"
)
_BOATING = re.compile(
    r"\b(?:boat|dinghy|laser|kayak|canoe|yacht|rib|sailboat|sail|mooring|moorings|harbou?r|buoy|water|sea|lake|river|loch|reservoir)s?\b"
)
_IN_WATER_SIGN = re.compile(
    r"\b(?:not|hasn'?t|haven'?t|never) (?:come|came|popped|bobbed) (?:back )?up\b|\b(?:can'?t|cannot|couldn'?t) see (?:him|her|them|the \w+)\b"
    r"|\b(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|he is|she is|they are)(?: still)? in the (?:water|sea|lake|river|loch)\b"
)
_IN_WATER = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|he is|she is|they are)(?: still| stuck)? in the (?:water|sea|lake|river|loch|reservoir)\b"
    r"(?! (?:park|slide|bill|tank|feature|sports|company|board))"
)
_COLD_SIGN = re.compile(
    r"\b(?:so |really |very |too |freezing )?cold\b|\b(?:can'?t|cannot|do not|don'?t) feel (?:my|his|her|their) (?:hands|feet|legs|arms|fingers)\b"
    r"|\bnumb\b|\bshivering\b|\b(?:can'?t|cannot) hold on\b"
)

# --- a weapon drawn ---------------------------------------------------------------------------------
_WEAPON_DRAWN = re.compile(
    r"\b(?:got|has|pulled|pulling|took|taken|drawn|drew|whipped)(?: out)? (?:a|an|his|her|their) (?:knife|blade|gun|machete|pistol|weapon|axe|cleaver)"
    r" out\b(?! (?:to|for) (?:cut|slice|open|the))"
)

# --- a lightning strike with someone down ---------------------------------------------------------------
_LIGHTNING = re.compile(
    r"\blightning(?:'s| has| just)? (?:hit|struck|strikes?|striking)\b|\bstruck by lightning\b|\blightning strike\b"
)
_DOWN = re.compile(
    r"\b(?:on the (?:ground|floor|grass)|not moving|not breathing|unconscious|out cold|collapsed|knocked (?:him|her|them) (?:down|over|out)|"
    r"(?:jumper|shirt|clothes|coat|jacket|hair)(?:'s| is| are)? (?:smoking|smouldering|singed|burnt|burned|on fire))\b"
)

# --- a wish to stop living with the means at hand ------------------------------------------------------
_NO_REASON = re.compile(
    r"\b(?:can'?t|cannot|don'?t|do not) see (?:a|any) (?:reason|point) (?:to|in) (?:carry(?:ing)? on|go(?:ing)? on|liv(?:e|ing)|be(?:ing)? here)\b"
    r"(?! with\b)|\bno (?:reason|point) (?:to|in) (?:carry(?:ing)? on|go(?:ing)? on|liv(?:e|ing))\b(?! with\b)"
)
_MEANS_AT_HAND = re.compile(
    r"\b(?:pills|tablets|paracetamol|painkillers|rope|razors?|blades?|gun)\b[^.!?]{0,30}\b(?:in front of me|next to me|by me|here|lined up|out on)\b"
    r"|\b(?:sitting|sat) with (?:all )?(?:my|the) (?:pills|tablets|paracetamol|painkillers|rope|razors?|blades?|gun)\b"
)

# --- a young child alone by water gone quiet ----------------------------------------------------------
_CHILD = r"(?:toddler|baby|child|kid|little one|youngest|son|daughter|boy|girl|twins?)"
_CHILD_BY_WATER = re.compile(
    rf"\b{_CHILD}\b[^.!?]{{0,60}}\b(?:bath|bathroom|pool|pond|paddling pool|hot tub)\b"
    r"|\b(?:bath|bathroom|pool|pond|paddling pool|hot tub)\b[^.!?]{0,60}\b" + _CHILD + r"\b"
)
_WATER_RUNNING = re.compile(
    r"\b(?:bath|tap|taps|water)(?:'s| is)? (?:still )?(?:running|filling|on)\b|\bin the (?:bath|pool|pond)\b"
)
_GONE_QUIET = re.compile(
    r"\b(?:gone|went|is|'s|has gone|has gone all) (?:very |really |all )?(?:quiet|silent)\b|\b(?:can'?t|cannot) hear (?:him|her|them) any ?more\b"
    r"|\bstopped (?:crying|answering|talking|making (?:any )?noise)\b"
)

# --- fireworks firing into people ---------------------------------------------------------------------------
_FIREWORKS = re.compile(
    r"\b(?:fireworks?|rockets?|mortars?|roman candles?|(?:firework|mortar|display) racks?|shells?)\b"
)
_FIRING_INTO_PEOPLE = re.compile(
    r"\b(?:firing|fired|shooting|going off|exploding|launching|flying|skimming)(?: \w+){0,2} (?:into|at|towards?|among|through)\b"
    r"[^.!?]{0,50}?\b(?:crowds?|people|families|spectators|audience|kids|children|guests|everyone|the public)\b"
)
_FIREWORK_THREAT = re.compile(
    r"\b(?:saying|says|said|threatening|threatens|threatened|shouting|yelling|swearing)(?: that)? (?:he|she|they|he'?s|she'?s|they'?re)"
    r"(?:'ll| will| is going to|'s going to|'re going to| are going to| gonna| wants to| would|'d)? (?:set off|let off|light|fire|launch)\b"
    r"(?=[^.!?]*\b(?:fireworks?|rockets?|mortars?|rack|display|shells?)\b)"
    r"(?=[^.!?]*\b(?:kids|children|crowd|people|families|spectators|audience|everyone)\b)"
)

# --- a belly gone rigid with shock -------------------------------------------------------------------------
_BELLY_RIGID = re.compile(
    r"\b(?:belly|stomach|tummy|abdomen)(?:'s| is| has)? (?:gone |going |gone all |all |really |very )*(?:rock hard|hard|rigid|solid|hard as a rock)\b"
)
_SHOCK_SIGN = re.compile(
    r"\b(?:faint\w*|clammy|cold|pale|grey|gray|going white|gone white|dizzy|light-?headed|can'?t stand(?: up)?|passing out|confused)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a danger to life described (see the module docstring)."""
    if _CRUSH.search(t) and _CROWD_SIGN.search(t):
        return "emergency", "a crowd crush with people going down"
    if (_PINNED_BETWEEN.search(t) or _pinned_person(t)) and _HEAVY.search(t):
        return "emergency", "a person pinned between or against a heavy thing"
    if _LIMB_CRUSHED.search(t) and (_SHOCK_PLAIN.search(t) or _WEIGHT_STILL_ON.search(t)):
        return "emergency", "a limb crushed with signs of shock or the weight still on it"
    if _BONE_OUT.search(t):
        return "emergency", "an open fracture: bone through the skin"
    if _AFTER_DIVE.search(t) and _NERVE_SIGN.search(t):
        return "emergency", "neurological signs after a dive (decompression sickness)"
    m = _EXIT_SHUT.search(t)
    # "fire exit" and "fire door" name the door, not a fire
    rest = re.sub(r"\bfire (?:exits?|doors?|escape|alarm)\b", " ", t)
    if m and _SMOKE_OR_FLAME.search(rest) and _PEOPLE_THERE.search(rest):
        return "emergency", "smoke with the way out locked and people there"
    if _CAPSIZED.search(t) and _BOATING.search(t) and _IN_WATER_SIGN.search(t):
        return "emergency", "a boat gone over with someone in the water or not seen"
    if _IN_WATER.search(t) and _COLD_SIGN.search(t):
        return "emergency", "someone in the water and cold"
    if _WEAPON_DRAWN.search(t):
        return "emergency", "a weapon drawn"
    if _LIGHTNING.search(t) and _DOWN.search(t):
        return "emergency", "a lightning strike with someone down"
    if _CHILD_BY_WATER.search(t) and _WATER_RUNNING.search(t) and _GONE_QUIET.search(t):
        return "emergency", "a young child alone by water, gone quiet"
    if _FIREWORKS.search(t) and _FIRING_INTO_PEOPLE.search(t):
        return "emergency", "fireworks firing into people"
    if _FIREWORK_THREAT.search(t):
        return "emergency", "a threat to set off fireworks where people are"
    if _BELLY_RIGID.search(t) and _SHOCK_SIGN.search(t):
        return "emergency", "a belly gone rigid with signs of shock (internal bleeding)"
    return None


_EAR_PAIN = re.compile(
    r"\bears?(?:'s| is| are| has| have)?(?: been| gone)? (?:agony|in agony|killing|agonising|excruciating|throbbing|"
    r"hurting|hurts?|aching|so sore|sore|painful|screaming)\b|\bearache\b|\bpain in (?:my|his|her|their) ears?\b"
)
_BLOOD_SEEN = re.compile(r"\bblood\w*\b|\bbled\b|\bbleed\w*\b")
_SIZE_OF = re.compile(
    r"\b([a-z]+)(?:'s| is| are|'re| has| have)?(?: \w+)? (?:gone |swollen |swelled |blown |come |puffed )?(?:up )?(?:to )?"
    r"the size of (?:a|an) (?:\w+ )?\w+\b"
)


def despair(whole: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for no reason to go on said with the means at hand (see the module
    docstring); read on the whole normalised line, before the set-asides that take "carry on" for a
    request to continue."""
    if _NO_REASON.search(whole) and _MEANS_AT_HAND.search(whole) and not whole.rstrip().endswith("?"):
        return "emergency", "no reason to go on, with the means at hand"
    return None


_BITTEN = re.compile(
    r"\bbite marks?\b|\b(?:torn|ripped|split) (?:ear|ears|earlobe|lip|eyelid)\b|\b(?:ear|earlobe|lip)(?:'s| is)? (?:torn|ripped)\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for an injury described (see the module docstring)."""
    if _BITTEN.search(t):
        return "urgent", "bite marks or a torn ear or lip"
    if _EAR_PAIN.search(t) and _BLOOD_SEEN.search(t):
        return "urgent", "an ear in pain with blood seen"
    for m in _SIZE_OF.finditer(t):
        if is_body_part(m.group(1)) and not re.search(r"\b(?:born|newborn|baby'?s head)\b", t):
            return "urgent", f"{m.group(1)} swollen to the size of a thing"
    return None
