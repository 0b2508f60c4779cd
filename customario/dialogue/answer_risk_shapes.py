"""More shapes of answers that go wrong at first contact, read by :func:`answer_risk.risks` (issue 11).

Counted on the first-contact logs of answers blind6-blind32 (benchmarks/first_contact_wrong.jsonl,
rebuilt by benchmarks/first_contact_log.py): each shape here held wrong values on three or more
corpora, from different writers, that none of the older reasons named. Each is read from grammar
or from a reading the code already has, never from a corpus line:

- ``listed``: a multiple-choice answer that lists more things, joined by a coordinator ("and",
  written "n", "&", "+", "plus"; Quirk et al., *A Comprehensive Grammar of the English Language*,
  1985, ch. 13) or as a comma list of short parts, than the choices stored;
- ``all_and_some``: "all" said beside fewer choices than were stored, or a part of all ("a bit of
  everything");
- ``rate``: an amount said per something (the distributive "a", "per", "each": "eighteen dollars a
  ticket", "two per room", "thirty-five dollars each") or for a period
  (:func:`customario.dialogue.periods.other_period`) that the question is not asked per;
- ``vague``: a count said with a vague quantifier ("a couple hundred", "two hundred and
  something"; Moxey and Sanford, *Communicating Quantities*, 1993); ``bound``: a number said as a
  bound ("more than five", "going on five", "higher than a five");
- ``number_form``: an amount in a form the campaign's dollars are not read from ("45k", "rs 500",
  "a buck twenty", "a tenner, maybe fifteen");
- ``approximate``: a date said with an approximator ("about", "sometime", "a week or two":
  Prince, Frader and Bosk, "On hedging in physician-physician discourse", 1982). Measured and left
  out: a date read from a holiday's name (:func:`date_holidays.named_day`) caught 6 more wrong
  values on the first-contact logs for 181 read-backs of right ones (1.1 per 100 lines);
- ``irony``: a top or bottom rating opened with an interjection ("Oh, a ten"), or a yes/no said
  with a set phrase of disbelief ("yeah right", "as if", "that'll be the day") or praise opened with
  an interjection and an intensifier ("Oh yeah, super polite, ..."; Kreuz and
  Caucci, "Lexical influences on the perception of sarcasm", 2007: interjections are the
  strongest lexical cue);
- ``other_person``: a yes/no, number or choice answer that speaks of a relative or a friend ("my
  husband did, I didn't", "check with my wife"): whose answer it is is unsure (WordNet: a kind of
  *relative* or *child*). Not when the question counts people or itself names such a person, nor
  when the relative only owns something ("my daughter's wedding").

Pure functions over lower-case text; WordNet through :mod:`customario.escalation.wordnet`.
"""

from __future__ import annotations

import re
from typing import Any, Callable

_WORD = re.compile(r"[a-z][a-z'’-]*")

# ---- lists -----------------------------------------------------------------------------------
# Coordinators of a list, as said and as typed ("and", "n", "an'", "&", "+", "plus", "as well as").
_COORD = re.compile(r"\s*,?\s*(?:\b(?:and|n|an'|plus|as well as|along with)(?![a-z'])|[&+])\s*")
_SEGMENT = re.compile(r"\s*(?:[,;]|\.\.\.|…)\s*")
# Words that carry no item of a list: fillers, discourse markers, hedges and function words.
_EMPTY = frozenset(
    "um uh er erm eh ah oh well so yeah yes yep like honestly also too actually i think you know mostly "
    "just only maybe probably the a an of my our some bit lot all it that this them those these "
    "that's thats it's good else sometimes really guess no nothing none nope nah more again both aye "
    "those two one definitely absolutely certainly".split()
)
# A comma segment that opens with a subject pronoun is a clause about the answer, not a listed
# thing ("Just the app, it came free", "None, we eat everything").
_CLAUSE = re.compile(r"^(?:i|i'm|i've|we|we're|they|they're|he|she|it|you|there|which|who|that|that's)\b")


def _content(part: str) -> list[str]:
    return [w for w in _WORD.findall(part) if w not in _EMPTY]


