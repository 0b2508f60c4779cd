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

from customario.conversation.voice.date_phrases import _DAY_ORDINALS, HOLIDAYS, date_phrases  # noqa: F401  (re-exported)
from customario.conversation.voice.forced_passes import (  # noqa: F401  (re-exported: _sphinx and tests use them here)
    FORCED_LEAD,
    READ_BACK_NO,
    READ_BACK_YES,
    answer_unclear,
    forced_answers,
    forced_form,
    forced_grammar,
    read_back_form,
    read_back_grammar,
    read_back_unclear,
)
from customario.conversation.voice.phrase_words import (  # noqa: F401  (re-exported)
    _LIKE_NO,
    _LIKE_YES,
    _MAX_SPELLED,
    CHANGE_CARRIERS,
    CONTROL,
    DONT_KNOW,
    DONT_KNOW_HEADS,
    DONT_KNOW_TAILS,
    FILLERS,
    GARBAGE,
    NO,
    OPT_OUT,
    REFUSED,
    REPEAT,
    YES,
    YES_HEDGED,
    counts_occasions,
    label_parts,
    occasion_forms,
    week_forms,
)
from customario.conversation.voice.courtesy_forms import courtesy_forms
from customario.conversation.voice.dont_know_forms import dont_know_forms
from customario.conversation.voice.optout_forms import optout_forms
from customario.conversation.voice.rating_idioms import rating_idioms
from customario.conversation.voice.refusal_forms import refusal_forms, value_refusal_forms
from customario.conversation.voice.yesno_idioms import yes_no_idioms
from customario.dialogue.spoken import number_words  # noqa: F401  (re-exported: benchmarks and tests use it here)


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


