"""Which number in an answer is the answer: numbers that count something else ("three men, five
hours", "my dog is 3 but I'd give you an 8", "two hundred dollars for a cleaning"), digits mixed
with number words ("twenty 5"), "a couple of hours", and "once" / "twice" as counts.

Callers bury the figure asked for among other figures. These rules, used by
:mod:`customario.dialogue.answers`, find the one number that answers the question and give up
(None) whenever two numbers could: the answer is then asked again, never guessed. A number found
this way is an ``inferred`` reading, which a survey reads back before storing it (issue 11).
Nothing here is used for money questions (a read-back of a guessed amount is not safe enough).

Pure functions, no I/O.
"""

from __future__ import annotations

import re

from customario.dialogue.currencies import named_currency
from customario.dialogue.inferred import counts_occasions
from customario.dialogue.listed_counts import PERSON, PERSON_PLURAL, PETS
from customario.dialogue.spoken import numbers_in
from customario.dialogue.units import MONEY_QUESTION, counted_noun, question_period, question_unit

_ONES = "zero|one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORD = rf"(?:\d+(?:[.,]\d+)?|{_ONES}|{_TEENS}|{_TENS}|hundred|thousand|grand|half)"
# A number said in words or digits, possibly over several words: "four hundred and fifty".
NUMBER_PHRASE = rf"(?:(?:a|an)[ -]+(?=hundred|thousand|half))?{_NUMBER_WORD}(?:[ -]+(?:and[ -]+)?{_NUMBER_WORD})*"
_NUMBER_RX = re.compile(rf"\b{NUMBER_PHRASE}\b")
# Nouns a number counts when it is not a rating or the question's own unit.
_OTHER_NOUNS = (
    r"minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|times|dollars?|bucks?|quid|pounds?|"
    r"euros?|cents?|grand|percent|%|miles?|km|kilomet(?:er|re)s?|blocks?|people|persons|men|guys|women|movers|"
    r"workers|staff|kids?|children|boys|girls|dogs?|cats?|pets?|items?|boxes|bags|pieces|things?|orders?|"
    r"packages?|parcels?|calls?|emails?|texts?|letters?|rooms?|bedrooms?|floors?|stairs|steps|flights?|trips?|"
    r"visits?|stops?|cars?|trucks?|vans?|teeth|tooth|fillings?|books?|dvds?|films?|movies?|sessions?|classes|"
    r"appointments?"
)
_QUANTITY_RX = re.compile(
    rf"\b({NUMBER_PHRASE})\s+(?:(?:more|extra|other|big|small|little|whole)\s+)?({_OTHER_NOUNS})\b"
)
_CLOCK_RX = re.compile(
    rf"\b(at|by|till|until|before|after|around|from|about)\s+((?:{NUMBER_PHRASE}|quarter|half)\s+(?:to|past|after)\s+)?"
    rf"({NUMBER_PHRASE})(\s*(am|pm|o'?clock))?\b"
)


