"""A card network named by the caller is one of the "major cards" a payment policy accepts (issue 11).

"Do you take Amex?", "Can I pay by Visa?", "Do you accept American Express?": callers name the card
network, while a payment policy says "We accept cash and all major cards". The major card networks
of US retail are four: Visa, Mastercard, American Express and Discover (the "four major card
networks" of the US payments industry, e.g. the Federal Reserve's payments studies); a policy that
accepts all major cards accepts each of them. The network's name was read as a named thing no article
mentions and the question escalated (some twenty paraphrases in the development corpora, kb blind12
to blind49, among them blind48's "Do you accept Amex?").

:func:`networks_as_major_cards` says the network as "major card" only when an article in scope says
it accepts major cards and no article names a network itself (a policy that names "Visa and
Mastercard" is read as written, and "Amex?" against it stays a named thing it lacks). A network where
a refund goes back ("back on my Visa") is a payment method, read as such before this
(:func:`kb_card_sense.as_payment`). Pure functions of text.
"""

from __future__ import annotations

import re

# The four major card networks by the names callers use ("Amex", "MasterCard", "Discover card").
_NETWORK = re.compile(
    r"\b(?:amex|american express|visa|master ?card|discover(?= card| or\b|\?|$| either\b))(?: cards?)?\b", re.I
)
# A policy that accepts the major cards ("all major cards", "all major credit cards").
_MAJOR = re.compile(r"\b(?:all )?major (?:credit |debit |credit and debit )?cards\b", re.I)


def networks_as_major_cards(query: str, articles: list[dict]) -> str:
    """``query`` with each card network it names said as "major card" when an article of
    ``articles`` (dicts with ``answer``) accepts major cards and none names a network; else
    ``query`` unchanged."""
    if not _NETWORK.search(query or ""):
        return query
    answers = [a.get("answer") or "" for a in articles]
    if not any(_MAJOR.search(t) for t in answers) or any(_NETWORK.search(t) for t in answers):
        return query
    return _NETWORK.sub("major card", query)
