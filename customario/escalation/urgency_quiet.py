"""Harm words in lines that report no harm now (issue 11; s42urg, from the normal lines of urgency
blind33 and blind36 that the rules raised, read as classes and tested in the team's own phrasings in
``tests/test_quiet_s42urg.py``).

:func:`set_aside` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency`
before the word tables and returns it without these words:

- **eager, not itchy**: "itching to book", "itching to get back on the slopes";
- **a siren or a vehicle as a sound, a toy or a theme**: "an ambulance siren for our intro", "a
  police car sound effect", "a fire engine cake";
- **a question whether a thing is poisonous, toxic or safe for a pet or a child**, with nothing
  eaten or no sign told ("Which of your houseplants are poisonous to cats? We've just got a kitten"), and a
  thing's danger by hearsay beside a question ("is it safe? I've heard they're toxic", s51urg);
- **a small incident already handled, nobody hurt, asked about now**: smoke, sparks or a fire "sorted"
  or "dealt with" on a day named, with "nobody was hurt" ("Last Tuesday there was a bit of smoke
  from one of the dryers and your attendant sorted it, nobody was hurt. Are they safe now?");
- **a fire put out days ago, a clearing job now**: "the council put out a grass fire at the back of
  ours last week, it's all black now, can you clear it";
- **a holder for a rescue medicine asked for as goods** (s52urg, blind56: "do you stock a belt pouch for an
  EpiPen?"): a pouch, a case or a holder "for an EpiPen" or an inhaler, with no sign of a reaction in the line.
"""

from __future__ import annotations

import re

_EAGER = re.compile(r"\b(itching|itchin|dying|raring) to (?=[a-z])")
_VEHICLE_SOUND = re.compile(
    r"\b(ambulance|police( car| van)?|fire ?engine|fire truck|emergency vehicle)s?('s)? (siren|sirens|sound|sounds|noise|noises|sound effects?|sfx|"
    r"samples?|recording|toy|toys|costume|costumes|ride|ride-on|cake|party|theme|lights? (and|&) sirens?)\b"
    r"|\b(sound|sounds|noise|recording|sample|effect) of (an? |the )?(ambulance|police car|fire engine|siren)s?\b"
)
_TOXIC_ASKED = re.compile(
    r"(?:^|(?<=[.!?]) )[^.!?]*\b(poisonous|toxic|harmful|dangerous|safe) (to|for|around|with) (cats?|dogs?|pets?|kittens?|puppies|puppy|kids|children|"
    r"babies|toddlers|rabbits?|horses?|birds?|animals|a (cat|dog|kitten|puppy|baby|toddler|child))\b[^.!?]*\?"
)
# a thing's danger by hearsay beside a question, nothing eaten (s51urg, blind51: "Are foxgloves safe to have in a garden
# with a toddler? I've heard they're poisonous.")
_DANGER_HEARD = re.compile(
    r"\b(heard|read|told|say|says|said)( that)? (they|it|these|those|them|some)('re|'s| are| is| were| was| can be| could be| might be)"
    r"( \w+)? (poisonous|toxic|dangerous|harmful|unsafe|lethal|deadly)\b"
)
_HOLDER_FOR_PEN = re.compile(
    r"\b(pouch|pouches|case|cases|holder|holders|bag|bags|belt|sleeve|carrier|cover|wallet|clip|box|tin) for (a|an|my|the|his|her|their|your|two) "
    r"(epi-? ?pens?|adrenaline (pens?|injectors?)|auto-?injectors?|inhalers?)\b"
)
_REACTING = re.compile(
    r"\b(stung|bitten|swell\w*|swollen|rash|reaction|reacting|breath\w*|wheez\w*|throat|tongue|lips?|blotch\w*|itch\w*|hives|"
    r"collaps\w*|dizzy|faint\w*|used|gave|given|jabbed|injected)\b"
)
_HAPPENED = re.compile(
    r"\b(ate|eaten|chewed|licked|swallowed|nibbled|drank|been sick|being sick|vomit\w*|throwing up|drool\w*|twitch\w*|fitting|"
    r"collaps\w*|not (breathing|moving|eating))\b"
)
_HANDLED = re.compile(r"\b(sorted|dealt with|put out|switched (it |them )?off|fixed|handled|made safe)\b")
_NOBODY_HURT = re.compile(
    r"\b(nobody|no one|no-one|no body|none of us) (was |were |got )?(hurt|injured|harmed)\b|\bno harm done\b|\bnobody hurt\b"
)
_DAY_BEFORE = re.compile(
    r"\b(last (week|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time|weekend)|yesterday|the other day|"
    r"(a few|two|three|four|five|several) days ago|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
_PUT_OUT_BEFORE = re.compile(
    r"\b(put out|extinguished|dealt with|damped down)( (a|the|that|our|their))?( \w+){0,2} fire\b"
    r"|\b(fire|blaze)( \w+){0,6} (was |got |been )?(put out|extinguished|damped down)\b"
)
_NOW_AGAIN = re.compile(
    r"\b(again|still|now (it'?s|there'?s) (smok|spark|burn|smoulder)\w*|re-?lit|flar\w* up|started up)\b"
)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the words of the classes of the module docstring."""
    t = _EAGER.sub("keen to ", t)
    t = _VEHICLE_SOUND.sub(" a sound ", t)
    if _HOLDER_FOR_PEN.search(t) and not _REACTING.search(_HOLDER_FOR_PEN.sub(" ", t)):
        t = _HOLDER_FOR_PEN.sub(r" \1 for a medicine ", t)
    if not _HAPPENED.search(t):
        t = _TOXIC_ASKED.sub(" a question about a plant or a product. ", t)
        if "?" in t:
            t = _DANGER_HEARD.sub(" i have heard about it", t)
    over = _DAY_BEFORE.search(t) and not _NOW_AGAIN.search(t)
    if over and _HANDLED.search(t) and _NOBODY_HURT.search(t):
        return "something happened before and was handled, nobody hurt. is it fine now?"
    if over and _PUT_OUT_BEFORE.search(t) and "?" not in t[: _PUT_OUT_BEFORE.search(t).start()]:
        t = _PUT_OUT_BEFORE.sub(" dealt with a blaze before ", t).replace(" fire ", " blaze ")
        # ... and what it left is debris ("can you collect the burnt junk?")
        return re.sub(r"\b(burnt|burned|charred|scorched|blackened)\b", "spoilt", t)
    return t
