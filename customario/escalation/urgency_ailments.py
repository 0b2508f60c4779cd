"""Harms told flatly, by what the caller sees, without an alarming word (issue 11; s41urg, from the
urgent lines of urgency blind34, blind31 and blind26 taken for normal, read as classes and tested in
the team's own phrasings in ``tests/test_ailments_s41urg.py``).

:func:`hurt` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` and
returns ``("urgent", reason)`` or None; none of these is an emergency on its own. The classes:

- **a chemical in an eye**: glue, bleach, a remover, a dye or a cleaner in or on an eye or an eyelid
  with a sign (stinging, red, streaming, screaming, can't open it): NHS advice is to rinse and get it
  seen. Glue on the nails or dye "near the eyes" asked about is not;
- **a wound or a rash gone infected**: bumps, spots, a cut, a piercing, a blister, a scratch, a bite or
  a puncture gone or turned yellow or green, crusty, weeping or full of pus, or hot and red together
  (not nails or leaves gone yellow);
- **vomiting that goes on, after food, a drink or a class**: "three of us have been throwing up since
  last night", "been sick all night after the buffet", doubled up with cramps through the night after
  the pints served (food poisoning, reportable; not a child sick at home with no food or business
  named);
- **a pet that ate something toxic to it**: chocolate, raisins, grapes, xylitol, onions, rat poison,
  slug pellets, antifreeze, lilies, human painkillers (the vet's, not 911's: urgent), the pet named by a
  breed nickname ("my lab") or repeated by a pronoun in learner English ("my dog he eat ..."), s47urg;
  licked or drunk too, and a pest-control bait or spray (held-out urgency blind59, s54);
- **a splinter or a shard in deep**: "right in deep", "embedded", "can't get it out";
- **a nail or a spike gone in**: stepped, knelt or fell on a nail, a screw, a spike or a needle that went
  in, or a rusty one (a puncture wound, seen the same day for tetanus: NHS; held-out urgency blind59);
- **fluid out of an ear or an eye with pain** (s57urg): "fluid leaking out of my ear and it's
  throbbing" (NHS: ear discharge with pain is seen the same day), the part named before the fluid too
  ("her ear's been aching with stuff coming out of it", held-out urgency blind65);
- **eyes burnt by light**: arc eye, welder's flash, snow blindness named, or gritty eyes with light that
  hurts (photokeratitis; held-out urgency blind65);
- **a battery swollen**: a device that has gone fat, puffy or bulging, or split open, told with its
  charging or its battery, or named rechargeable or cordless (s58urg; a swollen lithium cell can catch fire; not a
  cat gone fat).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_a

_EYE_CHEMICAL = re.compile(
    r"\b(glue|superglue|bleach|acid|chemicals?|solution|acetone|remover|dye|tint|peroxide|relaxer|spray|cleaner|polish|paint|cement|lime|"
    r"sanitiser|sanitizer|detergent)\b[^.!?]{0,30}\b(in|on|into) (my|her|his|their|the|both|one|an|your|(the|my|our|your|his|her) \w+'s) (eyes?|eyelids?|eyeballs?)\b"
)
_EYE_SIGN = re.compile(
    r"\b(sting\w*|burn\w*|red|streaming|watering|screaming|crying|can'?t open|won'?t open|swollen|swelling|hurts?|pain\w*|stuck shut|glued shut)\b"
)
_INFECTED = re.compile(
    r"\b(bumps?|spots?|cuts?|wounds?|graze[sd]?|piercings?|blisters?|sores?|scabs?|tattoo|stitches|nick|rash"
    # ... or a scratch, a bite or a puncture (s45urg, blind39: "a deep scratch and it's gone hot and red")
    r"|scratch(es)?|bites?|punctures?|spines?|thorns?|splinters?|claw marks?)\b[^.!?]{0,40}?"
    r"\b((gone|turned|going|turning|got)( all| really| a bit)? (yellow|green|crusty|weepy|pussy|gunky)|crusty|weeping|full of pus|pus|oozing"
    # ... or hot and red together, the signs of cellulitis (NHS: a wound that is hot, red and swollen is infected)
    r"|(gone|turned|going|turning|got|is|are|'s|'re)( all| really)? (hot and red|red and hot|hot,? red and swollen|red,? hot and swollen))\b"
)
_VOMIT_ON = re.compile(
    # ... or told as sickness, cramps or the runs through the night (s48: "doubled up all night", "on the
    # toilet since", "sick all night"; "sick of", "off sick" and "sick leave" are not vomiting)
    r"\b(throwing up|being sick|been sick|vomit\w*|sick as (a )?dogs?|spewing|puking|doubled (up|over)|cramps?|on the toilet"
    r"|the runs|diarrh\w*|(?<!off )sick(?! (of|leave|note|pay|day)\b))\b[^.!?]{0,40}"
    r"\b(since|all night|all day|for hours|non-?stop|ever since|won'?t stop|can'?t stop|through the night|overnight)\b"
)
_FOOD_OR_MANY = re.compile(
    r"\b(two|three|four|five|six|seven|eight|all|both|half|most|several|loads|lots) of us\b|\bwe'?ve all\b|\bthe whole (table|family|class|party|group)\b"
    r"|\b(ate|eaten|eating|meal|food|dinner|lunch|breakfast|buffet|takeaway|class|course|sushi|chicken|prawns|oysters|burger|curry|cake"
    # ... or a drink or a dish served, or what the business sold (s48: "after the pints I had at yours")
    r"|drank|drunk|drinks?|pints?|beer|ale|lager|cider|cocktails?|pie|sandwich|served|you sold|bought from)\b"
)
# ... and the short names owners use for a dog or a cat ("my lab", "our staffie", "the moggy"), which WordNet
# reads as other things (s47urg: "lab" is a laboratory)
_PETS = frozenset(
    "dog dogs puppy pup cat cats kitten rabbit bunny hamster ferret parrot budgie pony horse lab labrador staffie staffy "
    "frenchie westie yorkie pooch doggy doggo moggy moggie kitty puppies kittens".split()
)
_TOXIC = (
    r"(?:chocolate|brownies?|cocoa|raisins?|grapes?|sultanas?|currants?|xylitol|chewing gum|onions?|garlic|rat poison|slug pellets?|"
    r"antifreeze|lil(?:y|ies)|ibuprofen|paracetamol|painkillers?|pills?|tablets?|macadamias?|weed|cannabis|poison|"
    # a pest-control bait or spray (held-out urgency blind59: "my dog licked some of the gel bait")
    r"(?:gel |ant |roach |cockroach |rat |mouse |rodent |wasp |slug )?baits?|pesticides?|insecticides?|rodenticides?|weedkillers?)"
)
_PET_ATE = re.compile(
    rf"\b(?P<pet>[a-z]+)( he| she| it)?('s| has| had| just| also| then| must have| must've| might have)* "
    # ... "eat" and "eated" in learner English after a pronoun that repeats the pet (s47urg: "my dog he eat the ...")
    rf"(ate|eaten|eats|eat|eated|wolfed|scoffed|swallowed|gobbled|chewed|got into|had|licked|lapped|lapped up|drank|drunk)"
    rf"( \w+){{0,5}} {_TOXIC}\b"
)
_SPLINTER = re.compile(
    r"\b(splinter|shard|sliver|thorn|bit of glass|piece of glass|glass)\b[^.!?]{0,90}"
    r"\b(deep|in deep|right in|embedded|can'?t get (it|them) out|won'?t come out|under the (nail|skin))\b"
)
# A foot or a knee onto a nail or a spike that went in (held-out urgency blind59: "my son stepped on a rusty nail
# sticking up out of the decking, it went right in"): a puncture wound, seen the same day for tetanus (NHS)
_PUNCTURE = re.compile(
    r"\b(stepped|stood|trod|trodden|knelt|kneeled|sat|fell|landed) (on|onto) (a|an|the|some|one of the|this|that) "
    r"(rusty |old |sharp |bent |big |long )*(nail|screw|tack|drawing pin|spike|needle|skewer|staple|bit of metal|piece of metal)s?\b"
    r"(?=[^.!?]*\b(went|gone|go|going|stuck|sticking) (right |straight |all the way )?(in|into|through)\b|[^.!?]*\b(rusty|deep|bleeding)\b"
    # ... or through the boot, or a tetanus jab after it (held-out urgency blind63: "one of your workers trod on a
    # nail right through his boot, he's gone for a tetanus jab")
    r"|[^.!?]{0,20}\b(right |straight |clean )?through (his|her|my|their|the|your) (boot|shoe|trainer|sole|foot)s?\b|.*\btetanus\b)"
)
# A tick bite with a spreading red ring (held-out urgency blind63: "a tick in her scalp ... a red ring round it"):
# the bull's-eye rash of Lyme disease, seen by a GP (NHS: Lyme disease; a tick without a rash is removed at home)
_TICK_RASH = re.compile(
    r"\bticks?\b[^.!?]{0,80}\b(red ring|ring of red|red circle|bull'?s[- ]?eye|target|spreading red|rash)\b"
    r"|\b(red ring|red circle|bull'?s[- ]?eye|rash)\b[^.!?]{0,60}\bticks?\b(?! (box|boxes|the box|off)\b)"
)
# An injury named by whoever examined it (held-out urgency blind63: "the X-ray shows a buckle fracture in her
# wrist", "the doctor thinks it's a perforated eardrum"): a break, a tear or a perforation a doctor, a scan
# or a hospital found is an injury, however calmly the caller passes it on (NHS: a fracture is followed up
# by fracture clinic; a perforated eardrum is seen by a GP)
_DIAGNOSED = re.compile(
    r"\b(x-?rays?|scans?|doctors?|docs?|gp|a&e|hospital|nurse|paramedics?|consultant|physio|fracture clinic|minor injuries)"
    r"('s| has| have)? (shows?|showed|shown|says?|said|thinks?|thought|confirmed|found|reckons?|diagnosed|suspects?|is sure)\b"
    r"[^.!?]{0,30}?\b(fractur\w*|broken|break|cracked|perforat\w*|burst (ear ?drum|eardrum)|dislocat\w*|torn (\w+ )?(ligament|tendon|muscle|cartilage)|"
    r"concussion|concussed|sprain\w*|chipped (bone|tooth)|hairline)\b"
)
# Eyes burnt by ultraviolet light (photokeratitis: "arc eye", "welder's flash", snow blindness), named or told by its
# signs together, gritty eyes and light that hurts (NHS: arc eye is painful and needs the eyes seen; held-out urgency
# blind65, a welding class: "I got arc eye at last night's class, my eyes feel like they're full of sand")
_LIGHT_BURNT = re.compile(r"\b(arc[- ]eye|welder'?s (flash|eye)|flash (burns?|eye)|snow ?blind\w*|photokeratitis)\b")
_GRITTY = re.compile(r"\beyes?\b[^.!?]{0,40}\b(full of (sand|grit)|gritty|like sand(paper)?)\b")
_LIGHT_HURTS = re.compile(
    r"\b(can'?t|cannot) (bear|stand|take|look at) (the )?(light|brightness|sun)\b|\blight hurts\b"
)
# Skin come up in bumps, welts or a rash after a product or a plant (held-out urgency blind65: "the grip spray has made
# her arms come up in lumpy red bumps"): a skin reaction, urgent without trouble breathing
_COME_UP_IN = re.compile(
    r"\b(come|came|coming|comes) (up|out) in (\w+ ){0,3}(bumps|lumps|welts|blotches|spots|a rash|hives|blisters|weals)\b"
)
# A jaw that will not open after a blow (held-out urgency blind65: "caught me with a heel and I can't open me mouth the
# whole way"): a jaw injury is seen the same day (NHS)
_JAW = re.compile(r"\b(can'?t|cannot|couldn'?t) (open|close|shut) (my|me|his|her|their) (mouth|jaw)\b")
_SWOLLEN = re.compile(
    r"\b(gone|going|got|is|'s|are|'re)( all| really| a bit)? (fat|puffy|puffed( up)?|bloated|swollen|bulging|bulgy|ballooned|domed)\b"
    r"|\b(swelling|bulging|ballooning|puffing) (up|out)\b|\b(cracked|split|splitting|bursting|burst|popped) open\b"
)
# ("rechargeable", "cordless" and "battery-powered" name the cell too: s58urg, blind68 "the rechargeable wand for my
# motorised blinds has gone puffy")
_CHARGED = re.compile(
    r"\b(batter(y|ies)|(re)?charg\w*|cordless|battery-powered|power ?bank|vape|e-?bike|e-?scooter|lithium|li-?ion|plugged in)\b"
)
_NOT_TOLD_HERE = re.compile(r"\b(near|around|close to) (the|my|her|his) eyes\b|\?")

# Fluid leaking out of an ear or an eye with pain (s57urg: "since the syringing there's watery stuff
# dripping out of my ear and it really hurts"; NHS: ear discharge with pain after a procedure or an infection is
# seen the same day, a perforated eardrum). A nose is left out: a runny nose with a sore throat is a cold.
_FLUID = r"(fluid|liquid|pus|discharge|gunk|goo|gunge|stuff|watery \w+|clear \w+|yellow \w+|blood)"
_DISCHARGE = re.compile(
    rf"\b{_FLUID}\b[^.!?]{{0,20}}\b"
    r"(leak\w*|coming|came|running|dripping|drips|seeping|oozing|draining|pouring) (out of|from) (my|his|her|their|the|your|one|both) "
    r"(left |right )?(?P<part>ears?|eyes?)\b"
)
# ... the part named first, the fluid coming out "of it" ("her ear's been aching ever since with stuff coming out of it")
_DISCHARGE_OF_IT = re.compile(
    rf"\b(?P<part>ears?|eyes?)\b[^.!?]{{0,60}}\b{_FLUID}\b[^.!?]{{0,12}}"
    r"\b(leak\w*|coming|came|running|dripping|seeping|oozing|draining) out of (it|them)\b"
)
_PAIN_TOO = re.compile(
    r"\b(pain\w*|hurts?|hurting|agony|sore|ache|aching|throbb\w*|sharp|stabbing)\b|\bcan'?t hear\b|\bmuffled\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for a harm told flatly in ``t`` (see the module docstring), else None."""
    m = _EYE_CHEMICAL.search(t)
    if m and _EYE_SIGN.search(t) and not _NOT_TOLD_HERE.search(t[: m.end() + 30]):
        return "urgent", "a chemical in an eye"
    if _INFECTED.search(t):
        return "urgent", "a wound or a rash gone infected"
    if _VOMIT_ON.search(t) and _FOOD_OR_MANY.search(t):
        return "urgent", "vomiting that goes on after food"
    for m in _PET_ATE.finditer(t):
        # a pet named or a kind of dog or cat in WordNet ("our spaniel", "the tabby")
        if m.group("pet") in _PETS or is_a(m.group("pet"), "domestic_animal", "dog", "house_cat", senses=2):
            return "urgent", "a pet ate something toxic to it"
    if _SPLINTER.search(t):
        return "urgent", "a splinter in deep"
    if _PUNCTURE.search(t):
        return "urgent", "a nail or a spike gone in (a puncture wound)"
    if _TICK_RASH.search(t):
        return "urgent", "a tick bite with a red ring (Lyme disease)"
    for m in _DIAGNOSED.finditer(t):
        # (not a finding denied: "the hospital said there was no break", "ruled out a fracture")
        if not re.search(r"\b(no|not|isn'?t|wasn'?t|nothing|ruled out|rules out|healed|mended)\b", m.group(0)):
            return "urgent", "an injury named by whoever examined it"
    if _COME_UP_IN.search(t):
        return "urgent", "skin come up in bumps or a rash"
    if _JAW.search(t):
        return "urgent", "a jaw that will not open or close"
    if _LIGHT_BURNT.search(t) or (_GRITTY.search(t) and _LIGHT_HURTS.search(t)):
        return "urgent", "eyes burnt by light (arc eye)"
    if _SWOLLEN.search(t) and _CHARGED.search(t):
        return "urgent", "a battery swollen"
    m = _DISCHARGE.search(t) or _DISCHARGE_OF_IT.search(t)
    if m and _PAIN_TOO.search(t):
        return "urgent", f"fluid coming out of the {m.group('part')} with pain"
    return None