def parts_listed(question: Any, t: str) -> int:
    """How many things the answer ``t`` (lower case) lists: the parts between coordinators, and
    within a part the comma-separated segments when each holds at most three words and is no clause
    (:data:`_CLAUSE`); a part of fillers or closing words alone ("um", "that's all") is none, and a
    thing said twice ("spin, spin and yoga") is one. A choice whose label holds "and" ("bed and breakfast") is one."""
    for c in getattr(question, "choices", None) or []:
        for name in (c.label, *getattr(c, "synonyms", ())):
            name = name.lower()
            if re.search(r"\band\b|&", name):
                t = t.replace(name, name.replace("&", " ").replace(" and ", " ").replace(" ", "_"))
    seen: set[str] = set()
    for part in _COORD.split(t):
        segments = [s for s in _SEGMENT.split(part.strip(" .!?")) if _content(s)]
        if len(segments) > 1:
            segments = [s for s in segments if not _CLAUSE.match(s)]
        if len(segments) > 1 and all(len(_WORD.findall(s)) <= 3 for s in segments):
            seen |= {" ".join(_content(s)) for s in segments}
        elif segments:
            seen.add(" ".join(w for s in segments for w in _content(s)))
    return len(seen)


_ALL = re.compile(r"\b(?:all of (?:it|them|those|that)|everything|the lot|the whole lot|all of the above)\b")
_PARTITIVE = re.compile(
    r"\b(?:a bit of|bits of|some of|a little of|part of|most of)\s+(?:everything|it all|them all|the lot)\b"
)


def all_and_some(question: Any, t: str, stored: int, named: Callable[[Any, str], int]) -> bool:
    """True when a multiple-choice answer says "all" beside some choices named, fewer than were
    stored ("All of it: furniture, boxes, the seasonal stuff, the lot" stored as all five), or
    takes a part of all ("a bit of everything"): which choices are meant is not said. ``named``
    counts the choices a text names (``answer_risk._choices_said``)."""
    if _PARTITIVE.search(t):
        return True
    if not _ALL.search(t):
        return False
    return 0 < named(question, _ALL.sub(" ", t)) < stored


# ---- amounts ---------------------------------------------------------------------------------
_MONEY = r"(?:dollars?|bucks?|cents?|quid|pounds?|euros?|grand|k|times?)"
_PER = re.compile(
    rf"(?<![\w.])\d[\d.,]*\s*(?:{_MONEY}\s+)?(?:a|an|per|each|every)\s+"
    r"(?:(?:single|whole|full|typical|normal|regular|standard)\s+)?([a-z]+)"
)
_EACH = re.compile(rf"(?<![\w.])\d[\d.,]*\s*(?:{_MONEY}\s+)?(?:each|apiece)\b")
_PERIODS = {"day", "night", "week", "fortnight", "month", "quarter", "year", "term", "semester", "season"}


def _singular(w: str) -> str:
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def rate_said(question: Any, digits: str) -> str | None:
    """The thing or period an amount in ``digits`` (lower case, numbers in digits) is said per,
    when the question is not asked per it ("per ticket", "a night", "each"): "18 dollars a ticket"
    to "how much did you spend on tickets?" → ticket, "2 per room" → room, "35 dollars each" →
    each, "450 a quarter" to a monthly rent → quarter; else None."""
    from customario.dialogue.periods import other_period, question_period

    period = question_period(question)
    asked_text = (getattr(question, "text", "") or "").lower()
    asked = set(_WORD.findall(asked_text))
    for m in _PER.finditer(digits):
        noun = _singular(m.group(1))
        if noun == period or re.search(rf"\b(?:per|a|an|each|every)\s+(?:[a-z]+\s+)?{noun}s?\b", asked_text):
            continue
        if noun in _PERIODS and period is None and re.search(r"\btimes?\b", m.group(0)):
            continue  # a frequency ("3 times a week") to a question that names no period
        return noun
    if _EACH.search(digits) and not asked & {"each", "per", "apiece"}:
        return "each"
    other = other_period(digits)
    if other and period and other != period:
        return other
    return None


