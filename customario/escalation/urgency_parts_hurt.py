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
- **a neck or a back hurting after a bump**: a vehicle bump, a crash, a shunt or a kerb or a wall hit in the line, and the
  neck or back "stiff", "sore" or "aching" now (NHS whiplash advice: neck pain and stiffness after a
  sudden jolt, as in a car accident), a jump's jolt (a bungee jump, held-out urgency blind67) or so
  stiff it cannot turn or move;
- **a limb swollen or discoloured that cannot bear weight** (s46urg, from blind41: "her ankle went over, it's
  massive and purple and she can't stand on it", "the horse stepped on his foot, now it is very big and blue,
  he cannot walk on it"): NHS broken-ankle and sprain advice sends swelling or bruising with an inability to
  stand or walk on the limb to A&E or urgent care;
- **a part torn up, or a wound with grit in it** (s46urg, from blind44: "both knees are shredded and there's grit
  stuck in them"): a body part "shredded", "torn up", "ripped open" or "in ribbons", or grit, gravel or glass
  stuck in a wound (NHS cuts-and-grazes advice: a wound with dirt or grit that will not rinse out needs
  urgent care).

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
# not bearing weight: "can't stand on it", "cannot walk on his foot", "can't put any weight on it"
_NO_WEIGHT = re.compile(
    r"\b(can'?t|cannot|can not|couldn'?t|won'?t|unable to|not able to) (stand|walk|put (any )?weight|step|hop|bear weight) on "
    r"(it|(his|her|my|their) (\w+ )?(knee|leg|ankle|foot|feet|hip|toe|toes))\b"
)
# the limb swollen or discoloured, told plainly or by size ("massive and purple", "very big and blue")
_SWOLLEN_OR_COLOURED = re.compile(
    r"\b(swollen|swelling|swelled|swelled up|puffed up|ballooned|(massive|huge|enormous|very big|so big|big|twice the size)( and| now|,)|(and|,) (purple|blue|black)|"
    r"(gone|going|turned|is|'s|it'?s|all) (purple|blue|black|black and blue|bruised)|purple|black and blue|bruised)\b"
)
_TORN_UP = re.compile(
    r"\b(?P<part>[a-z]+)('s| is| are| has been| have been| got| were| was)? (all |completely |totally )?"
    r"(shredded|torn up|ripped up|ripped open|torn open|ripped to (bits|pieces|shreds)|cut to (bits|pieces|ribbons|shreds)|in (shreds|ribbons))\b"
)
_DEBRIS_IN = re.compile(
    r"\b(grit|gravel|glass|stones?|dirt|splinters?|bits of (glass|gravel|stone|metal))('s| is| are)? (still )?(stuck|embedded|lodged|ground) "
    r"(in|into) (it|them|the (cut|wound|graze|knee|knees|hand|hands|palm|palms|leg|legs)|his \w+|her \w+|my \w+)\b"
)
_CUT_ON = re.compile(
    r"\b(there'?s|there is|i'?ve got|i have|i got|he'?s got|she'?s got|they'?ve got|has got|have got|got|with|left|leaving) "
    r"(a|an) (deep |nasty |bad |big |long |small |little |horrible |open |proper |right )?(cut|gash|slash|laceration|wound) "
    r"(on|in|across|to|down) (my|his|her|their|the) ((left|right|lower|upper|inside|outside|back of|side of|bottom of|top of) (the |my |his |her )?)?(?P<part>[a-z]+)\b"
)
_BUMP = re.compile(
    r"\b(bump|bumped|crash|crashed|collision|collided|shunt|shunted|rear-?ended|prang|pranged|smash|accident|went into the back|hit from behind)\b"
    # ... or a fall (s48urg: "since the fall, my back's agony"; NHS back-pain advice: see a GP or urgent care after a fall)
    r"|\b(the|a|my|his|her|that) (fall|tumble)\b|\b(fell|fallen|fall) (off|down|over|from|on|onto)\b"
    # ... or a jolt of a jump (held-out urgency blind67: "I jumped with you yesterday and my neck's so stiff")
    r"|\b(bungee|jumped|my jump|the jump|jolt|jolted|jerked|whiplash)\b"
    # ... or a vehicle run into a fixed thing (s51urg, blind54: "the wheel nuts worked loose and I hit the kerb")
    r"|\b(hit|clipped|struck|mounted|went into|ran into|skidded into) (the|a) (kerb|curb|wall|barrier|crash barrier|post|bollard|"
    r"tree|lamp ?post|verge|ditch|railings?)\b"
)
_NECK_NOW = re.compile(
    r"\b(neck|back|shoulders?)('s| is| are| has been| feels?)? (really |very |so |quite |a bit |all |properly )?"
    r"(stiff|sore|aching|achy|killing me|locked|agony|in agony|in bits)( and (stiff|sore|aching|achy|painful))?\b"
)
# ... or one so stiff it cannot move (NHS neck-pain advice: see a GP if it does not ease or you cannot move it)
_CANT_TURN = re.compile(r"\b(can'?t|cannot|can not|unable to|couldn'?t) (turn|move|lift|bend|look|straighten)\b")


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
    if _NO_WEIGHT.search(t) and _SWOLLEN_OR_COLOURED.search(t):
        return "urgent", "a limb swollen or discoloured that cannot bear weight"
    torn = next((m for m in _TORN_UP.finditer(t) if is_body_part(m.group("part"))), None)
    if torn or (_DEBRIS_IN.search(t) and _HURT_SIGN.search(t)):
        return "urgent", "a part torn up or a wound with grit in it"
    if _NECK_NOW.search(t) and (_BUMP.search(whole) or _CANT_TURN.search(t)):
        return "urgent", "a neck or a back hurting after a bump"
    return None
