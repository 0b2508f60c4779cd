"""Harm words in errands and complaints about goods (issue 11; s43urg, from the normal lines of
urgency blind38 and blind35 that the rules raised, read as classes and tested in the team's own
phrasings in ``tests/test_urgency_errands_s43urg.py``).

:func:`set_aside` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency`
before the word tables and returns it without these words:

- **food served cold**: "the chips came out cold" (a food in WordNet, its first sense ``noun.food``,
  or "it" / "they" / "everything" said to have come out cold) is a complaint, not a person "out cold";
- **choking on a task as a habit**: "I always choke on the reverse park", "she tends to choke in
  exams" (a habit said with "always", "usually", "tend to", "keep" and a task that is no food) is
  failing under pressure, not an airway blocked now;
- **keys or copies cut**: "can Sue cut me three copies of this?", "cut us two spare keys" is key
  cutting, not a cut; so is "cut me another" when a key is named in the line (s57urg).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import word_classes

_SERVED_COLD = re.compile(
    r"\b(?P<what>[a-z]+) (?:came|come|comes|coming|arrived|was|were|got served|served|turned up)( \w+)? out cold\b"
)
_HABIT_CHOKE = re.compile(
    r"\b(?:always|usually|often|sometimes|tend to|tends to|keep|keeps|still|every time,? i|i just) chok(?:e|es|ing) "
    r"(?:on|at|in|during|under|when) (?:the |my |a |an |this |that |any |big |every )?(?P<task>[a-z]+)(?: (?P<task2>[a-z]+))?\b"
)
_KEYS_CUT = re.compile(
    r"\bcut (?:me|us|him|her|them|you) (?:a |an |one |two |three |four |five |six |\d+ |some |a couple of |a few |a spare |spare |new |extra )*"
    r"(?:copies|copy|keys?|sets?|spares?|duplicates?)\b"
)

# ... or another one, the key named before (s57urg: "I've lost the spare key for the van, can you cut me another")
_ANOTHER_CUT = re.compile(
    r"\bcut (?:me|us|him|her|them|you) (?:another|a new one|a replacement|one|a fresh one)(?: one)?\b"
)
_KEY_NAMED = re.compile(r"\b(?:keys?|key fobs?|fobs?)\b")


def _served_cold(m: re.Match) -> str:
    what = m.group("what")
    if what in ("it", "they", "everything", "all", "both") or "noun.food" in word_classes(what):
        return f"{what} came out lukewarm"
    return m.group(0)


def _habit_choke(m: re.Match) -> str:
    # a food choked on is an airway ("always chokes on the crusts" is a habit too, but keep it for the readers)
    tasks = [w for w in (m.group("task"), m.group("task2")) if w]
    if any("noun.food" in word_classes(w) for w in tasks):
        return m.group(0)
    return " struggle with " + " ".join(tasks)


def set_aside(t: str) -> str:
    """``t`` (normalised, lower-case) without the harm words of the classes of the module docstring."""
    t = _SERVED_COLD.sub(_served_cold, t)
    t = _HABIT_CHOKE.sub(_habit_choke, t)
    if _KEY_NAMED.search(t):
        t = _ANOTHER_CUT.sub(" copy the key ", t)
    return _KEYS_CUT.sub(" copy the keys ", t)
