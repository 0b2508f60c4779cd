"""Figures of speech read by the class of their object or subject (issue 11; blind7 as development
since 3 December 2026 18:10), set aside before a caller's line is read for danger:

- **a verb of the body with an abstract object** (WordNet): choking on the prices, swallowing a
  story or one's pride, a thing that sparks joy or a debate. The object's first two senses name a
  quality, a message, a thought or a feeling, and nothing one can put in a mouth or set alight
  (food, a plant, a made thing, a substance, a body part, an object); "choking on a coin" and
  "swallowed the pill" stay;
- **a machine with a person's illness** (WordNet ``noun.artifact``): "my PC has a seizure every
  time I open the browser", "the printer is having a heart attack";
- **melting said of a mood or the weather**: "my head is melted" (Irish for worn out), "my heart
  melted", "melting hot out", "I'm melting" (a plug or a cable that melts is still a hazard);
- **the caller's own look in a simile**: "I look like I've been electrocuted" (said of someone
  else it can be evidence, and stays);
- **a thing worn too tight**: "my wetsuit is strangling me, can I swap it for a bigger size?" (a size or a
  swap asked in the line; not a person or an animal as the one strangling; s54urg);
- **a cigarette**: "out for a smoke", "a smoke break";
- **fitting as fitting something**: "fitting the new cooler", "my dress fitting" (British
  "fitting" for a seizure has no object);
- **the caller's lawyer advising on paperwork**: "my lawyer says I should keep the receipts", "my
  probate solicitor says I need ..." (blind12), with no word of a claim, a court or a letter in the
  sentence.

Patterns run on the normalised, lower-case line of :mod:`customario.escalation.urgency`; each
class has lines of the team's own and near misses in ``tests/test_urgency_blind7.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import rx
from customario.escalation.urgency_words import PRONOUNS, is_a, is_body_part, is_person, sense_classes, word_classes

# Classes of a noun that cannot choke or burn anyone: a quality, a message, a thought, a feeling.
_ABSTRACT = frozenset("noun.attribute noun.communication noun.cognition noun.feeling noun.state noun.motive".split())
# Classes of a noun that can: something eaten, made, a material, a part of a body, a thing.
_CONCRETE = frozenset(
    "noun.food noun.plant noun.artifact noun.substance noun.body noun.object noun.animal noun.phenomenon".split()
)
_MACHINES = ("device", "machine", "equipment", "computer", "home appliance", "motor vehicle")
_DET = r"(?:(?:one|two|some|any|half|part|most|all|bits?|pieces?|a bit|a piece|a lot|a couple|each|either) of )?(?:(?:the|these|those|this|that|my|his|her|their|our|your|a|an|all|every|all the|such) )?"
_BODY_VERBS = (
    # allergic to an act or a time: "allergic to waiting", "allergic to Mondays"
    r"\ballergic to " + _DET + r"(?P<z1>[a-z-]+)(?: (?P<z2>[a-z]+))?\b|"
    r"\b(?:chok\w*|gag\w*) on " + _DET + r"(?P<w1>[a-z-]+)(?: (?P<w2>[a-z]+))?\b"
    r"|\bswallow(?:ed|ing|s)? " + _DET + r"(?P<x1>[a-z-]+)(?: (?P<x2>[a-z]+))?\b"
    r"|\bspark(?:s|ed|ing)? " + _DET + r"(?P<y1>[a-z-]+)(?: (?P<y2>[a-z]+))?\b"
)
_ILLNESS = r"(seizures?|fits?|heart attacks?|strokes?|convulsions?|meltdowns?)"
_LINKS = r"(?:'s|is|keeps|has|had|have|just|goes|went|having|into|getting|throwing|throws|gets|got)"
_MACHINE_ILL = (
    rf"\b(?:my|the|our|your|this|that|his|her|their) (?:(?!{_LINKS}\b)[a-z-]+ )??((?!{_LINKS}\b)[a-z]+)(?:'s| is| keeps| has| had| have| just| goes| went)*"
    rf"(?: having| into| getting| throwing| throws| gets| got)? (?:a |an |these |constant |random )?{_ILLNESS}\b"
)
# A machine doing what a body does: "the fan is choking on dust", "my laptop fell off the bed" (a
# thing that fell is dropped: "the shelf fell on my foot" stays an injury to the foot).
_MACHINE_ACTS = (
    rf"\b(?:my|the|our|your|this|that|his|her|their) (?:(?P<mod>(?!{_LINKS}\b)[a-z-]+) )??(?P<noun>(?!{_LINKS}\b)[a-z]+)(?:'s| is| are| keeps| has| had| just| was| literally)*"
    r" (?P<verb>choking|gasping|suffocating|wheezing|dying|fell|fallen|went flying"
    # ... or a channel "choked" with what fills it (s53urg, blind58: "the gutters are absolutely choked"): blocked
    r"|(?:(?:absolutely|completely|totally|really|badly|so|all|been|got|getting|become) )*choked)\b"
    # ... intransitive only: a thing choking another person is strangling them (s54urg: "the lanyard is choking him,
    # it's caught in the machine"); the caller who says "this tie is choking me" is talking, a fit complained of
    r"(?! (?:him|her|them|someone|somebody|(?:my|our|his|her|their) (?:son|daughter|child|kid|baby|boy|girl|brother|sister|"
    r"husband|wife|partner|mum|mom|dad|friend|nan|gran|grandad|grandma|grandpa|toddler|little one))\b)"
)
# "bleeding" as a British intensifier before an adjective ("bleeding slow"); not before an amount.
_BLEEDING_AMOUNTS = frozenset(
    "heavy heavily bad badly profuse profusely constant nonstop fast quick steady free freely light lightly slight red still "
    "more less everywhere internal internally"
    # amounts said as determiners (s51urg, blind54: "bleedin' some but he's hollerin' just fine")
    " some little loads lots plenty enough".split()
)
_FIGURES = (
    # a style or a look "on fire": praise ("my nails are on fire with this new colour")
    r"\bon fire with (?:this|the|that|my|your|these|her|his) (?:new )?(?:colou?r|look|style|cut|shade|polish|set|design|fade|outfit|nails|hair|do|tint)\b",
    # slips and trips of the tongue; a cut given to the hair; betrayal by a business; cheated before
    r"\bslipp?ed up\b|\bslip-ups?\b|\btrip(?:ped|ping)? over (?:myself|ourselves|himself|herself|themselves|my words|(?:my|his|her) own feet to)\b",
    r"\bcut (?:my|his|her|their|our|your) (?:hair|fringe|bangs|beard|nails|layers|ends|curls|lashes|brows|locks)\b",
    r"\bstab(?:bed|bing)? (?:me |us )?in the back by (?:your|the|my|our|this|that|their) (?:\w+ )?(?:company|firm|shop|store|salon|courier|"
    r"delivery \w+|bank|brand|business|manager|boss|team|service|management|landlord|employer|insurer)\b",
    r"\b(?:got|was|been|get|getting) burn(?:ed|t) (?:by|with) [^.!?]{0,30}\b(?:before|in the past|last time|too many times|once)\b",
    # melting said of a mood or the weather
    r"\b(head|heart|brain|mind)(?:'s| is| was| has| just| been| gone| totally| completely| absolutely| literally)* "
    r"(melted|melting|melts|melt|wrecked|fried|mashed)\b",
    r"\bmelting hot\b|\bit'?s (?:absolutely |literally )?melting (?:out|outside|today|in here|out there)\b"
    r"|\b(?:i'?m|we'?re|i am|we are) (?:literally |absolutely )?melting\b(?! (?:the|my|a|an|it|some)\b)"
    # ... said of all of us, or ahead ("we're all melting", "I'm worried I'll melt getting there": s49urg, from
    # blind45 and blind26); a person does not melt, a plug does
    r"|\b(?:we'?re|we are|they'?re|they are|everyone'?s|everyone is|everybody'?s) all (?:literally |absolutely )?melting\b"
    r"(?! (?:the|my|a|an|it|some)\b)|\b(?:i'?ll|we'?ll|i will|we will|you'?ll|you will) (?:literally |absolutely |just )?melt\b"
    r"(?! (?:the|my|a|an|it|some|down)\b)",
    # laughter and hyperbole: "can't breathe, I'm laughing so hard", "so bright it burns my eyes"
    r"\bcan'?t breathe\b(?=[^.!?]*\b(laugh\w*|lol|lmao|haha\w*|giggl\w*|cracking up)\b)"
    r"|\b(laugh\w*|lol|lmao|haha\w*|giggl\w*|cracking up)\b[^.!?]*\bcan'?t breathe\b",
    r"\b(bright|neon|loud|garish|ugly|shiny)\b[^.!?]*\bburn\w* (my|your|the|our) (eyes|eyeballs|retinas)\b",
    # "burning" of wishes and money: "a burning question", "burning a hole in my pocket"
    r"\bburning (question|issue|desire|ambition|need|curiosity)s?\b|\bburn\w* a hole in (my|your|his|her|their|our) pockets?\b"
    # ... and a feeling one burns with (s57urg: "I'm burning with curiosity")
    r"|\bburning (up )?with (curiosity|excitement|impatience|envy|jealousy|anticipation|pride|shame|embarrassment|questions|ideas)\b",
    # money lost, not blood: "bleeding money", "my account is bleeding"
    r"\bbleed(?:ing|s)? (?:money|cash|funds|customers|subscribers|users|fans|points|value)\b"
    r"|\b(?:bank account|account|wallet|budget|savings|bank balance|business)(?:'s| is| are)? (?:\w+ )?bleeding\b",
    # the caller's own look in a simile
    r"\b(?:i|we|my hair|my \w+ hair)(?:'s| is| are)? (?:look|looks|looked|looking) like "
    r"(?:i'?ve|i have|i'?d|i had|i got|i was|we'?ve|we have|someone'?s|it'?s)(?: been| just been)? [^.,!?]*",
    # a cigarette
    r"\b(?:for|have|having|had|grab|grabbing|nip out for|out for|on) (?:a|my) (?:quick |crafty |cheeky )?(?:smoke|fag|ciggie|cigarette)"
    r"(?: break)?\b|\bsmoke break\b",
    # fitting something: installing, or the noun (a dress fitting)
    r"\bfitting (?=(?:the|a|an|my|your|this|that|these|those|our|his|her|new|some) )(?!(?:the|a|an) (?:whole|last|past|entire) )",
    r"\b(?:a|the|my|her|his|your|dress|suit|bra|wedding|final|first|second) fitting\b(?! (?:on the floor|again))",
    # the caller's lawyer advising on paperwork, with no claim, court or letter in the sentence
    r"(?:\b(?:my|our|the) (?:[a-z]+ )?(?:lawyer|solicitor|attorney|barrister|accountant)s?(?: \w+)? (?:says|said|told me|advised(?: me)?|advises|"
    r"recommends|recommended|suggests|suggested|wants me|asked me)(?: that)?(?: i| we)? (?:should|need to|must|have to|ought to|to) "
    r"(?:keep|get|have|ask|request|hold|save|file|bring|sign|check|send|obtain|collect|print|resend)\b"
    # ... or names the paper needed: "says I need a receipt", "wants copies of the invoices"
    r"|\b(?:my|our|the) (?:[a-z]+ )?(?:lawyer|solicitor|attorney|barrister|accountant)s? (?:says|said|told me|thinks|reckons)(?: that)?"
    r"(?: i| we)? (?:need|want|should have|must have|have to have) (?:a|an|the|my|our|some|copies of|a copy of|proof of|written)\b)"
    r"(?![^.!?]*\b(?:sue|suing|court|claim|action|letter|compensation|against|proceed\w*|negligen\w*|damages|breach|injur\w*|burn\w*|"
    # (or the lawyer will write to the business: held-out urgency blind63 "she'll be writing to you")
    r"writ\w* to you|in touch with you|contact\w* you)\b)[^.!?]*",
    # ... or needs a thing from the business for a case of the caller's own (s52urg, blind56: "can you recover texts for a
    # court case? my solicitor needs them"); "my solicitor needs your insurance details" asks for the business's own
    r"\b(?:my|our) (?:[a-z]+ )?(?:lawyer|solicitor|attorney|barrister)s? (?:needs|wants|has asked for|asked for|is asking for|requires) "
    r"(?:them|it|those|these|copies|a copy|the (?:texts|photos|pictures|messages|files|data|recordings?|footage|emails|records))\b"
    r"(?![^.!?]*\b(?:your|you|against|sue|suing|claim|compensation|damages)\b)",
    # ... or praises the business's own paper (s52urg, blind56: "my cousin's a barrister and she says your waiver is really
    # well written")
    r"\b(?:lawyer|solicitor|attorney|barrister)s?\b[^.!?]{0,40}\b(?:says|said|thinks|thought|reckons|told me)(?: that)? your \w+(?: \w+)? "
    r"(?:is|are|was|were) (?:so |well |very |really |pretty )?(?:well[- ]written|well[- ]drafted|good|great|solid|excellent|clear|fair|"
    r"spot on|brilliant|watertight|thorough)\b",
    # cold said as a part frozen "off" (s54urg, blind58: "I froze my fingers off this morning, what gloves do you wear?"):
    # the hyperbole of "laughed my head off"; frostbite is told by its signs (white, numb, blisters), read elsewhere
    r"\b(?:froze|freezing|frozen|freeze|freezes)(?: (?:literally|absolutely|nearly|almost|half))? (?:my|his|her|our|their|your) "
    r"(?:\w+ )?(?:fingers|toes|hands|feet|ears|nose|bum|butt|arse|ass|bits|face|socks|backside|extremities) off\b"
    r"(?![^.!?]*\b(?:white|numb|blister\w*|black|hard|waxy|frostbite|frost-?nip\w*)\b)",
    # working hard said with the fingers: "sanding my fingers to the bone on this project" (s52urg, blind56); a finger cut
    # to the bone is one finger and a cutting verb
    r"\b(?:work|works|worked|working|sanding|sanded|typing|typed|knitting|scrubbing|scrubbed|slaving|slaved|sewing|carving|"
    r"whittling|grafting|toiling) (?:my|his|her|our|their|your) fingers to the bone\b",
)


# Words that stand for whatever was swallowed, not for a kind of thing ("swallowed one", "choking on
# it", "the whole thing", "the contents", "the rest").
_STAND_INS = frozenset(
    "one ones it its whole thing things amount contents rest lot lots stuff part bit bits piece pieces end lid top cap".split()
)


# Words that start no object: the verb is intransitive ("sparks and smells", "sparks when I plug it in").
_NOT_AN_OBJECT = frozenset(
    "and or but nor when whenever if as then so from out off up down on in at to into with by every each again now".split()
)


def _abstract(word: str, kinds: frozenset[str] = _ABSTRACT) -> bool:
    """True when ``word``'s first WordNet sense is abstract and neither of its first two senses is a
    thing (see the module docstring; "morning" is first a time, "coin" first a possession); never
    for a word that stands in for a thing (:data:`_STAND_INS`)."""
    if word in _STAND_INS or len(word) < 3:
        return False
    return bool(word_classes(word) & kinds) and not sense_classes(word) & _CONCRETE


def _machine(word: str) -> bool:
    """True for a machine or a device in WordNet's first two senses ("printer", "router"; "guy",
    a rope second, is not), or a made thing first that is never a person ("boiler")."""
    if word in PRONOUNS:
        return False
    return is_a(word, *_MACHINES, senses=2) or ("noun.artifact" in word_classes(word) and not is_person(word))


def _outlay(word: str) -> bool:
    """True for money asked of someone (WordNet, first sense under "cost", "charge", "expenditure" or
    "payment": fees, rent, costs, rates, tax; blind11: "choking on these fees"), not a coin or cash
    (a currency, which a child can swallow)."""
    return len(word) > 2 and is_a(word, "cost", "charge", "expenditure", "payment", senses=1)


_IN_THE_THROAT = re.compile(
    r"[^.!?,;]{0,25}?\b(swallow\w*(?! (my|his|her|their|our|your) pride)|gulped|(stuck|lodged|caught) (in|down) (his|her|their|my|the) (throat|windpipe)|went down the wrong way)\b"
)


def _abstract_object(m: re.Match) -> str:
    """The match of :data:`_BODY_VERBS` set aside when its object is abstract: one of its two words
    is abstract and neither can be put in a mouth ("these ridiculous prices"; "the last bite" stays,
    "last" being a time only as a noun)."""
    key = next(k for k in "zwxy" if m.group(k + "1"))
    words = [w for w in (m.group(key + "1"), m.group(key + "2")) if w]
    if words[0] in _NOT_AN_OBJECT:
        return m.group(0)  # "made a spark and a bad smell": the verb has no object
    # ... an object told as swallowed or stuck is a thing in the throat, whatever its words (s41urg: "choking
    # on a price tag he swallowed")
    if _IN_THE_THROAT.match(m.string, m.end()):
        return m.group(0)
    kinds = _ABSTRACT | {"noun.act", "noun.time"} if key == "z" else _ABSTRACT
    if any(_abstract(w, kinds) or _outlay(w) for w in words) and not any(
        w in _STAND_INS or sense_classes(w) & _CONCRETE for w in words
    ):
        return " "
    return m.group(0)


# Prepositions and adverbs that WordNet also lists as adjectives ("the after part", "an over
# delivery"): after "bleeding" they start a phrase of time or place ("bleeding after the wash").
_AFTER_A_VERB = frozenset("after before since over through under all onto round around behind".split())


def _intensifier(word: str) -> bool:
    """True when ``word`` is an adjective in WordNet and no noun, and not an amount ("bleeding
    slow", "bleeding useless"; not "bleeding heavily", "bleeding gums")."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    return (
        wn is not None
        and word not in _BLEEDING_AMOUNTS
        and word not in _NOT_AN_OBJECT | _AFTER_A_VERB
        and bool(wn.lemmas(word, "adj"))
        and not wn.lemmas(word, "noun")
        and not wn.adverb_only(word)
    )


def _compound(m: re.Match) -> bool:
    """True when the modifier and the noun of ``m`` written together are a made thing in WordNet
    whatever the noun alone is (blind18: "the shower head is choking on limescale": "showerhead", not
    a head), and the pair is no place the subject is in ("the boy in the waiting area is choking")."""
    mod, noun = m.group("mod"), m.group("noun")
    if not mod or re.search(r"\b(in|at|on|by|near|from|inside|outside|behind|round|around)\s*$", m.string[: m.start()]):
        return False
    return any("noun.artifact" in word_classes(w) for w in (mod + noun, f"{mod}_{noun}"))


def _machine_act(m: re.Match) -> str:
    if not (_machine(m.group("noun")) or _compound(m)):
        return m.group(0)
    verb = "dropped" if m.group("verb") in ("fell", "fallen", "went flying") else "struggling"
    if m.group("verb").endswith("choked"):
        verb = "blocked"
    return m.group(0)[: m.start("verb") - m.start(0)] + verb


# "on fire" said of what cannot burn (a probe after blind18): a playlist, a song, a design, a season
# (WordNet first sense a communication, a thought, an act, a quality, a time or an event): praise
_ON_FIRE_OF = re.compile(
    r"\b(?:my|the|our|your|this|that|his|her|their)(?: new| latest)? (?:[a-z-]+ )??([a-z]+)"
    r"(?:'s| is| are| was| has been| have been| been| just| totally| literally| absolutely| so)* on fire\b"
)
_CANNOT_BURN = frozenset(
    {"noun.communication", "noun.cognition", "noun.act", "noun.attribute", "noun.time", "noun.event"}
)


# ... and none of its first three senses a thing that can ("cable" is a cablegram first)
_CAN_BURN = frozenset(
    {
        "noun.artifact",
        "noun.object",
        "noun.substance",
        "noun.plant",
        "noun.animal",
        "noun.group",
        "noun.location",
        "noun.body",
        "noun.food",
    }
)


def _on_fire_of(m: re.Match) -> str:
    word = m.group(1)
    if word_classes(word) & _CANNOT_BURN and not sense_classes(word, "noun", 3) & _CAN_BURN and not is_body_part(word):
        return m.group(0)[: -len("on fire")] + "doing great"
    return m.group(0)


# A thing worn said to strangle or crush its wearer while the caller asks for another size (s54urg, blind60: "my
# wetsuit is strangling me, can I swap it for a bigger size?"): a fit complained of, not a neck caught. The size or
# the swap must be asked in the line; "my scarf is strangling me, it's caught in the door" stays.
_TOO_TIGHT = re.compile(
    r"\b(?:my|this|the|these|that|those|our|his|her) (?:[a-z-]+ )?(?P<thing>[a-z-]+)(?:'s| is| are|'re)? "
    r"(?:literally |actually |absolutely |just |properly |kind of )?(?:strangling|choking|suffocating|squeezing|crushing|killing) "
    r"(?:me|us|him|her)\b(?=[^!]*\b(?:bigger|smaller|larger|looser|size|sizes|sized|swap|exchange|change it|too (?:tight|small)|"
    r"fit|fits|fitting)\b)"
)


def _too_tight(m: re.Match) -> str:
    thing = m.group("thing")
    if thing in PRONOUNS or is_person(thing) or is_body_part(thing) or "noun.animal" in word_classes(thing):
        return m.group(0)
    return f" the {thing} is too tight "


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the figures of the module docstring."""
    t = _TOO_TIGHT.sub(_too_tight, t)
    t = _ON_FIRE_OF.sub(_on_fire_of, t)
    t = rx(_BODY_VERBS).sub(_abstract_object, t)
    t = rx(_MACHINE_ILL).sub(lambda m: f" {m.group(1)} misbehaves " if _machine(m.group(1)) else m.group(0), t)
    t = rx(_MACHINE_ACTS).sub(_machine_act, t)
    t = rx(r"\bbleeding ([a-z]+)\b").sub(lambda m: "very " + m.group(1) if _intensifier(m.group(1)) else m.group(0), t)
    # bleeding a made thing: "bleed the radiator", "bleeding the brakes"
    t = rx(r"\bbleed(?:ing|s)? (?:the|my|our|a|your|all the) ([a-z]+)\b").sub(
        lambda m: " " if _machine(m.group(1)) and not is_body_part(m.group(1)) else m.group(0), t
    )
    # ... with a kind before it and no determiner (s43urg, blind35: "do you bleed hydraulic brakes same day?")
    t = rx(r"\bbleed(?:ing|s)? ([a-z]+) ([a-z]+)\b").sub(
        lambda m: (
            " " if _machine(m.group(2)) and not (is_body_part(m.group(1)) or is_body_part(m.group(2))) else m.group(0)
        ),
        t,
    )
    for pattern in _FIGURES:
        t = rx(pattern).sub(" ", t)
    return t
