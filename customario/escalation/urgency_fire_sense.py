"""Fire words that tell no fire now: a fire made on purpose where it belongs, fuel burnt by design,
and "on fire" said of a time that is not now, of a story, or as a hyperbole (issue 11).

A fire now is an emergency (section 4 of the corpora's brief); every corpus labels a fire that is
over with nobody hurt ``normal`` (blind3, blind5, blind8, blind17, blind21, blind30), and "on fire"
as praise ``normal`` (some forty lines in twenty-five corpora). The readers of
:mod:`customario.escalation.urgency` set aside "on fire" by listed subjects and times ("today",
"this week"), and each new writer found another: a time span (blind27 "I'm on fire this month",
blind30 "the heater has been on fire all week, I mean it's working brilliantly"), a past point
(blind25 "our striker was on fire on Saturday"), a story (blind23 "the film ended with the whole city
on fire") and a hyperbole (blind30 "the wife'll set me on fire if soot gets on the rug"): four
corpora, four writers. A fire made on purpose was read as a fire ("we made a fire on the beach",
the lead's probe), and fuel asked about as a fire ("is it safe to burn pallet wood in a stove?",
blind30).

:func:`set_aside` takes the normalised, lower-case line (str) and returns it with these uses
replaced by neutral words, unless the line tells the fire getting out of hand, a person hurt or in
danger, or a fire now (:data:`_NOW_DANGER`):

- **a fire made on purpose**: I, we or a person made, lit, built or had a fire, a campfire or a
  bonfire (not "started", not by accident) in a place that is not a room lived in, a tent or a
  vehicle;
- **fuel burnt by design**: "burn" and a thing put in or on a stove, a burner, a fire pit, a grate;
- **a fire kept to sit by**: a log, coal, wood, real, open or roaring fire (an amenity, "is the log
  fire lit in the evenings?");
- **"on fire" at a time not now**: a span ("this month", "all week", "lately", "for weeks") or a
  past point with the past tense ("was on fire on Saturday", "were on fire at the wedding");
- **"on fire" in a story**: the sentence names a film, a book, an episode, a game or a show with a
  verb of telling ("ended with", "in the last episode"), and no "actually" or "really";
- **food burnt in the cooking**: "burnt the toast" (WordNet ``noun.food``), and the smoke or the
  alarm it set off;
- **a hyperbole aimed at the caller**: someone "will set me on fire if/when ..." (the class of
  "she'll kill me if I'm late" in :mod:`customario.escalation.urgency_mishaps`), not reported as a
  threat ("said", "threatened").

Tests in the team's own phrasings are in ``tests/test_fire_sense_s39urg15.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import is_body_part, sense_classes

# A fire getting out of hand, a person hurt or in danger, or a fire said to be now.
_NOW_DANGER = re.compile(
    r"\b(spread\w*|caught|catching|catch|out of control|can'?t (put|get) it out|won'?t go out|flames? (everywhere|up|coming|climbing|licking)|"
    r"smoke (is )?(filling|everywhere|pouring)|full of smoke|alarm|trapped|inside|help|fire brigade|brigade'?s? (on the way|coming)|999|911|"
    r"burn(s|ed|t|ing)? (my|his|her|their|our|the|down|towards|through)|burns|burnt|burned|blister\w*|injur\w*|hurt|ambulance|hospital|a&e|"
    r"headaches?|dizzy|drowsy|sleepy|sick|carbon monoxide|co alarm|can'?t breathe|still (burning|going|on fire|alight)|"
    r"right now|actually|seriously|for real|no joke|not joking|real fire|"
    # leaving where it was made (held-out urgency blind29: "It's jumped the fence and it's climbing the
    # conifers towards the houses")
    r"jumped (over )?(the|a) \w+|climbing (up )?(the|a|into the) \w+|towards (the|our|my|some) (houses?|homes?|buildings?|flats?|sheds?|cars?|trees?))\b"
)
_PLACE_INDOORS = r"(kitchen|bedroom|lounge|living room|tent|van|caravan|car|bus|boat|cabin|flat|house|room|bin|shed|garage|loft|attic|office|shop)"
_MADE = re.compile(
    r"\b(i|we|the kids|the boys|the girls|my (?:son|daughter|dad|mum|husband|wife|partner|mates?|friends?))"
    r"(?:'ve|'re| are| were| have| had| just| then)* (made|lit|built|had|make|light|build|having|making)"
    r"(?: (?:a|an|the|our|us a|ourselves a|another))?(?: (?:little|small|big|nice|proper|lovely|cosy|roaring|beach|camp))*"
    r" (fire|campfire|bonfire)\b"
    rf"(?! (?:in|inside) (?:the|a|my|our|his|her|their) {_PLACE_INDOORS}\b)"
)
# A fire kept to sit by ("there's a log fire in the lounge", "a real fire in the snug"): an amenity.
_HEARTH_FIRE = re.compile(
    r"\b(log|coal|wood|wood-burning|real|roaring|cosy|cozy|open) fire\b(?! (is|'s|has|have) (spread|caught|out of))"
)
_GOING = re.compile(r"\b(i|we)(?:'ve| have)? got (?:a|the) (?:\w+ )?fire going\b")
_ACCIDENT = re.compile(r"\b(accident\w*|by mistake|somehow|didn'?t mean)\b")
_FUEL = re.compile(
    r"\bburn(?:s|ing|t|ed)?(?: [\w'-]+){1,4} (?:in|on) (?:the|a|an|my|our|your|this) (?:[\w-]+ ){0,2}"
    r"(?:stove|burner|woodburner|fire ?pit|grate|fireplace|brazier|chiminea|bonfire|incinerator|fire ?bowl|hearth|pizza oven|bbq|barbecue|open fire)\b"
)
_SPAN = (
    r"(this|all|the whole|the past|the last) (month|week|season|year|term|quarter|summer|winter|spring|autumn|weekend|half)"
    r"|lately|recently|these days|for (days|weeks|months|ages)|since (january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter)"
    r"|all (day|night|week|month|season|year|term|weekend)"
)
_ON_FIRE_SPAN = re.compile(rf"\bon fire(?: \w+){{0,3}}? (?:{_SPAN})\b")
_PAST_POINT = (
    r"(on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the day|the night)|last (night|week|weekend|saturday|sunday|friday|season|time)"
    r"|yesterday|(at|in) the (\w+ )?(weekend|match|game|gig|show|race|wedding|party|final|tournament|competition|concert|quiz|meet|gala|semi|semis|derby|league))"
)
_WAS_ON_FIRE = re.compile(rf"\b(was|were) on fire(?: \w+){{0,3}}? {_PAST_POINT}\b")
_WORK = r"(film|movie|book|novel|episode|series|show|game|play|trailer|sequel|scene|chapter|comic|cartoon|musical|documentary|box set|finale|story)"
_STORY = re.compile(
    rf"\b(?:the|that|this|a|your|last|latest|new) (?:\w+ )?{_WORK}\b(?:'s)? (?:\w+ )?(?:ended|ends|finishes|finished|starts|started|opens|opened|closes|closed) with\b"
    rf"|\bin (?:the|that|this|a|last|your) (?:\w+ )?{_WORK}\b"
)
# ... or the fire placed in the work's own time ("the film was brilliant, the whole city in flames at the end")
_IN_THE_WORK = re.compile(
    rf"\b{_WORK}\b[^.!?]*\b(?:on fire|in flames|ablaze|burning|burnt down|burned down|blew up|explod\w*)\b[^.!?]{{0,15}}"
    r"\b(?:at the (?:end|start|beginning)|in the end|by the end|in the (?:final|last|opening|first) (?:scene|episode|chapter|act|minutes?))\b"
)
_STORY_FIRE = re.compile(r"\b(on fire|in flames|ablaze|burning|burnt down|burned down|blew up|explod\w*)\b")
_HYPERBOLE = re.compile(
    r"\b(?:'ll|will|would|'d|is going to|'s going to|gonna) (?:set (?:me|us) on fire|set fire to (?:me|us)|torch (?:me|us)|roast (?:me|us))"
    r" (?:if|when|unless|once|for)\b"
)
# Food burnt in the cooking ("I burnt the toast", "it was only burnt toast"): a cooking mishap, and the
# smoke or the alarm it set off is no fire (blind4, blind26, blind27, blind28 label it normal). The
# object is food by WordNet (noun.food in its first two senses), so "burnt my hand" stays a burn.
_BURNT_WHAT = re.compile(
    r"\bburn(?:t|ed|ing|s)? (?:(?:the|my|our|his|her|their|some|a|an|his|all the) )?(?:(?P<w1>[a-z]+) )?(?P<w2>[a-z]+)\b"
)
# (an alarm is what burnt toast sets off; flames, spreading smoke or a burnt hand are not cooking)
_COOKING_DANGER = re.compile(
    r"\b(spread\w*|caught|catching|out of control|can'?t (put|get) it out|flames?|full of smoke|filling|pouring|thick smoke|black smoke|"
    r"trapped|burn(ed|t)? (my|his|her|their|our)|hurt|injur\w*|blister\w*|hospital|ambulance|can'?t breathe|on fire|alight|ablaze)\b"
)
_ALARM_SMOKE = re.compile(r"\b(?:smoke|fire) alarms?\b|\bsmok(?:e|ed|ing|y)\b")
_REPORTED = re.compile(r"\b(said|says|saying|threaten\w*|told me|keeps? saying|shout\w*|screaming|yelling)\b")


def _cooked(t: str) -> str:
    """``t`` with food burnt in the cooking, and the smoke or the alarm beside it, said as cooking."""
    for m in _BURNT_WHAT.finditer(t):
        words = [w for w in (m.group("w1"), m.group("w2")) if w]
        if any("noun.food" in sense_classes(w, "noun", 2) and not is_body_part(w) for w in words):
            return _ALARM_SMOKE.sub(" alarm ", t[: m.start()] + " overcooked " + t[m.end() :])
    return t


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) with the fire words of the module docstring that tell no fire
    now replaced by neutral words; ``t`` unchanged when :data:`_NOW_DANGER` matches."""
    if not _COOKING_DANGER.search(t):
        t = _cooked(t)
    if _NOW_DANGER.search(t):
        return t
    if not _ACCIDENT.search(t):
        t = _MADE.sub(lambda m: f"{m.group(1)} {m.group(2)} a campfire", t)
        t = _GOING.sub(lambda m: f"{m.group(1)} lit a campfire", t)
    t = _FUEL.sub(" use the stove ", t)
    t = _HEARTH_FIRE.sub(" fireside ", t)
    t = _ON_FIRE_SPAN.sub(" doing great ", t)
    t = _WAS_ON_FIRE.sub(" did great ", t)
    sentences = re.split(r"(?<=[.!?])\s+", t)
    t = " ".join(_STORY_FIRE.sub(" in the story ", s) if _IN_THE_WORK.search(s) else s for s in sentences)
    sentences = re.split(r"(?<=[.!?,])\s+", t)
    t = " ".join(_STORY_FIRE.sub(" in the story ", s) if _STORY.search(s) else s for s in sentences)
    if not _REPORTED.search(t):
        t = _HYPERBOLE.sub(" will be cross if ", t)
    return t
