"""A card the caller pays with is a means of payment, not a card sold (issue 11, helper kb20, stop 40).

"card" is a word of many senses (WordNet lists eleven as a noun): the plastic one a caller pays with
(WordNet's *credit card*) and the one a computer shop sells (a *graphics card*, an expansion board)
are different things. A knowledge base may use either: "We accept all major cards" (a salon's
payment policy) or "installed graphics cards are refunded minus a 15% restocking fee" (a parts
shop's returns). "Does the refund go back on my card or do I get store credit?" asks where the money
goes, and had been answered with the restocking fee on graphics cards (kb blind17, blind19,
blind25) or offered the power-supply article (some twenty development corpora).

The sense is told by the words around the card (Yarowsky's "one sense per collocation", ACL 1995):

- a payment modifier before it: *credit*, *debit*, *bank*, *Visa*, *Mastercard* ("my credit card");
- a preposition of a payment before the caller's own card: money put *on*, *onto*, *to*, *back to*
  it, paid *with*, *by* or *from* it ("the money back on my card", "I paid with my card");
- a card set beside another means of payment: "card or store credit", "PayPal or card", "cash or card".

:func:`payment_card_said` finds those; :func:`as_payment` puts "payment card" in their place, so the
search reads them as the payment they are and no longer as a thing the shop sells. A card named
for what it is part of ("graphics card", "gift card", "SD card", "loyalty card") is never touched.
Pure functions of text.
"""

from __future__ import annotations

import re

# Means of payment a card may be set beside ("card or store credit").
_OTHER_MEANS = r"(?:store credit|credit|cash|pay ?pal|venmo|apple pay|google pay|check|cheque|bank transfer|wire transfer|gift card|voucher)"
# A card named for what it is (never a payment card here).
_THING_CARD = re.compile(
    r"\b(?:graphics|video|gpu|sound|capture|network|wi-?fi|wireless|sd|micro ?sd|memory|expansion|"
    r"gift|loyalty|punch|stamp|business|birthday|greeting|sim|id|report|game|trading|playing|key)\s+cards?\b",
    re.I,
)
_MODIFIED = re.compile(r"\b(?:credit|debit|bank|visa|mastercard|amex|contactless|payment|major)\s+cards?\b", re.I)
_OWN = r"(?:my|the|our|that|same|original|your|his|her|a)\s+(?:same\s+|original\s+|own\s+)?"
_PUT_ON = re.compile(
    rf"\b(?:on|onto|to|back to|back on|back onto|into|with|by|from|via|using|off)\s+{_OWN}cards?\b(?!\s+(?:i|you|we)\s+(?:bought|got|ordered))",
    re.I,
)
_BESIDE = re.compile(
    rf"\bcards?\s*(?:,\s*)?(?:or|and|/)\s+(?:as\s+|in\s+|a\s+|with\s+)?{_OTHER_MEANS}\b|\b{_OTHER_MEANS}\s*(?:,\s*)?(?:or|and|/)\s+(?:on\s+|to\s+|a\s+|my\s+|the\s+)?cards?\b",
    re.I,
)
# Money moving: the words that make "on my card" a payment ("the refund goes back on my card").
_MONEY = re.compile(
    r"\b(?:refunds?|refunded|refunding|money|paid|pay|paying|payment|charged?|charging|tips?|deposit|"
    r"credited|reimburs\w*|cash|store credit|funds?)\b",
    re.I,
)


def payment_card_said(query: str) -> list[tuple[int, int]]:
    """Spans (start, end) in ``query`` of the word "card(s)" used for a means of payment (see the
    module docstring); [] when none is."""
    text = query or ""
    things = [m.span() for m in _THING_CARD.finditer(text)]

    def of_a_thing(pos: int) -> bool:
        return any(a <= pos < b for a, b in things)

    spans: list[tuple[int, int]] = []
    money = bool(_MONEY.search(text))
    for rx, needs_money in ((_MODIFIED, False), (_BESIDE, False), (_PUT_ON, True)):
        if needs_money and not money:
            continue
        for m in rx.finditer(text):
            for c in re.finditer(r"\bcards?\b", m.group(0), re.I):
                pos = m.start() + c.start()
                if not of_a_thing(pos) and (pos, pos + len(c.group(0))) not in spans:
                    spans.append((pos, pos + len(c.group(0))))
    return sorted(spans)


# A means of payment named by its brand ("back on my Visa", "will my refund go back to PayPal?"), and
# the money coming back that makes it where a refund goes (not "do you take PayPal?", a way to pay).
_BRAND = re.compile(
    r"\b(?:visa|master ?card|amex|american express|discover card|pay ?pal|apple pay|google pay|venmo|zelle)\b", re.I
)
_COMING_BACK = re.compile(
    r"\b(?:refunds?|refunded|refunding|reimburs\w*|credited|money back|(?:money|cash|funds?) (?:is |will |to )?"
    r"(?:be |go |goes |get |gets |come |comes |land |lands |show |shows )?(?:back|up))\b|\bback (?:on|onto|to|into|in) (?:my|the|our)\b",
    re.I,
)


def payment_brand_said(query: str) -> list[tuple[int, int]]:
    """Spans in ``query`` of a means of payment named by its brand ("Visa", "PayPal") where the
    caller's money comes back ("How long until the money is back on my Visa?", "I paid with
    PayPal. Where does the refund go?"): the original payment method a refund reaches. [] when no
    money comes back ("Do you take PayPal?" asks a way to pay). Source: kb blind43, blind44, blind45
    (store refunds held back as naming "visa", "paypal", which no article mentions)."""
    text = query or ""
    if not _COMING_BACK.search(text):
        return []
    return [m.span() for m in _BRAND.finditer(text)]


def as_payment(query: str) -> str:
    """``query`` with each payment card (:func:`payment_card_said`) or brand a refund goes back to
    (:func:`payment_brand_said`) said as "payment method"; unchanged
    when it names none ("Does the 4060 card need a new PSU?", "Do you sell gift cards?")."""
    spans = sorted(payment_card_said(query) + payment_brand_said(query))
    if not spans:
        return query
    out, last = [], 0
    for a, b in spans:
        before = query[max(0, a - 8) : a].lower()
        word = query[a:b]
        out.append(query[last:a])
        out.append(word if re.search(r"payment\s+$", before) else "payment method")
        last = b
    out.append(query[last:])
    return "".join(out)
