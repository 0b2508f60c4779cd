"""Scots spellings of content words, and the function words and greetings of Jamaican and South
African English, read as the standard English words they spell (issue 11).

Used by :mod:`customario.escalation.kb_query` before the question is searched, as
:mod:`customario.escalation.kb_texting` reads texting spellings. The Scots spellings of function
words ("whit", "dae", "tae", "ye") are stop words already (:mod:`customario.escalation.kb_words`);
the words below carry what is asked ("How lang ...?" asks a duration, "caird" is the card), so
they are spelled as the articles spell them. Spellings from the Dictionaries of the Scots Language
(Scottish National Dictionary): each one a Scots form of one English word, none an English word of
its own in these senses ("lang" is no English word; "oot", "aboot", "efter", "hauf", "whaur",
"caird" neither).

Jamaican (Patwa) function words are read as the English ones (:func:`patwa_words`: "Mi haffi pay fi
sen' it back?" → "I have to pay to send it back?"), and the greetings and tags that open or close a
Jamaican or South African turn ("Wah gwaan,", "Howzit,", "Ja,", "..., ja?") are dropped, like "Good
day" (:mod:`kb_courtesy`): to the scorer "wah", "gwaan", "di", "unu" were words no article has, and
they held whole questions below the threshold (kb blind73: "Wah gwaan, di SSD warranty a how long?"
escalated; "the SSD warranty is how long?" is answered). Sources: F. G. Cassidy and R. B. Le Page,
*Dictionary of Jamaican English* (mi, unu, fi, di, pon, inna, haffi, waan, wah, gwaan); the
*Dictionary of South African English* (howzit, ja). Only words that are no English word in these
senses, and no model or product name, are read ("mi" is no word of the articles; "a", "dem" and
"ago" are English words too and are left).
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


# Jamaican function words: each one English word (Cassidy and Le Page). "mi" is "I" before a verb
# and "my" before anything else (:func:`patwa_words`); "fi" is "for" before a determiner, else "to".
_PATWA = {
    "unu": "you",
    "unnu": "you",
    "yuh": "you",
    "di": "the",
    "pon": "on",
    "inna": "in",
    "haffi": "have to",
    "waan": "want",
    "sen'": "send",
    "an'": "and",
    "wah": "what",  # not "wha": the Scots "who"
}
_PATWA_RE = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(w) for w in _PATWA) + r")(?![\w'-])", re.I)
# "mi" before a verb (or a word that opens a verb phrase) is "I": "mi buy", "mi waan", "mi can".
_MI_VERB_RE = re.compile(
    r"(?<![\w'-])(?:mi|Mi)(?=\s+(?:waan|want|buy|bought|get|got|haffi|have|has|need|can|cyaan|did|do|install|installed|send|sen'|"
    r"just|already|a|ago|deh|nuh|never|order|ordered|pay|paid|tink|think|know|see|try|tried|put|use|mus|must|will|would|live)\b)",
)
# Only "mi"/"Mi" and "fi"/"Fi" standing alone: "MI" (Michigan), "wi-fi", "sci-fi" are no Patwa (review of s58).
_FI_RE = re.compile(r"(?<![\w'-])(?:fi|Fi)(?=\s+(?:a|an|di|the|mi|my|me|him|her|dem|us|unu|you|one|two|\d)\b)")
_MI_RE = re.compile(r"(?<![\w'-])(?:mi|Mi)(?![\w'-])")
_FI_ALONE_RE = re.compile(r"(?<![\w'-])(?:fi|Fi)(?![\w'-])")
# Greetings that open a turn ("Wah gwaan,", "Howzit,", "Ja, howzit,") and the South African "ja"
# that opens or tags it ("..., ja?"): politeness, like "Good day" (kb_courtesy).
_OPENING_RE = re.compile(
    r"^\s*(?:(?:ja|yah|yeah|hey|hi|yo)[\s,]+)?(?:wah|wha|whaa)\s+gw(?:a|w)?an[\s,.!]+"
    r"|^\s*(?:(?:ja|yah|yeah|hey|hi)[\s,]+)?howzit(?:\s+(?:man|bru|boet|china))?[\s,.!]+"
    r"|^\s*ja[\s,!.]+(?=\S)",
    re.I,
)
_JA_TAG_RE = re.compile(r",\s*ja\s*(?=[?.!]*\s*$)", re.I)


def patwa_words(query: str) -> str:
    """``query`` without a Jamaican or South African opening greeting or "ja" tag, with Jamaican
    function words read as English (see the module docstring): "Wah gwaan, mi get a 4070 Super,
    how much watts di power supply fi have?" → "I get a 4070 Super, how much watts the power supply
    to have?". Lower case is kept for the words replaced; a turn that is nothing but a greeting is
    kept whole. Source: issue 11, kb blind73 (Jamaican and South African callers)."""
    text = query or ""
    rest = _OPENING_RE.sub("", text, count=1)
    text = rest if rest.strip() else text
    text = _JA_TAG_RE.sub("", text)
    text = _MI_VERB_RE.sub("I", text)
    text = _MI_RE.sub("my", text)
    text = _FI_RE.sub("for", text)
    text = _FI_ALONE_RE.sub("to", text)
    # Written in lower case or capitalised; "DI" of a "DI box" is a name, not "the".
    return _PATWA_RE.sub(lambda m: m.group(1) if m.group(1)[1:2].isupper() else _PATWA[m.group(1).lower()], text)


def dialect_words(query: str) -> str:
    """``query`` with Scots spellings (:func:`scots_spellings`) and Jamaican and South African
    function words and greetings (:func:`patwa_words`) read as English."""
    return patwa_words(scots_spellings(query))
