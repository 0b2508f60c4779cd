"""A made thing burning now is a fire (issue 11).

Callers tell a fire by the thing that is burning rather than by the word "fire": "the curtain behind
it is burning", "the sofa's alight", "the counter top is burning now", "the mattress is burning"
or by fire set to it ("has set light to the compost bags") (labelled emergencies in blind2, blind3, blind5, blind8, blind12, blind13, blind20 and blind28; the
README of every corpus: "flames ... mean emergency"). The readers of
:mod:`customario.escalation.urgency` knew these with "caught fire" beside them; a thing said to be
burning after sparks, with nothing caught, was read as a burn (urgent: blind28 "That old amp in your
studio started sparking and now the curtain behind it is burning").

:func:`grave` finds a noun phrase whose head is a made thing in WordNet (``noun.artifact`` as its
first sense: a curtain, a sofa, a shed, a fence) said to be burning, alight, ablaze or smouldering,
and not followed by an object or a sense ("burning hot", "burning oil", "burning a hole", "burning my
hand"). Things that burn by design are not fires: a candle, a lamp, a stove, an oven, a heater, a
kiln, a cigarette, logs (listed, or WordNet ``heater`` and ``source of illumination`` kinds). A body
part burning, or a thing worn on or put in the body ("the new contact lenses are burning"), is a
feeling, read elsewhere. Returns ("emergency", why) or None. Tests in the team's
own phrasings are in ``tests/test_things_burning_urg15.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_a, is_person, sense_classes, word_classes

_BURNING_NOW = re.compile(
    r"\b(?:the|my|our|your|his|her|their|a|an|that|this) ((?:[a-z-]+ ){0,3}?)([a-z-]+)"
    # a place between the thing and its verb: "the curtain behind it is burning"
    r"(?: (?:behind|next to|beside|by|under|above|near|below|over|on top of|round|around) (?:it|them|that|this|the [a-z-]+|a [a-z-]+))?"
    r"(?P<verb>'s|'re| is| are)(?: now| still| already| actually| properly| really| all)? (?:burning|alight|ablaze|smouldering|smoldering)\b"
    r"(?! (?:hot|up|smell\w*|sensation|feeling|oil|fuel|rubber|gas|wood|logs?|coal|a hole|through|nicely|well|brightly|bright|"
    r"away nicely|my|his|her|your|their|our|the|me|him|them|off|out|calories|energy|money|cash)\b)"
)
# Things that burn or glow by design (a fire in them is no fire)
_BY_DESIGN = frozenset(
    "candle candles wick match matches cigarette cigarettes cigar cigars joss incense lamp lamps lantern lanterns torch torches "
    "stove stoves oven ovens hob hobs burner burners grill grills barbecue bbq fire fires fireplace hearth furnace kiln forge "
    "boiler heater heaters brazier firepit pit log logs wood coal coals charcoal embers engine brakes clutch tyres tires "
    "sun sky eyes ears cheeks face skin".split()
)


# Things worn on or put in the body: a burning there is a feeling ("the new contact lenses are burning")
_ON_THE_BODY = frozenset(
    "lens lenses contacts plaster plasters patch patches bandage bandages dressing dressings dentures denture brace braces "
    "mask masks strip strips wax implant implants piercing piercings tattoo tattoos stud studs earring earrings insoles".split()
)


def _by_design(word: str) -> bool:
    return word in _BY_DESIGN or is_a(word, "heater", "source of illumination", "light source", senses=1)


# "set fire to" / "set light to" a thing: the thing is burning (urg15, blind25: "the heater in the glasshouse
# has set light to the compost bags"); a bonfire, a pudding or logs are lit by design
_SET_ALIGHT = re.compile(
    r"\b(?:set|sets|setting|has set|'s set|just set) (?:fire|light) to (?:the |a |an |my |our |his |her |their |your |some |all the )?"
    r"((?:[a-z-]+ ){0,2}?)([a-z-]+)\b"
)
_LIT_BY_DESIGN = frozenset(
    "bonfire bonfires pudding puddings brandy kindling paper newspaper firelighters guy fuse touchpaper".split()
)
# ... and the objects of the figure of success ("set fire to the dance floor"; urgency_asides' "set the world on fire")
_FIGURATIVE = frozenset(
    "world dance floor dancefloor stage charts pitch league track internet box office crowd".split()
)


def grave(t: str) -> tuple[str, str] | None:
    """("emergency", why) when ``t`` (normalised, lower-case) says a made thing is burning now, or that
    fire was set to a thing, else None."""
    for m in _SET_ALIGHT.finditer(t):
        words = m.group(1).split() + [m.group(2)]
        # a physical thing in WordNet ("his exams" set on fire are top marks)
        phrase = re.split(
            r"[,.!?;]|\b(?:at|in|on|behind|by|near|outside|of|from|with|for|to|and|under|over|but)\b", t[m.start(2) :]
        )[0]
        after = re.findall(r"[a-z-]+", phrase)[:3]
        physical = any(
            {"noun.artifact", "noun.substance", "noun.object", "noun.plant"} & word_classes(w) for w in after
        )
        if physical and not any(_by_design(w) or w in _LIT_BY_DESIGN or w in _FIGURATIVE for w in words + after[:1]):
            return "emergency", f"{m.group(0)}: fire set to a thing"
    for m in _BURNING_NOW.finditer(t):
        head = m.group(2)
        words = m.group(1).split() + [head]
        if m.group("verb") in ("'re", " are") and not head.endswith("s"):
            continue  # the verb is not the noun's ("the lenses from the shop are burning")
        if any(_by_design(w) or w in _ON_THE_BODY for w in words):
            continue
        # ... and no body part or person in any of its first senses ("my arms are burning")
        forms = {head, head[:-1]} if head.endswith("s") else {head}
        body = any("noun.body" in sense_classes(f, "noun", 4) for f in forms)
        if "noun.artifact" in word_classes(head) and not body and not is_person(head):
            return "emergency", f"{m.group(0)}: a made thing burning is a fire"
    return None
