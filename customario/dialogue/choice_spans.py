"""Where a choice's words are said in an answer (issue 11): the phrase as a pattern (a space and a
hyphen alike), the offsets where it is said (plurals, a left-out article, "your own site"), where
it ends, a crude word stem, and the mentions heard only inside a longer choice ("economy" inside
"premium economy": :func:`outside_longer`).

Split from :mod:`customario.dialogue.choices` (which re-exports these names). Pure functions on
cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import clean, number_words, numbers_in


def phrase_rx(phrase: str) -> str:
    """``phrase`` as a pattern in which a space and a hyphen are the same ("smart-home" = "smart home")."""
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase))


_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_SMALL_NUMBERS) + r"|[0-9]|1[0-9]|20)\b")


def number_forms(phrase: str) -> set[str]:
    """``phrase`` with its small whole numbers (0-20) written the other way: "every eight weeks" →
    {"every 8 weeks"}, "3 months" → {"three months"}. A caller types "every 8 wks" for the choice
    labelled "every eight weeks" (answers blind58 asked it again). Empty when it holds none."""
    if not _NUMBER_WORD.search(phrase):
        return set()

    def swap(m: re.Match) -> str:
        w = m.group(0)
        return _SMALL_NUMBERS[int(w)] if w.isdigit() else str(_SMALL_NUMBERS.index(w))

    return {_NUMBER_WORD.sub(swap, phrase)}


# Units written short after a number, as typed ("every 8 wks", "6 mths", "2 hrs").
_UNIT_SHORT = {
    "wk": "week", "wks": "weeks", "mth": "month", "mths": "months", "mo": "month", "mos": "months",
    "yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours", "min": "minute", "mins": "minutes",
}  # fmt: skip
_UNIT_AFTER_NUMBER = re.compile(
    r"(\d|\b(?:" + "|".join(_SMALL_NUMBERS[:10]) + r"|a|an))(\s?)(" + "|".join(_UNIT_SHORT) + r")\b"
)


def units_spelt(t: str) -> str:
    """``t`` (cleaned) with a unit written short after a number spelt out: "every 8 wks" → "every 8
    weeks", so that it names the choice "every eight weeks" (:func:`number_forms`)."""
    return _UNIT_AFTER_NUMBER.sub(lambda m: f"{m.group(1)} {_UNIT_SHORT[m.group(3)]}", t)


def said_end(phrase: str, t: str, pos: int) -> int:
    """Where ``phrase`` said at ``pos`` of ``t`` ends: its leading article may have been left out,
    and a phrase written in the plural said once ("afternoons" said "afternoon", as
    :func:`phrase_positions` finds it). Measuring the written plural instead ran one letter past the
    word said, so "morning and afternoon" (a choice of its own) no longer held the "afternoon" of
    another choice and both were named (answers blind51)."""
    p = clean(phrase)
    bare = re.sub(r"^(a|an|the)\s+", "", p)
    for said in (p, bare, p[:-1], bare[:-1], *number_forms(p), *number_forms(bare)):
        if said and t.startswith(said, pos) and not re.match(r"[a-z0-9]", t[pos + len(said) : pos + len(said) + 1]):
            return pos + len(said)
    return pos + len(p if t.startswith(p, pos) else bare)


def word_stem(word: str) -> str:
    """A crude stem: "studied" and "studying" → "study", "swimming" → "swim", "packed" → "pack"."""
    word = re.sub(r"(ied|ies|ying)$", "y", word)  # "studied", "studies", "studying" → "study"
    stem = re.sub(r"(ing|ed|ers|er|es|s)$", "", word)
    return re.sub(r"([bdgmnprt])\1$", r"\1", stem)  # "swimming" → "swim", "shopped" → "shop"


_OWN = re.compile(r"\b(my|your|our|their|his|her|its|[a-z]+'s)( own)\b")


def _without_own(text: str) -> str:
    """``text`` with "own" after a possessive blanked out, keeping every position ("your own site"
    names "your site", "the hotel's own website" is "the hotel's website")."""
    return _OWN.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


# A run of two or more single letters each followed by a stop ("b.b.c.", "n.h.s", "u.s.a."): an
# abbreviation written the way style guides that keep stops write it.
_DOTTED = re.compile(r"(?<![a-z0-9.])((?:[a-z]\.){1,}[a-z])\.?(?![a-z0-9])")


def _undotted(phrase: str) -> set[str]:
    """``phrase`` with each abbreviation written with stops ("b.b.c.") in the forms the same letters
    take when typed or spelt: the last stop dropped ("b.b.c"), letter by letter ("b b c") and run
    together ("bbc"), the last only where the letters cannot be read as a word of two letters ("u.s."
    is never "us", "a.m." never "am")."""
    out: set[str] = set()
    for m in _DOTTED.finditer(phrase):
        letters = m.group(1)
        joined = letters.replace(".", "")
        forms = [letters, letters.replace(".", " ")]
        if len(joined) >= 3 or not re.search(r"[aeiouy]", joined):
            forms.append(joined)
        out |= {phrase[: m.start()] + f + phrase[m.end() :] for f in forms}
    return out


