"""Counts said without one figure (issue 11), the readings of number answers that hold no number
or two days instead of one:

- "Just me", "on my own" 1; "A pair." 2; things named one by one ("just the kitchen", "both
  bedrooms", "only my son" to a question about children: :mod:`customario.dialogue.things_listed`);
  the ordinal of this occasion ("this was the third time") and a zero said in words ("nothing",
  "on the house"): :func:`without_figures`;
- a number of days said as two days of one month or "same day" / "next day":
  :func:`days_between`.

Split from :mod:`customario.dialogue.number_answers`, which reads every one of these back (the
``inferred`` method) except the plain "just me" and "nothing". Pure functions; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import date_reading, listed_counts, number_readings, quantities, units
from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.spoken import numbers_in
from customario.dialogue.spoken_dates import MONTHS, WEEKDAYS
from customario.dialogue.things_listed import things_listed

SAME_OR_NEXT_DAY = re.compile(
    r"^\W*(?:(?:oh|um+|uh+|well|it was|they came|came|they were here|on)\W+)*(?:the |that )?"
    r"(?:(?P<same>same day|very same day|same afternoon|same morning)|(?P<next>next|following) day|day after)\b"
    r"(?!\s+(?:that|the|christmas|new|boxing|easter|\w+day)\b)"
)
# A vague count said as the answer beside a number ("a couple, maybe three times", "three or so,
# maybe a few"): two values, one of them without a number. Only a vague count that stands alone or
# counts times, never one of another noun ("a couple of friends, maybe three times" says three).
VAGUE_BESIDE_NUMBER = re.compile(
    r"\b(?:a couple|a few|a handful|several)(?: (?:of )?times)?\b(?! of\b)(?!\s+[a-z]+s\b(?<!times))"
    r"(?=.*\b(?:maybe|perhaps|possibly|or|probably)\b)"
    r"|\b(?:maybe|perhaps|possibly|or|probably) (?:a couple|a few|a handful|several)\b(?! of\b)"
)
_ON_DAY = re.compile(r"\bon the ((?:twenty|thirty)[ -])?(\w+)\b")


def days_between(question: Any, t: str) -> float | None:
    """For a question counted in days ("how many days did you wait ...?"): "Same day" 0, "Next day,
    fair play" 1, and two days of one month said in the order they happened ("I reported it on the
    second and they came on the ninth": 7); None otherwise, or when the second day is not after
    the first (another month may lie between them). For a question counted in nights:
    :func:`nights_said`."""
    if units.question_unit(question) == "night" or units.counted_noun(question) == "nights":
        return nights_said(t)
    if units.question_unit(question) != "day":
        return None
    m = SAME_OR_NEXT_DAY.match(t)
    if m and not numbers_in(_prep_numbers(t)):
        return 0.0 if m.group("same") else 1.0
    days = [date_reading.day_of_month(d.group(0)) for d in _ON_DAY.finditer(t)]
    if len(days) != 2 or None in days or re.search(rf"\b(?:{'|'.join(MONTHS)})\b", t):
        return None
    first, second = days
    return float(second - first) if second > first else None


_STAY = r"(?:(?:oh|um+|uh+|well|so|we|i|they|were|was|there|stayed|had it|from|just|only)\W+)*"
_DAYS = "|".join(WEEKDAYS)
# "We were there Friday to Monday": the nights between two weekdays (a stay is said by the days it
# starts and ends on); "through" is left out (is the last day's night in it?).
_WEEKDAY_SPAN = re.compile(rf"\W*{_STAY}(?P<a>{_DAYS}) (?:to|till|til|until|'?til) (?P<b>{_DAYS})(?: morning)?\W*")
# "We stayed a week and one night": a week of nights and some more
_WEEK_AND = re.compile(
    rf"\W*{_STAY}(?:a|one) week and (?P<n>a|an|one|two|three|four|five|six|\d) (?:more |extra )?nights?\W*"
)


def nights_said(t: str) -> float | None:
    """The number of nights a stay is said by (answers blind44, a question counted in nights): the
    two weekdays it ran between ("Friday to Monday" 3; the same weekday twice is None: one week or
    none?) or a week and some nights ("a week and one night" 8); None for other answers."""
    span = _WEEKDAY_SPAN.fullmatch(t)
    if span:
        nights = (WEEKDAYS.index(span.group("b")) - WEEKDAYS.index(span.group("a"))) % 7
        return float(nights) if nights else None
    more = _WEEK_AND.fullmatch(t)
    if more:
        n = 1.0 if more.group("n") in ("a", "an", "one") else numbers_in(more.group("n"))[0]
        return 7 + n
    return None


# One child named by their place among the siblings: "just my eldest", "only the youngest one",
# "our middle boy", "my firstborn". A number beside it ("my eldest two") is read by other rules.
_ONE_BY_RANK = re.compile(
    r"\W*(?:(?:oh|ah|um+|uh+|well|so|just|only|it'?s|that'?s|that would be)\W+)*(?:my|our|the)\s+"
    r"(?:eldest|oldest|youngest|middle|first ?born|last ?born|older|younger|elder)"
    r"(?:\s+(?:one|boy|girl|son|daughter|lad|lass|child|kid))?(?:\s+(?:only|just))?\W*"
)


# "A couple" as the whole answer to a count, with nothing but a filler before it. Its first sense is
# two (Moxey and Sanford, *Communicating Quantities*, 1993, list it among the vague quantifiers
# because speakers also stretch it to three or so), and the writers of the blind answer corpora
# split on it: blind13 (twice), blind46 and blind48 record 2, blind6, blind8, blind20 and blind38
# ask again. Two is what an interviewer probes with ("Two, is that right?"), so it is read as two
# and read back before it is stored (``inferred``; the ``vague`` risk of answer_risk_shapes reads
# it back too): a caller who meant a few says no and is asked again. Hedged ("a couple, maybe") or
# beside another number ("a couple, maybe three") it stays unread (VAGUE_BESIDE_NUMBER); so does
# a couple of people, who may be one couple or a few (listed_counts reads "we were a couple").
_A_COUPLE = re.compile(
    r"\W*(?:(?:oh|eh|ah|um+|uh+|er+m?|well|like|just|only|it was|it'?s|we had|i had|i did|we did)\W+)*"
    r"a couple(?: of (?:them|'em|those|these))?\W*"
)


# The days picked, by weekday names, in the first clause: "just the Saturday", "Friday and
# Saturday", "the whole thing, Friday to Sunday"; a reason after a comma ("only Sunday, for the
# headliner") is allowed when it names no number and no weekday.
_PICKED = re.compile(
    rf"(?:(?:oh|um+|uh+|well|just|only|the|on|it was|i went|we went|i did|the whole thing|all of it)\W+)*"
    rf"(?P<days>(?:the )?(?:{_DAYS})(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|to|till|until|through|thru)\s+)(?:the )?(?:{_DAYS}))*)"
    r"(?:\s+only)?"
)


def weekdays_named(question: Any, t: str) -> int | None:
    """How many days an answer picks by their weekday names ("Just the Saturday" 1, "Friday and
    Saturday" 2, "Friday to Sunday" 3, counted inclusively), for a count of days whose question
    itself gives the days by weekday ("The festival ran from Friday to Sunday. On how many of the
    three days were you there?", answers blind50): the caller names which of them, the count is
    read back (``inferred``). None for another question or answer: a question that names no
    weekday ("how many days did you wait?" answered "Monday to Friday" is no count of days
    attended), a number or another weekday after the first clause, or the same day twice."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "number" or not re.search(rf"\b(?:{_DAYS})\b", asked):
        return None
    if not re.search(r"\bhow many (?:[a-z]+ ){0,4}days\b", asked):
        return None  # "On how many of the three days ...?", "How many days did you come?"
    said = t.strip(" .!?")
    m = _PICKED.fullmatch(said)
    if m is None:
        head, _, rest = said.partition(",")
        m = _PICKED.fullmatch(head.strip())
        if m is None or numbers_in(_prep_numbers(rest)) or re.search(rf"\b(?:{_DAYS})\b", rest):
            return None  # "Saturday, and a bit of Sunday": more said about the days
    days = re.findall(rf"\b(?:{_DAYS})\b", m.group("days"))
    spans = re.findall(rf"\b({_DAYS}) (?:to|till|until|through|thru) ({_DAYS})\b", m.group("days"))
    if spans:
        if len(spans) != 1 or len(days) != 2:
            return None
        return (WEEKDAYS.index(spans[0][1]) - WEEKDAYS.index(spans[0][0])) % 7 + 1
    return len(days) if len(set(days)) == len(days) else None


# Things that come in pairs as one thing: "a pair of boots" is one pair, maybe one rental item.
_PAIRED_THINGS = re.compile(
    r"(?:shoes|boots|trainers|sneakers|sandals|slippers|socks|stockings|tights|gloves|mittens|skis|skates|"
    r"trousers|pants|jeans|shorts|leggings|glasses|spectacles|sunglasses|goggles|binoculars|scissors|shears|"
    r"pliers|tongs|tweezers|clippers|headphones|earphones|earbuds|earrings|curtains|drapes|speakers|crutches|"
    r"hearing aids|aids|lenses|contacts|wheels|tyres|tires|wipers|pedals|poles|sticks|oars|chopsticks|dice)"
)
_PAIR_OF = re.compile(
    r"\W*(?:(?:oh|um+|uh+|well|just|only|it was|it'?s|we (?:got|have|had)|i (?:got|have|had))\W+)*"
    r"(?:a|one) pair of (?:(?:[a-z]+)\s+)?(?P<noun>[a-z]{3,}s)\W*"
)


def two_of_a_pair(question: Any, t: str) -> bool:
    """True when the whole answer is "a pair of" things that do not come in pairs as one thing
    ("A pair of greyhounds." to "How many pets ...?": two, answers blind51), for a count question
    that does not count pairs or money. "A pair of boots", "a pair of skis" stay unread: a pair of
    them may be one item (Oxford English Dictionary, "pair" n. 1: "a set of two things used
    together or regarded as a unit")."""
    if quantities.asks_money(question) or re.search(r"\bpairs?\b", (question.text or "").lower()):
        return False
    m = _PAIR_OF.fullmatch(t)
    return m is not None and not _PAIRED_THINGS.fullmatch(m.group("noun"))


def without_figures(question: Any, t: str, method: str) -> tuple[list[float], str]:
    """(numbers, method) of an answer that says no figure: one ("Just me", "on my own"), the
    ordinal of this occasion ("This was the third time this year": three, read back) or a zero
    ("Nothing"); ([], method) otherwise."""
    if re.search(
        r"^((it was|it'?s|there was) )?(just|only) (me|myself)\b(?!,? (?:and|plus|with|&|n) (?!(?:no ?one|nobody)\b))|"
        r"\bby myself\b|\bon my own\b|^((me|myself) )?alone\b|^(me|myself) only\b",
        t,
    ):
        return [1.0], "phrase"  # "Just me", "Myself alone only"; not "just myself and herself" (a list)
    if not quantities.asks_money(question) and re.fullmatch(
        # "The pair of them, Salt and Pepper" (blind40): the pair, then their names
        r"\W*(?:(?:oh|um+|uh+|well|just|only|it was|we got|we had|i got|i had)\W+)*(?:a|the) pair(?: of (?:them|'em|those|these))?"
        r"(?:\W*|,\s*[a-z]+ and [a-z]+\W*)",
        t,
    ):
        return [2.0], "inferred"  # "A pair.": two, by the word's meaning (read back)
    if two_of_a_pair(question, t):
        return [2.0], "inferred"  # "A pair of greyhounds." to "how many pets?" (read back)
    if not quantities.asks_money(question) and not listed_counts.asks_people(question) and _A_COUPLE.fullmatch(t):
        return [2.0], "inferred"  # "A couple.", "Eh, a couple.": two, read back (see _A_COUPLE)
    named = weekdays_named(question, t)
    if named is not None:
        return [float(named)], "inferred"  # "Just the Saturday", "Friday to Sunday" (read back)
    listed = things_listed(question, t, units.counted_noun(question))
    if listed is not None and (not listed_counts.counts_people(question) or listed_counts.counts_children(question)):
        # "Just the kitchen", "both bedrooms" to "how many rooms?", "only my son" to "how many of
        # your children?" (the caller is none of them)
        return [float(listed)], "inferred"
    if listed_counts.counts_children(question) and _ONE_BY_RANK.fullmatch(t):
        return [1.0], "inferred"  # "Just my eldest", "only our youngest": one child (read back)
    this_one = number_readings.ordinal_of_this(question, t)
    if this_one is not None:
        return [float(this_one)], "inferred"
    zero = zero_said(question, t)
    return ([0.0], zero) if zero else ([], method)


# "Not a penny", "not one red cent", "not a single dime", "not a brass farthing": nothing paid, by
# the idiom (the smallest coin denied); "not a thing".
NOT_A_COIN = re.compile(
    r"\W*(?:(?:oh|um+|uh+|well|honestly|nope|no)\W+)*(?:i paid |we paid |it cost (?:me |us )?)?"
    r"not (?:a|one|a single|one single)\s+(?:(?:red|brass|thin|single|plug(?:ged)?)\s+)?"
    r"(?:penny|cent|dime|nickel|farthing|bean|sou|thing)\b"
)


def zero_said(question: Any, t: str) -> str | None:
    """The method of a zero said without a number ("Nothing", "None", "not a penny": ``phrase``;
    "No wait at all", "I didn't wait" to "how many minutes did you wait?": ``inferred``), or None."""
    if re.match(r"(nothing|none|zero)\b", t) or NOT_A_COIN.match(t):
        return "phrase"
    if quantities.asks_money(question) and re.match(
        r"\W*(?:it was |it'?s )?(?:free(?: of charge)?|on the house|no charge|gratis|"
        # "We didn't pay a penny", "I never paid a single cent" (any payer, any tense, a single coin)
        r"(?:(?:i|we|they|he|she|it) )?(?:didn'?t|did not|never) (?:pay|paid|cost|spend|spent) (?:me |us )?"
        r"(?:a |one )?(?:single |red )?(?:penny|cent|dime|thing))\b",
        t,
    ):
        return "inferred"  # "On the house", "didn't pay a penny": nothing paid (read back)
    if nobody_said(question, t):
        return "inferred"  # "Nobody." to "how many people ... play?": no one (read back)
    return "inferred" if quantities.none_of_it(question, t) else None


# No one, said alone or first: "Nobody.", "No one, really, ...". Not "nobody else", "nobody but me",
# "no one except my wife" (people counted after all: people_counts.named_after_nobody_but).
_NOBODY = re.compile(
    r"\W*(?:(?:oh|um+|uh+|er+|well|honestly|actually)\W+)*(?:nobody|no one|no-one|noone|not a soul|not a single person)\b"
    r"(?!\s+(?:else|but|except|apart|besides|other|bar|save|of|aside))"
)


def nobody_said(question: Any, t: str) -> bool:
    """True when a count of people (:func:`listed_counts.asks_people`) is answered "nobody" or
    "no one", said alone or first ("Nobody, really, it was my late husband's" to "How many people
    in your household play the piano, including you?", answers blind52; "No one plays it now"): zero,
    read back. Not when anyone is named after it ("nobody but me", "no one, just me", "nobody
    else")."""
    if not listed_counts.asks_people(question) or not _NOBODY.match(t):
        return False
    return not re.search(r"\b(?:me|myself|i|just|only|except|but|apart|besides|else)\b", t) and not numbers_in(
        _prep_numbers(t)
    )


# A zero or a once said first as a fragment of its own, then a reason: "None, I was on holiday the
# whole month", "Nothing. Free delivery on orders over five hundred.", "Just the once, I only came
# in for a meeting".
_ZERO_OR_ONCE_FIRST = re.compile(
    r"^\W*(?:(?:oh|ah|um+|uh+|er+|well|honestly|actually)\W+)*"
    r"(?P<said>none(?: of (?:them|'em|us|it))?|neither(?: of (?:them|'em|us))?|nothing|zero|nil|not once|"
    r"not a (?:penny|cent|dime|single (?:one|time|day))|"
    r"(?:just |only )?(?:the )?once)\s*[,.;!:-]+\s*(?P<rest>\S.*)$"
)
# A reason cannot open with words that change the answer ("None. Well, maybe two.").
_REASON_CHANGES = re.compile(
    r"^\W*(?:no|not|or|maybe|perhaps|well|actually|but|except|apart|other than|besides|unless|then|wait|sorry|"
    r"hang on|hold on|i mean|more like|so)\b|\b(?:or|except|apart from|besides|other than|unless|although|though|"
    r"actually|i mean|make (?:it|that)|wait)\b"
)
# A number in a reason that is a threshold, not a count: "orders over five hundred".
_THRESHOLD = re.compile(
    r"\b(?:over|above|under|below|more than|less than|at least|up to)\s+(?:\$\s?)?[a-z0-9 -]+?(?=$|[,.;!?]|\s+(?:dollars?|bucks))"
)
# Questions about how long something lasted, where "once" says nothing of the days.
_LASTED = re.compile(r"\b(?:wait|waited|stay|stayed|take|took|lasted|last for|spend|spent|off|away|sick|late)\b")


def said_first_without_figure(question: Any, t: str) -> float | None:
    """0 or 1 said first without a figure and followed only by its reason ("None, I was on holiday
    the whole month", "Just the once, I only came in for a client meeting" to "how many days did
    you come in?", "Nothing. Free delivery on orders over five hundred."), to be read back; None
    when the reason holds another number (a threshold "over five hundred" aside) or words that
    may change the answer, or "once" answers no count of occasions or days of doing something."""
    m = _ZERO_OR_ONCE_FIRST.match(t)
    if m is None or _REASON_CHANGES.search(m.group("rest")):
        return None
    if numbers_in(_prep_numbers(_THRESHOLD.sub(" ", m.group("rest")))):
        return None
    if not m.group("said").endswith("once"):
        return 0.0
    asked = (getattr(question, "text", "") or "").lower()
    occasions = listed_counts.counts_people(question) is False and (
        quantities.counts_occasions(question) or (units.question_unit(question) == "day" and not _LASTED.search(asked))
    )
    return 1.0 if occasions and not quantities.asks_money(question) else None
