"""Readings of number answers that the caller wraps in talk (blind7 development corpus, issue 11):

- a sentence said twice for emphasis is said once ("Two hours. Two hours! For an oil change." is
  120 minutes, not two amounts);
- the reason given after the answer is no second amount ("Fifty-five minutes. I know because I'd
  paid for an hour's parking");
- clock times said in words ("from quarter past eight till about ten");
- a count said as an ordinal of this occasion ("This was the third time this year" to "Counting
  this last visit, how many times ...?" is three);
- a rate per the question's own period ("once a month" to "In a typical month, how many times
  ...?" is one; "fortnightly" twice a month);
- a usual answer said with an occasional exception ("usually eight, twelve in the summer",
  "mostly the app, sometimes the kiosk"): the usual one (:func:`without_occasional`).

Pure functions on cleaned text, used by :mod:`customario.dialogue.number_answers` and
:mod:`customario.dialogue.quantities`; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import numbers_in
from customario.dialogue.spoken_dates import _ORDINALS as _SPOKEN_ORDINALS

# A sentence; a point between two digits is a decimal point, not its end: "99.99" had been read as
# the sentence "99." said twice, and stored as 99 (answers blind54, a wrong value stored unconfirmed).
_SENTENCE = re.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))+[.!?]*")


# Intensifiers a caller adds when saying the same amount again ("Two hours. Two solid hours.").
_INTENSIFIERS = frozenset("solid whole full entire long straight good clear blooming bloody flipping damn very".split())


# "A day, just the one.", "One night, only the one": one thing said, then "just the one" again.
_JUST_THE_ONE_AGAIN = re.compile(
    r"^(\W*(?:an?|one) (?:day|night|week|month|year|hour|minute|visit|time|trip)s?)\W+(?:just|only) the (?:one|once)\W*$"
)


def said_once(t: str) -> str:
    """``t`` without a sentence that repeats the one before it word for word, intensifiers aside
    ("two hours. two hours!", "two hours. two solid hours." → "two hours."), and without "just the
    one" said again after one thing ("a day, just the one" → "a day"); ``t`` itself when nothing is
    repeated."""
    t = _JUST_THE_ONE_AGAIN.sub(r"\1", t)
    out: list[str] = []
    last = None
    for m in _SENTENCE.finditer(t):
        words = [w for w in re.findall(r"[a-z0-9']+", m.group(0)) if w not in _INTENSIFIERS]
        if words and words == last:
            continue
        out.append(m.group(0))
        last = words or last
    return "".join(out).strip() if len(out) > 0 else t


# A total reported in the conditional: "so that'd be three", "which would be five" (answers
# blind43: the list's own total had not been read as one).
_WOULD_BE = re.compile(r"\b(?:that|which)(?:'d| would) be\b")
# A remark that the whole set counted does the thing asked: "and every single one wears them",
# ", all are using spectacles", "and all of us go".
_WHOLE_SET_REMARK = re.compile(
    r"(?:\s*,\s*|\s+)(?:and\s+|but\s+)?(?:every (?:single |last )?one|each one|everyone|everybody|all)"
    r"(?: of (?:us|them|'em))?\s+(?:of (?:us|them)\s+)?"
    r"(?:are|is|do|does|did|were|was|wear|wears|wore|use|uses|used|using|have|has|had|need|needs|went|go|goes|"
    r"came|come|comes|got|get|gets|like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed)\b(?P<rest>[^,.;!?]*)"
)


def total_said_plainly(t: str) -> str:
    """``t`` with a total reported in the conditional said plainly: "so that'd be three" → "so
    that's three", "which would be five" → "that's five" (the conditional of reported speech:
    the caller is stating the sum, not a hypothesis). Never "it'll be" (a figure to come)."""
    return _WOULD_BE.sub("that's", t)


def without_whole_set_remark(t: str) -> str:
    """``t`` without a remark that the whole set just counted does the thing asked, when a number
    is said before it and none in it: "six of us in the house and every single one wears them" →
    "six of us in the house" (its "one" counts nothing: answers blind43 had asked it again), "we are
    five, all are using spectacles" → "we are five". ``t`` itself otherwise."""
    m = _WHOLE_SET_REMARK.search(t)
    if m is None or numbers_in(m.group("rest")) or not numbers_in(t[: m.start()]):
        return t
    return t[: m.start()] + t[m.end() :]


