"""Number answers to survey questions (``type: number``): which number is the answer, counts
said in parts, durations in the question's unit, money, and the bounds. Used by
:func:`customario.dialogue.answers.normalise`; pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import (
    weekday_counts,
    ages,
    amounts,
    duration_counts,
    group_words,
    inferred,
    item_prices,
    lead_answer,
    listed_counts,
    money_words,
    number_bounds,
    number_context,
    number_forms,
    number_readings,
    paid_by_others,
    part_counts,
    parts_over_time,
    people_counts,
    price_readings,
    products,
    quantities,
    rough_amounts,
    shared_counts,
    units,
    unit_answers,
    unsaid_counts,
    whole_counts,
    whole_less,
)
from customario.dialogue.spoken import numbers_in
from customario.dialogue.answer_core import (
    Normalised,
    fraction_of_round,
    _prep_numbers,
    _numbers,
    _self_corrected_tail,
    _valid,
)


_STATED_TOTAL = re.compile(
    r"(?:^|[,;.]\s*|\s)(?:(?:so,? )?(?:let'?s )?(?:call it|say|make it)|so|that'?s|which is|which makes|that makes|makes|makes it|equals|for a total of|"
    # "the deposit was two hundred, the whole lot came to sixteen hundred and fifty" (blind28)
    r"(?:it |it all |the whole lot |the whole thing |all in all it |the total )?(?:came to|comes to|added up to|adds up to)|"
    # "..., total was 310" (blind30): the total said without its article
    r"(?:the |my |our )?total (?:was|is|came to|bill was))\s+"
    # "in total", "all up" (Australian), "all told", "all in", "combined", "between us"
    r"(?:about |around )?([a-z0-9 -]+?)(?:\s+(?:in total|total|altogether|all together|in all|all up|all told|all in|"
    r"combined|between (?:us|them)|in the house|at home))?\s*[.!]?\s*$|"
    # "..., three all up": the total word alone closes the list
    r"[,;.]\s*(?:about |around )?([a-z0-9 -]+?)\s+(?:in total|altogether|all together|in all|all up|all told|combined)"
    r"\s*[.!]?\s*$"
)


def _own_conversion(question: Any, t: str) -> Normalised | None:
    """The figure a caller closes a rate of another period with, having converted it themself
    ("twice a week, so call it eight" to a monthly count): ``inferred`` (read back) when the closing
    words hold exactly one number in the question's bounds, else None (the rate is asked again)."""
    total = _STATED_TOTAL.search(t)
    if total is None or re.search(r"\bor\b", t):
        return None
    closing = total.group(1) or total.group(2)
    period = units.question_period(question)
    if period:
        closing = re.sub(rf"\b(?:a|an|per|every|each) {period}\b", " ", closing)  # "so thirty a month"
    if re.search(
        r"\b(?:a|an|per|every|each) (?:day|night|week|fortnight|month|year)\b|\b(?:daily|weekly|monthly)\b", closing
    ):
        return None  # "twice a week, so two a week": still a rate
    said = numbers_in(closing)
    if len(said) != 1 or not t[: total.start()].strip(" ,.") or _outside(question, said[0], *question.bounds):
        return None
    return _valid(int(said[0]) if said[0] == int(said[0]) else said[0], "inferred")


def _implied_count(question: Any, t: str) -> int | None:
    """A count the answer gives by its parts: people listed ("me and two kids"), rides per day and
    days ("twice a day, Monday to Friday"), a count with the rate that makes it ("Seven, one every
    night"), things ("two dogs and a cat"); None, or
    :data:`listed_counts.UNCOUNTED` when a list cannot be counted (asked again)."""
    tail = _self_corrected_tail(t)
    implied = listed_counts.people_count(question, tail)
    if implied is None:
        implied = units.per_week_count(question, t) or units.count_with_its_rate(question, t)
    if implied is None:
        implied = part_counts.parts_count(question, tail)
    if implied is None:
        implied = part_counts.ones_told_apart(question, tail)  # "one full-time and one on Saturdays"
    if implied is None:
        implied = weekday_counts.days_named(question, tail)  # "Monday, Wednesday and Friday" to "how many days a week?"
    if implied is None and listed_counts.counts_per_person(question):
        implied = listed_counts.people_count(question, tail, per_person=True)  # tickets for "me and two kids"
    return implied


