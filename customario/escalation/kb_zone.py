"""The business's time zone, said with its opening hours in the knowledge base (issue 11).

Callers ringing from another zone ask whether the hours they were just given are "your time":
"Are those hours Pacific time? I'm calling from New York", "which time zone are your hours in?".
A business profile's ``business.timezone`` (an IANA name, checked by ``kb_models.Business``)
answers them, as one more sentence and tags of the opening-hours article (one more article would
shift every word's BM25 idf and with it confidences that lie right at the threshold); the spoken
name of the zone ("Pacific Time", "PT", "PST") comes from the CLDR data
that Babel ships (:func:`babel.dates.get_timezone_name`), never from a table of our own.

Source: issue 11, kb blind6, blind8, blind12, blind13, blind14, blind36, blind37, blind39 (every
time-zone question escalated: the profile held the zone, no article said it).
"""

from __future__ import annotations

import re

# How callers name a zone ("time zone", "timezone", "your time", "local time"), and the other
# zones they compare it with; a word of the zone's own name is added per profile (zone_article).
ZONE_TAGS = ("zone", "zones", "timezone", "pacific", "eastern", "central", "mountain")


def zone_names(zone: str) -> list[str]:
    """Spoken names of the IANA ``zone`` ("America/Los_Angeles"): the generic long name ("Pacific
    Time"), the generic and standard abbreviations ("PT", "PST") when CLDR has them (a zone without
    one gets its location name back, which is dropped). Empty when Babel cannot read the zone."""
    from babel.dates import get_timezone, get_timezone_name

    try:
        tz = get_timezone(zone)
        long = get_timezone_name(tz, "long", locale="en_US", zone_variant="generic")
        short = [get_timezone_name(tz, "short", locale="en_US", zone_variant=v) for v in ("generic", "standard")]
    except (LookupError, ValueError):
        return []
    return [long, *dict.fromkeys(s for s in short if re.fullmatch(r"[A-Z]{2,5}", s))]


def zone_article(zone: str | None) -> dict | None:
    """``{answer, tags}``: the sentence saying which zone the business's hours are in ("Our hours
    are Pacific Time (PT, PST, America/Los_Angeles).") and the words callers name zones with; None
    without a zone or when Babel cannot name it."""
    names = zone_names(zone) if zone else []
    if not names:
        return None
    long, *short = names
    said = ", ".join([*short, zone])
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", " ".join(names)) if w.lower() != "time"]
    return {
        "answer": f"Our hours are {long} ({said}).",
        "tags": list(dict.fromkeys([*ZONE_TAGS, *words])),
    }


# A name like an IANA zone's ("America/Los_Angeles", "America/Argentina/Buenos_Aires") in a list in
# parentheses; only names the zone database knows are dropped ("Intel/AMD" stays).
_IANA_IN_LIST_RE = re.compile(r"(,\s*)?\b([A-Z][A-Za-z_+-]*(?:/[A-Za-z_+-]+)+)(?=[,)])(,\s*)?")


def _is_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, LookupError, OSError):
        return False
    return True


def said_aloud(text: str | None) -> str | None:
    """``text`` as a caller hears it: the IANA zone name that the hours article keeps for callers who
    type it ("Our hours are Pacific Time (PT, PST, America/Los_Angeles).") is not read out ("Our hours
    are Pacific Time (PT, PST)."), and parentheses it leaves empty go. The stored answer keeps the
    name (its words weigh in the search; shortening the sentence there shifted near misses, kb blind9).
    Other text is returned as it is; None stays None."""
    if not text or "/" not in text:
        return text

    def drop(m: re.Match) -> str:
        if not _is_zone(m.group(2)):
            return m.group(0)
        return ", " if m.group(1) and m.group(3) else ""

    return re.sub(r"\s*\(\s*\)", "", _IANA_IN_LIST_RE.sub(drop, text))


def read_aloud(hits: list[dict]) -> None:
    """Each hit's ``excerpt`` (the part read to the caller) as :func:`said_aloud` says it; in place."""
    for hit in hits:
        hit["excerpt"] = said_aloud(hit.get("excerpt"))


# A caller asking which zone the hours are in: "which time zone are your hours in?", "in my time or
# yours?", "California hour or New York hour?", "is that Pacific time?".
_ZONE_WORD = r"(?i:pacific|eastern|central|mountain|local|your|my)"
# A place's or zone's time: a capitalised name or a zone word ("full time or part time" is no zone).
_A_TIME = rf"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|{_ZONE_WORD})\s+(?i:time|hour)s?"
_ZONE_ASKED_RE = re.compile(
    r"(?i:\btime[- ]?zones?\b)"
    r"|(?i:\b(?:my|your|ur|local|our)\s+time\s+or\s+(?:yours|mine|ours|your\s+time|my\s+time|local\s+time)\b)"
    rf"|\b{_A_TIME}\s+(?i:or)\s+{_A_TIME}\b"
    r"|(?i:\b(?:is|are)\s+(?:that|those|these|they|it|the\s+hours|your\s+hours)\s+(?:hours\s+)?(?:in\s+)?"
    r"(?:pacific|eastern|central|mountain|local|your|my)\s+time\b)"
)
_ZONE_SENTENCE_RE = re.compile(r"Our hours are [^.]*\.")


def answer_zone_asked(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """Answer a question asking which time zone the hours are in with the opening-hours article's
    zone sentence (:func:`zone_article`: "Our hours are Pacific Time (PT, PST, ...)."), put first at
    ``threshold`` with its ``refused`` dropped, when the best hit is not confident. Places the caller
    names there ("I'm calling from Boston", "California hour or New York hour") say where the caller
    is, not what is asked, so the search's "names a thing no article mentions" must not hold it
    back. In place; ``articles`` (those in scope) supply the hours article when no hit is it.
    Nothing changes without a zone sentence in the base, or when the question does not ask a zone.

    Source: issue 11, kb blind40 and blind43 (zone questions naming Boston, Honolulu, Chicago,
    New York escalated although the hours article says the zone)."""
    from customario.escalation.kb_articles import article_kind

    if (hits and hits[0]["confidence"] >= threshold) or not _ZONE_ASKED_RE.search(query or ""):
        return
    article = next((h for h in hits if _ZONE_SENTENCE_RE.search(h.get("answer") or "")), None)
    if article is None:
        row = next((a for a in articles if _ZONE_SENTENCE_RE.search(a.get("answer") or "")), None)
        if row is None:
            return
        article = {**row, "matched": [], "bm25": 0.0, "story": 0.0, "lexical": 0.0, "confidence": 0.0}
        article.update(similarity=0.0, article_coverage=0.0, kind=article_kind(row))
        hits.append(article)
    article["excerpt"] = _ZONE_SENTENCE_RE.search(article["answer"]).group(0)
    article["confidence"] = round(max(article["confidence"], threshold), 3)
    article.pop("refused", None)
    hits.remove(article)
    hits.insert(0, article)
