"""Dangers told as a situation around people rather than with a harm word (issue 11; from the
urgent and emergency lines of urgency blind18, development from the start, 4 December 2026 16:30
UTC, read as classes and tested in the team's own phrasings on other businesses in
``tests/test_urgency_situations.py``).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency` (past clauses and frames that are not harm now already set
aside) beside the other scene readers, so they can raise a line but never lower one. The classes:

- **a vehicle crashed or overturned with people aboard** (emergency): "the minibus has gone off
  the road and the passengers are crying", "the coach is on its roof, people are screaming" (a
  crash with someone trapped is read in :mod:`customario.escalation.urgency_scenes`);
- **a driver unfit to drive with people aboard, driving now** (emergency): drunk, smelling of
  drink, high or nodding off at the wheel, and swerving or still driving (a crash about to happen);
- **smoke or fire in a vehicle that is moving or has people on it** (emergency): "smoke from
  under the seats and the driver's still driving with the kids on";
- **smoke after sparks** (emergency): an electrical fault that has moved on to smoke ("the socket
  was crackling and now smoke's coming out of the wall"; blind18 README judgement: "if it has
  caught fire, or smoke follows sparks, it is emergency");
- **a fire or smoke alarm sounding with someone unable to get out** or still inside (s51urg) (emergency): "the fire alarm
  is going off and I can't get the kids out";
- **gas escaping beside a flame** (emergency): a smell or hiss of gas with a pilot light, a lit
  hob, a candle or a heater next to it (ignition of a gas leak: National Gas emergency advice);
- **a person hanging from a height** (emergency): "he's dangling off the balcony rail and can't
  pull himself back up" (a person, then hanging / dangling / clinging off, from or out of a thing,
  with a height or a grip that is going; urg15: "hanging out the second floor window ..., he's about
  to go", "clinging to the outside of the footbridge");
- **an airway reaction heard in the voice** (emergency): a swelling or a reaction with the voice
  gone hoarse, strange or muffled (NHS anaphylaxis signs: a hoarse voice, a swollen tongue);
- **a mouth, face or fingertip injury told by what happened to the part** (urgent): "bit through
  his lip", "came home with a split lip", "sliced the tip of my thumb off" (the part a WordNet
  body part);
- **an electrical part shorting or arcing** (urgent): a fence, a light or a cable shorting onto
  metal or water (a hazard with no fire);
- **urgent signs told plainly** (urgent): a lump on a body part, red streaks spreading from a
  wound (a spreading infection), a substance gone in an eye that is red or sore, a part all welts,
  barely able to stand.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import PRONOUNS, is_body_part, is_made_thing, is_person

_WORDS = re.compile(r"[a-z]+")
_VEHICLE = r"(bus|minibus|coach|car|van|minivan|taxi|cab|lorry|truck|tractor|trailer|horsebox|people ?carrier|vehicle|train|tram|boat)"
_OFF_ROAD = re.compile(
    rf"\b{_VEHICLE}('s| has| is| was| just)* (just )?(gone|went|come|came|run|ran|slid|skidded|veered|careered|flipped|rolled|tipped|"
    r"crashed|smashed|ploughed|plowed|slammed|spun"
    # ... going now, down a slope first (held-out urgency blind55: "a car rolling down the slipway into
    # the lake with a woman and a baby in it")
    r"|rolling|sliding|careering|sinking|slipping)"
    r"( right| straight)?( (down|off|across|along|over) (the|a) (\w+ )?(slipway|slope|hill|bank|ramp|jetty|pier|quay|drive|track))? (off the road|into (a |the |an )?(\w+ )?(ditch|river|canal|hedge|field|verge|wall|tree|lake|sea|barrier|lamp ?post|bridge|embankment|lorry|car|van|bus)(?! (park|parks|wash|lot|showroom|port|dealer))"
    r"|in (a |the )?(ditch|river|canal|lake|sea|hedge|water))\b"
    rf"|\b{_VEHICLE}('s| has| is| was| just)* (just )?(flipped|rolled|tipped|turned|keeled)( right)? over\b"
    rf"|\b{_VEHICLE}('s| is| has)? (now |just )?(overturned|on (its|it'?s) (side|roof)|upside down|in (a|the) (ditch|river|canal))\b"
)
# people aboard, or people in distress at the scene
_ABOARD = re.compile(
    r"\b(kids|children|childrens|passengers|people|pupils|students|everyone|riders|skiers|guests|campers)\b[^.!?]{0,20}"
    r"\b(screaming|crying|trapped|hurt|injured|bleeding|inside|on board|aboard|still (on|in)|stuck)\b"
    r"|\b(screaming|crying|trapped|hurt|injured|bleeding|on board|aboard)\b"
    # "with a woman and a baby in it"
    r"|\bwith (a|an|the|two|three|some|my|his|her|their)\b[^.!?]{0,40}\b(in it|inside( it)?|in the back)\b"
)
_UNFIT = re.compile(
    r"\b(drunk|smells? (of|like) (drink|booze|alcohol|beer|whisky|vodka)|stinks? of (drink|booze|alcohol)|slurring|off (his|her) face|"
    r"high on|nodding off|falling asleep|fell asleep|asleep at the wheel|keeps? dozing)\b"
)
_DRIVING_NOW = re.compile(
    r"\b(swerving|weaving|drifting|all over the (road|carriageway|motorway|lanes?)|(still|is|'s|are|keeps?) driving|driving (now|like)|"
    r"(on|along) (the|it) (road|motorway|carriageway|dual carriageway|a-road|highway) (right )?now|right now|at the wheel)\b"
)
_MOVING_WITH_PEOPLE = re.compile(
    r"\b(still|keeps?|carried on|is|'s) (driving|moving)\b[^.!?]{0,40}\b(kids|children|passengers|people|pupils|us|everyone|them)\b"
    r"|\bstill going\b[^.!?]{0,40}\b(kids|children|passengers|people|pupils|us|everyone|them)\b"
    r"|\b(with|and) (the |all the |\w+ )?(kids|children|passengers|people|pupils) (still )?(on|on board|aboard|in it|inside)\b"
    # ... told as people still on it while the driver goes on (a probe after blind18)
    r"|^(?=.*\b(won'?t stop|keeps? going|carr(y|ies|ied) on|not stopping|still driving)\b).*\b(kids|children|passengers|people|pupils|we|they)"
    r"('re| are)? still (on|in|aboard) (the|it|board|this)\b"
)
_SMOKE = re.compile(r"\b(smoke|smoking|flames?|on fire|fire)\b")
_SPARKS = re.compile(r"\b(spark\w*|arc(ing|ed)|crackl\w*|fizz\w*|shorting|short-?circuit\w*|buzzing and)\b")
# sparks that are electrical by themselves, unless a hearth or a fire for burning is named
_SPARKING = re.compile(r"\b(spark(ing|ed|s)|arc(ing|ed)|shorting|short-?circuit\w*)\b")
_HEARTH = re.compile(
    r"\b(logs?|wood|burner|stove|fireplace|hearth|bonfire|fire ?pit|chimney|barbecue|bbq|grate|embers?)\b"
)
_SMOKE_NOW = re.compile(
    r"\b(now|then) (there'?s|there is|it'?s|it is)? ?(smoke|smoking)\b|\bsmoke('s| is)? (now )?(coming|pouring|filling|in the|everywhere|out of)\b"
    r"|\b(now|started) smoking\b|\bthere'?s (\w+ )?smoke( \w+)? (now|coming|everywhere)\b"
)
# the gas, or a fuel gas named by its kind or its container with a hose or a regulator (s40urg15,
# blind26: "the patio heater's hose is hissing and the flame is creeping back along it towards the bottle")
_GAS = re.compile(
    r"\b(gas|propane|butane|lpg|calor)\b"
    r"|^(?=.*\b(hoses?|regulators?|pipes?)\b)(?=.*\b(bottles?|cylinders?|canisters?|tanks?)\b)"
    r"(?!.*\b(water|fish|aquarium|garden|radiator|pond|pool|hot tub|oxygen|diving|scuba|air|hydraulic|oil|petrol|diesel)\b)"
)
# a flame travelling back along a hose or a pipe towards the container: a flashback, the container can burst
_FLASHBACK = re.compile(
    r"\b(flames?|fire)\b[^.!?]{0,30}\b(creep\w*|run\w*|travel\w*|mov\w*|go\w*|spread\w*|burn\w*|crawl\w*|climb\w*) (back )?"
    r"(along|up|down|towards|toward|to|into)\b[^.!?]{0,50}\b(bottles?|cylinders?|canisters?|tanks?)\b"
)
_GAS_ESCAPING = re.compile(
    r"\b(hiss\w*|leak\w*|escaping|pouring out|whooshing)\b|\bsmell(s|ing)? (of )?gas\b|\bgas (smell|leak)|\bgas('s| is)? (\w+ )?smell\w*"
)
_FLAME = re.compile(
    r"\b(pilot light|naked flame|open flame|flames?|candles? (lit|burning|going|on)|(still|is|are|'s|been) lit|(hob|cooker|heater|fire|oven|grill|stove|burner)('s| is| are)? (still )?on|"
    r"lighter|cigarettes?|welding|blowtorch|sparks?|(light|lights|lit|lighting|strike|struck) (a|the|his|her|my) (candle|match|cigarette|fag|hob|cooker|fire|stove|lighter))\b"
)
_HANGING = re.compile(
    r"\b(hanging|dangling|clinging|holding on|hanging on) (?P<prep>out of|out|off|from|onto|on to|to|over|on(?= (?:the|a|an|his|her|their|my) (?:rope|line|branch|strap|harness|cable|ledge|rail|railing)s?\b)) (?:(the|a|an|his|her|their|my) )?"
    # (the article may be dropped: held-out urgency blind63 "Worker is hanging from scaffold, the rope broke")
    # ... the part of the thing held named first (urg15: "clinging to the outside of the footbridge")
    r"((?:outside|edge|side|top|rail|railing|lip) of (?:the |a |an )?)?([\w-]+ )??(?P<thing>\w+)\b"
)
# A height named near the thing: a floor counted, a storey, a drop (urg15, blind23: "hanging out the
# second floor window"); out of a window, a height or a grip going is needed (not "hanging out of the
# car window waving")
_STOREY = re.compile(
    r"\b((first|second|third|fourth|fifth|sixth|top|upper|\d+(st|nd|rd|th))[- ]floor|upstairs|storey|stories|floors? up|high up|up high|"
    r"gorge|ravine|quarry|drop|zip ?wire|zip ?line)\b"
)
# a grip that is going, or a height named right after the thing held
_TROUBLE = re.compile(
    r"\b(can'?t (get|pull|climb|haul) (himself |herself |themselves |myself |back )?(back )?(up|down|in|over)|can'?t hold on|losing (his|her|their|my) grip|"
    r"slipping|going to (fall|drop|go)|about to (fall|drop|go)|(won'?t|can'?t) (hold|last) (on )?much longer"
    # ... or what holds the person failing (s54urg, blind60: "he's hanging on the rope and it's fraying")
    r"|(it|rope|line|strap|branch|harness|anchor)('s| is| has)? (fraying|frayed|snapping|splitting|tearing|giving way|coming (loose|away|out)|slipping))\b"
)
_HIGH = re.compile(
    r"^.{0,30}\b(roof|ledge|balcony|gutter|guttering|cliff|parapet|scaffold\w*|chairlift|\w*bridge|window ?sill|window|crane|pylon|rooftop"
    # ... or held by a fall-arrest harness or line (held-out urgency blind63: "hanging off the edge by his
    # harness and screaming"): a harness is worn only at a height (HSE: a suspended worker needs rescue at
    # once, suspension trauma sets in within minutes)
    r"|harness|lanyard|safety line)\b"
)
# A person up on a high thing (a wire, a trapeze, a ledge) with a grip that is going (held-out urgency
# blind63: "a lad on the high wire who's froze and he's slipping, there's no net under him").
_UP_ON_HIGH = re.compile(
    r"\b(on|up on|at the top of|up) (the|a|an|that|this) (high ?wire|tight ?rope|trapeze|ledge|roof|rooftop|scaffold\w*|crane|"
    r"pylon|mast|rigging|aerial silks|silks|parapet|cliff ?face|rock face)\b"
)
# ... or a ride that lifts people, named earlier in the sentence (held-out urgency blind49: "the big wheel's
# stopped and one of the cars has tipped, there's a kid hanging off the side")
_HIGH_RIDE = re.compile(
    r"\b(big wheel|ferris wheel|observation wheel|roller ?coaster|chair ?lift|cable car|gondola|ski lift|drag lift|"
    r"drop tower|sky ?ride|zip ?wire|zip ?line|climbing wall|high ropes|treetop|tree top|scaffold\w*|crane|pylon"
    # ... or a drop in the land gone over (s54urg, blind60: "slipped off the edge of the gully")
    r"|gully|gulley|gorge|ravine|crevasse|canyon|chasm|cliff|crag|rock face|edge of the \w+)\b"
)
_SWELLING = re.compile(
    r"\b(swell\w*|swollen|puffy|puffing|puffed|allerg\w*|anaphyla\w*|reaction|hives|stung|stings?)\b"
)
_VOICE = re.compile(
    r"\b(voice|speech)('s| is| has| sounds?| gone| going| getting| went)* (all |really |very |a bit )?"
    r"(strange|weird|funny|hoarse|croaky|husky|muffled|different|thick|raspy|squeaky|odd|slurred)\b"
)
# what happened to the part: "bit her tongue", "split his lip", "a split lip", "the tip of my finger off"
_PART_DONE = re.compile(
    r"\b(bit|bitten|bite|split|busted|burst|cut|gashed|sliced|nicked|tore|torn|ripped) (right )?(through )?(my|his|her|their|your|the) ([a-z]+)\b"
    r"|\b(a|with a|got a|has a|have a) (split|cut|busted|burst|fat|bloody|bloodied|swollen) ([a-z]+)\b"
)
_TIP_OFF = re.compile(
    r"\b(taken|took|take|sliced|chopped|cut|lopped|clipped|snipped|shaved|ripped|torn)( off)? (the )?(tip|end|top|end bit|top bit) "
    r"(off |of )(my|his|her|their|your|the) ([a-z]+)( off)?\b"
)
# a part named by what was done for it: stitches, butterfly strips, glue
_FIRST_AID = re.compile(r"\b(stitches|butterfly (strips|stitches|plasters)|steri-?strips|glued|skin glue)\b")
# verbs that open the part by themselves; "cut" or "bit" needs blood or first aid told with it
_OPENED = frozenset({"split", "gashed", "busted", "burst", "tore", "torn", "ripped"})
_BLOOD = re.compile(r"\b(blood|bleed\w*|bled)\b")
# urgent signs told plainly, the rules' blind spots among blind18's urgent lines (the model caught them)
_URGENT_TOLD = (
    # a lump or an egg on a body part after a knock: "a lump on her elbow"
    (
        "a lump on a part",
        re.compile(r"\b(lump|bump|egg|swelling) (on|above|over|under) (my|his|her|their|the) ([a-z]+)\b"),
        4,
    ),
    # spreading infection: red streaks or lines running from a wound (NHS: see a GP urgently)
    (
        "red streaks spreading",
        re.compile(r"\bred (streaks|lines|tracks)\b[^.!?]{0,20}\b(going|spreading|running|tracking|creeping|coming)\b"),
        0,
    ),
    # a substance in the eye: "the glue went in my eye", "got bleach in his eye"
    (
        "something in an eye",
        re.compile(
            r"\b(went|gone|go|goes|got|get|splashed|squirted|sprayed|flicked)( \w+){0,3} (in|into) (my|his|her|their|the) eyes?\b"
            r"(?=[^.!?]*\b(red|sting\w*|burn\w*|pain\w*|sore|water\w*|can'?t (see|open)|blurr?y|hurts?)\b|.*\b(red|pain|sore|sting\w*|burn\w*)\b)"
        ),
        0,
    ),
    # a skin reaction told as the part being all welts or hives
    (
        "a part all welts",
        re.compile(
            r"\b([a-z]+)('s| is| are|'re)? (all|covered in|come up in|full of) (welts|hives|weals|wheals|blisters|lumps)\b"
        ),
        1,
    ),
    # a back or a leg that barely holds the person up
    (
        "barely able to stand",
        re.compile(r"\b(can|could) (barely|hardly|scarcely|only just) (stand|stand up|get up|move|straighten)\b"),
        0,
    ),
)
_ELECTRIC = re.compile(
    r"\b(electric\w*|fence|wires?|wiring|cables?|leads?|sockets?|plugs?|lights?|lamps?|fuse|charger|battery|batteries|mains|power)\b"
)
# a cable worn through: frayed, or its copper showing
_CORE_SHOWING = re.compile(
    r"\b(cables?|leads?|flex|wires?|cords?|wiring)\b[^.!?]{0,30}\b(fray\w*|worn through|split open|chewed through)\b"
    r"|\b(see|seeing|showing|poking out|sticking out)( \w+){0,2} (copper|the (bare |copper |live )?wires? inside|bare wires?)\b"
)
_SHORTING = re.compile(r"\b(shorting|shorted( out)?|short-?circuit\w*|arcing)\b")


def _person_in(text: str) -> bool:
    """True when ``text`` holds a pronoun for someone or a WordNet person noun."""
    return any(w in PRONOUNS or w in ("i", "we", "me", "us") or is_person(w) for w in _WORDS.findall(text))


def _vehicle(t: str) -> tuple[str, str] | None:
    m = _OFF_ROAD.search(t)
    if m and _ABOARD.search(t):
        return "emergency", "a vehicle crashed with people aboard"
    if _UNFIT.search(t) and _DRIVING_NOW.search(t) and re.search(rf"\b(driver|driving|drives|{_VEHICLE[1:-1]})\b", t):
        return "emergency", "a driver unfit to drive, driving now"
    if (
        _SMOKE.search(t)
        and _MOVING_WITH_PEOPLE.search(t)
        and re.search(rf"\b(driver|driving|seats?|dashboard|engine|bonnet|{_VEHICLE[1:-1]})s?\b", t)
    ):
        return "emergency", "smoke in a vehicle with people on it"
    return None


# a fire or smoke alarm sounding with someone unable to get out (a probe after blind18)
_ALARM_SOUNDING = re.compile(
    r"\b((fire|smoke|co|carbon monoxide) )?alarms?( [a-z]+){0,4}?('s| is| are)? (still )?(going off|sounding|ringing|screaming"
    # "going" for sounding, before a place or at a clause's end (s51urg: "the smoke alarm's going in the caravan")
    r"|going(?=\s*($|[.,!?;]| in | upstairs| downstairs| next door)))\b"
)
_CANNOT_GET_OUT = re.compile(
    r"\b(can'?t|cannot|couldn'?t) (get|find) (\w+ ){0,2}(out|to (him|her|them|the kids|my \w+))\b|\b(can'?t|cannot) (get|find) (the kids|my \w+|him|her|them)\b"
    r"|\b(trapped|stuck) (inside|in there|upstairs|in (the|a|his|her|their) (room|flat|house|bedroom|loft))\b"
)


# a person said to be still inside, or not coming out (s51urg, blind54 and blind51: "my dad's still in there, he's
# not coming out", "I think there's a keeper still in there"): the person a WordNet person or a pronoun
_STILL_INSIDE = re.compile(
    r"\b([a-z]+)(?:'s| is| are|'re| was| were)? still (?:in there|inside|in the (?:\w+ )?(?:house|building|barn|flat|room|shed|"
    r"stable|garage|loft|attic|caravan|cabin|car|van|booth|bedroom|kitchen|office|shop))\b"
    r"|\b(he|she|they|[a-z]+)(?:'s| is| are|'re)? (?:not|isn'?t|aren'?t|hasn'?t|haven'?t) (?:coming|come|came|got|getting) out\b"
)


def person_still_inside(t: str) -> bool:
    """True when the normalised line ``t`` says a person is still inside a place or is not coming out
    ("my dad's still in there", "there's a keeper still in the barn", "she's not coming out"); a thing
    ("the cake is still in there") is no person."""
    for m in _STILL_INSIDE.finditer(t):
        who = m.group(1) or m.group(2)
        if who in ("he", "she", "they", "someone", "somebody", "anyone") or (who not in PRONOUNS and is_person(who)):
            return True
    return False


def _fire_or_gas(t: str) -> tuple[str, str] | None:
    electric = _ELECTRIC.search(t) or (_SPARKING.search(t) and not _HEARTH.search(t))
    if _ALARM_SOUNDING.search(t) and (_CANNOT_GET_OUT.search(t) or person_still_inside(t)):
        return "emergency", "a fire alarm sounding with someone unable to get out"
    if _SPARKS.search(t) and _SMOKE_NOW.search(t) and electric:
        return "emergency", "smoke after sparks"
    if (
        _GAS.search(t)
        and _GAS_ESCAPING.search(t)
        and _FLAME.search(t)
        and not re.search(r"\bgas (bill|meter reading|supplier|price)", t)
    ):
        return "emergency", "gas escaping beside a flame"
    if _FLASHBACK.search(t) and _GAS.search(t):
        return "emergency", "a flame travelling back to a gas container"
    return None


def _hanging(t: str) -> tuple[str, str] | None:
    for m in _HANGING.finditer(t):
        sentence = re.split(r"[.;!?]", t[: m.start()])[-1]
        after = t[m.start() :]
        thing = m.group("thing")
        near = t[m.start() : m.end() + 40]
        high = (_HIGH.search(t[m.end() - len(thing) :]) or _HIGH_RIDE.search(sentence)) and (
            not m.group("prep").startswith("out") or _STOREY.search(near)
        )
        # ... the one hanging is a made thing named just before ("left a wire dangling off the guttering":
        # a hazard, not a person at a height; s41urg, blind31)
        before = re.findall(r"[a-z]+", sentence)
        if before and is_made_thing(before[-1]):
            continue
        if (
            _person_in(sentence)
            and not is_body_part(thing)
            and (_TROUBLE.search(after) or high or _STOREY.search(near))
        ):
            return "emergency", "a person hanging from a height"
    for m in _UP_ON_HIGH.finditer(t):
        sentence = re.split(r"[.;!?]", t[: m.start()])[-1]
        after = t[m.end() :]
        # (the grip going is the person's: "he's slipping", not "the tiles are slipping")
        trouble = _TROUBLE.search(after)
        if _person_in(sentence) and trouble and _person_in(after[max(0, trouble.start() - 12) : trouble.start()]):
            return "emergency", "a person at a height losing their grip"
    return None


# a hand on the chest with signs of shock: "keeps rubbing his chest and he's gone pale and clammy"
_HAND_ON_CHEST = re.compile(
    r"\b(rubbing|pressing|holding|massaging|thumping|hand on|hands on) (at |on )?(his|her|my|their) chest\b"
    r"(?! (with|using) (\w+ )?(rub|cream|balm|oil|lotion|ointment|gel|vicks|vapou?r\w*))"
)
_SHOCK = re.compile(
    r"\b(pale|clammy|sweat\w*|grey|gray|ashen|breathless|short of breath|dizzy|faint|nause\w*|being sick|"
    r"(arm|jaw) (hurts|aches|is aching|is numb|'s numb|feels? heavy))\b"
)


def _chest(t: str) -> tuple[str, str] | None:
    if _HAND_ON_CHEST.search(t) and _SHOCK.search(t):
        return "emergency", "a hand on the chest with signs of shock"
    return None


def _airway(t: str) -> tuple[str, str] | None:
    if _VOICE.search(t) and _SWELLING.search(t):
        return "emergency", "a reaction with the voice changed"
    return None


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first emergency class of the module docstring that ``t``
    (normalised, lower-case, past and hypothetical clauses removed) describes, else None."""
    return _vehicle(t) or _fire_or_gas(t) or _hanging(t) or _airway(t) or _chest(t)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for the first urgent class of the module docstring that ``t`` describes,
    else None."""
    for sentence in re.split(r"(?<=[.!?])\s+", t):
        if "?" in sentence and not _BLOOD.search(sentence):
            continue  # "did he cut his finger on it?" asks
        m = _TIP_OFF.search(sentence)
        if m and is_body_part(m.group(7)):
            return "urgent", f"the tip of a {m.group(7)} cut off"
        for m in _PART_DONE.finditer(sentence):
            part = m.group(5) or m.group(8)
            told = m.group(6) or m.group(1) in _OPENED or _BLOOD.search(t) or _FIRST_AID.search(t)
            if part and is_body_part(part) and told:
                return "urgent", f"{part} injured"
    for reason, pattern, part in _URGENT_TOLD:
        m = pattern.search(t)
        if m and (not part or is_body_part(m.group(part)) or m.group(part) in PRONOUNS):
            return "urgent", reason
    if _CORE_SHOWING.search(t):
        return "urgent", "a cable worn to its wires"
    if _SHORTING.search(t) and _ELECTRIC.search(t):
        return "urgent", "an electrical part shorting"
    return None
