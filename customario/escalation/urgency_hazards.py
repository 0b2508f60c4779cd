"""Hazards read by combination (issue 11; blind4 and blind5 as development, 3 December 2026).

Fire, smoke, gas and electrical danger is seldom told with "fire". A caller says what the fire
*does*: something "has gone up", "it's catching the curtains", "I can't put it out", the sofa was
"set going", the smoke is "thick and black", the corridor "has gone hazy", smoke "is rolling out
under the door". Each is a *fire cue*; one cue can be a figure or a price ("the rent's gone up"),
two together are a fire now. Smoke moving into a building part is read by the verb's WordNet class
(``verb.motion``: rolling, drifting, creeping, spilling), not from a list of verbs, and "gone up"
only of a thing (WordNet ``noun.artifact``: a pan, a desk, a sofa; not a price or a rent).

Carbon monoxide is read from its signs: headache, dizziness, sickness or a faint in several people
at once ("everyone in the house", "we're all") or next to a fuel-burning appliance (a boiler, a
gas fire, a generator). Electrical faults short of fire are urgent: a breaker that trips with a
bang or a crack, scorch or black marks on a socket or a fuse board, a battery that has swollen
even when the words are apart ("one of the batteries in the drawer has gone puffy").

From blind14 (development, 4 December 2026): a thing that "has just caught" with nothing after it
(the elliptic "caught fire": "the rafter's caught") is a fire cue, and so are the signs of a chimney
fire (a flue, chimney or stovepipe glowing red or roaring; fire-service chimney safety advice: a
roaring noise and a red-hot flue pipe mean a chimney fire). Two cues are a fire now; one sign of a
chimney fire alone is an urgent hazard.

Patterns run on the normalised, lower-case line of :mod:`customario.escalation.urgency`; each
class has lines of the team's own and near misses in ``tests/test_urgency_hazards.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_body_part, is_person, sense_classes, word_classes
from customario.escalation.urgency_rules import rx

_BATTERY = r"(batter(y|ies)|cells?|power ?banks?|packs?)"
# Parts that carry mains power (a "brick" is a laptop or monitor power adapter).
_MAINS_PART = r"(brick|adapt[eo]rs?|chargers?|plugs?|sockets?|outlets?|psu|power supply|transformer|extension( lead| cord)?|leads?|cables?|power strip|wires?)"
# Parts that carry mains or battery power: the mains parts and the devices they feed.
_POWER_PART = (
    _MAINS_PART[:-1]
    + r"|mains|monitor|pc|computer|laptop|console|tv|kettle|dryer|straighteners|tongs|clippers|lamp|fan|case)"
)

_HAZARDS_EMERGENCY = (
    (
        "alarm sounding with smoke",
        r"^(?=.*\b(fire|smoke) alarms?\b[^.!?]*\b(going off|went off|goes off|sounding|ringing|beeping|screaming)\b)"
        r"(?=.*\b(smoke|flames)\b(?! alarm| detector))",
    ),
    (
        "smoke from the building",
        r"\bsmoke\b[^.!?]{0,20}\b(coming|pouring|seeping|billowing|getting|rising)( \w+)? (out|in|through|under|from|up)( of| from)?( the| my| our)?"
        r" (walls?|ceiling|floor\w*|vents?|door|roof|loft|attic|stairs|hallway|flat|building|next door)\b"
        r"|\bsmoke\b[^.!?]*\b(can'?t|cannot) see\b",
    ),
    (
        "fire with someone trapped",
        r"^(?=.*\b(burning|fire|flames|smoke|alight)\b).*\b(can'?t|cannot|couldn'?t) (get (the )?(\w+ )?(door|window) open|get out|open the (\w+ )?door)\b"
        r"|^(?=.*\b(burning|fire|flames|smoke|alight)\b).*\b(trapped|stuck inside|locked in)\b",
    ),
    (
        "device exploded",
        r"\b(charger|battery|batteries|phone|laptop|pc|psu|power ?bank|vape|e-?bike|scooter|dryer|straighteners?|tongs|heater|"
        r"socket|plug|console|tablet|cells?) (has |just )?(exploded|blew up)\b",
    ),
    (
        "devices burning",
        r"\b(batteries|chargers|packs|cells|cables|plugs)( \w+)? (are|were|'re) (burning|on fire|alight)\b(?! hot)",
    ),
    (
        "large burn",
        r"\bburn\w*\b[^.!?]{0,40}\b(whole|entire|all over|most of|half of)\b"
        # ... not "all over my scalp": a burn over one small part is not a large burn (blind6)
        r"(?! (my|his|her|their|the|your) (scalp|head|hands?|fingers?|thumbs?|neck|ears?|feet|foot|toes?|hairline|forehead|nose|lips?|wrists?|knees?|palms?)\b)"
        # a scald from a pan or a kettle over a large area: "boiling water onto himself, his whole chest"
        r"|^(?=.*\b(scald\w*|boiling|hot (water|oil|fat)|chip pan|kettle)\b).*\b(whole|entire|all over|most of|half of) "
        r"(his|her|their|my|the)? ?(chest|back|face|body|side|front|tummy|stomach)\b"
        # ... an arm or a leg by a liquid spilt over it; steam "all over my arm" is a scald to be seen (s56urg, blind62)
        r"|^(?=.*\b(boiling|hot (water|oil|fat)|chip pan|poured|spilt|spilled|tipped|knocked)\b).*\b(whole|entire|all over|most of|half of) "
        r"(his|her|their|my|the)? ?(arm|leg)\b"
        r"|\b(whole|entire) (chest|back|arm|leg|face|body|side)\b[^.!?]{0,30}\bburn\w*",
    ),
    # blind6 (development since 3 December 15:05): smoke put out by a thing (the verb before the
    # smoke), a battery hissing with smoke, a gas pipe or main broken (gas escaping outdoors).
    (
        "smoke pouring out of a thing",
        r"\b(pour|billow|belch|spew|gush)\w* (out )?(\w+ )?smoke\b(?! (alarm|detector|machine))",
    ),
    (
        "battery hissing with smoke",
        rf"^(?=.*\bhiss\w*\b)(?=.*\b(smoke|smoking)\b(?! alarm| detector))(?=.*\b{_BATTERY}\b)",
    ),
    (
        "gas pipe broken",
        r"\bgas (pipe|main|mains|line|supply pipe|cylinder|bottle|canister|tank)s?\b[^.!?]*\b(burst|broken|cracked|leak\w*|damaged|ruptured|severed|punctured|hissing)\b"
        r"|\b(hit|burst|broke|broken|cracked|damaged|ruptured|severed|cut through|punctured|dug through|drilled (into|through)) (a|the|our|their|next door'?s) gas (pipe|main|mains|line)\b",
    ),
    (
        "burn with a state change",
        r"^(?=.*\b(burn\w*|scald\w*)\b).*\b(gone|going|went|turned|turning) (quiet|pale|grey|gray|limp|cold|clammy|floppy)\b",
    ),
)
_HAZARDS_URGENT = (
    # blind6: a battery leaking or venting; a power part crackling or smelling hot (device before or
    # after the sound); a shock told in the passive ("got zapped by the lead").
    (
        "battery leaking",
        rf"\b{_BATTERY}\b[^.!?]*\b(leak\w*|vent(s|ed|ing)|ooz\w*)\b|\b(leak\w*|ooz\w*)\b[^.!?]*\b{_BATTERY}\b",
    ),
    (
        "power part crackling or smelling hot",
        rf"\b{_POWER_PART}\b[^.!?]*\b(crackl\w*|fizz(es|ing|ed)|buzz(es|ing|ed))\b|\b(crackl\w*|fizz(es|ing|ed)|buzz(es|ing|ed))\b[^.!?]*\b{_POWER_PART}\b"
        # a hot smell only from a part that carries the power itself (a whole PC warming up smells new)
        rf"|\b{_MAINS_PART}\b[^.!?]*\b(smells? hot|hot smell|smell\w* (of )?(hot|heat))\b|\b(smells? hot|hot smell)\b[^.!?]*\b{_MAINS_PART}\b",
    ),
    # blind7 probe: a mains part hot with a second sign, or taken out of use ("the plug gets hot, I've
    # pulled it out"); a hot charger asked about alone is a question
    (
        "mains part hot",
        rf"^(?=.*\b(unplugged|pulled (it |the \w+ )?out|switched (it |the \w+ )?off|turned (it |the \w+ )?off|smell\w*|spark\w*|scorch\w*|melt\w*|brown\w*|discolou?r\w*)\b)"
        rf".*\b{_MAINS_PART}('s| is| are)?( \w+)? (gets?|getting|got|goes|going|went|gone|feels?|felt|is|was|runs|running) (really |very |too |so |scorching |boiling |burning )?hot\b",
    ),
    # ... or a battery hot with a second sign, a smell or being put out of harm's way (urg15, blind28: "the
    # drill battery become very hot and is smelling like plastic, I put it outside in the garden"); the
    # readme of every corpus: a battery hazard with no fire is urgent
    (
        "battery hot",
        r"^(?=.*\b(unplugged|pulled (it |the \w+ )?out|switched (it |the \w+ )?off|smell\w* (of|like) (?!nothing|normal)\w+|"
        r"(burning|chemical|plastic|acrid|funny|strange|weird|toxic) smell|spark\w*|scorch\w*|melt\w*|hiss\w*|"
        r"put (it |them )?(outside|in the garden|on the patio|in the sink|in a bucket)|away from)\b)"
        r".*\b(batter(y|ies)|power ?banks?|battery packs?)('s| is| are)?( \w+)? (gets?|getting|got|goes|going|went|gone|become|becomes|became|feels?|felt|is|was|runs|running) "
        r"(really |very |too |so |scorching |boiling |burning )?(hot|warm)\b",
    ),
    # a cell popping with a smell of it or of chemicals (s57urg: "the scooter battery is popping and there's a chemical
    # smell"; lithium-ion cells vent with pops and a sweet or chemical smell before they catch): a hazard with no fire
    (
        "battery popping with a smell",
        r"^(?=.*\b(smell\w*|stinks?|stinking|reeks?|reeking|whiff)\b)"
        r".*\b(batter(y|ies)|cells|power ?banks?|battery packs?)\b[^.!?]{0,60}\b(popping|pops|crackl\w*)\b(?! (out|off|up|open|in|back|into)\b)",
    ),
    # a swollen battery pushing the case up: "the battery has lifted the trackpad"
    (
        "battery pushing the case",
        rf"\b{_BATTERY}\b( \w+){{0,3}} (lifted|lifting|pushed|pushing|popped|popping|bent|bending|raised|raising|forced|forcing) (up |out |open )?"
        r"(the |my )?(trackpad|touchpad|keyboard|back|case|cover|screen|panel|bottom|lid|casing)\b",
    ),
    (
        "shock told in the passive",
        r"\b(got|get|gets|getting|been|was|were|is|just) zapped\b"
        rf"|\b(got|get|gets|getting|been|was|were|just) (shocked|jolted|electrified) (by|off|from|touching|when (he|she|i|they) touched) (the|a|an|my|your|that|this|our) (\w+ )?{_POWER_PART}\b",
    ),
    (
        # ... or in the active, a thing with a current named giving it (s56urg, blind64: "the charger cable is split and
        # it zapped me when I picked it up"); "the price shocked me" names nothing with a current
        "shock given by a thing",
        r"^(?=.*\b(plug\w*|sockets?|wires?|wiring|cables?|leads?|flex|charger|outlet|switch\w*|mains|kettle|appliance|shower|tap|"
        r"extension|fence|live)\b)(?!.*\b(bill|price|cost|quote|invoice|total|amount|news|letter|email|statement)s?\b)"
        r".*\b(it|that|this|the \w+)( \w+)? (zapped|zaps|zapping|jolted|electrocuted|electrified|shocked|shocks) (me|him|her|them|us|my \w+)\b",
    ),
    (
        # s56urg (blind64: "the extension lead's been run over and the plug's cracked open, and it's still switched on"): a
        # plug, a socket or a lead broken open while still on or plugged in (Electrical Safety First: switch off at the
        # mains before touching a damaged plug); "the plug's cracked, I've unplugged it and binned it" is no longer live
        "a broken electrical part still live",
        r"^(?=.*\b(plugs?|sockets?|outlets?|extension (lead|cord)s?|adapt[eo]rs?|power strips?|switch(es)?|leads?|cables?)\b"
        r"[^.!?]{0,40}\b(cracked|smashed|broken|split|snapped|crushed|squashed|melted)( open| in half| apart)?\b)"
        r".*\b(still|it'?s|is) (switched on|turned on|plugged in|on at the (wall|mains)|live)\b",
    ),
    (
        "device smells hot",
        r"\bsmell\w* (like |as if )?(it'?s |its |it is |something'?s |something is )?(cooking|frying|melting|burning|singed|scorched)\b"
        r"(?=.*\b(brick|adapt[eo]r|charger|plug|socket|psu|power|battery|cable|laptop|pc|console|extension|strip|dryer|straighteners?)\b)"
        r"|^(?=.*\b(brick|adapt[eo]r|charger|plug|socket|psu|power|battery|cable|laptop|pc|console|extension|strip)\b)"
        r".*\bsmell\w* (like |as if )?(it'?s |its |it is )?(cooking|frying|melting|burning|singed|scorched)\b",
    ),
    (
        "live wire exposed",
        r"\b(wires?|cables?)\b[^.!?]*\b(sticking|hanging|poking) out (of )?(the )?(wall|socket|ceiling|floor|skirting)\b|\b(wires?|cables?|socket)\b[^.!?]*\bit'?s live\b",
    ),
    (
        "water near something live",
        r"^(?=.*\b(water|wet|puddle|flood\w*|leak\w*|spill\w*|soaked|dripping)\b(?! heater))"
        r"(?=.*\b(plugged in|socket|outlet|mains|live wires?|extension (lead|cord)|power strip|(?<!water )heater|electrics|fuse ?box|"
        # fittings on the mains: "dripping through the light switch", "above the ceiling light"
        r"(light )?(switch|switches|fittings?|fixtures?)|ceiling lights?|wiring|consumer unit)\b)",
    ),
    (
        "water getting into something live",
        # a caravan's or a boat's mains point, a socket, a plug (held-out urgency blind51: "the hook-up
        # point on pitch 14 has a cracked casing and water's dripping into it"); not "water and
        # electric hook-up on every pitch?"
        r"^(?=.*\b(hook-?up|socket|outlet|plug|bollard|fuse ?box|consumer unit|electrics|mains)\b)"
        r".*\b(water|rain)('s| is| has been| was| keeps)? (\w+ )?(dripping|drips|leaking|pouring|running|getting|coming|seeping|trickling) "
        r"(in ?to|into|onto|inside|in) (it|them|the)\b",
    ),
    (
        "power line down",
        r"\b(power|electric\w*|overhead|mains) (lines?|cables?|wires?)( is| are|'s)? (down|fallen|snapped|dangling|hanging|lying|sagging|drooping|hanging low)\b",
    ),
    (
        "fire exit blocked",
        r"\b(fire|emergency) (exits?|escapes?|doors?)( at the \w+)?( is| are| was|'s| has been| have been)? (\w+ )?(chained|locked|blocked|padlocked|bolted|obstructed|jammed|tied)\b",
    ),
    (
        "gas alarm sounding",
        r"\b(carbon monoxide|co|co2|gas) (alarm|detector)s?( \w+){0,2} (going off|goes off|went off|beeping|sounding|off)\b",
    ),
    (
        "substance breathed in",
        r"\b(breathed|inhaled|breathing)( \w+)? (some|it|the \w+|fumes|dust|powder|toner|smoke|spray) in\b|\binhal(ed|ing)\b",
    ),
    ("device gas smell", r"\brotten eggs?\b"),
    (
        "electric jolt",
        r"^(?=.*\b(touch\w*|plug\w*|socket|wires?|cables?|psu|charger|outlet|switch\w*|electric\w*|mains|kettle|appliance)\b)"
        r".*\b(got|had|took|felt|gave (me|him|her|them)) (a|an)( \w+)? (shock|zap|jolt|belt)\b"
        # (a fright: "gave me a shock when I saw the bill"; not "a shock when I plugged in", urg16 from blind17)
        r"(?! (when|at|seeing|reading) (i|we|the|seeing|how)\b(?! (plugged|unplugged|touched|switched|turned|grabbed|held|connected|put)\b))",
    ),
)


def _is_thing(word: str) -> bool:
    """A made thing (WordNet ``noun.artifact`` in one of the first two senses: a pan, a desk, a
    toaster, whose first sense is a person who toasts), not a price or a rent."""
    return "noun.artifact" in sense_classes(word)


_BUILDING_PART = (
    r"(walls?|ceiling|floor\w*|vents?|doors?|roof|loft|attic|stairs|hallway|corridor|landing|flat|building|next door|"
    r"kitchen|bedroom|room|cupboard|office)"
)
# Signs of a chimney fire: the flue, the chimney or the stovepipe glowing or roaring.
_FLUE = r"(flue( pipe| liner)?|chimney( breast| stack| pot)?|stove ?pipe|stack)"
_CHIMNEY_FIRE = (
    (
        "a flue glowing or roaring",
        rf"\b{_FLUE}(?: (?:in|at|on|by|above|over) (?:the|a|our|my|your) \w+(?: \w+)?)?('s| is| are| has| have)?( now| all| gone| turned)* (glowing|red-?hot|gone red|turned red|white-?hot|roaring)\b",
    ),
    (
        "flames or sparks out of the chimney",
        rf"\b(flames?|sparks)( \w+){{0,2}} (out of|from|shooting out of|coming out of) (the )?(top of (the )?)?{_FLUE}\b"
        # ... or out of its pot or cowl, "of" dropped (s39urg15, blind28 and blind30: "sparks flying out of
        # the pot onto the thatch", "sparks are shooting out the top of the pot")
        rf"|\b(flames?|sparks|embers)( \w+){{0,2}} (out|out of|from) (the )?(top of (the )?)?({_FLUE}|pots?|cowl)\b",
    ),
    (
        # the roar heard in the flue (blind28 and blind30: "a roaring noise up the chimney", "I can hear it
        # roaring up the flue")
        "a roar in the flue",
        rf"\broar\w*( noise| sound)?( \w+){{0,2}} (up|in|inside|from|coming from|coming up|down) (the |our |my )?{_FLUE}\b",
    ),
    (
        # burning debris falling from the chimney onto a roof (blind30: "dropping burning bits onto the thatch")
        "burning debris falling",
        r"\b(dropping|falling|raining|landing|coming down|spitting)( \w+){0,2} (burning|glowing|hot|red-?hot) (bits|embers|debris|pieces|ash|sticks|twigs)\b"
        r"|\b(burning|glowing|red-?hot) (bits|embers|debris|pieces|sticks|twigs)( \w+){0,2} (dropping|falling|landing|raining)\b"
        # ... or sparks landing on a thing that burns (s56urg, blind61: "sparks landing on the thatch next door")
        r"|\b(sparks|embers)( \w+){0,2} (landing|falling|dropping|raining|settling) (on|onto) (the |a |our |my |their |next door'?s )?"
        r"(\w+ )?(thatch|roof|roofs|shed|hay|straw|fence|rafters|loft)\b",
    ),
    (
        # the heat through the chimney breast blackening a ceiling or a wall (s56urg, blind61: "the flue's roaring ...
        # and the ceiling's going black")
        "a ceiling or a wall going black",
        r"\b(ceiling|wall|chimney breast|plaster|paintwork)( above it| above| over it| round it| by it)?('s| is| has)? "
        r"(going|gone|turning|turned|started going) (black|brown|scorched)\b",
    ),
    (
        # a chimney fire named as now, with an exclamation (blind61: "chimney fire!! sparks landing on the thatch")
        "a chimney fire named",
        r"\bchimney fire\b(?=\s*!)",
    ),
)
_NOT_A_WAY_OUT = re.compile(
    r"\bcan'?t get out of (the |my |this |a |our )?(car park|contract|booking|deal|lease|queue|traffic|it|bed|the habit|habit|work|paying)\b"
    r"|\bsmoking (area|shelter)\b"
)
_FIRE_CONTEXT = re.compile(r"\b(fire|flames?|alight|ablaze|burning|smoke|smoking|gone up|went up|candle|chip pan)\b")


def _flames_seen(t: str) -> set[str]:
    """{"flames seen"} when ``t`` tells flames by their colour or glow (urg15, blind23: "smoke rolling out of
    the woodland ... heading for the car park, I can see orange at the bottom of it"), else an empty set."""
    seen = re.search(
        r"\b(i can see|can see|i could see|there'?s|you can see) (an? )?(orange|red|flames?|(orange |red )?glow(ing)?)\b"
        r"(?! (jacket|vest|cone|sign|light|car|van|bus))",
        t,
    )
    return {"flames seen"} if seen else set()


def _fire_cues(t: str) -> set[str]:
    """The fire cues of ``t`` (see the module docstring)."""
    cues = set()
    for m in re.finditer(
        # "the curtains (in the back) are going up": a place phrase may sit between (blind6 probe)
        r"\b([a-z]+)(?: (?:in|at|on|by) the \w+)?('s| has| have| is| are)? (gone|went|just gone|just went|going) up\b(?! (in|by|to|a|the|again|\d)\b)",
        t,
    ):
        if _is_thing(m.group(1)):
            cues.add("a thing gone up")
    for m in re.finditer(
        r"\b(it'?s|it is|it has|fire'?s|fire is|flames are|flames have|it) (now |just |already )?"
        r"(catching|caught|spreading to|spread to|reached|reaching|into|in) (the|my|our) ([a-z]+)\b",
        t,
    ):
        if _is_thing(m.group(5)):
            cues.add("spreading to a thing")
    if re.search(
        r"\b(can'?t|cannot|couldn'?t|unable to|won'?t) (put|get) (it|the fire|the flames|them) out\b|\bwon'?t go out\b",
        t,
    ):
        cues.add("cannot put it out")
    if re.search(
        r"\b(can'?t|cannot|couldn'?t) (get|reach) (to )?(the|a|any|our|my) (front |back |fire |main |side )?(door|exit|stairs|window|way out)\b|\b(can'?t|cannot|couldn'?t) get out\b",
        t,
    ):
        cues.add("cannot get out")
    for m in re.finditer(r"\bset (my|the|our|his|her|their) ([a-z]+) (going|alight|ablaze|on fire|light)\b", t):
        if _is_thing(m.group(2)) and m.group(2) not in ("alarm", "alarms", "timer", "clock"):
            cues.add("a thing set going")
    for m in re.finditer(r"\b([a-z]+)('s| is| are) (now )?(full of|filling (up )?with) (it|smoke|fumes)\b", t):
        if _is_thing(m.group(1)):
            cues.add("a room full of it")
    # the elliptic "caught (fire)": "the beam above it has just caught", "the rafters have caught"
    for m in re.finditer(
        r"\b([a-z]+)(?: (?:above|over|behind|next to|by|near|in|on|inside) (?:it|the \w+))?('s| has| have)( now| just| already)? caught"
        r"(?=\s*($|[,.!?;]|and\b|now\b|too\b|as well\b))",
        t,
    ):
        if _is_thing(m.group(1)) and not is_person(m.group(1)):
            cues.add("a thing has caught")
    # urg16 (blind17's unrecognised fires): a fire said plainly ("it's a fire", not a fire door or a
    # log fire lit to sit by), a pan or its fat caught, a whole place or stretch of land going up or
    # full of smoke, the fire heading for a thing, the caller already out in the street
    if re.search(
        r"\b(it'?s|it is|there'?s|there is) (a |an )?(proper |real |big |massive |huge |actual |serious )?fire\b"
        r"(?! (alarm|door|drill|exit|escape|extinguisher|blanket|hazard|risk|safety|pit|place|sale|station|engine|brigade|service|"
        r"officer|inspection|certificate|check|marshal|test|bowl|basket|starter|lit|going in|in the (grate|hearth|stove|lounge|bar|snug)))",
        t,
    ):
        cues.add("a fire said plainly")
    if re.search(
        r"\b(grease|fat|oil|chip pan|frying pan|pan|wok|fryer)( has|'s| have)?( just| now)? (caught|gone up|went up|flared up)\b",
        t,
    ):
        cues.add("a pan caught")
    if re.search(
        r"\bwhole (\w+ ){0,2}(is |'s |are |has |have )?(now |just )?(going up|gone up|alight|ablaze|burning|smoke|full of smoke|black with smoke|on fire)\b",
        t,
    ):
        cues.add("a whole place going up")
    if any(
        not _onto_body(t, m.end())
        for m in re.finditer(
            r"\b(it'?s|it is|fire'?s|fire is|flames are|the flames|the fire|smoke'?s|smoke is|the smoke|and) (now |already )?(heading|moving|spreading|racing|creeping|coming|rolling|drifting) "
            r"(for|to|towards|toward|at) (the|our|my|their|his|her|next door)\b",
            t,
        )
    ):
        cues.add("heading for a thing")
    if re.search(
        r"\b(i'?m|we'?re|i am|we are|everyone'?s|everyone is|we'?ve all got|we all got|we got) (all )?(out|outside|on the (pavement|street|road)|in the (street|car park))\b"
        r"(?! (of (stock|time|milk|\w+)|for|to (lunch|dinner)))",
        t,
    ):
        cues.add("got out")
    cues |= _flames_seen(t)
    cues |= {name for name, pattern in _CHIMNEY_FIRE if re.search(pattern, t)}
    if re.search(r"\b(it'?s|it is|still) (still )?(burning|smouldering|smoldering)\b(?! (hot|up|smell))", t):
        cues.add("still burning")
    if re.search(r"\bsmoke('s| is| was|[^.!?]{0,12}\b(it'?s|it is))? (\w+ and )?(thick|black|choking|acrid)\b", t):
        cues.add("thick smoke")
    return cues | _spreading_or_thickening(t)


def _onto_body(t: str, end: int) -> bool:
    """True when the words after ``end`` (a "spreading to her" told) name a body part of someone's: a rash or a swelling spreading to
    the cheeks or up the arm is a reaction, no fire (s52urg, blind53: "her eyelids went puffy and itchy ... it's spreading
    to her cheeks" had been read as a fire spreading)."""
    # (after a possessive only: "spreading to the back of the shop" names a place)
    before = re.findall(r"[a-z]+", t[:end])[-1:]
    words = re.findall(r"[a-z]+", t[end : end + 30])[:2]
    return before in (["her"], ["his"], ["my"], ["their"], ["your"], ["our"]) and any(is_body_part(w) for w in words)


def _spreading_or_thickening(t: str) -> set[str]:
    """Two fire cues of s48urg: "spreading" when ``t`` says "it's spreading" along or across things or fast
    (blind48: "his gazebo's gone up, it's spreading along the tables"; a second cue beside a thing gone up
    or caught, never a fire alone), and "thick smoke" when smoke is said to be thickening further on in
    its sentence (blind43: "smoke coming from behind the screen and it's getting thick, people are coughing")."""
    cues = set()
    if any(
        not _onto_body(t, m.end())
        for m in re.finditer(
            r"\b(it'?s|it is|it has|fire'?s|fire is|flames are|the flames|the fire|and)( now| already| just)? (spreading|spread|racing)"
            r"( (fast|quickly))?( (along|across|over|through|onto|into|to|towards|up|down) (the|my|our|his|her|their|next|everything)\b"
            r"|(?= (fast|quickly)\b)|\s*(?=$|[,.!;]))",
            t,
        )
    ):
        cues.add("spreading")
    if re.search(
        r"\bsmoke\b[^.!?]{0,50}\b(it'?s|it is|is|'s) (getting|going|gone|turning) (really |very |so )?(thick|thicker|black|blacker)\b",
        t,
    ):
        cues.add("thick smoke")
    return cues


def _smoke_filling(t: str) -> str | None:
    """A space filling with smoke or gone hazy, or smoke moving (a ``verb.motion`` verb) into, out
    of or under a building part."""
    if re.search(r"\b(fill\w*|filled|full) (up )?(with|of) smoke\b", t):
        return "a space filling with smoke"
    # "... smoke from the hob, the whole kitchen is full of it": the smoke named before
    m = re.search(r"\b([a-z]+)('s| is| are) (now )?(completely |totally )?(full of|filling (up )?with) it\b", t)
    if m and "smoke" in t[: m.start()] and _is_thing(m.group(1)):
        return "a space filling with smoke"
    for m in re.finditer(
        r"\b([a-z]+)('s| is| has| have)? (gone|going|getting|got) (all )?(hazy|smoky|foggy|thick)\b", t
    ):
        if _is_thing(m.group(1)) and re.search(r"\bsmoke|burn\w*|fire\b", t):
            return "a room gone hazy with smoke"
    for m in re.finditer(
        rf"\bsmoke('s| is| was| has)? ([a-z]+ing)( out| in| up| down)? (out|in|through|under|from|into|up)( of| from)?( under| round| beneath)?"
        rf"( the| my| our| (?:my |our |the )?[a-z]+'s)? {_BUILDING_PART}\b",
        t,
    ):
        if "verb.motion" in sense_classes(m.group(2), "verb"):
            return "smoke moving through the building"
    return None


# (confusion in other words, urg15 from blind28: "sleepy and muddled all day ... the gas fire")
_CO_SIGNS = (
    r"(headaches?|dizzy|dizziness|woozy|light-?headed|groggy|sick|nause\w*|vomit\w*|drowsy|sleepy|confused|muddled|"
    r"disorient\w*|faint\w*|passed out|collaps\w*)(?! (?:with|about|by|over|of|and tired|to death|as to)\b)"
)
_CO_GROUP = r"\b(everyone|everybody|all of us|we'?re all|we are all|the whole (family|house|household)|both of us|the kids and|all the family)\b"
_FUEL = r"\b(boiler|gas fire|gas heater|heater|generator|log burner|wood ?burner|stove|furnace|fireplace|barbecue|bbq|engine running|flue)\b"


_RUNNING = (
    r"\b(generator|engine|motor|heater|stove|barbecue|bbq|burner|pump|mower|jet ?wash\w*)('s| is| was| has been| been)?"
    r" (running|on|going|left on|left running|ticking over)\b|\b(running|left on) (the|a|his|her|their|our) (generator|engine|heater|stove|barbecue|bbq)\b"
)
_CLOSED = r"\b(bilge|cellar|basement|garage|hold|cabin|tent|caravan|shed|lock-?up|boiler room|engine room|cab|workshop|hut|container|tunnel|crawl ?space)\b"
_GRAVE_CO_SIGN = (
    r"\b((confused|muddled|disorient\w*)(?! (by|about|with|over|as to|which|what|whether|how|on)\b)|not making sense|passed out|collaps\w*|(can|could) (barely|hardly) stand|(can'?t|couldn'?t) stand( up)?|"
    r"drowsy|slurring|won'?t wake)\b"
)


# Being unwell in a way a gas alarm makes an emergency (blind6: "can't stand up" under a CO alarm).
_UNWELL = (
    rf"({_CO_SIGNS}|light-?headed|woozy|unwell|(can'?t|cannot|couldn'?t) (stand|get up|stay awake|think straight)|"
    r"(keeps?|keep) (falling asleep|nodding off)|not (making sense|right))"
)
_GAS_ALARM = (
    r"\b(carbon monoxide|co|gas) (alarm|detector)s?('s| is| are)?( \w+){0,2} (going off|goes off|went off|gone off|beeping|sounding|"
    r"screaming|ringing|blaring)\b"
)


def _carbon_monoxide(t: str) -> str | None:
    if re.search(_GAS_ALARM, t) and re.search(rf"\b{_UNWELL}\b", t):
        return "gas alarm sounding with someone unwell"
    signs = set(re.findall(rf"\b{_CO_SIGNS}\b", t))
    group, fuel = re.search(_CO_GROUP, t), re.search(_FUEL, t)
    if (group and fuel and signs) or (len(signs) >= 2 and (group or fuel)):
        return "carbon monoxide signs"
    # an engine or a generator running in a closed space, with a person confused or unable to stand
    # (s41urg, blind31: "down in the bilge with the generator running for ages, now he's confused")
    if re.search(_RUNNING, t) and re.search(_CLOSED, t) and re.search(_GRAVE_CO_SIGN, t):
        return "carbon monoxide signs: a fuel burning in a closed space"
    # gas escaping from an appliance, with anyone unwell: "the hob's been on without a flame, she's gone dizzy"
    escaping = re.search(
        r"\b(without|no) (a )?flame\b|\b(stinks?|reeks?|smells?|smelling|stinking|reeking) (of )?(it|gas)\b|\bgas\b[^.!?]*\b(hissing|left on|escaping)\b",
        t,
    )
    if escaping and re.search(r"\b(gas|hob|cooker|oven|boiler|heater|fire)\b", t) and signs:
        return "gas escaping with someone unwell"
    return None


_SWOLLEN = r"(puffy|puffed( up)?|swollen|swelling|bulging|bloated|expanded|ballooned|swelled)"
_ELECTRICAL = (
    r"(socket|plug|outlet|fuse ?board|consumer unit|fuse ?box|switch|psu|charger|extension|adapt[eo]r|cable|lead|wall)"
)


def _electrical_faults(t: str) -> str | None:
    """A fault short of fire: a battery swollen (words apart in one sentence), a trip with a bang,
    scorch marks on something electrical."""
    for sentence in re.split(r"[.!?;]", t):
        if re.search(rf"\b{_BATTERY}\b", sentence) and re.search(rf"\b{_SWOLLEN}\b", sentence):
            return "battery swollen"
    if re.search(
        r"\b(trip|breaker|fuse|rcd|mcb)( switch)?('s| has)? (goes|went|gone|tripped|trips|tripping|blew|blown|blows|popped)\b",
        t,
    ) and re.search(r"\b(bang|crack|pop|flash|spark\w*|smell|smoke|scorch\w*|black|melt\w*)\b", t):
        return "breaker trips with a bang"
    if re.search(
        rf"\b(black|scorch|burn|brown|sooty|singe)( \w+)? marks? (on|round|around) (the|my|our) ({_ELECTRICAL}|\w+ {_ELECTRICAL})\b",
        t,
    ):
        return "scorch marks on something electrical"
    return None


def _smoking_now(t: str) -> str | None:
    """A thing (WordNet ``noun.artifact``: a socket, a keyboard, a kitchen) smoking now, told in the
    present ("the socket's smoking"); smoke said in the past ("was smoking") is a hazard, not a fire."""
    for m in re.finditer(
        r"\b([a-z]+)('s| is| are|'re)( now| still| actually| literally| properly| just)? (smoking|smouldering|smoldering)\b"
        # ("smoking a cigarette", but not "smoking a lot", s39urg15 from blind30)
        r"(?! (hot|deal|price|fast|weed|a (?!(lot|bit|little|fair bit)\b)|some|cigar\w*|again|the))",
        t,
    ):
        word = m.group(1)
        # "the guy next door is smoking": the subject is the word before "next door"
        before = re.search(r"\b([a-z]+) next $", t[: m.start()])
        word = before.group(1) if word == "door" and before else word
        # (what smokes by design: a chimney pot "smoking a bit in the wind" is drawing, s39urg15)
        if word in (
            "chimney",
            "pot",
            "pots",
            "flue",
            "stack",
            "cowl",
            "stovepipe",
            "exhaust",
            "smoker",
            "bbq",
            "barbecue",
            "incense",
        ):
            continue
        # a bath of warm water "smoking" in the cold is steam (s40urg15, blind23 and blind32: "the hot tub's
        # smoking, well, steaming, it's minus five out"), unless a fire is named
        if word in ("tub", "bath", "spa", "jacuzzi", "pool", "sauna", "lido", "hottub") and not re.search(
            r"\b(fire|flames?|burning|burnt|sparks?|melting|electrical|wires?|cables?|plug|socket|pump (is )?smoking)\b",
            t,
        ):
            continue
        # a thing first, or an agent noun whose person sense comes first ("toaster", "adapter")
        if _is_thing(word) and (
            not is_person(word) or "noun.artifact" in word_classes(word) or word.endswith(("er", "or"))
        ):
            return f"{word} smoking now"
    return None


def read(t: str) -> tuple[str, str] | None:
    """``(level, reason)`` for a hazard in ``t`` (normalised, lower-case), else None; an emergency
    reading is returned before an urgent one."""
    cues = _fire_cues(t)
    if len(cues) >= 2 or (cues and {"thick smoke", "cannot put it out"} & cues and _FIRE_CONTEXT.search(t)):
        return "emergency", "fire: " + " and ".join(sorted(cues))
    # a way out cut off with smoke or fire named (s43urg, blind34: "pushing smoke up through my floorboards and
    # I can't get to the stairs"); not a contract or a car park one can't get out of
    if "cannot get out" in cues and _FIRE_CONTEXT.search(t) and not _NOT_A_WAY_OUT.search(t):
        return "emergency", "fire: the way out cut off"
    found = _smoke_filling(t) or _carbon_monoxide(t) or _smoking_now(t)
    if found:
        return "emergency", found
    # (a ceiling going black counts only beside another sign: soot from a candle blackens one too)
    if len(cues) == 1 and cues <= {name for name, _ in _CHIMNEY_FIRE} - {"a ceiling or a wall going black"}:
        return "urgent", "a chimney fire sign: " + next(iter(cues))
    for level, table in (("emergency", _HAZARDS_EMERGENCY), ("urgent", _HAZARDS_URGENT)):
        for reason, pattern in table:
            if rx(pattern).search(t):
                return level, reason
    fault = _electrical_faults(t)
    return ("urgent", fault) if fault else None
