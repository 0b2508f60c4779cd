"""The rule an amount of money the caller states falls under (issue 11).

Moved out of :mod:`customario.escalation.kb_fact` on 6 December 2026 (that module had reached 600
lines), unchanged in behaviour: an answer's one sentence that sets a limit on an amount of money
("refunds above $500 are reviewed by a person first") is the part read for a caller who states an
amount ("I'm returning a $1,200 card, any hold up on the refund?"). Pure functions of text.
"""

from __future__ import annotations

import re

from customario.dialogue.spoken import parse_number
from customario.escalation.kb_excerpt import split_sentences
from customario.escalation.kb_asked import asked_sentence
from customario.escalation.kb_fact_kind import asked_fact, holds_fact
from customario.escalation.kb_question import stated_amounts

# A limit an answer sets on an amount of money: "refunds above $500", "orders over $50", "under $20".
_LIMIT_RE = re.compile(
    r"\b(?:above|over|under|below|more than|less than|at least|up to|exceeding)\s+[$\u00a3\u20ac]\s?\d", re.I
)


_SPELLED_MONEY_RE = re.compile(
    r"\b((?:[a-z]+[ -]){0,3}(?:hundred|thousand|grand|fifty|sixty|seventy|eighty|ninety))[ -](?:bucks|dollars?|pounds|euros?)\b",
    re.I,
)


def amount_rule(query: str, answer: str, fact: str | None) -> str | None:
    """The one sentence of ``answer`` that sets a limit on an amount of money ("refunds above $500 are
    reviewed by a person first"), when the caller states an amount of money ("I'm returning a $1,200
    card, any hold up on the refund?"): the rule their amount falls under. None when the caller
    states no amount, the answer has no such sentence or several, or the sentence does not hold the
    fact kind asked. The limit's own amount is no price when the asking sentence asks one: "How much do you keep if I return an
    installed GPU that cost me $800?" asks a charge, and "refunds above $500 are reviewed" states
    none (class: the line a rule draws read as the price asked; source: issue 11, kb blind51, the
    review rule read for the restocking fee)."""
    money = [a for a in stated_amounts(query) if not a.endswith(("w", "W", "watt", "watts", "%"))]
    # An amount said in words ("about nine hundred dollars"): dialogue.spoken reads the number.
    money += [m.group(1) for m in _SPELLED_MONEY_RE.finditer(query or "") if parse_number(m.group(1)) is not None]
    if not money or not re.search(r"[$\u00a3\u20ac]|\b(?:bucks|dollars?|pounds|euros?)\b", query or "", re.I):
        return None
    limits = [x for x in split_sentences(answer) if _LIMIT_RE.search(x)]
    # A "cost me $800" of the caller's story asks no price; the asking sentence must.
    price_asked = fact == "price" and asked_fact(asked_sentence(query)) == "price"
    if len(limits) != 1 or not holds_fact(
        _LIMIT_AMOUNT_RE.sub(" ", limits[0]) if price_asked else limits[0], fact, query
    ):
        return None
    return limits[0]


# The limit itself with its amount ("above $500"): the line a rule draws, never the price it states.
_LIMIT_AMOUNT_RE = re.compile(_LIMIT_RE.pattern + r"[\d,.]*", re.I)


_ABOVE_RE = re.compile(r"\b(?:above|over|more than|exceeding)\s+[$\u00a3\u20ac]\s?(\d[\d,]*)", re.I)


def rule_over_limit(query: str, answer: str, fact: str | None, joined: bool) -> str | None:
    """:func:`amount_rule` when the caller's amount is above its limit (:func:`over_the_limit`)."""
    rule = amount_rule(query, answer, fact) if not joined else None
    return rule if rule is not None and over_the_limit(query, rule) else None


def over_the_limit(query: str, rule: str) -> bool:
    """True when ``rule`` sets a lower limit on an amount of money ("refunds above $500 are reviewed")
    and the caller states an amount above it ("a $1,200 graphics card", "six hundred bucks"): the rule
    is the caller's, whatever else the question names (kb blind38: the restocking-fee clause was read)."""
    limits = [float(m.group(1).replace(",", "")) for m in _ABOVE_RE.finditer(rule)]
    if len(limits) != 1:
        return False
    said = [a for a in stated_amounts(query) if re.fullmatch(r"\d+(?:\.\d+)?", a)]
    said += [m.group(1) for m in _SPELLED_MONEY_RE.finditer(query or "")]
    values = [float(a) if a[0].isdigit() else parse_number(a) for a in said]
    return any(v is not None and v > limits[0] for v in values)