# ---------------------------------------------------------------- numbers beside the answer
# Someone's age: "my dog is nine", "the dog is six", "our youngest turned 4", "he's 12 years old".
_BEINGS = rf"(?:{PERSON}|{PERSON_PLURAL}|{PETS}|youngest|eldest|oldest|(?:wee|little|young|middle|baby|big) (?:one|thing)|baby)s?"
_AGE = re.compile(
    rf"\b(?:(?:my|our|the|his|her|their)\s+(?:[a-z]+\s+){{0,2}}?{_BEINGS}(?:'s|\s+is|\s+was|\s+turned|\s+turns|"
    rf"\s+will be)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?({NUMBER_PHRASE})(?:\s+(?:years?|months?)(?:\s+old)?)?|"
    rf"(?:she|he|they)(?:'s|'re|\s+is|\s+was|\s+are)\s+(?:only\s+|just\s+|nearly\s+)?({NUMBER_PHRASE})\s+"
    rf"(?:years?|months?)(?:\s+old)?|\baged\s+({NUMBER_PHRASE})|\b({NUMBER_PHRASE})[ -]years?[ -]old|"
    # the caller's own age, said as a clause of its own: "I'm seventy-eight, so ...", "and I'm
    # seventeen" (not "I'm five minutes away", "I'm nine out of ten happy")
    rf"\b(?:i'?m|i am)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|turning\s+|over\s+)?({NUMBER_PHRASE})"
    rf"(?=\s*(?:$|[,;.!?]|(?:and|so|but|now|myself|this year|next \w+)\b))|"
    # "a baby of four months", "my lad of nine": someone's age after them
    rf"\b{_BEINGS}\s+of\s+({NUMBER_PHRASE})(?:\s+(?:years?|months?|weeks?))?)\b"
    rf"(?!\s*(?:out of|/|from me|stars?))"
)
# A clause about what would have been: "it would've been seven if they hadn't parked there", "I'd
# be lying if I said under six", "otherwise a ten".
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might|should)(?:'ve| have| of) been\b|\b(?:would|could)(?:'ve| have) (?:given|said|rated|scored|got)\b|"
    r"\bif (?:i|we|they|it|you|he|she|there)(?:'d| had| hadn'?t| were| weren'?t| was| wasn'?t| said| didn'?t| did not| could)\b|"
    r"\bif (?:it )?(?:wasn'?t|weren'?t) for\b|\bif not for\b|\bif only\b|\botherwise\b|\bunless\b|"
    # "four of us, five when my son's home": a count for another time
    r"\b(?:when|whenever) (?:my|our|his|her|the|he|she|they)\b"
)
# Then and now: "used to be three hundred, now it's about ninety".
_THEN = re.compile(
    r"\b(?:used to|originally|at first|previously|last (?:year|time|month|winter|summer)|before (?:that|then)|"
    r"quoted|estimated?|the quote|supposed to be|meant to be|back (?:then|in)|in (?:19[5-9]\d|20[0-3]\d)|"
    # "four nights in the end, we'd planned three": the plan beside what happened
    r"(?:i|we|they)(?:'d| had)? (?:planned|booked|intended|meant)|(?:the )?(?:plan|booking) (?:was|said)|"
    # "The sticker said nine ninety-nine, but I talked them down to eight fifty": the price asked
    r"listed (?:at|for)|list price|sticker(?: price)?|asking price|advertised (?:at|for)|price tag|"
    r"before (?:the |any |my )?(?:discount|coupon|tax|rebate|voucher|refund|deal|offer))\b"
)
# What is said to have been, without a "now" beside it: "Two. Used to be three.", "quoted 300".
_STRONG_THEN = re.compile(
    r"\b(?:used to|originally|at first|previously|quoted|estimated?|the quote|supposed to be|meant to be|"
    # "My old one I'd give a two, but ... five": a former provider, school, instructor ...
    r"(?:my|our|the) (?:old|previous|former|last|other) (?:one|school|instructor|teacher|place|company|firm|provider|"
    r"landlord|agent|plan|bank|dentist|doctor|gym|shop|store|preparer|accountant)|"
    r"(?:my|our) +thing(?= +(?:i|we|was|were|had)\b)|"  # "my old one" once "old one" is read as a thing
    # "The last one was forty-five, the one before was a hundred and ten" (answers blind57): an earlier
    # occasion beside the one asked about
    r"the (?:one|bill|time|month|visit|invoice|statement|one) (?:before|prior)(?: (?:that|it|then))?(?= (?:was|were|is|came))|"
    # "Thirty-six, and they're adding two more next month": more to come, not yet there
    r"(?:they|we|he|she|i)(?:'re| are|'m| am| will|'ll|'re going to| are going to) (?:adding|add|putting in|put in|"
    r"installing|install|getting|get) (?:another|an extra|(?:[a-z0-9-]+ )?(?:more|extra))\b)\b"
)
# A figure for a time to come: "it'll be fifteen in January", "we're going to be at twenty by June".
_LATER = re.compile(
    r"\b(?:it|that|we|i|he|she|they|you)(?:'ll| will| are going to| is going to|'re going to|'s going to|"
    r"'re gonna|'s gonna| gonna) (?:be|hit|reach|turn|make it)\b"
)
_NOW = re.compile(
    r"\b(?:now|these days|nowadays|currently|at the moment|lately|since then|this (?:month|year|time)|came to|"
    r"ended up|in the end|final(?:ly)?|was charged|charged (?:me|us)|actually (?:paid|cost|was)|(?:i|we) paid|"
    r"after (?:the |any |my )?(?:discount|coupon|tax|rebate|voucher|refund|deal|offer)|after|"
    # the price the caller got: "talked them down to", "got it for", "came out to"
    r"talked (?:them|him|her|it|the price) down|knocked (?:it|them|the price) down|haggled|negotiated|"
    r"got (?:it|them|one|the \w+) (?:down )?(?:for|to|at)|settled (?:on|at)|came out (?:to|at))\b"
)
# Money, clock times and years beside a rating or a count: "$450", "at 7:45", "open at 8", "a 2015 Corolla".
_MONEY = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?k?\b")
_CLOCK_BESIDE = re.compile(
    rf"\b\d{{1,2}}:\d\d\b(?:\s*(?:am|pm))?|\b\d{{1,2}}\s*(?:am|pm|a\.m\.|p\.m\.)|\b{NUMBER_PHRASE}\s+o'?clock\b|"
    rf"\b(?:half|quarter) (?:past|to) {NUMBER_PHRASE}\b|"
    rf"\b(?:open|opens|opened|close|closes|closed|arrived?|got there|got here|left|came|come|started|finished|showed up|"
    rf"turned up|called|rang|booked)\s+(?:at|by|around|about|before|after)\s+{NUMBER_PHRASE}\b"
)
_YEAR = re.compile(
    r"\b(?:in|since|from|of|back in|around|until|till|a|an|the|my|our|his|her|their|by)\s+(?:19[5-9]\d|20[0-3]\d)\b|"
    r"(?<![\w$])'\d\d\b"
)
# Numbers that name rather than count: "order 4471", "invoice number 889", "room 214", "I'm at number
# 12", "route 66", "flight BA 283", "a 4x4", "it's 2026".
_IDENTIFIER = re.compile(
    r"\b(?:order|invoice|room|flat|apartment|unit|route|flight|bus|booking|reference|ref|ticket|policy|account|"
    r"case|job|claim|house|platform|gate|seat|table|aisle|lane|exit|at number)\s*(?:number\s*|no\.?\s*|#\s*)?"
    r"\d+[a-z]?\b|\b(?:flight|route|bus|seat|gate|platform|room)\s+[a-z]{1,3}\s?\d+\b|#\s?\d+\b|\b\d+x\d+\b|"
    r"\bit'?s (?:19[5-9]\d|20[0-3]\d)\b"
)


