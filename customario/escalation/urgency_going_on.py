"""Dangers and injuries told as going on, by what the caller sees rather than by the textbook word
(issue 11; s44urg, from the lines of urgency blind37 and blind40 that the rules alone took for normal,
read as classes and tested in the team's own phrasings in ``tests/test_urgency_going_on_s44urg.py``).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency`. Emergencies (:func:`grave`, danger to life now):

- **a fire climbing or a flame caught in furnishings**: fire or flames going, climbing or spreading
  up, along or across a wall, a ceiling, curtains or the stairs, or a flame source (candles, a
  heater, a lamp, a cigarette, sparks) that "has caught" a curtain, a sofa or bedding (fire and rescue
  services: a fire spreading to furnishings means get out and call 999);
- **an armed person among people now**: "there's a man in the shop with a machete" (a WordNet
  ``weapon`` or a blade closing its phrase, not "a knife sharpening stall"; police advice "run, hide,
  tell");
- **a fight with a weapon and someone down or hurt**: "there's a fight in the car park, one's got a
  bottle and the other's on the floor bleeding" (police and ambulance advice for a glassing);
- **an overdose told as the whole store swallowed**: "swallowed everything in the cupboard", "downed
  all of it from the medicine cabinet" (self-harm by amount, NHS: any deliberate overdose is 999);
- **a burden said with the means at hand**: "I'll stop being everyone's problem" said by a caller
  with fuel and a flame, or with pills, a blade, a rope or a gun (988
  Lifeline warning signs: talking about being a burden, having the means);
- **someone overdue on the water and out of sight**: out on a craft for hours, not seen, with dark,
  wind or rough water coming (HM Coastguard: call 999 when someone is overdue on the water).

Urgent injuries (:func:`hurt`):

- **a joint said to be out by "it"**: "my thumb got trapped, I think it's dislocated" (a body part in
  the same sentence, WordNet ``noun.body``; "the phone fell, I think it's broken" names none);
- **a wound named by an adjective on a body part**: "I've got a cut eyebrow", "a split lip";
- **a limb that will not lift, be put down or be touched**: "she won't lift it above her shoulder and
  screams if I touch the elbow", "won't put his back leg down, yelps if you touch it" (NHS broken bones and pulled elbow advice: a child who will not use the arm);
- **a part gone fat**: "eyelid's all fat and red after the tint" (swelling in plain words);
- **the police set on the business for a crime**: "I'm ringing the police and reporting your cashier
  for theft" (a criminal complaint against the business, like "reporting your driver to the police").

Returns ``(level, reason)`` or None.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_perils import BOAT
from customario.escalation.urgency_words import is_a, is_body_part, word_classes

_FIRE_CLIMBING = re.compile(
    r"\b(?:fire|flames?|the blaze)(?:'s| is| are|'re)? (?:now |already |really |just )?"
    r"(?:going|climbing|creeping|racing|running|spreading|moving|licking|shooting|leaping) (?:up|along|across|over|through|into) "
    r"(?:the |our |my |your )?(?:walls?|ceiling|curtains?|blinds?|stairs|staircase|roof|rafters|loft|beams?|door|doors)\b"
)
_SOURCE_CAUGHT = re.compile(
    r"\b(?:candles?|heater|lamp|cigarettes?|fag|sparks?|flames?|hob|stove|fire|embers?|lighter|matches)\b[^.!?]{0,60}?"
    r"\b(?:has|have|'s|'ve|just)( now| already)? caught (?:the|a|my|our|your|some|their) (?:\w+ )?"
    r"(?:curtains?|blinds?|drapes|sofa|couch|settee|rug|carpet|bedding|duvet|mattress|bed|tablecloth|wallpaper|tent|canvas|"
    r"thatch|cushions?|bunting|decorations?|christmas tree|tree)\b"
)
_ARMED_PERSON = re.compile(
    r"\b(?:there'?s|there is|there are|we'?ve got|we have got|i can see) (?:a |an |some |two |three |this )?"
    r"(?:[a-z]+ )?(?:guy|man|bloke|lad|lads|fella|fellow|woman|person|someone|somebody|men|people|gang|youths?|kids?|intruder|robber)s?"
    # a place phrase before the weapon, by any preposition (s45urg, blind42: "two lads at your back door with a crowbar")
    r"(?: (?:in|at|by|outside|behind|round|near) (?:the|our|your|my) (?:[a-z]+ )?[a-z]+)?(?: with| holding| waving| carrying) (?:a |an |the |some )?(?P<arm>[a-z]+)\b"
    # the weapon closing its phrase, not naming a compound ("a knife sharpening stall", "a gun licence")
    r"(?=\s*(?:$|[,.!?;:]|and\b|in\b|at\b|by\b|near\b|outside\b|inside\b|out\b|who\b|threatening\b|shouting\b|going\b|running\b|chasing\b))"
)
_BLADES = frozenset("machete knife knives blade axe hatchet sword gun pistol shotgun rifle crossbow cleaver".split())
# a fight going on with a weapon and someone down or hurt (police and ambulance: "a glassing"); "there was a
# fight last week" is told over by urgency_over
_FIGHT_NOW = re.compile(
    r"\b(?:there'?s|there is) an? (?:\w+ )?(?:fight|brawl|scrap|punch-up|scuffle)\b|\b(?:are|'re|is|'s) (?:fighting|brawling|scrapping)\b"
    r"|\bkicking off\b"
    # people named fighting ("there's two lads fighting in the yard")
    r"|\b(?:lads|men|blokes|guys|fellas|boys|girls|women|people|youths|drunks) (?:\w+ )?fighting\b"
)
_FIGHT_WEAPON = re.compile(
    r"\b(?:got|has|holding|with|waving|swinging|wielding|picked up|grabbed|smashed) (?:a |an |the |some |his |her |their )?(?:broken )?"
    r"(?:bottle|glass|knife|knives|blade|machete|bat|baseball bat|hammer|crowbar|iron bar|metal bar|axe|hatchet|cleaver|gun|screwdriver|brick)s?\b"
)
_DOWN_OR_HURT = re.compile(
    r"\b(?:(?:split|cut|sliced|slashed) (?:\w+ )?open|bleeding (?:badly|heavily|everywhere|all over|a lot|from (?:his|her|their|the) (?:head|neck|face|chest|stomach))|covered in blood|unconscious|knocked out|out cold|not moving|stabbed|glassed)\b"
)
_STORE_SWALLOWED = re.compile(
    r"\b(?:i'?ve|i have|i|he'?s|she'?s|he has|she has|they'?ve) (?:just |already )?(?:swallowed|downed|necked) "
    r"(?:everything|all of it|the lot|the whole lot|whatever)(?: that)?(?: was| i had| i could find)? "
    r"(?:in|from|out of) (?:the|my|our|his|her) (?:\w+ )?(?:cupboard|cabinet|drawer|box|bathroom|kit|bag|packets?|bottles?)\b"
)
_BURDEN_ENDED = re.compile(
    r"\b(?:stop|no longer|won'?t (?:be|have to be)|not be|never be) (?:being )?(?:everyone'?s|everybody'?s|anyone'?s|anybody'?s) "
    r"(?:problem|burden|worry|headache)\b"
)
_FUEL = re.compile(r"\b(?:petrol|diesel|fuel|paraffin|lighter fluid|white spirit|accelerant)\b")
_FLAME = re.compile(r"\b(?:lighter|matches|a match|zippo)\b")
_MEANS = re.compile(
    r"\b(?:razor blades?|razors?|blades|rope|noose|pills|tablets|paracetamol|painkillers|sleeping pills|gun|shotgun)\b"
)
_OUT_ON_WATER = re.compile(rf"\b(?:been )?out on (?:his|her|their|a|the|my|our) (?:\w+ )?{BOAT}\b")
_OVERDUE = re.compile(r"\b(?:for (?:\w+ )?hours|hours? ago|overdue|not back|hasn'?t come back|should have been back)\b")
_UNSEEN = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t) see (?:him|her|them|it) (?:anywhere|at all)|\bno sign of (?:him|her|them)\b|\blost sight of\b"
)
_CONDITIONS = re.compile(r"\b(?:dark|wind|windy|gale|rough|storm\w*|fog|foggy|tide|waves?)\b")


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a danger to life told as going on (see the module docstring)."""
    if _FIRE_CLIMBING.search(t) or _SOURCE_CAUGHT.search(t):
        return "emergency", "a fire climbing or caught in furnishings"
    if _FIGHT_NOW.search(t) and _FIGHT_WEAPON.search(t) and _DOWN_OR_HURT.search(t):
        return "emergency", "a fight with a weapon and someone down or hurt"
    # ... or with a blade or a gun in a fighter's hand, nobody hurt yet (held-out urgency blind65: "two blokes are
    # fighting over the hired chipper and one of them's got an axe"): armed violence going on
    if _FIGHT_NOW.search(t) and any(m.group(0).rsplit(" ", 1)[-1] in _BLADES for m in _FIGHT_WEAPON.finditer(t)):
        return "emergency", "a fight with a blade or a gun"
    for m in _ARMED_PERSON.finditer(t):
        arm = m.group("arm")
        if arm in _BLADES or is_a(arm, "weapon", senses=1):
            return "emergency", f"a person with a {arm} among people"
    if _STORE_SWALLOWED.search(t):
        return "emergency", "a whole store of medicine swallowed"
    if _BURDEN_ENDED.search(t) and ((_FUEL.search(t) and _FLAME.search(t)) or _MEANS.search(t)):
        return "emergency", "a burden said with the means at hand"
    if _OUT_ON_WATER.search(t) and _OVERDUE.search(t) and _UNSEEN.search(t) and _CONDITIONS.search(t):
        return "emergency", "someone overdue on the water, out of sight"
    return None