_RATING_TALK = re.compile(
    r"\b(?:a|an) (?:zero|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b(?! (?:hundred|thousand|grand|k)\b)"
)


def _said(question: Any, t: str) -> str | Normalised:
    """The words of ``t`` a number is read from: without clock times for a duration ("at 2"), an
    age, what would have been or used to be ("One sixty-five, and the dog is six", "used to be
    three hundred, now it's ninety"; read back), and for a money question without counts of
    things ("It was twelve visits actually"); or an invalid reading when nothing is left to read."""
    if quantities.names_only(t):
        return Normalised("invalid", reason="the number asked for")  # "Order 4471.": a name, no amount
    coin = money_words.not_one_coin(question, t)  # "Not one red cent.": no count of one
    if coin:
        return _valid(0, coin)
    whole = whole_counts.all_said(question, t) if not quantities.asks_money(question) else None
    if whole is None and quantities.asks_money(question) and whole_counts.ALL_OF_THEM.search(t):
        whole = None if numbers_in(_prep_numbers(whole_counts.ALL_OF_THEM.sub(" ", t))) else "unknown"
    if whole is not None:
        if whole != "unknown":
            return _valid(whole, "inferred")  # "Every one" of "the twelve lessons" the question names
        return Normalised("invalid", reason="how many")  # "Every single one!": all of an unsaid number
    if whole_counts.emphatic_none(question, t):
        # "Not a single one.": none (its "one" is no count); asked again when zero is out of range
        lo, hi = question.bounds
        return _valid(0, "inferred") if not _outside(question, 0, lo, hi) else Normalised("invalid", reason="a number")
    said = unit_answers.without_clock_times(question, t)  # "at 2" is a time, "3 guys" a crew: no duration
    asked = question.text.lower()
    if quantities.only_then(t) and not re.search(r"\b(before|used to|previous|quote|estimate)", asked):
        return Normalised("invalid", reason="the figure now")  # "Quoted 300, not sure what it came to"
    # a question about the plan or the booking ("how many hours did you book?") keeps what was planned
    # ("plan" as a word of its own: "How many trees did the crew plant?" asks what was done)
    then_asked = bool(re.search(r"\b(before|used to|previous|book|plan(?!t|e)|schedul|meant|expect|intend)", asked))
    said = quantities.without_asides(said, then_asked=then_asked)
    # "not eleven", "not a ten": a value ruled out is never the answer ("Twelve visits, not eleven" to
    # a money question holds no amount at all)
    kept = re.sub(rf"\b(?:not|never)\s+(?:a\s+|an\s+|even\s+)?{quantities.NUMBER_PHRASE}\b", " ", said)
    if kept != said and not numbers_in(_prep_numbers(kept)):
        return Normalised("invalid", reason="the number")
    said = kept
    # "About two hundred, my husband says 210", "Forty, but the card says twenty"
    others = quantities.WRITTEN_SOURCE.sub(" ", quantities.OTHER_RATER.sub(" ", said))
    said = others if others != said and numbers_in(_prep_numbers(others)) else said
    # "Three twenty-five plus tip, no, just three twenty-five": what follows a taking back counts
    final = _self_corrected_tail(t) if numbers_in(_prep_numbers(_self_corrected_tail(t))) else t
    extra = re.search(
        r"\b(?:plus|\+|before|excluding|not including|ex)\s+(?:the\s+)?(?:tax|taxes|vat|gst|tip|fees?|delivery|postage|shipping)\b",
        final,
    )
    if (
        quantities.asks_money(question)
        and extra
        and not re.search(r"\b(?:after|with|including|incl|inc)\s+(?:the\s+)?(?:tax|taxes|vat|gst|tip|fees?)\b", final)
        # "eleven thousand before tax, eleven thousand eight hundred all in" (blind34): the whole said
        and not price_readings.says_whole(final)
    ):
        if not units.asks_price_per_one(question) or not re.match(r"\W*plus\b", final[extra.start() :]):
            return Normalised("invalid", reason="the whole amount")  # "Two hundred plus tax": not the total
        # "Seventy-five, plus tax" to "how much did you pay per night?": the rate, with the tax on
        # top as rates are quoted (blind23); the words left differ from the answer, so it is read back
        said = said.replace(final[extra.start() : extra.end()], " ")
    if quantities.asks_money(question):
        tail = _self_corrected_tail(t)
        if amounts.other_currency(tail, money_words.asked_currency(question)) and not money_words.other_currency_aside(
            tail, money_words.asked_currency(question)
        ):
            # "Forty quid.": no rate is guessed
            return Normalised("invalid", reason=f"the amount in {money_words.currency_name(question)}")
        per_unit = units.money_per_unit(question, _self_corrected_tail(t))
        if per_unit:
            return Normalised("invalid", reason=per_unit)  # "twelve dollars an hour": never multiplied
        per_item = item_prices.price_per_item(question, _self_corrected_tail(t))
        if per_item and not _STATED_TOTAL.search(t):  # not "twelve a jar, three of them, so thirty-six"
            return Normalised("invalid", reason=per_item)  # "$18 a ticket" to a total spent on tickets
        if units.price_each(question, _self_corrected_tail(t)) and len(numbers_in(_prep_numbers(said))) == 1:
            return Normalised("invalid", reason="the whole amount you paid")  # "Thirty-five dollars each"
        if money_words.cents_only(t) and not re.search(r"\b(?:in|how many) cents\b", question.text.lower()):
            cents = money_words.cents_alone(question, t)
            if cents is not None:
                return _valid(cents, "inferred")  # "Ninety cents.": 0.90, read back
            # "Thirty cents.": never stored as 30
            return Normalised("invalid", reason=f"the amount in {money_words.currency_name(question)}")
        if amounts.vague_amount(t) and not rough_amounts.couple_of_unit(t):
            # "A few hundred": no one value; "a couple of hundred dollars" is about 200, read back
            return Normalised("invalid", reason="the exact amount")
        said = quantities.without_measures_of_things(said)  # "free with the two-year contract"
        said = number_readings.price_with_two_readings(said)  # "a buck twenty", "two thousand five"
        said = price_readings.whole_price(said)  # "forty-five, but sixty-two with the fees", "750 for four"
        money = quantities.without_counts_of_things(said)
        if money != said and not numbers_in(_prep_numbers(money)):
            return Normalised("invalid", reason="an amount of money")
        said = money
    return said