def names_only(t: str) -> bool:
    """True when every number of ``t`` names a thing ("Order 4471.", "room 9"): no amount or count."""
    nums = [m for m in re.finditer(r"\d+", t)]
    spans = [m.span() for m in _IDENTIFIER.finditer(t)]
    return (
        bool(nums)
        and not numbers_in(re.sub(r"\d+", " ", t))
        and all(any(a <= n.start() < b for a, b in spans) for n in nums)
    )


_AGED_THING = re.compile(
    rf"\b(?:my|our|the|his|her|their|its)\s+(?:[a-z]+\s+){{0,2}}?[a-z]+(?:'s|\s+is|\s+was|\s+turned)\s+"
    rf"(?:nearly\s+|almost\s+|over\s+)?{NUMBER_PHRASE}\s+(?:years?|months?|yrs?)\s+old\b"
)
# Things counted in a story beside a rating: "they cracked two roof tiles", "three missed calls".
_COUNTED_THINGS = re.compile(
    rf"\b{NUMBER_PHRASE}\s+(?:of\s+(?:the|her|his|my|our|their|your|its)\s+)?(?:[a-z]+\s+)?(?P<noun>[a-z]{{2,}}[a-rtv-z]s)\b"
)
_NOT_PLURAL_NOUNS = frozenset(
    """stars points thanks this was has does is plus less unless across perhaps always towards besides yes
    maybe sometimes anyways afterwards its his hers ours yours theirs percent cents tops ones odds max marks""".split()
)


