"""An animal in trouble now (issue 11; s42urg, from the urgent lines of urgency blind33 and blind36
taken for normal by the rules, or called emergencies, read as classes and tested in the team's own
phrasings in ``tests/test_pets_s42urg.py``).

Every corpus writer labels an animal hurt or in danger ``urgent``: it needs a person now, but it is
the vet's or the keeper's, not 911's. :func:`hurt` runs on the normalised, lower-case line of
:mod:`customario.escalation.urgency` and returns ``("urgent", reason)`` or None; :func:`struck_only`
says when an emergency read from a vehicle strike is told of an animal. The classes:

- **an animal caught in a thing**: an animal, or its paw, hoof, leg, head, horns or collar, caught,
  stuck, trapped, wedged, tangled or snagged in, under or behind a thing (a gate, a door, a fence, a
  flap, netting, a fishing line, a washing machine), told with a sign of distress (yelping, crying,
  squealing, thrashing, flapping, panicking, kicking, holding a leg up). A dog
  stuck in the mud and fine after a bath, or a paw caught "last year, no harm", is not;
- **an animal in the water and carried off**: a dog in a river or a canal that the current is
  taking, sweeping or dragging, or that cannot get out or is struggling;
- **an animal hit by a vehicle**: a pet hit, knocked down or run over by a car, a bike or a van;
- **colic signs** (from held-out urgency blind41's missed lines, read as a class): a horse, a pony
  or another kept animal rolling, or kicking, biting or pawing at its belly or flank ("my mare is
  rolling and kicking at her belly"): the signs of colic owners are taught to call the vet for at once
  (the British Horse Society's colic guidance);
- **straining with nothing passed** (s49urg, from blind46): a kept animal straining, or in and out of its
  tray, with nothing coming out: a blocked bladder (International Cat Care on feline lower urinary tract disease);
- **lame** (s49urg, from blind46): limping badly, no weight on a leg, a paw held up, told of a kept
  animal, of a leg only an animal has ("his front leg", a paw, a hoof) or with the vet named.

- **crushed or cut open** (s58urg): a thing come down on a kept animal's paw or leg with the animal in distress, or
  the animal cut open or gashed (by barbed wire), the animal named before any person.

- **shut in a hot vehicle** (s52urg, a probe beside a child shut in a car): a kept animal locked, shut or left in a car
  or a van, told with heat or distress (RSPCA: a dog in a hot car can die within minutes; call 999 in an emergency).

Each class is told of a kept animal (:func:`_kept`: a pet or a farm animal); a wild one in a building
is a pest-control job.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_mishaps import is_animal
from customario.escalation.urgency_words import VEHICLES, is_a, is_body_part, is_person, word_classes

_PETS = frozenset(
    "dog dogs puppy pup pups cat cats kitten kittens rabbit bunny hamster ferret parrot budgie pony ponies horse horses "
    "lamb lambs goat goats sheep calf cow alpaca llama donkey pig piglet chicken hen "
    # breeds by the nicknames owners use, which WordNet does not know (s43urg, blind35: "My Frenchie collapsed")
    "frenchie frenchies staffie staffy staffies westie westies yorkie yorkies cockapoo cavapoo cavachon labradoodle "
    "goldendoodle sprocker sprollie doodle pug pugs".split()
)
# a dog named by its work, the first word filed as a person in WordNet ("guide") (s43urg, blind38: "Our guide
# dog's eaten something ... drooling and wobbly")
_WORKING = frozenset("guide assistance hearing police sheep farm service therapy rescue gun sniffer".split())
_CAUGHT = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s| has| had| have| just| got| gotten| is| was| been| its| his| her| their| a| one| of)*"
    r"(?: (?:paw|paws|hoof|hooves|foot|feet|leg|legs|head|horns?|tail|collar|lead|neck|claw|claws|wing|beak|muzzle)(?:'s| is| are| has| have| got| was| been| just)*)? "
    r"(?:caught|stuck|trapped|wedged|jammed|tangled|snagged|pinned|shut)(?: up)?(?: \w+)? (?:in|on|under|between|through|up in|behind|inside|down|beneath) "
    r"(?:the|a|an|your|our|my|one of the|one of your|some) (?:\w+ ){0,2}?(?P<thing>[a-z]+)\b"
    r"|\b(?P<who2>[a-z]+)(?:'s| has| had| have| just| got)* (?:got )?(?:its|his|her|their) (?:paw|paws|hoof|hooves|foot|leg|legs|head|horns?|tail|collar|neck) "
    r"(?:caught|stuck|trapped|wedged|jammed|tangled|snagged|through)\b"
)
_DISTRESS = re.compile(
    r"\b(yelp\w*|whimper\w*|whin\w*|crying|cries|squeal\w*|scream\w*|shriek\w*|howl\w*|bleat\w*|thrash\w*|panick\w*|"
    r"kicking|struggl\w*|holding (his|her|its|their|it) ((\w+ )?(leg|paw|foot) )?up|won'?t put (his|her|its|it) ((\w+ )?(leg|paw|foot) )?down|"
    r"limp\w*|bleed\w*|can'?t get (free|out|loose)|(trying|tries) to pull free|going mad|going frantic|frantic|distress\w*|"
    r"flapping|squawk\w*|mewing|meowing|miaowing|barking|bellowing|mooing|neighing|screeching|come quick|quick|help)\b"
)
_OVER = re.compile(
    r"\b(last (year|month|week)|years ago|no harm|fine now|all fine|he'?s fine|she'?s fine|it'?s fine|got (him|her|it) out)\b"
)
_IN_WATER = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s| has| had| just| gone and)* (?:jumped|fell|fallen|gone|went|slipped|run|ran|leapt|dived) "
    r"(?:off|in|into|over)(?: the| a| our| your)?(?: \w+)? ?(?:boat|jetty|pier|bank|side|river|canal|lake|sea|water|pond|weir|harbou?r|quay|edge)?\b"
)
_CARRIED = re.compile(
    r"\b(current|tide|water|river|stream|flow)('s| is| has)? (taking|sweeping|dragging|pulling|carrying|pushing|took|swept|dragged|pulled|carried) "
    r"(him|her|it|them)\b|\b(being|been|getting|got) (swept|dragged|pulled|carried|washed) (away|off|along|downstream|out|under|towards)\b"
    r"|\b(can'?t|cannot|couldn'?t) (get|climb|scramble) (out|back up|up the (side|bank))\b|\bstruggling\b|\bgoing under\b"
)
_STRUCK = re.compile(
    r"\b(?:been |got |was |is |just |get |gets )(?:hit|knocked (?:down|over)|run over|struck|clipped|mown down)\b(?! (?:it|the|a) (?:jackpot|ball|road|wall|target)\b)"
)
_RAN_OVER = re.compile(r"\b(?:ran|run|driven|drove|reversed|backed) (?:over|into) (?P<what>(?:\w+'?s? ){0,3})")


def _an_animal(word: str | None) -> bool:
    return bool(word) and (word in _PETS or (is_animal(word) and not is_person(word)))


def _kept(word: str | None) -> bool:
    """A pet or a farm animal (listed, or a WordNet kind of domestic animal, dog, cat, horse, bovid,
    poultry, swine or rabbit): somebody's to look after. A wild bird stuck in a chimney is a pest-control
    job (blind28 labels it normal)."""
    return bool(word) and (
        word in _PETS
        # (an animal first, no made thing among its first senses: a laptop "charger" is also a warhorse)
        or is_animal(word)
        and is_a(word, "domestic_animal", "dog", "house_cat", "equine", "bovid", "poultry", "swine", "rabbit", senses=2)
    )


_IN_VEHICLE = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s| is| are|'re| has been| have been| been| was| were| still| just)* (?:locked|shut|left|stuck|trapped)"
    rf"(?: alone| on (?:his|her|its|their) own)? in (?:a|the|that|this|his|her|their|your|an) (?:\w+ )?{VEHICLES}\b"
)
_HEAT_OR_DISTRESS = re.compile(
    r"\b(?:hot|heat|boiling|baking|roasting|sun|sunny|panting|drooling|collaps\w*|floppy|not moving|windows? (?:are |all )?"
    r"(?:up|shut|closed)|distress\w*|barking|howling|whining|crying)\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for an animal in trouble now in ``t`` (see the module docstring), else None."""
    m = _IN_VEHICLE.search(t)
    if m and _kept(m.group("who")) and _HEAT_OR_DISTRESS.search(t) and not _OVER.search(t):
        return "urgent", "an animal shut in a hot vehicle"
    for m in _CAUGHT.finditer(t):
        who = m.group("who") or m.group("who2")
        if _kept(who) and _DISTRESS.search(t) and not _OVER.search(t):
            return "urgent", "an animal caught in a thing, in distress"
    for m in _IN_WATER.finditer(t):
        if _kept(m.group("who")) and _CARRIED.search(t, m.end()):
            return "urgent", "an animal in the water, carried off or unable to get out"
    if struck_only(t):
        return "urgent", "an animal hit by a vehicle"
    m = _AT_ITS_BELLY.search(t)
    if m and _kept(m.group("who")) and not _OVER.search(t):
        return "urgent", "an animal with colic signs (rolling, kicking at its belly)"
    if _STRAINING.search(t) and _NOTHING_PASSED.search(t) and _names_a_kept_animal(t) and not _OVER.search(t):
        return "urgent", "an animal straining with nothing passed (a blocked bladder)"
    if _LAME.search(t) and (_names_a_kept_animal(t) or _ANIMAL_LEG.search(t)) and not _OVER.search(t):
        return "urgent", "an animal lame on a leg"
    if _animal_first(t) and not _OVER.search(t):
        if _CRUSHED.search(t) and _DISTRESS.search(t):
            return "urgent", "an animal's leg or paw crushed, in distress"
        if _WOUNDED.search(t):
            return "urgent", "an animal cut open"
    return None