def phrase_positions(phrase: str, text: str) -> list[int]:
    """Start offsets in ``text`` (cleaned) where ``phrase`` is said: whole words, a plural ending
    allowed, a leading article optional, "own" after a possessive ignored, and a web address also
    as spoken ("booking.com" = "booking dot com")."""
    phrase = _without_own(clean(phrase))
    if not phrase.strip():
        return []
    text = _without_own(text)
    variants = {phrase, re.sub(r"(?<=[a-z0-9])\.(?=(com|net|org|co|uk|io)\b)", " dot ", phrase), *number_forms(phrase)}
    # "B.B.C." is said "BBC", typed "bbc", "B.B.C" or spelt "b b c": letters written with stops
    # "online travel agency" names the label "an online travel agency": a leading article is optional
    # (never the letter "a" of a spelt abbreviation: "a m" for "a.m." is no article before "m")
    variants |= {v for v in (re.sub(r"^(a|an|the)\s+(?=\S)", "", v) for v in variants) if v.strip()}
    variants |= {u for v in set(variants) for u in _undotted(v)}
    # A synonym written in the plural names the thing said once: "PCs" is said "a PC", "DVDs" "the DVD"
    variants |= {v[:-1] for v in variants if re.search(r"(?:[bcdfgkmnprtvz]|(?<=[^aeiou])e)s$", v) and len(v) >= 3}
    return sorted(
        m.start()
        for m in {m for v in variants for m in re.finditer(rf"(?<![a-z0-9]){phrase_rx(v)}(?:s|es)?(?![a-z0-9])", text)}
        if (not _BOUND_PREFIX.search(text[: m.start()]) or _BOUND_PREFIX.search(phrase))
        and not counted_period(text, m.start(), phrase)
    )


# A prefix joined to the word after it that makes it another thing: "bi-monthly" (every two months,
# or twice a month) is not "monthly", "semi-detached" not "detached", "non-smoking" not "smoking"
# (answers blind58 had stored "Bi-monthly." as the "monthly" choice). Said apart, "bi monthly" and
# "non smoking" too; "un-", "half-", "twice-" only with their hyphen.
_BOUND_PREFIX = re.compile(r"(?<![a-z0-9'])(?:(?:bi|semi|tri|non)[\s-]|(?:un|half|twice|thrice|anti|multi|ex)-)$")
_JOINED_PREFIX = ("bi", "semi", "tri", "non")


# A count above one joined to a unit of time names another length: "the six-month one" is no
# "monthly" ticket, "every two weeks" no "weekly" visit, "a 3-year plan" no "year" (held-out answers
# blind59 had stored "The six-month one." as the monthly season ticket). "One month" and "a month"
# are the unit itself; a synonym that says its own count ("three month") is matched whole.
_PERIOD_UNIT = re.compile(r"(?:day|week|fortnight|month|year|hour|night|minute|term|quarter|season)")
# A count above one, in digits or words (longest words first): "6", "18", "2.5", "six", "eighteen".
_ABOVE_ONE = r"\d*[02-9]|1\d+|\d+\.\d+|" + "|".join(
    sorted({number_words(n) for n in range(2, 100)}, key=len, reverse=True)
)
_COUNT_ABOVE_ONE = re.compile(
    rf"(?<![a-z0-9'.])(?:{_ABOVE_ONE}|a few|few|several|couple of|a couple of|half a|one and a half|multiple)[\s-]+$"
)


# A count above one and its unit of time, as said ("six-month", "two weeks", "18 months").
_COUNTED_PERIOD = re.compile(
    rf"(?<![a-z0-9'.])(?P<count>{_ABOVE_ONE}|several|few)[\s-]+(?P<unit>{_PERIOD_UNIT.pattern})s?\b"
)


def periods_joined(t: str, said: str) -> str:
    """``t`` (cleaned) with each count above one and its unit of time ("the six-month one", "every
    two weeks") written as one word ("sixmonths"), so that no reading of the choices finds the unit
    in it ("monthly", "weekly"); left as said where ``said`` (the choices' names, lower-case words)
    holds that count and unit, in digits or in words ("three month", "5 years")."""

    def joined(m: re.Match) -> str:
        value = numbers_in(m.group("count"))
        forms = {m.group("count"), *((f"{value[0]:g}", number_words(int(value[0]))) if value else ())}
        if any(re.search(rf"\b{re.escape(f)} {m.group('unit')}s?\b", said) for f in forms):
            return m.group(0)
        count = m.group("count")
        count = number_words(int(count)) if count.isdigit() else count.replace(".", "point")
        return re.sub(r"[^a-z]", "", f"{count}{m.group('unit')}s")

    return _COUNTED_PERIOD.sub(joined, t)


