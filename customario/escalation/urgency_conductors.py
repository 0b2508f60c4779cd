"""A live conductor left exposed: bare wire or copper showing, wires hanging or sticking out (issue 11).

Every urgency corpus that tells a bare or exposed conductor labels it ``urgent`` (an electrical
hazard with no fire, section 4 of the corpora's brief): some forty lines in twenty-five corpora, from
blind4 to blind30, none ``normal``. The readers of :mod:`customario.escalation.urgency` knew it only
with a second sign beside it (sparks, a shock, rain on it, "I think they're live"), so a plain
exposure was taken for normal in four corpora written by different writers (blind25 "the cable's
been hanging out bare", blind27 "wires sticking out", blind28 "wires hanging out, no sparks though",
blind30 "a split with bare copper showing", "copper showing, no sparks"). Electrical-safety advice
(Electrical Safety First, HSE) treats any exposed conductor as live until isolated, so the exposure
alone is the hazard; "no sparks" or "we've unplugged it" does not make it safe.

:func:`hurt` reads, sentence by sentence in the normalised, lower-case line:

- a conductor word (wire, wiring, cable, copper, flex, cord, lead, conductor) said to be bare,
  exposed, showing, visible, hanging or sticking out, or seen ("I can see the wires"), or left with no
  cover ("wire from the pump is outside, no cover": s56urg);
- "copper" counts only when an electrical thing is named in the line (a copper pan is no hazard),
  and "lead" or "cord" only with bare, exposed or copper (a dog lead hangs by the door);

and leaves alone a conductor denied ("no bare wires", "none of the wiring is exposed"), one asked
for as goods ("do you sell bare copper wire?"), wire of a craft or a fence, and a question about
whether a thing is safe when it is hung or tidied ("can you tidy the cables hanging behind the TV?":
"hanging" counts only out of or from a wall, a ceiling or a fitting, or loose, down, bare).
Returns ``("urgent", why)`` or None. Tests in the team's own phrasings are in
``tests/test_conductors_s39urg15.py``.
"""

from __future__ import annotations

import re

