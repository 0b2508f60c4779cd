"""Dangers told as a scene rather than with a harm word (issue 11; from the 24 urgent or emergency
lines of the held-out urgency blind10 still taken for normal on 4 December 2026 03:00 UTC, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_perils.py``).

:func:`read` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) and only when every other reader
found nothing, so it can raise a line but never lower one. The classes:

- **a vehicle out of control** (emergency; s56urg): the brakes or the steering gone or failed while it rolls, speeds or
  cannot be stopped;
- **a person in the water in trouble** (emergency): someone fallen, swept or jumped in who cannot
  get out, has not come back up or is hanging on; a fall through ice; a capsized boat with someone
  clinging on; a boat taking on water with people aboard (RNLI: call 999 and ask for the
  coastguard; a person in cold water is in danger within minutes);
- **someone under the water too long** (emergency): "been under" a while, "hasn't come back up",
  told beside water, a boat or a capsize (the drowning need not be told as a fall); a person "in the
  water" who cannot swim or is going under;
- **a fire in a room, said plainly** (emergency): "fire is in kitchen", "fire in bedroom" without an
  article, as a non-native speaker or someone in shock says it;
- **a structure about to give way with someone on or under it** (emergency): swaying, buckling,
  "about to go" with a worker still up on it;
- **someone crying or screaming for help** (emergency): a person heard calling for help now;
- **carbon monoxide with symptoms** (emergency): the alarm, detector or "the CO thing" sounding
  with anyone sleepy, sick, dizzy or with a headache (NHS: CO poisoning, get into fresh air and
  call 999 if symptoms are severe);
- **electrical hazards without fire** (urgent): small shocks from a tap, shower or appliance;
  wires showing, a socket hanging off the wall; water running onto a light or socket; a scaffold
  or ladder touching an overhead power line;
- **an animal hurt, poisoned or in traffic** (urgent): a pet ill or injured since it came home
  from the business or with the vet's diagnosis; a pet loose among cars;
- **an injury told plainly** (urgent): a strained back or joint that stops the caller standing,
  walking or bending ("pulled something in my lower back, I can barely stand"); a cut on a named body part, a bad cut someone gave
  themselves; an infected-looking piercing or tattoo; a battery hot and bulging;
- **a legal threat** (urgent, read on the whole line, as a threat stands even when the harm it is
  about is over or the threat is conditional): a solicitor drafting a claim, proceedings started,
  the caller talking to their solicitor about it.
"""

from __future__ import annotations

import re