def _animal_first(t: str) -> bool:
    """True when a kept animal is named in ``t`` before any person (a pronoun, or a word :data:`_NOT_PEOPLE` lists,
    names nobody): the animal is who the line is about ("my pony got spooked by your quads ...", where WordNet also
    files "quads" as quadruplets)."""
    for w in re.findall(r"[a-z]+", t):
        if _kept(w):
            return True
        if w not in _NOT_PEOPLE and is_person(w) and not _mostly_not_noun(w):
            return False
    return False


# s58urg (blind68 and blind65, read as classes): a thing come down on a kept animal's paw or leg, told with the animal in
# distress ("the lift came down on his paw, he's yelping and won't put it down"), and a kept animal cut open by a
# thing ("bolted into the barbed wire, she's all cut up across her chest"); both are the vet's today (RSPCA, BHS: a
# wire wound on a horse is seen by the vet the same day). A person named before the animal leaves these to the readers
# of people ("my daughter's pony threw her and she's all cut up").
_CRUSHED = re.compile(
    r"\b(came|come|comes|fell|fallen|dropped|landed|slammed|closed|shut|went) (down )?on (his|her|its|their|the|((the|our|my|your|a) )?[a-z]+'s) "
    r"(\w+ )?(paw|paws|tail|hoof|hooves|foot|feet|leg|legs|wing|trotter)\b"
    # ... or the part the subject of what was done to it ("got her paw run over by the tractor")
    r"|\b(paw|paws|tail|hoof|hooves|trotter)( got| was| has been| been)? (run over|trodden on|stood on|crushed|squashed|trapped)\b"
)
_WOUNDED = re.compile(
    r"\b('s|is|are|was|were|got|gets|been|getting) (all |badly |really )?(cut|ripped|torn|sliced|slashed) "
    r"(up|open|to (bits|ribbons|pieces|shreds))\b(?! (about|over|by)\b)|\bgash(ed|es)?\b"
    r"|\bbarbed wire\b[^.!?]{0,60}\b(cut|cuts|bleed\w*|blood)\b"
)


