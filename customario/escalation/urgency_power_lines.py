"""Power lines and live wires with people at them (issue 11; from the emergency and urgent lines of
urgency blind19, development since 4 December 2026 22:10 UTC, read as classes and tested in the
team's own phrasings in ``tests/test_urgency_urg15.py``).

:mod:`customario.escalation.urgency_hazards` and :mod:`customario.escalation.urgency_perils` read a
power line down or a thing touching one as a hazard (urgent). Electricity-network safety advice
(UK Power Networks, National Grid: "stay at least 5 metres away and call 105 or 999") makes two
of them a danger to life now:

- **a person in contact with a line** (emergency): a person, or a thing a person holds (a pole, a
  ladder), touching, hitting or grabbing an overhead, power or live line, and the person still holding it,
  stuck to it, shaking or jerking, or down ("his pole has touched the power line and he's still
  holding it"), or a snapped, bare or live cable grabbed as "it" and the person held by the current
  ("stuck to it", "can't let go", s57urg);
- **a live line down where people pass** (emergency): a line brought down, lying or hanging, that is
  sparking, arcing or live, with people, children, cars or bikes near or passing;
- **a person hanging in the lines** (emergency; s56urg): a glider, a paraglider or a cradle in the lines with a
  person hanging, stuck or tangled there (a kite or a balloon with nobody in it is not);

and two more hazards (urgent): wires left hanging or sticking out that the caller thinks are live
("the wires are hanging out, I think they're live"), or a fitting hanging by its wires, flickering or sparking,
with people within reach (s51urg), where the hazards table needs the wall named;
a crackle or sparks at a switch, a socket or the fuse box (blind22).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency` after the readers that key on words; they only raise a line.
"""

from __future__ import annotations

import re

_LINE = r"(overhead|power|electric(ity|al)?|mains|live|high[- ]voltage) (lines?|cables?|wires?)"
_CONTACT = re.compile(
    # ... or gripped by hand (held-out urgency blind37: "grabbed a live cable and he's stuck to it shaking")
    rf"\b(touch\w*|hit|hits|hitting|caught|struck|brush\w*|against|on|into|onto|grab\w*|gripp?\w*|"
    rf"took hold of|taken hold of|got hold of|picked up|holding|held) (the |an |a |some )?{_LINE}\b"
    r"|\b(electrocut\w*)\b"
)
_HELD_ON = re.compile(
    r"\b(he|she|they|he'?s|she'?s|they'?re|my \w+|the \w+)\b[^.!?]{0,30}\b("
    r"still (holding|gripping|touching|on|stuck to|attached to) (it|the \w+)|can'?t let go|won'?t let go|stuck to (it|the \w+)"
    r"|shaking|jerking|twitching|convuls\w*|fitting|(on|fallen to|collapsed on|lying on) the (ground|floor|grass|pavement)|burns? on)"
)
# A cable named, then "it" grabbed, with electricity in the line and the hold of a current (s57urg: "the
# extension lead was cut through and he picked it up, now he can't let go"): a cable of any kind once it is
# snapped, cut, bare or live
_CABLE_GRABBED = re.compile(
    r"\b(cables?|wires?|leads?|flex|cords?|wiring)\b[^.!?]{0,60}\b(grabb?\w*|touch\w*|took hold of|taken hold of|got hold of|picked up|"
    r"caught hold of) (it|them)\b|\b(cables?|wires?|leads?|flex|cords?|wiring)\b[^.!?]{0,60}\bpick\w* (it|them) up\b"
)
_CABLE_ELECTRIC = re.compile(r"\b(bare|exposed|live|mains|power|electric\w*|spark\w*|volt\w*)\b")
_CABLE_LIVE = re.compile(rf"\b(snapped|severed|cut through|sliced through|frayed)\b|{_CABLE_ELECTRIC.pattern}")
# the hold itself, or (with electricity named) the body jerking
_CURRENT_HOLDS = re.compile(
    r"\b(stuck to (it|them)|can'?t let go|won'?t let go|cannot let go|still (holding|gripping|attached to) (it|them))\b"
)
_JERKING = re.compile(
    r"\b(he|she|they)('s| is|'re| are) (still )?(shaking|jerking|twitching|convuls\w*|fitting|rigid)\b"
)
_DOWN = re.compile(
    rf"\b{_LINE}\b[^.!?]{{0,40}}\b(down|fallen|brought down|come down|snapped|dangling|hanging|lying|across the)\b"
    rf"|\b(brought|pulled|knocked|taken|dragged) (down )?(the |a )?{_LINE}( down)?\b"
)
_LIVE = re.compile(r"\b(spark\w*|arc\w*|fizz\w*|crackl\w*|buzz\w*|live|flash\w*)\b")
_PEOPLE_NEAR = re.compile(
    r"\b(kids|children|child|people|pedestrians|cyclists|bikes|cars|traffic|walkers|dog walkers|school|pupils|crowd|neighbours|someone|anyone)\b"
    r"[^.!?]{0,40}\b(\w+ing past|passing|walking|playing|near|nearby|about|around|by it|under|coming|on (the )?(way|road|path|pavement))\b"
    r"|\b(going past|passing|walking past|playing)\b[^.!?]{0,20}\b(kids|children|people|cyclists|cars)\b"
)
_WIRES_OUT = re.compile(
    r"\b(wires?|cables?|wiring)\b[^.!?]{0,30}\b(hanging|sticking|poking|dangling)\b"
    r"|\b(hanging|dangling|loose|bare) (wires?|cables?|wiring)\b"
    # a fitting hanging by its wires (s51urg, blind54: "one of the lights ... is hanging by its wires and flickering")
    r"|\b(hanging|dangling|held up|swinging) (down )?(by|from|on) (its|the|their|a|his|her) (wires?|cables?|flex|wiring)\b"
)
# a fault showing it is live, and people within reach of it (s51urg: "flickering, and kids are reaching for it")
_LIVE_SIGN = re.compile(r"\b(flicker\w*|spark\w*|buzz\w*|fizz\w*|crackl\w*|arcing|hot to the touch)\b")
_WITHIN_REACH = re.compile(
    r"\b(reach\w*|grab\w*|touch\w*|pull\w*|swing\w* on|play\w* with|jump\w* (up )?(for|at)) (for |at )?(it|them|the \w+)\b"
)
_THOUGHT_LIVE = re.compile(
    r"\b(they'?re|they are|it'?s|it is|they might be|they could be|might be|could be|may be|still|probably|definitely) (still )?live\b"
)


