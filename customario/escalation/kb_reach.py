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
from customario.escalation.kb_phrases import UNUSED_CHANNEL

_CHANNEL = (
    r"(?:phone number|(?:tele)?phone|number|no\.?|area code|e-?mail(?: address| adress| addy)?|web ?site|web ?page|"
    r"web address|site)"
)
# "your", "the salon's", "the main", "your direct": what may stand between the asking words and the
# channel when it is the business's own.
_THE = r"(?:your|ur|yr|the|yer|an?)\s+(?:(?:salon|shop|studio|store|business)'?s?\s+)?(?:(?:main|best|direct|contact|general)\s+)?"
_ASKS_CHANNEL_RE = re.compile(
    rf"\b(?:what(?:'s|s| is| was)?|wh?at'?s|wat(?: is)?|which)\s+(?:is\s+)?{_THE}{_CHANNEL}\b(?!\s+of\b)"
    rf"|\b(?:is there|do you have|do u have|have you got|you got|got)\s+(?:an?|your|ur)\s+{_CHANNEL}\b(?!\s+of\b)"
    rf"|\b(?:give|send|text|txt|tell|read|remind)\s+(?:me|us)\s+(?:of\s+)?{_THE}{_CHANNEL}\b(?!\s+of\b)"
    rf"|\b(?:can|could|may)\s+(?:i|we)\s+(?:have|get|grab|take)\s+(?:both\s+)?{_THE}{_CHANNEL}\b(?!\s+of\b)"
    rf"|\b(?:write|jot|take|note)\s+down\s+{_THE}{_CHANNEL}\b(?!\s+of\b)"
    r"|\bwhat\s+number\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:ring|call|dial|text|use)\b"
    r"|\b(?:a|the)\s+number\s+(?:to|i can|we can)\s+(?:ring|call|reach|text)\b"
    # "what email can I send my photos to?", "wat area code is ur number"
    r"|\bwh?at\s+(?:e-?mail(?: address)?|number|web ?site)\s+(?:can|do|should|could)\s+(?:i|we)\b"
    r"|\bwh?at(?:'s|s| is)?\s+(?:the\s+)?area\s+code\b"
    # "where do I send an e-mail?"
    r"|\bwhere\s+(?:can|do|should|could)\s+(?:i|we)\s+(?:send|write)\s+(?:an?\s+|the\s+|my\s+)?e-?mails?\b"
    # the channel alone, asked as the whole question: "email adress pls, ...", "ur number again?"
    rf"|^(?!.*\b(?:can|could|do|does|is|are|will|would)\s+(?:i|you|u|we)\b)\W*(?:{_THE})?(?:phone number|(?:tele)?phone|number|e-?mail(?: address| adress| addy)?|web ?site)"
    r"\s*(?:again\b|pls\b|please\b|plz\b|\?|,|$)",
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
    r"\b(?:her|his|their|(?!(?:salon|shop|studio|store|business|place|company)'s)[a-z]+'s)\s+"
    r"(?:direct\s+|own\s+|personal\s+)?(?:mobile|cell|number|phone|email)\b|\b(?:mobile|cell)\b",
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
    """The channels ``question`` asks for, read from the contact article's ``answer`` ("You can
    reach Luna Hair Studio by phone +1 415 555 0142, email hello@lunahair.example, ...") as "Our email
    address is hello@lunahair.example."; None when the answer does not list them. Two channels named
    by their nouns ("both your phone number and your email") are read together ("Our phone number is
    ... and our email address is ..."); otherwise the first of :data:`_CHANNELS` the question names.
    A channel the caller says they do not use ("I don't do email") is not asked for."""
    question = re.sub(rf"\b{UNUSED_CHANNEL}\b", " ", question, flags=re.I)
    _, by, listed = answer.rstrip(".").partition(" by ")
    if not by:
        return None

    def value(key: str) -> str | None:
        return next((item[len(key) :].strip() for item in listed.split(", ") if item.startswith(f"{key} ")), None)

    named = [(key, label) for key, rx, label in _NAMED if rx.search(question)]
    if len(named) > 1:
        parts = [(label, value(key)) for key, label in named]
        if all(v for _, v in parts):
            said = " and ".join(f"our {label} is {v}" for label, v in parts)
            return said[0].upper() + said[1:] + "."
    for key, rx, label in _CHANNELS:
        if rx.search(question):
            v = value(key)
            return f"Our {label} is {v}." if v else None
    return None


# The channels as nouns only (not "call", "text"): the ones a question names when it asks for several.
_NAMED = (
    # "your phone and your email both" (kb blind42): the business's phone said as "your phone"
    (
        "phone",
        re.compile(r"\b(?:(?:tele)?phone number|telephone|number|(?:your|ur) (?:phone|mobile|cell))\b", re.I),
        "phone number",
    ),
    ("email", re.compile(r"\be-?mail", re.I), "email address"),
    ("website", re.compile(r"\bweb ?(?:site|page|address)\b", re.I), "website"),
)


def _name_said(articles: list[dict]) -> str | None:
    """ "This is Luna Hair Studio." from the contact article's question (:func:`kb_articles.business_name`)."""
    name = business_name(articles)
    return f"This is {name}." if name else None
