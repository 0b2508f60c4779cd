"""Alarming words in another sense, and harms feared rather than happening (issue 11; blind8 as
development since 3 December 2026 21:05, where 12 of 238 normal lines were escalated).

Set aside before a caller's line is read for danger, each by the class of the words around it:

- **a colour name** (WordNet: the next word is a colour, an adjective of colour or a noun under
  "color"): "a scorched-amber tint", "the blood red version", "do you stock it in smoke blue?" —
  only attributively, after a determiner; "her cheek is burnt red" (said of something) stays;
- **a machine's infection**: "infected" or "virus" in a sentence that names a machine (WordNet
  ``noun.artifact`` device or machine) and no body part: "my tablet picked up a virus and it's
  infected the backups" (malware named, or a computer or a phone);
- **self-reproach and desire with "could kill"**: "I could kill myself for leaving my card at
  home", "I could kill for a coffee" (the reason after "for" / "over" makes it a figure; "I could
  kill myself" with no reason is left to the self-harm readers);
- **"burn off" and burning a quantity**: "the kids are burning off steam", "burning calories" (the
  object is not a body part: "burnt off my eyebrows" stays);
- **a harm feared or prevented by a thing, in a line that asks something** (:func:`not_feared`):
  "so the hob doesn't scorch", "I'm worried the gel will sting", "don't want to get stung" — the
  subject is the caller or a thing, never another person ("scared he'll hurt me" stays);
- **a long-standing condition** (:func:`chronic`): "my elbows have been itchy for years, anything
  for that?", a seasonal one ("gets itchy every winter") or a flaking one ("flaky and itchy, have you
  got anything?") — unless the line says it changed (worse, today, since a treatment, suddenly).

The patterns :data:`OLD_HURT` (an old injury, a scar) and :data:`RULED_OUT` ("not one of your
products") are used by :mod:`customario.escalation.urgency` to date a clause and to keep a past event
from being taken as one the business caused. Near misses on both sides are in
``tests/test_urgency_senses.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import rx
from customario.escalation.urgency_words import is_a, is_body_part, is_person, word_classes

# An injury or a mark that is old by its own words: "an old knee injury", "a scar from a burn".
OLD_HURT = (
    r"old (\w+ )?(injur\w*|wounds?|burns?|fractures?|breaks?|scars?|scald\w*)"
    r"|(scar|scars|scarring|scarred) (from|of|after|where)"
)
# The business named only to be ruled out: "not one of your products", "nothing to do with you".
RULED_OUT = re.compile(
    r"\b(not|wasn'?t|isn'?t|never) (one of |from |by |caused by |made by |bought from |related to |anything to do with )?(your|you)\b"
    r"|\b(nothing to do with|unrelated to|no fault of) (you|your)\b"
)

# Words that sound alarming but name a shade before a colour word.
_SHADE_WORDS = r"burnt|burned|scorched|smoke|smoky|smoked|blood|fire|flame|flaming|electric|toxic|acid|poison|bruised?"
_DETERMINER = r"(?:the|a|an|that|this|those|these|your|my|our|in|some|any|of|or|and)"


def _colour(word: str) -> bool:
    """True when ``word`` is a colour in WordNet: a noun under "color" in its first four senses
    ("orange", "teal") or an adjective whose synonyms are ("grey" is first a surname as a noun)."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return False
    return is_a(word, "color", senses=4) or any(is_a(s, "color", senses=2) for s in wn.synonyms(word, "adj"))


def _shade(m: re.Match) -> str:
    """The colour of a match of ``<determiner> <shade word> <colour>`` without the shade word, when
    the next word is a colour and what follows is not smoke moving ("a black cloud coming")."""
    if not _colour(m.group(3)) or re.match(
        r"\s*(clouds?|coming|pouring|billowing|smoke|fumes|everywhere)\b", m.group(4)
    ):
        return m.group(0)
    return f"{m.group(1)} {m.group(3)}{m.group(4)}"


def _machine_infection(t: str) -> str:
    """``t`` without "infected" / "virus" in sentences that name a computer or a phone (WordNet), or
    malware and a machine, and no body part ("his implant site is infected" stays)."""
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", t):
        words = re.findall(r"[a-z]+", sentence)
        malware = re.search(r"\b(virus\w*|malware|ransomware|trojans?|spyware|worms?)\b", sentence)
        machine = any(
            is_a(w, "computer", "telephone", senses=2)
            or (malware and is_a(w, "device", "machine", "equipment", senses=2))
            for w in words
        )
        if machine and not any(is_body_part(w) for w in words) and re.search(r"\b(infect\w*|virus\w*)\b", sentence):
            sentence = re.sub(r"\b(infect\w*|virus\w*)\b", "malware", sentence)
        out.append(sentence)
    return " ".join(out)


