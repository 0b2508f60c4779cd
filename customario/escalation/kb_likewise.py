"""Two near misses an article's words meet but its facts do not answer (issue 11).

**A booking cut-off asked of the hours.** "What's the last appointment you take on a Saturday?"
shares the day with the hours ("On Saturdays we are open from 9 am to 5 pm"), but the hours say when
the doors close, not the last start a stylist will book: a long service ends before closing, and
the business decides where that line is. :func:`booking_cutoff_asked` tells the ask from the words
alone ("the last / latest appointment, booking, slot"); an article that names no such cut-off (the
hours, the walk-ins policy) is held back as a near miss. Source: kb blind13, blind35, blind38, blind40 and blind43 (five callers
in five corpora asked the last booking; one was answered with the closing time).

**The same asked of another thing, "like the Y one".** "Is the keratin consultation free, like the
colour one?" against "Colour consultations are free ...": the caller knows what is true of Y (the
article's "colour consultations") and asks whether it holds for X ("keratin consultation"), which
the article does not say. :func:`likewise_other_thing` finds the comparison ("like / same as / as
with the Y one(s)"), the caller's "X N" before it, and refuses when the article says "Y N" and never
X. Source: kb blind39 and blind41 ("Are haircut consultations free like the colour ones?" answered
with the colour consultation), and blind48, where the same is asked as an alternative ("... free
too, or just the colour ones?"). Pure functions of text.
"""

from __future__ import annotations

import re

from customario.escalation.kb_unstated import unstated_condition
from customario.escalation.kb_words import light_stem, terms, words_of

# "the last appointment", "latest booking slot", "last slot you'd book".
_CUTOFF_RE = re.compile(r"\b(?:last|latest|final)\s+(?:\w+\s+)?(?:appointments?|bookings?|slots?|time slots?)\b", re.I)
# Words of an article that state a booking cut-off itself.
_CUTOFF_SAID_RE = re.compile(
    r"\b(?:last|latest|final)\s+(?:\w+\s+)?(?:appointments?|bookings?|slots?)\b|\b(?:latest|last)\s+(?:we|you can)\b"
    r"|\bbefore\s+(?:we\s+)?clos(?:e|es|ing)\b",
    re.I,
)


def booking_cutoff_asked(query: str, article_text: str) -> str | None:
    """Why an article (``article_text``: the hours, or a policy that speaks of appointments) does not
    answer ``query``, or None: the caller asks the last appointment or booking of a day and the
    article states no such cut-off ("last booking", "the latest we take", "before closing")."""
    if not _CUTOFF_RE.search(query or "") or _CUTOFF_SAID_RE.search(article_text or ""):
        return None
    return "near miss: the article states no last booking"


# "like the colour one", "same as the colour ones", "as with the colour one"; and the same asked as
# an alternative, "X too, or just the colour ones?", "or is it only for the colour one?" (kb blind48).
_LIKE_RE = re.compile(
    r"\b(?:(?:just\s+)?(?:like|same\s+as|as\s+with|as\s+for)|or\s+(?:is\s+it\s+|are\s+they\s+|is\s+that\s+)?"
    r"(?:just|only)(?:\s+for)?)\s+(?:the|your|a)\s+([a-z][a-z'-]+)\s+ones?\b"
)


def likewise_other_thing(query: str, article_text: str) -> str | None:
    """Why ``article_text`` does not answer ``query``, or None: the caller asks whether what holds
    for Y ("like the colour one") holds for X too ("Is the keratin consultation free, ..."), the
    article says "Y N" ("Colour consultations") and names no X. ``N`` is the noun the caller's "one"
    stands for: a word before the comparison that the article has right after Y."""
    q = (query or "").lower().replace("\u2019", "'")
    m = _LIKE_RE.search(q)
    if not m:
        return None
    text = (article_text or "").lower()
    held = {light_stem(w) for w in words_of(text)}
    other = light_stem(m.group(1))
    head = re.findall(r"[a-z][a-z'-]*", q[: m.start()])
    for x, n in zip(head, head[1:]):
        said = re.search(rf"\b{re.escape(m.group(1))}\w*\s+{re.escape(light_stem(n))}", text)
        if said and terms(x) and light_stem(x) != other and light_stem(x) not in held:
            return f"near miss: the article says it of {m.group(1)}, not of {x}"
    return None