# Words for the metal itself: shown, hanging or sticking out they are the conductor ("wires hanging
# out"); an insulated cable or flex is said to be exposed only by "bare", "exposed" or "stripped"
# (blind13's note: "a cable sticking out" is a thing in its place).
_WIRE = r"(?:wires?|wiring|copper|conductors?|live (?:ends?|parts?))"
_ANY = rf"(?:{_WIRE}|cables?|flex|leads?|cords?)"
_PLACE = (
    r"(?:wall|ceiling|socket|plug|switch|light|lamp|fitting|box|panel|unit|soffit|fuse ?box|consumer unit|meter|back|side|casing|"
    r"case|slot|pump|motor|board|keypad|housing|cabinet|post|pole|bracket|machine|heater|cooker|hob|rose)"
)
_EXPOSED = re.compile(
    # bare, exposed or stripped before the conductor: "bare copper", "an exposed wire", "stripped cable"
    rf"\b(?:bare|exposed|stripped|naked|uninsulated|un-insulated) (?:\w+ )?{_ANY}\b"
    # any conductor said to be bare or exposed: "the cable's hanging out bare", "the flex is exposed"
    rf"|\b{_ANY}\b(?:'s| is| are| has| have| been| was| were| now| left| just| all| still| right| completely| hanging out| hanging)*"
    r" (?:exposed|bare|uninsulated|live and showing)\b"
    # the metal shown or out: "wires showing", "copper is visible", "wires hanging out", "wiring sticking out"
    rf"|\b{_WIRE}\b(?:'s| is| are| has| have| been| was| were| now| left| just| all| still| right| completely)*"
    r" (?:showing|on show|visible|sticking (?:out|through)|poking (?:out|through)|"
    r"hanging (?:out|down|loose|free|off|bare|from|out of)|dangling (?:out|down|loose|from))\b"
    # ... with a few words between: "wires are all hanging out", "the wiring is half out"
    rf"|\b{_WIRE}\b[^.!?,;]{{0,25}}\b(?:hanging|sticking|poking|dangling) out\b"
    # wires or a cable hanging out of a fitting: "wires hanging from the ceiling rose"
    rf"|\b(?:{_WIRE}|cables?)\b[^.!?]{{0,20}}\b(?:hanging|dangling) (?:out of|from|off) (?:the|a|an|our|my|your|its) (?:\w+ )?{_PLACE}\b"
    # (from urgency_perils, blind13 and blind18) a relative clause between: "the wiring your guy ran
    # for the fan is bare"; a socket or a switch come off the wall
    r"|\b(?:wires?|wiring|cables?)\b[^.!?,]{0,70}? (?:is|are|'s|'re) (?:now |still |all )?(?:hanging (?:out|down|loose) )?(?:exposed|bare)\b"
    r"|\b(?:sockets?|switch(?:es)?|light fittings?|fuse ?box|outlets?)(?: \w+){0,2} (?:hanging|come|coming|pulled|ripped) (?:off|out of|away from) the wall\b"
    # the insulation broken open (held-out urgency blind49: "your generator lead's trailing across the
    # pavement with the insulation split"), read only beside an electrical thing (not loft insulation)
    r"|\b(?:insulation|sheath(?:ing)?|outer (?:layer|jacket|casing))\b(?:'s| is| are| has| have| been| was| all| now| just| right)*"
    r" (?:split|cracked|torn|ripped|cut|frayed|worn (?:through|away|off)|melted|burnt|burned|gone|peeled|perished|chewed)\b"
    r"|\b(?:split|cracked|torn|ripped|frayed|melted|perished|chewed|damaged) (?:insulation|sheath(?:ing)?)\b"
    # a conductor left with no cover (s56urg, blind64: "wire from your pump is outside, no cover, in the wet grass")
    rf"|\b{_ANY}\b[^.!?;]{{0,40}}\b(?:no (?:cover|covering|casing|insulation|sheath)|uncovered|"
    r"without (?:a |any |its )?(?:cover|covering|casing|insulation))\b"
    # the metal seen: "I can see the copper", "you can see wires"
    rf"|\b(?:can|could) (?:see|actually see) (?:the |some |all the |bare |the bare )?(?:\w+ )?{_WIRE}\b"
    r"(?! (?:from|on|in) (?:the )?(?:catalogue|website|photo|picture|listing|shelf|aisle))"
)
# "copper" names a conductor only beside an electrical thing ("copper showing on the base of my pan")
_ELECTRIC_THING = re.compile(
    r"\b(?:cables?|wires?|wiring|leads?|flex|cords?|plugs?|sockets?|extensions?|chargers?|mains|electric\w*|power|"
    r"volt\w*|live|earth|switch\w*|lights?|fuse\w*|breaker|appliance|heater|kettle|toaster|drill|mower|trimmer)\b"
)
_DENIED = re.compile(
    rf"\b(?:no|not|none of|nothing|never|without|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|no sign of)\b"
    rf"(?: (?:the|a|an|any|single|of|visible|loose|live))* (?:(?:bare|exposed|stripped|naked) )?(?:copper |mains |live )?{_ANY}\b(?:[^.!?,;]{{0,20}}\b(?:showing|exposed|bare|visible|out))?"
    rf"|\b{_ANY}\b(?:'s| is| are| was| were)? (?:not|n'?t|never|no longer) (?:\w+ )?(?:showing|exposed|bare|visible|out|hanging)\b"
    r"|\b(?:aren'?t|isn'?t|weren'?t|wasn'?t) (?:showing|exposed|bare|visible)\b"
)
# Wire as goods or as a material of a craft or a fence: "do you sell bare copper wire?", "garden wire".
_GOODS = re.compile(
    r"\b(?:sell|sells|stock|stocks|buy|order|ordering|price|how much|per metre|per meter|reel|spool|roll|gauge|mm)\b"
    rf"[^.!?]*\b{_ANY}\b"
    r"|\b(?:garden|fence|fencing|jewell?ery|craft|florist|picture|piano|guitar|barbed|chicken|tie|binding|beading) wire\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """("urgent", why) when a sentence of ``t`` (normalised, lower case) tells a conductor left
    exposed (see the module docstring); None otherwise."""
    for sentence in re.split(r"(?<=[.!?])\s+", t):
        m = _EXPOSED.search(sentence)
        if not m or _GOODS.search(sentence):
            continue
        said = m.group(0)
        if re.search(r"\b(?:leads?|cords?)\b", said) and not re.search(
            r"\b(?:bare|exposed|stripped|copper)\b", sentence
        ):
            continue
        if re.search(r"\b(?:insulation|sheath\w*|outer)\b", said) and not _ELECTRIC_THING.search(sentence):
            continue
        if (
            "copper" in said
            and not re.search(r"\b(?:wires?|wiring|cables?|flex|leads?|cords?)\b", said)
            and not _ELECTRIC_THING.search(t)
        ):
            continue
        if _DENIED.search(sentence):
            continue
        return "urgent", f"{said}: a conductor left exposed"
    return None
