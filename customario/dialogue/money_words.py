"""Money said in words that are not the amount, or an amount whose size is not certain (issue 11):

- "and worth every penny", "worth every cent": praise of the price, no cents (six development
  corpora say it after their amount; "cent" had made "Forty-one thousand, and worth every cent"
  an answer in cents only, blind36): :func:`without_praise`;
- "Ninety cents.", "Seventy-five cents, for a late DVD" to a question in dollars: a hundredth of a
  dollar by the unit's definition, read back (never stored as 90): :func:`cents_alone`;
- "Not one red cent." is nothing (:func:`not_one_coin`), and "didn't pay a cent" no amount in cents
  (:func:`cents_only`);
- the currency a question is asked in (:func:`asked_currency`), and for one in rupees the Indian
  scale words with no currency said ("one and a half lakh" is 150000 rupees): :func:`in_asked_currency`;
- "Twenty-two." to "What did you pay for the whole system?" of up to $150,000: the thousands may be
  left out the way large prices are said; both readings fit, so it is asked again:
  :func:`thousands_left_out`.

Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import quantities, unsaid_counts
from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.currencies import named_currency, own_name
from customario.dialogue.spoken import NUMBER_WORDS, indian_scales, numbers_in

_WORTH_EVERY = re.compile(
    r"[,;.]?\s*(?:and |but |it was |it'?s |which was |which is )*(?:well |totally |absolutely )?"
    r"worth every (?:single )?(?:penny|cent|dime|nickel|pound|dollar|buck)\b"
)
# One number of cents said alone, a reason or a hedge after it at most.
_CENTS_SAID = re.compile(
    r"\W*(?:(?:oh|um+|uh+|er+|well|about|around|roughly|just|only|maybe|it was|it'?s|i paid)\W+)*"
    r"(?P<n>[a-z0-9 -]+?)\s+cents?"
    r"(?:\s*[,.;!-]+\s*(?:for|on|because|cos|as|i think|i believe|i reckon|i guess)\b[^0-9]*)?\W*"
)
# One number of cents, then a remark of its own after a comma or full stop ("Ninety-nine cents,
# some promo thing."): no number, no taking back and no other unit in the remark.
_CENTS_THEN_REMARK = re.compile(
    r"\W*(?:(?:oh|um+|uh+|er+|well|about|around|roughly|just|only|maybe|it was|it'?s|i paid)\W+)*"
    r"(?P<n>[a-z0-9 -]+?)\s+cents?\s*[,.;!]+\s*(?P<remark>[a-z' ,.;!-]*)"
)
_NOT_A_REMARK = re.compile(
    r"\b(?:no|not|wait|actually|sorry|i mean|rather|or|make that|dollars?|bucks?|each|per|a piece|apiece|"
    r"plus|minus|and|times|every|a (?:day|week|month|year|time|go|visit|ride|trip))\b"
)
_UNIT_OR_SIZE = re.compile(
    r"[$£€¢]|\d[.,]\d\d|\b(?:dollars?|bucks?|quid|pounds?|euros?|cents?|pence|hundred|thousand|grand|k|million)\b"
)


# "didn't pay a cent", "not one red cent", "never cost us a penny": the smallest coin denied, which
# says nothing was paid, not an amount in cents (blind38: "Nothing, zero, ... I didn't pay a cent").
_DENIED_COIN = re.compile(
    r"\b(?:not|didn'?t|did not|never|wouldn'?t|won'?t)\b(?: [a-z']+){0,3}? (?:a|one|a single|one single)\s+"
    r"(?:(?:red|brass|single|thin)\s+)?(?:penny|cent|dime|nickel)\b"
)


# "Thirty cents", "ninety cents a go": cents with no dollars said, to a question asked in dollars;
# "worth every cent" is no amount (taken out first: :func:`without_praise`).
_CENTS_ONLY = re.compile(r"^(?!.*\b(?:dollars?|bucks?)\b)(?!.*\$).*\bcents?\b")


def cents_only(t: str) -> bool:
    """True when ``t`` says cents and no dollars ("Ninety cents."), a denied coin aside ("didn't
    pay a cent" says that nothing was paid, no amount in cents)."""
    return bool(_CENTS_ONLY.search(_DENIED_COIN.sub(" ", t)))


def without_praise(question: Any, t: str) -> str:
    """``t`` without "worth every penny/cent ..." for a money question; ``t`` itself otherwise."""
    return _WORTH_EVERY.sub("", t).strip() if quantities.asks_money(question) else t


def cents_alone(question: Any, t: str) -> float | None:
    """Dollars of an answer that is one number of cents below 100 and at most a reason or hedge
    ("Ninety cents." 0.9; "Ninety-nine cents, some promo thing.", a remark of its own after it),
    within the question's bounds; None otherwise (asked again: "three
    hundred cents", two numbers). The caller has checked that no dollars are said."""
    m = _CENTS_SAID.fullmatch(t)
    if m is None:
        # "Ninety-nine cents, some promo thing." (answers blind43 had asked it again): the remark
        # after the amount holds no amount, no rate and no taking back
        m = _CENTS_THEN_REMARK.fullmatch(t)
        remark = m.group("remark") if m else ""
        if m and (numbers_in(_prep_numbers(remark)) or _NOT_A_REMARK.search(remark)):
            m = None
    n = numbers_in(_prep_numbers(m.group("n"))) if m else []
    if len(n) != 1 or n[0] != int(n[0]) or not 0 < n[0] < 100:
        return None
    lo, hi = question.bounds
    dollars = round(n[0] / 100, 2)
    return None if (lo is not None and dollars < lo) or (hi is not None and dollars > hi) else dollars


def thousands_left_out(question: Any, t: str, n: float) -> bool:
    """True when a bare amount may have left out its thousands: a money question, ``n`` said
    without a currency word, symbol or magnitude in a short answer (six words at most), at most a
    thousandth of the question's maximum while ``n`` thousand is within it. Two readings a
    thousand apart fit the question: asked again, never stored as the small one."""
    _lo, hi = question.bounds
    if not quantities.asks_money(question) or hi is None or n <= 0 or n > hi / 1000 or n * 1000 > hi:
        return False
    return not _UNIT_OR_SIZE.search(t) and len(re.findall(r"[a-z0-9']+", t)) <= 6


def not_one_coin(question: Any, t: str) -> str | None:
    """The method of a zero said as "not one (red) cent", "not one single penny" to a money
    question (``phrase``; ``inferred`` with a reason after it), whose "not one" the ruled-out-number
    rule had left as no answer; None otherwise ("not a penny" is read by
    :func:`unsaid_counts.zero_said`, another number after it is weighed by other rules)."""
    coin = unsaid_counts.NOT_A_COIN.match(t)
    if not coin or not re.search(r"\b(?:one|single)\b", coin.group(0)) or not quantities.asks_money(question):
        return None
    rest = t[coin.end() :]
    if numbers_in(_prep_numbers(rest)):
        return None
    return "phrase" if not re.search(r"[a-z0-9]", rest) else "inferred"


# The question's own currency named by word or sign beside a figure.
_OWN_CURRENCY_WORDS = {
    "USD": r"\$|\b(?:us )?dollars?\b|\bbucks?\b|\busd\b",
    "GBP": r"£|\bpounds?\b|\bquid\b|\bgbp\b",
    "EUR": r"€|\beuros?\b|\beur\b",
    "INR": r"₹|\brupees?\b|\binr\b",
}


def other_currency_aside(t: str, currency: str) -> bool:
    """True when every clause of ``t`` (cleaned) that names another currency than ``currency``
    holds no figure, and a clause with a figure names ``currency`` itself: "Rupees I cannot say, in
    dollars it was one thousand three hundred only" gives the amount in dollars and only says what
    the caller cannot give in rupees (answers blind48 had asked again). Such an answer is read in
    the question's currency; an amount said in another currency ("Forty quid", "1300 dollars, or
    about 1000 pounds" has a figure beside the pounds) is still asked again, never converted
    (:func:`customario.dialogue.amounts.other_currency`)."""
    from customario.dialogue import amounts

    own = _OWN_CURRENCY_WORDS.get(currency)
    if own is None:
        return False
    clauses = [c for c in re.split(r"[,;.!?]|\bbut\b", t) if c.strip()]
    foreign = [c for c in clauses if amounts.other_currency(c, currency)]
    figured = [c for c in clauses if numbers_in(_prep_numbers(c))]
    return (
        bool(foreign)
        and not any(numbers_in(_prep_numbers(c)) for c in foreign)
        and any(re.search(own, c) for c in figured)
    )


# The currencies a question names in its text (ISO 4217), checked in this order.
_ASKED_CURRENCIES = (
    ("GBP", r"£|\bpounds?\b|\bquid\b"),
    ("EUR", r"€|\beuros?\b"),
    ("INR", r"₹|\brupees?\b"),
    ("NZD", r"\bnew zealand dollars?\b|\bnz ?\$|\bnzd\b"),
    ("AUD", r"\baustralian dollars?\b|\ba\$|\baud\b"),
    ("CAD", r"\bcanadian dollars?\b|\bc\$|\bcad\b"),
    ("ZAR", r"\brand\b|\bzar\b"),
)


def asked_currency(question: Any) -> str:
    """The ISO 4217 code a money question is asked in: pounds, euros, rupees, rand or
    the dollar of New Zealand, Australia or Canada when its text names them, any other currency its
    text names (:func:`customario.dialogue.currencies.named_currency`: in full by the CLDR English
    name, "in Kenyan shillings" -> ``"KES"``; by its country, "in Ghana cedis"; or after "in" by a
    word one currency has, "in ringgit" -> ``"MYR"``), else ``"USD"`` (the product's default
    currency)."""
    asked = (question.text or "").lower()
    for code, pattern in _ASKED_CURRENCIES:
        if re.search(pattern, asked):
            return code
    return named_currency(asked) or "USD"


def in_asked_currency(question: Any, t: str) -> str:
    """``t`` (cleaned) with the Indian scale words read as figures when ``question`` asks for money
    in rupees: "We paid one lakh." is 100000 rupees there (a lakh is 100,000, a crore 10,000,000,
    Oxford English Dictionary); elsewhere a lakh with no currency said stays unread (answers
    blind60 had asked "One and a half lakh." again for a fee in rupees). To a question in Canadian
    dollars "loonies" are dollars (the loonie is Canada's one-dollar coin and the slang name of its
    dollar, Canadian Oxford Dictionary): "Eight hundred loonies." is 800 (answers blind62 and blind64
    had asked it again). To a question asked in a currency named by its CLDR name only ("in Kenyan
    shillings") that name is dropped: "Five thousand shillings." is 5000 (answers blind67)."""
    if quantities.asks_money(question) and asked_currency(question) == "INR":
        return indian_scales(t)
    if quantities.asks_money(question) and asked_currency(question) == "CAD":
        return re.sub(r"\bloonies\b|\bloonie\b", "dollars", t)
    own = own_name(asked_currency(question)) if quantities.asks_money(question) else None
    if own is not None and asked_currency(question) not in _CURRENCY_NAMES:
        # "Five thousand shillings." to a question in Kenyan shillings: the question's own currency,
        # its name dropped so that it is not read as a count of things
        return own.sub(" ", with_minor_units(own, t))
    return t


# The hundredth of a currency by its English name (ISO 4217 minor units; Oxford English Dictionary):
# sen (ringgit, rupiah), pesewa (cedi), kobo (naira), satang (baht), paisa (rupee, taka), centavo,
# céntimo, centime, cent, pence, tambala (kwacha of Malawi), ngwee (of Zambia), thebe (pula), toea (kina).
_MINOR_UNITS = (
    r"(?:cents?|sen|pesewas?|kobo|satang|paise|paisa|centavos?|c[eé]ntimos?|centimes?|pence|tambala|ngwee|thebe|toea)"
)
_FIGURE = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{NUMBER_WORDS})"


