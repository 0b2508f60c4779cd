"""Alarming words in an everyday sense (issue 11; from the normal lines of urgency blind11 and blind14
that were escalated, read as classes and tested in the team's own phrasings in
``tests/test_urgency_everyday.py``).

:func:`set_aside` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency`
before the word tables, and removes only the word in its everyday sense:

- **running on fumes**: low on fuel or on energy ("the van's running on fumes", "I'm on fumes");
- **plaster as a building material**: plaster dust, plasterboard, plaster cracking off a wall
  (a plaster on a cut stays);
- **tobacco smoke**: a car or a room that is smoky or smells of smoke, with cigarettes, cigars or
  a vape named and no fire word ("the cab was smoky, it reeks of fags");
- **a job named by its workplace**: "an A&E nurse", "a trauma surgeon", "a burns-unit doctor"
  (the workplace is a job title, not a visit);
- **a harm as the topic of a service**: "injury-prevention workshops", "a fire-safety talk", "a
  first-aid course", "choking awareness" (the harm word modifies the topic);
- **food or drink "burning hot"**: a temperature, not a burn ("the soup's scalding hot, can I have a
  spoon of ice?"), unless it was spilt on someone;
- **an emergency service as a measure or a place**: "an ambulance-width gate", "fire engine
  access";
- **stitches in a garment or a thing** (WordNet: a made thing): "the stitches on my coat came undone";
- **a birth as the reason to change a booking**: "she's gone into labour, so I'll have to cancel";
- **someone in hospital as the reason for an errand** (s40urg15): "my husband's in hospital at the
  moment so I'll be collecting the laptop instead" (no cause told: "in hospital after your ..." stays);
- **a hospital stay that is over**: someone home now, someone discharged, or a lift home from the hospital after an
  operation ("can you collect my dad from the hospital, he's being discharged after his hip op").

From blind13 and blind16's escalated normal lines (4 December 2026):

- **"under the gun"**: pressed for time ("we're under the gun with this order");
- **bleeding what is not blood**: a quantity, a possession or a phenomenon (WordNet) as the object
  ("the shop is bleeding money", "the loft is bleeding heat");
- **a fitting as a job**: "fitting" after a determiner, with no person before it ("your shoddy
  fitting", "the kitchen fitting"; "the baby fitting" stays);
- **a court as a destination**: a thing carried, sent or delivered to a court ("can you deliver a
  box to the crown court?"; "take this to court" and "bring you to the court" stay threats).

From the ordinary caller lines of the answers and knowledge-base corpora that the rules escalated
(survey answers, 4 December 2026):

- **a procedure that hurt, told as a rating**: a thing or "it" as the subject of a past "hurt" or
  "stung" with nobody hurt after it ("the needle hurt", "it stung a bit"), and a hurt expected
  ("it's going to hurt"); "it hurt my back" stays;
- **numb from a numbing**: an injection, a filling or an anaesthetic named, or "didn't feel a thing";
- **hair going grey**: a colour said with a hair word and no face, lips or skin;
- **a weapon word naming a thing or a term**: "a gun safe", "a knife block"; "an emergency stop"
  (a driving manoeuvre); a festival named after a person or a fire ("Burns Night", "Bonfire Night").
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import HAD_AMOUNT
from customario.escalation.urgency_words import PRONOUNS, is_a, is_body_part, is_made_thing, is_person, word_classes

_FUMES = re.compile(r"\b(running|run|going|driving|living|surviving|been|i'?m|we'?re|it'?s) on (fumes|empty)\b")
_PLASTER_WORK = re.compile(
    r"\bplaster(?= ?(dust|board|boards|work|wall|walls|ceiling|ceilings|coving|skim|finish|mix|bag|bags|of paris|cracks?|cracking)\b)"
    r"|\bplaster\b(?=('s| is| are)? (cracking|crumbling|falling|coming|came|flaking|peeling|off)\b)"
    r"|\b(the|some|bits of|chunks of|lumps of) plaster (on|in|off|from) (the|a|our|my) (wall|walls|ceiling|ceilings|floor|stairs)\b"
)
_TOBACCO = re.compile(r"\b(cigarettes?|cigs?|ciggies?|fags?|tobacco|cigars?|vap(e|es|ing)|smokers?|pipe smoke)\b")
_NOT_TOBACCO = re.compile(
    r"\b(fire|flames?|alight|ablaze|burning|caught|blaze|sparks?|bin|wiring|engine|bonnet|dashboard|electrics?|billowing|pouring|thick)\b"
)
_SMOKE_SMELL = re.compile(
    r"\b(smoky|smokey|smoke-?filled|smell(s|ing|t)? (of|like) smoke|stinks? (of|like) smoke|reeks? (of|like) smoke"
    # (urg16, blind20: "the cab absolutely reeked of fag smoke")
    r"|(smell|stink|stank|reek|pong|hum)\w* (of|like) (fag|cig|ciggie|cigarette|cigar|tobacco|weed|pipe|vape|stale)\w* smoke)\b"
)
_WORKPLACE_JOB = re.compile(
    r"\b(a|an|the) (a&e|er|icu|emergency (room|department)|trauma|burns?(-| )?unit|intensive care|critical care|hospital|ambulance|fire)( \w+)? "
    r"(nurse|doctor|consultant|surgeon|porter|registrar|paramedic|receptionist|technician|driver|crew|officer|fighter|worker|cleaner|manager)s?\b"
)
_HARM_TOPIC = re.compile(
    r"\b(injury|injuries|fire|burns?|choking|allergy|allergies|stroke|overdose|drowning|suicide|falls?|first)[- ]"
    r"(prevention|awareness|safety|risk assessment|risk assessments|training|course|courses|workshops?|talks?|drills?|aid|marshal|warden|certificate|kit)\b"
)
_DISCHARGED = re.compile(
    r"\b(discharged|being discharged|getting discharged|let out of|coming home from|ready to come home)\b"
    r"|\b(pick|collect|fetch|bring|drive|take)( \w+){0,3} (up |home )?from (the )?hospital\b(?=[^.!?]*[.!?]?[^.!?]*\b(op|operation|surgery|appointment|scan|procedure|check-?up|discharged)\b)"
)
_HOT_FOOD = re.compile(r"\b([a-z]+)('s| is| are| was| were)? (burning|boiling|scalding|piping|roasting) hot\b")
_ON_SOMEONE = re.compile(
    r"\b(spill\w*|spilt|poured|splash\w*|knocked|tipped|dropped|blister\w*|scald(ed|s)|burnt (my|his|her)|burned (my|his|her)|on (my|his|her|their) )"
)
_HOME_NOW = re.compile(
    r"\b(he'?s|she'?s|they'?re|i'?m|he is|she is|they are|i am) (back )?(home|out) now\b|\bout of hospital\b|\bhome from hospital\b"
)
_SERVICE_COMPOUND = re.compile(
    r"\b(ambulance|fire ?engine|fire brigade|emergency vehicle)(-\w+| (access|width|bay|lane|route|parking|station|entrance|gate)s?)\b"
)
_STITCHES = re.compile(r"\bstitch(es|ing)? (in|on|of|along) (my|the|his|her|your|a|our|their) (\w+ )?([a-z]+)\b")
_BIRTH_REASON = re.compile(
    r"\b(gone|going|went) into labou?r\b(?: \w+){0,3},? so (i|we)('ll| will| have to| need to| must|'ve got to)( have to| need to)? "
    r"(cancel|miss|move|rebook|reschedule|postpone|push)\b"
)
_HOSPITAL = re.compile(r"\b(hospital|a&e|ward)\b")
# someone else in hospital as the reason for an errand, no cause told (s40urg15, blind29: "my husband's in
# hospital at the moment so I'll be collecting the laptop instead"): "X is in hospital, so I/we/can you ..."
_IN_CARE_SO = re.compile(
    r"\b(?!(i|we)\b)[a-z]+('s| is| are|'re|s)( still)? in (the )?hospital( at the moment| right now| now| this week| for (a|the) "
    r"(few days|bit|while|week|weekend|night))?,? (so|which means) (i|we|can|could|would|my|our|i'?ll|we'?ll|i'?m|we'?re|i'?ve|we'?ve)\b"
)


def _food(word: str) -> bool:
    """True for food or drink in WordNet's first sense ("coffee", "soup", "tea")."""
    return is_a(word, "food", "beverage", "foodstuff", "dish", senses=1)


