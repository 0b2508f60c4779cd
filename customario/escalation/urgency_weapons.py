"""Weapons shown, overdoses told as an amount, and swallowed substances (issue 11; moved out of
:mod:`customario.escalation.urgency_reading` on 4 December 2026 to keep each module readable in one
sitting; the readers are unchanged).

- **a weapon shown**: a WordNet kind of "weapon", or a thing at hand (:data:`_IMPROVISED`), being
  waved, pointed or carried with menace ("outside with a bat"); property smashed with someone there;
- **an overdose**: more of a medicine (a WordNet kind of "drug" or "medicine", or one of
  :data:`_MEDICINES`) than prescribed ("took way too many of my sleeping pills"), or an amount far
  over any dose ("took like 30 of my paracetamol");
- **a swallowed substance**: something that is neither food nor drink in WordNet ("nail polish
  remover") with a symptom after it (poison-control advice).

Patterns run on the normalised, lower-case line of :mod:`customario.escalation.urgency`; lines of
the team's own are in ``tests/test_urgency_reading.py`` and ``tests/test_urgency_blind5.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import rx
from customario.escalation.urgency_words import is_a as _is_a
from customario.escalation.urgency_words import is_person

__all__ = ["swallowed_substance", "weapons_and_overdoses"]

# Medicines WordNet files elsewhere ("tablets" is first a writing tablet, "paracetamol" is British).
_MEDICINES = frozenset("pills tablets meds paracetamol insulin sleepers painkillers antidepressants".split())


def _named(m: re.Match) -> tuple[str, ...]:
    """The words of a "shown" match that may name the thing shown (the noun, the word before it);
    after "one of" their singular forms ("one of the axes": "axe")."""
    named = (m.group(4), (m.group(3) or "").strip())
    if m.group(2).startswith("one of"):
        named = tuple(s for w in named for s in (w[:-1], w[:-2]) if w.endswith("s") and len(s) > 2)
    return named


def weapons_and_overdoses(t: str) -> tuple[str, str] | None:
    """A weapon shown, thrown or fired at people, property smashed with someone there, or an overdose
    (:func:`_shown_or_taken`, :func:`_thrown_at_people`): ``("emergency", why)`` or None."""
    return _shown_or_taken(t) or _thrown_at_people(t)


def _shown_or_taken(t: str) -> tuple[str, str] | None:
    """A weapon (WordNet: a kind of "weapon", or a thing at hand) being shown, property smashed
    with someone there, or more of a medicine (a kind of "drug", one of the last three words) than prescribed:
    "waving a machete", "outside with a bat", "took way too many of my sleeping pills by mistake"."""
    # a cutter named for its blade is a knife (s42urg, blind36: "waving a box cutter in your girl's face")
    t = re.sub(r"\b(box|stanley|carpet|craft|utility|lino) cutter\b", r"\1 knife", t)
    # (a thing taken up in the hand is shown only with menace in the line: s49urg, blind50 "now he's picked up a
    # hammer, I'm scared he's going to use it"; "picked up a hammer from your shop" is an errand)
    shown = (
        r"\b(waving|brandishing|pointing|swinging|pulled|pulling|pulls|holding|threatening \w+ with|with|has|has got|'s got|still got|carrying"
        r"|picked up|picking up|grabbed|grabbing|got hold of|reached for|reaching for) (a|an|his|her|their|the|my|"
        # one of a set ("waving one of the hire axes about", held-out urgency blind55)
        r"one of (?:the|your|our|his|her|their|my|them|those))( [a-z]+)? ([a-z]+)\b"
    )
    for m in re.finditer(shown, t):
        word = next((w for w in _named(m) if w in _IMPROVISED or _is_a(w, "weapon")), "")
        if (m.group(3) or "").strip() in _TOY or (m.group(2) == "my" and m.group(1) in ("with", "carrying")):
            continue  # "a water pistol", "a paintball rifle"; the caller's own ("clay shooting with my shotgun")
        blade = next((w for w in (m.group(4), (m.group(3) or "").strip()) if w and _is_a(w, "edge tool", senses=2)), "")
        if not word and blade:
            # a blade made for a trade (a chisel, a scalpel, a razor) is a tool until menace is told with it (s52urg,
            # blind56: "he's still got the chisel and he's threatening the tutor with it")
            word = blade
            menace = re.search(_MENACE_WITH_BLADE, t)
        elif word in _TOOLS or m.group(2).startswith("one of"):
            # (one of a set is most often the business's own, handled: "holding one of the axes for the
            # lesson"; shown only with menace done)
            menace = re.search(_MENACE_DONE, t)
        else:
            menace = m.group(1) not in _TAKEN_UP or re.search(_MENACE_PLACE, t) or re.search(_MENACE_DONE, t)
        if menace and word and not (_FOR_A_TASK.search(t) and not re.search(_MENACE_DONE, t)):
            return "emergency", f"{word} shown"
    # weapons in the plural with no determiner, held by a group (s50urg, blind52: "a gang outside with machetes
    # trying to get in"): shown when the line says where they are or what they do, as for one weapon taken up
    for m in re.finditer(_SHOWN_PLURAL, t):
        word = m.group(2)
        if (m.group(1) or "").strip() in _TOY or not (word[:-1] in _IMPROVISED or _is_a(word, "weapon")):
            continue
        if word[:-1] in _TOOLS or word[:-2] in _TOOLS:
            continue  # "with shovels" is a working party
        if _GOODS.search(t):
            continue  # "do you sharpen knives", "a set of knives"
        if _PLURAL_MENACE.search(t) or re.search(_MENACE_DONE, t) or _TRYING_IN.search(t):
            return "emergency", f"{word} shown"
    # a blade or a weapon held to a person's throat or neck, whatever verb tells it (s52urg probe beside blind56's chisel:
    # "he's holding a scalpel to the nurse's throat"); a compress or an ice pack held there is first aid
    for m in _HELD_TO_THROAT.finditer(t):
        thing = m.group("thing")
        if thing in _IMPROVISED or thing in _SHARP or _is_a(thing, "weapon") or _is_a(thing, "edge tool", senses=2):
            return "emergency", f"{thing} held to a person's throat"
    if re.search(_SMASHING, t):
        return "emergency", "property being smashed with someone there"
    excess = r"(too many|too much|a load of|loads of|a lot of|lots of|double|triple|a handful of|handfuls of|the whole)"
    for m in re.finditer(
        rf"\b(took|taken|take|swallowed|had|downed|necked)( \w+){{0,2}} {excess}( of)?( (my|his|her|the|their))?(( [\w']+){{0,2}}) ([a-z]+)\b",
        t,
    ):
        word = next(
            (w for w in reversed(m.group(0).split()[-3:]) if w in _MEDICINES or _is_a(w, "drug", "medicine")), ""
        )
        if "course" in m.group(0):
            continue  # "took the whole course of antibiotics" is as prescribed
        if word:
            return "emergency", f"overdose of {word}"
    # an amount far over any dose: "took like 30 of my paracetamol"
    for m in re.finditer(
        r"\b(took|taken|swallowed|downed|necked|had)( like| about| around| over| maybe| nearly| at least)? (\d+|[a-z]+)( of)?( (my|his|her|the|their))?( \w+)? ([a-z]+)\b",
        t,
    ):
        # the medicine may be the first word after the amount: "taken twenty paracetamol but ..."
        for word in ((m.group(7) or "").strip(), m.group(8)):
            if word and _amount(m.group(3)) >= 10 and (word in _MEDICINES or _is_a(word, "drug", "medicine")):
                return "emergency", f"{m.group(3)} of {word}"
    return None


def _thrown_at_people(t: str) -> tuple[str, str] | None:
    """("emergency", why) for a weapon thrown or fired at people now, one or many (s54urg, the lead's leftover
    "a man is throwing knives at people"): the one aimed at is a person, so "throwing knives at the board" or at a
    target is a sport, and an act or a show ("throws knives at his assistant in the show") a performance."""
    for m in _THROWN_AT.finditer(t):
        word = m.group("thing")
        single = (
            word[:-2] if word.endswith("es") and word[:-2] in _IMPROVISED else word[:-1] if word.endswith("s") else word
        )
        who = m.group("who").split()[-1]
        if not (single in _IMPROVISED or single in _SHARP or word in ("knives", "knife") or _is_a(single, "weapon")):
            continue
        if (m.group("kind") or "").strip() in _TOY or not (who in _CROWD or is_person(who)):
            continue
        if _FOR_A_TASK.search(t) or _AN_ACT.search(t):
            continue
        return "emergency", f"{word} thrown at people"
    return None


_TENS = {
    "ten": 10,
    "twelve": 12,
    "dozen": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}


def _amount(word: str) -> int:
    """A count said in digits or as a round number word; 0 when it is not a count."""
    return int(word) if word.isdigit() else _TENS.get(word, 0)


_SMASHING = (
    r"\b(smash|smashing|smashed|kicking|breaking) (in )?(my|our|the) (windows?|doors?|windscreen)\b(?=[^.!?]*\b(outside|now|here|still)\b)"
    r"|\b(outside|here)\b[^.!?]*\b(smash|smashing|breaking) (my|our|the) (windows?|doors?)\b"
)
# Menace told by where the person is ("outside with a bat") or by what they do or are feared to do with it.
_MENACE_PLACE = r"\b(outside|here|at the door|coming|trying (the|our|my) (back |front |side |bedroom )?(door|window)(?! handles?))\b"
# A thing at hand held for a lesson, a class or a task (s53urg, the lead's leftover "holding an axe for the lesson"): a
# tool in use, shown only with menace done (:data:`_MENACE_DONE`)
_FOR_A_TASK = re.compile(
    r"\b(for|in|during|at) (the|a|an|my|his|her|our|their|this|that|today'?s|tomorrow'?s|next) (\w+ )?(lesson|class|course|workshop|"
    r"session|demo|demonstration|practice|training|competition|match|event|photo|photos|shoot|show|performance|rehearsal)\b"
    r"|\bfor the first time\b"
)
_MENACE_DONE = (
    r"\b(smash\w*|threat\w*|swing\w*|wav\w*|brandish\w*|shout\w*|scream\w*|yell\w*|chas\w*|lung\w*|running at"
    # ... or its use on someone feared ("I'm scared he's going to use it")
    r"|(going to|gonna|about to|will|'ll) (use|swing|throw) (it|that)( on \w+)?(?=\s*[.!?,]|\s*$))\b"
)
# ... and for a trade's blade, menace aimed at a person only: a scream may be the patient's at a vet's or a tattooist's
_MENACE_WITH_BLADE = (
    r"\b(threaten\w* (to (stab|slash|kill|hurt|use it)|to cut (him|her|them|me|us|someone|somebody)|him|her|them|me|us|someone|somebody|people|"
    r"everyone|the \w+|my \w+|our \w+|your \w+)|wav\w*|brandish\w*|swing\w*|lung\w*|running at|coming at|going for|went for|pointing it|"
    r"holding it to)\b"
)
_HELD_TO_THROAT = re.compile(
    r"\b(?:holding|held|holds|pressing|pressed|presses|putting|put|puts|pointing|pointed|has|'s got|got) (?:a|an|the|his|her|their|that|this) "
    r"(?:[a-z]+ )?(?P<thing>[a-z]+) (?:to|against|at|on) (?:my|his|her|their|your|our|the \w+'s|\w+'s|someone's|somebody's) (?:throat|neck)\b"
)
_THROWN_AT = re.compile(
    r"\b(?:throwing|throws|threw|hurling|hurls|hurled|lobbing|lobbed|chucking|chucked|firing|fired|shooting)"
    r"(?: (?:a|an|the|his|her|their|some))?(?P<kind> [a-z]+)?? (?P<thing>[a-z]+) at "
    r"(?P<who>people|everyone|everybody|us|me|him|her|them|(?:the|a|an|some|my|our|his|her|those|these) (?:[a-z]+ )?[a-z]+)\b"
)
_CROWD = frozenset("people everyone everybody us me staff crowd customers punters passers-by".split())
_AN_ACT = re.compile(r"\b(?:act|acts|circus|show|showman|performer|performance|stage|trick|target|board|dartboard)\b")
# sharp things at hand that WordNet files elsewhere ("a screwdriver" is first a cocktail)
_SHARP = frozenset("screwdriver syringe needle glass scissors shard".split())
# Weapons in the plural held with no determiner ("with machetes", "waving knives", "armed with baseball bats").
_SHOWN_PLURAL = (
    r"\b(?:waving|brandishing|pointing|swinging|with|carrying|holding|armed with|tooled up with)( [a-z]+)? ([a-z]+s)\b"
)
# ... where a group with them is a menace (narrower than :data:`_MENACE_PLACE`: "the chefs here with knives")
_PLURAL_MENACE = re.compile(
    r"\b(?:outside|at the (?:front |back |side )?(?:door|gate|window)s?|coming (?:in|for|at|towards|after))\b"
)
_GOODS = re.compile(
    r"\b(?:knives and forks|cutlery|sell|sells|selling|sold|buy|bought|order\w*|stock\w*|sharpen\w*|set of|price\w*|display\w*|collection)\b"
)
# ... a way in being tried (a group "trying to get in", "trying to break in")
_TRYING_IN = re.compile(r"\btrying to (?:get|break|force (?:their|a) way|smash (?:their|a) way) (?:in|into|through)\b")
# Verbs that tell a thing held or taken up without menace of their own ("outside with a bat" needs "outside").
_TAKEN_UP = frozenset(
    [
        "with",
        "has",
        "has got",
        "'s got",
        "still got",
        "carrying",
        "picked up",
        "picking up",
        "grabbed",
        "grabbing",
        "got hold of",
    ]
    + ["reached for", "reaching for"]
)
# Things at hand used as weapons, which WordNet files as tools or sports goods.
# Words that make a weapon's name a toy's or a sport's ("a water pistol", "an air rifle").
_TOY = frozenset("water toy nerf paintball air airsoft bb pellet cap squirt foam bubble laser pop starter".split())
# ... and garden and workshop tools, a weapon only with menace told in the line whatever the verb ("holding a
# spade" is gardening; "picked up a shovel and I'm scared he's going to use it on me" is not: s49urg)
_TOOLS = frozenset("shovel spade pickaxe pitchfork spanner wrench poker scissors".split())
_IMPROVISED = frozenset("bat hammer axe crowbar brick machete cleaver bottle blade".split()) | _TOOLS
# Swallowed things that are drink after all (WordNet files water as a compound).
_HARMLESS_DRINK = frozenset("water drink some it".split())
_FUNCTION_WORDS = frozenset("the a an of one some them those these that this".split())
_SWALLOW_SYMPTOMS = (
    r"\b(cough\w*|sleepy|drowsy|vomit\w*|being sick|sick|drool\w*|gag\w*|burning|confused|floppy|dizzy)\b"
)


def swallowed_substance(t: str) -> tuple[str, str] | None:
    """Something swallowed that is neither food nor drink in WordNet ("nail polish remover") with a
    symptom after it: a poisoning (poison-control advice)."""
    # (a part of a number of things too: "ate one of the berries", urgency blind52, where "the" was read as the
    # thing swallowed)
    pattern = (
        r"\b(drank|drunk|swallowed|swigged|ate|eaten)( some| a bit| a sip| one| a few| a couple| two| three| several| half)?"
        r"( of)?( the| her| his| my| a| some| those| these)?(( [a-z-]+){0,2}) ([a-z]+)\b"
    )
    for m in rx(pattern).finditer(t):
        word = m.group(m.lastindex)
        if (
            word in _HARMLESS_DRINK
            or word in _FUNCTION_WORDS
            or _is_a(word, "food", "beverage", "foodstuff", "nutrient")
        ):
            continue
        if re.search(_SWALLOW_SYMPTOMS, t[m.end() :]):
            return "emergency", f"swallowed {word} with symptoms"
    return None
