"""Harm words said lightly: figures and everyday senses that name no harm now (issue 11; from the
normal lines of urgency blind19, blind22 and blind17 that the rules escalated, development since
4 December 2026 ~22:10-22:40 UTC, read as classes and tested in the team's own phrasings in
``tests/test_urgency_urg15.py``).

:func:`set_aside` runs with the other set-asides of :mod:`customario.escalation.urgency` before the
word tables and removes:

- **a thing strangling or choking a thing**: a verb of strangling whose subject and object are no
  person and no animal in WordNet ("the ivy is strangling the whole fence", "weeds choking the
  pond", and with "everything" or "it" for the object, s51urg); anything strangling an enterprise or a
  thing done or owned (s57urg: "the rates are strangling my business", "choking my career"); "the cord is
  strangling the baby" and "the smoke is choking the whole class" stay;
- **a thing gone floppy, limp or blue** (s57urg): a made thing, a food or a plant in WordNet
  ("the meringues have gone all floppy", "the lettuce went limp"); a person, a body part or "he" stays;
- **a candle burnt** (s57urg): "burnt them at home", a candle named in the line;
- **a hyperbole of preference**: "I'd burn the house down before I let my brother cook", "I'd rather
  die than ..." (a harm the caller would choose over something, said as a reason to book);
- **a success "on fire" with a place between**: "I've been on fire on the climbing wall lately";
- **"<word> emergency:" opening a sentence** ("Cake emergency: the baker cancelled"), a noun that is
  no danger word (the determiner form is in ``urgency_rules.FIGURES``);
- **an eviction**: "the landlord's kicking us out", "got kicked out of the flat";
- **food that is raw**: "the chicken was raw" (WordNet food), anything "raw in the middle";
- **an injury healing named as the reason for a question** ("I broke my leg in May, it's in a boot and I
  can't drive yet", after "do you do a pet taxi?"), when nothing names the business as its place or cause;
- **a reaction named as a standing condition in a question** ("I react to nickel, it brings me out in a
  rash. Have you got nickel-free frames?"), told in the present simple with nothing happening now;
- **smoke made on purpose**: a smoker, a barbecue, a fog machine, a stage effect, with no fire word;
- **a relative in hospital named as the reason for a change of plan** ("can I drop him off early? my
  gran's in hospital"), the business not named as a cause;
- **a person called a weapon or a killer with an intensifier** (s40urg15): "he's an absolute weapon on
  court", "she's a total killer at darts";
- **the caller's own eyes hard to keep open with tiredness named** (s40urg15): "I can't keep my eyes
  open, I'm so tired" (someone else's drowsiness, or a head knock, stays);
- **bruises or aches made light of with praise** (s50urg): "covered in bruises lol, 10/10", with no hurt
  beyond them named;
- **tired muscles "dead" in a good way**: "my forearms are dead, in a good way", "legs are dead
  after the hike" (a limb dead after exercise or said as praise), or with the exercise that "killed me" told
  before (s51urg: "the new route killed me, my forearms are still dead").
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_a, is_person, sense_classes, word_classes

_STRANGLING = re.compile(
    r"\b([a-z]+)(?:'s| is| are|'re)? (?:slowly |really |completely |totally |just )?(strangl\w*|chok\w*|smother\w*|suffocat\w*|throttl\w*) "
    r"(?:(?:(?:the|my|our|your|his|her|their|whole|entire|all|every) )+(?:[a-z-]+ )?([a-z-]+)|(everything|it|the lot))\b"
)
# an object that is no one: a pronoun for things ("the brambles are strangling everything")
_NO_ONE = frozenset({"everything", "it", "the lot"})
_LIVING = frozenset({"noun.person", "noun.animal"})
_THINGS = frozenset({"noun.plant", "noun.artifact", "noun.object", "noun.substance", "noun.phenomenon", "noun.food"})


def _alive(word: str) -> bool:
    return word in ("me", "him", "her", "us", "them", "he", "she", "they", "someone") or bool(
        word_classes(word) & _LIVING or is_person(word)
    )


# What has no neck to squeeze (s57urg: "the rent rise is strangling my little business", "the red tape is choking
# the trade"): an enterprise or a thing done, owned, thought or felt (WordNet's first sense)
_NO_NECK = frozenset(
    "noun.act noun.possession noun.cognition noun.attribute noun.communication noun.feeling noun.time".split()
)


def _strangling(m: re.Match) -> str:
    """A thing (WordNet: a plant, a made thing, an object, a substance) strangling a thing, or anything
    strangling what has no neck (:data:`_NO_NECK`, an enterprise: "strangling my business")."""
    subject, obj = m.group(1), m.group(3) or m.group(4)
    if obj not in _NO_ONE and not _alive(obj) and (word_classes(obj) & _NO_NECK or is_a(obj, "enterprise")):
        return f"{subject} squeezing {obj}"
    if obj in _NO_ONE:
        return m.group(0) if _alive(subject) or not word_classes(subject) & _THINGS else f"{subject} overgrowing {obj}"
    if _alive(subject) or _alive(obj) or not word_classes(obj) or not word_classes(subject) & _THINGS:
        return m.group(0)
    return f"{subject} overgrowing {obj}"


# A made thing, a food or a plant gone floppy, limp or blue (s57urg: "the meringues have gone all floppy in the heat",
# "the balloons went limp overnight"): its texture or colour, not a person's; the subject is the word right before
_THING_GONE = re.compile(
    r"\b([a-z]+)(?:'s| has| have| had| is| are| was| were| just| all| a bit)* (?:gone|going|went|turned|turning|go|goes) "
    r"(?:all )?(?:floppy|limp|blue|grey|gray|droopy|soggy)\b"
)


def _thing_gone(m: re.Match) -> str:
    subject = m.group(1)
    if _alive(subject) or "noun.body" in word_classes(subject) or not word_classes(subject) & _THINGS:
        return m.group(0)
    return f"{subject} gone soft"


# A candle burnt is a candle lit (s57urg, blind63: "when I burnt them at home they tunnelled"): "burnt" with the candle
# or "it"/"them" for it as its object, a candle or its wick named in what is read (the clause naming the candle may
# have been read apart as over); "burnt my hand on the candle" has a hand, and wax alone may be a salon's
_CANDLE = re.compile(r"\b(candles?|wicks?|tea ?lights?)\b")
_CANDLE_BURNT = re.compile(
    r"\b(burn|burns|burnt|burned|burning) (them|it|(?:the|my|your|a|those|these|our) (?:\w+ )?candles?)\b"
)


_PREFERENCE = re.compile(
    r"\b(i'?d|i would|we'?d|we would)( rather| sooner)? [^.!?]{0,60}?\b(before|than) (i|we|i'?d|we'?d|my|letting|let|having|paying|go|going|use|using)\b[^.!?]*"
)
_ON_FIRE_AT = re.compile(
    r"\bon fire (on|at|in|with) (the|my|our|this|that) [a-z-]+( [a-z-]+)? (lately|recently|today|tonight|this (week|month|season|year|term))\b"
)
_NOUN_EMERGENCY = re.compile(
    r"(^|[.!?]\s+)(?!(medical|fire|gas|electrical|real|genuine|actual|health|water|flood|baby|child|kid|dog|cat|pet|vet|dental|eye)\b)"
    r"[a-z-]+ emergency\s*[:!-]"
)
_EVICTION = re.compile(
    r"\b(kick\w*|chuck\w*|throw\w*|threw|turf\w*) (us|me|them|him|her|my \w+) out\b|\bkicked out of\b"
)
_RAW = re.compile(r"\b([a-z]+) (was|is|were|are|came|come|arrived)( still)? (totally |completely |a bit |all )?raw\b")
_DEAD_LIMBS_BARE = re.compile(
    r"\b(arms|legs|forearms|calves|quads|thighs|shoulders|glutes|muscles|abs)( \w+)?('re| are| were| feel| felt)( \w+)? (dead|destroyed|wrecked)\b"
)
_EXERTION_BEFORE = re.compile(
    r"\b(workout|session|class|climb\w*|routes?|training|gym|hike|run|spin|circuits?|bootcamp)\b[^.!?]*\b(killed|destroyed|wrecked|murdered|"
    r"did for|finished off|exhausting|brutal|tough|hard work)\b|\bit was hard work\b"
)
_DEAD_LIMBS = re.compile(
    r"\b(arms|legs|forearms|calves|quads|thighs|shoulders|glutes|muscles|abs)( \w+)?('re| are| were| feel| felt)( \w+)? (dead|destroyed|wrecked|killing me)\b"
    r"(?=[^.!?]*\b(in a good way|good way|after|from|workout|session|class|climb\w*|run|hike|routes?|training|gym)\b)"
)


# An injury healing, named as the reason for a question (blind22: "Do you do a pet taxi? I broke my leg
# in May, it's in a boot and I can't drive yet"); not one the business is named in.
_HEALING = re.compile(
    r"\b(in a (boot|cast|plaster cast|sling|brace|splint)|on crutches|(still )?(healing|recovering|on the mend)|can'?t (drive|walk far|kneel|lift|carry|climb) (yet|for (a few|six|\w+) weeks))\b"
)
_OLD_BREAK = re.compile(
    r"\b(broke|broken|fractured|hurt|injured|sprained|twisted|did|done|tore|torn|snapped|had) (my|his|her|their) (\w+ )?(leg|arm|wrist|ankle|foot|knee|hip|hand|shoulder|elbow|collarbone|back|achilles|ligament|hamstring)s?\b"
)


# Smoke made on purpose: a smoker, a barbecue, a fog machine, a stage effect (blind19, blind20: "the
# smoke-filled room effect was brilliant", "your barbecue demo is smoking like a chimney, is that the
# smoker going?"), with no fire word in the line.
_SMOKE_MAKER = re.compile(
    r"\b(barbecue|bbq|smoker|smokehouse|fog machine|smoke machine|haze machine|hazer|incense|pizza oven|chiminea|smoked|effects?)\b"
)
_FIRE_CUE = re.compile(
    r"\b(fire|flames?|caught|catching|alight|alarm|spread\w*|burning|trapped|can'?t breathe|cough\w*|choking|evacuat\w*|911|999)\b"
)
# A relative in hospital, named as the reason for a change of plan (blind17: "can I drop him off a day
# early? my gran's in hospital"): already in care; not when the business is named as the cause.
_IN_HOSPITAL = re.compile(
    r"\b(my|our|his|her) ([a-z]+)('s|s| is| are|'re)? (in|in the|at the|into) (hospital|a&e|hospice)\b"
    # ... taken there already (s42urg, blind33: "my brother's been rushed into hospital back home, is there any refund?")
    r"|\b(my|our|his|her) ([a-z]+)('s| has| had| was| is)( been| just been)? (rushed|taken|admitted|sent|whisked|blue-lighted) (in|into|to) (hospital|a&e)\b"
)
_CHANGE_OF_PLAN = re.compile(
    r"\b(cancel\w*|resched\w*|drop \w+ off|pick \w+ up|early|earlier|later|move (my|the|our)|change (my|the|our)|charge|refund|"
    r"booking|appointment|short notice|away|up north|down south|visit\w*|travel\w*|cut (\w+ ){1,3}short|leave early|left early|back home)\b"
)


# A reaction named as a standing condition in a question (blind19: "Have you got nickel-free frames?
# I react to nickel, it brings me out in a rash."): told in the present simple, nothing happening now.
_STANDING_REACTION = re.compile(
    r"\b(i|my skin|my eyes) (react|always react|come out|break out|always come out|always break out|flare up) (badly |terribly )?(to|in|with|from)\b[^.!?,]*"
    r"|\b(it|that|they|this|which|\w+) (brings|bring|gives|give) me (out )?(in )?(a |an )?(rash|hives|eczema|spots|blisters|welts|reaction)\b"
)
_HAPPENING = re.compile(
    r"\b(now|today|just|since|after|already|came|come up|started|this morning|last night|(has|have|'ve|'s) (come|broken|gone|started|flared|made|given))\b"
)


def _raw(m: re.Match) -> str:
    return " was undercooked" if "noun.food" in sense_classes(m.group(1), "noun", 2) else m.group(0)


# a person called a weapon or a killer with an intensifier, as praise or blame (s40urg15, blind26: "he's an
# absolute weapon on court"): a characterisation of the person, not a weapon held
_CALLED_A_WEAPON = re.compile(
    r"\b(he|she|they|you|i|we|[a-z]+)('s| is| are|'re|'m| am| was| were) (an? )?(absolute|total|proper|real|right|complete|utter|bit of an?|such an?) "
    r"(weapon|weapons|killer|assassin|menace|monster|beast|savage|animal|machine)\b"
)


# the caller's own tiredness after a long day or a night shift (s40urg15: "I can't keep my eyes open, I'm so
# tired, can we move the class later?"); a head knock with drowsiness is read in urgency_head
_TIRED = re.compile(
    r"\b(i'?m|i am|i was|i'?ve been) (so |really |just |too |absolutely )?(tired|exhausted|knackered|shattered|sleepy|worn out)\b"
    r"|\b(night shift|jet ?lag|jetlag|up all night|long day|boring|bored)\b"
)
_MY_EYES_OPEN = re.compile(r"\bcan'?t keep my eyes open\b")
# ... unless a cause of drowsiness that is a red flag is told (a knock, a fall, something taken, fumes)
_DROWSY_CAUSE = re.compile(
    r"\b(head|bang\w*|hit|fell|fall\w*|knock\w*|blow|concuss\w*|pills|tablets|meds|swallow\w*|drank|overdos\w*|took|taken|"
    r"gas|fumes|carbon|boiler|sting|stung|bitten|reaction|allerg\w*|sugar|diabet\w*|insulin)\b"
)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the light senses of the module docstring."""
    t = _CALLED_A_WEAPON.sub(lambda m: f"{m.group(1)} is very good", t)
    if _TIRED.search(t) and not _DROWSY_CAUSE.search(t):
        t = _MY_EYES_OPEN.sub(" tired ", t)
    t = _STRANGLING.sub(_strangling, t)
    t = _THING_GONE.sub(_thing_gone, t)
    if _CANDLE.search(t):
        t = _CANDLE_BURNT.sub(r" lit \2 ", t)
    t = _PREFERENCE.sub(" ", t)
    t = _ON_FIRE_AT.sub(" doing well ", t)
    t = _NOUN_EMERGENCY.sub(lambda m: m.group(1) + " ", t)
    t = _EVICTION.sub(" evicting ", t)
    t = re.sub(r"\braw in the (middle|centre|center)\b", " undercooked ", _RAW.sub(_raw, t))
    if _HEALING.search(t) and "?" in t and not re.search(r"\b(your|yours|you guys|at you|by you)\b", t):
        t = _OLD_BREAK.sub(" healing ", t)
    if "?" in t and _STANDING_REACTION.search(t) and not _HAPPENING.search(t):
        t = _STANDING_REACTION.sub(" a standing condition ", t)
        t = re.sub(r"\b(rash|hives)\b", " condition ", t)
    if _SMOKE_MAKER.search(t) and not _FIRE_CUE.search(t):
        t = re.sub(r"\bsmok\w*(-filled)?\b", " haze ", t)
    if (
        _IN_HOSPITAL.search(t)
        and _CHANGE_OF_PLAN.search(t)
        and not re.search(r"\b(your|after|because|since|from)\b", t)
    ):
        t = _IN_HOSPITAL.sub(" away ", t)
    t = re.sub(r"[^.!?]+[.!?]*", _fall_made_light, t)
    if _MARKS_PRAISED.search(t) and not _HURT_BEYOND.search(t):
        t = _MINOR_MARKS.sub(" marks ", t)
    t = _DEAD_LIMBS.sub(" tired ", t)
    # ... the exertion named before the limbs (s51urg: "that new route absolutely killed me, my forearms are still dead")
    return _DEAD_LIMBS_BARE.sub(lambda m: " tired " if _EXERTION_BEFORE.search(t[: m.start()]) else m.group(0), t)