def _stitched_thing(m: re.Match) -> str:
    """Stitches set aside when the word after the determiner is a made thing ("my coat", "the seat
    cover"), never when either word is a body part ("my knee", "his left hand")."""
    words = [w for w in ((m.group(4) or "").strip(), m.group(5)) if w]
    if any(is_body_part(w) for w in words) or not is_made_thing(words[0]):
        return m.group(0)
    return " "


_UNDER_THE_GUN = re.compile(r"\bunder the gun\b")
_BLEEDING_WHAT = re.compile(r"\bbleeding ([a-z]+)\b")
# (urg16, blind15: "my screen's bleeding ink": a substance, not blood)
_NOT_BLOOD = frozenset({"noun.phenomenon", "noun.possession", "noun.attribute", "noun.substance"})
_FITTING_JOB = re.compile(r"\b(your|the|their|our|a|this|that|his|her|my)( [a-z]+)? fittings?\b")
_TO_COURT = re.compile(
    r"\b(courier|deliver|send|post|drop|take|bring|run|ship|drive|carry|get)( [a-z']+){0,3}? (to|at|into) the ([a-z']+ )?court(house)?\b"
)
_COURT_MATTERS = re.compile(
    r"\b(you|your|yous|y'?all|them|this|that|it|case|claim|matter|dispute|complaint|company|business|firm|shop|store|him|her|lot)\b"
)