def _unwrapped(question: Any, t: str) -> str | Normalised:
    """``t`` without the talk wrapped around a number answer (:mod:`number_readings`), or the
    reading of a bill said in named parts (summed, read back)."""
    # "Two hours. Two hours!": said once; "55 minutes. I know because ...": the reason is no amount;
    t = number_readings.said_once(t)
    t = number_readings.total_said_plainly(t)  # "so that'd be three": the caller's total
    t = number_readings.without_whole_set_remark(t)  # "six of us and every single one wears them"
    t = number_readings.without_counting_aloud(t)  # "One, two... three. Three kids."
    echoed = number_readings.without_foreign_echo(t)  # "Uno, one child only."
    if echoed is None:
        return Normalised("invalid", reason="just one number")  # "Dos, three": two numbers
    t = echoed
    t = number_readings.without_price_filler(t)  # "forty dollars and, um, fifty cents"
    t = number_readings.without_reason(t, lambda s: bool(numbers_in(_prep_numbers(s))))
    if units.question_unit(question) in ("minute", "hour") and re.search(r"\b(?:from|till|until|til)\b", t):
        t = number_readings.clock_words(t)  # "from quarter past eight till about ten": 8:15 till 10
    money = quantities.asks_money(question)
    t = number_readings.without_tip(question, t, money)  # "plus I put five bucks in the tip jar"
    parts = number_readings.bill_in_parts(question, t, number_forms.one_amount, money)
    if parts is None:
        parts = products.worked_out_total(question, t)  # "forty each, three of them", "six hours, four days"
    if parts is None:
        parts = duration_counts.occasions_times_length(question, t)  # "three times, two hours each"
        if parts is not None and parts != parts:
            return Normalised("invalid", reason=f"the number of {units.question_unit(question)}s in all")
    if parts is None:
        parts = duration_counts.occasions_listed(question, t)  # "Twice. Once over and once back."
    if parts is not None and not _outside(question, parts, *question.bounds):
        return _valid(int(parts) if parts == int(parts) else parts, "inferred")  # parts and labour, summed
    return t


