"""A cost nobody told: "Nothing, the insurance covered it" to "What was the total cost of the
job?" (issue 11).

What the caller paid is not what a thing cost. A survey that asks what the caller paid, spent or
was billed takes "nothing, the insurance covered it" as 0 (blind8, blind9, blind26: "Nothing,
insurance covered it" to "how much did you pay out of pocket?"); a survey that asks the cost,
price or value of the thing itself gets no figure from it: the insurer, the employer or the
warranty paid a cost the caller did not say (blind34 codes it as asked again; it had been stored
as 0). The rule reads the question's own words: a payment asked (pay, spend, bill, invoice, fee,
rent, out of pocket, "cost you") or a cost asked (cost, price, worth, value) without one.

Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import quantities
from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.spoken import numbers_in

# The caller's own payment asked: what they paid, spent, were billed or charged, or owe.
_PAYMENT_ASKED = re.compile(
    r"\b(?:pay|paid|pays|spend|spent|bill|billed|invoice|invoiced|rent|fees?|charged?|owe|owed|"
    r"out of pocket|cost you|co-?pay|deductible|outlay|subscription|membership|tip|tipped)\b"
)
# The cost of the thing asked: "the total cost of the job", "the price of the repair".
_COST_ASKED = re.compile(r"\b(?:cost|costs|price|priced|worth|value|valued)\b")
# Someone or something else paid: "the insurance covered it", "my employer paid", "it was under
# warranty", "the council picked up the bill", "covered by the landlord".
_OTHER_PAID = re.compile(
    r"\b(?:covered|paid|picked up|footed|took care of|handled|funded|reimbursed|refunded)\b"
    r"(?!\s+(?:for\s+)?(?:it|that|them|the \w+)?\s*(?:myself|ourselves|me|us)\b)"
    r"|\bunder (?:the )?(?:warranty|guarantee|insurance|cover)\b|\bon (?:the |my |our )?(?:insurance|warranty)\b"
)
# Whoever paid, when it was not the caller: "I paid" is the caller's own payment.
_SELF_PAID = re.compile(r"\b(?:i|we|i've|we've|i'd|we'd)\s+(?:\w+\s+)?(?:paid|covered|footed|picked up)\b")


def cost_unsaid(question: Any, t: str) -> bool:
    """True when a money question asks the cost of a thing, not what the caller paid, and the
    answer says no figure, only that someone or something else paid for it ("Nothing, the
    insurance covered it all" to "What was the total cost of the job?"): asked again, the cost
    was not said. False for a question about the caller's payment, an answer with a number, or
    one where the caller paid ("nothing, I paid it off")."""
    if question.type != "number" or not quantities.asks_money(question):
        return False
    asked = (question.text or "").lower()
    if _PAYMENT_ASKED.search(asked) or not _COST_ASKED.search(asked):
        return False
    if numbers_in(_prep_numbers(t)) and not re.match(r"\W*(?:zero|nil|nought|0)\b", t):
        return False
    return bool(_OTHER_PAID.search(t)) and not _SELF_PAID.search(t)


# An amount the caller says is before something taken off: "Eighty before the discount".
_BEFORE_OFF = re.compile(
    r"\b(?:before|without|not counting|not including|excluding)\s+(?:the |any |my |our |a |that |their )?"
    r"(?:\w+ )?(?:discount|rebate|voucher|coupon|refund|cashback|reduction|offer|deal|money off)s?\b"
)
_AFTER_OFF = re.compile(r"\b(?:after|with|less|minus|including|net of)\b")


def unsaid(question: Any, t: str) -> str | None:
    """Why a money answer gives no amount for the question (the re-ask reason), or None: a cost
    someone else paid (:func:`cost_unsaid`), or one amount said before a discount, rebate or
    voucher the caller had ("Eighty before the discount" to "How much did you pay?": what was paid
    is less and not said; the question asking "before" itself, or the amount after it said too,
    leave the answer to the other rules)."""
    if cost_unsaid(question, t):
        return "the full cost, whoever paid it"
    if question.type != "number" or not quantities.asks_money(question):
        return None
    asked = (question.text or "").lower()
    off = _BEFORE_OFF.search(t)
    if off is None or re.search(r"\b(?:before|without|excluding)\b", asked):
        return None
    if _AFTER_OFF.search(t[: off.start()] + t[off.end() :]) or len(numbers_in(_prep_numbers(t))) != 1:
        return None
    return "what you paid in the end"
