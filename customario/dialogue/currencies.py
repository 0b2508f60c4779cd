"""Which currency a caller names: a sign, a word, another dollar (issue 11; moved out of
:mod:`customario.dialogue.amounts` on 7 December 2026 so that each module holds one idea; the
readings are unchanged).

:data:`CURRENCY_SIGNS` maps a sign, code or word to its ISO 4217 code; :data:`FOREIGN_RE` finds a
currency word or another dollar; :func:`other_currency` tells whether an answer names a currency
other than the question's, so that the survey asks again instead of converting (no exchange rate is
ever guessed); :func:`named_currency` finds a currency named in full by its English name in CLDR
("Kenyan shillings", "Swiss francs"), :func:`asked_in_word` one named after "in" by the last word
of that name when the word is one currency's only ("in ringgit", "in cedis"), and
:func:`codes_beside_figures` the ISO 4217 codes typed beside a figure ("MYR 350"). Pure functions.
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "CURRENCY_SIGNS",
    "FOREIGN_RE",
    "asked_in_word",
    "codes_beside_figures",
    "named_currency",
    "other_currency",
    "own_name",
]

CURRENCY_SIGNS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "buck": "USD",
    "bucks": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
    "c$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "aud": "AUD",
    "¥": "JPY",
    "yen": "JPY",
    "jpy": "JPY",
    "₹": "INR",
    "rupee": "INR",
    "rupees": "INR",
    "inr": "INR",
    "rs": "INR",
}

# "won", "real" and "rand" are English words too ("I won it in a raffle", "a real bargain"): a
# currency only right after a number ("fifty thousand won"); blind37 had asked again for dollars.
FOREIGN_RE = re.compile(
    r"\b(?!US\$)[A-Z]{1,3}\$|\b(?:canadian|australian|aussie|new zealand|kiwi|hong kong|singapore|"
    r"mexican|pesos?|reais|rupees?|yuan|renminbi|rmb|francs?|kron[aeo]r?|zloty|rubles?|"
    r"lira|baht|dirhams?|loonies|loonie)\b|"
    r"(?:\d|\b(?:hundred|thousand|million|[a-z]+ty|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve))\s+(?:won|real|rand)\b",
    re.IGNORECASE,
)

# Currencies named by sign or word, for a question asked in another one ("Forty quid." to a
# question in dollars; "rs 500", "₹500" are rupees).
_NAMED_CURRENCY_RE = re.compile(
    r"[€£¥₹]|\brs\.?\s?\d|\b(?:quid|pounds? sterling|sterling|euros?|yen|rupees?|pesos?|yuan)\b|"
    r"\b(?:eur|gbp|jpy|inr|cad|aud|mxn)\b",
    re.IGNORECASE,
)


# Currencies called "dollars" where they are spent (ISO 4217); "bucks" is their slang.
_DOLLAR_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "JMD", "TTD", "BSD", "BBD", "BZD", "XCD"})
_DOLLAR_SAID_RE = re.compile(r"\$|\b(?:dollars?|bucks?)\b", re.IGNORECASE)


# The currencies a word of FOREIGN_RE names (ISO 4217), when it can be the question's own: "rupees"
# to a question asked in rupees, "New Zealand dollars" to one asked in New Zealand dollars (answers
# blind60 had asked "Twelve thousand rupees." again for a fee in rupees).
_FOREIGN_CODES = {
    "rupee": "INR",
    "rupees": "INR",
    "canadian": "CAD",
    "australian": "AUD",
    "aussie": "AUD",
    "new zealand": "NZD",
    "kiwi": "NZD",
    "hong kong": "HKD",
    "loonie": "CAD",  # the Canadian one-dollar coin, and the dollar's slang name
    "loonies": "CAD",
    "singapore": "SGD",
    "nz$": "NZD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "s$": "SGD",
    "hk$": "HKD",
}
# The US dollar named as such, another currency to a question asked in another dollar; "US" said
# straight after a figure with nothing after it ("Eighty US, I paid on my card", "about three
# hundred US.") is the dollar too (answers blind62 had stored both as Australian and Canadian
# dollars). The pronoun "us" never follows a figure directly ("five of us", "cost us fifty").
_FIGURE_WORD = (
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|grand|k)"
)
_US_DOLLAR_RE = re.compile(
    r"\bus ?\$|\b(?:us|u\.s\.|american) dollars?\b|\busd\b|"
    rf"(?:{_FIGURE_WORD})\s+(?:us|u\.s\.?)(?=\s*(?:[,;:!?]|\.(?!\w)|$))",
    re.IGNORECASE,
)


# "buck" is the informal word for the rand too (Oxford English Dictionary, "buck" n. 3: South
# African, a rand), so "bucks" is the caller's own currency to a question asked in rand.
_BUCK_CURRENCIES = frozenset({"ZAR"})
_BUCKS_RE = re.compile(r"\bbucks?\b", re.IGNORECASE)


# The currencies FOREIGN_RE names by a word after a figure ("fifty thousand won", "five hundred
# rand"): the question's own currency by name is no other (answers blind63 had asked "... thousand
# rand." again for an amount asked in rand).
_AFTER_FIGURE = {"won": "KRW", "real": "BRL", "rand": "ZAR"}
_FOREIGN_CODES |= _AFTER_FIGURE


def _foreign_code(found: str) -> str:
    """The ISO 4217 code of a FOREIGN_RE match ("hundred rand" -> "ZAR", "new  zealand" -> "NZD"),
    "other" for one it does not know."""
    word = re.sub(r"\s+", " ", found.lower())
    last = word.rsplit(" ", 1)[-1]
    return _FOREIGN_CODES.get(last if last in _AFTER_FIGURE else word, "other")


def other_currency(text: str, currency: str = "USD") -> bool:
    """True when ``text`` names a currency other than ``currency`` (an ISO 4217 code): a sign
    (€ £ ¥ ₹), a word ("quid", "euros", "rupees", "rs 500") or another dollar ("Canadian", "A$").
    "pounds" alone is left to the caller's context (it is also a weight); a bare "dollars" is the
    caller's currency when ``currency`` is a dollar (USD, CAD, AUD ...), another one otherwise; the
    question's own currency by name is no other ("rupees" for INR, "New Zealand dollars" or "NZ$"
    for NZD, "rand" for ZAR), the US dollar by name is one for a question in another dollar; "bucks"
    is the rand's own slang to a question in rand; any ISO 4217 code typed beside a figure ("MYR 350",
    :func:`codes_beside_figures`) is that currency. Used to ask again,
    never to convert: no exchange rate is guessed."""
    found = [re.sub(r"[\s.\d]+$", "", m.group(0).lower()) for m in _NAMED_CURRENCY_RE.finditer(text)]
    codes = {CURRENCY_SIGNS.get(f, "other") for f in found}
    codes |= {_foreign_code(m.group(0)) for m in FOREIGN_RE.finditer(text)}
    if currency.upper() != "USD" and _US_DOLLAR_RE.search(text):
        codes.add("USD")  # "fifty US dollars" to a question asked in New Zealand dollars
    codes |= codes_beside_figures(text)  # "MYR 350", "120 GHS" to a question in dollars
    said = _BUCKS_RE.sub(" ", text) if currency.upper() in _BUCK_CURRENCIES else text
    if currency.upper() not in _DOLLAR_CURRENCIES and _DOLLAR_SAID_RE.search(said):
        # "About fifty dollars." to a question asked in euro (answers blind58 had stored 50): a
        # dollar is never the caller's currency when the question is asked in another one
        codes.add("USD")
    codes.discard(currency)
    return bool(codes)


# ISO 4217 codes that are English words or abbreviations too (those Princeton WordNet 3.0 lists:
# "all 40", "top 10", "try 2", "pen", "cup", "mad"): never taken for a currency beside a figure.
_CODES_THAT_ARE_WORDS = frozenset(
    "ADP ALL AMD ANG ARA ARM ARP ARS ATS BAD BAM BAN BEL BOB BOP CAD COP CUP ECS ERN ESP GEL GIP ILS INR KGS "
    "KYD MAD MOP MVP NAD PEI PEN PES RHD RON RUB SIT SLE SOS STD SUR THB TOP TRY USN USS".split()
)
_CODE_BESIDE_FIGURE = re.compile(r"\b([a-z]{3})\s?(?=\d)|\d\s?([a-z]{3})\b", re.IGNORECASE)


@functools.cache
def _iso_codes() -> frozenset[str]:
    """The ISO 4217 codes CLDR (babel) knows, without the X codes (gold, the SDR, testing)."""
    from babel import Locale

    return frozenset(c for c in Locale.parse("en").currencies if len(c) == 3 and not c.startswith("X"))


def codes_beside_figures(text: str) -> set[str]:
    """The ISO 4217 codes typed right before or after a figure in ``text`` ("MYR 350", "GHS120",
    "350 myr" -> ``{"MYR"}``; "USD 18" -> ``{"USD"}``), codes that are English words too left out
    ("top 10", "all 3": :data:`_CODES_THAT_ARE_WORDS`). A code beside an amount names its currency
    as plainly as a word does (the known leftover "MYR 350, GHS 120" had been stored as an amount
    in dollars)."""
    found = set()
    for m in _CODE_BESIDE_FIGURE.finditer(text):
        code = (m.group(1) or m.group(2)).upper()
        if code in _iso_codes() and code not in _CODES_THAT_ARE_WORDS:
            found.add(code)
    return found


@functools.cache
def _cldr_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of every currency's English name in CLDR (singular and plural, lower case) and the
    ISO 4217 code of each name. Left out: the US dollar (the product's default), the X codes that
    are no country's money (gold, silver, the SDR) and the dated historical names ("(1993-2000)")."""
    from babel import Locale
    from babel.numbers import get_currency_name

    names: dict[str, str] = {}
    for code in Locale.parse("en").currencies:
        if code.startswith("X") or code == "USD":
            continue
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if "(" not in name:
                names.setdefault(name, code)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), names


