"""A count of people said by the group's shape, not its number (issue 11): "Two couples." is four
people, "three couples" six, "a foursome" four, "Solo, I did it alone." one.

Only for a number question that counts people with the caller among them ("How many people were
in your group, counting yourself?", "How many players were on your team, including you?"). To a
question about the others ("How many other people came with you?") "two couples" may or may not
hold the caller and their partner, so nothing is read and the question is asked again.

Used by :mod:`customario.dialogue.number_answers`: couples and foursomes are ``inferred`` (read
back), "solo" and "I went alone" a ``phrase`` (one person, as "just me"). Written for answers
blind39 ("Two couples.", "Three couples.", "Solo, I did it alone." were asked again). Pure
functions on cleaned, lower-case text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.listed_counts import asks_people
from customario.dialogue.spoken import numbers_in

# The question counts the caller: "counting yourself", "including you", "in your group", "your team".
_CALLER_COUNTED = re.compile(
    r"\b(?:including|counting|incl|plus) (?:you|yourself)\b|\b(?:you|yourself) included\b|"
    r"\b(?:in|on) your (?:group|party|team|household|family|table|booking|car|crew|squad)\b"
)
# The question asks about the others: "How many other people ...?", "... came with you?".
_OTHERS_ASKED = re.compile(
    r"\b(?:other|others|else|besides|apart from|aside from|not counting|not including|excluding|except|"
    r"with you|along with you|joined you|you brought|you took)\b"
)
_OPENING = r"\W*(?:(?:oh|ah|um+|uh+|er+|well|so|just|only|it was|we were|there were|we came as|we went as)\W+)*"
# "Two couples", "three couples of us", "a pair of couples".
_COUPLES = re.compile(
    rf"{_OPENING}(?P<n>two|three|four|five|six|\d|a pair of) couples(?: of us)?"
    r"(?P<rest>\W*|[,.;!]\s*[^0-9]*)"
)
_SOMES = {"twosome": 2, "foursome": 4}
_SOME = re.compile(rf"{_OPENING}(?:a |the )?(?P<word>twosome|foursome)(?P<rest>\W*|[,.;!]\s*[^0-9]*)")
# "Solo", "I went solo", "I did it alone", "I was on my own": one person, the caller.
_SOLO = re.compile(
    rf"{_OPENING}(?:(?:i )?(?:went|did it|played|flew|came|rode|was|did the \w+) )?solo\b|"
    r"\b(?:i|me) (?:was|did it|went|came|played|flew|rode|did the \w+)(?: all)? (?:alone|solo)\b"
)
# Nouns for a group of people of no fixed size: a count of them is no count of the people in them
# ("Three families." to "How many guests came?"; held-out answers blind63 had stored 3 guests with the
# risk read-back off). Read by :func:`customario.dialogue.people_counts.counts_no_people`.
GROUP_NOUNS = frozenset(
    "family families household households group groups team teams crew crews clan clans gang gangs".split()
)
# A closing remark that adds people: a person word, a number, "with", "and", "plus".
_ADDS = re.compile(
    r"\b(?:and|plus|with|also|too|as well|kids?|children|friends?|mates?|family|others?|people|wife|husband|"
    r"partner|son|daughter|mum|mom|dad|baby|us)\b"
)


def counts_caller(question: Any) -> bool:
    """True when a number question counts people with the caller among them (see module docstring)."""
    asked = (getattr(question, "text", "") or "").lower()
    return (
        getattr(question, "type", None) == "number"
        and bool(_CALLER_COUNTED.search(asked))
        and not _OTHERS_ASKED.search(asked)
        and (asks_people(question) or _persons_counted(question))
    )


def _persons_counted(question: Any) -> bool:
    """True when the question's counted noun is a kind of person in one of its first two WordNet
    senses ("players", "guests", "climbers": the first sense of "climber" is a vine)."""
    from customario.dialogue.things_listed import singular
    from customario.dialogue.units import counted_noun
    from customario.escalation.wordnet import is_kind_of

    noun = counted_noun(question)
    return bool(noun) and is_kind_of(singular(noun), "person", senses=2, depth=20)


def group_count(question: Any, t: str) -> tuple[int, str] | None:
    """(people, method) for a group said by its shape (see the module docstring) to a question that
    counts the caller, or None: another question, another answer, a number beside the shape
    ("two couples and three kids"), or a remark after it that may add people."""
    if not counts_caller(question):
        return None
    m = _COUPLES.fullmatch(t) or _SOME.fullmatch(t)
    if m is not None:
        if _ADDS.search(m.group("rest")):
            return None
        if "word" in m.groupdict() and m.group("word"):
            return _SOMES[m.group("word")], "inferred"
        said = m.group("n")
        n = 2 if said == "a pair of" else numbers_in(said)[0]
        return int(2 * n), "inferred"
    solo = _SOLO.search(t)
    if solo is not None and not numbers_in(t) and not _ADDS.search(t[solo.end() :] + " " + t[: solo.start()]):
        return 1, "phrase"
    return None
