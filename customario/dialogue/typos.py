"""One mistyped word as a whole answer: "eigth" (eight), "sevn" (seven), "yse" (yes), "spotles"
(the scale label "spotless").

A typed answer of a single unknown word that is one edit (a letter added, dropped, changed, or
two swapped: optimal string alignment distance, :mod:`rapidfuzz`) from words the question
understands is read as them when they all give one value; :mod:`customario.dialogue.answers` gives it the
``fuzzy`` method, which a survey reads back before storing (issue 11). Words of fewer than three
letters and English words are never corrected ("mo" is not "no", "once" is not "one", "for" is
not "four": a word of the CMU pronouncing dictionary that ships with pocketsphinx is a word), and candidates of different values ("ine":
one or nine) leave the answer unread; "yeh" (yes or yeah) is yes. :func:`corrected_texts` does
the same for every such word of a longer answer ("december sevnth", "fiveteen minute"), and reads
number words built by analogy ("fiveteen", "fivety").

:func:`sound_alike_numbers` reads English words that sound like a number word where a number
stands ("tree nights", "just too", "fife"): same sounds in the CMU dictionary, or the same after
a sound change of English accents (th said as t, f or d: "tree", "free"; a final v said as f:
"fife"). A survey reads both back before storing. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz.distance import OSA

from customario.dialogue import quantities
from customario.dialogue.spoken import number_words

_YES_NO_WORDS = ("yes", "yeah", "yep", "yup", "nope", "sure", "definitely", "absolutely", "certainly")
_NUMBER_WORDS = tuple(number_words(n) for n in range(21)) + tuple(number_words(n) for n in range(30, 100, 10))


def vocabulary(question: Any) -> tuple[str, ...]:
    """The single words a question of this type understands as a whole answer: number words
    (nps, scale, number), yes/no words, one-word scale labels, date words, and the words (four
    letters or more) of a choice question's labels, codes and synonyms."""
    qtype = getattr(question, "type", None)
    words: tuple[str, ...] = ()
    if qtype in ("nps", "scale", "number"):
        words += _NUMBER_WORDS
    if qtype == "number" and quantities.asks_money(question):
        words += ("dollars", "dollar", "bucks", "cents", "pounds", "euros")  # "twenty five dollers"
    if qtype == "scale":
        words += tuple(label.lower() for label in (question.labels or {}).values() if " " not in label.strip())
    if qtype == "yes_no":
        words += _YES_NO_WORDS
    if qtype == "date":
        from customario.dialogue.spoken_dates import _ORDINALS, MONTHS, WEEKDAYS

        # "twenty" and "thirty" begin the ordinals of days 20-31 ("tweny second of jan")
        words += tuple(_ORDINALS) + tuple(MONTHS) + tuple(WEEKDAYS) + ("twenty", "thirty")
    if qtype in ("single_choice", "multi_choice"):
        # the words of the choices' labels, codes and synonyms ("plateletts" for platelets)
        said = " ".join(
            f"{c.code.replace('_', ' ')} {c.label} {' '.join(getattr(c, 'synonyms', None) or [])}"
            for c in question.choices or []
        )
        words += tuple(dict.fromkeys(w for w in re.findall(r"[a-z]{4,}", said.lower())))
    return words


# Number words built by analogy with the regular ones: "fiveteen" (fifteen), "threety" (thirty).
_ANALOGICAL = {
    f"{unit}{end}": number_words(n)
    for unit, teen, ty in (("three", 13, 30), ("four", 14, 40), ("five", 15, 50), ("eight", 18, 80), ("two", 12, 20))
    for end, n in (("teen", teen), ("ty", ty))
    if number_words(n) != f"{unit}{end}"
}


def corrected_texts(text: str, question: Any, most: int = 8) -> list[str]:
    """``text`` with each mistyped word (one edit from :func:`vocabulary`, not an English word, or
    a number word built by analogy) replaced by a word it may stand for: one text per combination
    of candidates, at most ``most``; [] when no word is corrected or there are too many
    combinations. The caller keeps a reading only when every text gives the same value."""
    import itertools

    words = vocabulary(question)
    options: list[tuple[str, list[str]]] = []
    for word in dict.fromkeys(re.findall(r"[a-z]+", text)):
        near = [_ANALOGICAL[word]] if word in _ANALOGICAL and words else candidates(word, words)
        if not near and getattr(question, "type", None) == "date":
            near = month_in_day_slot(word, text)  # "Mey tenth": an English word where a month stands
        if near:
            options.append((word, near))
    if not options:
        return []
    combos = list(itertools.islice(itertools.product(*(near for _, near in options)), most + 1))
    if len(combos) > most:
        return []
    out = []
    for combo in combos:
        fixed = text
        for (word, _), new in zip(options, combo):
            fixed = re.sub(rf"\b{word}\b", new, fixed)
        out.append(fixed)
    return out


