"""The way to the business: the words callers use to ask where it is, and the part of the location
answer that their question asks for (issue 11).

A business profile's location article (``kb_import``: "Where are you located and what is your
address?") holds the street address first, then the way there ("Between 18th and 19th Street ...,
two blocks from the 16th Street BART station"). Callers ask for it in many words the article's own
question lacks: the walk ("is it walkable from the station?"), what they will type it into ("the
zip for my GPS", "for the sat nav", "my Uber wants it") or the slang for the address ("addy?").
:data:`LOCATION_WORDS` are tags of that article, so these words find it and are no unknown name
that no article mentions. Words that other questions use as often ("walk in", "in town for the
day", "I'm at City College", "the closest garage", "stop by") are left out: measured on the
development corpora, they took walk-in, parking and learned questions to the location article.

:func:`whereabouts_part` keeps the part asked for: the way there when the caller asks only how
to find the place, the address when they ask only that or name the GPS or the driver it is for. A
street or town the caller *tells* ("once I'm on Elm Road, how do I find you?", "what neighbourhood
are you in? I just moved to Springfield") is one the address sentence holds too, but the caller has
it already, and reading the address back answers nothing they asked.
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import (
    FOR_A_DEVICE,
    ADDRESS_LEAD,
    asks_address_and_whereabouts,
    location_part,
    split_sentences,
)

# Tags of the profile's location article (kb_import), besides its own words ("address", "station").
LOCATION_WORDS = (
    "walkable",
    "gps",
    "satnav",
    "nav",
    "navigation",
    "maps",
    "uber",
    "lyft",
    "taxi",
    "cab",
    "addy",
)


def whereabouts_part(query: str, article: dict) -> str | None:
    """The part of a location article (``kind`` "location") to read for ``query``: the whole answer
    when it asks both for the address and where it is (:func:`kb_excerpt.asks_address_and_whereabouts`);
    the part :func:`kb_excerpt.location_part` picks when it asks for one of them, whatever words of
    the caller's own situation the other part holds; the address sentence when it asks neither but
    names what the address will be typed into or given to (:data:`FOR_A_DEVICE`: "where are you?
    I want to put it in the GPS"). None for another kind of article or when nothing decides."""
    if article.get("kind") != "location":
        return None
    answer = article.get("answer") or ""
    if asks_address_and_whereabouts(query):
        return answer or None
    part = location_part(answer, query)
    if part is not None:
        return part
    first = split_sentences(answer)[:1]
    if (
        first
        and first[0].startswith(ADDRESS_LEAD)
        and len(first[0]) < len(answer.strip())
        and FOR_A_DEVICE.search(query.lower())
    ):
        return first[0]
    return None


# The number of the building asked: "what's the street number?", "what number on Valencia are you?",
# "what street and number do I type in?". A phone number is another thing ("what number do I ring").
_STREET_NUMBER_RE = re.compile(
    r"\b(?:street|house|building|door)\s+(?:and\s+)?(?:no\.?|number)\b|\bnumber\s+and\s+street\b"
    r"|\bwhat\s+(?:street\s+)?number\s+(?:on\s+[A-Z][a-z]+(?:\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd))?\s+)?"
    r"(?:are\s+you|is\s+(?:it|the\s+(?:salon|shop|studio|store|place)))\b",
    re.I,
)


def answer_street_number_asked(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """Put the location article first at ``threshold`` with its address sentence ("We are at 2150
    Valencia Street, ...") as the part read and its ``refused`` dropped, when ``query`` asks for the
    building's number (:data:`_STREET_NUMBER_RE`) and the best hit is not already confident. In
    place; ``articles`` (dicts with ``answer``; those in scope) give the article when no hit is it.
    Nothing changes without an address sentence, or when a hit was held back because the question
    names a thing no article mentions ("what number on Elm Road are you?" of a business on Valencia).

    Source: issue 11, kb blind7, blind10, blind20, blind34 and other development corpora ("My Uber
    driver needs the street number, what number on Valencia are you?" escalated or offered the
    contact article's phone number)."""
    if (hits and hits[0]["confidence"] >= threshold) or not _STREET_NUMBER_RE.search(query or ""):
        return
    if any((h.get("refused") or "").startswith("the question names") for h in hits):
        return

    def address(a: dict) -> str | None:
        first = split_sentences(a.get("answer") or "")[:1]
        return first[0] if first and first[0].startswith(ADDRESS_LEAD) and re.search(r"\d", first[0]) else None

    article = next((h for h in hits if address(h)), None)
    if article is None:
        row = next((a for a in articles if address(a)), None)
        if row is None:
            return
        article = {**row, "matched": [], "bm25": 0.0, "story": 0.0, "lexical": 0.0, "confidence": 0.0}
        article.update(similarity=0.0, article_coverage=0.0, kind="location")
        hits.append(article)
    article["excerpt"] = address(article)
    article["confidence"] = round(max(article["confidence"], threshold), 3)
    article.pop("refused", None)
    hits.remove(article)
    hits.insert(0, article)
