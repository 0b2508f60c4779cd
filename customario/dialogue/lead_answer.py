"""Which number is the answer when a caller says more than one (blind10/blind11 development
corpora, issue 11): callers answer first and then talk on.

- The **lead answer**: the answer said first as a fragment of its own ("Forty-five, and the test
  itself was sixty-two", "Twelve days, and I've been a tenant here eleven years", "Eight, though
  the wait I'd give a two"), followed only by numbers in clauses of their own (a subject: "I've
  been", "the test was") or by money said beside a question that does not ask money ("Nine
  lessons, at forty quid a go"). The clauses tell a story around the answer; the answer is the
  fragment, read back.
- The **value settled on**: "Nine. Hmm, let's be fair, eight.", "Three. Or was it four? Four.":
  a bare value in the last sentence after a first bare value, with only words between them, is
  the caller thinking again (read back); "four, five" in one sentence stays a range.

Both are structural: they look at clauses and their subjects, not at the words of one survey, and
both give ``None`` (keep the re-ask) whenever a later clause could be a correction, an alternative
("or", "maybe") or a conclusion ("so three"). Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from customario.dialogue.spoken import numbers_in

# A clause of its own names its subject: a personal pronoun, or a noun phrase with a determiner.
_SUBJECT = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|we|we're|we've|we'd|they|they're|they've|they'd|he|she|he's|she's|it|"
    r"it's|there|there's|you|you've|the|my|our|his|her|their|your|that|this|these|those)\b"
)
# Money words: a number said with one is a price, never a count or a duration.
_MONEY = re.compile(
    r"(?:[$£€]\s?\d|\b\d+p\b|\b(?:quid|pounds?|dollars?|bucks|euros?|pence|cents?|grand|a go|each|apiece)\b)"
)
# A later clause that may change the answer: a correction, an alternative, a conclusion, a range.
_MAY_CHANGE = re.compile(
    r"^\W*(?:so|which|that makes|that'?s|or|maybe|perhaps|possibly|probably|nearer|closer|more like|"
    r"at least|at most|up to|to|plus|minus|then|now|actually|well|no|not)\b|\b(?:actually|i mean|rather|"
    r"make (?:it|that)|more like|in total|altogether|all told|total|now|each|per|half|quarter|"
    # a condition or a count that takes more in: "six if you count my mother-in-law"
    r"if|unless|counting|including|included|more|extra|another|other|others|again|less|fewer|else)\b"
)
# Words a bare answer may carry besides its number.
_BARE_WORDS = frozenset(
    """oh um uh er erm hmm well so about around roughly maybe probably like just only a an the easy
    i'd say i'd give it give it it's it was that's yeah yes no ok okay honestly exactly solid strong""".split()
    + ["and"]  # "two hundred and twelve"
)
_CLAUSE_SPLIT = re.compile(
    r"(?<=[.;!?])\s+|,\s*|\s+(?=(?:but|though|although|because|cos|as|while|since)\b)|"
    # not inside one number: "a hundred and twenty" is 120, never "a hundred" with a clause after it
    r"(?<!\bhundred)(?<!\bthousand)\s+(?=and\b(?!\s+(?:a |an )?(?:half|quarter|third|hundred|thousand)\b))"
)


_OCCASIONS = {"once": "one", "twice": "two", "thrice": "three"}


def _numbers(text: str, prep: Callable[[str], str]) -> list[float]:
    """The distinct numbers of ``text``, "once" and "twice" counted as one and two."""
    text = re.sub(r"\b(once|twice|thrice)\b", lambda m: _OCCASIONS[m.group(1)], text)
    return list(dict.fromkeys(numbers_in(prep(text))))


def _bare(segment: str, prep: Callable[[str], str], own_words: frozenset[str]) -> float | None:
    """The number of a segment that is only an answer ("Forty-five", "twelve days", "oh a two"),
    or None. ``own_words``: the question's unit and counted noun, which a bare answer may name."""
    nums = _numbers(segment, prep)
    if len(nums) != 1:
        return None
    words = re.findall(r"[a-z']+", segment)
    own = {w.rstrip("s") for w in own_words}
    extra = [
        w
        for w in words
        if not numbers_in(w) and w not in _BARE_WORDS and w.rstrip("s") not in own and w[:5] not in own_words
    ]
    return nums[0] if not extra and not _SUBJECT.search(" ".join(w for w in words if w not in _BARE_WORDS)) else None