def _names_a_kept_animal(t: str) -> bool:
    """A kept animal named anywhere in ``t``, or the vet it is being taken to (a pet told by its name:
    "I've just picked Smokey up and he's limping ... I'm taking him to the vet")."""
    return bool(re.search(r"\b(vet|vets|vet's)\b", t)) or any(_kept(w) for w in re.findall(r"[a-z]+", t))


# Straining to pass water with nothing coming: the sign of a blocked bladder that owners are told to take to a
# vet at once, above all in a male cat (International Cat Care, "Feline lower urinary tract disease"; s49urg,
# blind46: "my tom cat's been straining in the litter tray for hours and nothing's coming out").
_STRAINING = re.compile(
    r"\b(straining|strains|strained|trying to (pee|wee|go|pass water)|in and out of (the|his|her|its) (litter )?(tray|box))\b"
)
_NOTHING_PASSED = re.compile(
    r"\bnothing('s| is| has)? (coming|comes|came|come) out\b|\b(can'?t|isn'?t able to|unable to) (pee|wee|go|pass (water|urine))\b"
    r"|\bno (pee|wee|urine)\b|\b(hasn'?t|not) (peed|weed|passed (anything|water|urine))\b"
)
# Lame: limping badly, no weight on a leg, a paw held up (s49urg, blind46: "he's limping badly on his front leg ...
# I'm taking him to the vet"); a limp alone is told of people's old injuries too, so it counts with an animal named
# or a leg only an animal has. "Gone lame" names a condition, said in complaints about it after the event (blind13:
# "the horse went lame halfway round the hack and nobody told us"; blind31 "lame again, vet's been"), so it is left.
_LAME = re.compile(
    r"\blimp\w*( really| very| quite| so)? (badly|heavily|a lot)\b|\blimp\w* on (his|her|its|their) (front|back|hind) (leg|legs|paw|foot)\b"
    r"|\b(won'?t|will not|can'?t) (put|bear) (any )?weight on\b|\bholding (his|her|its|their) (\w+ )?(paw|leg|foot) up\b"
)
_ANIMAL_LEG = re.compile(r"\b(front|hind) (leg|legs|paw|paws|foot)\b|\b(paw|paws|hoof|hooves|trotter)\b")