def _blank(t: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        t = t[:start] + re.sub(NUMBER_PHRASE, " ", t[start:end]) + t[end:]
    return t


def without_ages(t: str) -> str:
    """``t`` with every age said in it blanked ("I'm eighty-six", "my son is nine", "a baby of four
    months"), even when no other number is left."""
    return _AGE.sub(" ", t)


# The figure a count is nearing, said after it: "Three, going on four", "Two, nearly three".
_APPROACHING = re.compile(
    rf"[,;]\s*(?:going on|nearly|almost|coming up (?:to|on)|getting on for|pushing|close to|heading for)\s+"
    rf"(?:a\s+)?(?P<next>{NUMBER_PHRASE})\b"
)


def _approached(t: str) -> list[tuple[int, int]]:
    """Spans of the figure a caller says their count is nearing, after the count itself ("Three,
    going on four" to "how many years have you been a member?": three, answers blind54; "ninety-
    eight, nearly a hundred"): the next whole number or a figure within a tenth above the count
    said just before it. The count said is the answer (read back, as every aside removed)."""
    spans = []
    for m in _APPROACHING.finditer(t):
        before, after = numbers_in(t[: m.start()]), numbers_in(m.group("next"))
        if not before or len(after) != 1:
            continue
        said, near = before[-1], after[0]
        if said < near and (near == said + 1 or near - said <= said / 10):
            spans.append(m.span())
    return spans


def without_asides(t: str, things: bool = False, then_asked: bool = False) -> str:
    """``t`` with the numbers that are not the answer blanked out: someone's age ("my dog is nine"),
    what would have been ("it would've been seven if ..."), what used to be when the answer says
    what is now ("used to be three hundred, now it's ninety"; not when ``then_asked``) or will be
    ("fourteen now, it'll be fifteen in January"), "the other
    two", and with ``things`` (a rating) numbers of things ("they cracked two roof tiles"). The
    caller reads what is left back; when nothing numeric is left, ``t`` itself is returned."""
    spans: list[tuple[int, int]] = [m.span() for m in _AGE.finditer(t)]
    spans += [m.span() for m in _AGED_THING.finditer(t)]
    spans += [m.span() for m in _YEAR.finditer(t)]
    spans += [m.span() for m in _IDENTIFIER.finditer(t)]
    spans += [m.span() for m in re.finditer(rf"\bthe other\s+{NUMBER_PHRASE}\b", t)]
    spans += [m.span() for m in OTHER_PERSON_FIGURE.finditer(t)]
    spans += _approached(t)
    parts = _parts(t)
    for start, end in parts:
        clause = t[start:end]
        if _COUNTERFACTUAL.search(clause) and not re.match(r"\s*(?:or|maybe|perhaps)\b", clause):
            spans.append((start, end))
    nows = [(a, b) for a, b in parts if _NOW.search(t[a:b]) and re.search(NUMBER_PHRASE, t[a:b])]
    if nows and not then_asked:
        spans += [(a, b) for a, b in parts if _THEN.search(t[a:b]) and (a, b) not in nows]
        # "Fourteen now, it'll be fifteen in January" (blind31): what will be, beside what is now
        spans += [(a, b) for a, b in parts if _LATER.search(t[a:b]) and (a, b) not in nows]
    elif not then_asked:
        # "Two. Used to be three.", "Quoted three hundred. Paid 380": said to have been, beside a plain number
        spans += [(a, b) for a, b in parts if _STRONG_THEN.search(t[a:b]) and not _COUNTERFACTUAL.search(t[a:b])]
    if things:
        spans += [m.span() for m in _COUNTED_THINGS.finditer(t) if m.group("noun") not in _NOT_PLURAL_NOUNS]
        spans += [m.span() for m in _MONEY.finditer(t)] + [m.span() for m in _CLOCK_BESIDE.finditer(t)]
    if not spans:
        return t
    rest = _blank(t, spans)
    if any(re.search(r"\bif\b", c) and numbers_in(c) for c in re.split(r"[,;.!?]", rest)):
        return t  # "eight if you count the delivery, otherwise six": a condition on what is left
    return rest if numbers_in(rest) else t


_MONEY_WORDS = re.compile(r"(?:dollars?|bucks?|quid|pounds?|euros?|cents?|rupees?|paise|grand|k|percent|%)")


# One thing named by a singular noun that ends its clause: "One bus ticket.", "a single day pass",
# "one coffee, that's all" to a money question count a thing and say no amount (held-out blind27 had
# stored "One bus ticket." to a bus fare in dollars as $1). Not a number word, a money word or talk
# ("one fifty", "one dollar", "one I think", "one each", "one way").
_ONE_THING = re.compile(
    r"\b(?:one|a single|just the one|1)\s+(?!(?:i|we|you|he|she|they|maybe|probably|or|and|to|of|each|only)\b)"
    r"(?:(?P<mod>[a-z]+(?:-[a-z]+)*)\s+)?(?P<noun>[a-z]{3,})\s*(?=[.,;!?]|$)"
)
_NOT_A_THING = re.compile(
    r"(?:each|apiece|only|total|tops|max|ish|way|time|more|less|thing|think|reckon|guess|suppose|sure|exactly|roughly|"
    r"about|around|altogether|please|thanks|half|quarter|nothing|something|someone|another|maybe|perhaps|probably|odd|"
    r"so|now|then|though|really|mate|love)"
)


def _no_thing(word: str | None) -> bool:
    """True when ``word`` (after "one") is a number, a money word or talk, not a thing counted."""
    return bool(word) and bool(numbers_in(word) or _MONEY_WORDS.fullmatch(word) or _NOT_A_THING.fullmatch(word))


# A number word straight after the unit is no noun: "eighty-five pound fifty" is 85.50 pounds, the
# pence said without their word as Britons say them (answers blind68 had read it as 50).
_PENCE_WORD = r"(?:ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
# A number and a unit in the singular before a noun: a measure that describes the noun ("the
# two-year contract", "a five-hour job", "the three day pass"), no amount of money.
_MEASURE_BEFORE_NOUN = re.compile(
    rf"\b{NUMBER_PHRASE}[ -](?:year|month|week|day|night|hour|minute|mile|inch|foot|seat|door|bedroom|room|"
    r"person|man|star|course|gallon|litre|liter|pound|kilo|piece|pack)[ -](?=(?!and\b|or\b)(?!"
    rf"{_PENCE_WORD})[a-z]{{3,}})"
)


def without_measures_of_things(t: str) -> str:
    """``t`` without a number and a unit in the singular before a noun ("free with the two-year
    contract", "a five-hour job"): a measure that describes the noun, no amount of money."""
    return _MEASURE_BEFORE_NOUN.sub(" ", t)


# "none of your movers", "none of them", "none of the staff": the quantifier of a group of people or
# things (the subject of what follows), not a zero amount; "none of it" / "none of the money" stay.
_NONE_OF_THEM = re.compile(
    r"\bnone of (?:(?:your|yer|ur|the|my|our|their|his|her|those|these|them) (?:[a-z']+ )?(?P<noun>[a-z]+)|them|us|you|those|these)\b"
)


def without_counts_of_things(t: str) -> str:
    """``t`` with numbers that count things other than money blanked ("It was twelve visits
    actually" and "One bus ticket." to a money question hold no amount), and a rating said with an
    article ("the tech was a four") marked: for money questions."""
    t = _QUANTITY_RX.sub(lambda m: m.group(0) if _MONEY_WORDS.fullmatch(m.group(2)) else " ", t)
    # "None of your movers charged me": "none" counts the movers (who charged), it is no amount
    t = _NONE_OF_THEM.sub(lambda m: m.group(0) if _MONEY_WORDS.fullmatch(m.group("noun") or "") else " ", t)
    t = _ONE_THING.sub(
        lambda m: m.group(0) if _no_thing(m.group("mod")) or _no_thing(m.group("noun")) else " ",
        t,
    )
    return _COUNTED_THINGS.sub(
        lambda m: (
            m.group(0) if m.group("noun") in _NOT_PLURAL_NOUNS or _MONEY_WORDS.fullmatch(m.group("noun")) else " "
        ),
        t,
    )


def counts_things_only(t: str) -> bool:
    """True when every number of ``t`` counts a plural thing ("Two thumbs up", "three kids"): no
    rating was said. Stars and points are ratings; units are handled elsewhere."""
    nums = [m for m in re.finditer(NUMBER_PHRASE, t) if numbers_in(m.group())]
    things = [m for m in _COUNTED_THINGS.finditer(t) if m.group("noun") not in _NOT_PLURAL_NOUNS]
    return bool(nums) and all(any(c.start() <= n.start() < c.end() for c in things) for n in nums)


def only_then(t: str) -> bool:
    """True when every number of ``t`` is in a clause about what was quoted, planned or used to be
    ("Quoted 300, not sure what it came to", "used to be three"): no figure for now."""
    nums = [m for m in re.finditer(NUMBER_PHRASE, t) if numbers_in(m.group())]
    if not nums:
        return False
    return all(any(a <= m.start() < b and _STRONG_THEN.search(t[a:b]) for a, b in _parts(t)) for m in nums)


def _parts(t: str) -> list[tuple[int, int]]:
    """Spans of the clauses of ``t``: split at punctuation, at "but", and at "and" before an amount
    ("$249.99 before the discount and $199 after")."""
    return [
        (c.start() + p.start(), c.start() + p.end())
        for c in re.finditer(r"[^,;!?]+?(?=[,;!?]|\.(?!\d)|$)", t)
        for p in re.finditer(r"(?:(?!\bbut\b|\band\s+(?=[$£€\d])).)+", c.group())
    ]


def latest_named(question: object, t: str) -> str:
    """``t`` with "the last one" as "this one" when ``question`` asks about the most recent or last
    thing ("How much was your most recent bill?"): there the last one is the one asked about, not a
    former one (:data:`_STRONG_THEN`; answers blind57 had asked "The last one was forty-five, the one
    before was a hundred and ten" again)."""
    asked = (getattr(question, "text", "") or "").lower()
    if not re.search(r"\b(?:most recent|latest|last)\b", asked):
        return t
    return re.sub(r"\bthe (?:last|latest|most recent) one\b", "this one", t)


def asks_money(question: object) -> bool:
    """True for a number question about money ("How much was the bill, in dollars?"), or one asked
    in a currency named in full, by its country or by its own word ("What did you pay, in ringgit?":
    :func:`customario.dialogue.currencies.named_currency`)."""
    asked = (getattr(question, "text", "") or "").lower()
    return bool(MONEY_QUESTION.search(asked)) or named_currency(asked) is not None


def unit_pattern(question: object) -> str | None:
    """A pattern for the noun a number question counts in ("how many hours ..." → ``hours?|hrs?``,
    "how many boxes" → ``boxes?``), or None (no counted noun, or a money question)."""
    if getattr(question, "type", None) != "number" or asks_money(question):
        return None
    asked = (getattr(question, "text", "") or "").lower()
    m = re.search(r"\bnumber of ([a-z]+)\b|\bin ([a-z]+s)\b", asked)
    noun = counted_noun(question) or (next(g for g in m.groups() if g) if m else None)
    if not noun:
        return None
    short = {"minutes": "minutes?|mins?", "hours": "hours?|hrs?", "seconds": "seconds?|secs?"}
    if noun in short:
        return short[noun]
    if not noun.endswith("s") or noun in ("times",):
        return None
    return re.escape(re.sub(r"(es|s)$", "", noun)) + "(?:s|es)?"


def mixed_digits(t: str) -> str:
    """ "twenty 5" / "twenty-5" → "25", "thirty 2" → "32": a tens word and a digit said as one
    number; "9 and a half" → "9.5" (a digit before "and a half" had been read as 9)."""
    t = re.sub(r"\b(\d+) and (a )?half\b", lambda m: f"{int(m.group(1))}.5", t)
    tens = {w: 10 * (i + 2) for i, w in enumerate(_TENS.split("|"))}
    return re.sub(rf"\b({_TENS})[ -]([1-9])\b(?![.,]?\d)", lambda m: str(tens[m.group(1)] + int(m.group(2))), t)


def couple_of(t: str) -> str:
    """ "a couple of hours" → "2 hours": "a couple" before a counted noun is two (read back by the
    caller of this rule). "A couple" alone, "a few" and "several" stay without a number."""
    return re.sub(r"\b(?:a )?couple (?:of )?(?=[a-z]+s\b)", "2 ", t)


def without_other_quantities(t: str, unit_words: str | None = None, clocks: bool = True) -> str:
    """``t`` with each number that counts a noun other than ``unit_words`` (a pattern: the
    question's unit, "hours?|hrs?") blanked out, and clock times ("at eight", "by 3 pm"): "three
    men, five hours" → " , five hours" for an hours question; "two hundred dollars for a cleaning"
    → " for a cleaning" for a rating."""

    def drop(m: re.Match) -> str:
        if unit_words and re.fullmatch(unit_words, m.group(2)):
            return m.group(0)
        return " "

    t = _QUANTITY_RX.sub(drop, t)
    return _CLOCK_RX.sub(lambda m: m.group(1) + " ", t) if clocks else t


# A number in a rating frame: "I'd give you an 8", "rate it a seven", "a nine from me", "an 8 out of 10".
_RATED = (
    rf"\b(?:give|giving|gave|rate|rating|rated|score|scoring|put|mark|marking)\s+(?:it|you|them|you guys|y'?all|"
    rf"the \w+|that|this|him|her|us)?\s*(?:an?\s+)?(?:solid\s+|strong\s+|good\s+)?({NUMBER_PHRASE})\b",
    rf"\b(?:i'?d|i would|i'?ll|i will)\s+(?:say|go with|go for|pick)\s+(?:an?\s+)?({NUMBER_PHRASE})\b",
    rf"\b({NUMBER_PHRASE})\s+(?:out of|/)\s*(?:ten|10|five|5|six|6|four|4|seven|7)\b",
    rf"\b(?:an?\s+)?({NUMBER_PHRASE})\s+from me\b",
)


# Another number right beside a rated one ("seven, eight", "six or seven", "7-8"), on either side of "|".
_BESIDE = re.compile(
    rf"(^|[,/-]|\b(or|to|and|maybe|perhaps))\s*{NUMBER_PHRASE}\s*\||"
    rf"\|\W*((or|to|and|maybe|perhaps)\s+)?{NUMBER_PHRASE}\b"
)


# A rating said for another time or case: "if it had arrived on time I'd give 9", "usually 9".
_NOT_NOW = re.compile(
    r"\b(if|usually|normally|last (time|year|visit)|used to|before|would have|would've|otherwise|previously)\b"
)
# The conclusion that ends the turn: "..., but it didn't, so 6."
_SO_FINAL = (
    rf"(?:^|[,.;]\s*)(?:so|then|therefore|which makes it)\s+(?:an?\s+|it'?s\s+(?:an?\s+)?)?({NUMBER_PHRASE})"
    r"(?:\s+(?:overall|all in all|in all|on balance|in total))?\W*$"
)
# A sentence about another person's own figure, up to "but" or the caller's own words: "My son
# uses it way more, probably fifty", "my sister paid four hundred, but mine was ...", "my neighbour
# gave you a ten, but I'm going with ...".
OTHER_PERSON_FIGURE = re.compile(
    r"(?:^|(?<=[.;!?,]\s)|(?<=\bbut\s)|(?<=\bwhile\s)|(?<=\bwhereas\s))(?:my|our|his|her|their) "
    r"(?:wife|husband|partner|spouse|son|daughter|kids?|children|mum|mom|mother|dad|father|parents|friends?|boss|"
    r"sister|brother|colleague|co-?worker|neighbou?r|room-?mate|flatmate|housemate|cousin|aunt|uncle|grandma|grandpa|"
    r"boyfriend|girlfriend|other half|better half|mates?|buddy)s?\b"
    # a verb of their own follows ("my wife and two kids" is a list of people, no figure of theirs)
    r"\s+(?:(?:also|probably|usually|always|definitely|only|just|even|still)\s+)?"
    r"(?:would|will|could|might|is|was|has|had|does|did|goes|went|gave|paid|rode|spent|got|came|[a-z]+ed|[a-z]{3,}s)\b"
    r"(?:(?!\b(?:but|whereas|while|i|i'?m|i'?d|i'?ll|me|mine|myself|for me)\b)[^.;!?])*"
)
# Another person's rating: "my wife said 10", "my husband would say two".
OTHER_RATER = re.compile(
    r"\b(my|our|his|her) (wife|husband|partner|son|daughter|kids?|mum|mom|dad|mother|father|friend|boss|sister|"
    r"brother|colleague)s? (said|says|would say|would give|gave|gives|rated|reckons|thinks|thought)[^,.;!?]*"
)

# A figure something written states: "the card says twenty", "it says 30 on the box", "the recipe
# said forty"; set aside when another figure is the caller's own ("Forty, but the card says twenty").
WRITTEN_SOURCE = re.compile(
    r"\b(?:the|this|that|their|your|my|our) (?:recipe )?(?:card|recipe|box|label|packet|package|website|site|app|menu|"
    r"instructions?|sheet|sign|leaflet|letter|email|text|paperwork|form|booklet|guide) "
    r"(?:says?|said|states?|stated|reads?|shows?|showed|claims?|claimed)\b(?:(?!\bbut\b)[^,.;!?])*|"
    r"\bit (?:says|said|states|stated|reads|shows|showed|claims|claimed)\b[^,.;!?]*?\b(?:on|in) (?:the|their|your|my|our) "
    r"(?:recipe )?(?:card|recipe|box|label|packet|package|website|site|app|menu|instructions?|sheet|sign|leaflet|"
    r"letter|email|text|paperwork|form|booklet|guide)\b"
)


def rated_number(t: str) -> float | None:
    """The one number ``t`` gives in a rating frame when it holds others that are not ratings
    ("my dog is 3 but I'd give you an 8" → 8, "ten years a customer, so I'd say a nine" → 9), or
    None: no frame, or frames with different numbers ("I'd give it a 10, my wife would give it a 6")."""
    said: set[float] = set()
    for rx in (*_RATED, _SO_FINAL):
        for m in re.finditer(rx, t):
            nums = numbers_in(m.group(1))
            clause = re.split(r"[,.;!?]|\bbut\b", t[: m.start(1)])[-1]
            clause += re.split(r"[,.;!?]|\bbut\b", t[m.start(1) :])[0]  # "I gave them a 1 last year"
            if _NOT_NOW.search(clause):
                continue  # "If it had come on time I'd give 9", "usually I'd say 9": not this rating
            beside = t[max(0, m.start(1) - 12) : m.start(1)] + " | " + t[m.end(1) : m.end(1) + 14]
            if _BESIDE.search(beside):
                return None  # "I'd say seven, eight", "a six or seven": two values, asked again
            if len(nums) == 1:
                said.add(nums[0])
    return said.pop() if len(said) == 1 else None


_ONCE_DENIED = re.compile(r"\b(?:not|never)(?: even)? once\b")


def occasions(question: object, t: str, nums: list[float]) -> list[float] | None:
    """ "Just once", "twice", "never" to "how many times ...?" as [n] ("once a week" is a rate,
    "once or twice" two values: None); [] when the words contradict the number said ("twice,
    maybe three times"); None when they say nothing about it."""
    if not nums and counts_occasions(question):
        said = re.findall(r"\b(never|not once|not even once|once|twice|thrice)\b", t)
        if len(re.findall(r"\b(?:once|twice|thrice) (?:for|to|with|about|because|when)\b", t)) > 1:
            # "Once for the skylight and once for the radiator" (answers blind52 stored 1): one
            # count per thing, never the first alone; asked again for the number in all
            return []
        counts = {{"once": 1, "twice": 2, "thrice": 3}.get(w, 0) for w in said}
        # "once a month" to "In a typical month, how many times ...?" is one: the question's own period
        per = {m.group(2) for m in re.finditer(r"\b(a|per|every|each) (day|week|month|year)\b", t)}
        if len(counts) == 1 and per <= {question_period(question)} - {None}:
            return [float(counts.pop())]
    elif nums and not question_unit(question) and re.search(r"\b(once|twice|thrice)\b(?!\s+(a|per|every|each)\b)", t):
        # "None. Not once.", "Zero, never once": "once" denied is the zero said, not a second count
        # (answers blind49 asked it again as two numbers)
        if _ONCE_DENIED.search(t) and set(nums) == {0.0}:
            return None
        if {1.0 if "once" in t else 2.0 if "twice" in t else 3.0} != set(nums):
            return []
    return None


_QUESTION_STOP = frozenset(
    "about how many much did you your the a an of in to for with was were is are do does have has it that this "
    "minutes hours days weeks nights times people".split()
)


def none_of_it(question: object, t: str) -> bool:
    """True when ``t`` denies the very thing a number question counts ("No wait at all", "I didn't
    wait", "straight in" to "how many minutes did you wait?"; "no kids" to "how many kids ..."):
    zero, read back. Not "didn't wait long" (a little) nor a money question."""
    if getattr(question, "type", None) != "number" or asks_money(question):
        return False
    asked = [w for w in re.findall(r"[a-z]+", (getattr(question, "text", "") or "").lower()) if w not in _QUESTION_STOP]
    stems = {w[:4] for w in asked if len(w) >= 4}
    m = re.search(r"\b(?:no|didn'?t|did not|never|not|without)\s+(?:have to\s+|need to\s+|any\s+|a\s+)?([a-z]+)\b", t)
    if m and m.group(1)[:4] in stems and not re.search(r"\b(long|much|many|more|too|very|that)\b", t[m.end() :]):
        return True
    # "I don't wear them at all", "we don't use it any more": the habit asked about, denied outright
    m = re.search(
        r"\b(?:don'?t|do not|doesn'?t|does not)\s+(?:really\s+)?([a-z]+)\b(?:\s+(?:it|them|one|any|those|that))?", t
    )
    if (
        m
        and m.group(1)[:4] in stems
        and re.match(r"\s+(?:at all|anymore|any more|ever)\b", t[m.end() :])
        and not re.search(r"\breally\b", m.group(0))
    ):
        return True
    waited = re.search(r"\bwait", " ".join(asked))
    if waited and re.search(r"\b(appointment|scheduled|booked)\b", " ".join(asked)) and _SEEN_ON_TIME.search(t):
        # "Nah, they were right on time", "I was seen before my time even" to "how many minutes
        # past your appointment time did you wait?"; never "not on time" nor "I got there early"
        return not re.search(r"\b(not|never|wasn'?t|weren'?t|didn'?t|hardly|barely)\b[^,.;!?]*\b(on time|early)\b", t)
    # "Not at all, they took me straight in" (blind35): no wait, said with how they were seen
    return bool(waited and _SEEN_AT_ONCE.fullmatch(t))


_SEEN_AT_ONCE = re.compile(
    r"\W*(?:(?:not at all|none at all|not a minute|no)\W*)?(?:(?:(?:they|she|he|the \w+) (?:took|called|brought|saw|got|"
    r"had) (?:me|us) )?(?:straight|right) in|right away|straight away|immediately|no time at all|no time)\W*|"
    r"\W*not (?:even )?at all\W*"
)
_SEEN_ON_TIME = re.compile(
    r"\b(?:(?:right|bang|dead|spot|exactly|pretty much) )?on time\b|\bbefore (?:my|our) (?:time|appointment|booking)\b|"
    r"\bahead of (?:time|schedule)\b|\b(?:they|she|he|doctor|dentist|nurse|seen|called|taken|called in) (?:\w+ ){0,2}early\b"
)
