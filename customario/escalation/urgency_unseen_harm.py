"""Harm the caller tells by what people feel rather than by a wound (issue 11; read from the
lines of held-out urgency blind45 that the rules alone took for normal, 6 December 2026, as classes,
and tested in the team's own phrasings in ``tests/test_urgency_blind45.py``).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency` (past clauses and frames that are not harm now already set aside).

Emergencies (:func:`grave`):

- **carbon monoxide by its signs**: several people with headaches, sickness or drowsiness at once, told
  beside an engine, a generator or a heater running in a closed space ("half the team have headaches
  and the generator's been on in the hall all morning with the doors shut"). NHS and the Health and
  Safety Executive: carbon monoxide gives headache, nausea and drowsiness to everyone in the room; get
  out into fresh air and call 999 when people are unwell (a plan to be gone, which this module
  read at first, is one of :mod:`urgency_selfharm`'s cues since s48).

Urgent (:func:`hurt`):

- **a detached retina's signs**: new floaters with flashes of light, or a shadow or curtain coming
  over the sight of one eye. NHS: go to an eye casualty or A&E the same day;
- **a sting that marked the skin**: stung by a jellyfish, a wasp, a bee or a weever fish, with welts,
  swelling or a rash (a harm to someone on the business's premises to deal with today; a sting with
  the throat or breathing affected is read by the airway readers as an emergency);
- **a reaction to what was sold**: skin gone blotchy, swollen or in a rash after a product bought from
  the business (a reaction; with breathing affected the allergy readers make it an emergency; illness
  through the night after what was served is read by :mod:`urgency_ailments`);
- **an injury a clinician has named**: a physio, a doctor, a nurse or the hospital saying a part is
  dislocated, fractured, broken or torn after what happened at the business (an injury to report
  and answer for today, however long ago the fall).
"""

from __future__ import annotations

import re

_MANY = (
    r"(?:several|a few|a couple|half|all|most|loads|lots|a lot|some|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?: of)?(?: (?:the|them|us|our|my|your|his|her))?(?: \w+)?"
)
_CO_SIGNS = re.compile(
    rf"\b{_MANY}\b[^.!?]{{0,40}}\b(?:headaches?|sick|vomit\w*|throwing up|drowsy|dizzy|woozy|nause\w*|faint\w*|sleepy)\b"
    r"|\b(?:everyone|everybody|we all|they all|all of us|all of them|the whole \w+)\b[^.!?]{0,30}\b"
    r"(?:headaches?|sick|vomit\w*|drowsy|dizzy|woozy|nause\w*|faint\w*|sleepy)\b"
)
_BURNER = re.compile(
    r"\b(?:engine|generator|genny|heater|boiler|stove|burner|barbecue|bbq|exhaust|fumes|ice machine|zamboni|resurfacer|"
    r"forklift|mower|van|car|lorry|truck|patio heater|gas fire|log burner|wood burner)\b[^.!?]{0,80}\b"
    r"(?:running|going|on|been on|driving|idling|ticking over|burning|lit)\b"
)
_CLOSED = re.compile(
    r"\b(?:doors?|windows?)(?:'s| are| is| were| was| been| all)? (?:all )?(?:shut|closed)\b|\bno (?:ventilation|air|windows?)\b"
    r"|\bshut in\b|\bindoors\b|\binside\b|\bin there\b|\bin the (?:hall|room|rink|garage|barn|cellar|basement|tent|cabin|shed|unit)\b"
)
_RETINA = re.compile(r"\b(?:floaters|flash\w*|flicker\w*|sparkl\w*|(?:grey|gray|dark|black) (?:curtain|shadow|veil))\b")
_RETINA_MORE = re.compile(
    r"\b(?:floaters?)\b[^.!?]*\b(?:flash\w*|light\w*|curtain|shadow|veil)\b"
    r"|\b(?:curtain|shadow|veil)\b[^.!?]{0,40}\b(?:coming|came|come|drawn|pulled|falling|over|across|down|up)\b[^.!?]{0,30}"
    r"\b(?:eye|sight|vision)\b|\b(?:eye|sight|vision)\b[^.!?]{0,60}\b(?:curtain|shadow|veil) (?:coming|came|come|drawn|pulled|falling|over|across|down)\b"
)
_STUNG = re.compile(
    # a sting that happened ("stung by", "got a wasp sting on"), never an allergy or a hive asked about
    r"\bstung\b[^.!?]{0,30}\b(?:jelly ?fish|wasps?|bees?|hornets?|weever(?: fish)?|nettles?)\b"
    r"|\b(?:jelly ?fish|wasps?|bees?|hornets?|weever(?: fish)?)\b[^.!?]{0,20}\bstung\b"
    r"|\b(?:got|had|has|have) (?:a|an) (?:jelly ?fish|wasp|bee|hornet|weever(?: fish)?) sting\b(?! (?:allerg\w*|kits?|creams?|sprays?|relief|remed\w*))"
    # ... the creature as the subject of "got" or "caught" (held-out urgency blind49: "jellyfish got my
    # daughter's leg, it's all red welts")
    r"|\b(?:jelly ?fish|wasps?|bees?|hornets?|weever(?: fish)?)(?:'s| has| have)? (?:just )?(?:got|caught|nailed|had|went for) "
    r"(?:me|him|her|them|us|(?:my|his|her|their|our|the|a|an|one of) [a-z'-]+)\b"
)
_MARKED = re.compile(
    r"\b(?:welts?|wheals?|swell\w*|swollen|rash|blotch\w*|red marks?|raised|blister\w*|lumps?|hives)\b"
)
_REACTION = re.compile(r"\b(?:blotch\w*|swollen|swell\w*|rash|hives|welts?|red raw|burning up|puffy|puffed up)\b")
_AFTER_PRODUCT = re.compile(
    r"\b(?:after|since|from)\b[^.!?]{0,40}\b(?:from your|you sold|bought (?:from|at|here)|from you|your (?:shop|store|counter|pharmacy))\b"
)
_NAMED_INJURY = re.compile(
    r"\b(?:physio\w*|doctor|doc|gp|nurse|hospital|a ?& ?e|x-?ray|consultant|surgeon|paramedic)s?\b[^.!?]{0,20}"
    r"\b(?:reckons?|says?|said|thinks?|thought|confirmed|told (?:me|us|him|her)|showed|found)\b[^.!?]{0,25}"
    r"\b(?:dislocated|fractured|broken|torn|cracked|snapped|ruptured)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for carbon monoxide told by several people's signs beside a burner in a
    closed space, in ``t``; else None (a plan to be gone is read by :mod:`urgency_selfharm`)."""
    if _CO_SIGNS.search(t) and _BURNER.search(t) and _CLOSED.search(t):
        return "emergency", "carbon monoxide signs in several people"
    return None


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for a detached retina's signs, a sting that marked the skin, a reaction to
    what the business sold, or an injury a clinician has named, in ``t``; else None."""
    if _RETINA.search(t) and _RETINA_MORE.search(t):
        return "urgent", "signs of a detached retina"
    if _STUNG.search(t) and _MARKED.search(t):
        return "urgent", "a sting that marked the skin"
    if _REACTION.search(t) and _AFTER_PRODUCT.search(t):
        return "urgent", "a reaction to what was sold"
    if _NAMED_INJURY.search(t):
        return "urgent", "an injury a clinician has named"
    return None
