"""Full-text expressions over the knowledge base's FTS5 index (``kb_articles_fts``, porter stemming).

A question term becomes an FTS5 ``OR`` group of the term, its synonyms (``kb_words.expand_term``)
and their phrases (``kb_phrases.FTS_PHRASES``), or of the words WordNet relates to it
(``kb_words.related_words``); :func:`matching_ids` gives the ids of the articles in a campaign's
scope (its own and the shared ones) that match one. Used by :mod:`customario.escalation.knowledge`
and :mod:`customario.escalation.kb_near_miss`.
"""

from __future__ import annotations

from sqlite_utils import Database

from customario.escalation.kb_phrases import FTS_PHRASES
from customario.escalation.kb_words import expand_term, related_words


def group_expr(term: str) -> str:
    words = expand_term(term)
    phrases = {p for w in words for p in FTS_PHRASES.get(w, ())}
    return "(" + " OR ".join(f'"{w}"' for w in sorted(words | phrases)) + ")"


def related_expr(term: str) -> str | None:
    words = related_words(term)
    return "(" + " OR ".join(f'"{w}"' for w in sorted(words)) + ")" if words else None


def scope_sql(campaign: str | None) -> tuple[str, list]:
    if campaign is None:
        return "", []
    return " AND a.campaign IN ('', ?)", [campaign]


def matching_ids(db: Database, expr: str, campaign: str | None) -> set[int]:
    scope, params = scope_sql(campaign)
    sql = (
        "SELECT f.rowid FROM kb_articles_fts f JOIN kb_articles a ON a.id = f.rowid "
        "WHERE kb_articles_fts MATCH ?" + scope
    )
    return {r[0] for r in db.execute(sql, [expr, *params]).fetchall()}
