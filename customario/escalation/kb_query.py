"""The caller's question made into the query the knowledge-base scorer sees (issue 11).

:func:`prepare_query` is the first step of :func:`customario.escalation.knowledge.search`: spoken
money, thousands and model numbers are written as the articles write them ("a forty sixty" →
"4060", "4070S" → "4070 Super"), the words the caller uses for the business's own terms become its
words (``kb_wording``), and the amounts, times, sizes and replaced models the caller *states* are
taken out of the terms (they are the caller's situation, not what is asked). :func:`spelled_terms`
then corrects typos against the articles' vocabulary and drops a rank number ("the number 1 haircut").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from customario.escalation.kb_courtesy import without_courtesies
from customario.escalation.kb_dialect import dialect_words
from customario.escalation.kb_digits import plain_thousands, spoken_money, without_rank_number
from customario.escalation.kb_fts import scope_sql
from customario.escalation.kb_hits import articles_in_scope
from customario.escalation.kb_question import months_told, named_things, situation_words, stated_amounts
from customario.escalation.kb_spoken import sounded_out_words, spelled_letters, spoken_model_numbers, written_suffix
from customario.escalation.kb_taken_back import without_taken_back
from customario.escalation.kb_texting import texting_words
from customario.escalation.kb_wording import in_kb_words
from customario.escalation.kb_words import WORD_RE, correct_typos, terms


@dataclass(frozen=True)
class PreparedQuery:
    """The question as the scorer sees it.

    ``query``: the text searched (model numbers and money as the articles write them); ``terms``:
    its content words (``kb_words.terms``) less the amounts it states, before typo correction;
    ``named``: the named things it mentions (``kb_question.named_things``) less stated amounts and
    months; ``vocabulary``: the lower-case words of the articles in scope; ``articles``: those
    articles (dicts, as ``kb_hits.articles_in_scope`` reads them)."""

    query: str
    terms: list[str]
    named: list[str]
    vocabulary: set[str]
    articles: list[dict]


def prepare_query(db: Database, query: str, campaign: str | None) -> PreparedQuery:
    """The :class:`PreparedQuery` of the caller's ``query`` against the articles of ``campaign``
    (plus shared ones; every article when None). Never raises for odd input: a question without
    content words gives empty ``terms``."""
    vocabulary = _vocabulary(db, campaign)  # "a forty sixty", "DDR five" as the articles write them:
    articles = articles_in_scope(db, campaign)  # read once: model numbers, own name, kinds, meaning
    query = without_taken_back(query)  # "the 4090, no sorry, the 4060": the 4090 is no part of it
    # "Good day po, hw many days 2 ship back": no greeting or respect particle (kb_courtesy); "how", "to" (kb_texting)
    query = texting_words(dialect_words(without_courtesies(query)))  # "How lang": "long"; "unu": "you" (kb_dialect)
    query = spoken_model_numbers(plain_thousands(spoken_money(in_kb_words(query, articles))), vocabulary)
    query = written_suffix(query, articles)  # "4070S" as the articles write it, "4070 Super"
    query = sounded_out_words(query, vocabulary)  # "the bally-arge", "bayalage": "balayage"
    query = spelled_letters(query, vocabulary)  # "my s s d": "ssd"
    # An amount the caller states ("my 650 W supply", "a $900 monitor") is their situation, not
    # what they ask about: it neither finds nor picks a part of an answer ("the RTX 4070 Super needs
    # 650 W" is no answer to "will my 650 W supply run an RTX 4090?").
    # So are a time of day, a size ("the RTX 4060 8GB") and the model being replaced (kb_question).
    amounts = {a.lower() for a in stated_amounts(query)}
    amounts -= _model_numbers(articles, amounts)  # "4060 watts?": the RTX 4060's, not an amount
    # The model being replaced stays the caller's situation even when the articles name it ("going
    # from a 4060 to a 4070 Super, do I need a bigger PSU?" asks about the 4070 Super; kb blind61).
    amounts |= situation_words(query)
    query_terms = [t for t in terms(query) if t not in amounts]
    dates = months_told(query)  # "I'm getting married in June! How much ...?": a date of the story
    named = [t for t in named_things(query) if t not in amounts and t not in dates]
    return PreparedQuery(query=query, terms=query_terms, named=named, vocabulary=vocabulary, articles=articles)


def spelled_terms(query: str, query_terms: list[str], vocabulary: set[str]) -> list[str]:
    """``query_terms`` with typos corrected against ``vocabulary`` (``kb_words.correct_typos``) and a
    rank number of ``query`` dropped ("the number 1 haircut": ``kb_digits.without_rank_number``). A
    word written in camel case is kept as written (:func:`camel_case_words`)."""
    return without_rank_number(query, correct_typos(query_terms, vocabulary, keep=camel_case_words(query)))


# A capital after a small letter ("PayPal", "iPhone"), or a capital run ending in a capitalised word of
# two or more small letters ("GCash"); not an acronym's plural ("SSDs", "GPUs") nor a unit ("MHz").
_CAMEL = re.compile(r"\b(?=[A-Za-z]*(?:[a-z][A-Z]|[A-Z][A-Z][a-z]{2}))[A-Za-z]+\b")


def camel_case_words(query: str) -> frozenset[str]:
    """The words of ``query`` written in camel case, lower case ("gcash" of "Do you take GCash?"):
    brand names as their owners write them, which a typing slip does not make. A word like that one
    edit from a word of the articles ("GCash" / "cash") is another thing, not that word mistyped.
    Source: issue 11, kb blind67 ("Do you accept GCash po?" was read the cash sentence)."""
    return frozenset(
        m.group(0).lower() for m in _CAMEL.finditer(query or "") if not re.fullmatch(r"[A-Z]+s", m.group(0))
    )


def _model_numbers(articles: list[dict], amounts: set[str]) -> set[str]:
    """The numbers of ``amounts`` that ``articles`` (those in scope) use only as a model's name, right after a
    capitalised word ("RTX 4060") and never with a unit ("650 W"): "4060 watts pls" asks about the
    RTX 4060's power, it states no amount. Source: issue 11, kb blind20 ("4060 watts pls" read the
    RTX 4090's sentence)."""
    numbers = {a for a in amounts if a.isdigit()}
    if not numbers:
        return set()
    text = " ".join(a.get(k) or "" for a in articles for k in ("question", "answer"))
    return {
        n
        for n in numbers
        if re.search(rf"\b[A-Z][A-Za-z]*\s+{n}\b", text)
        and not re.search(rf"\b{n}\s?(?:w|watts?|%|dollars?|days?|years?)\b", text, re.I)
    }


def _vocabulary(db: Database, campaign: str | None) -> set[str]:
    """The words of the articles in scope (questions, tags, answers), lower case."""
    scope, params = scope_sql(campaign)
    rows = db.execute("SELECT a.question, a.tags, a.answer FROM kb_articles a WHERE 1" + scope, params).fetchall()
    return {w for row in rows for text in row for w in WORD_RE.findall((text or "").lower().replace("'", ""))}
