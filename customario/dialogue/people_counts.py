"""Whether an answer to a question about people counts people at all (issue 11): "We have three
bins", "two dogs" to "How many people live in your household?" give a number of other things,
so the question is asked again. Split from :mod:`customario.dialogue.number_answers`; WordNet
through :mod:`customario.escalation.wordnet`. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.group_words import GROUP_NOUNS
from customario.dialogue.listed_counts import counts_people
from customario.dialogue.quantities import NUMBER_PHRASE
from customario.dialogue.spoken import numbers_in

# Nouns for people that WordNet files elsewhere than under "person" ("people" is a group, "folks"
# first kin).
_PEOPLE_NOUNS = frozenset({"person", "people", "homo", "family", "household", "kin"})
_NOT_COUNTED = frozenset(
    "of us them you ones times in at on and or to for who from with dozen hundred thousand".split()
)


def _counts_persons(question: Any) -> bool:
    """True for a number question whose counted noun is a kind of person in WordNet (first sense):
    "How many guests attended?", "How many volunteers turned up?"."""
    from customario.dialogue.things_listed import singular
    from customario.dialogue.units import counted_noun
    from customario.escalation.wordnet import is_kind_of

    noun = counted_noun(question) if getattr(question, "type", None) == "number" else None
    return bool(noun) and is_kind_of(singular(noun), "person", senses=1, depth=20)


def counts_no_people(question: Any, t: str) -> str | None:
    """ "a number of people" (the reason to ask again) when a question counting people ("How many
    people live in your household?") is answered only with numbers of other things ("We have three
    bins", "two dogs"): every number is followed by a noun whose first WordNet sense is no kind of
    person (the later senses of "dog" include a man), or only with numbers of groups ("three
    families", "two households"). None when a number counts people or names no
    noun, or WordNet is not installed."""
    if not counts_people(question) and not _counts_persons(question):
        return None
    from customario.escalation import wordnet

    wn = wordnet.load()
    t = re.sub(r"\bhalf an? dozen\b", "six", t)  # "half a dozen" counts nothing else
    mentions = list(re.finditer(rf"\b{NUMBER_PHRASE}\s+([a-z]+)\b", t))
    if wn is None or not mentions or len(mentions) != len(numbers_in(_prep_numbers(t))):
        return None
    if all(m.group(1) in GROUP_NOUNS for m in mentions):
        return "a number of people"  # "three families", "two households": groups, not people
    for m in mentions:
        word = m.group(1)
        if word in _NOT_COUNTED or not wn.noun_only(word):
            return None
        # every base form: "men" is a lemma of its own (a work force) before the plural of "man"
        if any(
            wn.ancestors(base, "noun", senses=1, depth=20) & _PEOPLE_NOUNS for base in wn.lemmas(word, "noun") or [word]
        ):
            return None
    return "a number of people"


# "We invited two hundred but only about a hundred and seventy turned up": the plan, then the
# number that happened, which is the one a question about who came asks for.
_PLANNED_THEN_CAME = re.compile(
    r"\b(?:invited|expected|planned(?: for)?|booked(?: for)?|sent out|ordered|catered for|rsvp'?d|"
    r"said yes|were (?:invited|expected)|had (?:\w+ )?(?:invites|invitations|rsvps))\b[^.;!?]*?[,;]?\s+"
    r"but\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+)?"
    rf"(?P<n>{NUMBER_PHRASE})\s+(?:(?:people|guests|folks|of them)\s+)?(?:actually\s+|really\s+|ever\s+)?"
    r"(?:came|turned up|showed(?: up)?|attended|made it|arrived|were there|did)\b"
)
_CAME_ASKED = re.compile(r"\b(?:attend\w*|came|come|turned? up|showed? up|were there|was there|made it)\b")


def came_of_planned(question: Any, t: str) -> float | None:
    """The number that came when a caller says the number planned first ("We invited two hundred
    but only about a hundred and seventy turned up" → 170), to a question about how many came or
    attended; None otherwise, or when more numbers follow. Read back."""
    if getattr(question, "type", None) != "number" or not _CAME_ASKED.search((question.text or "").lower()):
        return None
    m = _PLANNED_THEN_CAME.search(t)
    if m is None or numbers_in(_prep_numbers(t[m.end() :])) or re.search(r"\bor\b", m.group(0)):
        return None
    n = numbers_in(_prep_numbers(m.group("n")))
    return n[0] if len(n) == 1 else None


# "Nobody except me and my partner", "no one but the two of us", "none apart from my son": the
# people named after the exception are all there are (answers blind43 had asked it again).
_NOBODY_BUT = re.compile(
    r"^\W*(?:(?:um+|uh+|er+|oh|well)\W+)*(?:nobody|no one|no-one|none of us|none)(?: else)?,?\s+"
    r"(?:except(?: for)?|but|apart from|other than|besides|save)\s+(?=\S)"
)
# The caller among the people named ("me and my partner", "the two of us"), and a question that
# leaves the caller out of its count ("Not counting yourself, ...", "besides you").
_CALLER_NAMED = re.compile(r"\b(?:me|myself|us|we)\b")
# The words a count question leaves someone out with: "not counting", "besides", "apart from".
_LEAVING_OUT = r"\b(?:not counting|not including|excluding|besides|apart from|other than|except|aside from)\s+"
_CALLER_LEFT_OUT = re.compile(_LEAVING_OUT + r"(?:you|yourself)\b|\bwith you\b")


def named_after_nobody_but(question: Any, t: str) -> str:
    """``t`` (cleaned) with "nobody except", "no one but", "none apart from" opening an answer to
    a question that counts people said as "just": the people named are all there are ("Nobody
    except me and my partner." → "just me and my partner.", which the listed-people rules count,
    read back): an exceptive after a negative quantifier ("nobody but X") says X and no one else
    (the exceptive "but", Cambridge Grammar of the English Language, 2002). Only when the caller is among the people named and the
    question counts the caller too; ``t`` itself for other questions and answers."""
    if not counts_people(question) and not _counts_persons(question):
        return t
    m = _NOBODY_BUT.match(t)
    if m is None or _CALLER_LEFT_OUT.search((question.text or "").lower()) or not _CALLER_NAMED.search(t[m.end() :]):
        # "Nobody but my wife" to "Including yourself, ...?" says the caller is not one of them,
        # which the listed-people rules, reading "just my wife", would not know: asked again
        return t
    return "just " + t[m.end() :]


# A count question that leaves the caller, or the caller's party, out ("About how many guests came,
# not counting the two of you?", "besides yourself"), and an answer that says its number counts them
# ("A hundred and ten, including us", "ten, me included").
_LEAVES_THE_CALLERS_OUT = re.compile(
    _LEAVING_OUT + r"(?:you|yourself|yourselves|both of you|the (?:two|both|three|four) of you)\b"
)
_COUNTED_WITH_THE_CALLERS = re.compile(
    r"\b(?:including|incl|counting|that includes|that'?s including)\s+"
    r"(?:us|me|myself|ourselves|both of us|the (?:two|both|three|four) of us)\b"
    r"|\b(?:us|me|myself|ourselves)\s+(?:included|counted|too)\b(?!\s+\w)"
)


def counts_those_left_out(question: Any, t: str) -> bool:
    """True when the question leaves the caller (or the caller's party) out of its count and the
    answer ``t`` (cleaned) says its number counts them: "A hundred and ten, including us" to "how
    many guests came, not counting the two of you?". The number said is not the count asked for,
    and how many "us" is cannot be guessed from the words alone, so it is asked again, never
    stored (answers blind47 had stored 110 where its writer took 108)."""
    return bool(_LEAVES_THE_CALLERS_OUT.search((question.text or "").lower()) and _COUNTED_WITH_THE_CALLERS.search(t))
