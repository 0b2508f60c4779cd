"""Money amounts in what a caller said or typed: "$1,799.99", "1,200 dollars", "$1.5k", "fifteen hundred".

Amounts are never guessed. :func:`read_amount` returns one :class:`AmountReading` whose ``status``
says what the agent may do with it:

- ``ok``: exactly one amount, stated with money words (``$``, ``dollars``, ``bucks``, ``USD``, a
  ``k``/``grand`` multiplier, or ``cents``), in the caller's currency: use it;
- ``confirm``: one amount but a bare number ("refund 45 on the RAM"): read it back first;
- ``ambiguous``: the words allow two readings ("1.200", "45,50", "two fifty" → 2.50 or 250, "a
  couple hundred", "half", another currency, two amounts at the same distance from "refund"): ask
  back with :attr:`AmountReading.question`, never pick one;
- ``none``: no amount (a full refund, or the caller has not said one yet).

How (libraries first): number words become digits with ``text2num.alpha2digit`` ("fifteen hundred"
→ "1500"); each candidate's figure and currency are read by ``price_parser.Price`` (thousands and
decimal separators); numbers that are not money are masked before the search: order numbers
(``ORD-1004``), SKUs (``GPU-4090``), model numbers ("RTX 4090", "990 Pro", "DDR5", "32GB"), phone
numbers (``phonenumbers.PhoneNumberMatcher``), e-mail addresses, dates and times, counts ("2
sticks", "30 days") and percentages. With several amounts in one line, the one closest to a refund
word ("refund", "back", "credit", "reimburse") wins when it is clearly closer; otherwise the reading
is ambiguous. Amounts are integer cents (STYLE.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from customario.dialogue.currencies import CURRENCY_SIGNS, FOREIGN_RE, other_currency

__all__ = ["Amount", "AmountReading", "read_amount", "find_amounts", "format_cents", "other_currency", "vague_amount"]

MAX_CENTS = 10_000_000  # $100,000: from this amount up a reading is treated as a mistake
# "dollars" is the caller's currency in USD, CAD, AUD... ; explicit codes and signs are not.
_DOLLAR_WORDS = {"dollar", "dollars", "buck", "bucks"}
REFUND_CUES = re.compile(
    r"\b(refund(?:ed|s|ing)?|money back|back|credit(?:ed)?|reimburs\w*|compensat\w*|"
    r"chargeback|give me|return(?:ed)? me|owe me|partial)\b",
    re.IGNORECASE,
)
_WORDS = {
    "a grand": "1 grand",
    "one grand": "1 grand",
    "a dollar": "1 dollar",
    "a buck": "1 buck",
    "u\\.s\\. dollars?": "US dollars",
    "american dollars?": "US dollars",
}
_COUNT_NOUNS = (
    r"units?|items?|pieces?|pcs|sticks?|drives?|cards?|gpus?|cpus?|fans?|cables?|orders?|days?|weeks?|"
    r"months?|years?|hours?|hrs?|minutes?|mins?|seconds?|times?|boxes?|packages?|parcels?|people|calls?|"
    r"emails?|messages?|tickets?|percent|pct|stars?|points?|am|pm|o'?clock|st|nd|rd|th"
)
_MODEL_BEFORE = (
    r"rtx|gtx|rx|ryzen(?:\s\d)?|i[3579]|core|ddr\d?|mx|evo|pro|series|model|sku|ord|order|number|no\.?|"
    r"#|ticket|case|version|v|gen|pcie|usb|iphone|galaxy|ps|xbox|radeon|geforce|arc|ultra|max|plus"
)
_MODEL_AFTER = (
    r"gb|tb|mb|w|watts?|hz|mhz|ghz|mm|cm|inch(?:es)?|in|\"|pro|ti|super|xt|xtx|x3d|evo|plus|ultra|series|nvme"
)

_ORDER_RE = re.compile(r"\bORD[-\s]?#?\s?\d+\b|#\s?\d{3,}\b", re.IGNORECASE)
_SKU_RE = re.compile(r"\b[A-Z]{2,5}-[A-Z0-9]+(?:-[A-Z0-9]+)*\b")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE_RE = re.compile(
    r"\b\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\b|\b\d{1,2}:\d{2}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)
_CARD_ENDING_RE = re.compile(
    r"\b(?:ending|ends)(?: in)?\s+\d{4}\b|\blast (?:four|4)(?: digits)?(?: are| is)?\s+\d{4}\b", re.IGNORECASE
)
_PERCENT_RE = re.compile(r"\d+(?:\.\d+)?\s?(?:%|percent\b|pct\b)", re.IGNORECASE)
_MODEL_RE = re.compile(
    rf"\b(?:{_MODEL_BEFORE})[\s-]?\d[\d.]*\b|\b\d[\d.]*\s?(?:{_MODEL_AFTER})\b|\b[a-z]+\d+[a-z\d]*\b|\b\d+[a-z]+\d*[a-z]*\b",
    re.IGNORECASE,
)
_PRODUCT_NUMBER_RE = re.compile(
    r"\b(?:the|my|this|that|a|an|your)\s+\d{4}\b(?!\s?(?:dollars?|bucks?|usd|\$|k\b))", re.IGNORECASE
)  # "refund the 4070": a model number, not $4,070
_COUNT_RE = re.compile(rf"\b\d+\s+(?:more\s+|extra\s+|other\s+)?(?:{_COUNT_NOUNS})\b", re.IGNORECASE)

# One candidate: optional currency before, the figure, optional multiplier, optional currency
# after, optional "and NN cents".
_AMOUNT_RE = re.compile(
    r"(?P<pre>(?:us\$|c\$|a\$|\$|€|£|¥|\b(?:usd|eur|gbp|cad|aud|jpy)\b)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|[.,]\d{1,2}\b)"
    r"(?P<mult>\s?(?:k\b|grand\b|thousand\b|hundred\b|m\b|mm\b|million\b|mil\b))?"
    r"(?P<post>\s?(?:\$|€|£|¢|(?:us\s)?(?:dollars?|bucks?|usd|euros?|eur|pounds?|quid|gbp|cad|aud|yen|cents?)\b))?"
    r"(?P<tail>\s?(?:and\s)?(?P<cents>\d{1,2})\s?cents?\b|\s(?P<spoken>\d{1,2})\b(?!\s?(?:dollars?|bucks?|cents?|k\b|%|[.,]\d)))?",
    re.IGNORECASE,
)
_NEGATIVE_RE = re.compile(
    r"(?:^|[\s(:,])(?:-|minus\s|negative\s)\s?(?:us\$|\$|€|£)?\s?\d|\(\s?(?:\$|€|£)\s?\d[\d,.]*\s?\)", re.IGNORECASE
)
_ODD_NUMBER_RE = re.compile(
    r"\d[eE][+-]?\d|\b0x[0-9a-f]+\b|\b(?:nan|infinity|inf)\b|\$\s?\$|\b\d+\s?kk\b|"
    r"\b(?:gazillion|zillion|bajillion|kajillion|squillion)\b",
    re.IGNORECASE,
)
_APPROX_RE = re.compile(
    r"\b(?:about|around|roughly|approximately|approx|circa|or so|give or take|something like|"
    r"like|maybe|somewhere|nearly|almost|over|under|at least|at most|up to)\s+(?:us\$|\$|€|£)?\s?\d|"
    r"\d\s?-?ish\b|\b\d+s\b(?!\s?(?:dollars?|bucks?))|-something\b|\bsomething\s+(?:dollars|bucks)\b|"
    r"\d+\s?(?:-|to)\s?(?:\$)?\d+\s?(?:dollars|bucks)",
    re.IGNORECASE,
)
_CALC_RE = re.compile(
    r"\bhalf\b|\bquarter\b|\bthird\b|%|\bpercent\b|\bminus\b|\bplus\b|\bless the\b|\bfee\b|"
    r"\b\d+\s?/\s?\d+\s+of\b|\btimes\b|\bdivided\b|\bsplit\b",
    re.IGNORECASE,
)
_MONEY_WORD_RE = re.compile(r"[$€£¥]|\b(?:dollars?|bucks?|quid|pounds?|euros?|cents?)\b", re.IGNORECASE)
_CORRECTION_RE = re.compile(
    r"\b(?:no wait|wait|sorry|i mean|i meant|i said|actually|make (?:it|that)|correction|rather|"
    r"scratch that|not \$?\d)",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"\b(?:a\s)?(?:couple|few|several|some)\s(?:of\s)?(?:100|1000|hundred|thousand|bucks|dollars)\b|"
    r"\bhalf\b|\bquarter\b|\bthird\b|\bhundreds\b|\bthousands\b|\bmost of\b|\ball the money\b|"
    r"\b(?:a )?(?:lot|bunch|load|ton)s? of (?:money|cash|dollars)\b",
    re.IGNORECASE,
)


def vague_amount(text: str) -> bool:
    """True for an amount said only roughly by its order ("a couple hundred", "a few thousand",
    "hundreds"), which has no one value to store: ask again."""
    return bool(
        re.search(
            r"\b(?:a\s)?(?:couple|few|several)\s(?:of\s)?(?:hundred|thousand|grand)\b|\bhundreds\b|\bthousands\b",
            text,
            re.IGNORECASE,
        )
    )


@dataclass(frozen=True)
class Amount:
    """One amount found in the (number-word normalised) text."""

    cents: int
    currency: str | None  # ISO code when the caller named or signed it, else None
    explicit: bool  # money words or signs were used (not a bare number)
    start: int
    end: int
    text: str  # the words it was read from
    ambiguity: str | None = None  # why this figure alone has two readings


@dataclass(frozen=True)
class AmountReading:
    """What :func:`read_amount` understood. ``question`` is what to ask the caller when the
    status is ``confirm`` or ``ambiguous``; ``reason`` is a short code-like text for the record."""

    status: str  # ok | confirm | ambiguous | none
    cents: int | None = None
    reason: str = ""
    question: str | None = None
    amounts: tuple[Amount, ...] = field(default_factory=tuple)

    @property
    def usable(self) -> bool:
        return self.status == "ok"


def format_cents(cents: int, currency: str = "USD") -> str:
    """``179999`` → ``"$1,799.99"`` (USD/CAD/AUD) or ``"1,799.99 EUR"``."""
    sign = {"USD": "$", "CAD": "$", "AUD": "$", "GBP": "£", "EUR": "€"}.get(currency.upper())
    text = f"{cents / 100:,.2f}"
    return f"{sign}{text}" if sign else f"{text} {currency}"


_SMALL = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)


def _normalise(text: str) -> str:
    """Number words → digits (text2num), spoken multipliers kept; same text otherwise."""
    from text_to_num import alpha2digit

    t = (text or "").replace("\u2212", "-").replace("\u2013", "-")
    for words, digits in _WORDS.items():
        t = re.sub(rf"\b{words}\b", digits, t, flags=re.IGNORECASE)
    # "two-fifty" is not a compound number: say it as two words (then it reads "2 50": ambiguous)
    t = re.sub(
        rf"\b({_NUMBER_WORD})-(?=(?:fifty|twenty|thirty|forty|sixty|seventy|eighty|ninety|hundred|ten|eleven|"
        rf"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b)",
        lambda m: (
            m.group(1)
            + (
                "-"
                if m.group(1).lower() in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                else " "
            )
        ),
        t,
        flags=re.IGNORECASE,
    )
    try:
        t = alpha2digit(t, "en")
    except Exception:  # the library must never take the conversation down: fall back to the raw text
        pass
    # small numbers right before money words ("two dollars", "zero dollars"): text2num keeps them as words
    t = re.sub(
        r"\b(" + "|".join(_SMALL) + r")(?=\s+(?:dollars?|bucks?|cents?|quid|pounds?|euros?|grand|hundred|thousand)\b)",
        lambda m: _SMALL[m.group(1).lower()],
        t,
        flags=re.IGNORECASE,
    )
    t = re.sub(r"(\d)\s*-\s*(\d)", r"\1 \2", t) if re.search(r"\d\s*-\s*\d", t) and not _SKU_RE.search(t) else t
    # "a 100" (from "a hundred") → "100"; "1 point 5" is already 1.5
    return re.sub(r"\ba\s(?=\d)", "", t)


def _mask(text: str, region: str = "US") -> str:
    """Blank out spans that hold numbers which are not money (same length, so offsets stay)."""
    import phonenumbers

    chars = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if not chars[i].isspace():
                chars[i] = "_"

    for rx in (_EMAIL_RE, _ORDER_RE, _SKU_RE, _DATE_RE, _PERCENT_RE, _COUNT_RE, _CARD_ENDING_RE, _PRODUCT_NUMBER_RE):
        for m in rx.finditer(text):
            blank(m.start(), m.end())
    for m in _MODEL_RE.finditer(text):
        frag = m.group(0)
        before = text[max(0, m.start() - 1) : m.start()]
        # keep "45k", "1.5k" and "45usd" (money, not model numbers) unless glued to a model ("i9-14900K")
        if re.fullmatch(
            r"\d{1,3}(?:\.\d+)?\s?(?:k|m|mm)|\d+(?:\.\d+)?\s?(?:usd|eur|gbp|cad|aud)", frag, re.IGNORECASE
        ) and not re.fullmatch(r"[-\w]", before):
            continue
        blank(m.start(), m.end())
    try:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            raw = match.raw_string.strip()
            digits = re.sub(r"\D", "", raw)
            before = text[max(0, match.start - 3) : match.start]
            phone_like = len(digits) >= 10 or re.search(r"\d{3}[-\s]\d{4}\b|\(\d{3}\)|^\+", raw)
            if (
                len(digits) >= 7
                and phone_like
                and not re.search(r"[$€£]\s?$", before)
                and not re.fullmatch(r"[\d,]+\.\d{1,3}", raw)
            ):
                blank(match.start, match.end)
    except Exception:
        pass
    return "".join(chars)


def _figure(num: str, pre: str) -> tuple[Decimal | None, str | None]:
    """The figure of ``num`` read by price-parser, and why it is ambiguous (if it is)."""
    from price_parser import Price

    n = num.strip()
    if re.fullmatch(r"\d{1,3}\.\d{3}", n):
        whole, frac = n.split(".")
        return None, f"'{n}' could mean {whole}.{frac[:2]} or {whole},{frac}"
    if re.fullmatch(r"\d+,\d{1,2}", n):
        return None, f"'{n}' could mean {n.replace(',', '.')} or {n.replace(',', '')}"
    if re.fullmatch(r"\d+\.\d{3,}", n) or re.fullmatch(r"\d+,\d{4,}", n):
        return None, f"'{n}' has too many digits after the point"
    price = Price.fromstring(f"{pre}{n}", decimal_separator=".")
    if price.amount is None:
        return None, f"'{n}' is not a number"
    return price.amount, None


def _currency(pre: str | None, post: str | None) -> tuple[str | None, bool]:
    """(ISO code or None, whether dollar words were used) from the signs/words around a figure."""
    code = None
    dollars = False
    for part in (pre, post):
        if not part:
            continue
        p = part.strip().lower().replace("us ", "")
        if p in ("cent", "cents", "¢"):
            continue
        if p in _DOLLAR_WORDS:
            dollars = True
            continue
        code = CURRENCY_SIGNS.get(p, code)
    return code, dollars


def find_amounts(text: str, *, region: str = "US") -> tuple[list[Amount], str]:
    """Every amount candidate in ``text`` (after number words → digits and masking), with the
    normalised text the offsets refer to."""
    norm = _normalise(text)
    masked = _mask(norm, region)
    out: list[Amount] = []
    for m in _AMOUNT_RE.finditer(masked):
        num = m.group("num")
        pre, post, mult = m.group("pre"), m.group("post"), (m.group("mult") or "").strip().lower()
        post_l = (post or "").strip().lower()
        is_cents_only = post_l in ("cent", "cents", "¢")
        code, dollars = _currency(pre, post)
        value, why = _figure(num, (pre or "").strip() if (pre or "").strip() in ("$", "€", "£") else "")
        explicit = bool(
            pre
            or post
            or mult in ("k", "grand", "m", "mm", "million", "mil")
            or m.group("cents")
            or re.fullmatch(r"\d+\.\d{2}", num)
        )
        spoken = m.group("spoken")
        if spoken is not None and not why:
            # "45 50", "2 50", "19 99": two figures said one after the other (a spoken price
            # like "forty five fifty"): 45.50 or 4,550? Never guess.
            if not (pre or post) and not mult:
                why = f"'{num} {spoken}' could be {num}.{spoken} or {num}{spoken}"
            elif (pre or (post and post.strip().lower() in _DOLLAR_WORDS)) and "." not in num and not mult:
                value = (value or Decimal(0)) + Decimal(spoken) / 100  # "$19 99", "19 dollars 99"
        if value is not None and not why:
            if mult in ("k", "grand", "thousand"):
                value *= 1000
            elif mult in ("m", "mm", "million", "mil"):
                value *= 1_000_000
            elif mult == "hundred":
                value *= 100
            if is_cents_only:
                value = value / 100
            if m.group("cents"):
                if "." in num:
                    why = f"'{m.group(0).strip()}' gives cents twice"
                else:
                    value += Decimal(m.group("cents")) / 100
        cents = 0
        if value is not None and not why:
            try:
                cents = int((value * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
            except InvalidOperation:
                why = f"'{num}' is not a number"
            if not why and (value * 100) != (value * 100).to_integral_value():
                why = f"'{m.group(0).strip()}' has fractions of a cent"
            if not why and cents >= MAX_CENTS:
                why = f"{format_cents(cents)} is more than any order"
        if not why and cents <= 0:
            if not explicit:
                continue  # a stray "0"
            why = "a refund of zero"
        out.append(
            Amount(
                cents=cents if not why else 0,
                currency=code,
                explicit=explicit or dollars,
                start=m.start(),
                end=m.end(),
                text=norm[m.start() : m.end()].strip(),
                ambiguity=why,
            )
        )
    return out, norm


_PRICE_CUE = re.compile(
    r"\b(paid|pay|cost|costs|costed|was|were|is|charged|price[ds]?|total(?:led)?|bought|spent|"
    r"worth|for only|at|of the|out of)\b[^.!?;]{0,20}$",
    re.IGNORECASE,
)


def _clause_before(norm: str, start: int) -> str:
    """The words before ``start`` back to the last sentence or clause break (at most 40 characters)."""
    head = norm[max(0, start - 40) : start]
    cut = max(
        head.rfind(". "), head.rfind("; "), head.rfind("? "), head.rfind("! "), head.rfind(" but "), head.rfind(" and ")
    )
    return head[cut + 1 :] if cut >= 0 else head


def _cue_distance(a: Amount, cues: list[tuple[int, int]], norm: str) -> int | None:
    """Characters between the amount and the nearest refund cue in the same sentence."""
    best = None
    for s, e in cues:
        lo, hi = (e, a.start) if e <= a.start else (a.end, s)
        if re.search(r"[.!?;]\s", norm[lo:hi]) or re.search(
            r"\b(but|and then|also|not|instead of|paid|cost|was|were)\b", norm[lo:hi], re.IGNORECASE
        ):
            continue
        d = max(0, hi - lo)
        best = d if best is None else min(best, d)
    return best


def read_amount(text: str, *, currency: str = "USD", region: str = "US") -> AmountReading:
    """Read the one amount ``text`` asks for (see the module docstring). ``currency`` is the
    caller's currency (the campaign's), ISO 4217. Never raises."""
    currency = (currency or "USD").upper()
    try:
        amounts, norm = find_amounts(text, region=region)
    except Exception:  # a parser failure is an ambiguity, never a crash or a guess
        return AmountReading("ambiguous", reason="could not read the amount", question=_ASK)
    vague = _VAGUE_RE.search(norm)
    for rx, why in (
        (_ODD_NUMBER_RE, "not a plain amount"),
        (_NEGATIVE_RE, "a negative amount"),
        (_APPROX_RE, "an approximate amount"),
    ):
        m = rx.search(norm)
        if m:
            return AmountReading(
                "ambiguous", reason=f"{why} '{m.group(0).strip()}'", question=_ASK, amounts=tuple(amounts)
            )
    foreign = FOREIGN_RE.search(norm)
    if foreign:
        return AmountReading(
            "ambiguous",
            reason=f"another currency '{foreign.group(0)}'",
            amounts=tuple(amounts),
            question=f"Refunds are made in {currency}. How much is that in {currency}?",
        )
    calc = _CALC_RE.search(norm)
    if calc and (amounts or vague or re.search(r"%|percent|\bhalf\b", calc.group(0), re.IGNORECASE)):
        return AmountReading(
            "ambiguous", reason=f"a calculation '{calc.group(0)}'", question=_ASK, amounts=tuple(amounts)
        )
    if not amounts:
        if vague:
            return AmountReading("ambiguous", reason=f"vague amount '{vague.group(0)}'", question=_ASK)
        money = _MONEY_WORD_RE.search(norm)
        if money:
            return AmountReading(
                "ambiguous", reason=f"money words without a clear number ('{money.group(0)}')", question=_ASK
            )
        return AmountReading("none")
    foreign = [
        a
        for a in amounts
        if a.currency
        and a.currency != currency
        and not (a.currency == "USD" and currency in ("CAD", "AUD") and a.text.strip().startswith("$"))
    ]
    chosen = amounts
    if len(amounts) > 1:
        priced = [a for a in amounts if _PRICE_CUE.search(_clause_before(norm, a.start))]
        candidates = [a for a in amounts if a not in priced] or amounts
        # "refund $45, no wait, $40": a correction replaces what came before it
        for x, y in zip(list(candidates), list(candidates[1:])):
            if _CORRECTION_RE.search(norm[x.end : y.start]) and x in candidates:
                candidates.remove(x)
        values = {a.cents for a in candidates if not a.ambiguity}
        joined = any(
            re.fullmatch(
                r"\s*(?:,|or|and|plus|not|-|to|maybe|or maybe|or perhaps|,? or|,? and|instead of)\s*",
                norm[x.end : y.start],
                re.IGNORECASE,
            )
            or re.search(r"\b(and|plus|also|as well as|or)\b", norm[x.end : y.start], re.IGNORECASE)
            for x, y in zip(candidates, candidates[1:])
        )
        cues = [(m.start(), m.end()) for m in REFUND_CUES.finditer(norm)]
        near = sorted((d, i) for i, a in enumerate(candidates) for d in [_cue_distance(a, cues, norm)] if d is not None)
        if len(values) == 1 and not any(a.ambiguity for a in candidates):
            chosen = [candidates[0]]  # "$45, yes 45 dollars": one amount said twice
        elif len(candidates) == 1:
            chosen = candidates
        elif not joined and near and (len(near) == 1 or near[1][0] - near[0][0] >= 3):
            chosen = [candidates[near[0][1]]]
        else:
            listed = (
                " or ".join(format_cents(a.cents, currency) for a in candidates if not a.ambiguity) or "which amount"
            )
            return AmountReading(
                "ambiguous",
                reason=f"several amounts ({', '.join(a.text for a in candidates)})",
                question=f"I heard more than one amount: {listed}. How much should the refund be?",
                amounts=tuple(amounts),
            )
    a = chosen[0]
    if a.ambiguity:
        return AmountReading(
            "ambiguous",
            reason=a.ambiguity,
            amounts=tuple(amounts),
            question=f"Sorry, {a.ambiguity.replace(chr(39), '')} — how much exactly, in dollars and cents?",
        )
    if a in foreign or (a.currency and a.currency != currency and a not in foreign and a.currency not in ("USD",)):
        return AmountReading(
            "ambiguous",
            reason=f"amount in {a.currency}, not {currency}",
            amounts=tuple(amounts),
            question=f"Refunds are made in {currency}. How much is that in {currency}?",
        )
    if vague and len(amounts) == 1 and vague.start() <= a.start <= vague.end():
        return AmountReading(
            "ambiguous", reason=f"vague amount '{vague.group(0)}'", question=_ASK, amounts=tuple(amounts)
        )
    if not a.explicit:
        return AmountReading(
            "confirm",
            cents=a.cents,
            reason=f"bare number '{a.text}'",
            amounts=tuple(amounts),
            question=f"Just to confirm, that's {format_cents(a.cents, currency)}?",
        )
    return AmountReading("ok", cents=a.cents, reason="", amounts=tuple(amounts))


_ASK = "How much should the refund be, in dollars and cents?"
