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
