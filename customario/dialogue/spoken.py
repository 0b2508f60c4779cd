"""Numbers as people say them ("twenty five", "nine point five", "eight out of ten").

Pure functions used by answer normalisation (:mod:`customario.dialogue.answers` and the answer-type
modules beside it): :func:`clean`, number words both ways (:func:`numbers_in`, :func:`parse_number`,
:func:`number_words`) and :func:`stray_words`. Digits and words are both understood. Dates and times
said aloud are in :mod:`customario.dialogue.spoken_dates`; date answers to survey questions in
:mod:`customario.dialogue.date_answers` (one date in a phrase: :mod:`customario.dialogue.date_reading`).
"""

from __future__ import annotations

import re
import unicodedata

from customario.dialogue.pidgin import pidgin_english

from num2words import num2words

_UNITS = {
    "zero": 0,
    "oh": 0,
    "nought": 0,
    "none": 0,
    "nil": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
# The number words above as a regex alternation, without the ones that are as often something else
# ("oh" a filler, "a"/"an" articles, "none"/"nil"/"nought" a nothing).
NUMBER_WORDS = "|".join(w for w in (*_UNITS, *_TENS, *_SCALES) if w not in ("oh", "a", "an", "none", "nil", "nought"))

# A negated auxiliary, with its apostrophe or typed without one ("didn't", "didnt", "wont", "cant",
# "aint"), as a regex fragment. A bare ``n'?t\b`` also took every word that only ends in "nt" for a
# negation ("it came out of my account", "we went", "spent", "payment", "brilliant"), which threw away
# the yes said beside it (answers blind45: "I already have, it came out of my account on Monday").
NEGATED_AUX = (
    r"(?:n't\b|\b(?:do|does|did|is|was|are|were|has|have|had|could|would|should|might|must|need|ca|wo|ai|sha)nt\b)"
)


# Scots negatives: "dinnae", "couldnae", "isna" are "don't", "couldn't", "isn't" (not "arena").
_SCOTS_NAE = re.compile(
    r"\b(could|would|wouldn|should|is|was|did|din|does|dis|have|has|were|must|can|will)(?:nae|na)\b|\b(are)nae\b"
)
_SCOTS_IRREGULAR = {"can": "can't", "will": "won't", "din": "don't", "dis": "doesn't", "wouldn": "wouldn't"}


# Scots words of an answer said in English: "nane" is "none", "oot o' ten" is "out of ten", "I cannae
# mind" is "I can't remember" (Scots and Northern English "mind" = remember; only after a negated
# "can", so "I don't mind" stays indifference). Answers blind68 had asked all three again and read
# "Nane." as a misspelt nine.
_SCOTS_WORDS = (
    (re.compile(r"\bnane\b"), "none"),
    (re.compile(r"\boot o'?(?=\s)"), "out of"),
    (re.compile(r"\b(can't|cannot|can not|couldn't) mind\b"), r"\1 remember"),
)
# "fivish", "ninish": "-ish" typed onto a number word that drops its final "e".
_ISH_DROPPED_E = re.compile(r"\b(fiv|nin)ish\b")


def scots_words(t: str) -> str:
    """``t`` (lower case, Scots negatives already English) with :data:`_SCOTS_WORDS` in English:
    "nane" → "none", "oot o' ten" → "out of ten", "can't mind" → "can't remember"."""
    if "nane" not in t and "oot" not in t and "mind" not in t:
        return t
    for pattern, english in _SCOTS_WORDS:
        t = pattern.sub(english, t)
    return t


# Caribbean English (Jamaican Patois) negatives: "mi cyaan remember" is "I can't remember".
_CREOLE_NEGATIVES = re.compile(r"\b(?:cyaan|kyaan|cyan|cyaa|kyaa)\b")


def scots_negatives(t: str) -> str:
    """``t`` (lower case) with Scots negatives as English: "didnae" → "didn't", "cannae" → "can't",
    "disnae" → "doesn't", "dinnae ken" → "don't know"; and the Caribbean "cyaan" as "can't"."""
    if "y" in t:
        t = _CREOLE_NEGATIVES.sub("can't", t)
    if "na" not in t:
        return t
    t = _SCOTS_NAE.sub(lambda m: _SCOTS_IRREGULAR.get(m.group(1) or "") or f"{m.group(1) or m.group(2)}n't", t)
    return re.sub(r"\bdon't ken\b", "don't know", t)


# Singlish / Malaysian English sentence-final particles ("Two lah.", "Can lor"): tone, no words of
# the answer; dropped where they close a clause.
_FINAL_PARTICLE = re.compile(r"[\s,]+(?:lah+|leh+|lor+)(?=\s*(?:$|[.,;!?]))")
# Singlish "one" closing a clause after a description ("The uncle very steady one.": he is very
# steady) or a habit denied ("I don't give scores one."): a particle of emphasis (Dictionary of
# Singlish and Singapore English, "one"), no number (answers blind74 had stored a 1 for it). Not
# after a determiner ("a very good one", "the very last one") nor after a word of quantity.
_PARTICLE_ONE = re.compile(
    r"\b(?P<det>(?:a|an|the|this|that|which|every|each|no|any|my|your|his|her|our|their)\s+)?"
    r"(?P<said>(?:very|so|damn|super|quite|really|too)\s+(?!(?:only|just|about|around|maybe|like|exactly|almost|"
    r"nearly|little|few|much|many|more|less|over|under|at|than)\b)[a-z]+|"
    r"(?:don't|dont|never|cannot|can't|won't|doesn't|didn't)\s+[a-z]+\s+[a-z]+s)\s+one(?=\s*(?:$|[.,;!?]))"
)
# A word of address closing a clause after a comma ("Pass, chale.", "Skip, bro.", "Nine, my friend"):
# who is spoken to, no word of the answer; dropped like the particles (answers blind71 had stored
# "Pass, chale." as the open answer). The West African particles "o" and "sha" close a clause
# without a comma too ("Pass o.", "make it nine sha").
_ADDRESSED = re.compile(
    r",\s*(?:mate|bro|bruv|bruh|man|dude|boss|chale|charley|chief|pal|buddy|fam|love|luv|dear|hun|sir|"
    r"ma'?am|madam|my dear|my guy|oga|aunty|auntie|abeg)"
    r"(?=\s*(?:$|[.,;!?]))|(?<=[a-z])\s+(?:o+|sha)(?=\s*(?:$|[.!?]))"
)


# "45k", "twenty-six k", "a hundred and five k": k straight after a number is a thousand.
_K_THOUSAND = re.compile(
    r"\b(?<![.,])(\d+(?![.,]\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred)[ -]?k\b"
)
# "a hundred and twenty thou", "22 thou": thousand said short after a number (stored as 120 before).
_THOU = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred)(?:-odd)? thou\b"
)
# "twenty-odd grand", "forty odd thousand": about that many thousands, the "odd" only says "about"
# ("twenty-odd grand" had been stored as 20).
_ODD_BEFORE_SCALE = re.compile(r"\b(\w+ty|\w+teen|ten|eleven|twelve|hundred)[ -]odd (?=grand|thousand|hundred|k\b)")