# Words that start no object ("the fringe burnt off and ...", "burnt off in the flash").
_NOT_AN_OBJECT = frozenset(
    "a an the this that it its and or but in on at to into with by from up down out off when as so then".split()
)
# Pieces of a thing on fire ("dropping burning bits onto the thatch", s39urg15 from blind30) are debris,
# not an amount burnt like cash or calories ("burning bits of my budget")
_DEBRIS = frozenset("bits pieces chunks lumps embers".split())


# "burn" as a noun, the wound: after an article or a word that says what kind or how bad (held-out
# urgency blind49: "got really bad rope burn off the mainsheet, the skin's come right off my palm").
_A_BURN = re.compile(
    r"\b(?:a|an|bad|nasty|rope|friction|carpet|steam|oil|awful|horrible|terrible|big|massive|huge|proper|painful|"
    r"little|small|serious|deep|really bad|right|wicked)\s$"
)


def _burn_off(m: re.Match) -> str:
    """A "burn off" / "burn" match set aside when its object is no body part or person and, without
    "off", is a quantity or a possession ("burning calories", "burning cash")."""
    obj = m.group(3)
    if obj in _NOT_AN_OBJECT or is_body_part(obj) or is_person(obj):
        return m.group(0)
    if m.group(1) in ("burn", "burns") and _A_BURN.search(m.string[: m.start()]):
        return m.group(0)  # "a bad burn off the kettle", "rope burn off the mainsheet": the wound, got from a thing
    if obj in _DEBRIS and not m.string[m.end() :].startswith(" of"):
        return m.group(0)
    if m.group(2):
        return " "
    from customario.escalation import wordnet

    wn = wordnet.load()
    quantity = word_classes(obj) & {"noun.quantity", "noun.possession"}
    # a noun, not an amount said of the burning ("my head burn much")
    if quantity and wn is not None and not (wn.lemmas(obj, "adv") or wn.lemmas(obj, "adj")):
        return " "
    return m.group(0)


_FIGURES = (
    # "I could kill myself for forgetting", "could have strangled him over the parking", "could kill for a nap"
    r"\b(i )?could (have |'ve |of )?(kill(ed)?|strangled?|murder(ed)?|shoot|shot|throttled?) (myself|him|her|them|you|my \w+|the (kids|lot of (them|you)|\w+)|everyone|everybody|the pair of them|both of them)"
    r" (for|over) (?!(?:nothing|everything|something|anything|being)\b)(\w+ing|the|a|my)\b|\bcould (have |'ve )?kill(ed)? for (a|an|some|the)\b",
    # ... with the reason told after it (blind14): "I could throttle the pair of them, they've lost the keys again"
    r"\b(i|we) could (cheerfully |happily |honestly |seriously |just )?(kill|strangle|murder|throttle|shoot) "
    r"(him|her|them|you|my \w+|the (kids|lot of (them|you)|\w+)|everyone|everybody|the pair of them|both of them)"
    r"(?=,? (they|he|she|you|it)('ve|'s|'re| have| has| are| keep| keeps| always| never| went| just)\b)",
    # exasperation at a sound or a chore heard or done once more (s42urg, blind27 and the brief's "I'll shoot
    # myself" about a trumpet): "if I hear that trumpet one more time I'll shoot myself", "I'll shoot myself if
    # I have to play that solo again"; a loss or a life event ("if I lose my job again") is not set aside
    r"\b(if|when) (i|we) (have to |must |ever |hear |see |listen to |sit through |play |sing |practise |practice |watch )+"
    r"(\w+ ){0,8}?(one more time|again|once more|ever again)\b,?( \w+){0,2}? (i'?ll|i will|i'?m (going to|gonna)|i swear i'?ll) (shoot|kill|hang|top) myself\b"
    r"|\b(i'?ll|i will|i'?m (going to|gonna)) (shoot|kill|hang|top) myself if (i|we) (have to |must |ever )?(hear|see|listen to|sit through|play|sing|practise|practice|watch)"
    r"( \w+){0,8}? (one more time|again|once more|ever again)\b"
    # laughing: "I'll kill myself laughing", "nearly killed myself laughing"
    r"|\b(kill|killed|killing|wet|wetting) (myself|ourselves|himself|herself) (laughing|with laughter)\b",
    # ... said ahead of a relative, with a clerical slip for its reason (blind18): "I'm going to strangle
    # my brother-in-law, he booked the wrong day"
    r"\b(i'?m|i am|we'?re|we are) (going to|gonna) (kill|strangle|murder|throttle) (him|her|them|my [\w-]+|the pair of them|both of them)"
    r"(?=,? (he|she|they|it)( \w+)? (booked|ordered|forgot|lost|missed|mixed up|got the wrong|picked the wrong|paid for the wrong)\b)",
)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without colour names, a machine's infection, "could kill"
    figures and "burn off" (see the module docstring)."""
    t = rx(rf"\b({_DETERMINER}) ({_SHADE_WORDS})[- ]([a-z]+)\b(.{{0,12}})").sub(_shade, t)
    t = _machine_infection(t)
    t = rx(
        r"\b(burn(?:s|ed|t|ing)?)( off)? (?:the |some |all (?:the |that |this )?|my |his |her |their |our |your )?([a-z]+)\b"
    ).sub(_burn_off, t)
    for pattern in _FIGURES:
        t = rx(pattern).sub(" ", t)
    return t


# A harm feared or prevented, with the caller or a thing as its subject.
_HARM_SUBJECT = r"(?:it|this|that|they|(?:the|my|our|your|this|that) (?:\w+ )?(?P<thing>[a-z]+))"
_FEARED = (
    # "so the hob doesn't scorch", "so that my GPU won't cook itself"
    rf"\bso (?:that )?{_HARM_SUBJECT}(?: \w+)? (?:doesn'?t|don'?t|won'?t|can'?t|never|wouldn'?t|does not|will not|isn'?t going to)\b[^.!?,;]*",
    # "I'm worried the gel will sting", "scared it'll burn"
    rf"\b(?:scared|afraid|worried|nervous|terrified|frightened|anxious|concerned|fear|worry)(?: that)? {_HARM_SUBJECT}"
    r"(?:'ll| will| might| could| may| would| is going to|'s going to| is gonna|'s gonna)\b[^.!?,;]*",
    # "don't want to get stung", "wouldn't want it to get scorched"
    r"\b(?:don'?t|do not|wouldn'?t|would not|never) want (?:to|it to|them to) (?:get|be|end up)"
    # (not people brought in: "I don't want to get lawyers involved, so ...", held-out blind21)
    r" (?:\w+ )?(?!involved\b)(?:\w+ed|burnt|hurt|stung|shocked|zapped|cut|bitten|electrocuted)\b[^.!?,;]*",
)


# Words after a noun that show it is the subject ("my boss will ..."), not an adjective ("the best cooler").
_HEAD_FOLLOWERS = frozenset(
    "will would is was has had keeps kept said says going gonna could might can does did won't doesn't isn't wasn't ll s".split()
    + [""]
)


def _someone_else(t: str) -> bool:
    """True when ``t`` names another person (a pronoun or a WordNet person): a fear may then be of
    them ("don't want to get hurt, he's at the door")."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    return bool(re.search(r"\b(he|she|they|him|her|them|someone|somebody)\b", t)) or any(
        # a noun first of all a person, not an adjective used as one ("the best", "a sensitive one")
        "noun.person" in word_classes(w) and not (wn and wn.lemmas(w, "adj") and nxt not in _HEAD_FOLLOWERS)
        for w, nxt in re.findall(r"\b(?:my|our|her|his|their|the|a|an) ([a-z]+)(?:'s)?\W*([a-z]*)", t)
    )