# A quantity given in another unit: "two tables' worth", "three busloads worth of guests".
_WORTH = re.compile(r"\b[a-z]+(?:s'|'s|s)? worth\b(?! of (?:people|guests|folks|persons)\b)")


# A share of a sum paid by someone else: "my deductible was ...", "the rest was covered".
_SHARE_ONLY = re.compile(
    r"^(?=.*\b(?:deductible|excess|co-?pay(?:ment)?|my (?:share|part|portion|bit)|out of (?:my own )?pocket)\b)"
    r"(?=.*\b(?:(?:covered|paid|picked up|took care of|handled) (?:the rest|the remainder|the balance|everything else)"
    r"|(?:the rest|the remainder|the balance)(?: of it)? (?:was|were|got) (?:covered|paid)|insurance|warranty|my (?:employer|company)|grant)\b)"
)


def _whole_of(whole: re.Match) -> list[float]:
    """[the whole] of a part said out of it ("twenty-three out of twenty-four" → [24]); numbers_in
    drops an "out of N" frame, so the words after "out of" are read alone."""
    said = whole.group(0)
    return numbers_in(_prep_numbers(said[said.index(" out of ") + len(" out of ") :]))[-1:]


# What was missed out of a whole: "only missed one", "skipped two of them".
_MISSED = re.compile(
    rf"\b(?:missed|skipped|didn'?t make|couldn'?t make|couldn'?t go to|lost)\s+(?:just\s+|only\s+)?"
    rf"(?P<n>{quantities.NUMBER_PHRASE})\b"
)
_WHOLE_ASKED = re.compile(r"\b(?:whole|total|in total|altogether|all together|overall|full|entire)\b")
# What the caller paid or spent summed up ("How much did you pay in total?"), not the whole of a
# thing ("How much did the whole job cost you?"): the caller's share is their payment (answers
# blind43: "After insurance I was out of pocket about sixty." had been asked again).
_OWN_PAYMENT_SUMMED = re.compile(
    r"^(?!.*\b(?:whole|entire|full|overall)\b).*\b(?:did|do|will) you (?:pay|spend)\b(?:(?! for\b).)*\b(?:in total|altogether|all together|total)\b"
)


def _count_in_other_terms(question: Any, t: str) -> Normalised | None:
    """The reading of a count said in terms of something else, or None: "two tables' worth" (a
    count in another unit, asked again); a count per thing ("Two per room.", "Every window has
    one.": asked again for the number in all; "Just the three, one on each door": the number
    beside it, read back; :mod:`shared_counts`)."""
    if quantities.asks_money(question):
        return None
    lo, hi = question.bounds
    if _WORTH.search(t):
        # "Two tables' worth", "a couple of coachloads' worth": a count in another unit, never that
        # number of what is asked
        return Normalised("invalid", reason=f"a number{_range_said(lo, hi)}")
    shared = shared_counts.count_per_thing(question, t)
    if shared is None:
        return None
    kind, total = shared
    if kind == "ask":
        return Normalised("invalid", reason="how many in all")
    if _outside(question, total, lo, hi):
        return Normalised("invalid", reason=f"a number{_range_said(lo, hi)}")
    return _valid(int(total) if total == int(total) else total, "inferred")


# A length said as a word of its own before a noun: "a week-long course", "a two-day workshop".
_LASTING = re.compile(r"\b(?:an?|one|two|three|four|five|six|seven|\d+)[ -](?:hour|day|night|week|month)[ -]?long\b")


def _left_out_counted(question: Any, t: str) -> Normalised | None:
    """Asked again when the number said counts those the question leaves out ("A hundred and ten,
    including us" to "..., not counting the two of you?", :func:`people_counts.counts_those_left_out`)."""
    if people_counts.counts_those_left_out(question, t):
        return Normalised("invalid", reason="how many, not counting yourselves")
    return None