# Latin letters with accents (Latin-1 Supplement and Latin Extended-A/B): "café", "crème", "naïve".
_ACCENTED = re.compile("[\u00c0-\u024f]")


def _unaccented(m: re.Match) -> str:
    """The letter of ``m`` without its accents (Unicode NFKD, combining marks dropped): "é" → "e";
    a letter with no such form ("ß", "ø") stays."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", m.group()) if not unicodedata.combining(ch))
    return plain or m.group()


# "two hundred n thirty", "a thousand & fifty": "and" typed short inside one number (blind33).
_SHORT_AND = re.compile(
    r"\b(hundred|thousand) (?:n|'n'?|n'|&) (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|\d+)\b)"
)


# A number word or figure with "ish" typed onto it: "fiveish", "twentyish", "8ish".
_ISH = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|\d+)ish\b"
)


# The scale words of Indian English: a lakh is 100,000, a crore 10,000,000 (Oxford English
# Dictionary): "one lakh dollars" is 100000 dollars (answers blind52 had asked it again), "two lakh
# rupees" 200000 rupees (another currency: asked again in dollars, never converted). Only with its
# currency said: "one lakh" alone is most often rupees, and stays unread (asked again).
_INDIAN_SCALE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty)"
    r"(?P<half> and a half)?[ -](?P<scale>lakhs?|crores?)(?= (?:of )?(?:us |american )?(?:dollars?|bucks|usd|rupees?|rs|inr)\b)"
)
_INDIAN_SCALES = {"lakh": 100_000, "crore": 10_000_000}
# The same scale words with no currency after them, read only where the question asks in rupees
# (:func:`indian_scales`).
_INDIAN_SCALE_ALONE = re.compile(_INDIAN_SCALE.pattern.split("(?=")[0] + r"\b")


def _indian_scale(m: re.Match) -> str:
    n = 1.0 if m.group("n") in ("a", "one") else float(m.group("n")) if m.group("n")[0].isdigit() else None
    if n is None:
        n = float(_WORD_VALUES.get(m.group("n"), 0)) or None
    if n is None:
        return m.group(0)
    n += 0.5 if m.group("half") else 0
    value = n * _INDIAN_SCALES[m.group("scale").rstrip("s")]
    return str(int(value)) if value == int(value) else m.group(0)


def indian_scales(t: str) -> str:
    """``t`` (cleaned) with "N lakh" / "N crore" as figures whatever follows them ("one and a half
    lakh" → "150000"): for a question asked in rupees, where a lakh with no currency said is rupees
    (:func:`clean` reads them only with a currency said)."""
    return _INDIAN_SCALE_ALONE.sub(_indian_scale, t) if ("lakh" in t or "crore" in t) else t


_WORD_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50,
}  # fmt: skip


def clean(text: str) -> str:
    """``text`` lower-cased with runs of white space as one space and curly apostrophes straight;
    "outta" / "out ta" read as "out of" ("nine outta ten"); Scots negatives as English ("didnae"
    → "didn't", "dinnae ken" → "don't know"); a Singlish particle closing a clause ("lah", "leh",
    "lor", and "one" after a description or a habit denied: "very steady one") dropped, and so is a word of address after a comma ("Pass, chale." → "pass.") or a West
    African "o" / "sha" closing one ("Yes o."); "45k" / "twenty-six k" as "45 thousand" / "twenty-six thousand" (45 was stored
    for "45k" before, answers blind18); "hundred n thirty", "thousand & fifty" with "and" typed short
    inside one number as "hundred and thirty"; "twenty thou" as "twenty thousand" and "twenty-odd
    grand" as "about twenty grand"; "fiveish" / "fivish" / "8ish" as "five-ish" / "8-ish"; Scots
    words as English (:func:`scots_words`); West African Pidgin's "I no know", "I no wan answer",
    "na so" and "wetin" as English (:func:`customario.dialogue.pidgin.pidgin_english`)."""
    t = re.sub(r"\s+", " ", (text or "").lower().replace("’", "'").replace("‘", "'")).strip()
    if _ACCENTED.search(t):
        t = _ACCENTED.sub(_unaccented, t)  # "café", "naïve": typed with accents, read as written without
    if "k" in t:
        t = _K_THOUSAND.sub(r"\1 thousand", t)
    if "l" in t:
        t = _FINAL_PARTICLE.sub("", t)
    if " one" in t:
        t = _PARTICLE_ONE.sub(lambda m: m.group(0) if m.group("det") else m.group("said"), t)
    if "," in t or " o" in t or " sha" in t:
        t = _ADDRESSED.sub("", t)
    if "n" in t or "&" in t:
        t = _SHORT_AND.sub(r"\1 and ", t)
    if "ish" in t:
        t = _ISH.sub(r"\1-ish", _ISH_DROPPED_E.sub(r"\1eish", t))  # "fiveish" as "five-ish" (blind37 had asked again)
    if "thou" in t or "odd" in t:
        t = _ODD_BEFORE_SCALE.sub(r"about \1 ", _THOU.sub(r"\1 thousand", t))
    if "lakh" in t or "crore" in t:
        t = _INDIAN_SCALE.sub(_indian_scale, t)
    return pidgin_english(scots_words(scots_negatives(re.sub(r"\bout ?ta\b", "out of", t))))


# Texting words spelt with a digit for a sound ("gr8" great, "b4" before, "2day" today): the digit
# is no number (answers blind45 had read "the guy was gr8, 5" as two ratings, 8 and 5).
_TEXTED = {
    "gr8": "great",
    "l8": "late",
    "l8r": "later",
    "m8": "mate",
    "m8s": "mates",
    "w8": "wait",
    "h8": "hate",
    "str8": "straight",
    "b4": "before",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2nite": "tonight",
    "2night": "tonight",
    "4ever": "forever",
    "any1": "anyone",
    "some1": "someone",
    "every1": "everyone",
    "no1": "no one",
}
_TEXTED_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(sorted(_TEXTED, key=len, reverse=True)) + r")(?![\w'])")


# Texting clippings of "obviously" ("10 obvs", answers blind47): said in full, the word is a stance
# every reader already sets aside ("ten, obviously"); clipped, it was an unknown word that kept the
# rating from being read.
_CLIPPED = re.compile(r"(?<![\w'])(?:obvs|obvi|obvz|obvo)(?![\w'])")


def texted_words(t: str) -> str:
    """``t`` (cleaned) with texting words that hold a digit for a sound spelt out ("gr8" → "great",
    "b4" → "before", "2day" → "today"), so their digit is never read as a number, and the texting
    clippings of "obviously" ("obvs", "obvi") said in full."""
    t = _CLIPPED.sub("obviously", t)
    return _TEXTED_WORD.sub(lambda m: _TEXTED[m.group(0)], t) if re.search(r"[a-z][0-9]|[0-9][a-z]", t) else t


def number_words(n: int) -> str:
    """A whole number ``n >= 0`` in English words, lower case, as a grammar or a read-back says it:
    ``42`` -> ``"forty two"``, ``16812`` -> ``"sixteen thousand eight hundred twelve"``. Spelled by
    num2words; its hyphens, commas and British "and" are dropped so every form is plain words.
    Raises ValueError for a negative number."""
    if n < 0:
        raise ValueError(f"{n} is negative")
    words = num2words(int(n), lang="en").replace("-", " ").replace(",", " ")
    return " ".join(w for w in words.split() if w != "and")


_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | {"and", "point", "minus", "negative", "half"}
_DIGITS_RE = re.compile(r"^-?\d+(?:[.,]\d+)?$")


_SPOKEN_FILLERS = {"uh", "um", "umm", "er", "erm", "ah", "oh", "hmm", "mm", "a", "an", "like", "well", "so", "okay"}


def stray_words(text: str) -> list[str]:
    """Words of a recognised numeric answer that are neither number words nor fillers: "five out
    it" -> ["out", "it"], "uh seven" -> []. A recogniser that hears a number beside such fragments
    may have misheard it ("for five" for "four five"), so the survey reads it back."""
    return [
        w for w in _tokens(clean(text)) if w not in _NUMBER_WORDS and w not in _SPOKEN_FILLERS and not w[0].isdigit()
    ]


def unknown_word_after_number(text: str) -> str | None:
    """The first word right after a number ("one fiddy" -> "fiddy", "12 blorp" -> "blorp") that is
    neither a number word nor a filler and that WordNet does not know (any part of speech), else
    ``None``. Such a word may be slang for a number or a unit ("fiddy" = fifty: 1.50 or 150), so a
    number read "exactly" beside it is read back rather than stored (answers blind15, 3 December
    2026). Without the WordNet files nothing is reported."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return None
    for part in re.split(r"[,.;:!?()]+|\s-\s", clean(text)):
        words = _tokens(part)
        for before, word in zip(words, words[1:]):
            if not (before[0].isdigit() or before in _NUMBER_WORDS) or before in ("and", "a", "an"):
                continue
            if word in _NUMBER_WORDS or word in _SPOKEN_FILLERS or word in _FUNCTION_WORDS or not word.isalpha():
                continue
            base = word[:-1] if word.endswith("s") else word
            if not any(wn.lemmas(w, pos) for w in {word, base} for pos in wordnet.POS):
                return word
    return None


# Words WordNet leaves out (it lists nouns, verbs, adjectives and adverbs only).
_FUNCTION_WORDS = frozenset(
    "the of to for in on at with but or is was were are be been am i it its my me we us our you your "
    "he him his she her they them their this that these those there then than from by per each into "
    "onto out off up down over if not no yes so as what when which who whom whose would could should "
    "will shall can may might must do does did has have had because since until after before about "
    "just only also both either neither nor while though although whether yet all any some every "
    "an a i'm i'd i've it's that's don't didn't isn't wasn't".split()
)


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("-", " ").replace(",", " ")
    return re.findall(r"\d+(?:\.\d+)?(?:st|nd|rd|th)?|[a-z']+|/|%", text)


def _words_value(words: list[str]) -> float | None:
    """Value of a run of number words ("one hundred and five" → 105); None if not a number."""
    words = [w for w in words if w != "and"]
    if not words or all(w in ("a", "an") for w in words):
        return None
    sign = 1
    if words[0] in ("minus", "negative"):
        sign, words = -1, words[1:]
    frac = None
    if "point" in words:
        i = words.index("point")
        words, decimals = words[:i], words[i + 1 :]
        if not decimals or any(d not in _UNITS or _UNITS[d] > 9 for d in decimals):
            return None
        frac = float("0." + "".join(str(_UNITS[d]) for d in decimals))
    total, current, seen = 0, 0, False
    for idx, w in enumerate(words):
        if w in ("a", "an"):
            nxt = words[idx + 1] if idx + 1 < len(words) else ""
            if nxt in _SCALES:
                current += 1
                seen = True
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        elif w == "half" and seen:
            frac = (frac or 0) + 0.5
        else:
            return None
        seen = True
    if not seen and frac is None:
        return None
    value = total + current + (frac or 0)
    return sign * value


def _kind(word: str) -> str:
    if word in _SCALES:
        return "scale"
    if word in _TENS:
        return "tens"
    if word in _UNITS and word not in ("a", "an"):
        return "teen" if _UNITS[word] >= 10 else "zero" if _UNITS[word] == 0 else "unit"
    return word


def _composes(run: list[str], word: str, after: str) -> bool:
    """Whether ``word`` continues the number in ``run`` ("twenty" + "five", "one" + "hundred") or
    starts a new one ("fifty" + "sixty", "seven" + "eight", "fifty and sixty": two numbers)."""
    if word in ("a", "an"):
        return after in ("half", *_SCALES)
    words = [w for w in run if w not in ("a", "an")]
    if not words:
        return True
    prev = words[-1]
    if word == "half":
        # "one and a half", "two and half"; not "a two. half of them were burnt" (a new sentence: the
        # tokens have lost their full stop) nor "eight, half my street": a half of things
        return run[-1] in ("a", "an", "and")
    if prev == "point" or word == "point":
        return True
    if word == "and":
        # "a hundred and five", "one and a half"; not "fifty and sixty".
        return _kind(prev) == "scale" or after in ("a", "an", "half")
    k, w = _kind(prev), _kind(word)
    if prev == "and":
        before = [x for x in words[:-1] if x != "and"]
        return bool(before) and _kind(before[-1]) == "scale" and w in ("unit", "teen", "tens")
    if k in ("minus", "negative"):
        return True
    if w == "scale":
        return k != "zero" and not _scale_overflows(words, word)
    if k == "tens":
        return w == "unit"
    if k == "scale":
        return w in ("unit", "teen", "tens")
    return False


def _scale_overflows(words: list[str], scale: str) -> bool:
    """True when ``scale`` after ``words`` would make a group as large as a scale said before it:
    "a thousand and twelve hundred" is two amounts (1,000 and 1,200), never 2,200; "two thousand
    five hundred" is one."""
    size = _SCALES[scale]
    before = [i for i, x in enumerate(words) if x in _SCALES and x != "dozen" and _SCALES[x] >= size]
    if not before or scale == "dozen":
        return False
    group = _words_value(words[before[-1] + 1 :])
    return group is not None and group * size >= _SCALES[words[before[-1]]]


def numbers_in(text: str) -> list[float]:
    """Every number mentioned in ``text``, in order: digits ("9", "9.5"), words ("twenty five",
    "nine point five") and fractions/ratios ("9/10" and "eight out of ten" give their first part)."""
    toks = _tokens(re.sub(r"\bhalf an? dozen\b", "six", text, flags=re.IGNORECASE))
    out: list[float] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if _DIGITS_RE.match(re.sub(r"(st|nd|rd|th)$", "", t)):
            out.append(float(re.sub(r"(st|nd|rd|th)$", "", t)))
            i += 1
        elif (
            t in _NUMBER_WORDS
            and t not in ("and", "point", "half")
            and not (t in ("a", "an") and (i + 1 >= len(toks) or toks[i + 1] not in _NUMBER_WORDS))
        ):
            j = i
            while (
                j < len(toks)
                and toks[j] in _NUMBER_WORDS
                and not (
                    j > i and toks[j] in ("a", "an") and (j + 1 >= len(toks) or toks[j + 1] not in ("half", *_SCALES))
                )
                and (j == i or _composes(toks[i:j], toks[j], toks[j + 1] if j + 1 < len(toks) else ""))
            ):
                j += 1
            if j < len(toks) and toks[j] in _SCALES and _scale_overflows(toks[i:j], toks[j]):
                # "a thousand and twelve hundred": the first amount ends at its scale word
                j = i + max(k for k, x in enumerate(toks[i:j]) if x in _SCALES and _SCALES[x] >= _SCALES[toks[j]]) + 1
            run = toks[i:j]
            while run and run[-1] in ("and", "point", "a", "an"):
                run.pop()
                j -= 1
            value = _words_value(run)
            if value is not None:
                out.append(value)
            i = max(j, i + 1)
        else:
            i += 1
        # "9/10", "eight out of ten": skip the denominator
        if (
            out
            and i < len(toks)
            and (toks[i] == "/" or (toks[i] == "out" and i + 1 < len(toks) and toks[i + 1] == "of"))
        ):
            i += 1 if toks[i] == "/" else 2
            while i < len(toks) and (toks[i] in _NUMBER_WORDS or _DIGITS_RE.match(toks[i])):
                i += 1
    return out


def parse_number(text: str) -> float | None:
    """The single number in ``text`` ("a nine" → 9.0, "nine point five" → 9.5); None when there is
    none or several different ones ("seven or eight")."""
    nums = numbers_in(text)
    distinct = list(dict.fromkeys(nums))
    return distinct[0] if len(distinct) == 1 else None