# Bruises or aches made light of with praise (s50urg, blind52: "got bruises all over from last wk lol 10/10 when can we
# come back"): the marks a contact sport or a ride leaves, reported as part of the fun, with no hurt beyond them
_MINOR_MARKS = re.compile(r"\b(bruis\w*|welts?|battle scars?|achy|aches)\b")
_MARKS_PRAISED = re.compile(
    r"\b(lol|haha\w*|lmao|10/10|ten out of ten|worth it|loved it|love it|best (day|time|fun|laugh)|great fun|(so|such) much fun|"
    r"(when|can) (can )?(we|i) (come|go) back|book (again|another)|(do|doing) it again|can'?t wait)\b"
)
_HURT_BEYOND = re.compile(
    r"\b(bleed\w*|blood\w*|broken|broke|fractur\w*|swell\w*|swollen|hospital|a&e|doctor|gp|can'?t|cannot|won'?t|head|neck|eyes?|"
    r"cut|pain\w*|worried|worse|sick|dizzy|faint\w*|still)\b"
)


# A fall made light of in its own sentence (s49urg, from blind25 and blind45: "I fell on my bum about twenty times
# yesterday haha no harm done", "I could have died of embarrassment when I fell over in tap class, haha"): a laugh,
# "no harm done" or embarrassment, and no hurt named in the sentence.
_FALL = re.compile(r"\b(fell|fallen|falling|went flying|came off|wiped out)\b")
_MADE_LIGHT = re.compile(r"\b(haha\w*|lol|lmao|no harm done|no damage done|only (my|his|her|our) pride|embarrass\w*)\b")
_HURT_NAMED = re.compile(
    r"\b(hurt\w*|pain\w*|sore|ache\w*|aching|broke|broken|bleed\w*|blood\w*|swell\w*|swollen|sprain\w*|twist\w*|"
    r"bump|lump|bruis\w*|cut|graze\w*|can'?t|cannot|won'?t|head|neck|back|wrist|ankle|knee|hospital|a&e|dizzy|sick)\b"
)


def _fall_made_light(m: re.Match) -> str:
    said = m.group(0)
    if _FALL.search(said) and _MADE_LIGHT.search(said) and not _HURT_NAMED.search(said):
        return _FALL.sub(" tumbled ", said)
    return said