def named_currency(text: str) -> str | None:
    """The ISO 4217 code of the first currency ``text`` names by its full English name in CLDR
    ("How much, in Kenyan shillings?" -> ``"KES"``, "in Swiss francs" -> ``"CHF"``), by its
    country's name before the money's own word ("in Ghana cedis" -> ``"GHS"``, "Kenya shillings"),
    or by that word alone after "in" when one current currency has it ("in ringgit" -> ``"MYR"``,
    "in cedis"; not "in shillings", which four countries use); ``None`` when it names none. The US
    dollar is never returned (it is the default). Answers blind67 had stored "About a hundred
    dollars." as 100 for a question asked in Kenyan shillings, answers blind71 "Fifty dollars." as 50
    for one asked "in Ghana cedis": the question's currency was not known, so the dollar was taken
    for its own."""
    t = re.sub(r"\s+", " ", text.lower())
    pattern, names = _cldr_names()
    found = pattern.search(t)
    if found:
        return names[found.group(0)]
    country, _alone, units = _local_names()
    found = country.search(t)
    return units[found.group(1)] if found else asked_in_word(t)


# Money words that are everyday English words too ("in real terms", "in marks out of ten", "in
# gold"): never a currency said alone.
_ENGLISH_WORDS = frozenset({"real", "reals", "gold", "value", "mark", "marks", "sol", "soles", "dram", "drams", "dong"})
_ENGLISH_WORDS |= {"kip", "kips", "kina", "tala", "won", "inti", "sucre"}


