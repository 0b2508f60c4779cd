"""A price or service for people of some ages is not the answer for someone outside them (issue 11).

A service whose article says who it is for by age ("Children's haircut ... for children under 12",
"Senior swim, for guests aged 65 and over", "ages 5-11") is not the answer to a question about a
person of another age ("How much is a cut for my 14-year-old?", "is there a teen price? he's
fifteen", "price for a girl's haircut, she's 25"): read out, the caller hears a price that is not
theirs. :func:`outside_age_limit` compares the ages the question gives (:func:`ages_asked`) with the
limits the part read states (:func:`age_limits`) and names the mismatch; the search then caps the
article's confidence so it is neither answered nor offered (the reason starts "the question names",
one of :data:`customario.escalation.kb_suggest.NEVER_OFFERED`).

A question that asks whether the person still fits ("she just turned 13, can she still get the
kids' price?", "does he count as a child?", "is there an age limit?") is answered by the limit itself
and is left alone (:data:`_ELIGIBILITY_RE`).

Ages are read as numbers in digits or words (:func:`customario.dialogue.spoken.parse_number`) next to
the words that say a number is an age ("14-year-old", "aged 9", "turned thirteen", "he's 15" after a
person); "teen", "teenage", "teenager" are thirteen to nineteen by the word's own meaning. A limit
counts only when the sentence stating it names people (WordNet ``noun.person``,
:func:`customario.escalation.urgency_words.is_person`: "children", "guests", "seniors") or an age, and
its number is not a measure of something else ("orders under $500", "under 30 days").
"""

from __future__ import annotations

import re

from customario.dialogue.spoken import parse_number
from customario.escalation.urgency_words import is_person
from customario.escalation.kb_party import other_party
from customario.escalation.kb_words import in_words, terms, words_of

# Words that ask who (a stylist, the team): every staff article says them, of children or not.
STAFF_WORDS = frozenset("who staff stylist stylists team hairdresser hairdressers barber barbers".split())

# A number in digits or in one or two words ("14", "fourteen", "twenty five"); parse_number decides.
_NUM = r"(\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)"
# "14-year-old", "7 yr old", "4 years old", "9yo", "10 y/o"
_YEARS_OLD_RE = re.compile(
    r"\b" + r"(\d{1,3}|[a-z]+(?:-[a-z]+)?)" + r"[\s-]*(?:(?:years?|yrs?)[\s-]*old|yo|y/o)\b", re.I
)
# "aged 9", "age 14", "ages 4 and 9", "turned thirteen", "just turned 11"
_AGED_RE = re.compile(r"\b(?:aged?|ages|turn(?:ed|s|ing)?)\s+" + _NUM + r"(?:\s+(?:and|&)\s+(\d{1,3}|[a-z]+))?", re.I)
# "he's 15", "she is 25", "my son is 14", "hes 9": a person, then a number with no unit after it.
_IS_RE = re.compile(
    r"\b([a-z]+)(?:'s|’s|\s+is|\s+are|\s+was|\s+just\s+turned)\s+(?:aged\s+|only\s+|just\s+|now\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b"
    r"(?!\s*(?:%|\$|:|\.\d|[a-z]*(?:min|hour|hr|day|week|month|dollar|buck|pound|inch|cm|ft|foot|feet|pm|am|o'clock)))",
    re.I,
)
_PRONOUN_IS_RE = re.compile(
    r"\b(?:hes|shes)\s+(\d{1,3}|[a-z]+)\b(?!\s*(?:%|:|[a-z]*(?:min|hour|day|week|month)))", re.I
)
_TEEN_RE = re.compile(r"\bteen(?:s|age|aged|ager|agers)?\b", re.I)
TEEN_AGES = (13, 19)

# Whether the person still fits is asked: the limit itself answers.
_ELIGIBILITY_RE = re.compile(
    r"\b(?:still|count(?:s|ed)?\s+as|qualif\w*|eligib\w*|age\s+limit|what\s+age|how\s+old|up\s+to\s+(?:what|which)\s+age|"
    r"(?:minimum|maximum|min|max|youngest|oldest)\s+age|too\s+(?:old|young)|old\s+enough|apply|applies)\b",
    re.I,
)

