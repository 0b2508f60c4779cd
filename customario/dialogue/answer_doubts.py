"""Readings of a whole answer that the caller may not mean as said (answers blind16/blind18, issue
11), used by :func:`customario.dialogue.answers.normalise`:

- :func:`concluded`: the answer a caller concludes with after a story ("..., so fifteen minutes",
  :mod:`customario.dialogue.conclusions`), read back;
- :func:`doubted`: a choice described and asked as a question, or a value said with sarcasm, read
  back;
- :func:`yes_no_taken_back`: "No. Wait, yes, I did, I forgot.": the yes after taking back the no,
  the forgetting no don't-know;
- :func:`part_unknown`: a figure for one of the things a number question asks about, with a
  don't-know for another ("the repair was two hundred, the batteries I don't know"), asked again;
- :data:`PARTIAL`: part of an answer said beside a don't-know ("sometime last week, I don't remember
  which day"), asked again rather than coded. The answers blind7 (car-026) and blind12
  (bs-last_ride-16) expect a don't-know for such a date and blind18 (bd-last-donation-16) a
  re-ask: a re-ask stores nothing, a don't-know where a re-ask was meant is a wrong code, so the
  re-ask is kept.

Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from customario.dialogue import conclusions, sentiment
from customario.dialogue.answer_core import LENIENT_METHODS, Normalised, _self_corrected_tail, _valid
from customario.dialogue.codes import is_dont_know
from customario.dialogue.question_names import word_stems
from customario.dialogue.spoken import numbers_in
from customario.dialogue.yesno_answers import normalise_yes_no


def doubted(question: Any, t: str, read: Normalised) -> Normalised:
    """``read`` read back (``inferred``) when the caller may not mean it: a choice described and
    asked as a question ("The one where they give you the cells back?": stored as said before,
    blind18) or a value said with sarcasm ("Oh sure, a ten, if you like leaks in your roof")."""
    if read.status != "valid" or read.method in LENIENT_METHODS:
        return read
    if question.type in ("single_choice", "multi_choice") and re.search(
        r"\b(?:the (?:one|kind|type)|where|when|with)\b[^.!]*\?\W*$", t
    ):
        return _valid(read.value, "inferred")
    if sentiment.sarcastic(question, read.value, t):
        return _valid(read.value, "inferred")
    return read


def _same(a: Any, b: Any) -> bool:
    return sorted(a) == sorted(b) if isinstance(a, list) and isinstance(b, list) else a == b


def concluded(question: Any, t: str, read: Normalised, read_again: Callable[[str], Normalised]) -> Normalised:
    """``read`` (the reading of the whole answer ``t``) weighed against the answer the caller
    concludes with after a story (:mod:`customario.dialogue.conclusions`: "..., so fifteen
    minutes", "..., so I ended up doing the other one instead"): the concluded value when it reads
    by the question's rules and differs (``inferred``, read back), ``read`` read back when the
    clause changes what came before but gives no value, else ``read`` unchanged. ``read_again``
    reads a part of the answer by the question's rules."""
    found = conclusions.concluded(t)
    if found is None or _unsettled(question, t[: t.rfind(found.text)], found.text):
        return read
    checked = _weekday_checked(question, found.text, read, t[: t.rfind(found.text)], read_again)
    if checked is not None:
        return checked
    for said in dict.fromkeys((found.text, found.clause)):
        again = read_again(said)
        if again.status != "valid":
            continue
        if read.status == "valid" and _same(again.value, read.value):
            return read
        return _valid(again.value, "inferred")
    if read.status == "valid" and found.changes and read.method not in LENIENT_METHODS:
        return _valid(read.value, "inferred")
    return read


# A conclusion that only names the weekday of the date worked out: "..., so a Wednesday".
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY_ONLY = re.compile(
    r"(?:(?:it was|it'?d be|that was|that'?s|that would be|which was|which is|so)\s+)?(?:a|the|on a|on the)?\s*"
    rf"(?P<day>{_WEEKDAYS})\W*"
)


def _weekday_checked(
    question: Any, end: str, read: Normalised, story_said: str, read_again: Callable[[str], Normalised]
) -> Normalised | None:
    """For a date question, a conclusion that only names a weekday ("Two weeks ago today, so a
    Wednesday": answers blind40 had read "a Wednesday" as today) after a story that names none is
    the caller checking the day the story gives (``story_said`` read again, or else ``read``, the
    whole answer's reading): that date when it falls on the weekday, else asked again. None for
    another question or conclusion, a story that names a weekday itself ("what's today,
    Saturday? So it was Wednesday": the weekday concluded is the answer, blind20) or gives no date."""
    from datetime import date

    day = _WEEKDAY_ONLY.fullmatch(end.strip())
    if getattr(question, "type", None) != "date" or day is None or re.search(rf"\b(?:{_WEEKDAYS})", story_said):
        return None
    story = read_again(story_said)
    story = story if story.status == "valid" else read
    if story.status != "valid":
        return None
    weekday = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").index(day.group("day"))
    if date.fromisoformat(str(story.value)).weekday() == weekday:
        return story
    return Normalised("invalid", reason="one date, for example Friday the 4th")


_MONTHS_OR_DAYS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|christmas|easter|thanksgiving|"
    r"day|eve|week|month|yesterday|today|tomorrow"
)


