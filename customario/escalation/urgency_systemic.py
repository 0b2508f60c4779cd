"""A local harm that has turned into a danger to life, and people exposed or cornered (issue 11;
s40urg15, from the emergency lines of urgency blind32 that the rules left at normal or urgent, read
as classes and tested in the team's own phrasings in ``tests/test_systemic_s40urg15.py``).

:func:`grave` takes the normalised, lower-case line of :mod:`customario.escalation.urgency` (past and
hypothetical clauses already set aside) and returns ``("emergency", reason)`` or None; it can only
raise a line. The classes, each one that first-aid and emergency-service guidance treats as a 999
call:

- **a sting, a jab or a bite with signs spreading**: an animal (any WordNet animal: a cone snail, a
  weever fish, a wasp) that stung, jabbed or bit, and numbness or tingling that has spread to the
  face, the lips, the mouth, the tongue, the chest or the whole body (a venom acting through the
  body; a numb finger alone is urgent, read elsewhere);
- **an infection with signs of sepsis** (NHS and UK Sepsis Trust: slurred speech or confusion,
  extreme shivering, a racing heart, fast breathing, mottled skin): a wound, a piercing or a tattoo
  infected or with redness spreading, told with two of those signs; or (s48urg, blind43: "my arm's been sore
  since the sleeve session ... now I'm burning up, shaking, a bit muddled and my heart's racing") a wound, a
  tattoo, a piercing or an operation sore, red or swollen since, told with a fever and confusion and a third
  sign (the UK Sepsis Trust's "think sepsis" when an infection may be there and the person is confused);
- **an electric shock followed by heart signs** (:func:`after_shock`, on the whole line: the shock is
  told as over): a shock, a cable or a wire grabbed or touched, and a heart skipping, racing,
  fluttering or beating irregularly, or chest pain (an electric current can upset the heart's rhythm
  hours later: St John Ambulance, NHS);
- **a person lost in the cold or the dark**: a child, a person or a relative lost, missing or not
  seen for a time, outdoors where it is dark, freezing, below zero, snowing or stormy (mountain and
  lowland rescue are called through 999);
- **a person buried in snow**: under the snow or a drift, or caught by an avalanche or a slide and
  not out ("we're digging with our hands");
- **an abuser at the door now**: a partner or a person the caller says hits, beats or hurts them
  who is banging, hammering or kicking at a door, or trying to get in, now.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import PRONOUNS, is_person, sense_classes, word_classes

# --- a sting, a jab or a bite with signs spreading -------------------------------------------------
_STUNG = re.compile(
    r"\b(?:stung|jabbed|spiked|pricked|bitten|bit|nipped|stabbed) (?:me |him |her |them |us |my \w+ )?(?:by|from|off) "
    r"(?:a|an|the|that|this|your|one of your|one of the)? ?(?:\w+ )?(?P<animal>[a-z]+)\b"
    r"|\b(?:the|a|an|that|this|your) (?:\w+ )?(?P<biter>[a-z]+) (?:has |had |just )?(?:stung|jabbed|spiked|bit|bitten|nipped)\b"
)
_SPREADING = re.compile(
    r"\b(?:spread|spreading|spreads|moved|moving|gone|going|travelled|travelling|crept|creeping) (?:up |right up |all )?(?:to|into|up|over|across) "
    r"(?:my|his|her|their|the) (?:\w+ )?(?:lips|lip|face|mouth|tongue|chest|throat|neck|whole (?:arm|body|side|leg))\b"
    r"|\bnow (?:my|his|her|their) (?:lips|face|mouth|tongue|chest|throat) (?:is|are|'s|'re|has|have|feels?|gone|going) (?:\w+ )?(?:numb|tingl\w*|heavy|tight)\b"
    r"|\bnumb (?:all over|everywhere)\b"
)

# --- an infection with signs of sepsis -------------------------------------------------------------
_INFECTED = re.compile(
    r"\b(?:infect\w*|pus|weeping|oozing|septic)\b"
    r"|\b(?:red|redness|rash|swelling|line|streaks?)(?:'s| is| has)? (?:\w+ )?(?:spread\w*|creeping|tracking|streak\w*|moving|going|gone) "
    r"(?:right |all the way |all )?(?:up|down|to|over|across|past)\b"
    r"|\bred (?:streaks?|lines?) (?:going|running|up|along)\b"
)
_SEPSIS_SIGNS = (
    r"\b(?:shivering|shaking uncontrollably|can'?t stop shaking|rigors)\b",
    r"\b(?:confused|muddled|not making sense|slurring|slurred|can'?t think straight|disoriented|woozy)\b",
    r"\b(?:heart(?:'s| is)? (?:racing|pounding|going like|thumping|hammering|going ten to the dozen)|racing heart|pulse (?:is )?racing)\b",
    r"\b(?:fever|temperature|burning up|hot and cold|boiling hot then freezing)\b",
    r"\b(?:breathing (?:fast|quick\w*|hard)|can'?t catch (?:my|his|her|their) breath|breathless)\b",
    r"\b(?:mottled|blotchy (?:skin|legs|arms)|blue-?ish|pale and clammy|clammy)\b",
    r"\b(?:dizzy|faint\w*|can'?t stand|can'?t stay awake|drowsy)\b",
)

# a wound or a procedure still sore, red or swollen "since" (the infection unnamed)
_SORE_SINCE = re.compile(
    r"\b(?:sore|red|hot|swollen|throbbing|painful|tender|angry)\b[^.!?]{0,40}\bsince\b[^.!?]{0,40}"
    r"\b(?:session|tattoo|piercing|pierced|op|operation|surgery|stitches|procedure|cut|graze|bite|bitten|injection|jab|filler|treatment)\b"
    r"|\b(?:tattoo|piercing|wound|cut|graze|bite|stitches|scar)\b[^.!?]{0,30}\b(?:sore|red|hot|swollen|throbbing|angry)\b"
)
_FEVER = re.compile(_SEPSIS_SIGNS[3])
_CONFUSED = re.compile(_SEPSIS_SIGNS[1])
_SHAKING = re.compile(r"\b(?:shaking|shaky|shivery|the shivers|teeth chattering)\b")

# --- an electric shock followed by heart signs -----------------------------------------------------
_SHOCKED = re.compile(
    r"\b(?:electric shock|got a shock|had a shock|shocked|zapped|electrocuted|jolt)\b"
    r"|\b(?:grabbed|touched|held|caught|gripped) (?:the |a |an |that |this |your |my )?(?:\w+ ){0,2}(?:cable|wire|wires|socket|plug|flex|lead|cord|live \w+)\b"
)
_HEART = re.compile(
    r"\bheart(?:'s| is| has been| keeps| kept)? (?:\w+ )?(?:skipping|racing|fluttering|flutter\w*|irregular|pounding|jumping|missing beats|"
    r"doing (?:this |a |that |the )?(?:\w+ )?(?:skipping|fluttering|jumping|funny|weird|strange) thing|all over the place|beating funny|going funny)\b"
    r"|\b(?:palpitations|chest pains?|pain in (?:my|his|her|their) chest|chest(?:'s| is)? (?:tight|hurting|aching))\b"
)

# --- a person lost in the cold or the dark ---------------------------------------------------------
_LOST = re.compile(
    r"\b(?:lost|can'?t find|cannot find|haven'?t seen|has not been seen|hasn'?t been seen|missing|gone missing|not come back|hasn'?t come back|"
    r"wandered off|not back)\b"
)
_WHO_LOST = re.compile(
    r"\b(?:our|my|a|the|his|her|their) (?:(?:little |young |eldest |youngest |\w+-year-old |\d+-year-old )?(?P<who>[a-z]+(?:-[a-z]+)*))\b"
)
_EXPOSED = re.compile(
    r"\b(?:getting dark|it'?s dark|pitch dark|dark now|nightfall|after dark|minus \w+|below (?:zero|freezing)|freezing|snowing|blizzard|"
    r"white-?out|storm|gale|hypotherm\w*|sub-?zero|frost|icy|on the (?:mountain|moor|moors|fell|fells|hill|hills|cliffs?|glacier))\b"
)
_TIME_GONE = re.compile(r"\b(?:hours?|an hour|since|all (?:day|night|afternoon)|overnight|two hours|three hours)\b")

# --- a person buried in snow ------------------------------------------------------------------------
_IN_SNOW = re.compile(
    r"\b(?:under|buried (?:in|under|by)|beneath|covered by|swallowed by) (?:the |a |all the |that )?(?:snow|drift|snowdrift|avalanche|snowslide|slide)\b"
    r"(?! (?:machine|cannon|globe|plough|plow|chains|tyres|boots|man|suit|board|blower|scene|shoes|show|sports?))"
    r"|\b(?:caught|swept|taken|hit) (?:up )?(?:by|in) (?:an? |the )?(?:avalanche|slide|snowslide|slough)\b"
)
_NOT_OUT = re.compile(
    r"\b(?:still|digging|dig|can'?t see|can'?t find|can'?t reach|not out|hasn'?t come out|no sign|not moving|not answering)\b"
)

# --- an abuser at the door now ----------------------------------------------------------------------
_ABUSER = re.compile(
    r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|son)|her ex|his ex)"
    r"(?:'s| is| has| keeps| always)? (?:hits?|hitting|beats?|beating|beat|hurts?|hurting|hurt|attacked|attacks|strangled|chokes|choked|kicks|punches) (?:me|us|her|him|the kids|my \w+)\b"
)
_AT_THE_DOOR = re.compile(
    r"\b(?:banging|hammering|kicking|pounding|battering|thumping|bashing|pulling|rattling|shouldering)(?: on| at| in| down)? "
    r"(?:the|my|our|this) (?:\w+ )?(?:door|window|gate)\b"
    r"|\btrying to (?:get|break|force his way|force her way|force their way|kick the door) in\b|\bforcing the door\b"
)
# a shock at a price, a bill, news or a ride is surprise
_SURPRISE = re.compile(
    r"\b(?:price|prices|bill|cost|invoice|quote|news|result|results|surprise|saw|seeing|heard|found out|rollercoaster|ride|film|scare|fright)\b"
)
_NOW = re.compile(
    r"\b(?:now|right now|as we speak|at the moment|come home|came home|just got (?:home|back)|he'?s here|she'?s here|outside)\b"
)


def _animal(word: str | None) -> bool:
    """True for a WordNet animal that is neither a person nor a pronoun ("snail", "weever", "wasp")."""
    return bool(word) and word not in PRONOUNS and "noun.animal" in word_classes(word) and not is_person(word)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a class of the module docstring in ``t`` (normalised, lower
    case), else None."""
    if _SPREADING.search(t) and any(_animal(m.group("animal") or m.group("biter")) for m in _STUNG.finditer(t)):
        return "emergency", "a sting or a bite with signs spreading"
    if _INFECTED.search(t) and sum(1 for p in _SEPSIS_SIGNS if re.search(p, t)) >= 2:
        return "emergency", "an infection with signs of sepsis"
    if (
        _SORE_SINCE.search(t)
        and _FEVER.search(t)
        and _CONFUSED.search(t)
        and sum(1 for p in _SEPSIS_SIGNS if re.search(p, t)) + bool(_SHAKING.search(t)) >= 3
    ):
        return "emergency", "a wound sore since, with fever, confusion and a third sign of sepsis"
    if _LOST.search(t) and _EXPOSED.search(t) and _TIME_GONE.search(t):
        # a child told by age, or a WordNet person that is not first a place or a thing ("the moor")
        if re.search(
            r"\b\w+-year-old\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) years? old\b", t
        ) or any(
            is_person(m.group("who"))
            and not sense_classes(m.group("who"), "noun", 2) & {"noun.object", "noun.location", "noun.artifact"}
            for m in _WHO_LOST.finditer(t)
        ):
            return "emergency", "a person lost in the cold or the dark"
    if _IN_SNOW.search(t) and _NOT_OUT.search(
        t[_IN_SNOW.search(t).start() - 60 :] if _IN_SNOW.search(t).start() > 60 else t
    ):
        words = re.findall(r"[a-z]+", t)
        if any(w in PRONOUNS or is_person(w) for w in words):
            return "emergency", "a person buried in snow"
    if _ABUSER.search(t) and _AT_THE_DOOR.search(t) and _NOW.search(t):
        return "emergency", "an abuser at the door now"
    return None


def after_shock(whole: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` when ``whole`` (the normalised line with its past clauses: the shock
    is told as over, "an hour ago", "since then") tells an electric shock followed by heart signs now;
    not a question."""
    if _SURPRISE.search(whole) or whole.rstrip().endswith("?"):
        return None
    if _SHOCKED.search(whole) and _HEART.search(whole):
        return "emergency", "an electric shock followed by heart signs"
    return None
