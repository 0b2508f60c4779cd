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