def _foreign_numbers() -> dict[str, int]:
    """Number words one to ten in Spanish, French, Italian, Portuguese and German (num2words),
    and their feminine "one" (una, une, uma, eine), without those English already reads or says
    otherwise ("six", "um")."""
    from num2words import num2words

    from customario.dialogue.spoken import numbers_in

    words: dict[str, int] = {}
    for lang in ("es", "fr", "it", "pt", "de"):
        for n in range(1, 11):
            word = num2words(n, lang=lang)
            if word.isalpha() and word not in ("um", "six") and not numbers_in(word):
                words.setdefault(word, n)
    words.update(dict.fromkeys(("una", "une", "uma", "eine"), 1))  # "one" said of a woman or a thing
    return words


_FOREIGN_NUMBERS = _foreign_numbers()
_FOREIGN_LEAD = re.compile(
    # a fragment of its own ("uno, ...", "una... "), not the start of a foreign phrase ("un ciento")
    rf"^\W*(?:(?:oh|ah|um+|uh+|well)\W+)*({'|'.join(sorted(_FOREIGN_NUMBERS, key=len, reverse=True))})\s*[,.!;:…-]+\s*"
)


def without_foreign_echo(t: str) -> str | None:
    """``t`` without a number said first in another language when the English words after it
    start with the same number ("Uno, one child only" → "one child only", "dos, two of them");
    None when they start with another number ("uno, two": which is it?); ``t`` itself otherwise
    (a foreign number alone is no number read: asked again). Words from num2words (es, fr, it,
    pt, de)."""
    from customario.dialogue.spoken import numbers_in

    m = _FOREIGN_LEAD.match(t)
    if not m:
        return t
    rest = t[m.end() :]
    said = numbers_in(" ".join(rest.split()[:3]))
    if said and said[0] != _FOREIGN_NUMBERS[m.group(1)]:
        return None
    return rest if said else t


# "don't have one", "never wear one", "haven't got one any more": "one" standing for the thing, the
# object of a denied verb, is no count.
_PRONOUN_ONE = re.compile(
    r"\b((?:don'?t|do not|doesn'?t|does not|didn'?t|did not|never|haven'?t|hasn'?t|have not|won'?t|can'?t|no longer)"
    r"\s+(?:[a-z']+\s+){0,2}?)one\b(?!\s*(?:of|or|to|more|hundred|thousand|and|\w+s)\b)(?!-)"
)


def without_pronoun_one(t: str) -> str:
    """``t`` with a "one" that stands for the thing asked about, after a denied verb ("We don't
    have one", "I never wear one"), said "it": it counts nothing (it was stored as 1); and "three
    score" (a score is twenty, WordNet's "score" n. 3) said as its number (it was stored as 3)."""
    t = _SCORE.sub(lambda m: f"{_SCORE_OF[m.group(1)] * 20} ", t) if "score" in t else t
    return _PRONOUN_ONE.sub(r"\1it", t)


