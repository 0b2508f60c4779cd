"""Answers that tend to be wrong the first time a parser meets a new caller (issue 11).

Every stop, a corpus nobody had tuned on stored 2-16 wrong values per ~500 typed lines at first
contact, while the same code stored none on the corpora it was developed on. The phrasings that
went wrong were new each time, but the *shape* of the turn that held them was not: the caller
asked something back, set a value against another ("but", "except", "used to"), said two values
for one question, negated beside a yes or a no, or spoke of a thing or a unit the question does
not count. :func:`risks` names those shapes from the caller's words, the question and the
parser's reading alone (it never reads a value itself), so that the survey reads such an answer
back ("I heard three, is that right?") instead of storing it at once. A read-back costs a right
answer one "yes"; a wrong value read back is never stored.

The rule was fitted on the first-contact logs of answers blind6 to blind16 and validated on
blind17 and blind18 (the figures are in docs/conversations.md, "first-contact risk"). On 5 December
2026 the logs were rebuilt for blind6-blind32 (benchmarks/first_contact_log.py →
benchmarks/first_contact_wrong.jsonl; benchmarks/first_contact_cost.py counts what is caught and
what it costs) and the shapes of :mod:`customario.dialogue.answer_risk_shapes` were added, each
seen wrong on three or more corpora, plus ``lead_polarity`` here. Pure functions, no I/O
(WordNet's files are read once, :mod:`customario.escalation.wordnet`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Connectives of contrast, concession and exception (Penn Discourse Treebank 2.0 annotation manual,
# the Comparison.Contrast / Comparison.Concession / Expansion.Exception senses, the single-word
# and the common two-word ones) and the editing terms of a self-repair (Levelt, "Monitoring and
# self-repair in speech", Cognition 14, 1983: "no", "wait", "I mean", "rather", "sorry", "or").
# Beside a value they say that another value is in the turn, or that the value is not the
# caller's whole answer.
CONTRAST = (
    "but",
    "except",
    "although",
    "though",
    "however",
    "whereas",
    "instead",
    "rather",
    "otherwise",
    "unless",
    "apart from",
    "other than",
    "besides",
    "actually",
    "wait",
    "hold on",
    "hang on",
    "i mean",
    "sorry",
    "or maybe",
    "either",
)
# Words that move the answer away from the present occasion or from the caller: another time ("used
# to", "last time", "next time", "before that", "usually") or another person's view ("my wife would
# say"). Sources: the temporal connectives of the same PDTB manual (Temporal.Asynchronous) and the
# reported-speech frames of a survey answer (a proxy respondent, AAPOR Standard Definitions 2023).
ELSEWHERE = (
    "used to",
    "last time",
    "next time",
    "this time",
    "before that",
    "usually",
    "would say",
    "says",
    "said",
)
# Negators (Penn Treebank: RB "not", "n't"; DT "no"; "never", "nothing", "none", "nobody").
_NEGATOR = r"(?:not|no|never|nothing|none|nobody|nah|nope|nae|naw|n't)"
_AFFIRMATIVE = r"(?:yes|yeah|yep|yup|aye|sure|of course|definitely|absolutely|certainly)"
_WORD = re.compile(r"[a-z][a-z'’-]*")
# Questions whose value is a number: the words after a number there should be the question's own.
NUMERIC = ("nps", "scale", "number")
# Questions whose value is a rating (no ``contrast`` reason, see :func:`risks`).
RATINGS = ("nps", "scale")


def _has(phrases: tuple[str, ...], t: str) -> str | None:
    """The first of ``phrases`` said as whole words in ``t`` (lower case), or None."""
    for p in phrases:
        if re.search(rf"(?<![a-z']){re.escape(p)}(?![a-z'])", t):
            return p
    return None


@lru_cache(maxsize=4096)
def _digits(text: str) -> str:
    """``text`` with every number in words written in digits (text2num's ``alpha2digit``, from
    "one" up; "out of ten" and "/10" of a rating left out)."""
    from text_to_num import alpha2digit

    try:
        digits = alpha2digit(text, "en", threshold=0)
    except Exception:  # text2num refuses some inputs: read the digits as typed
        digits = text
    return re.sub(r"\s*(?:out of|/)\s*\d+", " ", digits)


def _numbers(text: str) -> list[float]:
    """Every number said in ``text`` (digits or words, see :func:`_digits`), in order, repeats kept."""
    out: list[float] = []
    for m in re.finditer(r"(?<![\w.])-?\d+(?:[.,]\d+)*", _digits(text)):
        try:
            out.append(float(m.group().replace(",", "")))
        except ValueError:
            continue
    return out


def _question_words(question: Any) -> set[str]:
    """Lower-case words of the question's text, id and choice labels."""
    words = " ".join(
        [str(getattr(question, "text", "") or ""), str(getattr(question, "id", "") or "").replace("_", " ")]
        + [f"{c.label} {c.code}" for c in (getattr(question, "choices", None) or [])]
    ).lower()
    return set(_WORD.findall(words))