def with_minor_units(own: re.Pattern[str], t: str) -> str:
    """``t`` (cleaned) with an amount said as whole units of the currency ``own`` names and then its
    hundredths written as one decimal figure: "two hundred fifty-five ringgit forty sen" -> "255.40
    ringgit", "ninety-nine ringgit ninety" -> "99.90 ringgit", "723 ringgit and fifty sen" ->
    "723.50 ringgit" (the way a price is said where the currency has a hundredth, as "forty-two
    dollars fifty" is in dollars). Only when the hundredths end the clause and are below 100, the
    whole units one figure; anything else is left as it was. Answers blind72 had asked three bills
    in ringgit and sen again. Hundredths said on their own become "cents"."""
    said = re.compile(
        rf"(?P<major>{_FIGURE}(?:(?:\s+|-)(?:and\s+)?{_FIGURE})*)\s+(?P<own>{own.pattern})\s+(?:and\s+)?"
        rf"(?P<minor>{_FIGURE}(?:(?:\s+|-){_FIGURE})?)(?:\s+{_MINOR_UNITS})?(?=\s*(?:[,.;!?]|$))"
    )

    def decimal(m: re.Match[str]) -> str:
        major = numbers_in(_prep_numbers(m.group("major")))
        minor = numbers_in(_prep_numbers(m.group("minor")))
        if len(major) != 1 or len(minor) != 1 or major[0] != int(major[0]) or minor[0] != int(minor[0]):
            return m.group(0)
        if not 0 < minor[0] < 100:
            return m.group(0)
        return f"{int(major[0])}.{int(minor[0]):02d} {m.group('own')}"

    # hundredths said alone ("two hundred and fifty sen") are cents to the rules that follow: read
    # back below 100, asked again above, never stored as 250 whole units
    return re.sub(rf"\b{_MINOR_UNITS}\b", "cents", said.sub(decimal, t))


_CURRENCY_NAMES = {"GBP": "pounds", "EUR": "euros", "INR": "rupees", "NZD": "New Zealand dollars"}
_CURRENCY_NAMES |= {"AUD": "Australian dollars", "CAD": "Canadian dollars", "ZAR": "rand"}


def currency_name(question: Any) -> str:
    """The currency ``question`` is asked in, as the agent names it when it asks again ("rupees",
    "New Zealand dollars", "Kenyan shillings" from CLDR; "dollars" for the default US dollar)."""
    code = asked_currency(question)
    if code in _CURRENCY_NAMES or code == "USD":
        return _CURRENCY_NAMES.get(code, "dollars")
    from babel.numbers import get_currency_name

    return get_currency_name(code, count=2, locale="en")
