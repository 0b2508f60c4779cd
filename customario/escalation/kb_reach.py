"""The business's own number, email, website or name, asked with a reason (issue 11).

Callers ask for a way to reach the business and say why: "can u txt me ur number so i can save
it", "Sorry, I've lost the little card you gave me. What number do I ring to reach you directly?",
"Is there an email address I can send a photo of the colour I'm after?", "Do you have a website
where I can have a look at your work?"; or the business's name: "what's the name of the salon
again? I want to write it on the calendar.", "who have I got through to? What's the shop called?".
The contact article ("You can reach Luna Hair Studio by phone ..., email ..., website ...") has the
channel word, but the reason's words ("photo", "calendar", "save") are in no article and pull the
confidence under the threshold (one word matched against several the article lacks).

:func:`answer_reach_asked` answers with the contact article when the caller asks *for* one of the
business's channels or its name (:data:`_ASKS_CHANNEL_RE`, :data:`_ASKS_NAME_RE`), and not for a
person's own number ("Sofia's direct mobile"), nor whether something can be done through a channel
("Can I book online?": :mod:`kb_channel` holds that back as a near miss). The part read is the
search's own reading of the article (the sentence naming that channel); the name is read from the
article's first sentence.

Source: issue 11, kb blind38, blind39, blind41 (nine such questions escalated although the
profile's contact block held the answer).
"""

from __future__ import annotations

import re

from customario.escalation.kb_articles import business_name

_CHANNEL = r"(?:phone number|(?:tele)?phone|number|no\.?|e-?mail(?: address| addy)?|web ?site|web address|site)"
_ASKS_CHANNEL_RE = re.compile(
    rf"\b(?:what(?:'s|s| is)?|which)\s+(?:is\s+)?(?:your|ur|the|yer|a)\s+(?:salon'?s?\s+|shop'?s?\s+|main\s+|best\s+)?{_CHANNEL}\b"
    rf"|\b(?:is there|do you have|do u have|have you got|you got|got)\s+(?:an?|your|ur)\s+{_CHANNEL}\b"
    rf"|\b(?:give|send|text|txt|tell)\s+(?:me|us)\s+(?:your|ur|the|a)\s+{_CHANNEL}\b"
    r"|\bwhat\s+number\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:ring|call|dial|text|use)\b"
    r"|\b(?:a|the)\s+number\s+(?:to|i can|we can)\s+(?:ring|call|reach|text)\b",
    re.I,
)
_ASKS_NAME_RE = re.compile(
    r"\b(?:what(?:'s|s| is)|whats)\s+(?:the|your|this)\s+(?:salon|shop|studio|business|place|company|store)\s+called\b"
    r"|\bname\s+of\s+(?:the|your|this)\s+(?:salon|shop|studio|business|place|company|store)\b"
    r"|\bwho\s+(?:have|did)\s+i\s+(?:got|get|come|reached|called)\b|\bwhat\s+are\s+you\s+called\b"
    r"|\bwhat(?:'s|s| is)\s+(?:it|the place|the salon|the shop)\s+called\b",
    re.I,
)
# Someone's own channel: "Sofia's mobile", "her direct number", "the stylist's cell".
_SOMEONES_RE = re.compile(
    r"\b(?:her|his|their|[a-z]+'s)\s+(?:direct\s+|own\s+|personal\s+)?(?:mobile|cell|number|phone|email)\b|\b(?:mobile|cell)\b",
    re.I,
)


def answer_reach_asked(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """Put the contact article first at ``threshold`` (in place; ``refused`` dropped) when ``query``
    asks for the business's number, email, website or name (see the module docstring) and the best
    hit is not already confident. ``articles`` are those in scope (the contact article is found there
    when the question shares no word with it: "what's the shop called?"). Nothing changes otherwise."""
    if hits and hits[0]["confidence"] >= threshold:
        return
    text = (query or "").replace("’", "'")
    name = bool(_ASKS_NAME_RE.search(text))
    if not (name or _ASKS_CHANNEL_RE.search(text)) or _SOMEONES_RE.search(text):
        return
    article = next((h for h in hits if h.get("kind") == "contact"), None)
    if article is None:
        row = next((a for a in articles if (a.get("source_ref") or "").endswith("#contact")), None)
        if row is None or not name:
            return
        article = {
            **row,
            "kind": "contact",
            "matched": [],
            "bm25": 0.0,
            "story": 0.0,
            "confidence": 0.0,
            "lexical": 0.0,
        }
        article.update(similarity=0.0, article_coverage=0.0)
        article["excerpt"] = row["answer"]
        hits.append(article)
    said = _name_said(articles) if name else _channel_said(text, article["answer"])
    if said:
        article["excerpt"] = said
    elif name:
        return  # the name is in no contact article's question: nothing to say it from
    article["confidence"] = round(max(article["confidence"], threshold), 3)
    article.pop("refused", None)
    hits.remove(article)
    hits.insert(0, article)


# The channel a question asks for, and how the answer names it.
_CHANNELS = (
    ("email", re.compile(r"\be-?mail", re.I), "email address"),
    ("website", re.compile(r"\bweb|\bsite\b", re.I), "website"),
    ("phone", re.compile(r"\b(?:phone|number|no\.?|ring|call|dial|text|txt)\b", re.I), "phone number"),
)


def _channel_said(question: str, answer: str) -> str | None:
    """The one channel ``question`` asks for, read from the contact article's ``answer`` ("You can
    reach Luna Hair Studio by phone +1 415 555 0142, email hello@lunahair.example, ...") as "Our email
    address is hello@lunahair.example."; None when the answer does not list it."""
    _, by, listed = answer.rstrip(".").partition(" by ")
    if not by:
        return None
    for key, rx, label in _CHANNELS:
        if rx.search(question):
            value = next((item[len(key) :].strip() for item in listed.split(", ") if item.startswith(f"{key} ")), None)
            return f"Our {label} is {value}." if value else None
    return None


def _name_said(articles: list[dict]) -> str | None:
    """ "This is Luna Hair Studio." from the contact article's question (:func:`kb_articles.business_name`)."""
    name = business_name(articles)
    return f"This is {name}." if name else None
