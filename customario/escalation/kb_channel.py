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

Likewise a service asked away from the premises ("Can Sofia come to the wedding venue?", "Do you
do house calls?"): an article on the service or the stylist says what is done at the business, not
that anyone travels (:func:`service_elsewhere`); held back as a near miss unless the article itself
speaks of such visits.

Source: kb development corpora blind11 to blind19 and blind36 ("Can I book online through your
website?", "can I book online" answered with the website; "Can Sofia come to the hotel on the
wedding morning?" offered her biography). Pure functions of text.
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


# A visit away from the premises: "come to our wedding venue", "travel up to the hotel", "house calls".
_ELSEWHERE_RE = re.compile(
    r"\b(?:come|travel|go|drive)\s+(?:up\s+|out\s+|over\s+|down\s+)?to\s+"
    r"(?:(?:the|our|my|a|your|his|her|their)\s+)?(?:[a-z]+'s\s+)?(?:wedding\s+)?"
    r"(?:venue|hotel|house|home|church|office|reception|ceremony|care home|apartment|flat)\b"
    r"|\bhouse ?calls?\b|\bon[- ](?:site|location)\b|\bhome visits?\b|\bmobile (?:service|stylist|hairdresser)s?\b"
    # The service done at the caller's place: "my bridal hair done at my house" (kb blind44) ...
    r"|\b(?:done|do|doing)\b(?:\s+[a-z']+){0,3}\s+at\s+(?:my|our|his|her|their)\s+(?:own\s+)?"
    r"(?:house|home|hotel|venue|place|office|apartment|flat)\b"
    # ... a person coming to the caller ("Can someone come to us?"; not "will the label come to me").
    r"|\b(?:someone|somebody|anyone|anybody|you|stylists?|hairdressers?|barbers?|they|he|she)\s+(?:[a-z']+\s+)?"
    r"come\s+(?:out\s+|over\s+)?to\s+(?:us|me)\b"
)
_VISITS_RE = re.compile(
    r"\b(?:on[- ]site|on[- ]location|house ?calls?|home visits?|mobile|we travel|travel(?:s|ling|led)?\s+(?:out\s+)?to)\b"
)


ELSEWHERE = "near miss: the article says nothing of a visit away from the premises"


def service_elsewhere(query: str, article_text: str) -> str | None:
    """Why an article (``article_text``) does not answer ``query``, or None: the caller asks for a
    service away from the premises ("Could a stylist come to my house?", "on-site", "house calls")
    and the article does not speak of such visits."""
    q = (query or "").lower().replace("\u2019", "'")
    if not _ELSEWHERE_RE.search(q) or _VISITS_RE.search((article_text or "").lower()):
        return None
    return ELSEWHERE


# Ways of reaching a business that a contact list may or may not hold: a number or account on one of
# them is known only when the list names it.
_LISTED_CHANNEL_RE = re.compile(
    r"\b(fax|pager|telex|whats ?app|telegram|skype|wechat|viber|snapchat|tiktok|twitter|instagram|facebook|"
    r"linkedin|messenger)\b"
)


def channel_not_listed(query: str, article_text: str) -> str | None:
    """Why a contact article (``article_text``) does not answer ``query``, or None: the caller asks
    for a channel the article does not list ("What's your fax number?" against "by phone ...,
    email ..., website ..."): the phone number is not the fax number. Class: a channel of contact
    named in lower case, which the capitalised-name guard does not see, answered with another
    channel. Source: issue 11, kb blind22 and blind43 (a fax number asked, the phone read)."""
    m = _LISTED_CHANNEL_RE.search((query or "").lower())
    if not m or re.search(rf"\b{m.group(1)}\b", (article_text or "").lower()):
        return None
    return f"near miss: the article does not list {m.group(1)}"


def channel_cap(kind: str, query: str, article_text: str) -> tuple[float, str] | None:
    """``(0.4, why)``, the confidence cap of an article the question is only a near miss of, or None:
    an action asked through a channel against the contact article ("Can I book online?": it says how
    to reach us, :func:`action_through_channel`) or a service asked away from the premises against
    any article that says nothing of visits (:func:`service_elsewhere`). ``kind`` is the article's
    kind ("contact", "price", ...); ``article_text`` its question and answer."""
    if kind == "contact" and (
        why := action_through_channel(query, article_text) or channel_not_listed(query, article_text)
    ):
        return 0.4, why
    if why := service_elsewhere(query, article_text):
        return 0.4, why
    return None
