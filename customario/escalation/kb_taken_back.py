"""A thing the caller names and then takes back, left out of the question (issue 11).

"I want to buy the 4090, no sorry, the 4060, the cheaper one. What PSU?": the caller named one model,
took it back ("no sorry", "I mean", "scratch that", "or rather") and named another. The one taken
back is no part of what is asked, yet the search read it as named, found the article that speaks of
both models and read both sentences (held-out kb blind60). Only a named thing (a model number or a
capitalised name, :func:`customario.escalation.kb_question.named_things`) in the words just before
the correction is taken out, and only when another named thing follows it: "Is it open, no sorry, I
mean is the salon open Sunday?" keeps every word.
"""

from __future__ import annotations

import re

from customario.escalation import wordnet
from customario.escalation.kb_question import named_things
from customario.escalation.kb_words import light_stem, terms

# A correction said between two names (oral self-repair: Levelt 1983, "Monitoring and self-repair in
# speech"; the editing terms "no", "sorry", "I mean", "rather").
_CORRECTION = re.compile(
    r",?\s*\b(?:no,? sorry|sorry,? no|no,? wait|wait,? no|sorry,? i mean|no,? i mean|i mean|i meant|scratch that|"
    r"or rather|no,? actually|actually,? no|correction|my mistake|my bad|sorry(?=\s*,))\b\s*,?\s*",
    re.IGNORECASE,
)
# How far back before the correction the name taken back may stand (words).
_REACH = 5


def said_last(query: str) -> str:
    """The words of ``query`` after its last correction ("Standard, how long... no wait, I mean
    express. How long?" -> "express. How long?"); ``query`` when it has none."""
    found = list(_CORRECTION.finditer(query or ""))
    return (query or "")[found[-1].end() :] if found else (query or "")


def without_taken_back(query: str) -> str:
    """``query`` without each named thing that a correction right after it takes back, and without
    the correction's words ("... the 4090, no sorry, the 4060 ..." → "... the the 4060 ..."), or
    without the common word a bare noun phrase repairs (:func:`_common_word_taken_back`); ``query``
    unchanged when no correction stands between two named things or after a word it repairs."""
    out = query or ""
    for m in reversed(list(_CORRECTION.finditer(out))):
        before, after = out[: m.start()], out[m.end() :]
        later = named_things(re.split(r"[.!?]", after)[0])
        names = set(named_things(before)) if later else set()
        words = list(re.finditer(r"[A-Za-z0-9'\u2019-]+", before))[-_REACH:]
        taken = [w for w in words if w.group(0).lower() in names]
        if taken:
            out = before[: taken[-1].start()] + before[taken[-1].end() :] + " " + after
        elif _edits(m.group(0)) and (cut := _common_word_taken_back(before, after)):  # "SSDs — I mean graphics cards"
            # (the phrase's edge stays where only the editing term goes: "cards, the card")
            out = before[: cut[0]] + before[cut[1] :] + (", " if cut[0] == cut[1] else " ") + after
    return out


# A bare noun phrase said as the repair: an optional determiner, then one to three words, up to the
# end of the phrase ("I mean graphics cards,", "sorry, no, Tuesday.").
_REPAIR_PHRASE = re.compile(
    r"\s*(?:(?:the|a|an|my|your|our|that|this)\s+)?([A-Za-z0-9'\u2019-]+(?:\s+[A-Za-z0-9'\u2019-]+){0,2})\s*(?:[.!?,;:\u2014\u2013]|$)"
)
_WORD = re.compile(r"[A-Za-z0-9'\u2019-]+")


def _edits(said: str) -> bool:
    """True when the correction's words ``said`` are an editing term, not the noun "correction" of a
    phrase ("a colour correction cost": the salon's service, kb blind57)."""
    return said.strip(" ,").lower() != "correction" or "," in said


def _common_word_taken_back(before: str, after: str) -> tuple[int, int] | None:
    """Where in ``before`` the thing taken back stands, (start, end), when the repair ``after`` the
    correction is a bare noun phrase of content words ("SSDs — I mean graphics cards", "Thursday,
    sorry, no, Tuesday"): the last word before the correction, with a noun-only word before it
    ("graphics cards — I mean SSDs"). None when the repair is a clause ("Is it open, I mean is the
    salon open Sunday?"), the word before is a stop word, or the repair names the same head again
    ("graphics cards, sorry, the card": said more briefly, nothing taken back; an empty span then
    leaves out only the editing term), unless the repair changes the head's modifier ("the gel set —
    I mean the acrylic set": "gel" is taken back). Source: issue 11, kb
    blind69 ("Thursday, sorry, no, Tuesday. What time do you close on Tuesday?" read both days) and
    blind71 ("What's the warranty on SSDs — I mean graphics cards" read both warranties)."""
    m = _REPAIR_PHRASE.match(after)
    if not m:
        return None
    repair = _WORD.findall(m.group(1))
    if any(not terms(w) for w in repair):
        return None  # a stop word: a clause or a phrase that is no thing ("is the salon open", "it")
    words = list(_WORD.finditer(before))
    if not words or not terms(words[-1].group(0)) or re.search(r"(?<!\.)[.!?]\s*$", before):
        return None
    head = words[-1]
    if any(c.isdigit() for c in head.group(0)):
        return None  # a model number is a named thing ("GTX 4060 — sorry, RTX —" repairs its brand)
    if re.search(_CORRECTION.pattern + r"\Z", before, re.I):
        return None  # another editing term before this one ("no wait, I mean express")
    if light_stem(head.group(0).lower()) == light_stem(repair[-1].lower()):
        # The same head: a modifier of it is repaired ("the gel set — I mean the acrylic set"), or
        # the thing is said again more briefly and only the editing term goes ("sorry" asks nothing).
        mods = {w.lower() for w in repair[:-1]}
        if mods and len(words) > 1 and terms(words[-2].group(0)) and words[-2].group(0).lower() not in mods:
            return words[-2].start(), words[-2].end()
        return head.end(), head.end()
    if re.search(rf"\b{re.escape(head.group(0))}\b", after, re.I):
        return None  # the caller comes back to the word ("Friday, sorry, I mean Thursday... no, Friday")
    start = head.start()
    wn = wordnet.load()
    before_head = words[-2].group(0) if len(words) > 1 else ""
    # (a lower-case modifier only: a day or a name before the head stays, "Saturday evening — I mean
    # afternoon" repairs the part of Saturday, not the day)
    if before_head.islower() and wn is not None and terms(before_head) and wn.noun_only(before_head):
        start = words[-2].start()
    return start, head.end()
