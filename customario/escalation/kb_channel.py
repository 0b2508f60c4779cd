"""An action asked through a channel is not answered by the list of channels (issue 11).

"Can I book online?" shares "online" with the contact article ("You can reach Luna Hair Studio by
phone ..., email ..., website ..."), and the website was read as if it answered. It does not: the
caller asks whether an action (booking, paying, cancelling) can be done through a channel, and the
contact article says only how to reach the business. :func:`action_through_channel` tells the two
apart from the words alone: the caller asks whether they may act ("can / could / may I <verb> ...",
"is it possible to <verb> ...") or names the action as a noun beside the channel ("online booking"),
a channel is named ("online", "the website", "by email", "the app"), and the action is no way of
reaching someone ("reach", "contact", "call", "email" ...) nor a word the article has. The search
then holds the article back as a near miss (never offered): the profile does not say so.

Source: kb development corpora blind11 to blind19 and blind36 ("Can I book online through your
website?", "can I book online" answered with the website). Pure functions of text.
"""

from __future__ import annotations

import re

from customario.escalation.kb_words import light_stem, words_of

# A channel the caller names: the action is asked through it.
_CHANNEL_RE = re.compile(
    r"\b(?:online|on ?line|internet|web ?site|site|app|email|e-mail|by phone|over the phone|text|instagram|facebook)\b"
)
# "can I book", "could we pay", "is it possible to cancel", "am I able to reschedule".
_MAY_I_RE = re.compile(
    r"\b(?:(?:can|could|may)\s+(?:i|we)|is\s+it\s+possible\s+to|(?:am\s+i|are\s+we)\s+able\s+to)\s+"
    r"(?:also\s+|just\s+|still\s+)*([a-z]{3,})\b"
)
# "online booking", "booking online", "online payments".
_ACTION_NOUN_RE = re.compile(r"\bonline\s+([a-z]{3,}(?:ing|ment)s?)\b|\b([a-z]{3,}ing)\s+online\b")
# Ways of reaching someone: what the contact article answers.
_REACHING = frozenset(
    "reach contact call phone ring email mail send message text write find get visit see talk speak chat "
    "go look check".split()
)


def action_through_channel(query: str, article_text: str) -> str | None:
    """Why a contact article (``article_text``: its question and answer) does not answer ``query``,
    or None: the caller asks whether an action can be done through a channel ("Can I book
    online?", "is online booking available?") and the action is no way of reaching the business
    nor a word of the article."""
    q = (query or "").lower().replace("\u2019", "'")
    if not _CHANNEL_RE.search(q):
        return None
    actions = [m.group(1) for m in _MAY_I_RE.finditer(q)]
    actions += [a for m in _ACTION_NOUN_RE.finditer(q) for a in m.groups() if a]
    held = {light_stem(w) for w in words_of(article_text or "")}
    for action in actions:
        stem = light_stem(re.sub(r"(?:ing|ment)s?$", "", action) or action)
        if stem in _REACHING or light_stem(action) in _REACHING or stem in held or light_stem(action) in held:
            continue
        return f"near miss: the article says how to reach us, not whether one can {action} that way"
    return None
