"""Counts said as a whole less an exception (issue 11): "all but two", "every week except the
first one", "the whole lot bar two weeks", "all twelve apart from one".

The number said is the exception, never the count: "the whole lot bar two weeks" had been stored
as 2 to "how many of the ten weeks did your child attend?" (blind34). The grammar is the one of
English exceptive phrases ("all/every/the whole ... but/except/bar/apart from/other than/save
(for)/excluding/not counting/minus N"): the count is the whole less the exception, which needs the
whole. The whole is a number said with it ("all twelve bar two") or the total the question states
for the things it counts ("The course had ten sessions. How many ...?", "How many of the twelve
lessons ...?"). The difference is read back (``inferred``); without a whole, or with an exception
that is not one number, the answer is asked again.

Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import price_readings, quantities, units
from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.spoken import numbers_in

# The whole: "all", "all of them", "every week", "each session", "the whole lot", "the lot", "the
# full ten weeks", "every single one".
_WHOLE = (
    r"(?:all|every|each|the (?:whole|entire|full) (?:lot|thing|course|summer|term|season|run)|the lot|"
    r"the (?:whole|entire|full)(?= [a-z0-9-]+ [a-z]+s\b))"
)
# Words an exception opens with.
_EXCEPT = (
    r"(?:but(?: for)?|except(?: for)?|excepting|bar|barring|apart from|aside from|other than|save(?: for)?|"
    r"excluding|not counting|minus|besides|less)"
)
# The whole, up to four words after it (no clause break, no other exception), then the exception
# and what it is: up to the end of its clause.
_WHOLE_LESS = re.compile(
    rf"\b(?P<whole>{_WHOLE})\b(?P<between>(?:\s+(?!{_EXCEPT}\b)[a-z0-9'-]+){{0,4}}?),?\s+"
    rf"(?P<except>{_EXCEPT})\s+(?P<what>[^,.;!?]+?)"
    r"(?=\s*(?:[,.;!?]|$|\b(?:when|because|cos|cause|as|since|while|after|before|so|and|but)\b))"
)
# One thing of a kind said without a number: "the first one", "the very last week", "a week",
# "one session", "the week of the wedding", "christmas week".
_ONE_THING = re.compile(
    r"(?:the|a|an|one|that|this|my|our)\s+(?:(?:very|one|single)\s+)?"
    r"(?:(?:first|last|second|third|final|opening|middle|odd|one)\s+)?(?P<noun>[a-z]+)(?:\s+(?!and\b|or\b)\D*)?"
)


def _question_total(question: Any) -> float | None:
    """The whole a count question states: "How many of the twelve lessons ...?"
    (:func:`price_readings.named_total`), or a number in the question before the noun it then
    counts, at the question's maximum ("Camp ran for ten weeks this summer. How many weeks ...?":
    10); None otherwise."""
    named = price_readings.named_total(question)
    if named is not None:
        return named
    asked = (question.text or "").lower()
    noun = units.question_unit(question) or units.counted_noun(question)
    _lo, hi = question.bounds
    if not noun or hi is None:
        return None
    for m in re.finditer(rf"\b({quantities.NUMBER_PHRASE})\s+(?:[a-z]+\s+)?{noun}s?\b", asked):
        said = numbers_in(_prep_numbers(m.group(1)))
        if len(said) == 1 and said[0] == hi:
            return said[0]
    return None


def _excepted(what: str) -> float | None:
    """How many an exception leaves out: its one number ("two weeks", "a couple"), or one for a
    single thing named without a number ("the very first one", "a week"); None otherwise."""
    said = numbers_in(_prep_numbers(what))
    if len(said) == 1:
        return said[0]
    if said or re.match(
        r"(?:a |the )?(?:couple|few|handful|lot|bunch|some|several|number|load|fair few)\b", what.strip()
    ):
        return None  # "all but a couple", "missed a few": no one number
    m = _ONE_THING.fullmatch(what.strip())
    if m and (not m.group("noun").endswith("s") or m.group("noun") in ("class", "pass")):
        return 1.0
    if re.fullmatch(
        r"(?:on )?(?:(?:the|a|one) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", what.strip()
    ):
        return 1.0  # "every day except Sunday"
    return None


def whole_less(question: Any, t: str) -> float | str | None:
    """The count of a number answer said as a whole less an exception (see the module docstring):
    the difference, to be read back; ``"unclear"`` when the answer has that shape but no whole or
    no exception count can be read (asked again: the number said is not the count); None when the
    answer has no such shape, or the question asks money (an amount "except the deposit" is for
    other rules)."""
    if question.type != "number" or quantities.asks_money(question):
        return None
    m = _WHOLE_LESS.search(t)
    if m is None:
        return None
    if m.group("except") in ("but", "besides", "less") and m.group("between").strip():
        # "all of them, but I was late twice", "every week besides my job": "but" and "besides"
        # are exceptive only straight after the whole ("all but two", "every one besides one")
        if not re.fullmatch(r"\s*(?:of (?:them|'em|it|those|these)|[a-z]+|single one)", m.group("between")):
            return None
    if re.search(r"\b(?:at|in|after|of|above|for|once and for)\s*$", t[: m.start()]) or re.match(
        r"all\s+(?:told|together|in|up|right|along|over|round|around|the same|the time)\b", t[m.start() :]
    ):
        return None  # "at all", "all told", "all the time": no whole of the things counted
    what = m.group("what")
    excepted = _excepted(what)
    if excepted is None:
        # "everyone, not counting me", "all of them except the weekends": the exception is no one
        # number; the number said, if any, is not the exception
        return "unclear" if numbers_in(_prep_numbers(what)) else None
    own = numbers_in(_prep_numbers(m.group("between")))
    whole = own[0] if len(own) == 1 else (_question_total(question) if not own else None)
    rest = t[: m.start()] + " " + t[m.end() :]
    beside = numbers_in(_prep_numbers(rest))
    if whole is None or excepted >= whole or beside and beside != [whole - excepted]:
        return "unclear"  # no whole to take it from, or another number beside it ("Eight, all but two" agrees)
    return whole - excepted


# A share of the whole said without its number: "half of them", "about a third of the sessions",
# "two thirds of 'em", "three quarters of the lessons".
_SHARES = {
    "half": 1 / 2,
    "a half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three quarters": 3 / 4,
}
_SHARE_OF = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|er+|well|about|around|roughly|maybe|probably|just|only|i'?d say|i went to|i made|"
    r"i did|she went to|he went to|we went to|it was)\W+)*"
    r"(?P<share>half|a half|a third|one third|two thirds|a quarter|one quarter|three quarters)"
    # "About half." as the whole answer (answers blind46): of the whole the question states
    r"(?:\s+of\s+(?:them|'em|those|these|the (?P<noun>[a-z]+))\b(?P<rest>.*)|(?P<bare>\W*))$"
)


def share_of_whole(question: Any, t: str) -> float | str | None:
    """The count of "half of them", "a third of the sessions", "about half" ... to a count question that states
    its whole (``_question_total``): the share of the whole when it is a whole number, to be read
    back; ``"unclear"`` when the answer has that shape but no whole, a share that is no whole
    number, or another number after it (asked again); None for other answers or money."""
    if question.type != "number" or quantities.asks_money(question):
        return None
    m = _SHARE_OF.match(t)
    if m is None:
        return None
    noun = units.question_unit(question) or units.counted_noun(question)
    if m.group("noun") and noun and not m.group("noun").startswith(noun[:4]):
        return None  # "half of the time", "half of the summer": another whole
    whole = _question_total(question)
    if whole is None or numbers_in(_prep_numbers(m.group("rest") or "")):
        return "unclear"
    share = whole * _SHARES[m.group("share")]
    return share if share == int(share) else "unclear"


# The ones not done: "I missed three", "we skipped the last two", "she couldn't make one of them",
# "sat out a couple"; never "never missed one", "didn't miss any".
_MISSED = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|er+|well|so|only|just|i|we|he|she|they|you|the kids?|my \w+)\W+)*"
    r"(?:only |just )?(?:missed|skipped|bunked|sat out|didn'?t (?:go to|make|attend|come to|do)|"
    r"couldn'?t (?:go to|make|attend|come to|do)|was off for|were off for)\s+(?P<what>[^,.;!?]+?)"
    r"(?P<rest>(?:\s*[,.;!?]|\s+(?:when|because|cos|cause|as|since|while|with|due|for)\b).*)?$"
)


# None missed, said as the whole answer: "I never missed one", "didn't miss a single session", "she
# hasn't missed any".
_NONE_MISSED = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|er+|well|so|no|nope|i|we|he|she|they|you|the kids?|my \w+)\W+)*"
    r"(?:never|didn'?t|did not|haven'?t|hasn'?t|have not|has not|not once)\s+(?:ever\s+|once\s+)?(?:missed|miss|skipped|skip)\s+"
    r"(?:a|one|any|a single|one single|it)(?:\s+(?:single|one|of them|of 'em|[a-z]+))?\W*$"
)


_MISS_ASKED = re.compile(r"\b(?:miss|missed|skip|skipped|absent|absence|off sick|cancel|cancelled|canceled|not attend)")


def missed_of_whole(question: Any, t: str) -> float | str | None:
    """The count of a number answer that says only how many were missed ("I missed three", "only
    missed the one", "we skipped the last two because of the snow") to a count question: the
    stated whole (``_question_total``) less them, to be read back; ``"unclear"`` when the question
    states no whole or the missed ones are no one number (asked again: the number said counts the
    ones not done, it had been stored as the count); None for other answers, money, or another
    number beside it (other rules weigh "I missed three, so twenty-one")."""
    asked = (question.text or "").lower()
    if question.type != "number" or quantities.asks_money(question) or _MISS_ASKED.search(asked):
        return None  # "How many days did you miss?": the ones missed are the answer
    if _NONE_MISSED.match(t):
        # "I never missed one", "didn't miss a single session": all of them (had been stored as 0)
        whole = _question_total(question)
        return whole if whole is not None else "unclear"
    m = _MISSED.match(t)
    if m is None or numbers_in(_prep_numbers(m.group("rest") or "")):
        return None
    what = re.sub(r"\s+(?:of (?:them|'em|those|these|the \w+))$", "", m.group("what").strip())
    missed = _excepted(what)
    if missed is None and re.fullmatch(
        r"(?:a |the )?(?:last|first|final)? ?(?:two|three|four|five|\d+)(?: \w+)?", what
    ):
        missed = numbers_in(_prep_numbers(what))[0] if numbers_in(_prep_numbers(what)) else None
    whole = _question_total(question)
    if missed is None or whole is None or missed > whole:
        return "unclear"
    return whole - missed


# A clause that says how many were missed, anywhere in the answer: "missed one when the dog was
# ill", "we missed three"; and one that says none was: "never missed a single one".
_MISSED_CLAUSE = re.compile(
    r"^(?:(?:oh|um+|uh+|er+|well|so|but|and|only|just|i|we|he|she|they|the kids?|my \w+)\s+)*"
    r"(?:only |just )?(?:missed|skipped|didn'?t make|couldn'?t make|couldn'?t go to)\s+"
    rf"(?:just\s+|only\s+)?(?P<n>{quantities.NUMBER_PHRASE})\b(?:\s+of (?:them|'em|those))?"
    r"(?:\s+(?:when|because|cos|cause|as|since|while|with|due|for)\b.*)?$"
)
_NONE_MISSED_CLAUSE = re.compile(
    r"^(?:(?:oh|um+|uh+|er+|well|so|but|and|i|we|he|she|they)\s+)*(?:never|didn'?t|did not|not once)\s+"
    r"(?:ever\s+)?(?:missed|miss|skipped|skip)\s+(?:a single one|a single \w+|one|any|a one)(?:\s+of (?:them|'em))?$"
)


def count_beside_missed(question: Any, t: str) -> float | str | None:
    """The count said beside how many were missed when the two make the whole the question states
    (answers blind44, "The course had ten classes. How many of them did you attend?": "We made it
    to nine of them. Missed one when he was ill." is 9, "All ten, never missed a single one" 10,
    "We missed three, so that makes seven" 7; "all of them, she didn't miss a single one" the
    whole), read back; ``"unclear"`` when they do not add up, or none was missed and the question
    states no whole (asked again); None for other answers (no missed clause, no whole, money, a question about what
    was missed, or not one other number)."""
    asked = (question.text or "").lower()
    if question.type != "number" or quantities.asks_money(question) or _MISS_ASKED.search(asked):
        return None
    clauses = [c.strip() for c in re.split(r"[,.;!?]+|\bso\b", t) if c.strip()]
    missed: list[float] = []
    others: list[float] = []
    for clause in clauses:
        if _NONE_MISSED_CLAUSE.match(clause):
            missed.append(0)
            continue
        m = _MISSED_CLAUSE.match(clause)
        said = numbers_in(_prep_numbers(m.group("n"))) if m else []
        if m and len(said) == 1:
            missed.append(said[0])
            continue
        others += numbers_in(_prep_numbers(clause))
    whole = _question_total(question)
    if missed == [0] and not others:
        # "All of them, she didn't miss a single one": none missed, no count beside it but "all"
        # (answers blind46 had stored the "one" of the denial as 1): the whole, or asked again
        return whole if whole is not None else "unclear"
    if len(missed) != 1 or len(others) != 1 or whole is None:
        return None
    return others[0] if others[0] + missed[0] == whole else "unclear"