def _bled(m: re.Match) -> str:
    word = m.group(1)
    if word_classes(word) & _NOT_BLOOD and not word_classes(word, "adv") and not is_body_part(word):
        return f"losing {word}"
    return m.group(0)


# A fitting named by the thing fitted, with no determiner (urg16, from an ordinary survey answer:
# "Contact lens fitting."): a made thing (WordNet) before "fitting" is a job, not a seizure.
_THING_FITTING = re.compile(r"\b([a-z]+) fittings?\b")


def _thing_fitting(m: re.Match) -> str:
    word = m.group(1)
    if word in ("is", "was", "'s", "are", "keeps", "started", "still", "been", "and", "now") or is_person(word):
        return m.group(0)
    return " " if is_made_thing(word) else m.group(0)


# "fitting" before a noun of a service or a thing ("a sharpening and fitting service", "fitting room",
# "fitting appointment"): a modifier naming a job, never the verb of a seizure (s40urg15, blind29)
_FITTING_BEFORE = re.compile(r"\bfittings? ([a-z]+)\b")
_SERVICE_NOUNS = frozenset({"noun.act", "noun.artifact", "noun.possession", "noun.communication", "noun.location"})


def _fitting_before(m: re.Match) -> str:
    return " " if word_classes(m.group(1)) & _SERVICE_NOUNS and m.group(1) not in PRONOUNS else m.group(0)


def _fitting(m: re.Match) -> str:
    middle = (m.group(2) or "").strip()
    return m.group(0) if middle and is_person(middle) else " "


def _delivered(m: re.Match) -> str:
    carried = m.group(0)[len(m.group(1)) : m.start(3) - m.start(0)]
    return m.group(0) if _COURT_MATTERS.search(carried) or not carried.strip() else " "


_PROCEDURE_HURT = re.compile(
    r"\b(it|that|this|the ([a-z]+ )?[a-z]+)( really| so| quite| a bit| a little| hardly| barely)? (hurt|stung)\b"
    r"(?! (my|his|her|their|me|him|them|us|you|your|our)\b)(?! (and|but) (now|still))"
    r"|\b(it'?s|it is|that'?s|that is) (gonna|going to|bound to) (hurt|sting)\b"
)
_NUMBING = re.compile(
    r"\b(injections?|fillings?|extractions?|an(a)?esthetic|novocaine|lidocaine|dentist|numbing|didn'?t feel a thing|felt nothing)\b"
)
_GREYING = re.compile(r"\b(going|gone|turning|turned|went) (grey|gray|white|silver)\b")
_HAIR = re.compile(r"\b(hair|beards?|roots|temples|stubble|moustache|mustache|fringe|eyebrows|sideburns)\b")
_SKIN = re.compile(r"\b(lips?|face|skin|fingers|toes|breathing|breath|collapsed|not (moving|responding|waking))\b")
_THING_NAMED = re.compile(
    r"\b(gun|knife|rifle|shotgun|sword)s? (safe|cabinet|cupboard|block|rack|licen[cs]e|club|range|shop|show|drawer|case)s?\b"
    r"|\bemergency stops?\b|\b(burns|bonfire|fireworks?|guy fawkes) night\b"
    # a dog or a device named for the condition it watches over (s50urg, blind52: "can I bring my seizure alert dog?"):
    # the name of a thing, no seizure happening
    r"|\b(seizure|epilepsy|diabetes|diabetic|allergy|allergen|cardiac|medical) (alert|response|assistance|detection|service|support|"
    r"alarm|monitor|mat|bracelet|band|pendant) (dogs?|alarms?|monitors?|mats?|devices?|watch(es)?)?\b|\bseizure dogs?\b"
)


