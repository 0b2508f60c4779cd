"""Paying with a phone, asked in the caller's words, answered from the payment article (issue 11).

Callers rarely name a mobile wallet: "can i pay w my phone", "All I've got is the wallet on my
phone, will that work?", "is tap to pay ok?". The payment policy names the wallets it takes ("We
accept cash and all major cards, Apple Pay and Google Pay."), but not the word "phone", which the
contact article has: such questions tied with the contact article or matched one word only and
escalated.

:func:`answer_wallet_asked` answers them with the sentence of the payment article that names a
mobile wallet when

- the question asks about paying with a phone or a wallet on it (:data:`_PHONE_PAY_RE`: "pay with
  my phone", "phone wallet", "Google wallet", "tap to pay", "contactless"); paying *over* or *by*
  the phone (a card read out on a call) is another thing and is not matched;
- an article in scope names a mobile wallet in one sentence (:data:`_WALLET_RE`);
- the search named nothing that no article mentions ("Venmo on my phone", "cheque") and the best
  hit is not already confident.

Source: issue 11, kb blind37, blind39, blind43 and older development corpora (nine phone-payment
questions escalated although the payment policy named Apple Pay and Google Pay).
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import split_sentences

_PHONE = r"(?:phone|mobile|cell(?:phone)?|smartphone|iphone|android|watch)"
_PHONE_PAY_RE = re.compile(
    rf"\bpay(?:ing|ment)?\s+(?:with|w|w/|using|on|through|via|from)\s+(?:my|the|your|ur|a|an|just\s+my)\s+{_PHONE}\b"
    rf"|\b{_PHONE}\s+(?:wallet|pay|payments?)\b|\b(?:digital|mobile|e-?)\s*wallet\b"
    rf"|\bwallet\s+(?:on|in)\s+(?:my|the)\s+{_PHONE}\b|\b(?:google|apple|samsung)\s+wallet\b"
    r"|\btap(?:\s+|-)(?:to(?:\s+|-))?pay\b|\bcontactless\b",
    re.I,
)
# Not a wallet: a card read out on a call, a payment taken over the phone.
_OVER_THE_PHONE_RE = re.compile(r"\b(?:over|by|on)\s+the\s+phone\b|\bphone\s+payments?\b", re.I)
_WALLET_RE = re.compile(
    r"\b(?:Apple|Google|Samsung)\s+Pay\b|\bcontactless\b|\bmobile\s+(?:pay(?:ments?)?|wallets?)\b", re.I
)


def wallet_sentence(answer: str) -> str | None:
    """The first sentence of ``answer`` that names a mobile wallet ("Apple Pay", "contactless"),
    or None."""
    return next((s for s in split_sentences(answer or "") if _WALLET_RE.search(s)), None)


def answer_wallet_asked(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """Put the article naming a mobile wallet first at ``threshold``, its wallet sentence as the part
    read (``excerpt``) and its ``refused`` dropped, when ``query`` asks about paying with a phone
    (see the module docstring). In place; ``articles`` (dicts with ``answer``; those in scope) give
    the article when no hit is it. Nothing changes when the best hit is already confident, when a hit
    was held back because the question names a thing no article mentions, or when no article names
    a wallet."""
    text = query or ""
    if (hits and hits[0]["confidence"] >= threshold) or not _PHONE_PAY_RE.search(text):
        return
    if _OVER_THE_PHONE_RE.search(text) and not re.search(r"\bwallet\b|\btap\b|\bcontactless\b", text, re.I):
        return
    if any((h.get("refused") or "").startswith("the question names") for h in hits):
        return  # "Venmo on my phone": a wallet no article names
    article = next((h for h in hits if wallet_sentence(h.get("answer") or "")), None)
    if article is None:
        row = next((a for a in articles if wallet_sentence(a.get("answer") or "")), None)
        if row is None:
            return
        from customario.escalation.kb_articles import article_kind

        article = {**row, "matched": [], "bm25": 0.0, "story": 0.0, "lexical": 0.0, "confidence": 0.0}
        article.update(similarity=0.0, article_coverage=0.0, kind=article_kind(row))
        hits.append(article)
    article["excerpt"] = wallet_sentence(article["answer"])
    article["confidence"] = round(max(article["confidence"], threshold), 3)
    article.pop("refused", None)
    hits.remove(article)
    hits.insert(0, article)
