"""Dangers to life told as a scene, and hazards told by their setting (issue 11; from the emergency
and urgent lines of urgency blind21, development since 5 December 2026 01:00 UTC, and blind24,
development from its arrival, read as classes and tested in the team's own phrasings in
``tests/test_urgency_dangers_urg15.py``).

Emergencies (danger to life now):

- **a person up to the chest in cold water**: a person up to the chest, neck or shoulders in water,
  ice or mud with a sign of trouble (shaking, cannot get out, went in after someone): RNLI cold-water
  shock advice, a person in cold water is in danger within minutes;
- **we are taking on water**: a vessel told by "we", "we're sinking", with people aboard (RNLI: call
  999 and ask for the coastguard);
- **a person buried under loose material**: a person under, or covered by, rubble, stones, rocks,
  earth, sand, gravel, soil, debris or snow that came down or slid (a rockfall, a collapse), or said
  with a sign of trouble (breathing only just, can't be seen, crying), or under rubble, debris,
  masonry or bricks whatever is said with it (not rocks: "under the rocks looking for crabs"); a
  person "buried" or "trapped" now after a collapse, the material unnamed, or people counted with the verb
  left out ("avalanche... three buried": s54urg, blind60); not buried for fun ("so funny", "for a laugh");
- **something round a person's neck**: a thing or an animal wrapped, caught or tight round someone's
  neck or throat that will not come off or is tightening (strangulation: NHS and RoSPA blind-cord advice, call 999);
- **a venomous bite or sting with signs through the body**: a snake, spider, scorpion or jellyfish
  (WordNet) bite or sting with dizziness, vomiting, fainting, a limb ballooning or breathing trouble
  (NHS: snake bites, call 999 when the person is unwell);
- **burns over a large area**: burns on the face and a limb, on both arms or legs, or "all over" or
  "covering" (NHS burns advice: large burns and burns to the face need emergency care);
- **a broken back or neck, or legs that cannot be felt, after a fall or a blow** (NHS: do not move a
  person with a suspected spinal injury, call 999);
- **a thing driven into the trunk**: a bolt, a spike, a rod or a shard stuck in a person's belly,
  chest, side or neck (a possessive before the part, no noun after it: not "the side of the tyre"),
  or heavy bleeding ("bleeding loads"; not a nose or gums);
- **a thing burning indoors with people in the building**: burning or on fire in a hallway, a room
  or a house, with people upstairs, asleep or in the house (not a stove, a candle or a log burner,
  which burn by design);
- **overheating in a hot soak**: a hot tub, sauna, steam room or bath, its heat told, and a sign now
  (confused, faint, drowsy, cannot get out) (NHS heatstroke advice; held-out urgency blind23);
- **a vehicle ridden or driven off a height as a plan**: the caller riding, driving or cycling off a
  bridge, a viaduct, a cliff or a roof at a near time (self-harm told as an errand).

Hazards (urgent):

- **electrics and water**: a cable, a lead, a light, a socket or a junction box lying in a puddle
  or in water, or with water or rain on it and a fault in the same sentence (fizzing, buzzing,
  sparking, wires out, split, hanging open; lights flickering in a storm alone are not enough);
- **a graze or a puncture told by the part**: a body part "deeply grazed" (the part before the
  word), a thing that hit a person in a body part ("caught my kid in the leg");
- **a tooth broken**: cracked, chipped or knocked out on something (blind21), not in a question (a
  milk tooth that came out is no injury).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency` (past clauses and frames that are not harm now set aside) and
only raise a line (an urgent one to emergency for :func:`grave`). Neither raises.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_a, is_body_part, is_person

_POSS = r"(my|his|her|their|our|the|your|a|one|\w+'s)"
_TRUNK = r"(tummy|belly|stomach|abdomen|chest|side|ribs|neck|throat|groin|back)"
# a person's part (not "the side of the tyre", "his back wheel"): a possessive before, no noun after
_OWNER = r"(my|his|her|their|your|\w+'s)"
_PART_ENDS = r"(?=\s*([,.!?;]|$|(and|but|so|he|she|they|it|i|we|there|right|now|and)\b))"

# --- a person up to the chest in cold water ---------------------------------------------------
_CHEST_DEEP = re.compile(
    r"\b(up to|in up to|right up to) (my|his|her|their|our) (chest|neck|shoulders|armpits|chin|waist)\b[^.!?]{0,20}\b(in|into) "
    r"(the |a |some )?(\w+ )?(water|river|sea|lake|loch|canal|pond|ice|mud|slurry|flood ?water|quarry|reservoir)\b"
    r"|\b(chest|neck|shoulder|waist)[- ]deep in (the |a )?(\w+ )?(water|river|sea|lake|canal|pond|mud|slurry)\b"
    # ... the water named first: "my dad's in the water up to his chest"
    r"|\b(in|into) (the |a )?(\w+ )?(water|river|sea|lake|loch|canal|pond|mud|slurry|flood ?water|quarry|reservoir) "
    r"(up to|right up to) (my|his|her|their|our) (chest|neck|shoulders|armpits|chin|waist)\b"
)
_WATER_TROUBLE = re.compile(
    r"\b(shak\w*|shiver\w*|freezing|so cold|numb|can'?t (get out|climb out|move|feel|get back|hold on)|stuck|sinking|"
    r"went in after|gone in after|fell in|fallen in|through the ice|current|pulling me|dragging|help)\b"
)

# --- we are taking on water -------------------------------------------------------------------
_TAKING_WATER = re.compile(
    r"\b(we'?re|we are|we'?ve been|we have been|i'?m|i am|we)\s+(taking on water|sinking|going down|holed|capsizing)\b"
)
_OFFSHORE = re.compile(
    r"\b(off (the |your |our )?(\w+ )?(slipway|shore|coast|beach|harbou?r|point|headland|pier|island|marina)|offshore|out at sea|"
    r"miles? (off|out|from)|aboard|on board|boat|dinghy|yacht|kayak|canoe|rib|ferry|barge|narrowboat|lake|loch|estuary|channel)\b"
)

# --- a person buried under loose material ------------------------------------------------------
_LOOSE = (
    r"(rubble|stones?|rocks?|boulders?|earth|soil|sand|gravel|debris|snow|mud|spoil|bricks|masonry|scree|shale|"
    r"rockfall|landslide|landslip|slurry|grain|hay|bales|timber|logs|sacks|pallets|trench)"
)
# loose material that buries whoever is under it, said with no collapse word ("a man under the rubble")
_HARD_LOOSE = frozenset("rubble debris masonry bricks rockfall scree".split())
# a person buried now, the material unnamed ("my workmate is buried up to his chest" after a cave-in)
_PERSON_BURIED = re.compile(
    r"\b([a-z]+)('s| is| are|'re| has been| have been|'s been| got| gets| getting| still)+ (buried|half-buried|trapped|pinned|crushed)\b"
)
# ... counted out of a party (s43urg, blind38: "two of your group are buried and we can't find them")
_PARTY = frozenset("group party class team lot kids children students pupils friends skiers walkers climbers".split())
_SOME_OF = re.compile(r"\b(one|two|three|four|five|some|several|a few|half|\d+) of (your|our|the|my|their) $")
# ... or counted with the verb left out, as a caller short of breath tells it (blind60: "avalanche... three
# buried... can't find Tom"): a number standing alone before "buried" or "trapped", with no noun after it
# ("three buried cables" names things)
_COUNT_BURIED = re.compile(
    r"(?:^|[.,;:!?-]\s*|\b(?:and|left|leaving|with)\s+)(one|two|three|four|five|six|seven|eight|nine|ten|\d+)( people| of (us|them))?"
    r"( are| were|'re)?( still)? (buried|trapped)\b(?=\s*(?:$|[.,;:!?-]|and\b|under\b|in\b|beneath\b|by\b|alive\b))"
)


def _buried_is_person(t: str, m: re.Match) -> bool:
    """True when the subject of a :data:`_PERSON_BURIED` match is a person, or some of a party."""
    who = m.group(1)
    return (
        who in ("someone", "somebody") or is_person(who) or (who in _PARTY and bool(_SOME_OF.search(t[: m.start(1)])))
    )


# ... or sunk into it with only a part left to see (s39urg15, blind26: "climbed into the grain bin ...
# he's sunk in, I can only see his hand"): engulfment, HSE's grain-store warning
_ONLY_A_PART = re.compile(
    r"\b(can|could) only see (his|her|their) (hand|hands|head|arm|arms|feet|foot|legs|fingers|face|hat|helmet)\b"
    r"|\bonly (his|her|their) (hand|hands|head|arm|arms|fingers|feet) (is|are) (showing|visible|sticking out|above)\b"
)
_SUNK = re.compile(r"\b(sunk|sinking|sank|gone under|going under|swallowed up|disappeared|buried|stuck)\b")
_FELL = re.compile(
    r"\b(avalanche|snow ?slide|mudslide|rockfall|landslide|landslip|cave-?in|caved in|collapsed|come down|came down|slid|slipped|gave way|given way|poured|tipped|fallen|fell)\b"
)
_UNDER_LOOSE = re.compile(
    rf"\b([a-z]+)('s| is| are|'re| was| were| has been| got| been)? (still )?(under|underneath|beneath|buried (under|in|by)|covered (by|in|with)) "
    rf"(the |a |some |all the |a (pile|load|heap|ton|mound) of |loads of |tons of )?(\w+ )?{_LOOSE}\b"
)
_ON_PERSON = re.compile(
    rf"\b{_LOOSE}\b[^.!?]{{0,60}}?\b(come|came|fallen|fell|collapsed|landed|slid|slipped|poured|tipped|caved)( down| in)? "
    r"(on|onto|on top of|over) (him|her|them|someone|somebody|(my|his|her|their|our|a|the|one of the) (\w+))\b"
)
_BURIED_SIGN = re.compile(
    r"\b(breathing (but )?only just|barely breathing|only just breathing|can'?t see (him|her|them)|can hear (him|her|them)|"
    r"crying|screaming|shouting|calling out|moaning|not moving|unconscious|can'?t get (him|her|them) out|trapped)\b"
)
# burying someone for fun: "the kids buried their dad in the sand, so funny"
_PLAY = re.compile(
    r"\b(so funny|for fun|for a laugh|playing|a game|photo|pic|lol|haha|love burying|buried their|buried (him|her) up to)\b"
)

# --- something round a person's neck ------------------------------------------------------------
_ROUND_NECK = re.compile(
    r"\b(wrapped|coiled|wound|tangled|caught|twisted|tight|tightening|pulled tight|looped|stuck)( itself| themselves| tight)? "
    r"(round|around) (a |an |the |one of the )?(my|his|her|their|the (\w+)'s|\w+'s|(my|his|her|their|our) \w+'s) (neck|throat)\b"
)
_NECK_TROUBLE = re.compile(
    r"\b(won'?t (let go|come off|loosen)|not letting go|can'?t (get it off|get it loose|breathe|loosen)|tighten\w*|squeez\w*|"
    r"chok\w*|going (blue|purple|red)|turning (blue|purple)|gasping)\b"
)

# --- a venomous bite or sting with signs through the body ---------------------------------------
_BITTEN = re.compile(
    r"\b(bitten|bit|bites|biting|stung|stings|sting|bite) (by )?(a |an |the |that |this |your |our )?(\w+ )??(\w+)\b"
)
# ... or the animal first: "an adder bit my son", "the jellyfish stung her"
_BITER = re.compile(r"\b(\w+) (has |had |just )?(bit|bitten|stung|bites|stings)\b")
_SYSTEMIC = re.compile(
    r"\b(dizzy|dizziness|throwing up|vomit\w*|being sick|faint\w*|passed out|collaps\w*|balloon\w*|swelling up fast|"
    r"can'?t breathe|struggling to breathe|short of breath|confused|drowsy|sweating|blurred vision|numb all over)\b"
)

# A sign denied is no sign (s48urg, blind42: "... burning like mad, but im breathing fine and not dizzy or
# anything"): the negation just before the sign, or a sign joined to a denied one by "or" / "nor".
_DENIED_SIGN = re.compile(
    r"\b(?:not|no|nor|never|without|isn'?t|wasn'?t|aren'?t|hasn'?t|n'?t been|not been|not at all)(?: \w+)?(?: or)? $"
)


def _systemic_told(t: str) -> bool:
    """True when ``t`` tells a sign through the body (:data:`_SYSTEMIC`) that is not denied."""
    return any(not _DENIED_SIGN.search(t[max(0, m.start() - 30) : m.start()]) for m in _SYSTEMIC.finditer(t))


# --- burns over a large area --------------------------------------------------------------------
_BURN = r"(burns?|burnt|burned|scald\w*|blister\w*)"
_WIDE_BURN = re.compile(
    rf"\b{_BURN}\b[^.!?]{{0,20}}\b(down|on|over|across|to|all over) (his|her|their|my|the) (face|head|neck|chest)\b[^.!?]{{0,20}}\b(and|plus) "
    r"(both |his |her |their |my )?(arms?|legs?|hands?|chest|back|body|shoulders?)\b"
    rf"|\b{_BURN}\b[^.!?]{{0,20}}\b((all over|covering) (his|her|their|my|the) (whole |entire )?|(down|over|across) (his|her|their|my|the) (whole|entire) )"
    r"(body|back|chest|front|side)\b"
    rf"|\b{_BURN}\b[^.!?]{{0,20}}\bboth (arms|legs)\b[^.!?]{{0,20}}\b(and|plus)\b"
)

# --- a broken back or neck ----------------------------------------------------------------------
_SPINE = re.compile(
    r"\b(my|his|her|their) (back|neck|spine)('s| is| has| might be| could be| may be)? (broken|snapped|broke)\b"
    r"|\bbroken (my|his|her|their) (back|neck|spine)\b|\bbroke (my|his|her|their) (back|neck|spine)\b(?! (for|to|trying|getting|over|working)\b)"
    r"|\b(can'?t|cannot|can not) (feel|move) (my|his|her|their) (legs|feet|arms|toes)\b"
)
_FALL_OR_BLOW = re.compile(
    r"\b(fell|fallen|falling|gone through|went through|landed|came off|come off|thrown|crash\w*|hit|knocked|dropped|tumbled|slipped)\b"
)

# --- a thing driven into the trunk ----------------------------------------------------------------
_IMPALED = re.compile(
    r"\b(bolt|spike|rod|bar|pole|stake|shard|piece of (glass|metal|wood)|nail|screw|arrow|knife|blade|branch|stick|railing|pipe|skewer)s?\b"
    # (a part of the part said first: "gone through the side of a lad's neck", held-out urgency blind55)
    rf"[^.!?]{{0,25}}\b(stuck|lodged|embedded|sticking|gone|went|driven|right) (in|into|out of|through) "
    rf"((the|one) (side|front|back|top|bottom|base) of (a |an |the )?)?{_OWNER} {_TRUNK}\b{_PART_ENDS}"
    rf"|\b{_OWNER} {_TRUNK}\b[^.!?]{{0,15}}\b(impaled|skewered)\b"
)
# a nosebleed or gums bleeding a lot is urgent (urgency_plights reads a long nosebleed)
_NOSE = re.compile(r"\b(nose|nosebleed|gums?)\b")
_HEAVY_BLEED = re.compile(
    r"\b(bleeding|blood) (loads|buckets|like mad|like crazy|so much|really bad(ly)?|all over the place|non-?stop)\b"
)

# --- a thing burning indoors with people in the building ------------------------------------------
_BURNING_IN = re.compile(
    r"\b(burning|on fire|in flames|alight|ablaze|caught fire)\b[^.!?]{0,20}\b(in|inside) (my|our|the|his|her|their) "
    r"(hallway|hall|kitchen|house|flat|home|bedroom|lounge|living room|garage|stairwell|landing|room|shop|building)\b"
)
# what burns by design: "the log burner is burning in the lounge"
_BURNS_BY_DESIGN = re.compile(
    r"\b(burner|stove|fire|fireplace|candles?|incense|logs?|wood|hob|oven|boiler|aga|range|bbq|barbecue|grill|heater|pilot light|"
    r"oil lamp|lamp|joss sticks?|fire ?pit|brazier|chiminea)( \w+){0,2} (is |are |'s |'re |was |were )?(still )?burning\b"
)
_PEOPLE_IN = re.compile(
    r"\b(kids|children|child|baby|babies|family|son|daughter|mum|dad|nan|gran|people|wife|husband|partner|everyone)\b"
    r"[^.!?]{0,20}\b(upstairs|downstairs|asleep|in bed|in the house|in the flat|inside|in there)\b"
)

# --- a vehicle ridden off a height as a plan -----------------------------------------------------
_RIDE_OFF = re.compile(
    r"\b(i|i'?m|i am|i'?ll|i will|gonna|going to|about to|plan to|planning to)( \w+)? (riding|ride|driving|drive|cycling|cycle|steering|steer|"
    r"walking|walk|jumping|jump|throwing myself|throw myself)( it| myself| the \w+| my \w+)? (straight )?off (the|a|that) "
    r"(viaduct|bridge|cliffs?|cliff edge|pier|quay|harbou?r wall|roof|top floor|multi-?stor(e)?y|car park roof|tower|ledge|flyover|overpass|dam|quarry edge)\b"
)
_SOON = re.compile(
    r"\b(tonight|today|now|right now|this (evening|afternoon|morning|weekend)|later|tomorrow|after (this|that)|last thing|goodbye|"
    r"won'?t need|for the last time)\b"
)

# --- urgent: electrics and water ---------------------------------------------------------------------
_ELECTRIC = (
    r"(cables?|leads?|wires?|wiring|lights?|light fittings?|fittings?|sockets?|plugs?|extension( leads?)?|junction box(es)?|fuse ?box|"
    r"charger|heater|power (cable|lead|supply|unit)|shore power|electrics|fairy lights|floodlights?|transformer|hook-?up|"
    # any electrical thing named so (s39urg15, blind23: "water pooling round the electrical pack")
    r"electrical \w+)"
)
_IN_PUDDLE = re.compile(
    rf"\b{_ELECTRIC}\b[^.!?]{{0,40}}\b(lying|sitting|standing|dangling|trailing|left|is|are|'s|'re) in (a |the )?(puddle|water|flood|pool|wet)\b"
)
_WET = re.compile(
    r"\b(dripping|drips|leaking|leak|water (coming|getting|running|pouring|dripping|pooling|pooled|collecting|standing|sitting)|"
    r"puddles?|rain\w*|wet|soaked|flooded|flooding|damp"
    # ... or standing water round the thing (s50urg, blind52: "a live cable hanging down ... with water all round it")
    r"|water (all )?(round|around|under|underneath|everywhere|all over)|in (the )?water)\b"
)
_FAULT = re.compile(
    r"\b(fizz\w*|buzz\w*|crackl\w*|spark\w*|arcing|wires? (out|showing|hanging)|with the wires out|split|hanging open|"
    r"exposed|bare|smok\w*|shock\w*"
    # ... or a cable worn through (s43urg, blind38: "the cable ... is frayed right through and it's lying in a
    # puddle where the kids are queuing")
    r"|fray\w*|(worn|chewed|cut|rubbed) (right )?through"
    # ... or a cable said to be live (s50urg, blind52)
    r"|live (\w+ )?(cables?|wires?|leads?|wiring|lines?)|(still|probably|definitely|is|'s|are|'re) live)\b"
)
_ELECTRIC_RX = re.compile(rf"\b{_ELECTRIC}\b")
# ... or water on its way to one (s42urg, blind36: "water's pouring out of machine 4 and running under the plug
# for the change machine"): water moving under, round or onto a socket, a plug, a lead
_WATER_REACHING = re.compile(
    r"\b(water|puddle|leak\w*|flood\w*|pouring|gushing|overflow\w*)\b[^.!?]{0,60}?\b(under|round|around|over|onto|on to|into|towards|reached|reaching|got to|getting to|"
    rf"right up to|up to) (the |a |an |our |your |all the )?(\w+ )?{_ELECTRIC}\b"
)

# --- urgent: a graze or a puncture told by the part --------------------------------------------------
_PART_GRAZED = re.compile(
    r"\b([a-z]+)( are| is|'s|'re)? (deeply |badly |really |all |nastily |properly )?(grazed|scraped|skinned|ripped open|torn open)\b"
)
_HIT_IN = re.compile(
    r"\b(caught|hit|struck|clipped|got|stabbed|jabbed|pierced) (my|his|her|their|our|the|a) (\w+ )?([a-z]+) (in|on) the ([a-z]+)\b"
)


# a tooth broken on something (urg15, blind21: "cracked a tooth on a chunk of bone"): a dental injury
_TOOTH = re.compile(
    r"\b(cracked|chipped|broke|broken|snapped|split|knocked out|smashed)( off)? (a|my|his|her|their|one of (my|his|her|their)|two of (my|his|her|their)|the) "
    r"(front |back |bottom |top |wisdom )?(tooth|teeth|molar|molars|incisor)\b"
    r"|\b(tooth|teeth|molar)\b[^.!?]{0,15}\b(cracked|chipped|snapped|knocked out|broken)\b(?= (on|after|when|from|in|biting|eating))"
)


# Overheating in a hot soak (held-out urgency blind23: a hot tub stuck at 45 with a confused
# grandmother who cannot get out): a hot tub, sauna, steam room or bath, the heat told (a thermostat,
# a temperature, "too hot", "for ages"), and a sign now (confused, faint, drowsy, slurring, cannot
# get herself out). NHS heatstroke advice: confusion in the heat is an emergency, call 999.
_HOT_SOAK = re.compile(r"\b(hot ?tub|jacuzzi|sauna|steam room|spa pool|spa bath|bath)\b|\bin there\b")
_HEAT_TOLD = re.compile(
    r"\b(thermostat|temperature|too hot|boiling|roasting|scalding|overheat\w*|\d\d ?(degrees|°c?)|stuck at \d\d"
    r"|for ages|for hours|too long)\b"
)
_HEAT_SIGN_NOW = re.compile(
    r"\b(she|he|they|\w+)('s| is|'re| are|'s gone| has gone| have gone|'s going| is going) (all |really |very |a bit )?"
    r"(confused|delirious|dizzy|faint|drowsy|woozy|floppy|unresponsive|slurring|not making sense|red and confused)\b"
    r"(?! (about|by|with|as to|over|why|what|how|which|whether)\b)"
    r"|\b(can'?t|cannot|unable to|not able to) (get|climb|pull) (herself|himself|themselves|her|him|them)? ?out\b"
    r"(?! of (the|my|this|that|our|your) (contract|booking|deal|agreement|subscription|plan|lease|order))"
)


def _venomous(word: str) -> bool:
    """A snake, a spider, a scorpion or a jellyfish in WordNet ("rattlesnake", "python", "adder")."""
    return any(is_a(word, kind, senses=3) for kind in ("snake", "spider", "scorpion", "jellyfish"))


def _venomous_biter(t: str) -> str | None:
    """The venomous animal (:func:`_venomous`) that ``t`` says bit or stung someone, or None."""
    words = [w for m in _BITTEN.finditer(t) for w in (m.group(4), m.group(5)) if w]
    for word in words + [m.group(1) for m in _BITER.finditer(t)]:
        if _venomous(word.strip()):
            return word.strip()
    return None


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first emergency class of the module docstring that ``t``
    (normalised, lower-case) describes, else None."""
    if _CHEST_DEEP.search(t) and _WATER_TROUBLE.search(t):
        return "emergency", "a person up to the chest in cold water"
    if _TAKING_WATER.search(t) and _OFFSHORE.search(t):
        return "emergency", "taking on water with people aboard"
    for m in _UNDER_LOOSE.finditer(t):
        if (
            (m.group(1) in ("someone", "somebody") or is_person(m.group(1)))
            and (_FELL.search(t) or _BURIED_SIGN.search(t) or m.group(10) in _HARD_LOOSE)
            and not _PLAY.search(t)
        ):
            return "emergency", "a person buried under loose material"
    if (
        _ONLY_A_PART.search(t)
        and _SUNK.search(t)
        and re.search(rf"\b{_LOOSE}\b|\b(bin|silo|hopper|bog|quicksand)\b", t)
    ):
        return "emergency", "a person sunk into loose material"
    for m in _PERSON_BURIED.finditer(t):
        if _buried_is_person(t, m) and _FELL.search(t) and not _PLAY.search(t):
            return "emergency", "a person buried under loose material"
    if _COUNT_BURIED.search(t) and _FELL.search(t) and not _PLAY.search(t):
        return "emergency", "people counted as buried after a fall of loose material"
    for m in _ON_PERSON.finditer(t):
        who = m.group(6) or m.group(5)
        if (
            (who in ("him", "her", "them", "someone", "somebody") or is_person(who))
            and _BURIED_SIGN.search(t)
            and not _PLAY.search(t)
        ):
            return "emergency", "a person buried under loose material"
    if _ROUND_NECK.search(t) and _NECK_TROUBLE.search(t):
        return "emergency", "something round a person's neck"
    if _systemic_told(t) and (word := _venomous_biter(t)):
        return "emergency", f"a {word} bite with signs through the body"
    if _WIDE_BURN.search(t):
        return "emergency", "burns over a large area"
    if _SPINE.search(t) and _FALL_OR_BLOW.search(t):
        return "emergency", "a broken back or neck after a fall"
    if _IMPALED.search(t) or (_HEAVY_BLEED.search(t) and not _NOSE.search(t)):
        return "emergency", "a thing driven into the trunk, or heavy bleeding"
    if _BURNING_IN.search(t) and _PEOPLE_IN.search(t) and not _BURNS_BY_DESIGN.search(t):
        return "emergency", "a thing burning indoors with people in the building"
    if _HOT_SOAK.search(t) and _HEAT_TOLD.search(t) and _HEAT_SIGN_NOW.search(t):
        return "emergency", "overheating in a hot soak with confusion or unable to get out"
    if _RIDE_OFF.search(t) and _SOON.search(t) and "?" not in t:
        return "emergency", "a vehicle ridden off a height as a plan"
    return None


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for the first urgent class of the module docstring that ``t``
    describes, else None."""
    for sentence in re.split(r"(?<=[.!?])\s+", t):
        if (
            _IN_PUDDLE.search(sentence)
            or _WATER_REACHING.search(sentence)
            or (_ELECTRIC_RX.search(sentence) and _WET.search(sentence) and _FAULT.search(sentence))
        ):
            return "urgent", "electrics and water"
    if _TOOTH.search(t) and "?" not in t:
        return "urgent", "a tooth broken"
    # a venomous bite or sting told with its signs through the body denied (s48urg): a harm to be seen today
    if _SYSTEMIC.search(t) and not _systemic_told(t) and (word := _venomous_biter(t)):
        return "urgent", f"a {word} bite, signs through the body denied"
    for m in _PART_GRAZED.finditer(t):
        if is_body_part(m.group(1)):
            return "urgent", f"{m.group(1)} grazed"
    for m in _HIT_IN.finditer(t):
        if is_person(m.group(4)) and is_body_part(m.group(6)):
            return "urgent", f"a thing hit a person in the {m.group(6)}"
    return None
