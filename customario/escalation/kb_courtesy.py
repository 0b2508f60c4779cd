"""Courtesies that frame a caller's question and name nothing asked (issue 11).

Used by :mod:`customario.escalation.kb_query` before the question is searched, as
:mod:`customario.escalation.kb_texting` reads texting spellings: an opening greeting ("Good day,",
"Good evening po.") and the Tagalog respect particle "po" are politeness, like "please" and "dear"
(stop words of :mod:`customario.escalation.kb_words`), but their words are content words to the
scorer: "day" picked the refund sentence's "5 to 7 business days" and "po" was read as a named thing
no article mentions, which held whole questions back.
"""

from __future__ import annotations

import re

# The Tagalog respect particle "po" (and "opo", a respectful yes) that Filipino English callers put in
# a clause ("what time do you open po?", "Hi po, ..."): lower case anywhere, capitalised only where a
# sentence starts. Not "PO" of a PO box, a P.O. box or a purchase-order number ("PO 4411").
_RESPECT_PARTICLE_RE = re.compile(
    r"(?:\s+|^)(?:(?:po|opo)|(?:(?<=^)|(?<=[.!?]\s))(?:Po|Opo))\b(?!\.?\s*(?:box|boxes|number|no\b|#|\d))"
)

# "Good day" (and Australian "G'day") opening the turn ("Good day po.", "G'day, ..."), up to its
# punctuation or an address after it. Only at the start and only before a comma, a full stop, "!" or
# a form of address. Its "day" is what collides with the articles' "business days". "Good morning",
# "good evening" were measured too (every development item opening with one): one store question
# then read the wrong sentence of the shipping article ("Good evening. ... how many days will the
# postman take?" read "same business day"), so they stay as they were.
_OPENING_GREETING_RE = re.compile(
    r"^\s*(?:(?:hi|hello|hiya|hey)[\s,]+(?:there[\s,]+)?)?(?:good\s+day|g'?day)"
    r"(?:[\s,]+(?:po|dear|sir|ma'?am|madam|mate|there|all|everyone|folks|guys))*\s*[,.!;:\u2014-]+\s*",
    re.I,
)


def without_respect_particle(query: str) -> str:
    """``query`` without the Tagalog respect particle "po"/"opo" (:data:`_RESPECT_PARTICLE_RE`):
    "how much for a blowout po?" → "how much for a blowout?". "PO box", "P.O. Box" and "PO 4411" are
    kept. Source: issue 11, kb blind67 (Filipino English: "the question names po, which no article
    mentions" escalated questions the file answers)."""
    return _RESPECT_PARTICLE_RE.sub("", query or "").lstrip(" ,.!")


def without_opening_greeting(query: str) -> str:
    """``query`` without a "Good day" that opens it (:data:`_OPENING_GREETING_RE`):
    "Good day. What is your refund policy?" → "What is your refund policy?". A turn that is nothing
    but the greeting is kept whole. Source: issue 11, kb blind67 ("Good day po. What are your policy
    for return and refund?" read the refund sentence for "days")."""
    rest = _OPENING_GREETING_RE.sub("", query or "", count=1)
    return rest if rest.strip() else (query or "")


def without_courtesies(query: str) -> str:
    """``query`` without its opening greeting and respect particles (the two functions above)."""
    return without_opening_greeting(without_respect_particle(query))