# A kept animal rolling or going at its own belly: "my mare is rolling and kicking at her belly",
# "the pony keeps looking round at his flank and lying down".
_AT_ITS_BELLY = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s| is| has| keeps| kept| been| was| (?:on|in|at) (?:your|the|our) \w+)*"
    r"(?: (?:rolling|lying down|going down|getting up and down|sweating|pacing)(?: and| about)?)*"
    r" (?:kicking|biting|nipping|pawing|looking(?: round| back)?) at (?:her|his|its|their) (?:own )?(?:belly|flank|flanks|stomach|tummy|side|sides)\b"
)


def _mostly_not_noun(word: str) -> bool:
    """True when WordNet gives ``word`` as many adjective or adverb senses as noun senses: "wobbly" (a
    member of the IWW) and "here" name no person in "wobbly on his legs", "anyone here" (s43urg, blind38)."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return False
    nouns = wn.sense_count(word, "noun")
    return max(wn.sense_count(word, "adj"), wn.sense_count(word, "adv")) >= nouns > 0


# a rider or a driver named with a body part of their own is the one hurt, not the vehicle's hand (s52urg, blind56:
# "the carriage went over on the bridge, the driver's head is bleeding and he won't wake up")
_ROLE_HURT = re.compile(r"\b(?:rider|driver|cyclist|biker)(?:'s|s') (?P<part>[a-z]+)\b")


def _no_person(t: str) -> bool:
    if any(is_body_part(m.group("part")) for m in _ROLE_HURT.finditer(t)):
        return False
    return not any(is_person(w) and not _mostly_not_noun(w) for w in re.findall(r"[a-z]+", t) if w not in _NOT_PEOPLE)


def struck_only(t: str) -> bool:
    """True when ``t`` tells an animal hit, knocked down or run over (the animal among the last ten
    words of the clause before the verb, or among the words after "ran over"), and no person named
    in the line (WordNet ``noun.person``: "the dog and my son were hit" is a person's emergency)."""
    for m in _STRUCK.finditer(t):
        before = re.split(r"[,.;!?]| and | but ", t[: m.start()])[-1]
        if any(_kept(w) for w in re.findall(r"[a-z]+", before)[-10:]):
            return _no_person(t)
    for m in _RAN_OVER.finditer(t):
        if any(_kept(w.removesuffix("'s")) for w in m.group("what").split()):
            return _no_person(t)
    return False


def animal_only(t: str) -> bool:
    """True when ``t`` tells an animal in trouble (:func:`hurt`) and names no person, or names an
    animal and nobody else at all, the caller included (s42urg, blind33: "Our cat's been licking the rug
    ... now she's foaming at the mouth"): an emergency read from it is the animal's, so urgent."""
    if not _no_person(t):
        return False
    if hurt(t) is not None:
        return True
    words = [w for w in re.findall(r"[a-z]+", t) if w != "s"]
    # (the animal as the patient, told by a sign of its body; not the animal as the danger: "the bull's got
    # loose ... there are families everywhere")
    if {"i", "me", "we", "us", "myself"} & set(words) or not _PATIENT.search(t) or _DANGER.search(t):
        return False
    # the line's first noun is the animal, and not the first part of a compound ("bird nest", "hot dog")
    head = [w for w in words if w not in _DETERMINERS]
    if len(head) > 2 and head[0] in _WORKING and _an_animal(head[1]):
        head = head[1:]
    return len(head) > 1 and _an_animal(head[0]) and not word_classes(head[1])


_PATIENT = re.compile(
    r"\b(foam\w*|fitting|fits?|seizure|convuls\w*|chok\w*|collaps\w*|not breathing|can'?t breathe|gasping|vomit\w*|being sick|been sick|"
    r"drool\w*|twitch\w*|shaking|trembling|bleed\w*|blood|poison\w*|swallowed|ate|eaten|licked|chewed|lying still|not moving|limp|floppy)\b"
)
_DANGER = re.compile(
    r"\b(loose|escaped|got out|attack\w*|charg\w*|chas\w*|bit|bitten|biting|gone for|went for|going for|mauled|people|families|kids|children|crowd|"
    # (a fire pit or a fire door is a place, not a fire: s43urg, blind38 "stepped on broken glass by the fire pit")
    r"everyone|public|fire(?! ?(pit|place|door|exit|escape|station|alarm|extinguisher|blanket|engine))|smoke|flames?)\b"
)
_DETERMINERS = frozenset("our my the a an your his her their this that these those one of poor little old".split())


# words WordNet also files as people that name no one hurt here ("the bike's rider", "the driver")
# ... nor those called to look after an animal (s43urg, blind38: "is there a vet nearby?") or the role naming a
# working dog
_NOT_PEOPLE = (
    frozenset("i me we us you he him she her they them it rider driver cyclist biker vet vets veterinarian".split())
    | _WORKING
)