# "if I'm sick", "if my son has a fever", "if we get covid": the caller's illness as the condition of
# the ask ("do you still charge the fee if I'm sick?"), not the story before it.
_ILL_IF_RE = re.compile(
    r"\b(?:if|in case)\s+(?:i|we|my\s+\w+|he|she|they|the\s+\w+)\s*(?:'m|'re|'s|am|are|is|get|gets|got|fall|falls|"
    r"feel|feels|have|has|come\s+down\s+with|wake\s+up)\s+(?:\w+\s+){0,2}?"
    r"(?:sick|ill|unwell|poorly|covid|flu|a\s+fever|fever|in\s+hospital)\b"
)
# "waive the fee", "is it waived": the caller asks the rule be set aside.
_WAIVE_RE = re.compile(r"\bwaive[sd]?\b|\bwaiving\b")
# "Would you open on a Sunday ... if we booked ahead?": an opening asked on a condition of the caller's.
_OPEN_ON_REQUEST_RE = re.compile(r"\bwould\s+you\s+(?:be\s+willing\s+to\s+)?(?:open|stay\s+open|open\s+up)\b.*\bif\b")


def exception_asked(query: str, article_text: str) -> str | None:
    """Why ``article_text`` does not answer ``query``, or None: the caller asks whether a rule bends
    for them, on their illness ("If I'm sick, do you still charge the late cancellation fee?", "is the
    fee waived if I'm sick?") or on a condition of theirs for an opening ("Would you open on a Sunday
    for a wedding party if we booked far enough ahead?"), and the article states the rule only (it
    says nothing of illness, of waiving, or of opening on request). Class: an exception asked, the
    rule read as its answer; whether to make one is the business's call. Source: issue 11, kb
    blind13, blind27, blind30, blind39, blind40 and blind42."""
    q = (query or "").lower().replace("\u2019", "'")
    text = (article_text or "").lower()
    if _ILL_IF_RE.search(q) and not re.search(r"\b(?:sick|ill|illness|unwell|covid|emergenc\w*)\b", text):
        return "near miss: the article says nothing of illness"
    if _WAIVE_RE.search(q) and not re.search(r"\bwaive", text):
        return "near miss: the article says nothing of waiving it"
    if _OPEN_ON_REQUEST_RE.search(q) and not re.search(r"\bon request\b|\bby appointment\b|\bprivate\b", text):
        return "near miss: the hours say nothing of opening on request"
    return None


def near_miss_of(query: str, article: dict) -> str | None:
    """Why ``article`` (a dict with ``question`` and ``answer``) does not answer ``query`` though its
    words meet it, or None: one of this module's near misses of its answer
    (:func:`booking_cutoff_asked`, :func:`likewise_other_thing`, :func:`exception_asked`), or a
    condition that neither its question nor its answer states: damage the caller did to the item, a
    place to ship to, the business's own error (:func:`kb_unstated.unstated_condition`)."""
    text = article.get("answer") or ""
    why = booking_cutoff_asked(query, text) or likewise_other_thing(query, text) or exception_asked(query, text)
    return why or unstated_condition(query, f"{article.get('question') or ''} {text}")


def hold_near_miss(query: str, best: dict, threshold: float) -> None:
    """Hold back a confident ``best`` hit (in place: confidence below ``threshold``, ``refused``)
    when the question is one of this module's near misses of it (:func:`near_miss_of`): the search's later readers of the hours
    and holidays may lift an article the guards capped."""
    why = near_miss_of(query, best)
    if why and best.get("confidence", 0) >= threshold:
        best["confidence"], best["refused"] = round(min(best["confidence"], 0.4, threshold - 0.01), 3), why
