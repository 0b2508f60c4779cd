"""Expected answers per question, used to build a small per-question language model for the STT.

A closed question (``nps``, ``scale``, ``yes_no``, ``single_choice``, ``multi_choice``, ``number``)
has a short list of likely replies: the numbers in words with common frames ("eight out of ten",
"I'd say eight"), yes/no synonyms, choice labels and synonyms, plus replies every question may get
("don't know", "I'd rather not say", "can you repeat that", "please don't call me again").
``open`` and ``date`` questions return ``None``: the recogniser then uses its open-vocabulary model.

Recognising against a language model built from these phrases (pocketsphinx ``ArpaBoLM``) gave 88 %
on espeak-voiced 0-10 ratings and copes with off-topic speech better than a JSGF grammar (FACTS.md).
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import number_words  # noqa: F401  (re-exported: benchmarks and tests use it here)
from customario.dialogue.spoken_dates import MONTHS, WEEKDAYS


YES = (
    "yes",
    "yeah",
    "yep",
    "sure",
    "of course",
    "absolutely",
    "yes it did",
    "it did",
    "that's right",
    "correct",
    "yes it was",
    "i did",
    "definitely",
)
NO = (
    "no",
    "nope",
    "not really",
    "no it didn't",
    "it didn't",
    "it did not",
    "no it wasn't",
    "not at all",
    "i didn't",
    "no it was late",
    # Emphatic and hedged noes the parser reads as no (yesno.py); missing, "absolutely not" came out
    # as "absolutely off" and was asked again.
    "absolutely not",
    "definitely not",
    "of course not",
    "no way",
    "i don't think so",
)
DONT_KNOW = (
    "i don't know",
    "don't know",
    "not sure",
    "i'm not sure",
    "no idea",
    "i can't remember",
    "i don't remember",
    "i have no idea",
    # Everyday ways of not knowing that the answer parser codes as don't know (codes.py); missing
    # from the model, they came out as other words ("i haven't decided" as "i have month this").
    "dunno",
    "i dunno",
    "no clue",
    "not a clue",
    "beats me",
    "who knows",
    "i forget",
    "i forgot",
    "hard to say",
    "i couldn't say",
    "couldn't tell you",
    "i can't say",
    "i haven't decided",
    "haven't decided yet",
    "i wouldn't know",
    "i can't recall",
    "i don't recall",
    "not sure yet",
)
REFUSED = (
    "i'd rather not say",
    "prefer not to say",
    "i refuse",
    "no comment",
    "skip",
    "skip that one",
    "pass",
    "i'd rather not",
    "none of your business",
    # Refusals the answer parser codes (codes.py) that the model lacked.
    "not telling",
    "i'm not telling",
    "i'm not saying",
    "i'd rather not answer",
    "i don't want to say",
    "i won't say",
    "that's private",
    "that's personal",
    "i'll pass",
    "pass on that",
    "next question",
    "i'd prefer not to say",
    "mind your own business",
    # Shortened refusals (the subject left out) the parser codes.
    "rather not say",
    "rather not",
    "i would rather not say",
    "prefer not to answer",
)
CONTROL = (
    "can you repeat that",
    "repeat the question",
    "sorry what",
    "pardon",
    "what was the question",
    "please don't call me again",
    "don't call me again",
    "don't phone me again",
    "stop calling me",
    "stop phoning me",
    "remove me from your list",
    "take me off your list",
    "leave me alone",
    "i'm not interested",
    "call me back later",
    "i'm busy",
    "not now",
    "goodbye",
    "hello",
)
# Asking to hear a read-back again: without these in the read-back model a caller's "again?" came out
# as "it did" or "of didn't" in 2 of 24 tries, with them as "again" in 47 of 48 (4 December 2026);
# the dialogue then says the read-back once more (``survey_readback.HEARD_AGAIN``).
REPEAT = ("again", "say that again", "come again", "one more time", "again please")
_NUMBER_FRAMES = (
    "{n}",
    "{n} out of {max}",
    "i'd say {n}",
    "maybe {n}",
    "about {n}",
    "a {n}",
    "probably {n}",
    "{n} i guess",
    "i would say {n}",
    "i'd give it {n}",
)
# Largest numeric range spelled out in full; wider number questions fall back to tens and hundreds.
_MAX_SPELLED = 120


def _numbers(lo: int, hi: int) -> list[int]:
    """Every number of a narrow range; for a wide one, 0-99 plus round hundreds and thousands:
    the n-gram model then also accepts combinations such as "one thousand five hundred"."""
    if hi - lo <= _MAX_SPELLED:
        return list(range(lo, hi + 1))
    picks = set(range(0, 100)) | set(range(100, 1000, 100)) | set(range(1000, 10000, 1000))
    return sorted(n for n in picks if lo <= n <= hi) or [lo, hi]


def phrase_values(question: Any) -> dict[str, str | None] | None:
    """Likely spoken replies to ``question`` (a ``customario.definitions.Question``) → the answer
    slot each one means: the number as text (``"8"``), ``"yes"``/``"no"``, a choice code,
    ``"dont_know"``, ``"refused"``, or ``None`` for call-control phrases ("can you repeat that").

    Returns ``None`` for ``open`` and ``date`` questions (use the open-vocabulary model). Phrases
    are lower case, de-duplicated, in a stable order (first meaning wins).
    """
    t = question.type
    out: list[tuple[str, str | None]] = []
    if t in ("nps", "scale", "number"):
        lo, hi = question.bounds
        lo = int(lo) if lo is not None else 0
        hi = int(hi) if hi is not None else (10 if t != "number" else 100)
        top = number_words(hi) if 0 <= hi <= 9999 else "ten"
        frames = _NUMBER_FRAMES if hi - lo <= _MAX_SPELLED else _NUMBER_FRAMES[:1]
        for n in _numbers(max(lo, 0), min(hi, 9999)):
            for frame in frames:
                out.append((frame.format(n=number_words(n), max=top), str(n)))
        for value, label in getattr(question, "labels", {}).items():
            out += [(label.lower(), str(value)), (f"{label.lower()} i guess", str(value))]
    elif t == "yes_no":
        out += [(p, "yes") for p in YES] + [(p, "no") for p in NO]
    elif t in ("single_choice", "multi_choice"):
        labels: list[tuple[str, str]] = []
        taken = {n.lower() for c in question.choices for n in (c.label, *c.synonyms)}
        for choice in question.choices:
            names = [choice.label.lower(), *(s.lower() for s in choice.synonyms)]
            names += [p for p in label_parts(choice.label) if p not in taken]
            labels.append((names[0], choice.code))
            for name in names:
                for frame in (
                    "{c}",
                    "{c} please",
                    "i'd say {c}",
                    "it was {c}",
                    "i ordered {c}",
                    "just {c}",
                    "only {c}",
                ):
                    out.append((frame.format(c=name), choice.code))
        ordinals = ("first", "second", "third", "fourth", "fifth", "sixth")[: len(question.choices)]
        for i, word in enumerate(ordinals):
            code = question.choices[i].code
            out += [(f"the {word} one", code), (f"the {word} option", code), (word, code)]
        out += [("the last one", question.choices[-1].code)]
        if len(question.choices) % 2 == 1:
            out += [("the middle one", question.choices[len(question.choices) // 2].code)]
        if t == "multi_choice":
            out += [(f"{a} and {b}", f"{ca},{cb}") for i, (a, ca) in enumerate(labels) for b, cb in labels[i + 1 :]]
            out += [("all of them", ",".join(c for _, c in labels)), ("none of them", "")]
    else:
        return None
    if getattr(question, "allow_dont_know", True):
        out += [(p, "dont_know") for p in DONT_KNOW]
    if getattr(question, "allow_refused", True):
        out += [(p, "refused") for p in REFUSED]
    out += [(p, None) for p in CONTROL]
    result: dict[str, str | None] = {}
    for phrase, value in out:
        phrase = " ".join(phrase.split())
        if phrase and phrase not in result:
            result[phrase] = value
    return result


_ARTICLE = re.compile(r"^(?:the|a|an|my|our|your|some)\s+")
_JOINS = re.compile(r"\s*(?:/|,|\bor\b|\band\b|&)\s*")


def label_parts(label: str) -> list[str]:
    """Shorter names a caller gives a choice, taken from its label: the label without a leading
    article ("the kitchen" → "kitchen") and each part of a label that joins two things ("mice or
    rats" → "mice", "rats"; "bus/tram" → "bus", "tram"), each without its article. Lower case,
    in order, the label itself left out."""
    text = " ".join(label.lower().split())
    out = [_ARTICLE.sub("", text)]
    parts = [p for p in _JOINS.split(text) if p]
    if len(parts) > 1:
        out += [_ARTICLE.sub("", p) for p in parts]
    return [p for p in dict.fromkeys(out) if p and p != text]


# Words callers wrap an answer in (issue 11): hedges, fillers and carrier phrases.
FILLERS = (
    "uh",
    "um",
    "er",
    "hmm",
    "oh",
    "well",
    "so",
    "okay",
    "like",
    "yeah",
    "honestly",
    "let me think",
    "let's see",
    "i guess",
    "i think",
    "i suppose",
    "i'd say",
    "i'd go with",
    "i would say",
    "maybe",
    "probably",
    "pretty",
    "about",
    "around",
    "solid",
    "definitely",
    "just",
    "really",
    "a",
    "the",
    "it's",
    "i'd give it",
    "i'll say",
    "gonna say",
    "put me down for",
    "for me",
    "i'd rate it",
    "i mean",
)
# Everyday words that let off-topic speech and out-of-grammar answers come out as words rather than
# as an in-range value (the "garbage" path of a closed question).
GARBAGE = tuple(
    """the a an and or but it is was that this what who how why when where there here they we you
    he she my your our their me us them not very good great bad fine nice okay really just so too much many
    more less some any all none thing things stuff time day days week weeks month year minute minutes hour
    people person store shop phone order price money service staff delivery late early box package time
    call called calling thanks thank please sorry hello hi bye know think want need like love hate get got go
    went come came make made take took give gave see saw say said tell told ask asked work works worked
    home house car food water music radio dog cat kids wife husband mother father friend friends name
    number question questions survey answer minute busy later now today tomorrow yesterday weather nothing
    something everything maybe perhaps actually basically honestly anyway whatever""".split()
)


_LIKE_YES = frozenset({"said", "say", "day", "days", "today", "yesterday", "yet"})


def out_of_range_phrases(question: Any) -> list[str]:
    """Numbers a caller may say that the question does not allow ("eleven" on 0-10, "zero" on 1-5):
    recognised as themselves so the dialogue re-asks instead of hearing a nearby in-range number."""
    if question.type not in ("nps", "scale", "number"):
        return []
    lo, hi = question.bounds
    lo = int(lo) if lo is not None else 0
    hi = int(hi) if hi is not None else 100
    extra = set(range(max(0, lo - 3), lo)) | set(range(hi + 1, hi + 11)) | {20, 30, 40, 50, 100, 1000}
    words = [number_words(n) for n in sorted(extra) if 0 <= n <= 9999 and not lo <= n <= hi]
    words += [
        "a hundred",
        "one hundred",
        "a million",
        "minus one",
        "minus five",
        "negative one",
        "a thousand",
        "point five",
        "and a half",
        "or",
        "between",
    ]
    return words


_WEEKDAYS = WEEKDAYS
_MONTHS = MONTHS
_DAY_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_DAY_ORDINALS += [f"twenty {o}" for o in _DAY_ORDINALS[:9]] + ["thirtieth", "thirty first"]


# Days callers name by name (issue 11), each one the date parser reads (``date_holidays``; a test
# checks every one): missing from the model, "Valentine's Day" came out as "eleventh i'd say" and
# "Martin Luther King Day" as "march june thirteenth".
HOLIDAYS = (
    "valentine's day",
    "martin luther king day",
    "presidents day",
    "memorial day",
    "labor day",
    "mother's day",
    "father's day",
    "independence day",
    "the fourth of july",
    "halloween",
    "easter",
    "easter sunday",
    "good friday",
    "black friday",
    "saint patrick's day",
    "new year's day",
    "new year's eve",
    "boxing day",
    "veterans day",
)
# Years said with a date ("the fourth of September twenty twenty seven"): missing, the year came out
# as ordinals ("twenty twenty seventh").
_YEARS = [f"twenty {number_words(n)}" for n in range(20, 40)] + [
    f"two thousand {w}{number_words(n)}" for n in range(20, 40) for w in ("", "and ")
]


def date_phrases() -> list[str]:
    """How callers say a day (issue 11): relative days, weekdays with last/next/this, a month and an
    ordinal in both orders, "the tenth", "in three days", "two weeks ago" and the common holidays.
    The date question's language model is built from these instead of the open vocabulary, which
    heard "the day after tomorrow" as "the the after tomorrow"."""
    out = [
        "today",
        "yesterday",
        "tomorrow",
        "the day before yesterday",
        "the day after tomorrow",
        "this morning",
        "last night",
        "tonight",
        "this afternoon",
        "last week",
        "next week",
        "this week",
        "earlier this week",
        "later this week",
        "this weekend",
        "last weekend",
        "next weekend",
        "a week ago",
        "a week ago today",
        "a week from today",
        "a week from now",
        "last month",
        "next month",
        "christmas",
        "christmas eve",
        "christmas day",
        "new year's eve",
        "new year's day",
        "thanksgiving",
        "as soon as possible",
        "any day",
        "whenever",
    ]
    for n in ("two", "three", "four", "five", "six", "ten"):
        out += [f"{n} days ago", f"in {n} days", f"{n} weeks ago", f"in {n} weeks"]
    out += [*HOLIDAYS, "a couple of weeks ago", "a month ago", "a few days ago", "in a couple of weeks"]
    for d in _WEEKDAYS:
        out += [
            d,
            f"last {d}",
            f"next {d}",
            f"this {d}",
            f"on {d}",
            f"this coming {d}",
            f"{d} morning",
            f"{d} afternoon",
        ]
    # Said relative to today, by weekday or by name: counted three times, so that the many month
    # and day pairs below do not drown them ("the day before yesterday" came out as "the eighth
    # april fifth of may").
    out *= 3
    for o in _DAY_ORDINALS:
        out += [f"the {o}", f"on the {o}"]
        for m in _MONTHS:
            out += [f"{m} {o}", f"the {o} of {m}"]
    out += [f"{m} {y}" for m in _MONTHS for y in _YEARS[:20]] + [f"of {y}" for y in _YEARS]
    return out


def decoder_phrases(question: Any, weight: int = 8) -> list[str] | None:
    """Everything the per-question language model should know for ``question``: the expected
    replies (:func:`expected_phrases`), out-of-range numbers, fillers and carrier phrases, and the
    garbage words; for a date question the ways of saying a day (:func:`date_phrases`); ``None``
    for open questions (open vocabulary)."""
    if getattr(question, "type", None) == "date":
        extra = [*DONT_KNOW, *REFUSED] if getattr(question, "allow_dont_know", True) else [*REFUSED]
        return [*date_phrases() * 2, *extra * 2, *CONTROL, *FILLERS, *GARBAGE]
    phrases = expected_phrases(question)
    if phrases is None:
        return None
    core = _core_values(question)
    framed = [
        f"{f} {p}" for f in ("uh", "um", "well", "i guess", "i'd go with", "maybe", "i think", "probably") for p in core
    ]
    framed += [f"{p} {t}" for t in ("i guess", "i think", "i suppose", "please", "really") for p in core]
    # Repetition is weight in the n-gram counts: expected replies first, garbage last, so speech
    # that fits an answer comes out as one while other speech can still come out as words.
    return [
        *phrases * weight,
        *out_of_range_phrases(question) * 2,
        *framed,
        *answer_forms(question) * 2,
        *FILLERS,
        *GARBAGE,
    ]


_AUXILIARIES = {
    "did": "didn't", "do": "don't", "does": "doesn't", "was": "wasn't", "were": "weren't", "is": "isn't",
    "are": "aren't", "have": "haven't", "has": "hasn't", "will": "won't", "would": "wouldn't",
    "could": "couldn't", "can": "can't", "should": "shouldn't",
}  # fmt: skip
_PRONOUNS = ("i", "it", "they", "we", "he", "she", "you")
_AGREEING = {
    "was": ("i", "it", "he", "she"), "is": ("it", "he", "she"), "has": ("it", "he", "she"), "does": ("it", "he", "she"),
    "were": ("they", "we", "you"), "are": ("they", "we", "you"),
}  # fmt: skip
# Words a count, a duration or an amount is said with (issue 11): approximations and the units the
# question counts in. Missing, "An hour and a half" came out as "uh and a half", "Three hundred
# dollars" as "three hundred dog list", "Around an hour" as "zero dunno".
_APPROX = ("roughly", "nearly", "almost", "over", "under", "less than", "more than", "at least", "around", "about")
_ROUND = (*(number_words(n) for n in range(1, 21)), "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def answer_forms(question: Any) -> list[str]:
    """How callers say the answer to ``question`` beyond its values: a yes or no with the
    question's auxiliary ("Were the staff friendly?" → "yes they were", "no they weren't"); for a
    number question the approximations ("roughly twenty"), the counted noun or unit said after the
    number ("twenty miles", "three hundred dollars", "ten minutes"), hours and half hours for a
    question in minutes ("an hour and a half", "half an hour"), and for a wide range the hundreds
    and thousands said in parts ("fourteen thousand nine hundred and ninety five"). Empty for other
    questions. Lower case, for the per-question language model (:func:`decoder_phrases`)."""
    from customario.dialogue.units import MONEY_QUESTION, counted_noun, question_unit

    t = getattr(question, "type", None)
    text = (getattr(question, "text", "") or "").lower()
    if t == "yes_no":
        first = re.findall(r"[a-z']+", text)[:1]
        aux = first[0] if first and first[0] in _AUXILIARIES else None
        if aux is None:
            return []
        neg = _AUXILIARIES[aux]
        pronouns = _AGREEING.get(aux, _PRONOUNS)
        return [f for p in pronouns for f in (f"yes {p} {aux}", f"no {p} {neg}", f"{p} {neg}")]
    if t != "number":
        return []
    lo, hi = question.bounds
    hi = int(hi) if hi is not None else 100
    nouns = [w for w in (counted_noun(question),) if w and w not in ("many", "much", "of", "the")]
    unit = question_unit(question)
    if unit:
        nouns.append(unit + "s")
    if MONEY_QUESTION.search(text):
        nouns += ["dollars", "bucks"]
    out = [f"{a} {n}" for a in _APPROX for n in (*_ROUND[:10], *_ROUND[19:])]
    out += ["a dozen", "half a dozen", "a couple", "a few", "a couple of", "and a half"]
    for noun in dict.fromkeys(nouns):
        out += [f"{n} {noun}" for n in (*_ROUND, "hundred", "thousand")]
    if unit == "minute":
        out += ["an hour", "half an hour", "an hour and a half", "about an hour", "over an hour"]
        out += [f"{n} hours" for n in _ROUND[1:6]] + [f"{n} and a half hours" for n in _ROUND[:5]]
        out += [f"an hour and {n} minutes" for n in ("ten", "fifteen", "twenty", "thirty", "forty five")]
    if hi >= 1000:
        out += [f"{n} thousand" for n in _ROUND] + [f"{n} hundred and" for n in _ROUND[:9]]
        out += [f"{n} thousand {m} hundred" for n in _ROUND[:12] for m in _ROUND[:9:2]]
        out += ["a thousand", "and a half thousand", "thousand and", "a grand", "grand"]
    return list(dict.fromkeys(out))


def confirm_phrases(question: Any, control: bool = True) -> list[str]:
    """Replies to a read-back ("I heard seven, is that right?"): yes and no in their forms, a no
    with the right value ("no, eight"), call control (``control``), fillers and garbage words.
    ``question=None, control=False``: a plain yes/no question ("Would you like us to stop
    calling?"), where the call-control phrases pulled a "yes" towards "again". With ``control``
    the model also knows the ways of asking to hear it again (:data:`REPEAT`)."""
    yes = [*YES, "yes that's right", "that's correct", "right", "yes it is", "yeah that's right"]
    no = [*NO, "no that's wrong", "that's wrong", "no that's not right", "wrong", "nope that's wrong"]
    core = _core_values(question) if question is not None and question.type != "yes_no" else []
    fixes = [f"{n} {c}" for n in ("no", "no it's", "no i meant") for c in core]
    # Everyday words that sound like "yes" ("said", "day", "today": some voices through a phone band
    # came out as nothing else) are left out of this model; the other garbage words stay.
    garbage = [w for w in GARBAGE if w not in _LIKE_YES]
    return [*yes * 4, *no * 4, *fixes, *((*CONTROL, *REPEAT) if control else ()), *FILLERS, *garbage]


# The forced-choice grammar of a read-back's second pass (:func:`read_back_grammar`): the forms a
# caller confirms or denies with, each a complete path (no partial match counts).
READ_BACK_YES = (
    "yes",
    "yeah",
    "yep",
    "sure",
    "correct",
    "right",
    "that's right",
    "yes that's right",
    "that's correct",
    "yes it is",
    "absolutely",
    "of course",
)
READ_BACK_NO = (
    "no",
    "nope",
    "not really",
    "no that's wrong",
    "that's wrong",
    "no it isn't",
    "no it's not",
    "wrong",
    "not at all",
    "no that's not right",
)
_READ_BACK_LEAD = ("uh", "um", "oh", "well")
# The optional filler before a forced answer or yes/no (:func:`forced_grammar`,
# :func:`read_back_grammar`): none. With "uh", "um", "oh", "well" allowed, "oh" took the start of
# "four" and of "no": of 20 read-back noes (3 caller variants x 12 seeds) that reached the forced
# pass (4 December 2026), the pass found a complete no in 5 with the fillers and in 14 without;
# either way no no became a yes, and the 2 yeses that reached it stayed yeses.
FORCED_LEAD: tuple[str, ...] = ()


def read_back_grammar() -> str:
    """JSGF for the second pass of a read-back reply: one yes or no form of :data:`READ_BACK_YES` /
    :data:`READ_BACK_NO` (after :data:`FORCED_LEAD`). No garbage path: pocketsphinx's FSG search
    with a word loop took 10-40 s per utterance; the first pass (the read-back language model,
    which has one) decides when this pass may run, see :func:`read_back_unclear`."""
    forms = " | ".join((*READ_BACK_YES, *READ_BACK_NO))
    lead = f"[{' | '.join(FORCED_LEAD)}] " if FORCED_LEAD else ""
    return f"#JSGF V1.0;\ngrammar readback;\npublic <reply> = {lead}({forms});\n"


def read_back_form(hypothesis: str) -> str | None:
    """The yes/no form a forced-choice hypothesis spells out completely (filler dropped), or None
    (a partial path such as "of" for "of course" is no answer)."""
    words = [w for w in hypothesis.split() if w not in _READ_BACK_LEAD]
    text = " ".join(words)
    return text if text in READ_BACK_YES or text in READ_BACK_NO else None


def read_back_unclear(transcript: str) -> bool:
    """True when the first pass over a read-back reply heard at most one word and that word means
    nothing there: no yes or no, no number, no call-control word ("repeat", "stop"). Through the
    telephone band a caller's "yes" comes out as "their" or "they" (issue 11); only then does the
    recogniser try the forced yes/no grammar. Allowing two words as well gained 2 % of right
    replies and let 4 % more off-topic replies ("who is this") through as a yes. A lone "again" is
    a call-control word: the forced pass heard a caller's "again?" as a yes in most tries, so the
    dialogue says the read-back once more instead (``survey_readback.HEARD_AGAIN``)."""
    from customario.dialogue.answers import yes_no

    words = transcript.split()
    if len(words) > 1 or (words and yes_no(transcript)):
        return False
    return not any(w in _MEANINGFUL_AT_READ_BACK for w in words)


# Questions whose answers are a short closed list the forced answer pass can hold (see
# :func:`forced_answers`): a number question only when its range is spelled out in full.
_FORCED_TYPES = ("nps", "scale", "yes_no", "single_choice", "multi_choice", "number")
# Words that carry no answer: a first pass that heard only these (and at most two of them) is
# unclear. "i", "you" and "all" are what a lone "five", "nine" or "four" came out as through the
# telephone band (blind18 voice sample, 4 December 2026).
_EMPTY_WORDS = frozenset({"i", "i'd", "i'm", "i'll", "you", "your", "of", "to", "on", "in", "it", "me", "that's"})


def forced_answers(question: Any) -> list[str] | None:
    """The complete short answers of a closed ``question`` for the forced answer pass
    (``_sphinx.decode``'s ``forced``): the numbers of an ``nps``/``scale`` range or of a ``number``
    range spelled out in full (:data:`_MAX_SPELLED`), the yes and no forms of :data:`READ_BACK_YES`
    / :data:`READ_BACK_NO` for ``yes_no``, each choice's label, synonyms and shorter names for a
    choice question. ``None`` for other questions (dates, open, wide number ranges). Lower case,
    de-duplicated, only phrases of one to four words."""
    t = getattr(question, "type", None)
    if t not in _FORCED_TYPES:
        return None
    if t == "yes_no":
        return [*READ_BACK_YES, *READ_BACK_NO]
    if t in ("single_choice", "multi_choice"):
        out = []
        for choice in question.choices:
            out += [choice.label.lower(), *(s.lower() for s in choice.synonyms), *label_parts(choice.label)]
    else:
        lo, hi = question.bounds
        lo = int(lo) if lo is not None else 0
        hi = int(hi) if hi is not None else (10 if t != "number" else 100)
        if hi - lo > _MAX_SPELLED or lo < 0:
            return None
        out = [number_words(n) for n in range(lo, hi + 1)]
    out = [" ".join(re.sub(r"[^a-z' ]", " ", p).split()) for p in out]
    return list(dict.fromkeys(p for p in out if p and len(p.split()) <= 4)) or None


def forced_grammar(forms: list[str] | tuple[str, ...]) -> str:
    """JSGF for the forced answer pass: one of ``forms`` (after :data:`FORCED_LEAD`). No garbage path, for the reason given in :func:`read_back_grammar`."""
    lead = f"[{' | '.join(FORCED_LEAD)}] " if FORCED_LEAD else ""
    return f"#JSGF V1.0;\ngrammar answer;\npublic <reply> = {lead}({' | '.join(forms)});\n"


def forced_form(hypothesis: str, forms: list[str] | tuple[str, ...]) -> str | None:
    """The answer form a forced-pass hypothesis spells out completely (filler dropped), or None."""
    text = " ".join(w for w in hypothesis.split() if w not in FORCED_LEAD)
    return text if text in forms else None


def answer_unclear(transcript: str, forms: list[str] | tuple[str, ...]) -> bool:
    """True when the first pass over a spoken answer to a closed question heard nothing, or at most
    two words none of which means anything there: no word of an answer form (``forms``, see
    :func:`forced_answers`), no number, yes, no or call-control word, no whole don't-know or
    refusal phrase ("clue" alone is none), only fillers and everyday words ("i", "you", "all", "water"). Through the telephone band a lone "five" came
    out as "i", "four" as "all", "one" as "water" (issue 11); only then does the recogniser try the
    forced answer grammar, whose reading is always read back (``_sphinx.FORCED_ANSWER_CONFIDENCE``)."""
    words = transcript.split()
    if len(words) > 2:
        return False
    said = {w for f in forms for w in f.split()}
    if any(w in said or w in _MEANINGFUL_IN_ANSWER for w in words):
        return False
    padded = f" {' '.join(words)} "
    return not any(f" {p} " in padded for p in (*DONT_KNOW, *REFUSED))


def _meaningful_at_read_back() -> frozenset[str]:
    numbers = {w for n in range(0, 101) for w in number_words(n).split()}
    control = {w for p in CONTROL for w in p.split()} - set(GARBAGE) - set(FILLERS)
    return frozenset(numbers | control)


_MEANINGFUL_AT_READ_BACK = _meaningful_at_read_back()
_MEANINGFUL_IN_ANSWER = _MEANINGFUL_AT_READ_BACK | (
    frozenset(w for p in (*YES, *NO) for w in p.split()) - set(GARBAGE) - set(FILLERS) - _EMPTY_WORDS
)


def _core_values(question: Any) -> list[str]:
    values = phrase_values(question) or {}
    core = [
        p
        for p, v in values.items()
        if v is not None and len(p.split()) <= 3 and not p.startswith(("i'd", "maybe", "about", "probably", "a "))
    ]
    return core[:40]


def expected_phrases(question: Any) -> list[str] | None:
    """The phrases of :func:`phrase_values` (``None`` for open and date questions)."""
    values = phrase_values(question)
    return None if values is None else list(values)


def slot_of(transcript: str, question: Any) -> str | None:
    """The answer slot a recognised ``transcript`` means for ``question``, or ``None``.

    Exact phrase first, then the longest expected phrase contained in the transcript (word
    boundaries). Used by benchmarks and tests to score recognition; the conversation engine has
    its own answer parser.
    """
    values = phrase_values(question)
    if not values:
        return None
    text = " ".join(transcript.lower().split())
    if text in values:
        return values[text]
    padded = f" {text} "
    for phrase in sorted(values, key=len, reverse=True):
        if values[phrase] is not None and f" {phrase} " in padded:
            return values[phrase]
    return None


def opening_phrases() -> list[str]:
    """Likely replies to an opening "Is now a good time?": yes/no plus call control phrases."""
    return list(dict.fromkeys([*YES, *NO, "yes it is", "now is fine", "go ahead", "who is this", *CONTROL]))