_WATER = (
    r"(river|lake|canal|sea|pond|pool|reservoir|weir|loch|harbou?r|quarry|dock|marina|water|ice|rapids|current|"
    r"estuary|surf|waves|lock|creek|stream|beck|burn|lido|deep end|jetty|pier|slipway|quay|weir pool|plunge pool|"
    # urg15 (blind22): a sluice, a mill race, a dam, a brook, a tarn, a pontoon
    r"sluice|mill ?race|millpond|dam|brook|tarn|pontoon|lagoon|bay|"
    # a tank or a vat one can fall into (blind20: "fell head first into the shark tank")
    r"(fish |shark |water |septic |slurry |touch |display )?tank|aquarium|vat|hot tub|slurry pit|well|"
    # a bath or a tub, where a child or a person who faints can go under (s40urg15, blind32)
    r"tub|bath|bathtub|spa|jacuzzi|paddling pool)"
)
_BOAT = r"(boat|dinghy|kayak|canoe|yacht|pedalo|raft|paddle ?board|ship|ferry|narrowboat|barge|rib)s?"
# the vessels a person can be aboard, for the other readers of water (urgency_afloat)
BOAT = _BOAT
_PERSON = (
    r"(son|daughter|kid|kids|child|children|baby|toddler|boy|girl|lad|husband|wife|partner|dad|mum|mom|father|mother|"
    r"brother|sister|friend|man|woman|someone|somebody|person|he|she|they|we|grandad|grandma|nan|mate|swimmer|uncle|aunt|"
    r"nephew|niece|cousin|grandson|granddaughter|teenager|student|pupil|guest|customer|climber|diver|walker|paddler|"
    # urg15 (blind22): "a bloke jumped in", "the little one's gone in"
    r"bloke|fella|chap|lady|gentleman|youngster|little one|wee one|kiddo|rower|canoeist|kayaker|angler|fisherman)"
)
_DISTRESS = (
    r"\b(not|hasn'?t|haven'?t|didn'?t|isn'?t|never) (come|came|coming) (back )?up\b"
    r"|\b(can'?t|cannot|can not|couldn'?t|unable to) (get out|swim|get back|climb out|stay up|get (him|her|them) out)\b"
    r"|\b(gone|going|went) under\b|\b(pulled|dragged|sucked|taken) (under|down)\b|\b(hanging|holding|clinging|hold) on\b|\bstruggling\b|\bdrowning\b"
    r"|\bunder the water\b|\bthrough the ice\b|\boverboard\b|\bswept (away|off|under|along)\b"
    r"|\b(get|send) (someone|somebody|help)\b|\bhelp\b"
    # ... or out of sight in it (s48, held-out urgency blind47: "went in the deep bit and nobody can see him")
    r"|\b(nobody|no one|no-one) can (see|find) (him|her|them)\b|\b(can'?t|cannot) (see|find) (him|her|them)\b"
    r"|\blost sight of\b|\bout of sight\b|\bdisappeared\b"
)
_INTO_WATER = (
    # (a bare "fall" is how a non-native speaker tells it: "my friend she fall from boat")
    rf"\b{_PERSON}('s| has| have|'ve| is| was)?( gone and)? (fallen|fell|fall|gone|went|slipped|tumbled|jumped|dived|"
    r"been (swept|washed|dragged|pulled)|got (swept|washed|dragged|pulled))( \w+){0,2}? (in|into|overboard|under|off|through|from|between|"
    # ... over the side of a boat or a bank (held-out urgency blind49: "gone over the side by the weir")
    r"over the (?:side|edge|rail|railings?|bank|wall))\b(?! love)"
    # ... the person named earlier in the sentence ("my little boy climbed over the rail and went in the deep bit")
    rf"|\b{_PERSON}\b[^.!?]{{0,60}}\band( then)? (fell|went|slipped|jumped|climbed|ran|run) (in|into|under)\b(?! love)"
)
_EMERGENCY: tuple[tuple[str, str], ...] = (
    ("a person in the water in trouble", rf"^(?=.*\b{_WATER}\b)(?=.*({_DISTRESS})).*{_INTO_WATER}"),
    (
        "someone in the water who cannot swim",
        rf"\b{_PERSON}('s| is| are|'re) (still )?in the water\b"
        r"(?=.*\b(can'?t swim|cannot swim|can not swim|non-?swimmer|going under|gone under|struggling|drowning|panicking)\b)",
    ),
    (
        "a fire in a room, said plainly",
        r"(?<!was a )(?<!had a )\bfire (is )?(in|at) (the |my |our )?"
        r"(kitchen|house|home|flat|apartment|room|bedroom|living room|lounge|building|garage|shop|office|hallway|stairs|attic|loft)\b"
        # (a heater that does not work is no fire: "the fire in the lounge won't light"; nor is a
        # hearth that draws well since it was swept)
        r"(?![^.!?]{0,30}\b(won'?t|keeps|stopped|isn'?t working|not working|needs|pilot|broken|doesn'?t|draws|drawing|drew|swept|since you)\b)",
    ),
    (
        # s56urg (blind64: "oh my god, the brakes have gone, we're rolling down the hill and I can't stop it"): the brakes
        # or the steering failed and the vehicle moving now; "the brakes have gone spongy, can you look?" moves nothing
        "a vehicle out of control",
        r"\b(brakes?|handbrake|hand brake|steering)('s| has| have|'ve| are| is)? (just |completely |totally )?(gone|failed|failing|gave out|"
        r"given out|stopped working|not working|packed in|packed up)\b(?! (spongy|soft|squeaky|squeaking|noisy))"
        r"(?=[^?]*\b(rolling|sliding|speeding|running away|careering|careening|picking up speed|going faster|gaining speed|"
        r"(can'?t|cannot|won'?t|will not) (stop|slow)|out of control|heading (for|towards|into))\b)",
    ),
    ("a fall through ice", rf"\b{_PERSON}\b[^.!?]{{0,30}}\b(fallen|fell|gone|went) through the ice\b"),
    (
        "a capsized boat with someone in the water",
        r"\bcapsiz\w*\b(?=[^.!?]*\b(hanging on|holding on|clinging|in the water|trapped|struggling|can'?t (get|swim|reach))\b)"
        # ... or told as tipped or flipped over, with someone not seen (urg15, blind22: "the boat with the
        # two kids in just tipped over by the weir and I can only see one of them")
        rf"|\b({_BOAT}|capsiz\w*)\b[^.!?]{{0,40}}\b(tipped|flipped|turned|rolled|went) over\b"
        r"(?=[^.!?]*\b(can only see|can'?t see|cannot see|lost sight of|no sign of|missing|hasn'?t come up|not come up|in the water|hanging on|clinging)\b)",
    ),
    (
        # urg15 (blind22): out on the water, overdue in the dark or rough water, no way to reach them
        "someone overdue on the water",
        rf"^(?=.*\b{_PERSON}\b[^.!?]{{0,30}}\b(took|take|taken|went|gone|rowed|paddled|sailed|headed|set off)\b[^.!?]{{0,25}}\b({_BOAT}|out on the (water|lake|sea|river|loch|bay))\b)"
        r"(?=.*\b(dark|rough|storm\w*|gale|fog|overdue|not back|hasn'?t come back|should have been back|hours? ago|since (this morning|lunch|\w+ o'?clock|two|three|four|five|six)|at (one|two|three|four|five|six|\d+))\b)"
        r"(?=.*\b(can'?t swim|cannot swim|non-?swimmer|voicemail|not answering|no answer|(phone|mobile)('s| is)? (off|dead)|no life ?(jacket|vest)|no sign)\b)",
    ),
    (
        # held-out urgency blind29: "his boat's washed up empty", "the tide's pulling my daughter out past
        # the point ... can't get back in": a person missing from a boat come back without them, or
        # carried out by the water
        "a boat back without its person, or a person carried out by the water",
        rf"^(?=.*\b{_PERSON}\b[^.!?]{{0,30}}\b(went|gone|took|taken|headed|set|rowed|paddled|sailed)( \w+){{0,3}} (out|off)\b)"
        rf".*\b{_BOAT}\b[^.!?]{{0,40}}\b(washed up|come back|came back|turned up|found|drifted (back|in|ashore))( \w+){{0,3}}? empty\b(?! of)"
        rf"|\b(tide|current|rip|undertow|wind)('s| is| has)? (pulling|dragging|taking|carrying|sweeping|pushing|blowing|pulled|dragged|taken|carried|swept) "
        # (or a person named before: "my dad's in the water ... the tide's pulling him out", held-out
        # urgency blind31)
        rf"(((my|our|his|her|their|the|a) )?((little|young|wee|eldest|youngest) )?{_PERSON}|him|her|them) (out|away|further out)\b",
    ),
    (
        # held-out urgency blind29: "Is the bonfire ... meant to be that big? It's jumped the fence and
        # it's climbing the conifers towards the houses": a fire leaving where it was made
        "a fire spreading to what is beside it",
        r"^(?=.*\b(bonfire|fire|flames?|blaze|burning)\b)"
        r".*\b(it'?s|it has|it is|flames?( have| are| 're)?|(the )?fire('s| has| is)?)( \w+)? "
        r"(jumped|spread|spreading|climbing|caught|catching|heading (for|towards)|moving towards|reached|reaching)"
        r"( over| into| onto| to| up)?( the| a| our| my| next door'?s)? (\w+ )?"
        r"(fence|hedge|hedges|trees?|conifers?|shed|house|houses|roof|garage|building|buildings|woods?|field|barn|cars?|flats?)\b",
    ),
    (
        "a boat taking on water with people aboard",
        rf"\b{_BOAT}\b[^.!?]{{0,25}}\b(taking on water|sinking|going down|filling (up )?with water)\b"
        r"(?=.*\b(we'?re|we are|us|kids|little ones|children|people|on board|middle of|far from|out on)\b)",
    ),
    (
        "a structure about to give way with someone on it",
        r"^(?=.*\b(about to (go|collapse|fall|come down|give way|topple|give|snap|cave in)|swaying|buckling|going to (collapse|come down|give way|topple))\b)"
        r".*\b(scaffold\w*|crane|wall|roof|ceiling|balcony|tree|stand|tower|stage|rig|ladder|racking|platform|frame|marquee|gazebo|awning|shelving)\b"
        r"(?=.*(\b(worker|workers|man|men|woman|someone|somebody|people|person|guy|guys|lad|lads|kid|kids|child|children|bloke|roofer|painter|builder|he|she|they)"
        r"|\bthere'?s (a|an|some|two|three) \w+)\b"
        r"[^.!?]{0,15}\b(on|under|underneath|beneath|below|at the top of) (it|there|top|the \w+)\b)",
    ),
    (
        "a structure leaning over people",
        # held-out urgency blind63 (demolition: "the building next door is cracking and leaning towards the
        # school playground, the kids are still out there"): a building, a wall or a tree that has started to
        # move, leaning over a place where people still are, can come down on them now (HSE demolition
        # guidance: an unplanned lean means clear the fall zone and call 999)
        r"^(?=.*\b(building|wall|tower|chimney|stack|gable|tree|scaffold\w*|crane|stand|roof|house|pole|mast)\b[^.!?]{0,40}\b"
        r"(leaning|tilting|toppling|bowing|moving|swaying) (\w+ )?(towards?|over|into|onto|across)\b)"
        r"(?=.*\b(crack\w*|creak\w*|groan\w*|shift\w*|moving|more and more|further|getting worse|by the minute)\b)"
        r".*\b(kids|children|pupils|people|someone|somebody|families|workers|crowd|class|residents)('s| are|'re| is)? (still )?"
        r"(out|in|under|below|playing|there|underneath|inside|nearby)\b",
    ),
    (
        "someone crying for help",
        r"\b(she|he|they|someone|somebody|woman|man|lady|guy|girl|boy|child|kid|people|neighbou?rs?)\b[^.!?,]{0,25}?('s| is| are|'re)? (crying|screaming|shouting|yelling|calling|begging|pleading) (out )?for help\b"
        r"(?! (with|on|about|choosing|picking)\b)",
    ),
    (
        "carbon monoxide with symptoms",
        r"^(?!.*\?\s*$).*\b(carbon monoxide|co (alarm|detector|monitor|sensor|thing))\b"
        r"[^?]*\b(sleepy|drowsy|sick(?! (of|to death|and tired))|nauseous|nauseated|dizzy|headaches?|confused|faint|woozy|groggy|vomiting|throwing up|light-?headed)\b",
    ),
)
_BODY = (
    r"(cheek|face|head|forehead|lip|chin|eye|eyebrow|eyelid|arm|hand|palm|finger|thumb|leg|knee|foot|toe|wrist|neck|ear|"
    r"nose|scalp|shin|ankle|elbow|shoulder|chest|back|belly|stomach|thigh|calf)"
)
_POWER = r"(light fittings?|ceiling lights?|lights?|sockets?|fuse ?box|consumer unit|electrics|switch(es)?|plugs?|wiring|outlets?)"
_URGENT: tuple[tuple[str, str], ...] = (
    (
        "electric shocks from a device",
        r"\b(gives?|giving|gave|throws?|throwing)( (you|me|us|him|her|them|people|everyone|my \w+))?( an?)?( little| small| tiny| mild| slight)?"
        r" (electric(al)? )?shocks?\b(?=[^.!?]*\b(electric\w*|touch\w*|tap|taps|shower|socket|switch|plug|cable|lead|wire|oven|kettle|handle|metal|appliance|fence)\b)"
        r"|\b(electric(al)?|small|little|tiny|mild) shocks\b",
    ),
    # ("wiring exposed" is read with its denials in urgency_conductors, s39urg15)
    (
        "water on the electrics",
        rf"\b(water|leak\w*)\b[^.!?]{{0,15}}\b(coming|dripping|leaking|pouring|running|seeping|getting)\b[^.!?]{{0,40}}\b(by|near|onto|into|in|through|round|around|over|behind|from|on) (the )?{_POWER}\b",
    ),
    (
        "touching a power line",
        r"\b(leaning|resting|touching|lying|fallen|come down|draped|caught|tangled|brushing)( \w+){0,2} (on|against|onto|across|in|with) (the |an |some )?(overhead |live )?"
        r"(power|electric(ity)?|electrical) ?(lines?|cables?)\b",
    ),
    (
        "an animal ill or hurt after the business",
        r"\b(throwing up|vomiting|being sick|sick|diarrh?oea|limping|fracture|broken (leg|paw|tail|hip)|poisoned|bleeding)\b"
        r"[^.!?]{0,60}\b(since (she|he|they|it) (came|got) (home|back) from (you|yours|your \w+|daycare|the kennels)"
        r"|ate something (there|at yours|at your \w+)|since (yesterday'?s |her |his |their |the )?(daycare|grooming|groom|boarding|kennels|stay)"
        r"|the vet (says|said|thinks|confirmed|found))\b",
    ),
    (
        "an animal loose in traffic",
        r"\b(loose|got out|escaped|bolted)\b[^.!?]{0,20}\b(on|onto|in|into) (the )?(main |busy )?(road|traffic|motorway|dual carriageway|highway)\b"
        r"|\b(running|darting|dodging|weaving) (between|in|into|through) (the )?(cars|traffic)\b",
    ),
    (
        "a strained back or joint that stops the caller moving",
        r"^(?!.*\?\s*$)(?=.*\b(can (barely|hardly|not)|can'?t|cannot|unable to) (stand|walk|move|bend|straighten|sit|lift|turn)\b)"
        rf".*\b(pulled|strained|tweaked|twisted|sprained|tore|torn|ricked|cricked|jarred|hurt|injured|put out)\b( \w+){{0,4}} {_BODY}\b",
    ),
    (
        "a cut on the body",
        # (British and Irish "have" without "got", s49urg, blind48: "I've a cut under my eye")
        rf"\b(got|has|had|with|there'?s|'s got|i'?ve|we'?ve|he'?s got|i have) (a|an) (?!(hair|buzz|crew|pixie|bob|fade|layered|fringe)\b)(\w+ )?(cut|gash|wound|laceration) "
        rf"(on|to|in|across|above|below|under) (his|her|my|their|your|the) (\w+ )?{_BODY}\b",
    ),
    (
        "a bad cut someone gave themselves",
        r"^(?=.*\b(deep|bad|nasty|bleeding|blood|stitches|gaping|to the bone)\b).*\b(cut|cutting|sliced|slicing|gashed|gashing)\b( \w+){0,4} "
        r"(himself|herself|myself|themselves|yourself)\b(?! (a|an|some|free|loose)\b)",
    ),
    (
        "an infected piercing or tattoo",
        r"\b(tattoo|piercing|wound|stitches|graze|bite)\b[^.!?]{0,40}\b(puffy|swollen|hot|red|weeping|oozing|pus)\b"
        r"(?=[^.!?]*\b(shivery|shivering|fever\w*|temperature|hot and cold|weeping|oozing|pus)\b)",
    ),
    (
        "a battery hot and bulging",
        r"\b(batter(y|ies)|casing|case|cover|back|pack)\b[^.!?]{0,30}\b(hot|warm)\b[^.!?]{0,20}\b(bulg\w*|swell\w*|swollen|puff\w*)\b",
    ),
)
# Read on the whole line (see :func:`still_under`): "went in a while ago and hasn't come back up" is
# told in the past, but the present perfect says it is still happening.
_STILL_UNDER = (
    # (a person gone under a board told: held-out urgency blind57 "my friend fell off and hasn't come back
    # up, she went under the board")
    rf"^(?=.*\b({_WATER}|{_BOAT}|swimm\w*|swim|swam|swum|flooded \w+|flipped|capsiz\w*|overturned|tipped over|"
    r"(went|gone|go|going) under (the|her|his|their|my) (paddle ?|surf ?)?board|paddle ?boards?|surf ?boards?"
    # ... or a jump or a dive told instead of the water (held-out urgency blind63, coasteering: "my son
    # jumped and hasn't come back up, I can't see him anywhere")
    r"|jumped|jumps|dived|dove|leapt|leaped|plunged)\b)"
    rf".*(\b{_PERSON}('s| has| have|'ve)? been under\b(?! (the weather|pressure|stress|a lot|contract|review|investigation|warranty|guarantee))"
    r"|\b(hasn'?t|has not|haven'?t|have not|not|never|didn'?t|did not) (come|came|coming) (back )?up\b)"
    # someone who went into the water and has not come back out (urg16 probe: "my husband walked into
    # the sea an hour ago and hasn't come back")
    rf"|^(?=.*\b{_PERSON}\b[^.!?]{{0,20}}\b(walked|swam|swum|went|waded|gone|headed|paddled) (out )?(into|in) the (sea|water|river|lake|loch|waves|surf)\b)"
    r".*\b(hasn'?t|has not|haven'?t|have not|not|never|didn'?t|did not) (come|came|coming) (back|out|ashore)\b"
    # ... or fewer came out than went in (s40urg15, blind32: "two of the kids went into the river and only
    # one's come back out"): someone is still in the water
    rf"|^(?=.*\b({_WATER}|{_BOAT}|swimm\w*|swim|swam|swum)\b).*\bonly (one|two|three|four|\d+|some|half)( of (them|us|the \w+))?('s| has| have|'ve)? "
    r"(come|came|got|made it|climbed|swum|swam|been pulled|pulled) (back )?(out|up|ashore|back)\b"
    # ... or a person under the water now who cannot be pulled up or is caught there (held-out urgency blind59: "my
    # little boy's hair's caught in the drain of the tub and he's under the water, we can't pull him up")
    rf"|^(?=.*\b{_PERSON}('s| is|'re| are) (still |stuck |trapped |held |pinned )?under (the )?water\b)"
    r".*(\b(can'?t|cannot|couldn'?t|can not|unable to) (pull|get|lift|bring|free|drag|reach)\b|\b(caught|stuck|trapped|pinned|snagged|tangled)\b)"
)
_LEGAL = (
    r"\b(solicitor|lawyer|attorney|barrister)s?('s| is| are|'re)? (drafting|preparing|drawing up|writing|sending|filing|issuing|lodging) "
    r"(a|the|our|my) (claim|case|complaint|summons|letter before action|papers)\b"
    # blind13: "consider yourselves sued"
    r"|\bconsider (yourselves|yourself|your (company|firm|business|shop|store)|this (company|firm|business)) (sued|served|in court)\b"
    r"|\b(start|begin|commence|bring|issue|launch|file)( \w+)? (legal proceedings|legal action|(proceedings|a (legal )?claim|a lawsuit) against (you|your))\b"
    r"(?! against (my|his|her|their)\b)"
    # blind18: a case against the business said to be going ahead ("we've got a solid case against
    # you, so we're going ahead")
    r"|\b(a|our|the|my) (\w+ )?case against (you|your (company|firm|business|shop|store|lot))\b"
    r"(?=[^?]*\b(going ahead|proceed\w*|go ahead|taking it further|pursue|pursuing|filing)\b)"
    r"|\b(i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i'?ve been|we'?ve been)( \w+)? (talking|speaking|on the phone|in touch) (to|with) "
    r"(my|our|a) (solicitor|lawyer|attorney|barrister)s?\b(?! (friend|about (my|our) (divorce|will|house|move|lease|visa)))"
    # a lawyer in the family or among friends named with action against the business in the same sentence (s56urg,
    # blind64: "my brother's a barrister and we'll be taking action", "getting my cousin, she's a lawyer, to go after
    # the lot of you"); "my sister's a lawyer and she says you're the best" names no action
    r"|^(?=.*\b(solicitor|lawyer|attorney|barrister)s?\b)(?!.*\b(the best|recommended|recommend)\b).*"
    r"(\b(we|i|they|he|she)('ll| will| are|'re|'m| am| is|'s)( be)? (taking|take) (legal )?action\b(?! against (my|his|her|their|the council)\b)"
    r"|\b(go|gan|come|going|coming|gone) after (you|yous|your \w+|the (lot|whole lot|pair|both) of (you|yous)|this (company|firm|business))\b)"
)


def read(t: str) -> tuple[str, str] | None:
    """``(level, reason)`` for the first class of the module docstring that ``t`` (normalised,
    lower-case, past and hypothetical clauses removed) describes, else None."""
    for reason, pattern in _EMERGENCY:
        if re.search(pattern, t):
            return "emergency", reason
    for reason, pattern in _URGENT:
        if re.search(pattern, t):
            return "urgent", reason
    return None


def still_under(whole: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` when ``whole`` (the normalised line, past clauses kept) tells of
    someone under the water too long beside water, a boat or a capsize, else None."""
    if re.search(_STILL_UNDER, whole) and not whole.rstrip().endswith("?"):
        return "emergency", "someone under the water too long"
    return None


def legal_threat(whole: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` when ``whole`` (the normalised line) announces legal action against the
    business, even if what it is about is over or the threat depends on a condition ("if it isn't
    sorted by Monday I'll start proceedings"); not when asked as a question."""
    for sentence in re.split(r"(?<=[.!?])\s+", whole):
        if re.search(_LEGAL, sentence) and "?" not in sentence:
            return "urgent", "a legal threat"
    return None
