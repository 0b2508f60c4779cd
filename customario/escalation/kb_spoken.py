"""Model numbers said aloud, written as the knowledge base writes them (issue 11).

Speech-to-text writes what a caller says: "a forty sixty" for an RTX 4060, "DDR five" for DDR5, "AM
five" for AM5. The articles write the digits, so the words find nothing (the number words are even
stop words). :func:`spoken_model_numbers` rewrites such runs in a caller's question before the
search reads it, and only when the result is a word the articles in scope actually use (their
vocabulary): "forty sixty" becomes "4060" only in a base that names a 4060. Two readings are tried:

- two tens said one after the other ("forty sixty" → 4060, "forty-seventy" → 4070): how model
  numbers of four digits are read aloud;
- a word of letters followed by one spoken or written digit ("DDR five", "ddr 4", "AM five") joined
  into one word ("ddr5", "ddr4", "am5"), unless the letters are an everyday word written in lower
  case ("I am five minutes late") or a word the articles use alone ("2 pm");
- a number said in words the long way ("four thousand ninety" → 4090, "seven thousand six hundred"
  → 7600), and an ordinal from "third" on ("fourteenth" → "14th"), read by text2num's ``alpha2digit``;
- a family name glued to its model number ("rtx4060") written apart ("rtx 4060") when the articles
  write both words but never the glued one;
- a model number of three to five digits followed by its suffix apart ("7600 x", "13900 k", "5800
  x3d") joined into the one word the articles write ("7600x").

A model's suffix word shortened to its first letter ("4070S", "4070 S" for the RTX 4070 Super) is
written out by :func:`written_suffix` when the articles write that number before one capitalised
word beginning with those letters.

Nothing else changes: an amount or a count the caller states ("two years", "five hundred bucks")
is left alone.
"""

from __future__ import annotations

import re

from customario.escalation.kb_words import STOPWORDS, light_stem

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNIT_DIGIT = {w: str(i) for i, w in enumerate(_UNITS)}
TENS_DIGITS = {w: str(10 * (i + 1)) for i, w in enumerate(_TENS)}
_TENS_PAIR = re.compile(rf"\b({'|'.join(_TENS)})[\s-]+({'|'.join(_TENS)})\b", re.I)
_LETTERS_DIGIT = re.compile(
    rf"\b([a-z]{{2,4}})[\s-]+({'|'.join(_UNITS[1:])}|[1-9])\b(?![\s-]*(?:{'|'.join(_TENS)})\b)", re.I
)