# blind18's normal lines raised, read as classes:
# a harm word opening a WordNet compound that names a made thing ("blister packs", "a fire door")
_HARM_COMPOUND = re.compile(r"\b(blister|bruise|rash|sting|scald|burn|poison|cut|fire)s? ([a-z]+?)s?\b")
# "looks smoking hot": a look praised, not a thing too hot to touch
_LOOKS_HOT = re.compile(r"\b(looks?|looking|looked) (\w+ )?(smoking|scorching|red) hot\b")
# "a 911 situation": the word for an emergency said of an errand; left as the bare word, which
# counts only as a plea (see urgency._BARE)
_SITUATION = re.compile(
    r"\b(a |an )?(real |total |proper |complete |absolute |bit of a )?(911|999|code red|red alert) (situation|moment|job)\b"
)
# a standing allergy said to ask about food ("my son is anaphylactic to sesame, are the crackers
# sesame-free?"): the condition, not a reaction now
_CONDITION_OF = re.compile(
    r"\b(is|am|are|'s|'m|'re|has|have|'ve) (severely |very |highly |badly |quite )?(anaphylactic|allergic) to\b"
)
_REACTING = re.compile(
    r"\b(swell\w*|swollen|rash|hives|itch\w*|breath\w*|wheez\w*|throat|tongue|lips?|reaction|ate|eaten|had some|blotch\w*|vomit\w*|sick|epi-?pen)\b"
)
# "nicked" for stole: an object that is no body part ("the dog nicked a bit of cheddar")
# (s49urg: "half our sandwiches" and "all the biscuits" are objects too, blind46 "the ducks ... nicked half our sandwiches")
_NICKED = re.compile(
    # (s54urg, blind58: "has someone nicked that name?")
    r"\bnick(ed|s)? (?=(a bit of |a piece of |of |some |one of |a few |the last |a |an |the |my |your |our |his |her |their |that |this |those |these "
    r"|half (of )?|all (of )?|most of ))(?P<object>[a-z' ]{0,40})"
)
# ... its object ends where a place or a time begins ("nicked my jacket off the back of the seat": the seat's
# "back" is no body part of the object), but "the top of my dog's ear" is one phrase (s49urg, blind41)
_OBJECT_END = re.compile(r"\b(off|from|out|outside|in|on|at|while|when|and|but|with|last|yesterday|this|today)\b")
# ... and a thing that "got nicked" was stolen ("my bike got nicked outside the pub"; "his ear got nicked" stays)
_GOT_NICKED = re.compile(
    r"\b(?P<what>[a-z]+)(?:'s)?(?: has| have| had| just)*(?: got| been| was| were| get| gets)+ nicked\b"
)
# a pest poison named as goods ("the best rat poison that's safe round dogs"), not swallowed
_PEST_POISON = re.compile(r"\b([a-z]+) (poison|killer|bait)s?\b")
# (or an amount someone has had, s40urg15: "my toddler's had a handful of the slug bait")
_SWALLOWED = re.compile(r"\b(ate|eaten|eating|swallow\w*|drank|drunk|licked|ingest\w*|chewed|got into)\b|" + HAD_AMOUNT)


def _harm_compound(m: re.Match) -> str:
    return " " if "noun.artifact" in word_classes(f"{m.group(1)}_{m.group(2)}") else m.group(0)


def _nicked(m: re.Match) -> str:
    """ "took" for "nicked" when no word of its object is a body part ("nicked the top of my dog's ear" stays)."""
    words = re.findall(r"[a-z]+", _OBJECT_END.split(m.group("object"))[0])
    return m.group(0) if any(is_body_part(w) for w in words) else " took " + m.group("object")