def _foreign_noun_after_number(question: Any, text: str) -> str | None:
    """A noun said right after a number that the question does not count ("two dogs" to "how many
    pets", "forty quid" to "how much did you pay in dollars"), or None. The noun counts as the
    question's own when it, its WordNet base form, a synonym or a word above it in WordNet (a kind
    of) is a word of the question (or the base form of one)."""
    from customario.escalation import wordnet
    from customario.escalation.wordnet import is_kind_of

    wn = wordnet.load()
    if wn is None:
        return None
    asked = _question_words(question)
    asked |= {base for w in list(asked) for base in wn.lemmas(w, "noun")}
    for m in re.finditer(r"\d(?:[\d.,]*\d)?\s*([a-z][a-z']+)", _digits(text)):
        word = re.sub(r"'s?$", "", m.group(1))
        if len(word) < 3 or word in asked or word in _NOT_COUNTED or not wn.classes(word, "noun"):
            continue
        if any(is_kind_of(word, unit) for unit in OWN_UNITS):
            continue
        bases = set(wn.lemmas(word, "noun")) | {word}
        above: set[str] = set()
        for b in bases:
            above |= wn.ancestors(b, "noun", depth=4) | wn.synonyms(b, "noun")
        # A multi-word lemma counts by its head, its last word ("wheel spoke" is a spoke).
        if not (bases | {a.split()[-1] for a in above}) & asked:
            return word
    return None


# Words after a number that are not a thing counted: time and frequency ("three times", "ten
# minutes" are read by the parser's own unit rules), ratings, and function words WordNet also
# lists as nouns ("a", "one", "or").
_NOT_COUNTED = frozenset(
    "and or out the times time per percent stars star points point minutes minute hours hour days day "
    "weeks week months month years year ago more less each".split()
)


# Units a number may carry to any question without changing what it counts: time (WordNet
# "time unit": minutes, hours, "mins") is read by the parser's own duration rules, and the
# campaign's money is US dollars and cents (``dollar`` takes in "bucks").
OWN_UNITS = ("time unit", "dollar", "cent")


def _polarity_mixed(t: str) -> bool:
    """True when a yes/no turn holds two negators, or an affirmative and a negator ("not late,
    no", "yeah nah", "yes, well, no")."""
    negs = re.findall(rf"(?<![a-z']){_NEGATOR}(?![a-z])|n't\b", t)
    yes = re.findall(rf"(?<![a-z]){_AFFIRMATIVE}(?![a-z])", t)
    return len(negs) >= 2 or (bool(negs) and bool(yes))


def _lead_contrary(t: str, value: Any) -> bool:
    """True when a yes/no turn opens with a yes word and was read as no, or with a no word and was
    read as yes ("Nae, it went bang on time" read as yes)."""
    first = re.match(rf"\W*({_AFFIRMATIVE}|{_NEGATOR})(?![a-z'])", t)
    if first is None or value not in ("yes", "no"):
        return False
    said = "yes" if re.fullmatch(_AFFIRMATIVE, first.group(1)) else "no"
    return said != value


def _value_unsaid(qtype: str, t: str, value: Any) -> bool:
    """True when a numeric ``value`` is not among the numbers said in ``t`` although some number
    was said ("two and a half grand" read as 2.5, "-1" read as 1), or a date's year differs from a
    year said ("January tenth, twenty twenty-eight" read in 2027)."""
    said = _numbers(t)
    if qtype in NUMERIC and isinstance(value, (int, float)) and said:
        return float(value) not in said
    if qtype == "date" and isinstance(value, str) and len(value) >= 4:
        years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", _digits(t).replace("20 ", "20"))]
        return bool(years) and int(value[:4]) not in years
    return False


def _choices_said(question: Any, t: str) -> int:
    """How many of the question's choices are named in ``t``: a choice is named when a word of its
    label (four letters or more) is said, or a word close to it (rapidfuzz ratio >= 85: a typo)."""
    from rapidfuzz import fuzz

    words = [w for w in _WORD.findall(t) if len(w) >= 4]
    labels = [
        {w for w in _WORD.findall(c.label.lower()) if len(w) >= 4} for c in getattr(question, "choices", None) or []
    ]
    named = 0
    for i, label in enumerate(labels):
        # A word two labels share ("message" of "text message" and "voice message") names neither.
        own = label - set().union(*(other for j, other in enumerate(labels) if j != i))
        if any(fuzz.ratio(w, lw) >= 85 for w in words for lw in own):
            named += 1
    return named


def _stored_count(value: Any) -> int:
    return len(value) if isinstance(value, (list, tuple)) else 1


