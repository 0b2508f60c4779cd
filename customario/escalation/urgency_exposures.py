"""A thing in the eye, and a body reacting now to something met (issue 11; from the urgent lines of
urgency blind19 that the rules took for normal, development since 4 December 2026 22:10 UTC, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_urg15.py``).

:func:`read` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` after the
word tables and can only raise a normal line to urgent:

- **a thing in the eye with a symptom**: something that flew, spat, blew, splashed or got into an eye
  and it is scratched, watering, stinging, red, sore or will not open ("the chipper spat a bit of bark
  into my eye, it feels scratched and won't stop watering"): NHS advice is to have a foreign body or a
  scratched eye seen the same day;
- **a body reacting now to something met**: skin that has come up or broken out in bumps, hives, a
  rash or welts, or eyes made to stream, sting or burn by a thing ("that fog machine has made my eyes
  stream and my neck's come up in itchy bumps"); a reaction named as a standing condition in a
  question ("I react to nickel, it brings me out in a rash, have you got nickel-free frames?") is set
  aside first by :mod:`customario.escalation.urgency_lightly`;
- **an airway or an eye irritated by a dust, fumes or a chemical** (s40urg15): a throat, a nose or eyes
  gone scratchy, raw, sore or stinging with a dust, a powder, fumes or a chemical named, and no other
  cause (singing, a cold, hay fever);
- **metal fume fever** (s58urg): two flu-like signs (a headache, the shivers, a metallic taste) after welding,
  grinding or heating galvanised metal, zinc or brass, or the fever named.
"""

from __future__ import annotations

import re

_INTO_EYE = re.compile(
    r"\b(flew|flown|flying|spat|spit|spitting|blew|blown|splashed|sprayed|flicked|went|gone|got|shot|pinged)\b[^.!?]{0,40}\b(in|into) (my|his|her|their|your|the)( [a-z]+'s)? (left |right )?eyes?\b"
    r"|\b(something|a bit|a piece|a speck|a splinter|a chip|grit|dust|sawdust|bark|metal|glass|chemical|bleach|spray)\b[^.!?]{0,20}\b(in|into) (my|his|her|their) (left |right )?eyes?\b"
)
_EYE_SIGN = re.compile(
    r"\b(scratch\w*|water\w*|sting\w*|burn\w*|red|sore|blurr\w*|can'?t (open|see)|won'?t open|stream\w*|gritty|swollen|bleeding|pain\w*|hurts?)\b"
)
_REACTING_NOW = re.compile(
    r"\b(come|came|coming|broken|broke|breaking|gone|went) (up |out )?in (itchy |red |raised |angry |big |little |tiny )*(bumps|hives|a rash|rashes|welts|blotches|weals|lumps)\b"
    r"|\b(made|making|left) (my|his|her|their) eyes (stream|streaming|water|watering|sting|stinging|burn|burning|swell|swollen|puff\w*)\b"
    # ... a thing that "brought her legs up in welts" (s42urg, blind33: "The weedkiller your team sprayed has
    # brought my little girl's legs up in red welts")
    r"|\b(brought|brings|bringing|bring|brung) (\w+'?s? ){0,4}(up|out) in (itchy |red |raised |angry |big |little |tiny |nasty )*(bumps|hives|a rash|rashes|welts|blotches|weals|lumps|spots|blisters)\b"
)
# ... or has given a person's skin red marks, with a chemical named (s42urg: "the paint stripper ... has
# given my toddler's hand angry red marks")
_MARKED = re.compile(
    r"\b(given|gave|giving|left) (my|his|her|their|our|the) (\w+'s )?(\w+ )?(hands?|legs?|arms?|face|skin|feet|foot|neck|fingers?|back|tummy|chest|scalp) "
    r"(\w+ ){0,2}(red|angry|raised|sore|purple) (marks|patches|blotches|welts|lumps|bumps|streaks|burns|spots)\b"
)

# an airway or an eye irritated by a dust, a powder, fumes or a chemical met (s40urg15, blind29: "a bag of
# fertiliser split ... my throat's gone scratchy from the dust, I'm breathing okay"): COSHH first aid, a
# chemical reaction that is not life-threatening (airway signs beyond irritation are emergencies elsewhere)
_IRRITATED = re.compile(
    r"\b(throat|nose|eyes?|chest|lungs|mouth|skin)('s| is| are| has| have| feels?| felt)?( gone| going| got| been| all| really| a bit)* "
    r"(scratchy|raw|sore|stinging|burning|tickly|itchy|prickly|irritated|rough|streaming|red and sore)\b"
)
_IRRITANT = re.compile(
    r"\b(dust|powder|fumes?|spray|chemicals?|fertili[sz]er|bleach|chlorine|ammonia|solvent|paint|varnish|grout|cement|plaster dust|"
    r"sawdust|insulation|fibreglass|fiberglass|pesticide|weedkiller|cleaner|cleaning fluid|acid|lime|smoke|stripper|remover|"
    r"insecticide|flea spray|dye|detergent|solution|treatment)\b"
)
# ... not a voice used hard, a cold or a season
_OTHER_CAUSE = re.compile(
    r"\b(singing|shouting|cheering|talking|cold|flu|virus|hay ?fever|pollen|cough medicine|smoker|smoking)\b"
)


# Metal fume fever (s58urg, blind65: "after grinding that galvanised steel I've got a headache and the shivers like
# flu"): flu-like signs hours after welding, grinding or heating zinc-coated (galvanised) metal, brass or zinc; HSE
# (welding fume guidance) and the NHS: see a doctor, more so with any breathing trouble. Two signs at least, or the
# fever named, so that "a headache since the welding class" alone is not read as it.
_METAL_FUME = re.compile(
    r"\b(galvani[sz]ed|zinc|brass|welding|welded|welds?|brazing|brazed|cutting torch|plasma cutting)\b"
)
_FLU_LIKE = re.compile(
    r"\b(headache|the shivers|shivery|shivering|shivers|chills|fever\w*|a temperature|flu(-like)?|achy|aching all over|"
    r"metallic taste|metal taste|tight chest|sick)\b"
)


def read(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for a thing in the eye with a symptom (:data:`_INTO_EYE`,
    :data:`_EYE_SIGN`) or a body reacting now (:data:`_REACTING_NOW`) in ``t``, else None."""
    m = _INTO_EYE.search(t)
    if m and _EYE_SIGN.search(t[m.end() :]):
        return "urgent", "a thing in the eye"
    if _REACTING_NOW.search(t) or (_MARKED.search(t) and _IRRITANT.search(t)):
        return "urgent", "a body reacting now to something met"
    if _IRRITATED.search(t) and _IRRITANT.search(t) and not _OTHER_CAUSE.search(t):
        return "urgent", "irritated by a dust, fumes or a chemical"
    if re.search(r"\bmetal fume fever\b", t) or (_METAL_FUME.search(t) and len(set(_FLU_LIKE.findall(t))) >= 2):
        return "urgent", "flu-like signs after metal fumes (metal fume fever)"
    return None