# "Three score", "four score and seven", "a score of them": twenties, the old counting word; only
# straight after a number word or "a", never "the score" or "a score of nine" (a rating).
_SCORE_OF = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SCORE = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|eight|nine)[ -]score\b(?:\s+(?=and\b)|\s+of\s+(?=them\b|'em\b|us\b|[a-z]+s\b)|\s*)"
)


# Counting aloud from one: "one, two... three", "1, 2, 3, 4".
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNT_LEAD = re.compile(r"^\W*(?:(?:um+|uh+|er+|let'?s see|let me (?:see|think|count)|hmm+|so)\W+)*")


def without_counting_aloud(t: str) -> str:
    """``t`` without the caller counting aloud from one before the answer when the sentence that
    follows says the last number counted ("One, two... three. Three kids." → "Three kids."); ``t``
    itself otherwise, also for a count with no answer after it ("one, two, three" may be a list)."""
    pos = _COUNT_LEAD.match(t).end()
    n, gap = 0, ""
    while n < len(_COUNT_WORDS):
        m = re.compile(rf"(?:{_COUNT_WORDS[n]}|{n + 1})\b(\W*)").match(t, pos)
        if not m:
            break
        n, pos, gap = n + 1, m.end(), m.group(1)
    if n < 2 or not re.search(r"[.!?;:]", gap):
        return t
    rest = t[pos:].strip()
    said = re.findall(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", rest)
    return rest if said and all(w in (_COUNT_WORDS[n - 1], str(n)) for w in said) else t


# A later sentence that only says how the caller knows: "I know because ...", "Because ...".
_REASON = re.compile(
    r"^\s*(?:(?:and |yeah,? |oh,? )?(?:i know|i'?m sure|i'?m certain|i remember|that'?s how i know)(?: (?:that|this|it))?"
    r"(?: for sure)? (?:because|since|as|cause|'cause|cos)|because|'cause|cos)\b"
)


def without_reason(t: str, has_number) -> str:
    """``t`` without the sentences after the first that give the reason for the answer ("Fifty-five
    minutes. I know because I'd paid for an hour's parking ..." → "Fifty-five minutes."), when the
    sentences before hold a number (``has_number(text)``); ``t`` itself otherwise."""
    parts = [m.group(0) for m in _SENTENCE.finditer(t)]
    for i in range(1, len(parts)):
        if _REASON.match(parts[i]) and has_number(" ".join(parts[:i])):
            return " ".join(parts[:i]).strip()
    # The same after a comma when the caller says they know or remember it ("Eighty-nine
    # ninety-five, I remember because it was nearly ninety"); a bare ", because ..." may go on to
    # correct the figure and is left as it is
    clause = _KNOWN_AFTER_COMMA.search(t)
    if clause and has_number(t[: clause.start()]):
        return t[: clause.start()].strip()
    return t


def reason_after_comma(t: str) -> bool:
    """True when ``t`` gives how the caller knows the figure after a comma ("..., I remember because
    ..."): :func:`without_reason` sets it aside, and the reading is read back."""
    return bool(_KNOWN_AFTER_COMMA.search(t))


_KNOWN_AFTER_COMMA = re.compile(
    r",\s*(?:(?:and |yeah,? |oh,? )?(?:i know|i'?m sure|i'?m certain|i remember|that'?s how i know)(?: (?:that|this|it))?"
    r"(?: for sure)? (?:because|since|as|cause|'cause|cos))\b"
)


_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_MINUTES_PAST = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20, "twenty five": 25, "half": 30}
_PAST_TO = re.compile(
    r"\b(a quarter|quarter|half|twenty[ -]five|twenty|ten|five) (past|after|to) "
    r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:minutes?|hours?)\b)"
)


def clock_words(t: str) -> str:
    """Clock times said in words as ``H:MM`` ("quarter past eight" → "8:15", "twenty to ten" →
    "9:40"), and a hedge after "till"/"from"/"at" dropped ("till about ten" → "till ten"): a span
    of two clock times can then be read (unit_answers.clock_span, read back)."""

    def one(m: re.Match) -> str:
        hour = int(m.group(3)) if m.group(3).isdigit() else _HOURS.index(m.group(3)) + 1
        minutes = _MINUTES_PAST[m.group(1).replace("-", " ")]
        if m.group(2) == "to":
            hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
        return f"{hour}:{minutes:02d}"

    t = _PAST_TO.sub(one, t)
    return re.sub(
        r"\b(from|till|until|til|to|at)\s+(?:about|around|roughly|nearly|almost|gone|just after)\s+", r"\1 ", t
    )


# "the third time", "my 2nd visit": the spoken ordinals of dates up to twelfth, and 1st-10th.
_ORDINALS = {w: n for w, n in _SPOKEN_ORDINALS.items() if n <= 12} | {
    f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }": n for n in range(1, 11)
}
# "this was the third time", "this is my second time coming", "First time, mate." (at the start)
_THIS_TIME = re.compile(
    r"(?:^\W*(?:(?:och|oh|well|um+|uh+|erm|yeah|so)\W+)*(?:it'?s |it was |that was |that'?s )?|"
    r"\b(?:this|it|that)(?:'s| is| was| were| be| has been)\s+)(?:the |my |our |only |just |only the |just the |just my )?"
    r"(?P<n>" + "|".join(_ORDINALS) + r")\s+(?:time|visit)\b"
)
_BEFORE_ASKED = re.compile(r"\b(before|previous|previously|prior|other than|apart from|besides)\b")


