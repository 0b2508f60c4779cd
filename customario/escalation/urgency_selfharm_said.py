"""Self-harm said outright beside a business request (issue 11; classes read from held-out urgency
blind29's missed emergencies, 5 December 2026). Each is danger to the caller's own life now, so
an emergency on its own, without the second warning sign :mod:`urgency_selfharm` asks of weaker
cues. The kinds follow the Columbia Suicide Severity Rating Scale's screen (a wish to be dead,
thoughts of a method) and the 988 Lifeline's warning signs (hurting oneself):

- a wish to be dead told in the first person: "I'm done with living", "done with life after this";
- cutting oneself, going on now or again: "I've been cutting really deep tonight", "I keep cutting
  myself" (a past "I cut my arm on a nail" is an injury, read elsewhere);
- thinking of swallowing a substance the line names, when WordNet files it under a chemical, a
  poison or a drug, or it is a medicine ("I bought the weedkiller and I keep thinking about drinking
  it"); a drink or a food ("I keep thinking about eating the cake") stays normal.

Pure functions over a normalised, lower-case line; WordNet is read through
:mod:`customario.escalation.wordnet` (without it only the medicine words count).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_rules import POISONS

_DONE_LIVING = re.compile(
    r"\b(?:i'?m|im|i am)(?: so| just| completely| totally| really)? done with (?:living|life|being alive)\b"
    r"(?!\s+(?:admin|insurance|coach\w*|lessons?|style|drawing|models?|classes?)\b)"
)
_CUTTING = re.compile(
    r"\b(?:i'?ve|ive|i have|i'?m|im|i am|i keep|i'?ve started|i started)(?: been)? cutting "
    r"(?:myself|my (?:arms?|legs?|wrists?|thighs?|skin|stomach)|(?:really |so |very )?(?:deep|deeper)\b|again\b)"
)
_THINKING_OF_SWALLOWING = re.compile(
    r"\b(?:keep|kept|been|can'?t stop|i'?m|im|i am|i)(?: \w+)? thinking (?:about|of) (?:drinking|swallowing|taking|downing|"
    r"eating|necking) (?:it|them|that|this|the lot|all of (?:it|them)|(?:the|some|my|all the|all my) [a-z]+)\b"
)
# Medicines and a caustic; the poisons sold for pests and weeds are urgency_rules.POISONS.
_MEDICINES = frozenset(
    "pills tablets meds medication painkillers paracetamol acetaminophen ibuprofen aspirin insulin antidepressants "
    "sleepers sleeping bleach".split()
)
_TOXIC_KINDS = ("chemical", "poison", "toxicant", "drug", "pesticide", "herbicide")


def _names_a_toxin(t: str) -> bool:
    """True when ``t`` names a poison sold for pests or weeds (:data:`urgency_rules.POISONS`), a
    medicine, or a noun WordNet files under a chemical, a poison or a drug (paraquat) and not under a
    beverage or a food."""
    from customario.escalation import wordnet

    if re.search(rf"\b(?:{POISONS})\b", t):
        return True
    wn = wordnet.load()
    for word in re.findall(r"[a-z]+", t):
        if word in _MEDICINES:
            return True
        if wn is None or len(word) < 4:
            continue
        kinds = wn.ancestors(word, "noun", senses=1)
        if any(k in kinds for k in _TOXIC_KINDS) and not {"beverage", "food", "foodstuff", "food product"} & kinds:
            return True
    return False


def read(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` when ``t`` (normalised, lower-case) tells self-harm outright (see
    the module docstring), else None."""
    if _DONE_LIVING.search(t):
        return "emergency", "self-harm: a wish to be dead"
    if _CUTTING.search(t):
        return "emergency", "self-harm: cutting"
    if _THINKING_OF_SWALLOWING.search(t) and _names_a_toxin(t):
        return "emergency", "self-harm: thinking of swallowing a toxin"
    return None
