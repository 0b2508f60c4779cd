"""One item asked in plain words, answered by its own article (issue 11): one day's hours
(:mod:`kb_hours`), one service's time (:mod:`kb_service`) or the one stylist for a specialty
(:mod:`kb_staff`). Moved out of :mod:`customario.escalation.knowledge`, which calls
:func:`plain_question` once per search."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from customario.escalation.kb_articles import article_kind
from customario.escalation.kb_fact import asked_fact
from customario.escalation.kb_fts import scope_sql
from customario.escalation.kb_hours import by_clock, one_day_hours
from customario.escalation.kb_near_miss import EXAMPLES_RE, GENERIC_ARTICLE_WORDS
from customario.escalation.kb_channel import ELSEWHERE
from customario.escalation.kb_service import INCLUDED_ONLY, ambiguous_person, one_service_duration
from customario.escalation.kb_staff import one_specialist
from customario.escalation.kb_words import terms


def plain_question(
    db: Database,
    query: str,
    query_terms: list[str],
    hits: list[dict],
    stats: Any,
    named: list[str],
    campaign: str | None,
    asked: str | None,
    threshold: float,
    story: set[str] = frozenset(),
) -> None:
    """One day's hours (kb_hours), one service's time (kb_service) or the one stylist for a
    specialty (kb_staff) asked in the caller's own words: that article answers (in place, first).
    The ask picks the item, not the caller's story (``story``: terms only the story has, kb_ask):
    "I work Monday to Friday, when do you open on Saturday?" is Saturday's hours, "How long is a
    colour? I have to fetch the kids at three" the colour's time; an item only the ask names also
    answers over a confident article that leads by the story's words."""
    if not hits:
        return
    strong, dfs = stats.strong, stats.df
    subjects = subjects_of(db, campaign)
    asked_kind = asked_fact(query) or asked

    plain = one_day_hours(query, query_terms, hits, strong, dfs, named, subjects, asked_kind, story=story)
    # "You don't open before ten on Thursdays?": the day's hours, over an article led by "before"
    clocked = plain is not None and by_clock(query) and hits[0].get("kind") != "hours"
    plain = plain or one_service_duration(query, query_terms, hits, dfs, named, subjects, story=story)
    # A profile article that leads only by the story's words gives way to the item the ask names
    # (an answer a person wrote never does).
    by_ask = (
        plain is not None
        and bool(story)
        and plain is not hits[0]
        and hits[0].get("kind") is not None
        and hits[0]["story"] > plain["story"]
    )
    person = None if plain is not None else one_specialist(query, query_terms, hits, dfs, named, subjects)
    plain = plain or person
    held = str((plain or {}).get("refused") or "")
    if held.startswith(INCLUDED_ONLY) or (held.startswith(ELSEWHERE) and plain.get("kind") == "service"):
        plain = None  # "another toner after my balayage", "my bridal hair done at my house" (kb_channel)
    if plain is None and str(hits[0].get("refused") or "").startswith("the specialties named"):
        hits[0]["confidence"] = round(min(hits[0]["confidence"], threshold - 0.01), 3)
    # "Is there someone good with kids?": a person asked for is a stylist, never the kids' price;
    # "Which of your people does blow-drys?" is the stylist, never the list of services.
    for_person = person is not None and hits[0].get("kind") in ("service", "services")
    if plain is not None and (hits[0] is plain or hits[0]["confidence"] < threshold or by_ask or for_person or clocked):
        hits.remove(plain)
        plain["confidence"], plain["refused"] = max(plain["confidence"], threshold), None
        hits.insert(0, plain)
    ambiguous_person(query, hits, threshold)  # "a haircut for girls": the children's or the women's?


def subjects_of(db: Database, campaign: str | None) -> dict[int, tuple[str | None, list[str]]]:
    """(kind, content words of its own question) of each article in scope ("consultation" of "What
    is your consultation policy?"), for :mod:`kb_hours` and :mod:`kb_service`."""
    scope, params = scope_sql(campaign)
    rows = db.execute("SELECT a.id, a.question, a.source, a.source_ref FROM kb_articles a WHERE 1" + scope, params)
    return {
        r[0]: (
            article_kind({"source": r[2], "source_ref": r[3]}),
            [t for t in terms(EXAMPLES_RE.sub(" ", r[1])) if t not in GENERIC_ARTICLE_WORDS],
        )
        for r in rows.fetchall()
    }