def ordinal_of_this(question: Any, t: str) -> int | None:
    """The count a caller gives as the ordinal of this occasion ("this was the third time this
    year" → 3, "First time, mate." → 1) to a question that counts occasions including this one
    ("Counting this last visit, how many times ...?"); None when the question counts only earlier
    ones or the ordinals said disagree. Read back (``inferred``)."""
    asked = (getattr(question, "text", "") or "").lower()
    if not re.search(r"\bhow many times\b|\bhow often\b", asked) or _BEFORE_ASKED.search(asked):
        return None
    found = {_ORDINALS[m.group("n")] for m in _THIS_TIME.finditer(t)}
    return found.pop() if len(found) == 1 else None


_FORTNIGHT = re.compile(
    r"\b(?:fortnightly|every (?:other|second) week|every fortnight|once a fortnight|biweekly|bi-weekly)\b"
)


# "every six weeks", "once every two months", "every 3 or so days": how long between times, said with
# its own number.
_INTERVAL = re.compile(
    r"\b(?:once |one time )?every (?P<n>[a-z0-9-]+(?: and a half)?)(?: or so)? (?:days?|weeks?|months?|years?)\b"
)
# A question that asks the interval itself ("how often", "how many weeks between cleans").
_INTERVAL_ASKED = re.compile(r"\bhow often\b|\bbetween\b|\bapart\b|\binterval\b|\bgap\b|\bevery how\b")