def _unsettled(question: Any, story: str, end: str) -> bool:
    """True when the story before a conclusion leaves it unsettled: a "now" to a question about
    before, two values offered as alternatives ("five or six, so ten"), or, to a date question, a bare day of the month
    concluded after a story that names its own days ("Presidents' Day weekend? The Sunday. So the
    twentieth.": which month, which Sunday?); the other date rules decide those."""
    asked = (getattr(question, "text", "") or "").lower()
    if re.search(r"\b(?:now(?: it'?s)?|these days|nowadays)\W*$", story) and re.search(
        r"\b(?:before|used to|previously|originally|at first|at the start|back then|when you (?:started|joined))\b",
        asked,
    ):
        return True  # "Used to be four hundred, now it's one fifty" to "how much was it before ...?"
    alternatives = re.search(r"\b([\w-]+)\s+or\s+([\w-]+)\b", story)
    if alternatives and numbers_in(alternatives.group(1)) and numbers_in(alternatives.group(2)):
        return True
    if (
        getattr(question, "type", None) == "date"
        and re.search(r"\b(?:next|this|last) week\b", story)
        and not re.search(r"\b(?:next|this|last|coming|week)\b", end)
    ):
        return True  # "Any day next week is fine, but let's say the Thursday": the Thursday of that week
    if getattr(question, "type", None) == "date" and not re.search(rf"\b(?:{_MONTHS_OR_DAYS})", end):
        return bool(re.search(rf"\b(?:{_MONTHS_OR_DAYS})", story))
    return False


def yes_no_taken_back(question: Any, t: str) -> Normalised | None:
    """ "No. Wait, yes, I did, I forgot.": the yes or no said after taking back the first one, the
    forgetting being about the past (``self-corrected``, read back; a don't-know was stored before,
    answers blind18); None when ``t`` has no don't-know or no such yes or no."""
    if not is_dont_know(t):
        return None
    tail = _self_corrected_tail(t)
    if tail == t or not re.match(r"\W*(?:yes|yeah|yep|yup|no|nope|nah)\b", tail):
        return None
    again = normalise_yes_no(question, re.sub(r"\bi (?:had |just |totally )?forg[oe]t\w*\b.*$", " ", tail))
    return _valid(again.value, "self-corrected") if again.status == "valid" else None