# A price per thing: "forty bucks each", "$12 a head", "sixty dollars per ticket".
_PRICE_EACH = re.compile(
    r"(?:[$£€]\s?[\d.,]+|\b[\w-]+ (?:quid|pounds?|dollars?|bucks|euros?))\s+"
    r"(?:each|apiece|a (?:head|piece|pop|go)|per (?:head|person|piece|ticket|item|night|day))\b"
)


# One thing to each of the people counted: "one for each of us", "one each", "one apiece".
_ONE_EACH = re.compile(
    r"(?:just |only )?(?:one|a single one) (?:each|apiece|a head|a piece|per (?:person|head|kid|child)|"
    r"for (?:each|every) (?:one )?(?:of us|of them|person|kid|child|one)|for everyone|for everybody)"
)


# The difference from a plan or another time said after the answer: "three more than they promised",
# "two fewer than last year" (blind38: "Twelve weeks, three more than they promised"); never "three
# more than that", which adds to the answer.
_AGAINST_PLAN = re.compile(
    r"(?:that'?s |which is |so |about |only |just )?[a-z0-9-]+(?: [a-z]+)? (?:more|less|fewer|longer|shorter|over|under) "
    r"than (?:(?:they|we|i|he|she|you|it) (?:said|promised|planned|quoted|expected|estimated|told|thought|had planned)|"
    r"(?:the |their |our |my )?(?:plan|planned|promised|quote|quoted|estimate|estimated|schedule|scheduled|expected|usual|normal)|"
    r"last (?:year|time|month|week)|usual|normal|before)\b.*"
)


# A clause whose subject is a counted thing: "one corner was soaked through", "two boxes were
# dented" (answers blind43: "A two, one corner was soaked through."). The number is the determiner
# of the clause's own subject, no value of the answer (Quirk et al. 5.8: numerals as determiners).
_COUNTED_SUBJECT = re.compile(
    r"^\W*(?:just |only )?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?!(?:of|or|and|to|more|less|fewer|out|times?|each|per|point)\b)(?:[a-z'-]+ ){1,2}?"
    r"(?:was|were|is|are|had|has|got|came|went|looked|seemed|arrived|broke|leaked|cracked|tore|split)\b"
)


def _aside(segment: str, asks_money: bool) -> bool:
    """True when a segment's numbers belong to a clause of its own or are money beside a question
    that does not ask money (a price per thing included: "forty bucks each"), or say one thing to
    each ("Four, one for each of us": blind38 had asked again); False when the segment could
    change the answer."""
    if _ONE_EACH.fullmatch(segment.strip(" .!?")) or _AGAINST_PLAN.fullmatch(segment.strip(" .!?")):
        return True
    if not asks_money and _PRICE_EACH.search(segment):
        rest = _PRICE_EACH.sub(" ", segment)
        if not _MAY_CHANGE.search(rest) and not numbers_in(rest):
            return True
    if _MAY_CHANGE.search(segment):
        return False
    if _COUNTED_SUBJECT.match(segment):
        return True
    if not asks_money and _MONEY.search(segment):
        return True
    return bool(_SUBJECT.search(segment))


# One part of a breakdown: "two big ones", "a small one", "three hens" (a number and a few words).
_PART = re.compile(r"(?:and |plus |then )?(?:just |only )?(?P<n>[a-z0-9-]+)\s+(?P<words>(?:[a-z'-]+\s+){0,2}[a-z'-]+)")
# "of" only before a pronoun or a number ("two of them"): "a chest of drawers" is one thing
_NOT_PART = re.compile(
    r"\b(?:more|less|fewer|extra|other|others|another|each|per|times|or)\b|"
    r"\bof (?:them|those|these|us|which|the|my|our|[a-z]+ty|[a-z]+teen|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d)\b"
)


def _parts_sum(rest: str, prep: Callable[[str], str]) -> float | None:
    """The sum of a breakdown said after an answer ("two big ones and a small one" 3, "three
    hens and a rooster" 4): two or more parts, each a number ("a" is one) and up to three words
    with no subject, unit of money or word that adds or compares ("two more"); "the" before a
    thing named in the singular is one ("the dining table and six chairs" 7); None otherwise."""
    parts = [p.strip() for p in re.split(r"[,;]\s*|\s+(?=and\s)|\s+(?=plus\s)", rest.strip(" .!?,;")) if p.strip()]
    if len(parts) < 2:
        return None
    total = 0.0
    for part in parts:
        m = _PART.fullmatch(part)
        if not m or _NOT_PART.search(part) or _MONEY.search(part) or _SUBJECT.search(m.group("words")):
            return None
        one = m.group("n") in ("a", "an") or (m.group("n") == "the" and not m.group("words").endswith("s"))
        n = 1.0 if one else (numbers_in(prep(m.group("n"))) or [None])[0]
        described = re.sub(r"\bones?$", "", m.group("words"))  # "a small one": a thing, not the number
        if n is None or n != int(n) or numbers_in(prep(described)):
            return None
        total += n
    return total