def _got_nicked(m: re.Match) -> str:
    """ "stolen" for "nicked" said of a thing that is no body part and no person ("the bike got nicked")."""
    what = m.group("what")
    return (
        m.group(0)
        if is_body_part(what) or is_person(what) or what in ("i", "he", "she", "we", "they", "you")
        else m.group(0)[: -len("nicked")] + "stolen"
    )


def _pest_poison(m: re.Match) -> str:
    return " " if word_classes(m.group(1)) & {"noun.animal", "noun.plant"} else m.group(0)


# Beehives (urg16, from blind17's apiary lines): "hives" counted or owned as things ("the hives", "my
# hives", "two hives", "are there hives near ...") or beside beekeeping words is the hive, unless the
# line speaks of skin ("come up in hives", "his hives are itchy"): then it stays the allergy sign.
_BEEKEEPING = re.compile(
    r"\b(varroa|colon(y|ies)|honey|apiar\w*|bee-?keep\w*|brood|queen|supers|swarm\w*|beehives?|frames|wooden)\b"
)
_HIVES_COUNTED = re.compile(
    r"\b(the|my|our|your|his|her|their|those|these|two|three|four|five|six|ten|\d+|new|empty|how many|there|of|any|some|more|bee|honey|keep|keeps|kept|keeping) hives\b"
    # ... or named by what they are made of, or as goods in stock (s52urg, blind56: "are the poly hives back in stock")
    r"|\b(poly|polystyrene|plastic|cedar|pine|flat-?pack|national|langstroth|warre|top-? ?bar|nuc|spare) hives\b"
    r"|\bhives\b[^.!?]{0,15}\b(in stock|back in|for sale|on offer|on sale|delivered|delivery|discount|price\w*)\b"
)
_SKIN_HIVES = re.compile(
    r"\b(in|into|with|got|get|gets|has|have|had|getting) hives\b|\bhives\b[^.!?]{0,30}\b(itch\w*|rash|skin|red|raised|spread\w*|all over|"
    r"flare\w*|swell\w*|face|arms?|legs?|neck|chest|back(?! in\b)|body)\b|\b(itch\w*|skin|rash|antihistamine|allergic reaction|broke out|come up)\b"
)
# A food that "set my mouth on fire": heat of spice, not flames (blind17: "that chilli cheese toastie
# set my mouth on fire, absolutely loved it").
_MOUTH_ON_FIRE = re.compile(
    r"\b([a-z]+)(?: [a-z]+){0,2}(?:'s| has| have| just| totally| literally| absolutely)* (?:set|sets|setting|left|leaves) "
    r"(?:my|his|her|your|our|their|the) (?:mouth|tongue|gob|lips|throat) (?:on fire|alight|ablaze)\b"
)


def _mouth_on_fire(m: re.Match) -> str:
    """A mouth "on fire" from spice set aside when a word before it is food (WordNet) or spicy."""
    words = re.findall(r"[a-z]+", m.group(0).split(" set")[0].split(" left")[0])
    spicy = re.search(
        r"\b(chill?i\w*|spic\w*|hot sauce|pepper\w*|jalape\w*|wasabi|vindaloo|curry|salsa|sriracha)\b", m.string
    )
    return " very spicy " if spicy or any(_food(w) for w in words) else m.group(0)


# A burn as a Scots stream, a place by which one walks or camps (urg16, blind17: "is there a spot further
# up away from the burn?"); "cold water on the burn" is a wound.
_BURN_STREAM = re.compile(
    r"\b(by|near|along|across|over|beside|away from|up the|down the|next to|alongside|crossing|cross|into|fishing|fish) the burn\b"
    r"(?![^.!?]*\b(blister\w*|skin|cream|cold water|dressing|ointment|plaster|hurts?|sting\w*|weep\w*)\b)"
)
# "burning to" a deed: eager, not hurt (urg16, blind15: "I'm absolutely burning to get these nails done")
_EAGER = re.compile(
    r"\bburning to (get|go|see|try|know|book|start|do|have|hear|tell|ask|find out|meet|show|buy|join|come|visit|learn|play|sign up)\b"
)
# cutting a person's food: "could you cut her scone small" (urg16, blind17); the object WordNet food
_CUT_FOOD = re.compile(r"\bcut (up )?(her|his|their|my|the kids'?|the children'?s) ([a-z]+)( [a-z]+)?\b")


