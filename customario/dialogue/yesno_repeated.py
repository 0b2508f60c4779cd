"""A yes/no question said back before it is answered (issue 11): "Did they go through the rules?
They did not, I had to ask." to "On the first morning, did an instructor go through the
water-safety rules with you?" (answers blind66 had asked it again: the echo's "did" and the
answer's "did not" read as two answers).

A caller who repeats the question to themselves before answering it (an "echo question" of the
kind Quirk et al. 1985, §11.34, describe as repeating part or all of what was said) adds nothing
to the answer: the words after it are read alone. Only a polar question said first in the turn,
whose every content word is a word of the question asked, and only when words follow it that ask
nothing. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

# A polar question said first: an auxiliary, up to twelve words, a question mark, then the answer.
_ECHO = re.compile(
    r"^\W*(?:(?:so|and|um+|uh+|oh|well|hmm+)\W+)?(?P<echo>(?:did|do|does|was|were|is|are|has|have|had|could|would|"
    r"will|can)\b(?:\s+[a-z'-]+){1,12}?)\s*\?+\s*(?P<rest>[^?]+)$"
)
_FUNCTION_WORDS = frozenset(
    "that this those these they them their there then than what with your yours from into onto have been "
    "were does when will would could should about some".split()
)


def _content(text: str) -> set[str]:
    """The content words of ``text`` (four letters or more, no function word), cut to five letters
    so that "rule" and "rules" or "went" and "went" meet."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text) if w not in _FUNCTION_WORDS}


def answer_after_echo(question: Any, t: str) -> str | None:
    """The words after a polar question that only says the asked question back ("Did they go
    through the rules? They did not" → "they did not"), or None (no such question first, a content
    word the question does not have, or nothing after it but another question)."""
    m = _ECHO.match(t)
    if m is None:
        return None
    said = _content(m.group("echo"))
    asked = _content((getattr(question, "text", "") or "").lower())
    if not said or not said <= asked or not m.group("rest").strip(" .,!"):
        return None
    return m.group("rest").strip()