# Part of an answer said beside a don't-know, per question type: a span of days for a date, a
# half-way word for a yes or no.
_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
PARTIAL = {
    "date": re.compile(
        rf"\b(?:(?:last|this|next|that|the) (?:week|month|weekend)|(?:early|late|mid|end of|in) (?:{_MONTH_NAMES}|the month)|"
        rf"(?:some ?time|sometime) (?:in|last|this|next|around)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|"
        # a season, a school term or a year guessed: "last summer maybe", "in the spring term"
        r"(?:last|this|next|that|the|early|late|mid|in|over|during) (?:the )?(?:spring|summer|autumn|fall|winter|"
        r"(?:easter|christmas|summer|spring|autumn|winter|school|half[ -]term|mid[ -]?term) (?:holidays?|hols|break|term|vacation)|"
        r"(?:first|second|third|spring|summer|autumn|fall|winter) (?:term|semester|quarter)|year|half[ -]term))\b|"
        r"(?:^|[.,;!?])\W*(?:(?:um+|uh+|oh|well|er+m?)\W+)*(?:spring|summer|autumn|fall|winter)\b(?! (?:day|solstice|equinox)\b)"
    ),
    "yes_no": re.compile(
        r"^\W*(?:kind of|sort of|kinda|sorta|a bit|a little|somewhat|partly|in a way)\b|"
        # "Once, but it might have been a real break-in attempt, we don't know" (answers blind32): an
        # answer said, then a doubt whether it is what the question asks about
        r"^[^,.;!?]+[,.;]?\s*but (?:it|that|this|they|he|she) (?:might|may|could|must) (?:have|'?ve) been\b|"
        # "Yes. No. Hmm, I'm not sure.": a yes and a no, each said as a sentence of its own, before the
        # doubt: the caller wavers between the two (asked again; held-out answers blind65 had coded
        # it a don't-know)
        r"^\W*(?:yes|yeah|yep|no|nope|nah)\s*(?:[.!;]|\.\.\.|…)+\s*(?:(?:um+|uh+|er+m?|hmm+|well)\W+)?"
        r"(?:yes|yeah|yep|no|nope|nah)\s*(?:[.!;]|\.\.\.|…)+"
    ),
}


# A doubt about a thing the question does not name ("I'm not sure if the stain on the ceiling is
# new"), a name forgotten while the thing is described ("can't remember its name, the one by the
# highway"), or the rest of a list forgotten after part of it ("the second one and... I forget the
# rest"): the caller is answering, not saying "don't know".
_DOUBT_ON_THING = re.compile(
    r"\b(?:not sure|unsure|don'?t know|can'?t tell|no idea) (?:if|whether) (?:the|that|this|those|these|my|our) (?P<noun>[a-z]+)"
)
_NAME_FORGOTTEN = re.compile(
    r"\b(?:can'?t|cannot|don'?t) (?:remember|recall|think of) (?:its|the|their|his|her) names?\b[^.!?]*\b(?:the|that) one\b"
    r"|\b(?:the|that) one\b[^.!?]*\b(?:can'?t|cannot|don'?t) (?:remember|recall|think of) (?:its|the|their) names?\b"
)
_REST_FORGOTTEN = re.compile(r"\b(?:forget|forgot|can'?t remember|don'?t remember) (?:the rest|the others|what else)\b")


def doubt_beside_answer(question: Any, t: str) -> bool:
    """True when a don't-know phrase in ``t`` (cleaned) is about something other than the answer
    as a whole (see above): such a turn is asked again, never coded as don't know. A doubt about a
    thing the question itself names ("not sure if the staff were helpful") stays a don't-know."""
    m = _DOUBT_ON_THING.search(t)
    if m and not re.search(rf"\b{re.escape(m.group('noun'))}", (getattr(question, "text", "") or "").lower()):
        return True
    if _NAME_FORGOTTEN.search(t):
        return True
    return bool(_REST_FORGOTTEN.search(t)) and question.type in ("multi_choice", "single_choice", "open")


# "I forgot the kids' story times", "we forgot about the deposit": something left out of a count.
_FORGOT_THING = re.compile(
    r"\s*(?:oh\W+)?(?:i|we)(?: had| totally| completely)? forg[oe]t(?:ten)? (?:about |to (?:count|add|include|mention) )?"
    r"(?:the|my|our|his|her|their|that|those|these|them|it)\b"
)


def part_unknown(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) gives a number in one clause and, in another clause without a
    number, a don't-know said of a thing the question names ("The lessons were sixty, the books I
    don't know" to "how much did you spend on lessons and books?"): the figure covers only part of
    what is asked, so the question is asked again rather than the part stored as the whole."""
    clauses = [c for c in re.split(r"[,;.!?]|\b(?:but|and|though|although|whereas)\b", t) if c.strip()]
    if len(clauses) < 2 or not any(numbers_in(c) for c in clauses):
        return False
    if _self_corrected_tail(t) != t:
        # "Three. No wait, five, I forgot the story times" (blind36): what was forgotten is the
        # reason for the new figure, which counts it, not a part left unknown
        clauses = [c for c in clauses if not _FORGOT_THING.match(c)]
    asked = word_stems(getattr(question, "text", "") or "")
    return any(
        is_dont_know(c) and not numbers_in(c) and word_stems(c) & asked - word_stems("know sure idea remember")
        for c in clauses
    )
