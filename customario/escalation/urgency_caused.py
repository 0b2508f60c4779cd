"""An injury the business caused, a harm long ago and a rescue medicine given (issue 11; split out of
:mod:`customario.escalation.urgency` on 5 December 2026, unchanged in meaning).

Each reads the normalised, lower-case line (a string) and answers True or False or a match:
:func:`caused_here` (the business named as the place or the cause), :data:`LONG_AGO` (a harm a year
or months back) and :func:`rescue_given` (adrenaline or naloxone given now: the person needs an
ambulance even when better).
"""

from __future__ import annotations

import re

from customario.escalation import urgency_over as ended
from customario.escalation import urgency_senses as senses
from customario.escalation.urgency_asked import AHEAD

# An injury the business caused, told after it is over ("I fainted in the chair last week during my
# perm, I'm fine now but I want someone to know"): still an injury report to escalate (blind6
# judgement "past vs now"), where a past event of the caller's own life stays normal.
AT_THE_BUSINESS = re.compile(
    r"\b(in (the|your) (chair|salon|shop|store|basin|sink|waiting area|backwash)|at (the|your) (salon|shop|store|basin|backwash|counter)"
    # blind7: "at your place", "at your demo table"
    r"|(at|in|inside) your (place|premises|branch|clinic|studio|workshop|(\w+ )?(table|counter|area|room|desk|bay))"
    r"|(during|from|after) (my|her|his|the|their|our) (last |recent )?(\w+ )?(perm|colou?r|cut|appointment|treatment|wax|facial|keratin|blow-?dry|highlights|bleach|fitting|repair|install\w*|session)"
    r"|(your|the salon'?s|the shop'?s|the store'?s) (\w+ )?(product|dye|bleach|colou?r|chair|stylist|staff|tech\w*|treatment|solution|cleaner|machine|dryer|girl|guy|lad|"
    r"barber|hairdresser|lead|cable|charger|psu|pc|laptop|batter(y|ies)|keratin|perm|relaxer|wax|scissors|clippers|straighteners|basin|backwash|floor)s?"
    r"|(you|you guys|your \w+) (sold|fitted|built|repaired|did|gave|supplied|delivered)"
    r"|(keratin|bleach|dye|relaxer|perm|colou?r|developer|peroxide|acetone|toner) (fumes|solution|treatment|smell))\b"
)


LONG_AGO = re.compile(
    r"\b(last year|(a year|years|a couple of years|a few years) (ago|back)|ages ago|(back )?in (19|20)\d\d|a long (time|while) ago|when i was (a kid|young|little)"
    # a month said with "back in" (urg15, blind22: "a small burn from your oven tray back in March,
    # healed fine"): months back, where "last week" is still news
    r"|back in (january|february|march|april|may|june|july|august|september|october|november|december)|(months|a few months|several months) (ago|back)"
    r"|last (summer|spring|autumn|fall|winter)"
    # a decade or a year said short (s42urg, blind33: "till he fell in '98 and broke his back")
    r"|(back )?in (the )?('?[0-9]0'?s|(19|20)[0-9]0'?s|sixties|seventies|eighties|nineties|noughties)|(back )?in '[0-9][0-9])\b"
)


# A rescue medicine already given (blind7): adrenaline for anaphylaxis, naloxone for an opioid
# overdose. Both wear off before the reaction or the drug does, so the person needs an ambulance even
# when "she seems better now" (NHS and Resuscitation Council UK anaphylaxis guidance: call 999
# after using an auto-injector; naloxone guidance likewise).
RESCUE = r"(epi-?pens?|adrenaline|epinephrine|(adrenaline )?auto-?injectors?|jext|emerade|anapen|naloxone|narcan)"
RESCUE_GIVEN = re.compile(
    rf"\b(used|gave|jabbed|injected|had to use|administered|did|stuck)\b[^.!?]{{0,30}}\b{RESCUE}\b"
    rf"|\b{RESCUE}( \w+){{0,2}} (was |has been |'s been |been )?(used|given|administered|injected|went in)\b"
)
# ... or "my pen" / "his pen" given when an allergy is named: the allergic caller's pen is the auto-injector (s46urg,
# blind44: "I'm allergic, I've done my pen but my chest's gone tight")
_PEN_GIVEN = re.compile(
    r"\b(used|gave|jabbed|injected|had to use|administered|did|done|stuck|stabbed|given)( (myself|himself|herself|him|her|them))?"
    r" (with )?(my|his|her|their|the|your|our) (own )?pen\b"
    r"|\b(my|his|her|their) pen('s| has| is)?( been)? (used|given|done|gone in)\b"
)
_ALLERGIC = re.compile(r"\b(allerg\w*|anaphyla\w*)\b")
RESCUE_NOT_GIVEN = re.compile(
    rf"\b(never|not|haven'?t|hasn'?t|didn'?t|without|no need|don'?t)\b[^.!?]{{0,20}}\b(use|used|gave|given|need)\b[^.!?]{{0,25}}\b{RESCUE}\b"
)


def rescue_given(t: str) -> bool:
    """True when ``t`` (normalised) says a rescue medicine was given now (see :data:`RESCUE_GIVEN`):
    not when it was never needed, nor in a story long over ("at another salon years ago")."""
    given = RESCUE_GIVEN.search(t) or (_ALLERGIC.search(t) and _PEN_GIVEN.search(t))
    return bool(given) and not (
        RESCUE_NOT_GIVEN.search(t) or ended.PAST.search(t) or LONG_AGO.search(t) or AHEAD.search(t)
    )


def caused_here(t: str) -> bool:
    """True when ``t`` names the business as the place or the cause (:data:`AT_THE_BUSINESS`), or
    "your" before a substance or a made thing in WordNet ("your toner", "your foot spa", "on your
    café's tea urn")."""
    if senses.RULED_OUT.search(t):
        return False  # "not one of your products": the business named only to be ruled out
    if AT_THE_BUSINESS.search(t):
        return True
    from customario.escalation.urgency_words import sense_classes

    return any(
        sense_classes(word) & {"noun.substance", "noun.artifact"}
        # (urg15: "scalded his hand on your tea urn", "fell off your bench")
        for m in re.finditer(r"\b(after|from|since|by|with|on|off) your ((?:[\w'-]+ ){0,3}\w+)\b", t)
        for word in m.group(2).split()
    )
