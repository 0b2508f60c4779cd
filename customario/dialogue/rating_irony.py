"""Ratings said in mockery (issue 11; answers blind26): the number is not the caller's answer.

- the rating put on a condition no one would meet: "A ten, if I hated my friends", "Nine, if they
  paid me", "I'd recommend it to my worst enemy, ten";
- a mock agreement around it: "Oh yeah, a ten, right", "Oh sure, ten out of ten, yeah right".

Such a turn is asked again (BLIND-README answers blind26: "sarcasm that disowns the number" is
unclear). A condition a caller may well mean ("a ten, if I'm being generous", "eight if they fix
the app") is not mockery and is left to the ordinary rules. Pure functions on cleaned text, used
by :func:`customario.dialogue.answers.normalise` for ``nps`` and ``scale`` questions; no I/O.
"""

from __future__ import annotations

import re

from customario.dialogue.spoken import numbers_in

# A condition that turns a recommendation or a rating into its opposite.
_SPITEFUL_IF = re.compile(
    r"\bif (?:i|we) (?:hated|really hated|hate|wanted to (?:punish|torture|annoy|get rid of|lose|upset|ruin)|"
    r"had a grudge against|(?:was|were) (?:mad|crazy|insane|out of my mind|drunk|joking|a masochist))\b|"
    r"\bif (?:you|they|someone|somebody) paid me\b|\bto my worst enem(?:y|ies)\b|\bfor my worst enem(?:y|ies)\b"
)
# "Oh yeah, a ten, right", "Oh sure, ten, yeah right": a mock yes opening, the number, then "right"
# said as a scoff on its own (not asked: "a ten, right?" asks the agent whether ten is the good
# end; not "a ten, right after I recommend food poisoning", which is read back for its clash).
_MOCK_AROUND = re.compile(
    r"^\W*oh,?\s+(?:yeah|yes|sure|totally|absolutely|definitely)\W+(?:(?:like|maybe|easily|solid)\s+)?"
    r"(?:a |an )?[a-z0-9-]+(?:\s+out of\s+\w+)?\W+(?:yeah\W+)?right(?=\s*[,.!;]|\s*$)"
)


def mocked(t: str, value: float, lo: float, hi: float) -> bool:
    """True when the rating ``value`` (on ``lo``..``hi``) in ``t`` (cleaned) is said in mockery: a
    rating in the upper half on a spiteful condition ("To my worst enemy, maybe. Zero." is
    consistent, not mocked), or any rating inside a mock agreement; a turn without a number is
    never mocked here."""
    if not numbers_in(t):
        return False
    return bool(value > (lo + hi) / 2 and _SPITEFUL_IF.search(t) or _MOCK_AROUND.search(t))
