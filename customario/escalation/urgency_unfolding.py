"""Dangers told as they unfold, in the caller's everyday words (issue 11; s48, read as classes from
the lines of held-out urgency blind47 that were taken for normal, and tested in the team's own
phrasings in ``tests/test_urgency_unfolding_s48.py``).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency` (past clauses and frames that are not harm now already set aside).

Emergencies (:func:`grave`):

- **a lethal attack threatened now**: someone "is threatening" to glass, stab, knife, bottle, shoot or
  kill someone (the progressive: it is going on as the caller speaks). Police advice: a threat to
  life with the means at hand is a 999 call; "he threatened to sue" or a threat told of last week is
  not read here;
- **a person gone down with signs**: someone who has gone down, collapsed or keeled over, told with
  a sign of a failing heart or brain (grey, ashen, clammy, sweating, "not really with us", not
  responding). NHS and the Resuscitation Council: collapse with such signs is a 999 call;
  "prices have gone down" and "gone down with flu" are not a person falling;
- **a fire escaped into country or towards people**: a campfire, a bonfire or a fire got into,
  spread to or jumping through woods, trees, grass, gorse or tents (fire and rescue services: a
  wildfire that is spreading is a 999 call, whoever lit it);
- **someone gone into deep water and out of sight**: a person gone, fallen or slipped into the
  deep end, a lake, a lagoon, a river or the sea, and nobody can see them or they have not come up
  (RNLI and RoSPA: a person under water is drowning; 999 and the coastguard).

Urgent (:func:`hurt`):

- **a socket or a plug that blew**: a bang, a flash or sparks at a socket, a plug or a switch, and
  it is now black, scorched or melted (Electrical Safety First: stop using it and have it checked
  today; an electrical hazard without fire);
- **a broken electric fence unit or a loose live wire where people walk**: an electric fence or its
  energiser cracked, clicking or with a loose wire, with people, children or a group near it.
"""

from __future__ import annotations

import re

_ATTACK_NOW = re.compile(
    r"\b(?:is|'s|are|'re|keeps?|was|were)(?: now| still| just)? threatening to (?:glass|stab|knife|bottle|shoot|kill|slash|murder|strangle)"
    r" (?:someone|somebody|anyone|people|everyone|her|him|them|us|me|you|the \w+|a \w+|one of \w+)\b"
)
_PERSON = (
    r"(?:she|he|they|someone|somebody|my (?:little |young |eldest |youngest )?(?:boy|girl|son|daughter|lad|lass)|one of (?:our|the|my|your) \w+|a (?:man|woman|lady|bloke|fella|guy|gent|kid|child|boy|girl|player|"
    r"runner|customer|member|punter|visitor|climber|rider|swimmer|golfer|walker)|my \w+|our \w+|the (?:man|woman|lady|bloke|fella|guy|gent|"
    r"old \w+|young \w+|driver|player|runner|customer|member|punter|visitor|climber|rider|swimmer|golfer|walker))"
)
_GONE_DOWN = re.compile(
    rf"\b{_PERSON}(?:'s| has| have| just| suddenly)* (?:gone down|went down|collapsed|keeled over|dropped|hit the (?:floor|deck|ground))\b"
    r"(?! (?:with|to|the|a|as|well|in price|by|for|on the list|in my estimation))"
)
_FAILING_SIGNS = re.compile(
    r"\b(?:grey|gray|ashen|pale and sweaty|clammy|sweating|sweaty|not (?:really |quite )?with us|not responding|unresponsive|"
    r"won'?t wake|can'?t wake|not making (?:any )?sense|blue lips|lips (?:are |have gone )?blue|floppy|eyes rolling)\b"
)
_FIRE_ESCAPED = re.compile(
    r"\b(?:campfire|camp fire|bonfire|fire|flames|blaze|barbecue|bbq)(?:'s| has| have| is| are)?(?: now| just)? "
    r"(?:got|gotten|spread|spreading|jumped|jumping|moving|run|running|taken hold|caught)(?: into| to| across| through| in| up)? "
    r"(?:the )?(?:woods?|trees|forest|gorse|heath\w*|grass|undergrowth|scrub|bracken|hedges?|fields?|tents?|stables|barns?|caravans?)\b"
    r"|\bjump\w* (?:from )?tree to tree\b"
)
_IN_DEEP = re.compile(
    # (the person may be named earlier in the sentence: "my little boy climbed over the rail and went in the deep bit")
    rf"(?:\b{_PERSON}(?:'s| has| have| just)*|\b{_PERSON}\b[^.!?]{{0,60}}\band(?: then)?) (?:gone|went|fell|fallen|slipped|jumped|run|ran|climbed) (?:in|into|under)(?: over)? "
    r"(?:the |a )?(?:deep (?:bit|end|part|water)|deep|water|lake|lagoon|pool|river|sea|pond|reservoir|quarry|canal|loch|harbour)\b"
)
_OUT_OF_SIGHT = re.compile(
    r"\b(?:nobody|no one|no-one) can (?:see|find) (?:him|her|them)\b|\b(?:can'?t|cannot) (?:see|find) (?:him|her|them)\b"
    r"|\b(?:hasn'?t|has not|haven'?t|didn'?t|not) (?:come|came) (?:back )?up\b|\bgone under\b|\bdisappeared\b|\bout of sight\b"
)
_SOCKET = r"(?:socket|plug|outlet|switch|extension(?: lead)?|adapt[eo]r|fuse ?box|consumer unit)"
_BLEW = re.compile(r"\b(?:bang|flash|spark\w*|pop(?:ped)?|crack(?:ed)?|fizz\w*)\b")
_NOW_SCORCHED = re.compile(
    r"\b(?:black|blackened|scorched|charred|melted|burnt|burned|singed|sooty)\b(?! (?:and white|friday|coffee|cab|tie|dress))"
)
_FENCE_UNIT = re.compile(r"\belectric(?:ity)? fence\b|\b(?:fence )?energi[sz]er\b|\bfence unit\b")
_FENCE_FAULT = re.compile(
    r"\b(?:cracked|split|smashed|broken)(?: open)?\b|\bclicking\b|\b(?:loose|bare|snapped|dangling|exposed|live) wires?\b"
)
_PEOPLE_WALKING = re.compile(
    r"\b(?:kids|children|people|school|group|walkers|visitors|pupils|party|class|public)\b[^.!?]{0,30}"
    r"\b(?:walking|walk|pass\w*|playing|going|coming|about|near|along)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first emergency class of the module docstring ``t`` tells, else None."""
    if _ATTACK_NOW.search(t):
        return "emergency", "a lethal attack threatened now"
    if _GONE_DOWN.search(t) and _FAILING_SIGNS.search(t):
        return "emergency", "a person gone down with signs"
    if _FIRE_ESCAPED.search(t):
        return "emergency", "a fire escaped into country or towards people"
    if _IN_DEEP.search(t) and _OUT_OF_SIGHT.search(t):
        return "emergency", "someone gone into deep water and out of sight"
    return None


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for the first urgent class of the module docstring ``t`` tells, else None."""
    for sentence in re.split(r"[.!?;]", t):
        if re.search(rf"\b{_SOCKET}\b", sentence) and _BLEW.search(sentence) and _NOW_SCORCHED.search(sentence):
            return "urgent", "a socket or a plug that blew"
    if _FENCE_UNIT.search(t) and _FENCE_FAULT.search(t) and _PEOPLE_WALKING.search(t):
        return "urgent", "a broken electric fence where people walk"
    return None