def _interval_said(question: Any, t: str) -> Normalised | None:
    """Asked again when the answer gives only how long between times ("Every six weeks or so." to
    "how many times this year?", :func:`number_readings.interval_only`), else None; a count for a
    year said with the monthly rate that makes it ("Twelve, once a month") is that count, read back."""
    made = units.count_with_its_rate(question, t) if units.question_period(question) not in ("week", "month") else None
    if made is not None and not _outside(question, made, *question.bounds):
        return _valid(made, "inferred")
    if number_readings.interval_only(question, t):
        return Normalised("invalid", reason="how many times in all")
    return None


def _normalise_number(question: Any, t: str) -> Normalised:
    """A number answer (see the module docstring); when the rules find several numbers or units,
    the answer said first with only asides after it, or the value settled on
    (:mod:`customario.dialogue.lead_answer`), read back."""
    lo, hi = question.bounds
    t = fraction_of_round(t)  # "half a grand" is 500 on every path (the amount parser read a grand)
    t = units.in_years(question, t)  # "a decade" to "how many years?" is ten, "two decades" twenty
    t = number_readings.without_pronoun_one(t)  # "We don't have one": no count of one
    t = money_words.without_praise(question, t)  # "Forty-one thousand, and worth every cent": no cents
    t = money_words.in_asked_currency(question, t)  # "one lakh" to a fee in rupees: 100000
    t = quantities.latest_named(question, t)  # "the last one was 45" to "your most recent bill?"
    t = people_counts.named_after_nobody_but(question, t)  # "Nobody except me and my partner": just those
    # "A thousand dollars, it was a week-long masterclass" (answers blind41): how long the thing
    # bought lasted, no rate ("a week") and no count beside the amount
    t = _LASTING.sub(" ", t) if quantities.asks_money(question) else t
    # ("two lakh" to a question not asked in rupees: the figure said is not the number either)
    if _NEGATIVE.search(t) and (lo is None or lo >= 0) or _SCALE_UNREAD.search(t):
        # "-1" was read as 1: a minus sign is never dropped, the number is out of range
        return Normalised("invalid", reason=f"a number{_range_said(lo, hi)}")
    other_terms = (
        _left_out_counted(question, t)
        or _interval_said(question, t)
        or _said_by_shape(question, t)
        or _said_in_parts(question, t)
        or _count_in_other_terms(question, t)
    )
    if other_terms is not None:
        return other_terms
    per_month = number_readings.rate_in_period(question, t)
    if per_month != t:
        # "Every other week" to a count per month: two or three, so two is read back (inferred)
        read = _read_number(question, per_month)
        return _valid(read.value, "inferred") if read.status == "valid" else read
    came = people_counts.came_of_planned(question, t)  # "We invited 200 but only 170 turned up"
    if came is not None and not _outside(question, came, lo, hi):
        return _valid(int(came) if came == int(came) else came, "inferred")
    if ages.approaching_age(question, t):
        return Normalised("invalid", reason="their age now, in whole years")  # "Going on five."
    years = ages.age_in_years(question, t)  # "ten weeks old" to an age in years: 0 (read back)
    if years is not None:
        if years == ages.OTHER_UNIT or _outside(question, years, *question.bounds):
            return Normalised("invalid", reason="their age in whole years")
        return _valid(years, "inferred")
    if quantities.asks_money(question):
        # "Eleven hundred and change", "forty and some change": loose change above a round figure,
        # which is the amount the caller gives (read back). Elsewhere "and change" is a bound.
        rounded = price_readings.LOOSE_CHANGE.sub("", t)
        if rounded != t and numbers_in(_prep_numbers(rounded)):
            read = _read_number(question, rounded)
            return _valid(read.value, "inferred") if read.status == "valid" else read
    if (
        quantities.asks_money(question)
        and _SHARE_ONLY.search(t)
        and _WHOLE_ASKED.search(question.text.lower())
        and not _OWN_PAYMENT_SUMMED.search(question.text.lower())
    ):
        # "My deductible was a thousand, insurance covered the rest" to "how much did the whole job
        # cost?": the caller's share, not the whole (asked again)
        return Normalised("invalid", reason="the whole amount")
    whole = price_readings.PART_OF_WHOLE.search(t)
    if (
        whole
        and not quantities.asks_money(question)
        and (whole.group("det") or whole.group("noun") or _whole_of(whole) == [price_readings.named_total(question)])
    ):
        # "Seven out of the ten rooms", "two out of our five bikes": the part is the count asked
        # for, the whole only says what it is part of (read back)
        rest = t[whole.end() :]
        missed = _MISSED.search(rest)
        part, total = numbers_in(_prep_numbers(whole.group("part"))), _whole_of(whole)
        if (
            missed
            and part
            and total
            and part[0] + (numbers_in(_prep_numbers(missed.group("n"))) or [-1])[0] == total[0]
        ):
            # "Twenty-three out of twenty-four, only missed one": the rest said agrees (read back)
            rest = rest[: missed.start()] + rest[missed.end() :]
        read = _read_number(question, t[: whole.start()] + whole.group("part") + rest)
        return _valid(read.value, "inferred") if read.status == "valid" else read
    named = price_readings.named_total(question)
    if whole and not quantities.asks_money(question) and named is not None and _whole_of(whole) != [named]:
        # "Nine out of ten" to "how many of the twenty-four classes ...?": a share of another whole
        return Normalised("invalid", reason=f"a number{_range_said(lo, hi)}")
    read = _read_number(question, t)
    if read.status == "valid" and units.question_unit(question) == "day" and unsaid_counts.SAME_OR_NEXT_DAY.match(t):
        return Normalised("invalid", reason="just one number of days")  # "Same day, maybe two": two values
    if read.status == "valid" and unsaid_counts.VAGUE_BESIDE_NUMBER.search(t):
        return Normalised("invalid", reason="just one number")  # "A couple, maybe three times": two values
    if read.status == "invalid":
        first = unsaid_counts.said_first_without_figure(question, t)  # "None, I was away the whole month"
        if first is not None and not _outside(question, first, lo, hi):
            return _valid(int(first), "inferred")
    if read.status == "invalid" and (read.reason or "").startswith(("just one", "a number")):
        days = unsaid_counts.days_between(question, t)
        if days is not None and not _outside(question, days, *question.bounds):
            return _valid(int(days), "inferred")  # "Next day", "on the second ... on the ninth"
        return _lead(question, t) or read
    return read


