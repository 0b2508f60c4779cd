"""Harm happening now, told by what the caller sees rather than by an emergency word (issue 11; s46urg,
from the emergency lines of urgency blind44 and blind41 that the rules alone took for normal, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_s46urg.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) and returns ``("emergency", reason)`` or
None. The classes:

- **a threat to kill made by someone present now**: a person said to shout, say or threaten that he
  or she will kill, stab or shoot someone, and that person here now ("has just walked in", "is
  outside", "turned up"): police advice (999 when a threat to life is made and the person is there; a
  breached protective order is itself a 999 call). "I'll kill him" said by the caller is hyperbole
  and is not read; the threat must be reported of a third person;
- **people under a vehicle**: someone trapped or pinned under a car, a van, a lorry or "it" when a
  vehicle is named, or under it after it crashed, came through, rolled or fell ("a car's come through
  your window, there's two people under it"); a crush injury (ambulance and fire service: 999). A
  mechanic under a car at work is not;
- **a medicine overdose by mistake with signs now**: a medicine injected, taken or given by mistake in
  an amount ("a lot", "double", "too much", "the whole"), told with a sign of its effect now (shaking,
  sweating, confused, can't think straight, drowsy, faint). NHS advice on an insulin overdose is a
  severe hypo: call 999 when the person is confused, drowsy or cannot treat it themselves; a mistake
  told with no sign stays with the other readers.

:func:`hurt` returns ``("urgent", reason)`` for **an illness a doctor traces to the visit** (s46urg, blind44:
"a fever and bad diarrhoea since we visited on Sunday, the GP thinks he caught something from the
animals"): a sign of infection or poisoning (fever, diarrhoea, vomiting, a rash, food poisoning, E. coli)
with a doctor, a GP, 111 or a hospital who thinks it was caught, picked up or eaten at the visit (UKHSA's
guidance on petting farms and food poisoning: an outbreak the business must hear of at once).
"""

from __future__ import annotations

import re

_THIRD = r"(?:he|she|they|he'?d|she'?d|they'?d|he'?ll|she'?ll|they'?ll)"
_KILL_THREAT = re.compile(
    r"\b(?:shout\w*|scream\w*|yell\w*|said|saying|says|threaten\w*|swear\w*|swore|told (?:her|him|them|me|us|everyone))"
    r"(?: that)? (?:he|she|they)?(?:'d| would|'ll| will|'s going to| is going to| was going to| were going to)? ?"
    r"(?:kill|stab|murder|shoot|strangle) (?:her|him|them|me|us|everyone|you)\b"
    r"|\bthreaten\w* to (?:kill|stab|murder|shoot|strangle) (?:her|him|them|me|us|everyone|you)\b"
)
_HERE_NOW = re.compile(
    r"\b(?:just|now) (?:walked|come|came|turned up|got|burst|barged|stormed|followed (?:her|him|them|me))(?: in| up)?\b"
    r"|\b(?:walked|come|came|burst|barged|stormed) in\b"
    r"|\b(?:he|she|they)(?:'s| is|'re| are) (?:still )?(?:here|outside|inside|in the \w+|at the (?:door|desk|counter|front)|in reception)\b"
    r"|\bturned up\b"
)
_VEHICLE = r"(?:car|cars|van|lorry|truck|vehicle|bus|tractor|4x4|suv|pick-?up|motorbike|forklift)"
_UNDER_VEHICLE = re.compile(
    rf"\b(?:someone|somebody|people|person|(?:one|two|three|four|\d+) (?:people|persons|kids|children|of them)|a (?:man|woman|child|kid|boy|girl|lady|bloke|fella|cyclist|pedestrian)|"
    r"he|she|they|my \w+|the \w+)(?:'s| is| are|'re)? (?:still |stuck |trapped |pinned )?(?:under|underneath|beneath) "
    rf"(?:it|the {_VEHICLE}|a {_VEHICLE}|that {_VEHICLE})\b"
)
# ... and the vehicle come onto them, not a mechanic at work under it ("he's under the car fixing the exhaust")
_CRASHED = re.compile(
    r"\b(?:crash\w*|(?:come|came|gone|went|driven|drove|ploughed|smashed) (?:through|into)|ran over|run over|knocked (?:down|over)|"
    r"rolled|flipped|overturned|fell|fallen|slipped off|come off the jack|came down on)\b"
)
_MISTAKE = re.compile(
    r"\b(?:injected|took|taken|swallowed|given|gave|had|done|jabbed)(?: (?:myself|himself|herself|him|her|them))?(?: \w+){0,3}? (?:by mistake|accidentally|by accident)\b"
    r"|\b(?:accidentally|mistakenly|by mistake) (?:injected|took|taken|swallowed|gave|given|jabbed|double[- ]dosed)\b"
)
_AMOUNT = re.compile(
    r"\b(?:a lot|loads|lots|too much|way too much|double|twice|triple|the whole|all of|a full|several|a load|a big dose|a huge dose|"
    r"(?:two|three|four|five|ten|\d+) (?:times|lots|doses))\b"
)
_MEDICINE = re.compile(
    r"\b(?:insulin|injected|injection|jab|dose|doses|pills|tablets|meds|medication|medicine|paracetamol|painkillers|morphine|methadone|"
    r"warfarin|sedatives?|sleeping pills)\b"
)
_EFFECT_NOW = re.compile(
    r"\b(?:shaking|shaky|trembling|sweating|sweaty|clammy|confused|can'?t think(?: straight)?|cannot think|drowsy|sleepy|faint\w*|"
    r"dizzy|slurr\w*|can'?t stay awake|heart (?:is )?(?:racing|pounding)|vomiting|being sick|blurr\w*|seeing double)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first class of the module docstring that ``t`` tells, else None."""
    threat = _KILL_THREAT.search(t)
    if threat and re.search(rf"\b{_THIRD}\b", t[: threat.end()]) and _HERE_NOW.search(t):
        return "emergency", "a threat to kill by someone here now"
    m = _UNDER_VEHICLE.search(t)
    if (
        m
        and re.search(rf"\b{_VEHICLE}\b", t)
        and (re.search(r"\b(?:trapped|pinned|stuck)\b", m.group(0)) or _CRASHED.search(t))
    ):
        return "emergency", "people under a vehicle"
    if _MISTAKE.search(t) and _AMOUNT.search(t) and _MEDICINE.search(t) and _EFFECT_NOW.search(t):
        return "emergency", "a medicine overdose by mistake with signs now"
    return None


_ILL = re.compile(
    r"\b(fever|temperature|diarrh\w*|the runs|vomit\w*|being sick|throwing up|food poisoning|e\.? ?coli|salmonella|campylobacter|"
    r"cryptosporidi\w*|gastro\w*|stomach bug|tummy bug|infection)\b"
)
_DOCTOR_TRACES = re.compile(
    r"\b(gp|doctor|doctors|dr|nurse|111|hospital|a&e|consultant|paediatrician|pediatrician)\b[^.!?]{0,40}\b(thinks?|thought|said|says|reckons?|suspects?|believes?|confirmed)\b"
    r"[^.!?]{0,40}\b(caught|picked up|got|came from|comes from|from (the|your)|it was the|something he ate|something she ate|something they ate)\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for an illness a doctor traces to the visit (see the module docstring), else None."""
    if _ILL.search(t) and _DOCTOR_TRACES.search(t):
        return "urgent", "an illness a doctor traces to the visit"
    return None
