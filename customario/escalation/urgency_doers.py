"""Figures of speech told by who or what does the harm, set aside before a caller's line is read
(issue 11; s47urg, from the normal lines of urgency blind39 to blind42 that the rules raised, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_s47urg.py``; the corpora's brief,
section 4: "figures of speech" are ``normal``). The classes:

- **a killing or drowning verb whose doer is an activity or an idea**: "the spin class murdered me",
  "this course is killing me", "the paperwork's drowning me" (the doer's first WordNet sense an act, an
  event, a thought, a message, a time or a quality, never a person, an animal or a thing);
- **a killing verb whose object is a made thing**: "the kiln murdered my vase", "the dryer's killed my
  jumper" (the object's first sense a made thing, a food or a plant, and never a body part or a person);
- **a performance "on fire"**: "honestly I was on fire, bowled a 220", "we were on fire in the quiz":
  the caller or a player on fire, told with a score, a game or a win. A person on fire with no game in
  the line stays an emergency;
- **a look "like my head's on fire"**: a colour or a style that looks like fire ("it looks like my hair's
  on fire"), said with "look"; "it feels like my scalp is on fire" is a symptom and stays;
- **a threat at "the next person who"**: "she'll strangle the next person who leaves the door open",
  "I'll kill whoever keeps parking there": a threat at no one in particular, the hyperbole of an
  everyday annoyance.

:func:`set_aside` takes the normalised, lower-case line and returns it with those figures removed.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_body_part, is_person, word_classes

_KILL = r"(murder(?:ed|ing|s)?|kill(?:ed|ing|s)?|drown(?:ed|ing|s)?|slaughter(?:ed|ing|s)?|destroy(?:ed|ing|s)?)"
# a modal or a verb of intent is never the doer ("my stepdad will kill me": the doer is the stepdad, a person)
_MODAL = r"(?:will|would|could|should|might|must|can|shall|going|gonna|wanna|tried|trying|tries|wants|want|wanted|to|did|does|do)"
_DOER = re.compile(
    rf"\b(?:the|this|that|my|your|our|his|her|their|all the|all this|all that)( [a-z-]+)?? (?!{_MODAL}\b)(?P<doer>[a-z]+)"
    rf"(?:'s| is| has| have| are| was| were| just| absolutely| totally| properly| literally)* {_KILL} "
    r"(?P<obj>me|us|him|her|them)\b"
)
_ON_THING = re.compile(
    rf"\b{_KILL} (?:my|the|our|your|his|her|their|a|an|all my|all the)( [a-z-]+)?? (?P<obj>[a-z]+)\b"
)
_ABSTRACT = frozenset(
    {"noun.act", "noun.event", "noun.cognition", "noun.communication", "noun.time", "noun.attribute", "noun.state"}
)
_MADE = frozenset({"noun.artifact", "noun.food", "noun.plant"})
_GAME = re.compile(
    r"\b(bowl\w*|scor\w*|play\w*|game|games|match|round|league|won|win|winning|quiz|darts|pool|golf|snooker|strikes?|spares?|goals?|"
    r"points?|karaoke|set|gig|race|lap|innings|runs|wickets?|\d{2,3})\b"
)
_ON_FIRE_ME = re.compile(
    r"\b(?:honestly |totally |absolutely |literally |proper |properly |so )?(?:i was|i'?m|i am|we were|we'?re|he was|she was|they were|you were) "
    r"(?:totally |absolutely |literally |properly |just |so )?on fire\b"
)
_LOOKS_ON_FIRE = re.compile(
    r"\b(?:look|looks|looking|looked)( \w+){0,2} like (?:my|his|her|their|your|the) (?:head|hair|fringe|roots|scalp)(?:'s| is| was)? on fire\b"
)
_NEXT_PERSON = re.compile(
    r"\b(?:kill|strangle|murder|throttle|strangling|killing|murdering|throttling)\w* (?:the next (?:person|one|guy|man|woman|bloke|kid)|"
    r"whoever|anyone|anybody|everyone) (?:who|that)\b"
)


def _set_aside_when(m: re.Match, group: str, kinds) -> str:
    """The match blanked when its word ``group`` is no person and no body part and every WordNet
    class of it is among ``kinds``; else the match as said."""
    word = m.group(group)
    if is_person(word) or is_body_part(word):
        return m.group(0)
    classes = word_classes(word)
    return " " if classes and classes <= kinds else m.group(0)


def _doer(m: re.Match) -> str:
    # (said as hard work, so that later readers still see an exertion: s51urg, "the hill session killed me, my legs
    # are still dead")
    out = _set_aside_when(m, "doer", _ABSTRACT)
    return " it was hard work " if out == " " else out


def _on_thing(m: re.Match) -> str:
    return _set_aside_when(m, "obj", _MADE)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the figures of the module docstring."""
    t = _DOER.sub(_doer, t)
    t = _ON_THING.sub(_on_thing, t)
    if _GAME.search(t):
        t = _ON_FIRE_ME.sub(" doing great ", t)
    t = _LOOKS_ON_FIRE.sub(" looks bright ", t)
    return _NEXT_PERSON.sub(" ", t)