def _said_by_shape(question: Any, t: str) -> Normalised | None:
    """A rough figure then the exact one ("Just under a hundred, ninety-eight.": the exact one,
    read back; :func:`rough_amounts.exact_after_rough`, answers blind42 had read 198), or a group
    of people said by its shape to a question that counts the caller ("Two couples." 4, "Solo." 1:
    :mod:`group_words`); None for any other answer."""
    exact = rough_amounts.exact_after_rough(t)
    if exact is not None:
        read = _read_number(question, exact) if exact else Normalised("invalid", reason="just one number")
        return _valid(read.value, "inferred") if read.status == "valid" else read
    grouped = group_words.group_count(question, t)
    if grouped is not None and not _outside(question, grouped[0], *question.bounds):
        return _valid(*grouped)
    return None


def _said_in_parts(question: Any, t: str) -> Normalised | None:
    """A cost paid by others (:mod:`paid_by_others`), a whole less an exception or a share of it
    (:mod:`whole_less`), parts over time (:mod:`parts_over_time`): read back or asked again; or None."""
    lo, hi = question.bounds
    unsaid = paid_by_others.unsaid(question, t)  # "Nothing, insurance covered it", "Eighty before the discount"
    if unsaid:
        return Normalised("invalid", reason=unsaid)
    less = whole_less.whole_less(question, t)
    less = less if less is not None else whole_less.share_of_whole(question, t)
    less = less if less is not None else whole_less.missed_of_whole(question, t)
    less = less if less is not None else whole_less.count_beside_missed(question, t)  # "all ten, never missed one"
    if less == "unclear":
        return Normalised("invalid", reason="how many in all")
    parts = less if less is not None else parts_over_time.summed(question, t)
    if parts is not None and not _outside(question, parts, lo, hi):
        return _valid(int(parts) if parts == int(parts) else parts, "inferred")
    return None