def lead_number(
    t: str, prep: Callable[[str], str], own_words: frozenset[str] = frozenset(), asks_money: bool = False
) -> float | None:
    """The answer said first as a bare fragment when every later number is an aside (see the
    module docstring); None otherwise. ``prep`` turns spoken numbers into readable ones."""
    segments = [s.strip() for s in _CLAUSE_SPLIT.split(t) if s and s.strip(" .,;!?")]
    while segments and not _numbers(segments[0], prep) and len(re.findall(r"[a-z']+", segments[0])) <= 2:
        segments.pop(0)  # "Him? Oh a two.", "Well, ...": nothing said yet
    if len(segments) < 2:
        return None
    lead = _bare(segments[0], prep, own_words)
    if lead is None:
        return None
    if _parts_sum(t.split(segments[0], 1)[1], prep) == lead:
        return lead  # "Four. Three hens and a rooster.": the parts add up to the answer
    later = [s for s in segments[1:] if _numbers(s, prep)]
    # each later number is an aside, or the lead said again ("Forty days and forty nights") but not
    # added to ("Three. Three more next month.")
    if not later or any(
        not (_aside(s, asks_money) or (_numbers(s, prep) == [lead] and not _MAY_CHANGE.search(s))) for s in later
    ):
        return None
    return lead


# The word that returns to an answer after another was weighed: "..., but two", "..., still two".
_RETURNED = re.compile(r"(?:but|still|anyway|so)\s+(?:(?:yeah|no|really|honestly|i'?d say)\W+)*(?P<rest>.+)$")


def settled_number(
    t: str, prep: Callable[[str], str], own_words: frozenset[str] = frozenset(), narrowed: bool = False
) -> float | None:
    """The value a caller settles on: the first sentence a bare value, the last sentence ending in
    another bare value, nothing numeric between them ("Nine. Hmm, let's be fair, eight."), or the
    first a range of two bare values and the second one of them alone ("Seven, eight. Eight.");
    None otherwise, and for a last sentence that asks ("Or was it four?"). ``narrowed``: read the
    range narrowed too (number questions; ratings keep their own rules)."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    if len(sentences) < 2 or sentences[-1].endswith("?"):
        return None
    if narrowed and len(sentences) == 2:
        # "Seven, eight. Eight.", "Two or three. Three.": a range said, then one of its two ends
        # alone: the caller narrows the range to that end (answers blind48 had asked it again)
        ends = [_bare(p, prep, own_words) for p in re.split(r",\s*|\s+or\s+", sentences[0].rstrip(".!"))]
        alone = _bare(sentences[1].rstrip(".!"), prep, own_words)
        if len(ends) == 2 and None not in ends and ends[0] != ends[1] and alone in ends:
            return alone
    first = _bare(sentences[0].rstrip(".!"), prep, own_words)
    last_part = re.split(r",\s*", sentences[-1].rstrip(".!"))[-1]
    last = _bare(last_part, prep, own_words)
    returned = _RETURNED.match(last_part)
    if last is None and returned and _bare(returned.group("rest"), prep, own_words) == first:
        # "Two. Maybe three on a good day, but two." (answers blind47): the first value, weighed
        # against another and returned to after "but" / "still" / "anyway"
        last = first
    if first is None or last is None:
        return None
    between = " ".join(sentences[1:-1]) + " " + sentences[-1][: sentences[-1].rfind(last_part)]
    if first == last:
        # "Seven. The support act was more like a three, but the main act, seven.": the answer
        # said first and said again to end, other figures between it about other things
        return first if re.search(r"[a-z]", between) and _numbers(between, prep) else None
    numbers_between = _numbers(between, prep)
    if not re.search(r"[a-z]", between) or numbers_between and set(numbers_between) != {first, last}:
        return None  # "Forty minutes. Fifty minutes!": no thinking again said, two values
    if re.search(r"\b(?:or|and|to|plus|minus|more|less|fewer|times|each|per)\s*$", between.strip(" ,")):
        return None  # "Three. And four." / "Two. Two more." add, never correct
    return last