def number_word_corrections(text: str, question: Any) -> list[str]:
    """:func:`corrected_texts` of ``text`` that put a number word (cardinal or ordinal, "tweny" →
    "twenty") where a mistyped word stood, or for a date question a month or weekday name
    ("Janury 5th" → "january 5th"); [] when no mistyped word stands for such a word. A reading
    that skipped such a word ("tweny second of jan" read as the 2nd, "Janury 5th" as the 5th of
    this month) may hold another value than the caller's."""
    from customario.dialogue.spoken_dates import _ORDINALS, MONTHS, WEEKDAYS

    numeric = set(_NUMBER_WORDS) | set(_ORDINALS)
    if getattr(question, "type", None) == "date":
        # "Janury 5th" had been stored as the 5th of this month, the month word skipped (answers
        # blind41's "Mey tenth"): a month or weekday name put where a mistyped word stood is a
        # value word too
        numeric |= set(MONTHS) | set(WEEKDAYS)
    said = set(re.findall(r"[a-z]+", text))
    # A word right after a figure is what the figure counts ("3 tix", "2 hrs"), never a second
    # number: "i got 3 tix" had been corrected to "3 six" and asked again (blind38)
    after_figure = set(re.findall(r"\d\s*([a-z]+)", text))
    return [
        x
        for x in corrected_texts(text, question)
        if (set(re.findall(r"[a-z]+", x)) - said) & numeric
        and not (set(re.findall(r"\d\s*([a-z]+)", x)) - after_figure) & set(_NUMBER_WORDS)
    ]


# Short forms of units a number is said with ("5 mins", "2 hrs"): known, though no dictionary word.
_UNIT_SHORT = frozenset("mins secs hrs yrs wks mths kms lbs ozs sqft".split())


def unknown_word_after_number(text: str) -> str | None:
    """The first word of four letters or more right after a number (digits or a number word) that
    neither the CMU pronouncing dictionary nor WordNet knows ("two fiddy", "fifty smackers"), or None.
    Such a word may be part of the amount; the caller says which when it is read back."""
    from customario.escalation import wordnet

    said = english_words()
    if not said:
        return None
    words = re.findall(r"[a-z0-9]+", text)
    numbers = set(_NUMBER_WORDS) | {"hundred", "thousand"}
    wn = wordnet.load()
    for before, word in zip(words, words[1:]):
        if not (before.isdigit() or before in numbers) or len(word) < 4 or not word.isalpha():
            continue
        if word in said or word in _UNIT_SHORT:
            continue
        if wn is not None and any(wn.lemmas(word, pos) for pos in ("noun", "verb", "adj", "adv")):
            continue
        return word
    return None


def unstretched(text: str) -> str:
    """``text`` with words stretched for emphasis said plainly: "noooo" → "no", "yesss" → "yes",
    "yeahhh" → "yeah", "yaaas" → "yas". Only a word that is no English word (CMU dictionary) and
    says a letter three times or more is changed ("fiveteen" is a typo, not a stretch): each run
    is squeezed to two letters, then to one, and the first form that is an English word is kept,
    else the form with every run squeezed to one letter."""
    said = _pronunciations()

    def plain(m: re.Match) -> str:
        word = m.group(0)
        if word in said:
            return word
        for form in (re.sub(r"([a-z])\1{2,}", r"\1\1", word), re.sub(r"([a-z])\1+", r"\1", word)):
            if form in said:
                return form
        return re.sub(r"([a-z])\1+", r"\1", word)

    return re.sub(r"[a-z]*([a-z])\1\1[a-z]*", plain, text)


# Sound changes of English accents that turn a number word into another word: th → t, f or d
# ("tree", "free"), a final v → f ("fife").
_SOUND_CHANGES = ((("TH",), ("T", "F", "D")), (("V",), ("F",)))
_FILLERS = r"(?:just|only|um+|uh+|er+|erm|hmm+|about|around|like|maybe|so|well|oh|i think|i'd say)"