def risks(question: Any, text: str, value: Any = None) -> list[str]:
    """The reasons to read back ``value`` (the parser's valid reading) of the caller's ``text``
    (typed, or a transcript) for ``question`` before it is stored; [] when the answer looks plain.

    Reasons: ``asked_back`` (a question mark: the caller asked something), ``contrast`` (a word of
    :data:`CONTRAST` beside the value; not at a rating, :data:`RATINGS`), ``elsewhere`` (:data:`ELSEWHERE`: another time or
    person), ``two_values`` (two numbers said to a numeric question), ``value_unsaid`` (the value
    is not a number that was said), ``mixed_polarity`` (a yes/no turn with two negators or a yes
    and a negator), ``other_noun`` (a number said of a thing the question does not count),
    ``choices`` (more choices named than read, or a negator beside a choice), ``clash`` (a top or
    bottom rating said with words of the opposite sentiment, VADER), ``lead_polarity`` (a yes/no
    turn whose first word says the other answer: "Nah, bang on time" read as yes), and the shapes
    of :mod:`customario.dialogue.answer_risk_shapes` (``listed``, ``all_and_some``, ``rate``,
    ``vague``, ``bound``, ``number_form``, ``approximate``, ``irony``,
    ``other_person``). For an open answer the reasons
    are ``asked_back``, ``contrast`` or ``negated_open`` (a negator in its first three words: a
    don't-know in other words, "Nothing I'd add"); the survey does not read open answers back for
    them (typed words are the caller's own, a transcript is read back by its confidence, see
    ``ReadBackMixin._needs_confirmation``), they are named for measurement. Measured and left out for their cost: the
    parser's hedged readings ("about", "maybe": 6 wrong for 176 right on the fit logs) and turns
    of more than 14 words (0 wrong that nothing else caught, 10 right)."""
    from customario.dialogue import sentiment

    qtype = getattr(question, "type", "")
    t = " ".join((text or "").lower().replace("’", "'").split())
    words = _WORD.findall(t)
    checks = {
        "asked_back": "?" in t,
        "contrast": _has(CONTRAST, t) is not None,
    }
    if qtype == "open":
        checks["negated_open"] = any(re.fullmatch(rf"{_NEGATOR}|\w*n't", w) for w in words[:3])
        return [k for k, v in checks.items() if v]
    if qtype in RATINGS:
        # A contrast word beside a rating qualifies the reason, not the value ("Eight, but the
        # wait was long"): on the first-contact logs of blind6-blind20 it read back 48 right
        # ratings and caught none of the 161 wrong values; a second rating said is two_values.
        checks["contrast"] = False
    checks["elsewhere"] = _has(ELSEWHERE, t) is not None
    if qtype in NUMERIC:
        checks["two_values"] = len(_numbers(t)) >= 2
        checks["other_noun"] = _foreign_noun_after_number(question, t) is not None
        checks["clash"] = sentiment.disagrees(question, value, text)
    if qtype in NUMERIC or qtype == "date":
        checks["value_unsaid"] = _value_unsaid(qtype, t, value)
    if qtype == "yes_no":
        checks["mixed_polarity"] = _polarity_mixed(t)
    if qtype in ("single_choice", "multi_choice"):
        named = _choices_said(question, t)
        negated = re.search(rf"(?<![a-z']){_NEGATOR}(?![a-z])|n't\b", t) is not None
        checks["choices"] = named > _stored_count(value) or (negated and named >= 1)
    checks.update(_more_shapes(question, qtype, t, value))
    return [k for k, v in checks.items() if v]


def _more_shapes(question: Any, qtype: str, t: str, value: Any) -> dict[str, bool]:
    """The reasons of :mod:`customario.dialogue.answer_risk_shapes` that apply to ``qtype``."""
    from customario.dialogue import answer_risk_shapes as shapes

    asked = set(_WORD.findall(str(getattr(question, "text", "") or "").lower()))
    out: dict[str, bool] = {}
    if qtype == "multi_choice":
        out["listed"] = shapes.parts_listed(question, t) > _stored_count(value)
        out["all_and_some"] = shapes.all_and_some(question, t, _stored_count(value), _choices_said)
    if qtype == "number":
        digits = _digits(t)
        out["rate"] = shapes.rate_said(question, digits) is not None
        out["vague"] = shapes.vague_count(digits)
        out["bound"] = shapes.bound_said(digits)
        out["number_form"] = shapes.number_form(digits)
    if qtype in ("nps", "scale"):
        out["bound"] = shapes.bound_said(_digits(t))
    if qtype == "yes_no":
        out["lead_polarity"] = _lead_contrary(t, value)
    if qtype == "date":
        out["approximate"] = shapes.approximate(t)
    if qtype in ("nps", "scale", "yes_no"):
        out["irony"] = shapes.ironic(question, t, value)
    if qtype in ("yes_no", "number", "single_choice", "multi_choice"):
        # Not at a rating or a date: there a relative is the occasion ("my daughter's first day"),
        # on the first-contact logs it caught no wrong value there and read back right ones.
        out["other_person"] = shapes.other_person(question, t, asked) is not None
    return out
