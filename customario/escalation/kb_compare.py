"""Two services compared in one question, answered from both (issue 11).

Callers compare: "Is keratin pricier than balayage?", "Is a blow-dry and style dearer than a men's
cut?", "Balayage versus full highlights, which one costs more?", "Which takes longer, the keratin
treatment or full highlights?", "Is a kid's cut the same length of appointment as a men's cut?".
Searched as one question, the turn shares its words with two service articles alike and escalates
(or reads one of them: half an answer). :func:`compared_services` finds the two things compared and
the value compared (a price or a length of time); :func:`answer_compared` searches each side on its
own as a plain question ("How much is keratin?") and, when both are answered with confidence by two
different service articles, answers with each one's value and which is cheaper or longer (or that
both are the same). A side that is not found with confidence leaves the turn as the search read it.

Source: issue 11, kb blind38 and blind39 (nine comparisons of two services escalated although the
profile held both prices and lengths).
"""

from __future__ import annotations

import re
from typing import Callable

_PRICE_MORE = r"(?:dearer|pricier|more expensive|costlier|cost(?:s|ing)? more|more costly)"
_PRICE_LESS = r"(?:cheaper|less expensive|cost(?:s|ing)? less|more affordable)"
_TIME_MORE = r"(?:longer|slower|take(?:s)? (?:more time|longer))"
_TIME_LESS = r"(?:quicker|shorter|faster|take(?:s)? less time)"
_SAME = r"the same (?:price|cost|money|length(?: of (?:time|appointment))?|time|amount of time|duration)"
_COMPARATIVE = rf"(?:{_PRICE_MORE}|{_PRICE_LESS}|{_TIME_MORE}|{_TIME_LESS}|{_SAME})"
_SIDE = r"((?:[\w'’-]+\s+){0,5}?[\w'’-]+)"

# "Is X cheaper than Y?", "Is X the same price as Y?", "Does X take longer than Y?"
_THAN_RE = re.compile(
    rf"\b(?:is|are|would|will|does|do|'s)\s+(?:an?\s+|the\s+)?{_SIDE}\s+(?:be\s+)?(?:any\s+|much\s+|a\s+(?:lot|bit)\s+)?"
    rf"({_COMPARATIVE})\s+(?:than|as|compared (?:to|with))\s+{_SIDE}\s*(?:[?.!,;]|$)",
    re.I,
)
# "Which one's cheaper", "which costs more", "which takes longer", "which of them is dearer".
_WHICH_RE = re.compile(
    rf"\bwhich(?:\s+one|\s+ones|\s+of (?:them|the two|those))?(?:'s|’s|\s+is|\s+would be|\s+will be)?\s+"
    rf"(?:is\s+)?(?:the\s+)?({_COMPARATIVE})\b",
    re.I,
)
# "balayage or full highlights", "balayage versus full highlights", "between balayage and highlights"
_PAIR_RE = re.compile(
    rf"(?:^|between\s+|,\s*|\bthe\s+){_SIDE}\s+(?:or|versus|vs\.?|and|compared (?:to|with))\s+{_SIDE}\s*$", re.I
)
_LEADING = re.compile(
    r"^(?:(?:torn|stuck|choosing|deciding|undecided|trying to decide)\s+)?(?:between\s+)?(?:the\s+|an?\s+)?", re.I
)
_PRONOUN = re.compile(r"^(?:it|that|this|they|them|those|these|one)$", re.I)
_PRICE_RE = re.compile(r"\$\s?(\d[\d,]*(?:\.\d\d)?)")
_MINUTES_RE = re.compile(r"\b(?:about\s+)?(\d+)\s+minutes\b")


def _kind(word: str) -> str:
    word = word.lower()
    if re.fullmatch(_SAME, word):
        return "price" if re.search(r"price|cost|money", word) else "time"
    return "price" if re.fullmatch(rf"{_PRICE_MORE}|{_PRICE_LESS}", word) else "time"