# Limits as a part states them. Each: (pattern, kind) with the number as group 1 (and 2 for ranges).
_LIMIT_PATTERNS = (
    (re.compile(r"\b(?:under|below|younger\s+than|less\s+than)[\s-]+(\d{1,3}|[a-z]+)(?:s\b|\b)", re.I), "below"),
    (re.compile(r"\b(\d{1,3}|[a-z]+)\s*(?:and|or|&)\s*(?:under|younger|below)\b", re.I), "at most"),
    (re.compile(r"\bup\s+to\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?(\d{1,3}|[a-z]+)\b", re.I), "at most"),
    (re.compile(r"\b(?:over|above|older\s+than)[\s-]+(\d{1,3}|[a-z]+)(?:s\b|\b)", re.I), "above"),
    (re.compile(r"\b(\d{1,3}|[a-z]+)\s*(?:and|or|&)\s*(?:over|older|above|up)\b", re.I), "at least"),
    (re.compile(r"\b(\d{1,3})\s?\+", re.I), "at least"),
    (re.compile(r"\bage[sd]?\s+(\d{1,3}|[a-z]+)\s*(?:-|–|to|through)\s*(\d{1,3}|[a-z]+)\b", re.I), "between"),
)
# Words after a limit's number that leave it an age ("12 years", "12 only"); any other word makes it a
# measure or a count ("under 30 days", "up to 4 people").
_AGE_FOLLOWERS = frozenset({"", "s", "year", "years", "yrs", "and", "or", "only", "old", "olds", "year-olds"})
_AGE_WORDS_RE = re.compile(r"\b(?:age[sd]?|years?\s+old|year-olds?|-year-olds?)\b", re.I)
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?", re.I)


def _number(text: str | None) -> int | None:
    """``text`` as a whole number of years from 1 to 120, else None."""
    if not text:
        return None
    value = parse_number(text.replace("-", " "))
    if value is None or value != int(value) or not 1 <= value <= 120:
        return None
    return int(value)


def ages_asked(query: str) -> list[tuple[int, int]]:
    """The ages of the people ``query`` asks for, as inclusive ranges ``[(low, high)]`` in years
    ("my 14-year-old" → [(14, 14)]; "ages 4 and 9" → [(4, 4), (9, 9)]; "a teenager" → [(13, 19)]);
    [] when it gives none."""
    text = query or ""
    found: list[int] = []
    for m in _YEARS_OLD_RE.finditer(text):
        if (n := _number(m.group(1))) is not None:
            found.append(n)
    for m in _AGED_RE.finditer(text):
        found += [n for g in m.groups() if (n := _number(g)) is not None]
    for m in _IS_RE.finditer(text):
        if is_person(m.group(1).lower()) and (n := _number(m.group(2))) is not None:
            found.append(n)
    for m in _PRONOUN_IS_RE.finditer(text):
        if (n := _number(m.group(1))) is not None:
            found.append(n)
    out = [(n, n) for n in dict.fromkeys(found)]
    if not out and _TEEN_RE.search(text):
        out.append(TEEN_AGES)
    return out


def age_limits(part: str) -> list[tuple[int, int]]:
    """The age ranges ``part`` says something is for, inclusive ``[(low, high)]`` ("for children
    under 12" → [(0, 11)]; "guests aged 65 and over" → [(65, 120)]; "ages 5-11" → [(5, 11)]), read
    only in sentences that name people or an age and from numbers that measure nothing else; []
    when it states none."""
    out: list[tuple[int, int]] = []
    for sentence in re.split(r"(?<=[.;!?])\s+|\n", part or ""):
        words = [w.lower() for w in _WORD_RE.findall(sentence)]
        if not (_AGE_WORDS_RE.search(sentence) or any(is_person(w) for w in words if len(w) > 2)):
            continue
        for pattern, kind in _LIMIT_PATTERNS:
            for m in pattern.finditer(sentence):
                before = sentence[max(0, m.start() - 1) : m.start()]
                after = sentence[m.end() :].lstrip()
                follower = (re.match(r"[a-z-]+", after.lower()) or [""])[0]
                plural = m.group(0).endswith("s")  # "under-12s"
                # "12 and under": the words after the limit are not the number's ("12 and under jump free").
                number_last = not re.search(r"(?:under|younger|below|over|older|above|up)$", m.group(0), re.I)
                if "$" in before or (
                    number_last and kind != "between" and not plural and follower not in _AGE_FOLLOWERS
                ):
                    continue  # "over $500", "under 30 days", "up to 4 people": a measure or a count, not an age
                low_n, high_n = _number(m.group(1)), _number(m.group(2)) if kind == "between" else None
                if low_n is None or (kind == "between" and high_n is None):
                    continue
                out.append(
                    {
                        "below": (0, low_n - 1),
                        "at most": (0, low_n),
                        "above": (low_n + 1, 120),
                        "at least": (low_n, 120),
                        "between": (low_n, high_n or low_n),
                    }[kind]
                )
    return out