@functools.cache
def _local_names() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Patterns of a current currency named the way its users say it (CLDR English data, babel):
    a country's name and the last word of its tender's name ("ghana cedis"), and that word alone
    after "in" when no other current currency shares it ("in cedis"); group 1 is the key of the
    returned map to ISO 4217 codes. The US dollar is left out (the default)."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    territories = Locale.parse("en").territories
    by_phrase: dict[str, str] = {}
    by_word: dict[str, set[str]] = {}
    for territory, place in territories.items():
        if not territory.isalpha() or "(" in place:
            continue
        for code in get_territory_currencies(territory, tender=True):
            if code == "USD" or code.startswith("X"):
                continue
            for count in (1, 2):
                word = get_currency_name(code, count=count, locale="en").lower().rsplit(" ", 1)[-1]
                if word in ("dollar", "dollars"):
                    continue  # "Canada dollars" is left to the dollar rules of other_currency
                by_phrase.setdefault(f"{place.lower()} {word}", code)
                by_word.setdefault(word, set()).add(code)
    alone = {w: next(iter(c)) for w, c in by_word.items() if len(c) == 1 and w not in _ENGLISH_WORDS}
    units = by_phrase | alone

    def alternation(keys) -> str:
        return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))

    return (
        re.compile(rf"\b({alternation(by_phrase)})\b"),
        re.compile(rf"\bin ({alternation(alone)})\b"),
        units,
    )


def asked_in_word(text: str) -> str | None:
    """The ISO 4217 code of a currency ``text`` names after "in" by the last word of its CLDR
    English name, when that word names one current currency only: "How much was your bill, in
    ringgit?" -> ``"MYR"``, "in cedis" -> ``"GHS"``; ``None`` otherwise ("in dollars", "in real
    terms", "in shillings": four countries'). Answers blind72 had taken a question "in ringgit" for
    one in US dollars and stored "Around a hundred US dollars" as 100."""
    _country, alone, units = _local_names()
    found = alone.search(re.sub(r"\s+", " ", text.lower()))
    return units[found.group(1)] if found else None


def own_name(code: str) -> re.Pattern[str] | None:
    """A pattern of the words that name the currency ``code`` (ISO 4217) in CLDR English: its full
    name, singular or plural ("Kenyan shilling(s)"), and the name's last word ("shilling(s)"), for a
    currency :func:`named_currency` can find; ``None`` for any other (the US dollar, the X codes).
    "Five thousand shillings." to a question asked in Kenyan shillings names the question's own
    currency, not a count of things (answers blind67 had asked it again)."""
    _pattern, names = _cldr_names()
    own = {n for n, c in names.items() if c == code}
    own |= {n.rsplit(" ", 1)[-1] for n in own}
    if not own:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(own, key=len, reverse=True)) + r")\b")