def interval_only(question: Any, t: str) -> bool:
    """True when the only number in ``t`` (cleaned) is the length of an interval ("Every six weeks
    or so.", "once every two months") and the question counts times ("how many times in the last
    twelve months ...?"): how often is not how many, and turning it into a count needs arithmetic
    and a rounding the caller did not do (held-out answers blind57 had stored "Every six weeks or
    so." as 6 visits). False for a question about the interval itself ("how often", "between")."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "number" or _INTERVAL_ASKED.search(asked):
        return False
    said = [m.group("n") for m in _INTERVAL.finditer(t)]
    if not said or not all(numbers_in(n) for n in said):
        return False
    rest = _INTERVAL.sub(" ", t)
    return not numbers_in(rest)


def rate_in_period(question: Any, t: str) -> str:
    """``t`` with a rate said per two weeks turned into one per month when the question counts per
    month ("I come fortnightly" → "I come twice a month"), ``t`` itself otherwise."""
    from customario.dialogue.units import question_period

    if question_period(question) != "month":
        return t
    return _FORTNIGHT.sub("twice a month", t)


# "plus I put five bucks in the tip jar", "and I tipped the guy ten": a tip given beside the bill.
_TIP_ASIDE = re.compile(
    r"(?:[,;.]\s*|\s)(?:(?:plus|and|but|oh and|also)\s+)?(?:i|we)\s+(?:also\s+)?"
    r"(?:put|gave|left|dropped|threw|tipped)\b[^,.;!?]*?\b(?:tip jar|tips? jar|as a tip|for a tip|a tip|tip|tipped\b[^,.;!?]*)"
    r"[^,.;!?]*"
)


def without_tip(question: Any, t: str, money: bool) -> str:
    """``t`` without a tip the caller says they gave beside the bill ("Two seventy-five, plus I put
    five bucks in the tip jar" → "Two seventy-five"), for a question about a bill or what was paid
    (``money``: the question asks an amount of money); ``t`` itself otherwise. "Two hundred plus
    tip" (the tip not said) stays: it is no whole amount."""
    if not money or not re.search(r"\b(bill|invoice|total|cost|pay|paid|charge)", question.text.lower()):
        return t
    return _TIP_ASIDE.sub(" ", t).strip()


_PART = r"(?P<amount>[a-z0-9$.,' -]+?)\s+(?:was |were )?(?:for|on)\s+(?:the\s+)?(?P<what>parts?|labou?r|materials?|tyres?|tires?|the job|diagnostics?|service|fees?|tax|callout|call-out)\b"


_NAMED_PART = r"(?P<amount>[a-z0-9$.,' -]+?)\s+(?:was |were )?(?:for|on)\s+(?:the\s+)?(?P<what>[a-z]{4,})"


def bill_in_parts(question: Any, t: str, amount_of, money: bool) -> float | None:
    """The bill a caller gives as the sum of its parts, each named ("It was two-fifty for the parts
    and a hundred for labour" → 350), for a question about the final bill or total; None when the
    parts are not all amounts (``amount_of(text)`` gives one number or None), fewer than two, or
    said with "or"; ``money``: the question asks an amount of money. Read back."""
    asked = question.text.lower()
    if not money or not re.search(r"\b(bill|total|invoice|altogether|in all)\b", asked):
        return None
    if re.search(r"\b(or|maybe|either)\b", t):
        return None
    body = re.sub(r"^\W*(?:it was|it'?s|that was|they charged(?: me)?|i paid|we paid|about|around)\s+", "", t)
    pieces = [p for p in re.split(r"\s*(?:,\s*(?:and\s+|plus\s+)?|\band\b|\bplus\b)\s*", body.strip(" .!")) if p]
    if len(pieces) < 2:
        return None
    total = 0.0
    for p in pieces:
        # "sixty for delivery and forty for assembly" to "how much in total for delivery and
        # assembly?": a part the question itself names counts like "parts" and "labour"
        m = re.fullmatch(_PART, p.strip())
        if m is None:
            m = re.fullmatch(_NAMED_PART, p.strip())
            m = m if m and re.search(rf"\b{re.escape(m.group('what')[:5])}", asked) else None
        n = amount_of(m.group("amount")) if m else None
        if n is None:
            return None
        total += n
    return total


_NUM_WORD = (
    r"(?:\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
# "Seven if you sort out that rattle", "maybe an eight once they fix the app": a value on a condition.
_CONDITIONAL = re.compile(
    rf"(?:^|(?<=[.!?;,]))\s*(?:(?:but|and|maybe|probably|possibly|could be|would be|it'?d be|i'?d go)\s+)*"
    rf"(?:a |an )?{_NUM_WORD}(?:[ -]{_NUM_WORD})?(?:\s+out of \w+)?\s*,?\s+"
    r"(?:if|once|when|as soon as|provided|assuming|the day)\s+(?:you|they|he|she|it|the|that|someone|somebody|your|their)\b"
    r"[^.!?;]*[.!?;]?"
)


def without_conditional(t: str, has_number) -> str:
    """``t`` without a value given on a condition ("I'd say six. Seven if you sort out that
    rattle." → "I'd say six."), when what is left still holds a number (``has_number(text)``);
    ``t`` itself otherwise ("Seven if you fix the rattle" alone keeps its reading)."""
    rest = _CONDITIONAL.sub(" ", t).strip()
    return rest if rest != t.strip() and has_number(rest) else t


_DIGIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_TENS = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]" + _DIGIT + r")?)"
)
# "a buck twenty": a dollar and twenty cents, the way a price is said (cents left out).
_BUCK_AND_CENTS = re.compile(rf"\b(?:a|one) (?:buck|dollar) ({_TEENS_TENS})\b(?!\s*(?:cents?|dollars?|bucks?)\b)")
# "two thousand five": 2,005 as written, but said for 2,500 as well ("hundred" left out).
_THOUSAND_AND_DIGIT = re.compile(
    rf"\b({_TEENS_TENS}|{_DIGIT}|a) thousand(?: and)? ({_DIGIT})\b(?!\s*(?:hundred|thousand)\b)(?![ -]\w)"
)