# An amount in a form the campaign's dollars are not read from: a multiplier suffix ("1.2k", "45k",
# "3m"), a currency named before the figure ("rs 500", "a buck twenty": a dollar and twenty cents,
# "£40"), or a banknote's name beside a figure ("a tenner, maybe fifteen").
_NUMBER_FORM = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?\s?(?:k|m|bn|mil)\b"
    r"|\b(?:buck|quid|rs|inr|rupees?|eur|euros?|gbp|pounds?|usd|dollar)\.?\s*\d|[£€¥₹]\s*\d"
)
_BANKNOTE = re.compile(r"\b(?:tenner|fiver)s?\b")


def number_form(digits: str) -> bool:
    """True when an amount (``digits``: lower case, numbers in digits) is said in one of the forms
    of :data:`_NUMBER_FORM`, or names a banknote beside a figure ("a tenner, maybe 15")."""
    return _NUMBER_FORM.search(digits) is not None or (
        _BANKNOTE.search(digits) is not None and re.search(r"\d", digits) is not None
    )


# Vague quantifiers (Moxey and Sanford, *Communicating Quantities*, 1993: "a couple", "a few",
# "several") and the vague tails of a number ("twenty-odd", "two hundred and something", "and
# change"). An approximator around a number said ("forty-ish", "six or so", "give or take") keeps
# that number as the answer and is not one: on the development corpora it was right 19 times of 19.
_VAGUE = re.compile(
    r"\b(?:couple|few|several|handful|dozens|hundreds|thousands|umpteen)\b"
    r"|\b(?:odd|and something|and change)\b(?!\s+(?:else|like|to|about|was|is|i|we))|\b[a-z]+-something\b"
)
# A number said as a bound or a point being neared, not the amount (comparatives and approximators:
# Prince, Frader and Bosk 1982: "almost", "nearly"; "going on", "more than", "at least", "over").
_BOUND = re.compile(
    r"\b(?:more|less|fewer|higher|lower|better|worse|bigger|smaller|greater)\s+than\b|\bat (?:least|most)\b"
    r"|\b(?:going on|nearly|almost|upwards of|up to|under|over|above|below|north of|south of|shy of)\s+(?:a |an )?(?:\d|dozen|score|hundred|thousand)"
)


def vague_count(digits: str) -> bool:
    """True when a count or amount (``digits``: lower case, numbers in digits) is said with a vague
    quantifier or tail ("a couple 100", "200 and something", "a few")."""
    return _VAGUE.search(digits) is not None


def bound_said(digits: str) -> bool:
    """True when a number is said as a bound ("more than 5", "going on 5", "10 dollars less than
    last year")."""
    return _BOUND.search(digits) is not None


# ---- dates ----------------------------------------------------------------------------------
_APPROX = re.compile(
    r"\b(?:about|around|roughly|approximately|approx|sometime|some time|or so|give or take|round about|"
    r"circa|ish)\b|-ish\b"
    r"|\b(?:a|an|one|two|three|four|five|six|\d+)\s+or\s+(?:two|three|four|five|six|so|\d+)\b"
    r"|\b(?:day|week|month|year|fortnight)s?\s+or\s+(?:two|three|so)\b"
)


def approximate(t: str) -> bool:
    """True when a date answer ``t`` is said roughly (:data:`_APPROX`)."""
    return _APPROX.search(t) is not None


# ---- irony ----------------------------------------------------------------------------------
_INTERJECTION = re.compile(r"^\W*(?:oh+|ha+|hah|haha+|gee|wow|lol|pfft|ooh)\b")
_DISBELIEF = re.compile(
    r"\b(?:yeah|yea|aye|oh) right\b(?!\s*(?:away|now|there|then|on time))|\bas if\b|that'?ll be the day"
    r"|\bpull the other one\b|\bin your dreams\b|\bdream on\b|^\W*(?:ha+|hah|haha+|lol)\b"
)


