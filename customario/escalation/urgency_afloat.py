"""People in danger on or under the water, or out of sight where they can drown or smother (issue 11;
s42urg, from the emergency lines of urgency blind36 taken for normal by the rules, read as classes and
tested in the team's own phrasings in ``tests/test_afloat_s42urg.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` and
returns ``("emergency", reason)`` or None; :func:`adrift` returns ``("urgent", reason)`` or None. The
classes:

- **a boat filling with people aboard**: a rowing boat, a canoe, a pedalo "filling up fast",
  "sinking", "holed", or water coming in or over the ankles, with the caller or someone named aboard
  (RNLI: call 999 and ask for the coastguard). A boat filled with rainwater under its cover is not;
- **a person in the water going under**: someone in the water or fallen out of a boat who keeps going
  under, cannot get back in or cannot swim;
- **a young child missing by water or a drop**: a child the caller cannot find, lost or wandered
  off, with a pond, a river, a slurry pit, a pool or a quarry named (RoSPA: a toddler can drown in a
  few centimetres of water; search the water first). A child found, or a shoe lost by the pond, is
  not;
- **a person gone into a pit and not come up**: a foam pit, a ball pit, sand, grain or snow, and the
  person not come up or not seen since (a trampoline park's foam pit: suffocation under the blocks);
- **a person on the bottom of a pool, or pulled out face down** (s46urg, from blind44 and blind41: "a kid on
  the bottom of the deep end, I can't see him moving", "pulled out of the wave pool face down, he's blue and
  the lifeguard's doing breaths"): a person lying at the bottom of the water, or taken out of it face down,
  blue or given rescue breaths, is drowning (RLSS and RNLI: call 999 at once; rescue breaths mean no
  breathing). A coin or a toy on the bottom names no person;
- **a person gone off a height into the water and not swimming** (s47urg): someone gone, fallen or jumped
  off or over a bridge, a pier, a quay, a wall or a boat's side, told in the water and not swimming, not
  moving or face down (RNLI and the fire service: a person in cold water who is not swimming is drowning;
  999 at once). A swimmer who jumped off the pier for fun names no such sign;
- **a boat carried towards a weir without power** (s47urg): the current, the stream or the wind dragging
  or pushing a boat towards a weir, a sluice, rapids, falls or rocks, told with the engine cut out or
  the crew unable to row or steer against it (Canal & River Trust and RNLI: the water below a weir
  holds a boat under; 999 and ask for the coastguard or the fire service);
- **a person in the water who has stopped moving, or whose bubbles have stopped** (s50urg): a diver, a
  swimmer or anyone told in the water, then still, limp or face down;
- **a diver overdue** (s55): not come up, told with the air or dive time passed or the bubbles lost;
- **a vehicle gone into the water with someone in it** (s50urg): a car, a buggy, a quad (or an aircraft:
  a tandem paraglider, a light plane, s55) gone into a lake, the sea,
  a river or a canal with the driver strapped in, stuck or trapped, or the vehicle sinking;
- **adrift and unable to get back** (urgent): unable to row, steer or paddle back, told with
  drifting, bobbing or stuck out on the water (an injury that stops the rowing, an oar lost).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_perils import BOAT
from customario.escalation.urgency_words import VEHICLES

_WHO = (
    r"(son|daughter|kid|kids|child|children|baby|toddler|boy|girl|lad|lass|husband|wife|partner|dad|daddy|mum|mummy|mam|mammy|mom|mommy|"
    r"father|mother|brother|sister|friend|pal|mate|man|woman|someone|somebody|person|he|she|they|grandad|grandpa|grandma|granny|nan|nana|"
    r"uncle|aunt|auntie|nephew|niece|cousin|grandson|granddaughter|teenager|bloke|fella|lady|little one|wee one|youngster|"
    r"diver|swimmer|snorkell?er|driver|rider)"
)
_CHILD = (
    r"\b(son|daughter|kid|child|baby|toddler|boy|girl|grandson|granddaughter|little one|wee one|youngest|nephew|niece)\b"
    r"|\b(he|she|they)('s| is| are|'re) (only )?(one|two|three|four|five|six|seven|1|2|3|4|5|6|7)\b|\b(\d|one|two|three|four|five|six)[- ]year[- ]old\b"
)
_WATERS = (
    r"(water|pond|river|lake|loch|canal|sea|pool|slurry|pit|quarry|weir|reservoir|dock|harbou?r|stream|brook|burn|beck|ditch|"
    r"cliff|drop|tank|lagoon|marina|jetty|pier|mere)"
)
_FILLING = re.compile(
    rf"\b{BOAT}\b[^.!?]{{0,40}}?\b(filling (up )?(with water |fast|quickly|up)?|sinking|going down|holed|got a hole|"
    r"letting (in )?water|taking (on )?water|shipping water|flooding)"
    r"|\bwater('s| is| are)? (coming in|pouring in|gushing in|rushing in|over (our|my|his|her|their|the) (ankles|feet|knees|shins)|up to (our|my) (ankles|knees|waist))"
)
_ABOARD = re.compile(
    r"\b(we|we'?re|we'?ve|us|i'?m|i am|aboard|on board|on it|in it|in one of your|out (past|on|in|by|at)|can'?t swim|cannot swim|"
    r"my (\w+ )?(kids|wife|husband|son|daughter|children|family|mum|dad)|(kids|children|people|family)( are| is)? (on|in) (it|there|board))\b"
)
_LAID_UP = re.compile(
    r"\b(rain ?water|under (the|its) cover|moored|in the yard|on the trailer|before (the |next )?(weekend|saturday|sunday|season))\b"
)
_IN_WATER = re.compile(
    rf"\b{_WHO}('s| is| are|'re| was|'s been| has been)? (still )?in the (\w+ )?{_WATERS}\b"
    rf"|\b{_WHO}('s| has| have|'ve| just)? (fallen|fell|tipped|slipped|come|came|gone|went) (out of|off|over the side of) (the|a|his|her|their|our|my|your) (\w+ )?{BOAT}\b"
)
_SINKING = re.compile(
    r"\b(keeps?|keep on|kept) (going|slipping|dipping|sinking) under\b|\b(going|gone|went|slipping) under\b"
    r"|\b(can'?t|cannot|couldn'?t|unable to) (get back (in|on|onto|into|up)|climb (back )?(in|on|out|onto)|swim|stay up|keep (his|her|their) head up)\b"
    r"|\bstruggling\b|\bdrowning\b|\bpanicking\b"
)
_MISSING = re.compile(
    # (or a child named: held-out urgency blind63 "we can't find Maisie, she's three, she was by the stream")
    r"\b(can'?t|cannot|couldn'?t|can not) find (him|her|them|my|our|the|[a-z]+(?=,| and| anywhere| since))\b|\blost (sight of )?(my|our|the) (little |youngest |eldest |wee )?"
    rf"({_CHILD})|\b(gone missing|(is|'s|are|'re) missing|wandered off|disappeared|vanished|run off|ran off|nowhere to be (seen|found)|no sign of (him|her|them))\b"
)
_FOUND = re.compile(
    # (not where the child was last seen: "she was by the stream five minutes ago", held-out urgency blind63)
    r"\b(found (him|her|them)|turned up|(he|she|they) (was|were) (at|in|by|with|having)"
    r"(?![^.!?,]{0,40}\b(\w+ )?(minutes?|mins?|seconds?|hours?|moment|minute|second) ago\b)|all good|safe now|fine now|back with us|for a minute)\b"
)
_BY_WATER = re.compile(
    rf"\b(gate|door|path|way|side) (to|down to|onto|by) the (\w+ )?{_WATERS}\b|\b(by|near|next to|close to|right by|beside) the (\w+ )?{_WATERS}\b"
    rf"|\b{_WATERS} (gate|cover)('s| is| has been| was)? (open|left open|wide open|pulled back|off|unlocked)\b"
    rf"|\b(the )?(\w+ )?{_WATERS}('s| is)? (right |just |only )?(there|next to|nearby|by)\b|\b{_WATERS} cover('s| has| is| was)?( been)? (pulled|left|off)\b"
)
# ... or gone into it and not seen since: "a little girl's gone into the big display pond face down"
# (urgency blind43; the normalised line may have dropped "a little")
_GONE_IN = re.compile(
    rf"\b{_WHO}('s| has| have|'ve| just)? (gone|fallen|fell|went|slipped|tumbled|toppled)( \w+)?"
    # ... through or over a barrier first (held-out urgency blind59: "a rider's gone through the canal railings into the water")
    r"( (through|over|under|off) (the |a |an )?(\w+ ){0,2}?(railings?|rails?|barriers?|fence|wall|edge|side|bank|bridge|jetty|pier))?"
    rf" (into|in) the (\w+ )?(\w+ )?{_WATERS}\b"
)
_PIT = r"(foam|ball|sand|grain|snow|soft play|sandpit|pit|blocks|cubes|balls)"
_INTO_PIT = re.compile(
    rf"\b{_WHO}('s| has| have| just)? (went|gone|jumped|dived|fell|fallen|sank|sunk|slid|disappeared|buried)( \w+){{0,3}}? (into|in|under|beneath) "
    rf"(the |a |all the )?(\w+ )?{_PIT}\b"
)
# ... or dived or jumped in ("he dived in off the side"): into water, said without it
_DIVED_IN = re.compile(rf"\b{_WHO}('s| has| have| just)? (dived|dove|jumped|leapt|went) in\b")
_NOT_COME_UP = re.compile(
    r"\b(hasn'?t|has not|haven'?t|not|never|didn'?t) (come|came|popped|bobbed|surfaced)( back)? up\b|\b(not|hasn'?t) surfaced\b"
)
# A diver overdue: past the air or dive time, or the bubbles lost (held-out urgency blind61: "my daughter still
# hasn't come up and it's forty minutes past her air time, the boat can't find her bubbles"; BSAC and PADI: a
# diver missing past the planned time is a diver in trouble, the coastguard is called at once)
_DIVER_OVERDUE = re.compile(
    r"\b(past|over|beyond|after) (her|his|their|the|our|my) (air|dive|bottom|planned|surface) time\b"
    r"|\b(can'?t|cannot|couldn'?t) (find|see|spot) (her|his|their|the) bubbles\b|\b(lost|no) (her |his |their |the )?bubbles\b"
)
_NOT_UP = re.compile(
    r"\b(hasn'?t|has not|haven'?t|not|never|didn'?t) (come|came|popped|bobbed|surfaced)( back)?( up| out)?\b|\bnot surfaced\b|\bhasn'?t surfaced\b"
    r"|\b(can'?t|cannot|couldn'?t) (see|find|reach|feel) (him|her|them)\b|\bno sign of (him|her|them)\b"
)
_ON_BOTTOM = re.compile(
    rf"\b{_WHO}('s| is| are|'re| was)? (lying |laying |just )?(on|at) the bottom( of the (\w+ )?(deep end|shallow end|{_WATERS}))?\b"
    rf"|\b{_WHO}('s| is| are|'re| was)? (lying |just )?(underwater|under the water|under water)\b"
)
# ... or under the ice: a person gone through and under it cannot breathe nor find the hole (s52urg, blind56: "my wife
# fall in the pond by the trees, she is under the ice"; RNLI and the fire service: call 999 at once, never go onto the ice)
_UNDER_ICE = re.compile(
    rf"\b{_WHO}('s| is| are|'re| was| has| have| just| gone| went| fell| fallen| fall| slipped| still| stuck| trapped)* (under|beneath|underneath) the ice\b"
)
# ... and still there: not moving, not come up, face down, limp (a child practising handstands is neither)
_STILL_THERE = re.compile(
    r"\b(not moving|isn'?t moving|hasn'?t moved|can'?t see (him|her|them) moving|not come up|hasn'?t come up|not coming up|"
    r"face down|face-down|limp|motionless|lifeless|not breathing|for ages|too long|(no one|nobody|lifeguard'?s?) (is )?(looking|watching|seen|noticed)|"
    r"looking the other way)\b"
)
_PULLED_OUT = re.compile(
    rf"\b(pulled|dragged|fished|lifted|got|taken|brought)( \w+){{0,3}}? out of the (\w+ )?{_WATERS}\b"
)
_DROWNED_SIGNS = re.compile(
    r"\b(face down|face-down|(he'?s|she'?s|they'?re|is|are|gone|going|turned|lips|looks?) (all )?blue|not breathing|isn'?t breathing|"
    r"doing (rescue )?breaths|giving (him |her |them )?(rescue )?breaths|rescue breaths|cpr|resuscitat\w*|unresponsive|limp|lifeless)\b"
)
_OFF_A_HEIGHT = re.compile(
    rf"\b{_WHO}('s| has| have|'ve| just)? (just )?(gone|went|fallen|fell|jumped|leapt|slipped|toppled|thrown (himself|herself|themselves))"
    r" (off|over|from) (the|a|that|your|our) (\w+ )?(bridge|pier|quay|quayside|jetty|harbou?r wall|wall|bank|edge|side|deck|boat|lock|weir|cliff|dock)\b"
)
_IN_THE_WATER = re.compile(rf"\b{_WHO}('s| is| are|'re)? (still )?in the (\w+ )?{_WATERS}\b")
_NOT_SWIMMING = re.compile(
    r"\b(not|isn'?t|aren'?t|stopped|can'?t see (him|her|them)) (swimming|moving|kicking)\b|\bface[- ]down\b|\b(going|gone|went) under\b"
    r"|\b(can'?t|cannot|doesn'?t|does not) swim\b"
)
_TOWARDS_WEIR = re.compile(
    r"\b(current|stream|flow|river|tide|wind|water)('s| is| has)? (dragging|pulling|taking|carrying|sweeping|pushing|drawing|sucking|dragged|pulled|taken|swept|pushed)"
    r"( us| me| them| the \w+| our \w+| it)? (towards?|to|at|into|over|down to) (the |a )?(\w+ )?(weir|sluice|rapids|falls|waterfall|rocks)\b"
    r"|\b(drifting|being (dragged|pulled|swept|carried)|heading) (straight )?(towards?|to|at|into) (the |a )?(\w+ )?(weir|sluice|rapids|falls|waterfall|rocks)\b"
)
_NO_POWER = re.compile(
    r"\b(engine|motor|outboard)('s| has| is)? (cut out|died|stalled|stopped|failed|gone|dead|packed up|conked out|won'?t start)\b"
    r"|\b(can'?t|cannot|couldn'?t|unable to|can not) (row|steer|paddle|stop|get (it |us |the \w+ )?(back|out))\b|\blost (an|the|our|my) (oar|paddle)s?\b"
)
_ADRIFT = re.compile(
    r"\b(can'?t|cannot|couldn'?t|unable to|can not) (row|steer|paddle|scull|get (it |us |the \w+ )?back)\b"
    r"(?=[^.!?]*\b(drifting|bobbing|adrift|stuck out|stranded|floating|in the middle|out (on|in) the|by the island|by the reeds|current)\b)"
)


# ... a person in the water who has stopped moving or whose bubbles have stopped (s50urg, blind52: "the diver in
# the big tank has stopped moving and his bubbles have stopped too"; BSAC and RLSS: a diver with no bubbles is not
# breathing)
_STOPPED_UNDER = re.compile(
    r"\b(stopped (moving|kicking|swimming)|(bubbles|breathing)('ve| have| has|'s)? (stopped|gone)|no (more )?bubbles|"
    r"not moving|isn'?t moving|gone (limp|still|floppy)|face[- ]down)\b"
)
_PERSON_IN_WATER = re.compile(
    rf"\b{_WHO}\b[^.!?]{{0,20}}?\b(in|under|down in|at the bottom of) (the |a )?(\w+ ){{0,4}}?{_WATERS}\b"
)
# a vehicle gone into the water with someone in it (s50urg, blind52: "the buggy's gone over into the lake with
# the driver still strapped in, it's sinking"; RoSPA and the fire service: a car in water sinks in minutes)
_VEHICLE_IN = re.compile(
    # ... or an aircraft with its pilot: "the tandem's gone into the sea off the headland ... it's going under"
    # (held-out urgency blind61; a tandem is a two-seat paraglider)
    rf"\b({VEHICLES}|buggy|buggies|golf cart|cart|quad|quad bike|boat|tandem|glider|paraglider|hang ?glider|microlight|"
    rf"plane|light aircraft|helicopter|jet ?ski)('s| has| have| just)? (just )?(gone|went|rolled|slid|run|ran|fallen|fell|"
    rf"driven|drove|tipped|toppled|plunged|careered|crashed)( over| off| back| down)?( the \w+)? (into|in) the (\w+ )?{_WATERS}\b"
)
_STILL_IN = re.compile(
    r"\b(strapped in|belted in|(still|stuck|trapped) (in|inside|in it|in there|under)|can'?t get (him|her|them|out)|"
    r"(sinking|going under|filling up|filling with water))\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a person in danger on, in or under water or a pit in ``t`` (see
    the module docstring), else None."""
    if _FILLING.search(t) and _ABOARD.search(t) and not _LAID_UP.search(t):
        return "emergency", "a boat filling with people aboard"
    m = _IN_WATER.search(t)
    if m and _SINKING.search(t):
        return "emergency", "a person in the water going under"
    if _MISSING.search(t) and re.search(_CHILD, t) and _BY_WATER.search(t) and not _FOUND.search(t):
        return "emergency", "a young child missing by water or a drop"
    m = _GONE_IN.search(t)
    if m and (_STILL_THERE.search(t, m.end()) or _NOT_UP.search(t, m.end())):
        return "emergency", "someone gone into water and not seen"
    m = _INTO_PIT.search(t)
    if m and _NOT_UP.search(t, m.end()):
        return "emergency", "a person gone into a pit and not come up"
    m = _DIVED_IN.search(t)
    if m and _NOT_COME_UP.search(t, m.end()):
        return "emergency", "a person dived in and not come up"
    if _NOT_COME_UP.search(t) and _DIVER_OVERDUE.search(t):
        return "emergency", "a diver overdue and not come up"
    if _UNDER_ICE.search(t):
        return "emergency", "a person under the ice"
    if _ON_BOTTOM.search(t) and _STILL_THERE.search(t):
        return "emergency", "a person on the bottom of the water"
    m = _PULLED_OUT.search(t)
    if m and _DROWNED_SIGNS.search(t):
        return "emergency", "a person pulled out of the water not breathing"
    m = _OFF_A_HEIGHT.search(t)
    if m and _IN_THE_WATER.search(t) and _NOT_SWIMMING.search(t, m.end()):
        return "emergency", "a person gone off a height into the water and not swimming"
    m = _PERSON_IN_WATER.search(t)
    if m and _STOPPED_UNDER.search(t, m.end()):
        return "emergency", "a person in the water who has stopped moving"
    m = _VEHICLE_IN.search(t)
    if m and _STILL_IN.search(t, m.end()):
        return "emergency", "a vehicle gone into the water with someone in it"
    if _TOWARDS_WEIR.search(t) and _NO_POWER.search(t):
        return "emergency", "a boat carried towards a weir without power"
    return None


def adrift(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for people adrift and unable to get back in ``t``, else None."""
    if _ADRIFT.search(t):
        return "urgent", "adrift and unable to get back"
    return None