# How callers say that none of a multiple-choice question's choices apply. With only "none of them"
# in the model, "None of those, really, ..." came out as "don't phone really ..." on a clean voice
# and "don't phone me it it opt out ..." through the telephone band (answers blind47 voice sample,
# 6 December 2026); "none of those" and "none of them" begin 13 of the 27 answers of the
# development corpora that expect no choice. Each form is one the parser reads as no choice.
# "Nothing" and "none" on their own or with a short tail begin 17 more of the 54 (8 December 2026);
# with "nothing" only a garbage word of weight one, "Nothing." came out as "the think", "don't
# think" (us-m3-150) or "updates", a choice, through the telephone band (answers blind72 voice
# sample, gb-f3-170 phone).
_NONE_OF_THEM = (
    "none of them",
    "none of those",
    "none of these",
    "none of the above",
    "nothing",
    "none",
    "nothing at all",
    "none at all",
    "nothing really",
    "nothing else",
)


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
        out += [(p, "yes") for p in (*YES, *YES_HEDGED)] + [(p, "no") for p in NO]
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
        # "The last option." said through the telephone band came out as "opt out of" without it.
        out += [("the last one", question.choices[-1].code), ("the last option", question.choices[-1].code)]
        if len(question.choices) % 2 == 1:
            middle = question.choices[len(question.choices) // 2].code
            out += [("the middle one", middle), ("the middle option", middle)]
        if t == "multi_choice":
            out += [(f"{a} and {b}", f"{ca},{cb}") for i, (a, ca) in enumerate(labels) for b, cb in labels[i + 1 :]]
            out += [("all of them", ",".join(c for _, c in labels)), *((p, "") for p in _NONE_OF_THEM)]
    else:
        return None
    if getattr(question, "allow_dont_know", True):
        out += [(p, "dont_know") for p in (*DONT_KNOW, *code_phrases(question))]
    if getattr(question, "allow_refused", True):
        out += [(p, "refused") for p in REFUSED]
    out += [(p, None) for p in (*CONTROL, *OPT_OUT)]
    result: dict[str, str | None] = {}
    for phrase, value in out:
        phrase = " ".join(phrase.split())
        if phrase and phrase not in result:
            result[phrase] = value
    return result


def code_phrases(question: Any) -> list[str]:
    """A don't-know said with what it is about, for ``question``'s type: "i don't know how to rate
    that" (nps, scale), "not a clue when", "no idea what date" (date); [] for other types. Lower
    case, from :data:`DONT_KNOW_HEADS` x :data:`DONT_KNOW_TAILS`. Without them the words after the
    don't-know pulled its start into other words ("i don't me the out of late", answers blind27
    voice sample, 5 December 2026)."""
    tails = DONT_KNOW_TAILS.get(getattr(question, "type", None), ())
    return [f"{h} {t}" for h in DONT_KNOW_HEADS for t in tails]


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


def decoder_phrases(question: Any, weight: int = 8) -> list[str] | None:
    """Everything the per-question language model should know for ``question``: the expected
    replies (:func:`expected_phrases`), out-of-range numbers, fillers and carrier phrases, refusals
    said as a verb phrase ("i'd rather not rate them", :func:`.refusal_forms.refusal_forms`, once
    each), don't-knows said as a clause ("i honestly don't remember",
    :func:`.dont_know_forms.dont_know_forms`, once each), opt-outs as callers say them ("take me off your list", :func:`.optout_forms.optout_forms`,
    once each) and the garbage words; for a date question the ways of saying a day (:func:`date_phrases`); ``None``
    for open questions (open vocabulary)."""
    refusals = refusal_forms() if getattr(question, "allow_refused", True) else []
    # Don't-knows said as a clause ("i honestly don't remember"), once each, beside the refusals.
    refusals = [*refusals, *(dont_know_forms() if getattr(question, "allow_dont_know", True) else [])]
    if getattr(question, "type", None) == "date":
        extra = (
            [*DONT_KNOW, *code_phrases(question), *REFUSED]
            if getattr(question, "allow_dont_know", True)
            else [*REFUSED]
        )
        return [*date_phrases() * 2, *extra * 2, *refusals, *CONTROL, *OPT_OUT, *optout_forms(), *FILLERS, *GARBAGE]
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
        *emphatic_yes_forms(question) * 2,
        *yes_no_idioms(question) * 2,
        *rating_idioms(question),
        *courtesy_forms(question),
        *refusals,
        *value_refusal_forms(question),
        *optout_forms(),
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


# Approximations said after the number ("forty or so", "twelve hundred, give or take", "ten
# tops", "thirty more or less"): in the typed development answers corpora "give or take" ends 72
# lines, "or so" 24, "tops" 12, "more or less" 9 (and "-ish" 57, a suffix the recogniser's
# dictionary has no words for). Missing from the model, "Thirteen hundred or so." came out as
# "thirteen hundred four so" (1,304) on a clean voice (us-m3-150, 7 December 2026). The parser reads
# each form as the number before it.
_APPROX_AFTER = ("or so", "give or take", "more or less", "tops")


def approximations_after(hi: int, nouns: list[str]) -> list[str]:
    """Numbers with an approximation after them (:data:`_APPROX_AFTER`) for a number question whose
    largest answer is ``hi`` and whose counted nouns or units are ``nouns`` ("nights", "dollars"):
    the round numbers up to ten and the tens, "hundred"/"thousand" when the range reaches them, and
    each noun, before each approximation ("forty or so", "hundred give or take", "nights tops").
    Lower case, for :func:`answer_forms`."""
    heads = [*_ROUND[:10], *_ROUND[19:], *(["hundred"] if hi >= 100 else []), *(["thousand"] if hi >= 1000 else [])]
    return [f"{h} {a}" for a in _APPROX_AFTER for h in (*heads, *nouns)]


# How callers lead into a number they remember (5 December 2026): missing, "I believe it was sixty
# dollars, dear." came out as "i'd really me twelve sixty dollars year" and "Y'know, I wanna say it
# was seventy-two." as "you what was eight was seventy two" (answers blind27 voice sample): stray
# numbers beside the answer, asked again on every caller variant.
_RECALL_CARRIERS = (
    "it was",
    "i believe it was",
    "i think it was",
    "i want to say",
    "i wanna say",
    "i wanna say it was",
    "you know",
    "y'know",
)


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
    out += approximations_after(hi, nouns)
    out += occasion_forms(question) + week_forms(question)
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
    out += hundreds_past_ten(hi) + hundreds_and(hi)
    out += people_counted_forms(question)
    # Carrier phrases before a remembered amount or count (last: change_values takes the first forms).
    out += [*_RECALL_CARRIERS, *(f"it was {n}" for n in _ROUND)]
    return list(dict.fromkeys(out))


# Hundreds counted past ten, as amounts and years are said ("twelve hundred", "fifteen hundred
# dollars", "twenty-five hundred"): 144 lines of the typed development answers corpora say eleven to
# nineteen hundred and 7 twenty-five hundred, every other count of hundreds once or twice. Missing
# from the model, "Twelve hundred." came out as "one hundred" and "Fifteen hundred" as "fifty
# hundred" through the telephone band (answers blind66 voice sample, gb-f3-170 phone, 7 December
# 2026); the parser reads each form as its value (1,200, 2,500).
_HUNDREDS_PAST_TEN = (*range(11, 20), 25)


def hundreds_past_ten(hi: int) -> list[str]:
    """The hundreds counted past ten (:data:`_HUNDREDS_PAST_TEN`) of a number question whose
    largest answer is ``hi``, alone and before "and" ("twelve hundred", "twelve hundred and"), for
    those not above ``hi``; [] below 1,100. Lower case, for :func:`answer_forms`."""
    counts = [number_words(n) for n in _HUNDREDS_PAST_TEN if n * 100 <= hi]
    return [f"{c} hundred" for c in counts] + [f"{c} hundred and" for c in counts]


def hundreds_and(hi: int) -> list[str]:
    """A hundred and the rest said after "and" ("a hundred and eighty", "two hundred and fifty": 529
    typed development lines say "hundred and" before a number word), and an approximation before
    "a hundred" ("around a hundred"), for a number question whose largest answer ``hi`` reaches a
    hundred; [] below. Missing from the model, the "and" came out as "than" ("a hundred than
    eighty", the "more than" of the approximations) or took the next word with it ("one hundred
    and i'd eighty"): no value, asked again (us-m3-150, answers blind66 voice sample, 7 December
    2026). Lower case, for :func:`answer_forms`."""
    if hi < 100:
        return []
    return ["a hundred and", *(f"hundred and {n}" for n in _ROUND), *(f"{a} a hundred" for a in _APPROX)]


# The counts of a group said with "of us" (:func:`people_counted_forms`), up to this many.
_MOST_OF_US = 12


def people_counted_forms(question: Any) -> list[str]:
    """How a caller counts a group they were in, for a number question that counts people
    (``listed_counts.asks_people``: "How many people were in your group?"): "five of us", "there
    were five of us", "the two of us", from two to twelve within the question's range; [] for other
    questions. The development answers corpora hold 68 lines counting so ("There were six of us.",
    "Just the two of us", "it was five of us, not four"), from most writers, each read by the answer
    parser as the number; the models had the number bare or with "people", and through the telephone
    band "Wait, go back, there were five of us, not four." came out as "late don't goodbye of double"
    (answers blind62 voice sample, gb-f3-170 phone). Lower case."""
    from customario.dialogue.listed_counts import asks_people

    if getattr(question, "type", None) != "number" or not asks_people(question):
        return []
    lo, hi = question.bounds
    lo = int(lo) if lo is not None else 0
    hi = int(hi) if hi is not None else 100
    counts = [number_words(n) for n in range(max(lo, 2), min(hi, _MOST_OF_US) + 1)]
    return [f.format(n=n) for n in counts for f in ("{n} of us", "there were {n} of us", "the {n} of us")]


# The auxiliaries an emphatic yes echoes besides the question's own: the past copula and "did".
# Callers answer with the verb of the predicate they have in mind, not always the question's ("Did
# the tuner arrive within the time slot?" - "Sure was.").
_EMPHATIC_AUXILIARIES = ("was", "did")


def emphatic_yes_forms(question: Any) -> list[str]:
    """The emphatic yes that echoes an auxiliary, for a ``yes_no`` question: "sure was", "sure
    did", "it sure was", "they sure did" (American English; the answer parser reads each as yes,
    ``dialogue.yesno``), with the question's own auxiliary and :data:`_EMPHATIC_AUXILIARIES`; []
    for other questions. Without them the per-question model had no path from "sure" to an
    auxiliary: through the telephone band "Sure was." came out as "what was", "goodbye" or a lone
    "no", and a "no" heard at 0.5 was stored (answers blind52 voice sample, gb-f3-170 phone, 6
    December 2026). Lower case, for :func:`decoder_phrases`."""
    if getattr(question, "type", None) != "yes_no":
        return []
    first = re.findall(r"[a-z']+", (getattr(question, "text", "") or "").lower())[:1]
    auxiliaries = dict.fromkeys([*(w for w in first if w in _AUXILIARIES), *_EMPHATIC_AUXILIARIES])
    out = [f"sure {a}" for a in auxiliaries]
    out += [f"{p} sure {a}" for a in auxiliaries for p in _AGREEING.get(a, _PRONOUNS)]
    return [*out, *(f"yes {f}" for f in out[: len(auxiliaries)])]


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
    # came out as nothing else) or like "no" ("so", "go", "good", :data:`_LIKE_NO`) are left out of
    # this model; the other garbage words and fillers stay.
    garbage = [w for w in GARBAGE if w not in _LIKE_YES | _LIKE_NO]
    fillers = [w for w in FILLERS if w not in _LIKE_NO]
    return [*yes * 4, *no * 4, *fixes, *((*CONTROL, *REPEAT) if control else ()), *fillers, *garbage]


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


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NEAR_DAYS = ("yesterday", "today", "tomorrow", "the day before yesterday")
_TYPE_NAMES = {"nps": ("score", "recommendation"), "scale": ("rating",), "date": ("date",)}
_VALUE_FRAMES = ("i meant {v}", "it was {v}", "it's {v}", "make it {v}", "put down a {v}", "{v} instead", "to a {v}")
# The value taken back after the new one ("it was the cat, not the dog", "the tenth, not the
# ninth"), and a value said with "the" when the model has it without: for a change said in full
# (answers blind27 voice sample, 5 December 2026: "... it was the cat, not the dog" came out as
# "... it was a cat both a dog", "... it was the tenth, not the ninth" as "... the tenth opt the minus").
_TAKEN_BACK_FRAMES = ("not {v}", "{v} not")
_BARE_FRAMES = ("it was the {v}", "not the {v}")
# A rating said with its indefinite article in a change ("make it a nine, not a seven", "make that
# an eight"): 112 lines of the development answers corpora change a rating with "make it/that a
# ...", 65 take the old one back with "not a ...", from most writers. The models had the rating bare
# ("make it nine", "not nine"), and through the telephone band "Hang on, before that, the recommend
# one, make it a nine not a seven." came out as "... the recommend one rate it i'd go with haven't"
# (answers blind62 voice sample, gb-f3-170 phone, three tellings). "to {a}" and "put down {a}"
# repeat two of :data:`_VALUE_FRAMES` with the article right ("to an eight", not "to a eight").
_RATING_FRAMES = ("make it {a}", "make that {a}", "not {a}", "to {a}", "put down {a}")


def _with_article(word: str) -> str:
    """``word`` (a number said in words) with its indefinite article: "a nine", "a one", "an
    eight", "an eleven" ("an" before a vowel sound; of the number words only eight, eleven,
    eighteen and eighty begin with one: "one" begins with /w/)."""
    return ("an " if word.startswith(("eight", "eleven")) else "a ") + word


def correction_phrases(earlier: list[Any]) -> list[str]:
    """How a caller changes an answer given before, for the model of the question being asked:
    the change carriers (:data:`CHANGE_CARRIERS`: "go back one", "i meant", "but it was",
    "instead"), the names of each ``earlier`` question (its aliases and id: "the price question",
    "my recommendation") and its values in change frames ("i meant eleven dollars", "make it
    tuesday", "put down a seven"). ``earlier``: the definitions ``Question`` objects asked before
    the current one. Lower case; [] when there are none."""
    if not earlier:
        return []
    out = list(CHANGE_CARRIERS)
    for q in earlier:
        names = [*(a.lower() for a in getattr(q, "aliases", None) or []), q.id.replace("_", " ").lower()]
        names += _TYPE_NAMES.get(q.type, ())
        for name in dict.fromkeys(" ".join(re.sub(r"[^a-z' ]", " ", n).split()) for n in names):
            if name:
                out += [f"the {name} question", f"my {name}", f"the {name} one", name]
        values = change_values(q)
        if q.type not in ("date", "open"):
            values += [f for f in answer_forms(q) if not f.startswith(_APPROX) and len(f.split()) <= 3][:15]
        out += [f.format(v=v) for v in dict.fromkeys(values) for f in (*_VALUE_FRAMES, *_TAKEN_BACK_FRAMES)]
        # A count of people changed as the caller counts a group ("there were five of us, not four").
        out += [f for f in people_counted_forms(q) if not f.startswith("the ")]
        if q.type in ("nps", "scale"):
            lo, hi = q.bounds
            lo, hi = int(lo if lo is not None else 0), int(hi if hi is not None else 10)
            out += [f.format(a=_with_article(number_words(n))) for n in range(lo, hi + 1) for f in _RATING_FRAMES]
        if q.type not in ("nps", "scale", "number"):
            # "not the four" is no way to take a rating back: with it, "give him a three, not a four"
            # came out as "... three not the four" (answers blind28 voice sample).
            out += [f.format(v=v) for v in dict.fromkeys(values) if not _ARTICLED.match(v) for f in _BARE_FRAMES]
    return list(dict.fromkeys(out))


_ARTICLED = re.compile(r"^(?:the|a|an)\b")


def change_values(question: Any) -> list[str]:
    """The values a caller may change an earlier answer of ``question`` to, one short spoken form
    each, over the question's whole range: every number of a narrow range and the scale's labels;
    each choice's label, synonyms and shorter names; yes and no; weekdays, yesterday/today/tomorrow
    and days of the month for a date; none for an open question. Lower case. A wide number range
    (more than :data:`_MAX_SPELLED` apart) gives its round numbers only (0-20, tens, hundreds,
    thousands): with 0-99 and the hundreds of a
    0-1500 fee in every change frame, "go back one, make the meeting Tuesday instead" came out as
    "... make reading to three instead" (the frames' numbers outweighed "tuesday instead").

    Until 5 December 2026 the change frames took the first 15 phrases of the question's own model
    (``_core_values``), which for a number, scale or nps question stopped at "seven" and for a choice
    question at the first choice's names: "go back one, I said twelve but it was ten" and "the price
    question, I meant eleven dollars" had no "it was ten" or "i meant eleven" to be heard as, and
    came out as "... it was two" and "... monday one toilet" (answers blind24 voice sample)."""
    t = getattr(question, "type", None)
    if t == "date":
        return [*_WEEKDAYS, *_NEAR_DAYS, *(f"the {o}" for o in _DAY_ORDINALS)]
    if t == "yes_no":
        return ["yes", "no"]
    if t in ("single_choice", "multi_choice"):
        out = []
        for choice in question.choices:
            out += [choice.label.lower(), *(s.lower() for s in choice.synonyms), *label_parts(choice.label)]
        out = [" ".join(re.sub(r"[^a-z' ]", " ", p).split()) for p in out]
        return list(dict.fromkeys(p for p in out if p and len(p.split()) <= 3))
    if t in ("nps", "scale", "number"):
        lo, hi = question.bounds
        lo = int(lo) if lo is not None else 0
        hi = int(hi) if hi is not None else (10 if t != "number" else 100)
        wide = hi - lo > _MAX_SPELLED
        picks = [*range(0, 21), *range(30, 100, 10), *range(100, 1000, 100), *range(1000, 10000, 1000)]
        numbers = [n for n in picks if lo <= n <= hi] if wide else range(max(lo, 0), min(hi, 9999) + 1)
        out = [number_words(n) for n in numbers]
        return out + [label.lower() for label in (getattr(question, "labels", None) or {}).values()]
    return []
