"""Normaliser of typed and transcribed text for the opt-out recogniser (:mod:`.optout`).

Holds the token folding (SMS shorthand such as "pls", "txt", "unsub" and typos of the keywords
such as "sotp", "unsubscirbe"), :func:`normalise`, the sentence splitter and :func:`_bare`, which
strips politeness, fillers and repeats around a keyword message ("STOP please", "stop stop stop").
Pure functions, no I/O.
"""

from __future__ import annotations

import re

# Words stripped around a keyword message ("STOP please", "stop thx", "Unsub pls").
_POLITE = r"(?:please|thanks|thank you|thankyou|ok|okay|now|asap|already|just|immediately|right now|seriously)"

# Token spellings folded before matching (SMS shorthand and typos seen in real inbound texts).
_FOLD = {
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "pleas": "please",
    "pleaase": "please",
    "thx": "thanks",
    "ty": "thanks",
    "tnx": "thanks",
    "u": "you",
    "ur": "your",
    "yr": "your",
    "ppl": "people",
    "r": "are",
    "im": "i'm",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "ive": "i've",
    "txt": "text",
    "txts": "texts",
    "txting": "texting",
    "texing": "texting",
    "msg": "message",
    "msgs": "messages",
    "msging": "messaging",
    "mesages": "messages",
    "messeges": "messages",
    "sms": "text",
    "smss": "texts",
    "optout": "opt out",
    "opt-out": "opt out",
    "stopall": "stop all",
    "unsub": "unsubscribe",
    "cuz": "because",
    "bc": "because",
    "no1": "no one",
    "nmbr": "number",
    "num": "number",
    "#": "number",
    "cel": "cell",
    "callin": "calling",
    "textin": "texting",
    "pplz": "please",
    "n": "and",
}

# The shorthand table for other typed answers too (survey choices: "txt pls" is "text please").
SHORTHAND = _FOLD

_STOP_TYPOS = frozenset({"sotp", "stpo", "tsop", "sop", "stp"})


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent transpositions)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _fix_token(tok: str) -> str:
    """Fold one token: shorthand, and typos of the keywords that have no everyday look-alike."""
    if tok in _FOLD:
        return _FOLD[tok]
    squeezed = re.sub(r"(.)\1+", r"\1", tok)
    if squeezed == "stop" or tok in _STOP_TYPOS:
        return "stop"
    if (
        len(tok) >= 8
        and tok.startswith("uns")
        and not tok.endswith(("ed", "ing", "s"))
        and _osa(squeezed, "unsubscribe") <= 2
    ):
        return "unsubscribe"
    if len(tok) >= 5 and squeezed in ("cancel", "cancle", "cansel") or tok == "cancle":
        return "cancel"
    if tok in ("revok", "revoek", "reovke", "revokee"):
        return "revoke"
    if squeezed == "quit" and tok != "quite":
        return "quit"
    return tok


def normalise(text: str) -> str:
    """Lower case, plain apostrophes, hyphens and emoji out, shorthand and keyword typos folded;
    sentence punctuation (. , ! ? ;) kept as separate marks."""
    t = (text or "").lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    t = re.sub(r"(?<=\w)-(?=\w)", " ", t)  # opt-out, do-not-call, stop-gap
    t = re.sub(r"[^\w'.,!?;:\s#]", " ", t)  # emoji, quotes, slashes
    t = re.sub(r"([.,!?;:])", r" \1 ", t)
    toks = [_fix_token(tok.strip("'")) for tok in t.split()]
    return " ".join(tok for tok in toks if tok)


def _sentences(norm: str) -> list[str]:
    parts = re.split(r"\s[.!?;:]\s|\s[.!?;:]$|\s[.!?;:](?=\s[.!?;:])", f"{norm} ")
    return [p.strip(" .!?;:,") for p in parts if p and p.strip(" .!?;:,")]


_REPEATED = re.compile(r"(.+?)(?:\s+\1)+")


def _bare(sentence: str) -> str:
    """A sentence with politeness, fillers and repeats removed ("stop stop please" → "stop")."""
    s = re.sub(rf"\b{_POLITE}\b", " ", sentence)
    s = re.sub(r"^\s*(?:i said|i told you|i say|like i said|as i said)\b", " ", s)
    s = re.sub(r"\b(?:um+|uh+|hm+|mm+|oh|hey|yo|ugh|omg|lol|again|ya|yes|no(?!\s+more)|ok|okay)\b", " ", s)
    s = re.sub(r"[,!]", " ", s)
    words = s.split()
    dedup: list[str] = []
    for w in words:
        if not dedup or dedup[-1] != w:
            dedup.append(w)
    s = " ".join(dedup)
    # "stop stop stop", "opt out opt out"
    m = _REPEATED.fullmatch(s.strip())
    return (m.group(1) if m else s).strip()