# A run of number words with a "thousand" or "hundred" in it ("four thousand ninety").
_NUMBER_WORDS = "|".join(
    [
        *_UNITS,
        *_TENS,
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
)
_LONG_NUMBER = re.compile(
    rf"\b(?:(?:{_NUMBER_WORDS})[\s-]+)+(?:thousand|hundred)(?:[\s-]+(?:and[\s-]+)?(?:{_NUMBER_WORDS}|hundred))*\b",
    re.I,
)


def _long_number(m: re.Match, vocabulary: set[str]) -> str:
    """The digits of a number said in words (``text_to_num.alpha2digit``) when the articles use
    them as a word; the words otherwise."""
    from text_to_num import alpha2digit

    digits = alpha2digit(m.group(0).lower(), "en").replace(" ", "")
    return digits if digits.isdigit() and digits in vocabulary else m.group(0)


# An ordinal said in words from "third" on, before the word it ranks ("fourteenth generation",
# "twenty-first century"): "first" and "second" are everyday words too ("first time", "second hand").
_ORDINAL = re.compile(
    r"\b(?:(?:twenty|thirty)[\s-])?(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b"
    r"(?=[\s-]+[a-z])",  # before the thing it ranks ("sixteenth street"), not a birthday ("for her sixteenth.")
    re.I,
)


def _ordinal(m: re.Match, vocabulary: set[str]) -> str:
    """ "fourteenth" → "14th" (``text_to_num.alpha2digit``) when the articles write "14th"; the
    words otherwise (kb blind66 had read an Intel "fourteenth generation" question without its
    generation and answered the DDR4/DDR5 sentence of another processor)."""
    from text_to_num import alpha2digit

    written = alpha2digit(m.group(0).lower(), "en").replace(" ", "")
    return written if written in vocabulary else m.group(0)


_GLUED = re.compile(r"\b([a-z]{2,5})(\d{3,5})\b", re.I)


def _unglued(m: re.Match, vocabulary: set[str]) -> str:
    """ "rtx4060" → "rtx 4060" when the articles have "rtx" and "4060" but not "rtx4060"."""
    letters, digits = m.group(1), m.group(2)
    whole = (letters + digits).lower()
    apart = letters.lower() in vocabulary and digits in vocabulary and whole not in vocabulary
    return f"{letters} {digits}" if apart else m.group(0)


_NUMBER_SUFFIX = re.compile(r"\b(\d{3,5})[\s-]+([a-z][a-z0-9]{0,3})\b", re.I)


def spoken_model_numbers(query: str, vocabulary: set[str]) -> str:
    """``query`` with model numbers said aloud written as digits, when the digits are a word of
    ``vocabulary`` (lower-case words of the articles in scope). "how many watts for a forty sixty"
    → "how many watts for a 4060" when some article names the 4060; "is AM five DDR five only" →
    "is am5 ddr5 only". Unknown results are left as spoken."""

    def pair(m: re.Match) -> str:
        digits = TENS_DIGITS[m.group(1).lower()] + TENS_DIGITS[m.group(2).lower()]
        return digits if digits in vocabulary else m.group(0)

    def joined(m: re.Match) -> str:
        digit = UNIT_DIGIT.get(m.group(2).lower(), m.group(2))
        word = m.group(1).lower() + digit
        letters = m.group(1)
        # An everyday word ("I am five minutes late") is joined only when written as letters ("AM").
        everyday = letters.lower() in STOPWORDS and not letters.isupper()
        known = word in vocabulary and letters.lower() not in vocabulary - {word}
        return word if known and not everyday else m.group(0)

    def suffixed(m: re.Match) -> str:
        word = (m.group(1) + m.group(2)).lower()
        return word if word in vocabulary and m.group(2).lower() not in vocabulary else m.group(0)

    text = _LONG_NUMBER.sub(lambda m: _long_number(m, vocabulary), query or "")
    text = _ORDINAL.sub(lambda m: _ordinal(m, vocabulary), text)
    text = _TENS_PAIR.sub(pair, _GLUED.sub(lambda m: _unglued(m, vocabulary), text))
    return _NUMBER_SUFFIX.sub(suffixed, _LETTERS_DIGIT.sub(joined, text))


_SHORT_SUFFIX = re.compile(r"\b(\d{3,5})\s?([a-z]{1,2})\b", re.I)


def written_suffix(query: str, articles: list[dict]) -> str:
    """``query`` with a model number whose suffix word is shortened to its first letters ("4070S",
    "4070 s") written as the articles write it ("4070 Super"): when the articles (dicts with
    ``question`` and ``answer``) write that number before exactly one capitalised word starting with
    those letters and never write the shortened form itself. "two 4090s" stays (no article writes
    the 4090 before such a word). Source: kb blind30, blind32, blind34, blind37 ("what psu for a
    4070S?" was held back: the answer names no "4070s")."""
    text = " ".join(f"{a.get('question') or ''} {a.get('answer') or ''}" for a in articles)

    def written(m: re.Match) -> str:
        number, letters = m.group(1), m.group(2)
        if re.search(rf"\b{number}{letters}\b", text, re.I):
            return m.group(0)  # the articles write it so ("7600X")
        words = {w for w in re.findall(rf"\b{number}\s+([A-Z][a-z]+)\b", text) if w.lower().startswith(letters.lower())}
        return f"{number} {words.pop()}" if len(words) == 1 else m.group(0)

    return _SHORT_SUFFIX.sub(written, query or "")


# A word said syllable by syllable and written with hyphens ("bally-arge", "ker-a-tin").
_HYPHENED_RE = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b", re.I)


def sounded_out_words(query: str, vocabulary: set[str]) -> str:
    """``query`` with a service or product word the caller sounded out written as the articles
    write it ("How much is the bally-arge?" → "... the balayage?"), or ``query`` unchanged.

    A run of letters joined by hyphens ("bally-arge"), read as one word, is replaced when it is no
    word of the articles (``vocabulary``), no English word (the CMU dictionary,
    :func:`customario.dialogue.typos.english_words`), not a plural of an article's word, and
    exactly one word of ``vocabulary`` of six letters or more, with the same first letter, is at
    most two edits away (optimal string alignment: a letter added, dropped, changed, or two
    swapped). A single word of eight letters or more is replaced on the same terms when that word
    is exactly two edits away ("bayalage"): one edit is read later by ``kb_words.correct_typos``.
    Two edits are allowed only for such long words, where two words of a base rarely sit that close. Without the dictionary nothing changes. Source: issue 11,
    kb blind70 ("the bally-arge?" was answered with full highlights)."""
    # Most questions hold no such word: the vocabulary's stems and long words are built only for one.
    said = [m.group(0).replace("-", "") for m in _HYPHENED_RE.finditer(query)]
    said = [w for w in said if len(w) >= 7] + re.findall(r"\b[a-z]{8,}\b", query, flags=re.I)
    if all(w.lower() in vocabulary for w in said):
        return query
    from rapidfuzz.distance import OSA

    from customario.dialogue.typos import english_words

    known = english_words()
    if not known:
        return query
    long_words = tuple(v for v in vocabulary if len(v) >= 6 and v.isalpha())
    stems = {light_stem(v) for v in vocabulary}

    def one_near(word: str, edits: tuple[int, ...]) -> str | None:
        low = word.lower()
        if low in vocabulary or low in known or light_stem(low) in stems:
            return None
        dist = {v: OSA.distance(low, v, score_cutoff=2) for v in long_words if v[0] == low[0]}
        if min(edits) > 1 and 1 in dist.values():
            return None  # one edit from an article's word: ``kb_words.correct_typos`` reads it
        near = {v for v, d in dist.items() if d in edits}
        return next(iter(near)) if len(near) == 1 else None

    def hyphened(m: re.Match) -> str:
        whole = m.group(0).replace("-", "")
        if len(whole) < 7:
            return m.group(0)
        return one_near(whole, (1, 2)) or m.group(0)  # "blow-dry" of "blowdry" is read as before

    query = _HYPHENED_RE.sub(hyphened, query)
    return re.sub(r"\b[a-z]{8,}\b", lambda m: one_near(m.group(0), (2,)) or m.group(0), query, flags=re.I)


# Letters said one by one ("s s d", "P.S.U.", "g-p-u"): speech-to-text writes each letter apart.
_SPELLED_RE = re.compile(r"(?<![\w.'-])(?:[a-z][.\s-]\s*){1,4}[a-z]\.?(?![\w'-])", re.I)


def spelled_letters(query: str, vocabulary: set[str]) -> str:
    """``query`` with a word said letter by letter joined as the articles write it ("my s s d is
    dead" → "my ssd is dead", "P.S.U." → "psu"), when the joined letters are a word of
    ``vocabulary`` or its plural with "s"; any other run of single letters ("a b c", "i a m") stays. Source: issue 11,
    held-out kb blind72 ("my s s d is dead after two years" read both warranties)."""

    def joined(m: re.Match) -> str:
        word = re.sub(r"[^a-z]", "", m.group(0).lower())
        return word if len(word) >= 2 and (word in vocabulary or word + "s" in vocabulary) else m.group(0)

    return _SPELLED_RE.sub(joined, query)
