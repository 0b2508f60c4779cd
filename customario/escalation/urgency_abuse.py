"""Violence at home told flatly (issue 11; s41urg, from the open items of stop 40: "My husband hits me,
I'm leaving him next month" was read as normal; tested in the team's own phrasings in
``tests/test_abuse_s41urg.py``).

A caller who says a partner or a relative hits, beats or hurts them is at risk even when the words
are calm and the request is ordinary (keeping an address off a system, a booking under another
name): domestic-abuse guidance (UK Refuge, the US National Domestic Violence Hotline) treats any
disclosure as a safety matter, and the time around leaving is the most dangerous. :func:`hurt`
reads, in the normalised, lower-case line, a partner or a relative of the caller's ("my husband", "my
ex", "her boyfriend") as the subject of a verb of hitting in the present or as a habit ("hits me",
"keeps hitting me", "has been beating us", "used to hit me and still does") with the caller, the
children or a pronoun as its object, and returns ``("urgent", reason)``. A danger now (a threat, a
weapon, someone outside) is read as an emergency elsewhere first. Not violence: "hits me up for
money", "beats me at chess", "kicks me in his sleep", "my son hits the ball".
"""

from __future__ import annotations

import re

_WHO = (
    r"(?:my|her|his|our|their|the kids'?) (?:ex(?:-(?:husband|wife|partner|boyfriend|girlfriend))?|husband|hubby|wife|partner|boyfriend|"
    r"girlfriend|fianc[eé]e?|other half|dad|father|stepdad|step-dad|mum|mother|stepmum|son|daughter|brother|sister|carer|flatmate|"
    r"landlord|uncle|grandson|granddaughter)"
)
_HIT = (
    r"(?:hits|beats|punches|kicks|slaps|hurts|chokes|strangles|shoves|pushes|smacks|thumps|batters|attacks|throws things at|"
    r"(?:keeps|has been|'s been|is always|kept on) (?:hitting|beating|punching|kicking|slapping|hurting|choking|strangling|shoving|"
    r"pushing|smacking|thumping|battering|attacking)|(?:hit|beat|punched|kicked|slapped|hurt|choked) (?:me|us|them|her|him) again)"
)
_ABUSE = re.compile(
    rf"\b{_WHO}(?: \w+)? {_HIT} (?:me|us|the kids|the children|my (?:kids|children|son|daughter|boy|girl|mum|dad|baby))\b"
    r"(?! (?:up|at|in (?:his|her|their) sleep|to it|hands down|every (?:game|time we play)|with (?:a|the) (?:ball|racket|bat))\b)"
)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for violence at home told flatly in ``t`` (see the module docstring),
    else None."""
    if _ABUSE.search(t):
        return "urgent", "violence at home told by the caller"
    return None
