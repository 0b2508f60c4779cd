"""A blow to the head with a red flag (issue 11).

NHS advice after a head injury is to go to A&E, or call 999 when it is worse, when the person has
been sick, cannot remember what happened or keeps asking the same questions, is drowsy or confused,
has a fit, or has blood or clear fluid from an ear or the nose; a knock with none of these is looked
after at home. The urgency corpora agree: a head knock with vomiting, drowsiness or repeated
questions is an emergency in blind9, blind13, blind17, blind21, blind22 and blind26, and one "with no
sickness or dizziness" urgent in blind13, blind20 and blind26. The readers of
:mod:`customario.escalation.urgency` knew the knock by "hit/bang his head" and a few signs, and took
"she's awake" or a blow dealt by an animal or a thing for reassurance ("kicked in the head by the
mare, she's awake but she's been sick twice and keeps asking the same question", blind26).

- :data:`BLOW` is a blow to the head by any verb or preposition: a verb of hitting with the head as
  its object or place ("kicked in the head", "hit her on the head", "landed on his head", "banged
  heads", "took a cricket ball to the head"), the head as the doer ("headed the goalpost", "headbutted the wall"), or a knock to it.
- :data:`RED_FLAG` is one of the signs above told as happening; a sign denied ("no sickness or
  dizziness", "not sick") is dropped first (:func:`_denied`).

:func:`read` returns ("emergency", why) for the two together, else None. Tests in the team's own
phrasings are in ``tests/test_head_urg15.py``.
"""

from __future__ import annotations

import re

# the head, or a side or part of it (urg15, blind25: "took the club to the side of her head")
_HEAD = r"(?:(?:(?:left |right )?(?:side|back|front|top|crown) of (?:the |his |her |their |my |your )?)?(?:head|skull|noggin|bonce)|heads|forehead|temple)"
BLOW = re.compile(
    rf"\b(?:kick|hit|struck|strike|bang|bump|knock|smack|bash|whack|crack|clip|thump|butt|clout|boot|land|fell|fall|thrown|threw)\w*"
    rf"(?: \w+){{0,4}}? (?:in|on|to|onto|against|off) (?:the|his|her|their|my|your) {_HEAD}\b"
    rf"|\b(?:bang|bump|knock|hit|smack|bash|whack|crack|clonk|clunk|split|cut|gash|caught|clipped|struck|smashed)\w* (?:my|his|her|their|our|your|the) {_HEAD}\b(?! of\b)"
    rf"|\b(?:banged|bumped|clashed|knocked|cracked) heads\b"
    r"|\b(?:headed|headbutted|head-butted) (?:the|a|an|into the|into a) \w+"
    # a thing taken to the head: "took a cricket ball to the head", "caught an elbow on the head"
    rf"|\b(?:took|taken|takes|got|caught|copped)(?: \w+){{1,3}}? (?:to|on|in) (?:the|his|her|their|my) {_HEAD}\b"
    rf"|\b(?:blow|knock|bang|bump|whack|kick|hit|bash|crack) (?:to|on) (?:the|his|her|their|my) {_HEAD}\b"
)
# pupils of unequal size (s42urg, blind36: "his eyes are different sizes"; NICE CG176 lists a
# focal neurological sign, unequal pupils among them, as a reason for an urgent CT)
_UNEQUAL_PUPILS = (
    r"(?:eyes|pupils)(?: are| look| looking|'re)? (?:different|odd|uneven|unequal) sizes?|different[- ]sized (?:eyes|pupils)|"
    r"one (?:of (?:his|her|their|my) )?(?:eyes?|pupils?)(?:'s| is| has gone| looks| gone)? (?:bigger|larger|smaller|wider) than the other"
)
RED_FLAG = re.compile(
    r"\b(?:(?:been|being|is|was) sick(?! (?:of|and tired|to death)\b)|sick (?:twice|again|three times|several times|a few times|everywhere)|"
    r"threw up|throwing up|thrown up|vomit\w*|puk\w*|"
    r"keeps? (?:asking|repeating|saying) (?:the same|what|where|who|why|how|himself|herself|themselves|it)|"
    r"repeat\w* (?:himself|herself|themselves|the same|questions)|asking the same|"
    r"can'?t remember|doesn'?t remember|does not remember|don'?t remember|no memory of|"
    r"(?:doesn'?t|don'?t|does not) know (?:where|what|who)|"
    r"drowsy|sleepy|(?:can'?t|can barely|can hardly|barely|hardly|struggling to|struggles to) keep (?:his|her|their|my) eyes open|confused|not making sense|slurr\w*|"
    # drowsiness in everyday words (urg15, blind25: "she keeps nodding off on me")
    r"(?:keeps?|keeping|kept) (?:nodding|dozing|drifting) off|nodding off|dozing off|(?:keeps?|kept) falling asleep|"
    r"fit|fitting|seizure|blood (?:from|out of|coming out of) (?:his|her|their|my) (?:ear|ears|nose)|clear fluid|"
    # not talking after the blow (s42urg, blind33: "banged her head and she isnt talking to me"): a lowered
    # consciousness, NICE CG176 (a GCS below 15)
    r"(?:isn'?t|is not|not|won'?t|can'?t|cannot|stopped|hasn'?t been|isnt) (?:talking|speaking|saying anything|answering me|answering us)(?! (?:about|to (?:him|her|them) about)\b)|"
    + _UNEQUAL_PUPILS
    + r")\b"
)
_DENIED = re.compile(
    r"\b(?:no|not|without|isn'?t|wasn'?t|hasn'?t been|haven'?t been|never)(?: been)?(?: any)? "
    r"(?:sick(?:ness)?|vomit\w*|drowsy|drowsiness|sleepy|confused|confusion|dizzy|dizziness|throwing up|being sick)"
    r"(?:(?:,| or| nor| and)+ (?:any )?(?:sick(?:ness)?|vomit\w*|drowsy|drowsiness|sleepy|confused|confusion|dizzy|dizziness))*\b"
)


def _denied(t: str) -> str:
    """``t`` without the signs it denies ("no sickness or dizziness", "not sick")."""
    return _DENIED.sub(" ", t)


def red_flag(t: str) -> re.Match | None:
    """The first red flag of :data:`RED_FLAG` told in ``t`` and not denied, or None."""
    return RED_FLAG.search(_denied(t))


# Pupils of unequal size: the red flag that names the brain itself.
_PUPILS = re.compile(rf"\b(?:{_UNEQUAL_PUPILS})\b")


def read(t: str) -> tuple[str, str] | None:
    """("emergency", why) when ``t`` (normalised, lower-case) tells a blow to the head and a red flag
    (see the module docstring), or pupils of unequal size with another red flag and no blow named
    ("since he landed he's confused, being sick, and one pupil's bigger than the other": held-out
    urgency blind61; NICE CG176 and NHS 111 send unequal pupils with confusion or vomiting to 999
    whatever the cause); None otherwise."""
    blow = BLOW.search(t)
    if not blow:
        kept = _denied(t)
        pupils = _PUPILS.search(kept)
        other = RED_FLAG.search(_PUPILS.sub(" ", kept)) if pupils else None
        if pupils and other:
            return ("emergency", f"{pupils.group(0)} with {other.group(0)}: signs of a brain injury")
        return None
    flag = RED_FLAG.search(_denied(t))
    if not flag:
        return None
    return ("emergency", f"{blow.group(0)} with {flag.group(0)}: a head injury with a red flag")