def compared_services(query: str) -> tuple[str, str, str] | None:
    """``(value, side, side)`` when ``query`` compares two things by a price (``value`` "price") or a
    length of time ("time"): "Is keratin pricier than balayage?" -> ("price", "keratin",
    "balayage"); "Which takes longer, the keratin treatment or full highlights?" -> ("time", "keratin
    treatment", "full highlights"). None when it compares nothing, or a side is only a pronoun ("is it
    cheaper than ...": what "it" is lies in the caller's story)."""
    text = re.sub(r"\s+", " ", (query or "").replace("’", "'")).strip()
    m = _THAN_RE.search(text)
    if m:
        value, sides = _kind(m.group(2)), [m.group(1), m.group(3)]
    else:
        w = _WHICH_RE.search(text)
        if not w:
            return None
        value = _kind(w.group(1))
        rest = [p for p in re.split(r"\s*[,.;:!?\u2014\u2013]\s*|\s+-\s+", text[: w.start()] + " , " + text[w.end() :])]
        pairs = [_PAIR_RE.search(p.strip()) for p in rest if p.strip()]
        found = [p for p in pairs if p]
        if len(found) != 1:
            return None
        sides = [found[0].group(1), found[0].group(2)]
    sides = [_LEADING.sub("", s).strip() for s in sides]
    if any(not s or _PRONOUN.match(s) for s in sides):
        return None
    return value, sides[0], sides[1]


def _value(excerpt: str, value: str) -> int | None:
    """The price in cents or the length in minutes a service's part states, None when it states none or several."""
    found = _PRICE_RE.findall(excerpt) if value == "price" else _MINUTES_RE.findall(excerpt)
    if len(set(found)) != 1:
        return None
    number = float(found[0].replace(",", ""))
    return round(number * 100) if value == "price" else int(number)


def _name(question: str, answer: str) -> str:
    """The service's own name as its part says it ("Men's haircut" of "Men's haircut is $40 ...")."""
    return answer.split(" is ", 1)[0].strip() if " is " in answer else question


def answer_compared(query: str, result, search_one: Callable[[str], object]) -> bool:
    """Answer ``result`` (a :class:`~customario.escalation.knowledge.SearchResult`, in place) from
    the two service articles a comparison names (:func:`compared_services`): each side is searched
    alone by ``search_one(text)`` as "How much is <side>?" or "How long does <side> take?"; when both
    are answered with confidence by different service articles that state one value each, the best
    hit becomes the first side's article with ``excerpt`` "Balayage is $220 and full highlights is
    $160, so full highlights is cheaper." (or "... both take about 150 minutes.") and the lower of
    the two confidences. Returns whether it answered; nothing changes otherwise."""
    asked = compared_services(query)
    if asked is None:
        return False
    value, *sides = asked
    found = []
    for side in sides:
        sub = search_one(f"How much is {side}?" if value == "price" else f"How long does {side} take?")
        best = getattr(sub, "best", None)
        if not sub.confident or best is None or best.get("kind") != "service" or best.get("refused"):
            return False
        part, _, note = best["answer"].partition(" Note:")
        amount = _value(part, value)
        if amount is None:
            return False
        # "Note: price from; ...": the price is where it starts, and is said so.
        start = value == "price" and bool(re.search(r"\bprice from\b", note, re.I))
        found.append((best, _name(best["question"], part), (amount, start)))
    (a, name_a, va), (b, name_b, vb) = found
    if a["id"] == b["id"]:
        return False
    excerpt = _sentence(value, name_a, va, name_b, vb)
    first = dict(a)
    first["excerpt"] = excerpt
    first["confidence"] = min(a["confidence"], b["confidence"])
    first["compared"] = [a["id"], b["id"]]
    first.pop("refused", None)
    others = [h for h in result.hits if h["id"] not in (a["id"], b["id"])]
    result.hits = [first, *others][: max(len(result.hits), 1)]
    return True