def _range_said(lo: float | None, hi: float | None) -> str:
    """ " from 0 to 6" for a re-ask reason, or "" when the question has no two bounds."""
    return f" from {lo:g} to {hi:g}" if lo is not None and hi is not None else ""


# An Indian scale word left unread (:func:`money_words.in_asked_currency`, stop 51): "two lakh"
# had been stored as 2 to a question not asked in rupees.
_SCALE_UNREAD = re.compile(r"\b(?:lakhs?|lacs?|crores?)\b")
# A minus sign before a number ("-1", "−2"), not a dash between two ("2-3") or a bullet ("- 2").
_NEGATIVE = re.compile(r"(?:^|[\s(:,=])[-\u2212]\d")


def _lead(question: Any, t: str) -> Normalised | None:
    """The lead answer or the value settled on in ``t`` or after its self-correction, in range,
    as an ``inferred`` reading; None when there is none."""
    asked = (question.text or "").lower()
    unaged = quantities.without_ages(t)
    if unaged != t and not re.search(r"\b(old|age|aged|born)\b", asked):
        again = _read_number(question, unaged)  # "I'm sixty-eight and I've been twice"
        if again.status == "valid" and again.method in ("exact", "phrase", "hedged"):
            return _valid(again.value, "inferred")
    # A bare answer may name the question's unit, its counted noun or a word of the question
    # ("Three visits" to "How many times have you visited ...?", by the first five letters).
    own = frozenset(
        [w for w in (units.question_unit(question), units.counted_noun(question)) if w]
        + [w[:5] for w in re.findall(r"[a-z]{5,}", asked)]
    )
    tail = _self_corrected_tail(t)
    for said in dict.fromkeys((tail, t)):
        said = quantities.without_ages(said)
        n = lead_answer.lead_number(said, _prep_numbers, own, quantities.asks_money(question))
        if n is None:
            n = lead_answer.settled_number(said, _prep_numbers, own, narrowed=True)
        if n is not None and not _outside(question, n, *question.bounds):
            return _valid(int(n) if n == int(n) else n, "inferred")
    return None