# Praise opened with an interjection and raised by an intensifier, to a yes/no question: "Oh yeah,
# super polite, he threw it over the fence" (answers blind43: stored as a yes), "Oh yeah, real smooth,
# we bounced three times" (blind40). Kreuz and Caucci (2007): interjections and intensifiers are the
# lexical cues of sarcasm; a sincere "Oh yes, very polite" costs one read-back.
_RAISED_PRAISE = re.compile(
    r"^\W*(?:oh+|ah+|wow|gee|ooh)\b\W*(?:(?:yeah|yes|yep|yup|sure|absolutely|totally|definitely|aye)\b\W*)?"
    r"(?:super|so|really|real|very|ever so|incredibly|terribly|soo+)\s+[a-z]+"
)


# Praise opened with an interjection and said with an extreme adjective, then more said after it:
# "Oh yes, thrilled. Hid under the table all afternoon", "Oh yeah, wonderful, from bad to slightly
# less bad" (answers blind57, blind60: both stored as a yes). Extreme adjectives are the third
# lexical cue of Kreuz and Caucci (2007) beside interjections and intensifiers; what follows is where
# the contradiction lies, so the adjective alone ("Oh yes, wonderful!") is left as it is.
_EXTREME_PRAISE = re.compile(
    r"^\W*(?:oh+|ah+|wow|gee|ooh)\b\W*(?:(?:yeah|yes|yep|yup|sure|absolutely|totally|definitely|aye)\b\W*)?"
    r"(?:thrilled|delighted|ecstatic|overjoyed|wonderful|marvell?ous|fantastic|brilliant|superb|terrific|fabulous|"
    r"amazing|magnificent|splendid|glorious|perfect|flawless|spotless|immaculate|over the moon|loved it|"
    r"loved every (?:minute|second) of it)\b\s*[,.;!-]+\s*[a-z]"
)


def ironic(question: Any, t: str, value: Any) -> bool:
    """True for a top or bottom rating opened with an interjection ("Oh, a ten, I just love
    paying fees"), or a yes/no turn with a set phrase of disbelief ("Aye, right. On time.") or with
    praise raised by an intensifier or an extreme adjective after an interjection ("Oh yes,
    thrilled. Hid under the bed all day.")."""
    qtype = getattr(question, "type", "")
    if qtype == "yes_no":
        return any(rx.search(t) is not None for rx in (_DISBELIEF, _RAISED_PRAISE, _EXTREME_PRAISE))
    if qtype not in ("nps", "scale") or not isinstance(value, (int, float)):
        return False
    lo = question.min if getattr(question, "min", None) is not None else 0
    hi = question.max if getattr(question, "max", None) is not None else 10
    return value in (lo, hi) and (_INTERJECTION.search(t) is not None or _DISBELIEF.search(t) is not None)


# ---- other person ---------------------------------------------------------------------------
# A person after a possessive ("my husband", "his parents", "the captain's wife"), not one who owns a
# thing ("my daughter's wedding": the relative's 's is skipped), and the reflexives of a third person.
_OWNED = re.compile(
    r"\b(?:my|his|her|their|our|your|[a-z]+'s)\s+([a-z]+)\b(?!'s)(?:\s+([a-z]+)\b(?!'s))?|\b(himself|herself)\b"
)
_KINDS = ("relative", "child")


def _kin(word: str) -> bool:
    """True for a relative or a child in WordNet's first sense ("husband", "auntie", "parents"),
    or a friend."""
    from customario.escalation.wordnet import is_kind_of

    word = _singular(word) if word.endswith("s") else word
    return word == "friend" or any(is_kind_of(word, k, senses=1) for k in _KINDS)


def other_person(question: Any, t: str, asked: set[str]) -> str | None:
    """A relative or friend the answer speaks of ("my husband", "his parents", "the captain's
    wife", "herself"), or None; None when the question (its text or a choice) itself names one
    ("a family member") or counts people."""
    from customario.dialogue.listed_counts import asks_people

    if getattr(question, "type", "") == "number" and asks_people(question):
        return None
    labels = {w for c in getattr(question, "choices", None) or [] for w in _WORD.findall(c.label.lower())}
    if any(_kin(w) or w == "family" for w in asked | labels if len(w) > 2):
        return None
    for m in _OWNED.finditer(t):
        if m.group(3):
            return m.group(3)
        for word in (m.group(1), m.group(2)):
            if word and _kin(word):
                return word
    return None