def counted_period(text: str, pos: int, phrase: str) -> bool:
    """True when the word at ``pos`` of ``text`` (cleaned) is a unit of time
    (:data:`_PERIOD_UNIT`) after a count above one ("six-month", "every two weeks", "3 year") and
    ``phrase`` (the choice's name said there) does not open with a count of its own: the caller
    names a length the choice is not."""
    if not _PERIOD_UNIT.match(text, pos) or re.match(
        r"\W*(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|half|several|few|couple)\b)",
        clean(phrase),
    ):
        return False
    return bool(_COUNT_ABOVE_ONE.search(text[:pos]))


def prefixed(text: str, pos: int, word: str = "", phrase: str = "") -> bool:
    """True when the word at ``pos`` of ``text`` (cleaned) has a prefix that makes it another thing
    (:data:`_BOUND_PREFIX`: "bi-monthly", "semi monthly"), or when ``word`` is ``phrase`` with such
    a prefix run into it ("bimonthly" for "monthly"), so that neither is read as the bare word."""
    if _BOUND_PREFIX.search(text[:pos]) or counted_period(text, pos, phrase):
        return True  # "bi-monthly", and "six-month" (a count before a unit of time) too
    return bool(phrase) and word != phrase and word.endswith(phrase) and word[: -len(phrase)] in _JOINED_PREFIX


# Words that open a label without saying what kind of thing it is: "by phone", "on our website",
# "in a store", "as a foot passenger", and words that join, "out of fuel", "a mix of both".
_FUNCTION_WORDS = frozenset(
    """a an the by on in at to as via over our your their my of for with from out off into onto""".split()
)


def kind_dropped(choice: Any) -> bool:
    """True when the choice's label names a kind of its code's thing, the code word being the head
    noun after a word of content ("an adjustable base" for the code ``base``): said alone, the code
    word names the thing of any kind ("A base." may be a bed base), so it is read back (answers
    blind48 had stored it). "By phone", "a medium unit", "running out of fuel", "a mix of both": the
    code word is the label's only word of content, or no head modified, and stands for the choice."""
    words = re.findall(r"[a-z0-9']+", clean(choice.label))
    code = clean(choice.code.replace("_", " "))
    return len(words) >= 2 and words[-1] == code and words[-2] not in _FUNCTION_WORDS