def _read_number(question: Any, t: str) -> Normalised:
    unwrapped = _unwrapped(question, t)
    if isinstance(unwrapped, Normalised):
        return unwrapped
    t = unwrapped
    t = inferred.counted_one(question, t)
    tail = _self_corrected_tail(t)
    # "Three nights. No, hang on, four, we had that extra night": the count after a taking back
    own = units.counted_in_own_unit(question, tail if numbers_in(_prep_numbers(tail)) else t)
    elsewhere = units.counted_elsewhere(question, t) or units.other_measure(question, t) if own is None else None
    in_unit = unit_answers.answer_in_unit(question, t)
    if elsewhere and in_unit is not None:
        elsewhere = None  # "About three hours, cost me $450": the hours are said, the money is beside them
    elsewhere = elsewhere or people_counts.counts_no_people(question, t)  # "We have three bins."
    elsewhere = elsewhere or duration_counts.length_for_count(question, t)  # "three hours" to "how many times"
    converted = _own_conversion(question, t) if elsewhere and elsewhere.startswith("a number per") else None
    if converted is not None:
        return converted
    if elsewhere:
        return Normalised("invalid", reason=elsewhere)
    said = _said(question, t)
    if isinstance(said, Normalised):
        return said
    nums, method = _numbers(said)
    rating_talk = quantities.asks_money(question) and _RATING_TALK.search(said)  # "the tech was a four"
    # "My husband says 210", "the card says twenty": someone else's figure, or a printed one
    relayed = quantities.OTHER_RATER.search(said) or quantities.WRITTEN_SOURCE.search(said)
    if nums and (said != t or rating_talk or relayed):
        method = "inferred"  # what is left after setting numbers aside, or rating talk, is read back
    if own is not None and nums != [own]:
        nums, method = [own], "inferred"  # "three nights, four days": the question's own unit (read back)
    implied = _implied_count(question, t)
    if implied == listed_counts.UNCOUNTED:
        return Normalised("invalid", reason="how many in all")
    if implied is not None:
        # "me and two kids" is three people, "twice a day, Monday to Friday" ten rides: read back.
        nums, method = [float(implied)], "inferred"
    duration = number_forms.duration(question, t)
    if duration is not None:
        # "Two hours" to a question in minutes is 120, never 2; an unconvertible unit is asked again.
        if duration != duration:
            return Normalised("invalid", reason=f"a number of {units.question_unit(question)}s")
        nums, method = [duration], "inferred"
    if not nums:
        nums, method = unsaid_counts.without_figures(question, t, method)
    counted = number_context.counted(question, t, nums, method)
    if isinstance(counted, Normalised):
        return counted
    nums, method = counted
    nums, method = number_forms.in_two_parts(question, t, said, nums, method, implied is None)
    if in_unit is not None and len(nums) != 1 and implied is None and duration is None:
        # "Three men, five hours", "About three hours, cost me four hundred and fifty bucks": the
        # one number with the question's unit when every other counts something else (read back);
        # "a couple of hours" is two.
        nums, method = [in_unit], "inferred"
    total = _STATED_TOTAL.search(t)
    said = (total.group(1) or total.group(2)).split() if total else []
    if (
        len(nums) > 1
        and len(numbers_in(" ".join(said))) == 1
        and all(numbers_in(w) or w in ("and", "a", "hundred") for w in said)
        and not re.search(r"\bor\b", t)
    ):
        # "Twice a day, five days, so ten": the caller's own total ends the sum (read back).
        nums, method = numbers_in(total.group(1) or total.group(2)), "inferred"
    lo, hi = question.bounds
    rng = _range_said(lo, hi)
    plain = method in ("exact", "phrase") and own is None
    if len(nums) != 1 or number_bounds.no_single_count(t, plain) or (plain and _not_the_count(question, t)):
        # "under ten minutes" is a bound, "3 cats 3 dogs" two counts: no number to store
        return Normalised("invalid", reason=f"a number{rng}" if len(nums) < 2 else f"just one number{rng}")
    n = nums[0]
    if _outside(question, n, lo, hi):
        return Normalised("invalid", reason=f"a number{rng}")
    if method in ("exact", "phrase", "hedged", "self-corrected") and money_words.thousands_left_out(question, t, n):
        return Normalised("invalid", reason="the whole amount in dollars")  # "Twenty-two." for a $150,000 system
    return _valid(int(n) if n == int(n) else n, method)


# "Three trays of seedlings": the number counts containers of the thing; "two more", "another two":
# what is added, not how many there are.
_CONTAINERS = re.compile(
    rf"\b{quantities.NUMBER_PHRASE}\s+(?P<noun>[a-z]+s|lots|dozens?)\s+of\s+(?!{quantities.NUMBER_PHRASE}\b)(?!(?:us|them|those|these)\b)"
)
_INCREMENT = re.compile(
    rf"\b{quantities.NUMBER_PHRASE}\s+(?:more|extra|others?)\b|\banother\s+{quantities.NUMBER_PHRASE}\b|"
    # "Nine, plus a towel rail": a thing added after the count that may or may not be one of what
    # is counted (answers blind49 stored 9 radiators); "five, plus the pilot", "eighteen students
    # plus the chef" name a known other, outside the count (answers blind40, blind41)
    rf"\b{quantities.NUMBER_PHRASE}\b,?\s+plus\s+(?:a|an|one|another|some)\s+[a-z]"
)


def _not_the_count(question: Any, t: str) -> bool:
    """True when the one number of a plain reading counts something else than the question:
    containers of the thing ("three trays of seedlings" to "how many plants?"), or an amount or a
    thing added ("just the one, and we're getting two more", "nine, plus a towel rail")."""
    if _INCREMENT.search(t):
        return True
    m = _CONTAINERS.search(t)
    noun = units.counted_noun(question)
    return bool(m and noun and m.group("noun") != noun and not units.question_unit(question))


def _outside(question: Any, n: float, lo: float | None, hi: float | None) -> bool:
    """True when ``n`` is out of the question's range, or a fraction of a person ("two and a half,
    if you count the dog")."""
    return (
        (lo is not None and n < lo)
        or (hi is not None and n > hi)
        or (n != int(n) and listed_counts.counts_people(question))
    )
