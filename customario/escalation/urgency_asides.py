"""Alarming words that are not harm now, by class (issue 11; from the normal lines of urgency blind10
and blind12 that were escalated, 4 December 2026), set aside before a caller's line is read for
danger. Each class is tested in the team's own phrasings in ``tests/test_urgency_asides.py``:

- **damage to cloth**: a scorch or singe mark on someone's garment or linen (WordNet: clothing, a
  garment, bedclothes, household linen) is a complaint about the service, not a hazard, unless a
  body part or something electrical is in the sentence;
- **muscles after exercise**: a part "burning" or "on fire" after a workout, or after an activity
  WordNet files under exercise, sport, dance or walking ("after the tango workshop", "from the hill
  walking"), or "in a good way" (not the chest, the throat or the skin: those are signs; not with
  heat, a chemical or a skin sign in the sentence);
- **drowning someone in things**: "drowning me in questions" (the thing after "in" no liquid and
  no body of water in WordNet);
- **set phrases of success and shock**: "set the world on fire", "you've given me a heart attack
  with that quote" (said to the caller: a third person "given him a heart attack" stays);
- **the caller melting in the heat**: "I was literally melting", "we were melting on the coach";
- **a thing that slipped**: "a few tiles slipped in the wind" (the subject a made thing in WordNet,
  not a person nor a body part: "my foot slipped" stays), and one slipped down the side or the back of a seat,
  lost (s51urg);
- **self-reproach for a blunder**: "I could kill myself, I've booked the wrong day" (a first-person
  blunder told right after; "I could kill myself, I've had enough" is left to the self-harm readers);
- **a threat made as praise**: "I could sue you for how good this is";
- **a harm foretold as a reaction to a price or news**: "she'll have a heart attack when she sees
  the bill";
- **a rescue medicine asked about**: "can I keep my EpiPen on me in the hall?" (carried, not used);
- **a hazard denied**: "there's no gas smell or anything", "no smoke, no sparks";
- **a fire that is a heater**: "the gas fire won't light", "the fire in the lounge keeps going out",
  "the electric fire stopped working" (an appliance that does not work, not flames; kept when the
  sentence has smoke, flames, a smell, burning or sparks);
- **a policy asked about** (:func:`asked`, read with the hypotheticals, so an emergency word in
  it still makes the line urgent): "if I get a reaction to the dye, what do you do?";
- **a hospital as a place** (:func:`asked`): "is the cottage near a hospital, in case ...?" and
  clauses opened by "in case" in a question;
- **someone else's hospital stay going well**: "she's in hospital and doing fine, can you hold her
  delivery?" (the ambulance and the hospital told with the outcome, no sign now).

:func:`set_aside` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency`.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_a, is_body_part, is_made_thing, is_person, word_classes

_CLOTH = ("clothing", "garment", "bedclothes", "household linen")
_ELECTRIC = re.compile(
    r"\b(sockets?|plugs?|wires?|wiring|cables?|leads?|chargers?|batter(y|ies)|fuse\w*|switch\w*|outlets?|appliances?|adaptors?|adapters?)\b"
)


def _scorched_cloth(sentence: str) -> str:
    """A sentence without its scorch words when they are about a garment or a fabric."""
    if not re.search(r"\b(scorch\w*|singe\w*|burn marks?)\b", sentence) or _ELECTRIC.search(sentence):
        return sentence
    # "came back" is a return, not a body part
    plain = re.sub(
        r"\b(came|come|coming|went|go|going|got|get|getting|brought|bring|sent|send|gave|give|paid|pay|took|take) back\b",
        " ",
        sentence,
    )
    words = re.findall(r"[a-z]+", plain)
    if any(is_body_part(w) for w in words):
        return sentence
    # the garment is someone's ("my shirt", "her dress"; "smothered it with a blanket" is no garment hurt)
    owned = re.findall(r"\b(?:my|his|her|our|their|your) (?:[a-z]+ )?([a-z]+)\b", plain)
    if any(len(w) > 3 and is_a(w, *_CLOTH, senses=2) for w in owned):
        return re.sub(r"\b(scorch\w*|singe\w*|burn marks?)\b", "mark", sentence)
    return sentence


_EXERCISE = (
    r"(in a good way|workout|work-?out|boot ?camp|training|gym|spin class|circuits|hiit|hike|hiking|leg day|exercise|"
    r"squats|lunges|press-?ups|push-?ups|marathon|pilates|yoga|zumba|crossfit|bootcamp|"
    # a gym's own words (blind17: "my arms r on fire lol, can i freeze my membership"; "overhang routes")
    r"membership|sparring|pads|bouldering|climbing|routes|reps|burpees|planks?|rowing machine|spin|circuit)"
)
_MUSCLES = r"(legs?|arms?|thighs?|calves|calf|glutes|abs|muscles?|shoulders?|quads|hamstrings|core|bum|lungs|feet|back|biceps|triceps)"
_DROWN = re.compile(
    r"\bdrown(?:ing|ed|s)? (?:me|us|him|her|them|you) in (?:the |a |an |all the |loads of |so many )?([a-z]+)\b"
)
_FIGURES = (
    r"\bset(?:s|ting)? (?:the )?(?:world|dance ?floor|stage|charts?|pitch|league|track|internet|box office) (?:on fire|alight|ablaze)\b",
    r"\b(?:you'?ve|you have|you|that|this|that'?s|this has|that has)(?: just| nearly| almost)? (?:given|gave|give|giving) (?:me|us) "
    r"(?:a |an )?(?:heart attack|stroke|coronary|cardiac arrest)\b",
    r"\b(?:i|we)(?:'m| am| was| were|'re| are)(?: literally| absolutely| just| practically| actually)* melting\b(?! (?:the|my|a|an|it|some)\b)",
    # ... or about to melt (urg16, blind20: "so hot I thought I was going to melt. Loved it.")
    r"\b(?:i|we) (?:thought |felt like |was sure )?(?:i|we)?(?:'d| would| was going to| were going to| could| might)(?: literally| actually| just)? melt\b",
    # self-reproach for a blunder told right after
    r"\b(?:i )?could (?:have |'ve )?kill(?:ed)? myself\b(?=[,.!;: -]+(?:i'?ve|i have|i|i'?d|i just|i went and) (?:\w+ )?"
    r"(?:booked|forgot|forgotten|missed|deleted|double-?booked|mixed|ordered|typed|entered)\b"
    r"(?! (?:everything|it all|all)\b))",
    # a threat made as praise
    r"\bsue (?:you|them|your \w+) for (?:how (?:good|great|nice|lovely|gorgeous|amazing|beautiful|perfect)|being (?:so|too) \w+"
    r"|making (?:me|us|it) (?:look|feel|sound) (?:so|this|too) \w+)",
    # ... or as a joke about it ("ur gonna get sued lol, it's so good it should be illegal")
    r"\b(?:gonna|gon|going to|will|'ll) (?:get|be) (?:\w+ )?sued\b(?=[^.!?]*\b(?:lol|lmao|haha|so good|too good|should be illegal)\b)",
    # a harm foretold as someone's reaction to a price or news (urg15, blind28: "my mother-in-law's going to
    # have a heart attack when she sees the bill"; blind2's "nearly fainted when she saw the bill")
    r"\b(?:going to|gonna|will|'ll|would|'d|might|could|may)(?: \w+)? (?:have|get|take) (?:a |an )?"
    r"(?:heart attack|stroke|coronary|fit|seizure|cardiac arrest|funny turn)\b"
    r"(?= (?:when|once|if|after|the minute|the moment) [^.!?]*\b(?:bill|price|prices|quote|invoice|cost|total|receipt|statement|"
    r"estimate|news|colour|haircut|mess|damage|state of)\b)",
    # a hazard denied
    r"\b(?:no|not any|without any|without|isn'?t any|there'?s no|there is no|haven'?t smelt any|can'?t smell any)"
    r" (?:gas smell|smell of gas|smell of burning|burning smell|smoke|sparks?|fumes)\b(?:,? (?:or|nor|no) (?:anything|smoke|sparks?|fumes|smell))*",
)
# A rescue medicine asked about where it may be kept or brought (urg15, blind25: "Can I keep my EpiPen on me
# in the karaoke room or does it have to go in the cloakroom?"): carried, not used; set aside only when no
# sign of a reaction is in the line
_RESCUE_ASKED = re.compile(
    r"\b(?:can|could|may|do|should|will|shall|am|is|are)\b (?:i|we|he|she|they|you|my \w+|our \w+|kids|children|guests|people)\b(?: \w+){0,2} "
    r"(?:keep|bring|carry|store|have|take|leave|hold|put|allowed)(?: \w+){0,3}? (?:epi-?pens?|inhalers?|auto-?injectors?|insulin|jext|emerade|anapen)\b"
    r"[^.?!]*\?"
)
_REACTION_SIGN = re.compile(
    r"\b(reacti\w*|swell\w*|swollen|breath\w*|wheez\w*|hives|rash|throat|tongue|lips?|collaps\w*|faint\w*|dizzy|"
    r"vomit\w*|sick|blotch\w*|itch\w*|cough\w*|stung|bitten|ate|eaten|swallowed|attack)\b"
)
# Questions ahead of time, read apart like the hypotheticals of urgency._not_asked (an emergency word
# in one still makes the line urgent): a policy of the business, a hospital as a place, "in case".
_ASKED = (
    r"\bif (?:i|we|he|she|they|my \w+|someone|anyone|a \w+) (?:get|gets|have|has|start|starts|feel|feels|react|reacts|come out in|comes out in)\b"
    r"[^.?!]*?,? (?:what|how) (?:do|would|will|should|can|could) (?:you|your \w+)\b[^.?!]*\?",
    r"\b(?:near|close to|far from|nearest|how far|distance to|next to|walking distance (?:of|to|from))(?: \w+){0,2}"
    r" (?:a |the )?(?:hospital|a&e|walk-in|pharmacy|chemist|doctors?|gp|surgery|minor injuries)\b(?=[^.!]*\?)",
    r"\b(?:just )?in case\b[^.?!,]*(?=[^.!]*\?)",
)
# Someone else's hospital stay going well: the harm words are context for a request.
_DOING_WELL = re.compile(
    r"\b(he'?s|she'?s|they'?re|he is|she is|they are)( \w+){0,4} (and )?(doing (fine|well|ok|okay|great|alright)|recovering|"
    r"on the mend|comfortable|stable|fine)\b"
)
_BEFORE = re.compile(
    r"\b(came|took|taken|was called|were called|had to (come|call)|last night|yesterday|at the weekend|this morning|"
    r"on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (week|weekend|month)|the other day|(a few|two|three|several) days ago)\b"
)
_ON_WARD = re.compile(r"\b(in|on|at|into) (the )?(\w+ )?(hospital|ward|infirmary|hospice|rehab)\b")
_SIGN_NOW = re.compile(r"\b(not breathing|unconscious|bleeding|can'?t breathe|worse|critical|intensive care|icu)\b")


_HEATER_FAULT = re.compile(
    r"\bfire\b(?=[^.!?]{0,40}\b(won'?t (light|come on|turn on|start|stay (lit|on))|keeps (going out|cutting out|clicking)"
    r"|(stopped|isn'?t|is not|not) working|needs (a )?servic\w*|pilot light|(is|'s) broken|doesn'?t (light|work|come on)"
    # a hearth that works (blind14): "the fire in the snug draws well since you swept the flue"
    r"|(draws|drawing|drew|pulls|pulling) (so |really )?(well|nicely|beautifully|better|properly|great|perfectly)"
    r"|since (you|your \w+) (swept|serviced|cleaned|fitted|lined|repaired)))"
)
_REAL_FIRE = re.compile(r"\b(smoke|smoking|flames?|smell\w*|burning|sparks?|alight|spreading|caught)\b")


def _heater(sentence: str) -> str:
    """A sentence whose "fire" is a heater that does not work, or a hearth that draws well, with "fire"
    read as "heater"."""
    return sentence if _REAL_FIRE.search(sentence) else _HEATER_FAULT.sub("heater", sentence)


def _after_exercise(m: re.Match) -> str:
    """ "burning" set aside when the nearest body part before it (four words at most) is a muscle, or
    when there is none and the caller says "in a good way"."""
    before = re.findall(r"[a-z]+", m.string[max(0, m.start() - 40) : m.start()])[-4:]
    parts = [w for w in before if is_body_part(w) or re.fullmatch(_MUSCLES, w)]
    if parts:
        return " " if re.fullmatch(_MUSCLES, parts[-1]) else m.group(0)
    return " " if re.search(r"\bin (a|the) (good|best|nice) way\b", m.string) else m.group(0)


# Exertion named by its kind rather than by a gym's words (urg15, from blind25 and blind26: "my feet were
# on fire after the tango workshop", "my calves are on fire from the hill walking"): an activity after
# "after" or "from" whose WordNet ancestors include exercise, sport, dance or walking, or the gerund of a
# verb of motion ("after the canoeing").
_EXERTION = frozenset(
    {"exercise", "physical exercise", "exertion", "sport", "athletics", "dance", "dancing", "walk", "walking"}
)
_AFTER_ACTIVITY = re.compile(
    r"\b(?:burning|on fire)\b(?=[^.!?]*?\b(?:after|from|during) (?:the |my |our |that |this |all (?:the |that )?|today'?s |"
    r"yesterday'?s |last night'?s |a |an )?((?:[a-z-]+ ){0,2}[a-z-]+))"
)
# ... unless heat, a chemical or a skin sign is in the sentence ("after the walk over the hot coals")
_HEAT_OR_SKIN = re.compile(
    r"\b(hot|heat\w*|scald\w*|chemical\w*|acid|bleach|blister\w*|rash|raw|red|peel\w*|cream|lotion|coals?|embers|sunburn\w*|sting\w*)\b"
)


# ... or a long stint of any activity, or new footwear (s42urg, blind33 and blind26: "me fingers are on fire
# after three hours of moss stitch", "my feet are on fire in these new boots"): a burning feeling of use
_STINT_OR_SHOES = re.compile(
    r"\b(?:burning|on fire)\b(?=[^.!?]*?\b(?:(?:after|from|with|doing) (?:\w+ ){0,3}(?:hours?|an hour|days?|all day|all night|shifts?|a stint|weeks?) (?:of|on|at|in)\b"
    # ... or a session of it (blind14: "my fingers are on fire after that session, best pump ever")
    r"|(?:after|from) (?:that|the|this|today'?s|tonight'?s|my|a|an|our) (?:\w+ )?(?:session|workout|shift|practice|rehearsal|gig|climb|lesson|stint|marathon)\b"
    r"|(?:in|after|from|with|breaking in) (?:these|those|my|the|his|her|their|new|a pair of|that pair of) (?:new |brand new |cheap |pointy |high )?"
    r"(?:boots|shoes|heels|trainers|sandals|wellies|wellingtons|clogs|stilettos|slippers|insoles|skates|brogues|pumps|flip-?flops|sneakers)\b))"
)


def _stint(m: re.Match) -> str:
    start = max(m.string.rfind(p, 0, m.start()) for p in ".!?")
    ends = [i for i in (m.string.find(p, m.end()) for p in ".!?") if i >= 0]
    sentence = m.string[start + 1 : min(ends) if ends else len(m.string)]
    return m.group(0) if _HEAT_OR_SKIN.search(sentence) else " "


def _exertion(m: re.Match) -> str:
    start = max(m.string.rfind(p, 0, m.start()) for p in ".!?")
    ends = [i for i in (m.string.find(p, m.end()) for p in ".!?") if i >= 0]
    sentence = m.string[start + 1 : min(ends) if ends else len(m.string)]
    if _HEAT_OR_SKIN.search(sentence):
        return m.group(0)
    if any(is_a(w, *_EXERTION, senses=2) or _moving(w) for w in m.group(1).split()):
        return _after_exercise(m)
    return m.group(0)


def _moving(word: str) -> bool:
    """True for a gerund of a WordNet ``verb.motion`` verb ("canoeing", "abseiling", "cycling")."""
    return word.endswith("ing") and "verb.motion" in word_classes(word, "verb")


_LOST_DOWN = re.compile(
    r" (?:down|behind|between|under(?:neath)?|in(?:to)?) (?:the )?(?:side|back|gap|cushions?|crack)(?:s)?(?: of| between| behind| under| in)?\b"
)


def _slipped(m: re.Match) -> str:
    """ "tiles slipped" read as moved: the subject a made thing and nobody (a person or a body part
    in WordNet) in the sentence ("the saw slipped and caught my finger" stays an accident)."""
    word = m.group(1)
    # (a thing slipped down the side or the back of a seat is lost, whoever is named: s51urg, blind51 "I think my glasses
    # case slipped down the side of seat G14"; the thing may be named by a compound, "glasses case")
    before = re.findall(r"[a-z]+", m.string[max(0, m.start() - 20) : m.start()])[-1:]
    if _LOST_DOWN.match(m.string, m.end()) and any(is_made_thing(w) for w in [word, *before]):
        if not (is_person(word) or is_body_part(word)):
            return f"{word} moved"
    if not is_made_thing(word):
        return m.group(0)
    start = max(m.string.rfind(p, 0, m.start()) for p in ".!?")
    ends = [i for i in (m.string.find(p, m.end()) for p in ".!?") if i >= 0]
    sentence = m.string[start + 1 : min(ends) if ends else len(m.string)]
    # (the business's own trade asked to come, "can your roofer look", is nobody hurt)
    sentence = re.sub(r"\byour (\w+ )?\w+", " ", sentence)
    if any(is_person(w) or is_body_part(w) or w in ("i", "me", "we", "us") for w in re.findall(r"[a-z]+", sentence)):
        return m.group(0)
    return f"{word} moved"


def _drowned(m: re.Match) -> str:
    word = m.group(1)
    if is_a(word, "body of water", "liquid", senses=1) or word in ("water", "sea", "river", "pool", "bath"):
        return m.group(0)
    return " "


def asked(t: str) -> str:
    """``t`` without the questions ahead of time of :data:`_ASKED`."""
    for pattern in _ASKED:
        t = re.sub(pattern, " ", t)
    return t


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the classes of the module docstring."""
    t = " ".join(_heater(_scorched_cloth(s)) for s in re.split(r"(?<=[.!?])\s+", t))
    t = re.sub(rf"\b(?:burning|on fire)\b(?=[^.!?]*\b{_EXERCISE}\b)", _after_exercise, t)
    t = _AFTER_ACTIVITY.sub(_exertion, t)
    t = _STINT_OR_SHOES.sub(_stint, t)
    t = _DROWN.sub(_drowned, t)
    t = re.sub(
        r"\b([a-z]+)(?:'s| have| had| just)* (?:slipped|slid|blew off|blown off)\b",
        _slipped,
        t,
    )
    for pattern in _FIGURES:
        t = re.sub(pattern, " ", t)
    if not _REACTION_SIGN.search(t):
        t = _RESCUE_ASKED.sub(" ", t)
    if _DOING_WELL.search(t) and _BEFORE.search(t) and not _SIGN_NOW.search(t):
        # ... and what put them there, when they are on a ward now (s42urg, blind33: "on the cardiac ward after
        # his heart attack on Sunday, he's stable now", "in hospital after her fall last week, she's on the mend")
        if _ON_WARD.search(t):
            t = re.sub(r"\b(after|following|with) (his|her|their|a|the) [^,.;!?]*", " ", t)
        t = re.sub(r"\b(ambulance|paramedics?|hospital|a&e|admitted)\b", " ", t)
    return t