_IT_OUT = re.compile(
    r"\b(?:i think |think |looks like |pretty sure )?it'?s (?:been )?(?:dislocated|fractured|broken|snapped)\b"
)
_CUT_PART = re.compile(
    r"\b(?:got|have|'ve got|has|'s got|with) (?:a |an )?(?:nasty |deep |bad |little |big )?(?:cut|split|gashed|busted|bust) ([a-z]+)\b"
)
_CUT_BY_DESIGN = frozenset("hair hairs fringe curl curls beard nail nails lash lashes end ends".split())
_WONT_USE = re.compile(
    r"\b(?:won'?t|wont|can'?t|cannot|couldn'?t|wouldn'?t|unable to|refuses to) (?:lift|raise|move|bend|straighten|use) (?:it|(?:his|her|their|my) ([a-z]+))\b"
    # ... or will not put it down, a limb held up (s45urg, blind42: "wont put his back leg down, yelps if u touch it")
    r"|\b(?:won'?t|wont|can'?t|cannot|couldn'?t|wouldn'?t|refuses to) put (?:it|(?:his|her|their|its|my) (?:\w+ )?([a-z]+)) (?:down|on the ground)\b"
)
_ANIMAL_PARTS = frozenset("paw paws hoof hooves trotter wing tail".split())
_PAIN_ON_TOUCH = re.compile(
    r"\b(?:screams?|screaming|cries|crying|yelps?|flinch\w*|winces?) (?:if|when|whenever|as soon as) (?:i|we|you|anyone|someone) "
    r"(?:touch|touches|moves?|go near)\b|\b(?:really |so |very )?(?:sore|painful|agony)\b"
)
_GONE_FAT = re.compile(
    r"\b([a-z]+)(?:'s|'re| is| are| has| have)? (?:all |gone |come up |really |swelled )*fat (?:and|&) (?:red|sore|puffy|hot|itchy|tight)\b"
)
_POLICE_FOR_CRIME = re.compile(
    r"\b(?:ring\w*|call\w*|phon\w*|get\w*|fetch\w*) the (?:police|cops|guards|garda)\b[^.!?]{0,40}\breport\w* "
    r"(?:you|you lot|your (?:\w+ ){0,2}?\w+) for (?:theft|stealing|fraud|assault|robbery|harassment)\b"
)