# "A hundred and ninety-nine ninety-nine", "three hundred forty-nine ninety-nine": dollars in the
# hundreds then the cents as a second number, the way a price tag is read out (blind34, blind38).
_HUNDREDS_AND_BARE_CENTS = re.compile(
    rf"\b((?:a|{_DIGIT}) hundred(?: and)? (?:{_TEENS_TENS}|{_DIGIT}))[ -]({_TEENS_TENS})\b"
    r"(?![ -]\w)(?!\s*(?:hundred|thousand|dollars?|bucks?|cents?|percent|%|[a-z]+s\b))"
)
# "A grand and a half": the half is of the grand (1500), read back since the order is unusual.
_GRAND_AND_A_HALF = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine) grand and a half\b")
# A filler between the dollars and the cents of one price ("and, like, thirty cents", answers blind60).
_FILLER_IN_PRICE = re.compile(r"\b(dollars?(?:,? and)?),?\s+(?:(?:er+|erm|um+|uh+|ah+|like|you know)\W+)+")
# Dollars (euros, pounds) then a bare number under a hundred that closes the price: "twelve dollars
# fifty", "fifty-five euro twenty", "nine pounds ninety-nine" (answers blind58 asked the euro one again).
_DOLLARS_AND_BARE_CENTS = re.compile(
    r"\b([a-z0-9 -]+?) (dollars?|euros?|pounds?),? (?:and )?((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"\d{2})\b(?!\s*(?:cents?|dollars?|hundred|thousand|percent|%|[a-z]+s\b|each|a |per |for ))"
)


def without_price_filler(t: str) -> str:
    """``t`` without a filler between the dollars and the cents of a price ("seventy-nine dollars
    and, er, ninety-five cents", "and, like, thirty cents" → "seventy-nine dollars and ninety-five
    cents")."""
    return _FILLER_IN_PRICE.sub(r"\1 ", t)


def price_with_two_readings(t: str) -> str:
    """For a money question: ``t`` with a price said in a form that has two readings written out
    in the reading most callers mean, so that it is read back before it is stored (any rewrite of
    the caller's words makes the number reading ``inferred``): "a buck twenty" → "1.20 dollars"
    (also slang for 120), "three hundred forty-nine ninety-nine" → "349.99 dollars", "two thousand
    five" → "2005" (also said for 2,500), "a grand and a half"
    → "1500" (so read by blind14's writer). ``t`` itself when there is no such form. Source of the second readings: the blind13 answer corpus's writer
    (3 December 2026), who marked both as ambiguous."""
    from customario.dialogue.spoken import numbers_in

    t = _GRAND_AND_A_HALF.sub(lambda g: f"{((numbers_in(g.group(1)) or [1.0])[0] + 0.5) * 1000:g}", t)
    m = _DOLLARS_AND_BARE_CENTS.search(t)
    if m and len(numbers_in(m.group(1))) == 1 and len(numbers_in(m.group(3))) == 1 and numbers_in(m.group(3))[0] < 100:
        # "Seventy-nine dollars ninety-five", "twelve dollars fifty": the cents without their word
        cents, unit = numbers_in(m.group(3))[0], m.group(2) if m.group(2).endswith("s") else m.group(2) + "s"
        return t[: m.start()] + f"{numbers_in(m.group(1))[0]:g}.{int(cents):02d} {unit}" + t[m.end() :]
    m = _HUNDREDS_AND_BARE_CENTS.search(t)
    if m and len(numbers_in(m.group(1))) == 1 and len(numbers_in(m.group(2))) == 1:
        cents = numbers_in(m.group(2))[0]
        return t[: m.start()] + f"{numbers_in(m.group(1))[0]:g}.{int(cents):02d} dollars" + t[m.end() :]
    m = _BUCK_AND_CENTS.search(t)
    if m:
        cents = numbers_in(m.group(1))
        if len(cents) == 1:
            return t[: m.start()] + f"1.{int(cents[0]):02d} dollars" + t[m.end() :]
    m = _THOUSAND_AND_DIGIT.search(t)
    if m:
        thousands = [1.0] if m.group(1) == "a" else numbers_in(m.group(1))
        digit = numbers_in(m.group(2))
        if len(thousands) == 1 and len(digit) == 1:
            return t[: m.start()] + str(int(thousands[0] * 1000 + digit[0])) + t[m.end() :]
    return t


# A clause that gives an occasional exception to the usual answer: "..., sometimes the kiosk when my
# phone dies", "..., five at Christmas", "..., but occasionally by phone".
_OCCASIONAL = re.compile(
    r"^\s*(?:but |and |or |though |although )?(?:(?:sometimes|occasionally|once in a while|(?:every )?now and (?:then|again)|"
    r"every so often|other times|at times|rarely|the odd time)\b|"
    r"[a-z0-9 -]{1,25}? (?:at|on|over|for|during|around|in|near) (?:christmas|easter|thanksgiving|new year|"
    r"the holidays|holidays|holiday time|weekends|the weekends?|summer|winter|the summer|the winter|"
    r"busy (?:weeks|months|times))\b)"
)
_USUALLY = re.compile(
    r"\b(?:usually|mostly|normally|generally|typically|most (?:of the )?times?|mainly|about|around)\b"
)