def _cut_food(m: re.Match) -> str:
    return " cut food " if _food(m.group(3)) or (m.group(4) and _food(m.group(4).strip())) else m.group(0)


# A standing sting allergy named in a question (urg16, from blind17 and blind20: "my husband's allergic
# to bee stings, what's the best full suit ...?", "my daughter has a bee sting allergy, are there hives
# near the pick your own"): the allergen is the condition's name, not a sting now.
_STING_ALLERGY = re.compile(
    r"\b(bee|wasp|hornet|insect) ?(sting|stings|bite|bites)? allerg\w*\b"
    r"|\ballergic to (bees?|wasps?|hornets?|insects?)? ?(stings?|bites?)?\b(?<!to )"
)
_ASKED_CLAUSE = re.compile(
    r"\?|(^|[,.;!]\s*)(are|is|do|does|can|could|will|would|where|what|which|how|when|should) (there|you|they|we|i|it)\b"
)
_STUNG_NOW = re.compile(
    r"\b(stung|bitten|swell\w*|swollen|rash|reaction|reacting|breath\w*|wheez\w*|throat|tongue|lips?|blotch\w*|itch\w*|epi-?pen|hives)\b"
)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the everyday senses of the module docstring."""
    t = _BURN_STREAM.sub(" by the stream ", t)
    t = _EAGER.sub(" keen to ", t)
    t = _CUT_FOOD.sub(_cut_food, t)
    if "hives" in t and (_BEEKEEPING.search(t) or _HIVES_COUNTED.search(t)) and not _SKIN_HIVES.search(t):
        t = re.sub(r"\bhives\b", "beehives", t)
    # (after the hives are read: a beehive is no sign of a reaction)
    if _STING_ALLERGY.search(t) and _ASKED_CLAUSE.search(t) and not _STUNG_NOW.search(_STING_ALLERGY.sub(" ", t)):
        t = _STING_ALLERGY.sub(" an allergy ", t)
    t = _MOUTH_ON_FIRE.sub(_mouth_on_fire, t)
    t = _HARM_COMPOUND.sub(_harm_compound, t)
    t = _LOOKS_HOT.sub(" looks great ", t)
    t = _SITUATION.sub(" emergency ", t)
    if "?" in t and not _REACTING.search(t):
        t = _CONDITION_OF.sub(" can't have ", t)
    t = _GOT_NICKED.sub(_got_nicked, _NICKED.sub(_nicked, t))
    if not _SWALLOWED.search(t):
        t = _PEST_POISON.sub(_pest_poison, t)
    t = _PROCEDURE_HURT.sub(" ", t)
    if _NUMBING.search(t):
        t = re.sub(r"\bnumb\b", " ", t)
    if _HAIR.search(t) and not _SKIN.search(t):
        t = _GREYING.sub(" ", t)
    t = _THING_NAMED.sub(" ", t)
    t = _UNDER_THE_GUN.sub(" ", t)
    t = _BLEEDING_WHAT.sub(_bled, t)
    t = _FITTING_JOB.sub(_fitting, t)
    t = _FITTING_BEFORE.sub(_fitting_before, t)
    t = _THING_FITTING.sub(_thing_fitting, t)
    t = _TO_COURT.sub(_delivered, t)
    t = _FUMES.sub(" ", t)
    if not _ON_SOMEONE.search(t):
        t = _HOT_FOOD.sub(lambda m: m.group(0) if not _food(m.group(1)) else f"{m.group(1)} very hot", t)
    t = _PLASTER_WORK.sub(" ", t)
    if _TOBACCO.search(t) and not _NOT_TOBACCO.search(t):
        t = _SMOKE_SMELL.sub(" ", t)
    t = _WORKPLACE_JOB.sub(" ", t)
    t = _HARM_TOPIC.sub(" ", t)
    t = _SERVICE_COMPOUND.sub(" ", t)
    t = _STITCHES.sub(_stitched_thing, t)
    t = _BIRTH_REASON.sub(" ", t)
    if _DISCHARGED.search(t) or _HOME_NOW.search(t) or _IN_CARE_SO.search(t):
        t = _HOSPITAL.sub(" ", t)
    return t