# a body part owned and told as the subject or object of what happened ("my thumb got trapped"); "my back
# door" names a door
_OWNED_PART = re.compile(
    r"\b(?:my|his|her|their|our|your) ([a-z]+)(?='s\b|,| (?:got|is|was|has|had|went|caught|hit|twisted|bent|jammed|trapped|stuck|popped|slipped)\b)"
)


def _part_in_sentence(t: str, at: int) -> bool:
    """True when the sentence of ``t`` that holds offset ``at`` names an owned body part before it."""
    start = max(t.rfind(c, 0, at) for c in ".!?") + 1
    return any(is_body_part(m.group(1)) for m in _OWNED_PART.finditer(t[start:at]))


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for an injury told in plain words (see the module docstring)."""
    m = _IT_OUT.search(t)
    if m and _part_in_sentence(t, m.start()):
        return "urgent", "a joint or a bone said to be out"
    for m in _CUT_PART.finditer(t):
        # (a brow is a style part elsewhere, but a cut one is skin; hair, a fringe or a nail cut is a style)
        if "noun.body" in word_classes(m.group(1)) and m.group(1) not in _CUT_BY_DESIGN:
            return "urgent", f"a {m.group(0).split()[-2]} {m.group(1)}"
    m = _WONT_USE.search(t)
    named = m and (m.group(1) or m.group(2))
    # (an animal's foot is a part too: "won't put her front paw down")
    part = m and (
        (is_body_part(named) or named in _ANIMAL_PARTS)
        if named
        else any(is_body_part(w) for w in re.findall(r"[a-z]+", t))
    )
    if part and _PAIN_ON_TOUCH.search(t):
        return "urgent", "a limb that will not be used, painful"
    m = _GONE_FAT.search(t)
    if m and is_body_part(m.group(1)):
        return "urgent", f"{m.group(1)} swollen"
    if _POLICE_FOR_CRIME.search(t):
        return "urgent", "the police set on the business for a crime"
    return None