def outside_age_limit(query: str, part: str) -> str | None:
    """Why the part read (``part``) is not the answer to ``query``: "the question names an age ...
    (14) the article's limit (under 12) leaves out" when every age asked is outside every limit the
    part states, else None (no age asked, no limit stated, an age inside a limit, or the question
    asks whether the person still fits: :data:`_ELIGIBILITY_RE`); or why the part is for another
    person at the occasion (:func:`kb_party.other_party`: the mother of the bride, a bridesmaid)."""
    party = other_party(query, part)  # "the mother of the bride" is not the bride (kb_party)
    return party or _ages_outside(query, part)


def _ages_outside(query: str, part: str) -> str | None:
    """The age half of :func:`outside_age_limit`: why every age ``query`` asks is outside every
    limit ``part`` states, else None."""
    asked = ages_asked(query)
    if not asked or _ELIGIBILITY_RE.search(query or ""):
        return None
    limits = age_limits(part)
    if not limits:
        return None
    for low, high in asked:
        if any(low <= b and a <= high for a, b in limits):
            return None  # an age inside a limit ("ages 4 and 9": the four-year-old fits)
    said = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in asked)
    limit = ", ".join(f"{a}-{b}" for a, b in limits)
    return f"the question names an age ({said}) outside the ages the article is for ({limit})"


# The part names children without an age of its own ("specialises in children's cuts").
_CHILDREN_RE = re.compile(r"\b(?:child|children|childrens|children's|kid|kids|kids')\b", re.I)


def outside_childrens_limit(query: str, part: str, articles: list[dict]) -> str | None:
    """Why ``part`` is not the answer to ``query`` when it names children without a limit of its own
    ("Jonah ... specialises in children's cuts") and the business says elsewhere who counts as a
    child (an article of ``articles`` whose answer names children and states an age limit: "Note:
    for children under 12"): the ages asked against that article's limit (:func:`outside_age_limit`
    without its check of another party). None otherwise. Source:
    issue 11, kb blind38 ("What's a teenager's haircut, my son is fourteen?" read the junior
    stylist's bio)."""
    if not _CHILDREN_RE.search(part or "") or age_limits(part):
        return None
    # Only what the part says of children: a word asked that the rest of it says too ("who does
    # blow-dries?" of "... children's cuts, blow-dries") is no question about children.
    items = re.split(r",\s*|;\s*|\s+and\s+", part)
    rest = words_of(" ".join(i for i in items if not _CHILDREN_RE.search(i)))
    said = words_of(part)
    asked = [t for t in terms(query) if in_words(t, said) and not _CHILDREN_RE.search(t) and t not in STAFF_WORDS]
    if any(in_words(t, rest) for t in asked):
        return None
    for article in articles:
        answer = article.get("answer") or ""
        if _CHILDREN_RE.search(answer) and age_limits(answer):
            why = _ages_outside(query, answer)
            if why:
                return why
    return None


def adult_service_for_child(query: str, hit: dict, articles: list[dict]) -> str | None:
    """Why a service article (``hit``, kind ``service``) is not the answer to ``query``, or None: the
    caller gives a child's age ("How much are highlights for a ten-year-old?", "colour my 10 year
    old's hair") that another article's limit for children holds ("Note: for children under 12"),
    and this service says nothing of children nor of ages: its price and time are an adult's, and
    whether the business does it on a child at all is not stated. Class: a child's age asked of an
    adult service, the adult price read. Source: issue 11, kb blind14 and blind41 (answered), with
    blind8-blind11, blind20, blind24, blind30, blind40 and blind42 asking the same. A question whether
    the child still fits (:data:`_ELIGIBILITY_RE`) is left alone."""
    answer = hit.get("answer") or ""
    if hit.get("kind") != "service" or _CHILDREN_RE.search(answer) or age_limits(answer):
        return None
    asked = ages_asked(query)
    if not asked or _ELIGIBILITY_RE.search(query or ""):
        return None
    for article in articles:
        text = article.get("answer") or ""
        limits = age_limits(text) if _CHILDREN_RE.search(text) else []
        if limits and all(any(a <= low and high <= b for a, b in limits) for low, high in asked):
            said = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in asked)
            return f"the question names a child's age ({said}); the service says nothing of children"
    return None