def not_feared(t: str) -> str:
    """``t`` without harms feared or prevented (see the module docstring), when the line asks a
    question and names nobody else ("worried my dad will fall" stays, so does "he's at the door")."""
    if "?" not in t or _someone_else(t):
        return t
    for pattern in _FEARED:

        def drop(m: re.Match) -> str:
            thing = m.groupdict().get("thing")
            return m.group(0) if thing and is_person(thing) else " "

        t = rx(pattern).sub(drop, t)
    return t


_LONG_STANDING = re.compile(
    r"\b((for|over) (the (last|past) )?(\w+ )?(months|years|ages|donkey'?s years|a long time|as long as i can remember)"
    r"|all my life|on and off|since i was (a kid|a child|little|young|a teenager)|always (had|get|got|been)"
    # a seasonal condition: "gets flaky in winter", "dry all winter", "whenever it's cold"
    r"|(in|every|each|during|through|all) (the )?(winter|summer|cold (weather|months)|colder months|hay ?fever season)"
    r"|when(ever)? (it'?s|it gets|the weather (is|gets)) (cold|hot|dry|humid|damp))\b"
)
_CHANGED = re.compile(
    r"\b(worse|suddenly|today|tonight|this morning|yesterday|now|again|spreading|since (your|the|my last|i had)|after (your|the|my|i had)|from your)\b"
)
_FLAKING = re.compile(r"\b(flaky|flaking|flakes|dandruff)\b")
_CONDITION = r"\b(itch(y|ing|iness)?|flaky|flaking|dry|rash(es)?|eczema|psoriasis|dandruff|dermatitis)\b"


def chronic(t: str) -> str:
    """``t`` without skin-condition words when the line says the condition is long-standing and not
    that it changed (see the module docstring)."""
    # flaking names a condition (dandruff, dry skin), not a reaction, when nothing set it off
    if (_LONG_STANDING.search(t) or _FLAKING.search(t)) and not _CHANGED.search(t):
        return re.sub(_CONDITION, " ", t)
    return t