def outside_longer(spans: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """``spans`` (code → [(start, end)] of each mention of a choice in one text) without the
    mentions that lie inside a longer mention of another choice: "premium economy" holds
    "economy", "an economy plus seat" (a synonym of premium economy) too, so there only the longer
    choice is named; "not economy, premium economy" still names economy once (negated)."""
    every = [(code, a, b) for code, its in spans.items() for a, b in its]
    return {
        code: [
            (s, e)
            for s, e in its
            if not any(o != code and a <= s and e <= b and (b - a) > (e - s) for o, a, b in every)
        ]
        for code, its in spans.items()
    }


# A place counted from the end of the list read out: "the last but one", "second to last", "next to
# last", "the one before last" (-2), "the last but two", "third from last" (-3). Ordinary English
# ordinals from the end (Oxford English Dictionary, s.v. "last but one", "penultimate").
_FROM_END = (
    (
        re.compile(
            r"\b(?:last but one|(?:second|2nd|next)(?:[\s-]+(?:to|from)[\s-]+|[\s-]+)last|"
            r"(?:the )?one before (?:the )?last(?: one)?|penultimate)\b"
            r"(?! (?:time|day|night|week|weekend|month|year|visit|order|call|round|trip)\b)"
        ),
        "penultimate",
    ),
    (
        re.compile(
            r"\b(?:last but two|(?:third|3rd)(?:[\s-]+(?:to|from)[\s-]+|[\s-]+)last|antepenultimate)\b"
            r"(?! (?:time|day|night|week|weekend|month|year|visit|order|call|round|trip)\b)"
        ),
        "antepenultimate",
    ),
)
# Their places, as indexes into the list of choices (Python's negative indexes).
FROM_END_INDEX = {"penultimate": -2, "antepenultimate": -3}


def ordinals_from_end(t: str) -> str:
    """``t`` (cleaned) with a place counted from the end said as one word: "the first and the last
    but one" → "the first and the penultimate", "second to last" → "penultimate", "third from last"
    → "antepenultimate" (:data:`FROM_END_INDEX` gives their places), so that "second" and "last"
    are not read as two places of their own; ``t`` itself when it has none."""
    for rx, word in _FROM_END:
        t = rx.sub(word, t)
    return t


# Two places in the list offered as alternatives: "the first or the second one, can't recall",
# "either the third or the last option". Like two choices named with "or", the caller has not
# chosen between them: across the answers corpora such alternatives with a lapse of memory ("X or
# Y, can't remember which") are coded ambiguous (asked again), not don't-know.
_PLACE = r"(?:first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)"
# "The first two or three, I'm not sure": a run of places whose length is not chosen either (answers
# blind40 had coded it don't-know).
_COUNT = r"(?:two|three|four|five|2|3|4|5)"
_PLACES_OR = re.compile(
    rf"\b(?:the )?{_PLACE}(?: one| option| choice)?,? or (?:maybe |perhaps |possibly )?(?:the )?{_PLACE}\b|"
    # "Maybe the first one, maybe the second": two places each hedged on its own (answers blind46)
    rf"\b(?:maybe|perhaps|possibly) (?:it was |it's )?(?:the )?{_PLACE}(?: one| option| choice)?\W+(?:or )?"
    rf"(?:maybe|perhaps|possibly) (?:it was |it's )?(?:the )?{_PLACE}\b|"
    # "One of the first two, I can't remember which" (answers blind45 had coded it don't-know)
    rf"\bone of the (?:first|last|top|bottom) {_COUNT}\b|"
    rf"\b(?:the )?(?:first|last|top) {_COUNT}(?: ones?| options?| choices?)?,? or (?:(?:maybe |perhaps |possibly )?{_COUNT}|so)\b"
)


# Two alternatives said with "or" and then a lapse about which of them it was: "the two or the four,
# can't remember which", "steam or dry, I can never remember which", "either the spa or the gym, not
# sure which one". The alternatives need not be choices the parser knows ("the two or the four" to
# two-, four- and six-berth vans): the caller has narrowed the answer to them and not chosen, which
# across the answers corpora is coded ambiguous (asked again) some forty times and don't-know once
# (answers blind66 had coded "The two or the four, can't remember which" don't-know).
_WHICH_FORGOTTEN = re.compile(
    r"\b(?:can'?t|cannot|can not|couldn'?t|don'?t|do not|didn'?t|never|not) (?:\w+ )?"
    r"(?:remember|recall|recollect|know|sure|tell)\W+which\b|\b(?:forget|forgot|forgotten) which\b"
)
_OR_BEFORE = re.compile(r"\w[^.!?;]*\bor\b[^.!?;]*\w")


def alternatives_forgotten(t: str) -> bool:
    """True when ``t`` (cleaned) offers two alternatives joined by "or" and then says the caller
    does not remember which of them it was ("the two or the four, can't remember which"): an
    answer narrowed and not chosen, never a don't-know."""
    m = _WHICH_FORGOTTEN.search(t)
    return bool(m) and bool(_OR_BEFORE.search(t[: m.start()]))


def places_or(t: str) -> bool:
    """True when ``t`` (cleaned) offers two places of the list as alternatives ("the first or the
    second one", "the first two or three", "maybe the first one, maybe the second"): named choices
    not chosen between, never a don't-know."""
    return bool(_PLACES_OR.search(t))


# An ordinal that places something else than a choice: "I came first!", "at first", "the first time",
# "last time" (answers blind42 had read "The podium photo, I came first!" as the first choice too);
# and the list itself named after a place: "the last one on your list".
_ORDINAL_ASIDE = re.compile(
    r"\b(?:came|come|comes|finished|finish|placed|went|go|goes|got in|crossed the line) (?:in )?(?:first|second|third|last)\b"
    r"(?! (?:one|option|choice)\b)|\bat (?:first|last)\b|\b(?:first|last) (?:time|of all|thing|year|week|month|night|visit)\b|"
    # "The website first, and emails after", "first the app, then the phone": "first" orders what
    # was done, a sequence adverb before "then" / "after" (answers blind51 had read it as the first
    # choice too); "the first one, then the third" keeps its places
    r"(?<!\bthe )\b(?:first|firstly)\b(?! (?:one|option|choice|two|three|and)\b)"
    r"(?=[^.!?]*\b(?:then|after|afterwards|later|next)\b)"
)
_ON_THE_LIST = re.compile(
    r"\s+(?:(?:on|in|from|of) (?:your|the|that|this) (?:list|options|choices)|(?:that )?you (?:read out|said|mentioned|listed|gave))"
    r"(?=\W*$)"
)


def ordinal_places(t: str) -> str:
    """``t`` (cleaned) without the ordinals that place something else than a choice of the list
    ("I came first", "at first", "last time") and without the list named after a place ("the last
    one on your list" → "the last one")."""
    return _ON_THE_LIST.sub("", _ORDINAL_ASIDE.sub(" ", t))