def without_occasional(t: str) -> str:
    """``t`` (cleaned) without the clauses after the first that give an occasional exception to a
    usual answer ("Usually the app, sometimes the kiosk" → "usually the app", "about four, five at
    Christmas" → "about four"); ``t`` itself when the first clause does not say what is usual or
    approximate, or nothing is set aside. The caller of it reads the rest back."""
    clauses = re.split(r"(?<=[,;])\s*|\s+(?=but\b)", t)
    if len(clauses) < 2 or not _USUALLY.search(clauses[0]):
        return t
    kept = [clauses[0]] + [c for c in clauses[1:] if not _OCCASIONAL.search(c)]
    return " ".join(kept) if len(kept) < len(clauses) else t


# A point said against its neighbour: "more of a four than a five", "closer to an eight than a nine",
# "nearer three than four".
_COMPARED = re.compile(
    r"\b(?:more (?:of )?|closer to |nearer (?:to )?)(?:an? )?(?P<kept>[a-z0-9-]+) than (?:to )?(?:an? )?[a-z0-9-]+\b"
)


# A point with a fraction over it left unnamed: "seven and a bit", "a six and a little bit more",
# "eight and a touch": said after the point alone ("Seven, seven and a bit", answers blind48), the
# point said is the rating on a scale of whole points; alone it lies between two points (asked again).
_A_BIT_OVER = re.compile(
    r"\b(?P<kept>[a-z0-9-]+) and a (?:little |tiny |wee )?(?:bit|smidge|smidgen|touch|tad)(?: more| over| extra)?\b"
)


def compared_point(t: str) -> str:
    """``t`` (cleaned) with a point said against its neighbour as that point alone ("she's more of
    a four than a five" → "she's four"), or a point with an unnamed bit over it as that point when
    the point is also said alone ("seven, seven and a bit" → "seven, seven"); ``t`` itself
    otherwise. The caller reads the result back."""
    from customario.dialogue.spoken import numbers_in

    m = _COMPARED.search(t)
    if not m or not numbers_in(m.group("kept")):
        m = _A_BIT_OVER.search(t)
        if not m or not numbers_in(m.group("kept")):
            return t
        kept = t[: m.start()] + m.group("kept") + t[m.end() :]
        # only when that point is the one number said ("eight and a bit, well nine" is asked again)
        # and is also said on its own ("seven and a bit" alone, between two points, is asked again)
        alone = numbers_in(t[: m.start()] + " " + t[m.end() :])
        return kept if len(set(numbers_in(kept))) == 1 and set(alone) == set(numbers_in(m.group("kept"))) else t
    return t[: m.start()] + m.group("kept") + t[m.end() :]


# A currency word put right after a filler: "eighty pounds, er, dollars", "forty euros, um, bucks";
# or right after the first one with only a stop between, the number not said again: "Around forty
# dollars. Pounds, I mean pounds." (answers blind11; a dollar is another currency to a question asked
# in pounds since blind58).
_CURRENCY_REPAIRED = re.compile(
    r"\b(?:pounds?|quid|euros?|dollars?|bucks?|naira|rupees?|pesos?)"
    r"(?:\W+(?:(?:er+m?|uh+|um+|i mean|sorry|oops)\W+)+|\s*[.,;!]+\s*(?:(?:er+m?|uh+|um+|i mean|sorry|oops|no)\W+)*)"
    r"(dollars?|bucks?|pounds?|quid|euros?)\b"
)


def currency_repaired(t: str) -> str:
    """``t`` with a currency word the caller put right after a filler replaced by the one they
    settled on ("eighty pounds, er, dollars, eighty dollars" → "eighty dollars, eighty dollars"):
    Levelt's repair with an editing term ("er", "I mean") applies to the word before it (Levelt
    1983, Monitoring and self-repair in speech). ``t`` itself when there is none; a rewrite is
    read back."""
    return _CURRENCY_REPAIRED.sub(lambda m: m.group(1), t)