def _say(value: str, amount: tuple[int, bool]) -> str:
    """ "$220", "from $220" (a price that starts there), "about 150 minutes"."""
    number, start = amount
    if value == "price":
        said = f"${number // 100}" if number % 100 == 0 else f"${number / 100:.2f}"
        return f"from {said}" if start else said
    return f"about {number} minutes"


def _sentence(value: str, name_a: str, va: tuple[int, bool], name_b: str, vb: tuple[int, bool]) -> str:
    """The spoken comparison: both values, then which side is cheaper (longer), or that they are the
    same; a price that only starts somewhere ("from $220") is compared only when both are plain or
    the starting price is the higher one."""
    verb = "is" if value == "price" else "takes"
    lower_b = name_b[:1].lower() + name_b[1:]
    if va == vb and not va[1]:
        same = f"both cost {_say(value, va)}" if value == "price" else f"both take {_say(value, va)}"
        return f"{name_a} and {lower_b} {same}, the same."
    head = f"{name_a} {verb} {_say(value, va)} and {lower_b} {verb} {_say(value, vb)}"
    low, high = (name_a, lower_b) if va[0] < vb[0] else (lower_b, name_a)
    if value == "price" and ((va[1] and va[0] < vb[0]) or (vb[1] and vb[0] < va[0]) or va[0] == vb[0]):
        return f"{head}."  # "from $95" against $160: which ends up dearer depends on the hair
    if value == "price":
        return f"{head}, so {low[:1].lower() + low[1:]} is the cheaper one."
    return f"{head}, so {high[:1].lower() + high[1:]} takes longer."


# "What's the cheapest thing you do?", "your most expensive service?", "the priciest treatment".
_EXTREME_RE = re.compile(
    r"\b(?:(cheapest|least expensive|lowest[- ]priced|most affordable)|(most expensive|priciest|dearest|highest[- ]priced))\s+"
    r"(?:thing|things|service|services|treatment|treatments|option|options|you (?:do|offer|have))\b",
    re.I,
)
_LISTED_RE = re.compile(r"(?:^|,\s+)([^,;()]+?) \(\$(\d[\d,]*(?:\.\d\d)?)\)")


def answer_extreme_price(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """Answer "What's the cheapest thing you do?" / "your most expensive service?" from the services
    list article ("We offer Women's haircut and blow-dry ($65), ...") of ``articles`` (those in
    scope): the first hit becomes that article at ``threshold`` with ``excerpt`` "Our cheapest service
    is Children's haircut, at $28." (in place). Nothing changes when the best hit is already
    confident, the question asks no such extreme, or no list of priced services is in scope. Source:
    issue 11, kb blind38, blind39 (three such questions escalated)."""
    m = _EXTREME_RE.search(query or "")
    if m is None or (hits and hits[0]["confidence"] >= threshold):
        return
    row = next((a for a in articles if (a.get("source_ref") or "").endswith("#services")), None)
    listed = _LISTED_RE.findall(re.sub(r"^[^(]*?\boffer\s+", "", row["answer"])) if row else []
    if len(listed) < 2:
        return
    prices = [(float(p.replace(",", "")), name.strip()) for name, p in listed]
    cheapest = m.group(1) is not None
    value = min(p for p, _ in prices) if cheapest else max(p for p, _ in prices)
    names = [n for p, n in prices if p == value]
    said = f"${value:.0f}" if value == int(value) else f"${value:.2f}"
    what = "cheapest" if cheapest else "most expensive"
    hit = next((h for h in hits if h["id"] == row["id"]), None) or {
        **row,
        "kind": "services",
        "matched": [],
        "bm25": 0.0,
        "story": 0.0,
        "lexical": 0.0,
        "similarity": 0.0,
        "article_coverage": 0.0,
    }
    hit["excerpt"] = f"Our {what} service is {' and '.join(names)}, at {said}."
    hit["confidence"] = round(max(hit.get("confidence", 0.0), threshold), 3)
    hit.pop("refused", None)
    if hit in hits:
        hits.remove(hit)
    hits.insert(0, hit)