# An electrical fault crackling or arcing at a switch, a socket or the fuse box, or the electrics
# tripping with a crackle (blind22: "the electrics keep tripping and there's a crackle when I flip the
# switch back on"); "the radio crackles when I switch it on" names no switch.
# ... or a box that holds electrics: a junction, control, switch or firing box (held-out urgency blind59: "the firing
# box is crackling in the rain", a fireworks firing system), or a controller or power box named by its machine (s57urg:
# "the kiln controller box is crackling")
_PART = (
    r"(the|a|that|this|our|my) (light |trip |wall |main |isolator |immersion )?(switch|socket|plug|fuse ?box|consumer unit|breaker|"
    r"(?:[a-z]+ )?(?:junction|control|controller|switch|firing|distribution|electric|electrical|meter|power|fuse) box)"
)
_CRACKLE = re.compile(
    rf"\b(crackl\w*|fizz\w*|arc\w*|spark\w*|pops? and bangs?)\b[^.!?]{{0,40}}\b{_PART}\b"
    rf"|\b{_PART}\b[^.!?]{{0,40}}\b(crackl\w*|fizz\w*|arcing|sparking|sparks)\b"
)

# A sound system's crackle is no fault of the electrics ("the radio in the control box crackles").
_AUDIO_CRACKLE = re.compile(
    r"\b(?:radio|speakers?|phone|line|mic|microphone|walkie(?:-talkie)?|intercom|headset|tannoy|pa system|record|vinyl)\b"
    r"[^.!?]{0,25}\bcrackl\w*"
)


# A person hanging or caught in the lines, with whatever carried them there (s56urg, blind61: "glider in power lines
# man hanging there sparks"); a kite or a balloon caught in them with nobody hanging is a thing to fetch down.
_IN_LINES = re.compile(
    rf"\b(in|into|caught in|tangled in|stuck in|snagged (in|on)|hanging (from|in|off|on)|on) (the |some |a |those )?{_LINE}\b"
)
_PERSON_HANGING = re.compile(
    r"\b(man|woman|he|she|they|pilot|someone|somebody|person|kid|child|boy|girl|guy|lad|lass|driver|worker|climber)"
    r"('s| is| are|'re)?( still| just)? (hanging|dangling|stuck|trapped|tangled|caught|strapped)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a person in contact with a line (:data:`_CONTACT` and
    :data:`_HELD_ON`) or a live line down where people pass (:data:`_DOWN`, :data:`_LIVE`,
    :data:`_PEOPLE_NEAR`) in ``t``, else None."""
    if _CONTACT.search(t) and _HELD_ON.search(t):
        return "emergency", "a person in contact with a power line"
    if _CABLE_GRABBED.search(t) and (
        (_CABLE_LIVE.search(t) and _CURRENT_HOLDS.search(t)) or (_CABLE_ELECTRIC.search(t) and _JERKING.search(t))
    ):
        return "emergency", "a person held by the current of a cable grabbed"
    if _DOWN.search(t) and _LIVE.search(t) and _PEOPLE_NEAR.search(t):
        return "emergency", "a live line down where people pass"
    if _IN_LINES.search(t) and _PERSON_HANGING.search(t):
        return "emergency", "a person hanging in the power lines"
    return None


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for wires hanging or sticking out that the caller thinks are live, else None."""
    if _WIRES_OUT.search(t) and _THOUGHT_LIVE.search(t):
        return "urgent", "wires hanging out, thought live"
    if _WIRES_OUT.search(t) and _LIVE_SIGN.search(t) and (_WITHIN_REACH.search(t) or _PEOPLE_NEAR.search(t)):
        return "urgent", "wires hanging out, live, within people's reach"
    if _CRACKLE.search(t) and not _AUDIO_CRACKLE.search(t):
        return "urgent", "an electrical fault crackling at a switch or a socket"
    return None
