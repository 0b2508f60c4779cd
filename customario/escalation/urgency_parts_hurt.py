"""Injuries told by the state of a body part rather than by an injury word (issue 11; s43urg, from the
urgent lines of urgency blind38 and blind35 that the rules took for normal, read as classes and tested
in the team's own phrasings in ``tests/test_urgency_parts_hurt_s43urg.py``).

Each is ``urgent`` (section 4 of the corpora's brief: an injury that is not life-threatening):

- **a nail torn off**: a finger- or toenail "half come off", "hanging off", "ripped off", with a sign
  of hurt in the line (bleeding, pain, screaming, crying); a gel, acrylic or false nail come off is a
  beauty job, not an injury;
- **a joint out of place**: a knee, an elbow, a finger "gone sideways", "gone the wrong way" or
  "popped out", or a limb the person "can't straighten" or "can't put weight on" after a mishap
  (NHS dislocation and fracture advice: a joint out of shape, unable to move or bear weight);
- **a cut on a body part**: "there's a cut on my heel", "he's got a nasty gash on his shin" (a WordNet
  body part in one of its first three senses, as "heel" is after a shoe's; a haircut "on my fringe"
  names hair, which is a style);
- **a neck or a back hurting after a bump**: a vehicle bump, a crash or a shunt in the line, and the
  neck or back "stiff", "sore" or "aching" now (NHS whiplash advice: neck pain and stiffness after a
  sudden jolt, as in a car accident).

:func:`hurt` takes the normalised, lower-case line with past clauses removed (``t``) and the whole
normalised line (``whole``, where the cause may sit in a clause dated "earlier").
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import STYLE_PARTS, is_body_part, sense_classes

_NAIL_OFF = re.compile(
    r"\b(nail|nails|fingernail|fingernails|toenail|toenails|thumbnail)('s| has| have| is| are)?( half| partly| nearly| right| all but| almost)? "
    r"(come|coming|came|torn|tearing|ripped|ripping|pulled|hanging|peeled|lifted) (off|away|out|back|up)\b"
)
_BEAUTY_NAIL = re.compile(
    r"\b(gel|acrylic|acrylics|false|fake|press-?on|stick-?on|extensions?|polish|manicure|shellac|tips)\b"
)
_HURT_SIGN = re.compile(
    r"\b(bleed\w*|blood\w*|pain\w*|hurts?|hurting|agony|screaming|scream\w*|crying|sobbing|howling|throbb\w*|raw|swollen)\b"
)
_JOINT_OUT = re.compile(
    r"\b(?P<part>[a-z]+)('s| has| is| was)? (gone|went|popped|bent|twisted|turned|pointing|facing) "
    r"(sideways|the wrong way|backwards|out|out of (its|the) socket|at an angle)\b(?! (for|to|of)\b)"
)
_CANT_USE = re.compile(
    r"\b(can'?t|cannot|couldn'?t|won'?t|unable to) (straighten|bend|put (any )?weight on|stand on|lift|move) "
    r"(it|(his|her|my|their) (\w+ )?(knee|leg|arm|elbow|ankle|foot|wrist|finger|fingers|shoulder|hand|thumb))\b"
)
_CUT_ON = re.compile(
    r"\b(there'?s|there is|i'?ve got|i have|i got|he'?s got|she'?s got|they'?ve got|has got|have got|got|with|left|leaving) "
    r"(a|an) (deep |nasty |bad |big |long |small |little |horrible |open |proper |right )?(cut|gash|slash|laceration|wound) "
    r"(on|in|across|to|down) (my|his|her|their|the) ((left|right|lower|upper|inside|outside|back of|side of|bottom of|top of) (the |my |his |her )?)?(?P<part>[a-z]+)\b"
)
_BUMP = re.compile(
    r"\b(bump|bumped|crash|crashed|collision|collided|shunt|shunted|rear-?ended|prang|pranged|smash|accident|went into the back|hit from behind)\b"
)
_NECK_NOW = re.compile(
    r"\b(neck|back|shoulders?)('s| is| are| has been| feels?)? (really |very |so |quite |a bit |all |properly )?"
    r"(stiff|sore|aching|achy|killing me|locked)( and (stiff|sore|aching|achy|painful))?\b"
)


def hurt(t: str, whole: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for an injury told by a body part's state (see the module docstring),
    else None. ``t`` is the normalised, lower-case line with past clauses removed; ``whole`` the
    whole normalised line, read only for the bump that caused a sore neck."""
    if _NAIL_OFF.search(t) and _HURT_SIGN.search(t) and not _BEAUTY_NAIL.search(t):
        return "urgent", "a nail torn off"
    joint = next((m for m in _JOINT_OUT.finditer(t) if is_body_part(m.group("part"))), None)
    if joint and (joint.group(4) != "out" or _HURT_SIGN.search(t) or _CANT_USE.search(t)):
        return "urgent", f"{joint.group('part')} out of place"
    for m in _CUT_ON.finditer(t):
        part = m.group("part")
        # a body part in any of its first three senses ("heel" is first a shoe's), hair and nails left out
        body = part not in STYLE_PARTS and "noun.body" in sense_classes(part, "noun", 3)
        if body and "?" not in t[m.end() :]:
            return "urgent", f"a cut on the {m.group('part')}"
    if _NECK_NOW.search(t) and _BUMP.search(whole):
        return "urgent", "a neck or a back hurting after a bump"
    return None