@cache
def _pronunciations() -> dict[str, tuple[str, ...]]:
    """{word: its pronunciations (phones)} from the CMU dictionary (empty without it)."""
    import pocketsphinx

    path = Path(pocketsphinx.get_model_path()) / "en-us" / "cmudict-en-us.dict"
    if not path.is_file():
        return {}
    by_word: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _, phones = line.rstrip("\n").partition(" ")
            by_word.setdefault(word.split("(", 1)[0], []).append(phones)
    return {w: tuple(p) for w, p in by_word.items()}


def homophone_of(word: str, wanted: set[str]) -> str | None:
    """The one word of ``wanted`` that ``word`` sounds exactly like ("sweet" for "suite", "bred"
    for "bread"), or None: no such word, several, or ``word`` is one of them."""
    said = _pronunciations()
    if word in wanted or word not in said:
        return None
    hits = {w for w in wanted if set(said.get(w, ())) & set(said[word])}
    return hits.pop() if len(hits) == 1 else None


@cache
def _sound_alikes() -> dict[str, str]:
    """{English word: number word it sounds like} from the CMU dictionary (empty without it)."""
    by_word = _pronunciations()
    numbers = set(_NUMBER_WORDS)
    sounds: dict[str, str] = {}
    for number in numbers:
        for phones in by_word.get(number, []):
            heard = {phones}
            for (old,), new in _SOUND_CHANGES:
                parts = phones.split()
                for i, p in enumerate(parts):
                    if p == old and (old != "V" or i == len(parts) - 1):
                        heard |= {" ".join(parts[:i] + [n] + parts[i + 1 :]) for n in new}
            for h in heard:
                sounds[h] = number
    out: dict[str, str] = {}
    for word, prons in by_word.items():
        said = {sounds[p] for p in prons if p in sounds}
        if len(said) == 1 and word not in numbers and len(word) > 1:
            out[word] = said.pop()
    return out


def sound_alike_numbers(text: str, question: Any) -> str | None:
    """``text`` with a word that sounds like a number word replaced by it ("tree nights" → "three
    nights"), or None. Only where a number stands: the whole answer (fillers aside), or before
    "of them"/"of those", or before a word of the question ("How many nights...?": "tree
    nights": the noun it counts, or a unit of time). One such word only; the caller reads the
    result back."""
    from customario.dialogue.units import counted_noun

    alike = _sound_alikes()
    noun = counted_noun(question)
    counts = {noun, noun.rstrip("s")} if noun else set()
    counts |= {"minute", "minutes", "hour", "hours", "night", "nights", "day", "days", "time", "times"}
    found = []
    for m in re.finditer(r"[a-z]+", text):
        number = alike.get(m.group(0))
        if number is None:
            continue
        before, after = text[: m.start()], text[m.end() :]
        alone = re.fullmatch(rf"\W*(?:{_FILLERS}\W+)*", before) and re.fullmatch(r"\W*", after)
        nxt = re.match(r"\W*([a-z]+)(?:\W+([a-z]+))?", after)
        counted = nxt is not None and (
            (nxt.group(1) == "of" and nxt.group(2) in ("them", "those", "these", "us")) or nxt.group(1) in counts
        )
        if alone or counted:
            found.append((m, number))
    if len(found) != 1:
        return None
    m, number = found[0]
    return text[: m.start()] + number + text[m.end() :]


def candidates(word: str, words: tuple[str, ...]) -> list[str]:
    """The words of ``words`` that ``word`` may be a typo of (one edit away), or []: ``word`` is
    short, already one of ``words``, or not letters only. The caller keeps a reading only when
    every candidate gives the same value ("yeh" is "yes" or "yeah": yes either way)."""
    if len(word) < 3 or not re.fullmatch(r"[a-z]+", word) or word in words:
        return []
    near = sorted({w for w in words if len(w) >= 3 and OSA.distance(word, w) == 1})
    if not near:
        return []
    known = english_words()
    if any(f"{word[:i]}'{word[i:]}" in known for i in range(1, len(word))):
        return []  # "ive", "theyve", "hed": a contraction typed without its apostrophe (blind39: "ive" was five)
    return near if known and word not in known else []  # without the dictionary, nothing is corrected


@cache
def english_words() -> frozenset[str]:
    """The words of the CMU pronouncing dictionary (pocketsphinx's ``en-us/cmudict-en-us.dict``,
    ~126,000 words, read once in ~0.1 s); empty when the file is not there, so no word is corrected."""
    import pocketsphinx

    path = Path(pocketsphinx.get_model_path()) / "en-us" / "cmudict-en-us.dict"
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8") as fh:
        return frozenset(line.split(" ", 1)[0].split("(", 1)[0] for line in fh)


