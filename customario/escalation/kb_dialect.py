"""Scots spellings of content words read as the standard English words they spell (issue 11).

Used by :mod:`customario.escalation.kb_query` before the question is searched, as
:mod:`customario.escalation.kb_texting` reads texting spellings. The Scots spellings of function
words ("whit", "dae", "tae", "ye") are stop words already (:mod:`customario.escalation.kb_words`);
the words below carry what is asked ("How lang ...?" asks a duration, "caird" is the card), so
they are spelled as the articles spell them. Spellings from the Dictionaries of the Scots Language
(Scottish National Dictionary): each one a Scots form of one English word, none an English word of
its own in these senses ("lang" is no English word; "oot", "aboot", "efter", "hauf", "whaur",
"caird" neither).
"""

from __future__ import annotations

import re

_SCOTS = {
    "lang": "long",
    "caird": "card",
    "cairds": "cards",
    "aboot": "about",
    "oot": "out",
    "efter": "after",
    "hauf": "half",
    "whaur": "where",
    "setterday": "saturday",
}
_SCOTS_RE = re.compile(r"\b(" + "|".join(_SCOTS) + r")\b", re.I)


def scots_spellings(query: str) -> str:
    """``query`` with Scots spellings of content words as the English words (:data:`_SCOTS`): "How
    lang have ah got?" → "How long have ah got?", "ma graphics caird" → "ma graphics card". Lower
    case is kept for the words replaced. Source: issue 11, kb blind67 (Scottish callers' "How lang
    dis the delivery take" and "efter a year an' a hauf" escalated)."""
    return _SCOTS_RE.sub(lambda m: _SCOTS[m.group(1).lower()], query or "")