_MAGNITUDES = ("hundred", "thousand", "million")
_SLANG_MAGNITUDES = frozenset(
    {"hundy", "hunnid", "hunnit", "hundo", "hunner", "hunnert", "hunder"}
)  # read as "hundred" by answer_core
_NUMBER_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a|an))\s+$"
)


def misspelt_magnitude(text: str) -> str | None:
    """``text`` (cleaned) with a word after a number that is no English word (CMU dictionary) and
    within two edits of exactly one of "hundred", "thousand", "million" (optimal string alignment,
    :mod:`rapidfuzz`) replaced by it ("three hunnerd" → "three hundred", "fifty thousnd"); None
    when there is no such word. The word had been dropped and the number before it stored alone
    ("three hunnerd" stored 3, answers blind29): the caller reads the corrected value back."""
    said = english_words()
    out, changed = text, False
    for m in reversed(list(re.finditer(r"[a-z]{5,}", text))):
        word = m.group(0)
        if word in said or word in _SLANG_MAGNITUDES or not _NUMBER_BEFORE.search(text[: m.start()]):
            continue
        near = [w for w in _MAGNITUDES if w[:2] == word[:2] and OSA.distance(word, w) <= 2]
        if len(near) == 1:
            out, changed = out[: m.start()] + near[0] + out[m.end() :], True
    return out if changed else None


# Four-letter short forms of month and weekday names read as they are (spoken_dates.names_in_full).
_SHORT_NAMES = frozenset({"sept", "tues", "thur", "thurs", "weds"})


def month_in_day_slot(word: str, text: str) -> list[str]:
    """The month names ``word`` may be a typo of (one edit away, optimal string alignment) when it
    stands where a month stands beside a day, opening the answer or after a preposition ("Mey
    tenth", "the 3rd of Mey", "on mai 10"; not "say the second"), even when
    it is an English word ("mey", "mai", "juli" are in the CMU dictionary, so :func:`candidates`
    leaves them); [] elsewhere, for a month or weekday name, or for a short form of one ("mar",
    "jun", "sept": :func:`customario.dialogue.spoken_dates.names_in_full` reads those; "marc" is
    no short form, it is a typo of "march"). Typed
    dates are mistyped like any words (issue 11; answers blind41 "Mey tenth" had been asked again);
    the corrected reading is ``fuzzy`` and read back, and two months one edit away ("jule": June or
    July) give two values, so the answer is asked again."""
    from customario.dialogue.spoken_dates import _ORDINALS, MONTHS, WEEKDAYS

    if len(word) < 3 or word in _SHORT_NAMES or any(name[:3] == word for name in MONTHS + WEEKDAYS):
        return []
    day = r"(?:\d{1,2}(?:st|nd|rd|th)?|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"
    # where a month opens the answer or follows a preposition, never after another word ("say
    # the second": a verb, one edit from "may", answers blind35)
    lead = r"(?:^\W*(?:(?:um+|uh+|er+m?|oh|it was|on|in|by|from|until|till)\W+)*|\b(?:on|in|of|by|from|until|till)\s+)"
    slot = rf"{lead}{word}\s+(?:the\s+)?(?:(?:twenty|thirty)[\s-])?{day}\b|\b{day}\s+of\s+{word}\b"
    if not re.search(slot, text):
        return []
    return sorted(m for m in MONTHS if OSA.distance(word, m) == 1)


_LEAVING_OUT = ("except", "excluding", "besides")


def leaving_out_spelt(text: str) -> str:
    """``text`` (cleaned) with a mistyped word that takes things out of a list said in full
    ("exept", "excpet", "exluding": one edit from "except", "excluding" or "besides", or two from an
    "ex" word of six letters or more, "exepct"; not an English word) written right, so "all of them exept the teeth" is never all of them (held-out answers
    blind57 had stored every choice with the read-back of risky answers off); ``text`` otherwise."""
    english = english_words()

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if word in _LEAVING_OUT or len(word) < 5 or word in english:
            return word
        found = candidates(word, _LEAVING_OUT)
        if not found and len(word) >= 6 and word[:2] == "ex" and word not in english:
            # two letters out of place ("exepct") in a word as long as "except"
            found = [w for w in _LEAVING_OUT if w[:2] == "ex" and OSA.distance(word, w) <= 2]
        return found[0] if len(found) == 1 else word

    return re.sub(r"[a-z]+", fix, text)
