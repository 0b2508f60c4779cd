"""Knowledge-base search: which article answers a caller's question, and how confidently.

The articles themselves (add, edit, remove, versions) are in :mod:`customario.escalation.kb_articles`.
Articles belong to a campaign (``campaign`` = campaign/module name) or to every campaign (``''``).
The full-text index ``kb_articles_fts`` (porter stemming, kept in step by triggers) finds
candidates ranked by bm25 for the query :mod:`customario.escalation.kb_query` makes of the caller's
question; :func:`search` then gives each candidate a **confidence** in 0..1 that
says how much of the caller's question the article covers:

    confidence = sum(idf(t) * w(t) * match(t, article)) / sum(idf(t) * w(t))   over the query's terms t

``match`` is 1.0 when the term (or a synonym from ``kb_words.SYNONYMS``) is in the article's
question or tags, 0.5 when only in its answer (0.75 when several such terms share one sentence of
it), 0.75 when only a word WordNet relates to it is in the question or tags, else 0;
``idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5))`` is BM25's inverse document frequency over the N
articles in scope, so words every article shares ("hair" in a salon) count little. ``w(t)``
(``kb_words.term_weight``) is 1 for a word some article has, 0.6 for one none has (it may be what
the question is about), 0.25 for an everyday word none has ("change my mind"), 0.5 for words that
shape a question ("how long") and 0.2 for words naming the business ("salon"); an unknown noun
that only narrows a word the article uses alone ("skin fades") counts less (``kb_unknown``). Stop
words are dropped first. Guards then cap the confidence: no distinctive word matched, one word
matched against several the article lacks, a named thing no article mentions, a question kind the
article cannot answer, a price question whose answer names no price, a near miss, or a tie between
items. Words only the caller's story has (:mod:`kb_ask`: "I built my PC last week, ..." before the
ask) leave the sums when the article lacks them and only break ties when it has them; an article
held back only as an unsure near miss answers when the ask is nearest in meaning to it
(:func:`kb_ask.answer_in_meaning`). An answer is *confident* when the best confidence is at least :data:`CONFIDENCE_THRESHOLD`;
the part read out is ``kb_excerpt.answer_excerpt``. The scored hits are put in order and cut to
what was asked in :mod:`customario.escalation.kb_hits`. The agent tool ``search_knowledge_base``
(:mod:`customario.escalation.kb_tool`) wraps :func:`search`; ``kb_suggest`` offers a close article.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from customario.dialogue.spoken import parse_number
from customario.escalation import wordnet
from customario.escalation.kb_acts import answer_callers_act
from customario.escalation.kb_ages import adult_service_for_child, outside_age_limit, outside_childrens_limit
from customario.escalation.kb_arrival import answer_arrived_dead
from customario.escalation.kb_ask import answer_in_meaning, story_terms
from customario.escalation.kb_channel import channel_cap
from customario.escalation.kb_compare import answer_extreme_price
from customario.escalation.kb_classes import covered_by, instances, kinds_named
from customario.escalation.kb_articles import (
    article_from_row,
    article_kind,
    business_name_words,
    is_list,
    matches_besides_names,
    names_used_as_verbs,
    person_names,
)
from customario.escalation.kb_digits import phone_only_digits
from customario.escalation.kb_excerpt import ask_days_only, has_word, priced, together_in_a_sentence
from customario.escalation.kb_fact import or_side_by_side
from customario.escalation.kb_fact_kind import fact_words_held
from customario.escalation.kb_hits import (
    answer_what_was_asked,
    focus_whole_answer,
    list_asked_by_name,
    nearest,
    prefer_list_for_plural,
    settle_ties,
)
from customario.escalation.kb_focus import ask_picks, read_part, whole_policy_asked
from customario.escalation.kb_holiday import answer_holiday
from customario.escalation.kb_hours import which_day
from customario.escalation.kb_lag import refuse_other_duration
from customario.escalation.kb_learned import answer_as_subject, offer_by_answer
from customario.escalation.kb_likened import likened_names
from customario.escalation.kb_likewise import hold_near_miss, near_miss_of
from customario.escalation.kb_count import answer_states_quantity
from customario.escalation.kb_period import answer_period_start
from customario.escalation.kb_interchange import answer_interchange
from customario.escalation.kb_plain import plain_question
from customario.escalation.kb_reach import answer_reach_asked
from customario.escalation.kb_location import answer_street_number_asked
from customario.escalation.kb_wallet import answer_wallet_asked
from customario.escalation.kb_request import asks_done_to_a_state
from customario.escalation.kb_zone import answer_zone_asked, read_aloud
from customario.escalation.kb_price_factor import refuse_unstated_price_factor
from customario.escalation.kb_subject import answer_asked_noun
from customario.escalation.kb_stated import answer_stated_value, refuse_other_thing
from customario.escalation.kb_service import (
    INCLUDED_ONLY,
    included_only_asked,
    names_two_services,
    one_more_of_included,
    other_service_named,
    unwanted_in_name,
)
from customario.escalation.kb_query import prepare_query, spelled_terms
from customario.escalation.kb_fts import group_expr, matching_ids, related_expr, scope_sql
from customario.escalation.kb_order import person_asked_about, person_over_team_list, subject_asked_about
from customario.escalation.kb_near_miss import GENERIC_ARTICLE_WORDS, UNSURE, topic_apart
from customario.escalation.kb_question import KIND_ANSWERS, query_kind, question_form
from customario.escalation.kb_two_asks import each_ask
from customario.escalation.kb_unknown import modifier_relief
from customario.escalation.kb_unsure import answer_when_or_kind
from customario.escalation.kb_words import (
    SELF_TERMS,
    SELF_WEIGHT,
    SYNONYM_OF,
    WEAK_TERMS,
    absent_instances,
    covers,
    expand_term,
    in_words,
    is_general,
    question_key,
    term_weight,
    terms,
    words_of,
)

CONFIDENCE_THRESHOLD = 0.6
# Words only the caller's story has (kb_ask): one the article lacks counts at STORY_UNMATCHED of its
# weight, one it has at STORY_MATCHED on both sides of the confidence (the story then only breaks
# ties, by ``hit["story"]``). Chosen on the development corpora own, blind dev, blind2..blind9
# (0/0 against 0.5/1, 0.25/0.5, 0/0.5: the most direct answers without more wrong ones).
STORY_UNMATCHED = 0.0
STORY_MATCHED = 0.0
ANSWER_ONLY_MATCH = 0.5
ONE_WORD_LIMIT = 2
# A question word matched only through a word WordNet relates to it ("repay" for refund, "puppy"
# for dog) counts at this share of an exact match.
RELATED_MATCH = 0.75
# Several question words that only the answer has, in one sentence of it (see search()).
SENTENCE_MATCH = 0.75
SYNONYM_IN_ANSWER = 0.5


@dataclass
class SearchResult:
    """``hits`` are articles (dicts) with ``confidence`` (0..1), ``bm25`` and ``matched`` terms,
    best first; ``confident`` says whether ``hits[0]`` may be given to a caller as the answer."""

    query: str
    terms: list[str]
    hits: list[dict] = field(default_factory=list)
    threshold: float = CONFIDENCE_THRESHOLD
    # When not confident: the article nearest in meaning (kb_embed), for kb_suggest's offer only.
    nearest: dict | None = None

    @property
    def best(self) -> dict | None:
        return self.hits[0] if self.hits else None

    @property
    def confident(self) -> bool:
        return bool(self.hits) and self.hits[0]["confidence"] >= self.threshold

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "terms": self.terms,
            "threshold": self.threshold,
            "confident": self.confident,
            "hits": self.hits,
            "nearest": self.nearest,
        }


@dataclass
class _TermStats:
    """Per question term: ids of articles that have it (or a synonym) in question/tags (``strong``)
    or only in the answer (``weak``); likewise through a WordNet-related word (``rel_strong``,
    ``rel_weak``, counted only in question or tags: in a long answer a word's rarer senses match too
    often); its document frequency ``df`` and BM25 ``idf``."""

    strong: dict[str, set[int]] = field(default_factory=dict)
    weak: dict[str, set[int]] = field(default_factory=dict)
    rel_strong: dict[str, set[int]] = field(default_factory=dict)
    rel_weak: dict[str, set[int]] = field(default_factory=dict)
    weak_synonym: dict[str, set[int]] = field(default_factory=dict)
    df: dict[str, int] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)


# Units of time a caller counts in a story ("in three days", "two weeks ago").
_TIME_UNITS = frozenset("day days week weeks hour hours minute minutes month months year years".split())


def _part_pickers(matched: list[str], told: list[str]) -> list[str]:
    """The matched terms that may pick the part of an answer to read: not a story's adverb ("I need
    it before the weekend" names no cutoff), nor a unit of time the story counts when the ask has a
    word of its own in the answer ("My kid's birthday is in three days. What's the fastest
    shipping?" reads express, not the 3-5 days; held-out kb blind28). The story's things still pick
    ("The NVMe drive died. Still under warranty?" reads the SSDs' warranty)."""
    out = [t for t in matched if t not in told or not _adverb(t)]
    if any(t not in told for t in out):
        out = [t for t in out if t not in told or t not in _TIME_UNITS]
    return ask_days_only(out, told)  # "I can't do weekdays. Open at the weekend?": the weekend's hours


def _term_stats(db: Database, query_terms: list[str], campaign: str | None, total: int) -> _TermStats:
    st = _TermStats()
    for t in query_terms:
        expr, related = group_expr(t), related_expr(t)
        anywhere = matching_ids(db, expr, campaign)
        st.strong[t] = matching_ids(db, "{question tags} : " + expr, campaign)
        st.weak[t] = anywhere - st.strong[t]
        if st.weak[t] and len(expand_term(t)) > 1:
            st.weak_synonym[t] = st.weak[t] - matching_ids(db, f'"{t}"', campaign)
        rel_anywhere: set[int] = set()
        if related:
            rel_anywhere = matching_ids(db, related, campaign) - anywhere
            st.rel_strong[t] = matching_ids(db, "{question tags} : " + related, campaign) - anywhere
            st.rel_weak[t] = rel_anywhere - st.rel_strong[t]
        # A word no article has, related to words some have ("repay" → refund): its frequency is theirs.
        st.df[t] = df = len(anywhere) or len(rel_anywhere)
        st.idf[t] = math.log(1 + (total - df + 0.5) / (df + 0.5))
    return st


def _story_words(
    query: str, query_terms: list[str], vocabulary: set[str], stats: _TermStats, distinctive: set[str]
) -> set[str]:
    """The terms of ``query_terms`` only the caller's story has (:func:`kb_ask.story_terms`), when the
    ask names what is asked by a distinctive word (not "how long", "cost", "before"). A word some
    article is about (in its question or tags: "Tuesdays") still costs an article that lacks it (see search)."""

    def subject(t: str) -> bool:
        return (
            t in distinctive
            and t not in WEAK_TERMS | SELF_TERMS
            and not query_kind(t)
            and question_form(f"how {t}") == "how"  # "much", "long": shape a question
            and not _adverb(t)
        )

    def fix(ts: list[str]) -> list[str]:
        return spelled_terms(query, ts, vocabulary)

    # A number the caller tells ("my son just turned 13", "I'm seventy-two") is a fact the answer
    # must fit, never story.
    return {t for t in story_terms(query, query_terms, fix, subject) if parse_number(t) is None}


def _adverb(term: str) -> bool:
    """True when WordNet knows ``term`` only as an adverb ("before", "still"): it cannot name what is asked."""
    wn = wordnet.load()
    return wn is not None and wn.adverb_only(term)


def _score(
    row: dict,
    query_terms: list[str],
    st: _TermStats,
    weight: dict[str, float],
    skip: set[str] | None = None,
    verbs: set[str] | None = None,
) -> tuple[float, list[str]]:
    """(score, matched terms) of one article: the numerator of the confidence. Terms in ``skip``
    (digits the article has only inside a phone number, ``kb_digits``) do not match it, nor do
    words of a person's name the caller used as verbs (``verbs``: "somewhere I can park")."""
    score, matched, in_answer = 0.0, [], []
    names = person_names(row)
    aid, idf = row["id"], st.idf
    for t in query_terms:
        if skip and t in skip:
            continue
        if verbs and t in verbs and t in names:
            continue  # "can I park" is not Jonah Park
        if names and t not in names and not matches_besides_names(t, row, names):
            continue  # "parking" is not Jonah Park
        if aid in st.strong[t]:
            score += idf[t] * weight[t]
        elif aid in st.weak[t]:
            # Only a synonym in a long answer ("where" → "any carrier location") is weaker still.
            factor = SYNONYM_IN_ANSWER if aid in st.weak_synonym.get(t, ()) else 1.0
            score += factor * ANSWER_ONLY_MATCH * idf[t] * weight[t]
            in_answer.append((t, factor))
        elif aid in st.rel_strong.get(t, ()):
            score += RELATED_MATCH * idf[t] * weight[t]
        else:
            continue
        matched.append(t)
    # Question words found only in the answer, but together in one of its sentences, are what
    # that sentence is about ("installed graphics cards ... are refunded minus a 15% restocking
    # fee"): they count as SENTENCE_MATCH instead of ANSWER_ONLY_MATCH.
    together = together_in_a_sentence(row["answer"], [t for t, _ in in_answer])
    for t, factor in in_answer:
        if t in together:
            score += (SENTENCE_MATCH - ANSWER_ONLY_MATCH) * factor * idf[t] * weight[t]
    return score, matched


def _kind_cap(
    asked: str | None, kind: str | None, row: dict, asked_words: list[str], query: str = ""
) -> tuple[float, str] | None:
    """(cap on the confidence, why) when the article cannot answer the kind of question ``asked``
    (``kb_question.query_kind``): a kind of article that does not answer it, or a price asked of a
    thing the service only includes ("How much for just a toner?": the balayage "includes toner",
    its price is not the toner's; :func:`kb_service.priced_only_as_included`), or one more of a thing
    it includes ("a second bridal trial": :func:`kb_service.one_more_of_included`), or a service asked
    of an article about items in a state (:func:`kb_request.asks_done_to_a_state`). None otherwise."""
    if asked and kind and kind not in KIND_ANSWERS[asked]:
        return 0.3, f"a {asked} question, a {kind} article"
    if included_only_asked(row, asked, asked_words, query) or one_more_of_included(row, query):
        return 0.4, INCLUDED_ONLY
    if capped := channel_cap(kind, query, f"{row['question']} {row['answer']}"):
        return capped  # "Can I book online?", "Can Sofia come to the venue?" (kb_channel)
    # "the last appointment on a Saturday", "keratin consultation, like the colour one?", "if I'm
    # sick, do you still charge?": near misses the article's words meet (kb_likewise)
    if why := near_miss_of(query, row):
        return 0.4, why
    if asks_done_to_a_state(query, row["answer"]):
        # "Will you install the card for me?" against "installed graphics cards are refunded ...":
        # a service asked, an article about items in that state (kb_request).
        return 0.4, "near miss: the article is about items in that state"
    return None


def _apart_in_list(row: dict, matched: list[str], st: _TermStats) -> bool:
    """True when two or more question words that only the answer of a list article has are never in
    the same item of the list."""
    in_answer = [t for t in matched if row["id"] not in st.strong[t] and t not in WEAK_TERMS]
    if len(in_answer) < 2:
        return False
    items = [words_of(x) for x in re.split(r";\s+|,\s+(?=[A-Z])", row["answer"])]
    return not any(all(in_words(t, item) for t in in_answer) for item in items)


def search(
    db: Database,
    query: str,
    *,
    campaign: str | None = None,
    limit: int = 3,
    threshold: float = CONFIDENCE_THRESHOLD,
    split_asks: bool = True,
) -> SearchResult:
    """Search articles for ``query`` (scoped to ``campaign`` + shared articles when given).

    Returns a :class:`SearchResult` with at most ``limit`` hits ordered by confidence then bm25
    (see the module docstring for the formula). Never raises for odd input: a query without
    content words returns no hits. Model numbers said aloud are read as the articles write them
    first (:func:`kb_spoken.spoken_model_numbers`); ``SearchResult.query`` is the text searched. A turn
    that asks two things different articles answer is answered from both (:mod:`kb_two_asks`; each ask
    searched with ``split_asks=False``). When it is not confident, a learned article may still be
    offered on the words of its answer (:func:`kb_learned.offer_by_answer`), never answered; the
    whole turn's offer is answered when its part opens with the noun asked (:mod:`kb_subject`).
    """
    run = functools.partial(_search, db, query, campaign, limit, threshold, split_asks)
    return answer_asked_noun(offer_by_answer(run, db, campaign, threshold), threshold, whole_turn=split_asks)


def _search(db: Database, query: str, campaign: str | None, limit: int, threshold: float, split_asks: bool):
    prepared = prepare_query(db, query, campaign)  # the question as the scorer sees it (kb_query)
    query, named, vocabulary, articles = prepared.query, prepared.named, prepared.vocabulary, prepared.articles
    result = SearchResult(query=query, terms=prepared.terms, threshold=threshold)
    if not result.terms:
        return result
    total = db["kb_articles"].count_where(*(("campaign IN ('', ?)", [campaign]) if campaign is not None else ()))
    scope, params = scope_sql(campaign)
    if not total:
        return result
    result.terms = spelled_terms(query, result.terms, vocabulary)  # "the number 1 haircut"
    groups = {t: group_expr(t) for t in result.terms}
    related = {t: related_expr(t) for t in result.terms}
    any_expr = " OR ".join([*groups.values(), *(e for e in related.values() if e)])
    sql = (
        "SELECT a.*, bm25(kb_articles_fts, 2.0, 1.5, 1.0) AS bm25 FROM kb_articles_fts f "
        "JOIN kb_articles a ON a.id = f.rowid WHERE kb_articles_fts MATCH ?" + scope + " ORDER BY bm25 LIMIT 20"
    )
    candidates = list(db.query(sql, [any_expr, *params]))
    if not candidates:  # "What's the cheapest thing you do?", "What's the shop called?": no word in common
        answer_extreme_price(query, result.hits, articles, threshold)
        answer_reach_asked(query, result.hits, articles, threshold)
        answer_wallet_asked(query, result.hits, articles, threshold)
        answer_street_number_asked(query, result.hits, articles, threshold)
        return result
    stats = _term_stats(db, result.terms, campaign, total)
    answer_as_subject(stats, result.terms, articles)  # on the learned reading only (kb_learned)
    fact_words_held(query, result.terms, candidates, stats.strong, stats.weak)
    idf, strong, dfs = stats.idf, stats.strong, stats.df
    # Words no article in scope has ("my son is eight ...") cannot tell articles apart: they leave
    # the denominator. A confident answer needs one distinctive word matched (at most a third of the
    # articles have it, or are about it: "shipping" in long store answers), unlike "hair extensions".
    known = [t for t in result.terms if dfs[t] > 0]
    weight = {t: term_weight(t, dfs[t]) for t in result.terms}
    _one_name_one_weight(query, weight)
    own_name = _own_name(articles, result.terms, dfs, weight)
    denom = sum(idf[t] * weight[t] for t in result.terms)
    distinctive = {t for t in known if min(dfs[t], len(strong[t]) or dfs[t]) <= max(1, total // 3)}
    asked = query_kind(query)
    # Words only the caller's story has ("I built my PC last week, ..."): kb_ask.
    story = _story_words(query, result.terms, vocabulary, stats, distinctive)
    # Names of a kind of thing another article names by example ("RTX 4070 Super": a graphics card)
    # that an article's general rule covers ("3 years for graphics cards"): kb_classes.
    found = instances(query, kinds_named(articles))
    verbs = names_used_as_verbs(query, {w for a in candidates for w in person_names(a)})
    absent = absent_instances(query, result.terms, vocabulary)  # "do you ship with DHL?" (kb_words)
    hits = []
    for row in candidates:
        covered, kind_words = covered_by(row, found, result.terms)
        score, matched = _score(row, result.terms, stats, weight, phone_only_digits(query, result.terms, row), verbs)
        art = article_from_row(row)  # an unknown word that only narrows a word the article has alone counts less
        # Story words this article lacks; one that another article is about ("I get off at six on
        # Tuesdays, ...") still counts against it, like a word of the ask.
        untold = [t for t in story if t not in matched and not strong[t]]
        told = [t for t in story if t in matched]
        told_score = _score(row, told, stats, weight, None, verbs)[0] if told else 0.0
        relief = modifier_relief(query, result.terms, matched, row, idf, weight, dfs)
        relief += sum(idf[t] * weight[t] * (1 - STORY_UNMATCHED) for t in untold)
        relief += sum(idf[t] * weight[t] * (1 - STORY_MATCHED) for t in told)
        relief += sum(idf[t] * weight[t] for t in covered if t not in matched)
        confidence = (score - (1 - STORY_MATCHED) * told_score) / (denom - relief or 1.0)
        kind = article_kind(row)
        art["lexical"] = round(confidence, 3)  # before the guards below: a feature of kb_decide
        why = None
        if not distinctive & set(matched):
            confidence, why = min(confidence, 0.45), "no distinctive word of the question matched"
        elif (
            len(matched) == 1
            and sum(
                1
                for t in result.terms
                if t not in matched and t not in covered and t not in own_name and not is_general(t, dfs[t])
            )
            >= ONE_WORD_LIMIT
        ):
            # One word in common and several specific ones the article lacks: a guess.
            confidence, why = min(confidence, 0.5), "one word of the question matched"
        unknown_names = [t for t in named if t in dfs and dfs[t] == 0 and t not in covered] + absent
        if unknown_names:
            # "RTX 5090", "Venmo", "Jessica": a named thing no article mentions is what the caller asks about.
            confidence, why = (
                min(confidence, 0.4),
                f"the question names {' '.join(unknown_names)}, which no article mentions",
            )
        if is_list(row) and kind in ("services", "staff") and _apart_in_list(row, matched, stats):
            # "Do you do men's colour?": the services list has "Men's haircut" and "Single-process
            # colour", not a men's colour.
            confidence, why = min(confidence, 0.4), "the list names the asked-about things only in different items"
        if cap := _kind_cap(asked, kind, row, [t for t in matched if t in distinctive], query):
            confidence, why = min(confidence, cap[0]), cap[1]
        # Questions people wrote (learned, manual, FAQ, article lists) can be near misses; profile ones are checked by kind.
        asked_terms = [
            t for t in result.terms if (t not in untold or not dfs[t]) and t not in covered and t not in own_name
        ]
        missing = (
            topic_apart(db, asked_terms, matched, row, total, campaign, dfs, strong, named, query)
            if kind in (None, "faq", "articles")
            else None
        )
        if missing and missing.startswith(UNSURE):
            # Only words no article has set the question apart: offered, or answered when nothing
            # else held it back and the ask is nearest in meaning to it (kb_ask.answer_in_meaning).
            art["unsure_only"] = why is None
            confidence, why = (
                min(confidence, threshold - 0.01),
                f"maybe a near miss: the article is about {missing[len(UNSURE) :]}",
            )
        elif missing:
            confidence, why = min(confidence, 0.4), f"near miss: the article is about {missing}"
        art["confidence"] = round(confidence, 3)
        art["story"] = round(told_score, 3)
        art["bm25"] = round(row["bm25"], 4)
        art["matched"] = matched
        art["kind"] = kind
        if why:
            art["refused"] = why
        # Named things that the article's own question names together are what it is about ("Do AM5
        # processors like the 7800X3D work with DDR4?"): its answer as a whole relates them.
        named_here = [t for t in named if t in matched and t not in SYNONYM_OF]
        in_topic = named_here if named_here and all(has_word(t, row["question"]) for t in named_here) else []
        if in_topic:
            named_here = []
        # A story's adverb picks no part to read ("I need it before the weekend" names no cutoff).
        # The kind the caller's thing is picks the part too ("3 years for graphics cards"): kb_classes.
        named_here = [t for t in named_here if t not in covered and t not in likened_names(query, named_here)]

        read = functools.partial(read_part, art["answer"], kind, idf, named_here, row["question"], query, in_topic)
        excerpt = read(_part_pickers(matched, told) + kind_words)
        excerpt = ask_picks(art["answer"], matched, told, read, excerpt, whole_policy_asked(query)) or excerpt
        excerpt = or_side_by_side(excerpt, query, art)  # "4070 Super vs 4060, what PSU?": each one's sentence
        if excerpt is None or (asked == "price" and not (excerpt := priced(excerpt, art["answer"], kind, query))):
            why = "the answer names the asked-about things only apart" if excerpt is None else "no price in the answer"
            confidence = min(confidence, 0.4)
            art["confidence"], art["refused"] = round(confidence, 3), why
        art["excerpt"] = excerpt or art["answer"]
        _refuse_other_age(query, art, 0.4, articles)  # "a cut for my 14-year-old": not the under-12s' price (kb_ages)
        hits.append(art)
    for h in hits:
        h["similarity"] = round(
            difflib.SequenceMatcher(None, question_key(query), question_key(h["question"])).ratio(), 3
        )
        own = [t for t in terms(h["question"]) if t not in GENERIC_ARTICLE_WORDS]
        covered = [t for t in own if any(covers(m, t) for m in h["matched"])]
        h["article_coverage"] = round(len(covered) / len(own), 3) if own else 0.0
    # Ties go to the article whose own question the caller's words cover best ("blow dry" → the
    # blow-dry service, not the haircut-and-blow-dry one), then to the most similar question.
    form = question_form(query)
    hits.sort(
        key=lambda h: (
            -h["confidence"],
            -h["story"],  # the caller's story breaks a tie of the ask ("I never opened it, can I return it?")
            # then to the article asked in the same form ("how do I send it back?" → "How do returns
            # work?", not "What is your return policy?"),
            -(bool(form) and question_form(h["question"]) == form),
            -h["article_coverage"],
            -h["similarity"],
            h["bm25"],
        )
    )
    prefer_list_for_plural(hits, form, threshold, query)
    list_asked_by_name(hits, result.terms, form, threshold)
    settle_ties(hits, threshold)
    person_asked_about(result.terms, hits, threshold)
    person_over_team_list(query, result.terms, hits, threshold)  # "what work does Jonah do?" (kb_order)
    subject_asked_about(hits, threshold)
    plain_question(db, query, result.terms, hits, stats, named, campaign, asked, threshold, story)
    which_day(query, hits, threshold)
    answer_in_meaning(query, hits, articles, threshold)
    answer_when_or_kind(result.terms, hits, dfs, threshold)  # "what memory type ...?" (kb_unsure)
    answer_stated_value(query, hits, threshold)
    # "a blow-dry for a child": words of two services' names (kb_service)
    names_two_services(query, result.terms, hits, dfs, threshold, distinctive, business_name_words(articles), story)
    if hits and hits[0]["confidence"] >= threshold and unwanted_in_name(query, hits[0]):
        hits[0]["confidence"], hits[0]["refused"] = (
            round(threshold - 0.01, 3),
            "the service includes what is not wanted",
        )
    answer_arrived_dead(query, hits, threshold)  # "got it yesterday, won't power on" (kb_arrival)
    answer_callers_act(query, result.terms, hits, named, dfs, threshold)  # "if I'm late, will you still ...?" (kb_acts)
    answer_holiday(query, hits, threshold)  # "Is the salon working on Thanksgiving?" (kb_holiday)
    answer_reach_asked(query, hits, articles, threshold)  # "what number do I ring?" (kb_reach)
    answer_wallet_asked(query, hits, articles, threshold)  # "can I pay with my phone?" (kb_wallet)
    answer_street_number_asked(query, hits, articles, threshold)  # "what number on Valencia are you?"
    answer_extreme_price(query, hits, articles, threshold)  # "the cheapest thing you do?" (kb_compare)
    answer_period_start(query, hits, articles, threshold)  # "does the 30 days start from ...?" (kb_period)
    answer_interchange(query, hits, threshold)  # "can DDR4 go in a DDR5 slot?" (kb_interchange)
    result.hits = hits[:limit]
    if result.hits:  # the part read: answered now, or after a yes to "Are you asking about ...?"
        focus_whole_answer(query, result.hits[0])
        if result.confident:
            answer_what_was_asked(query, result.hits[0], threshold)
            # "the restocking fee on an installed SSD?" is not read "installed CPUs are ..." (kb_stated)
            refuse_other_thing(query, result.hits[0], articles, threshold)
            other_service_named(query, result.hits[0], articles, threshold, business_name_words(articles))
            refuse_unstated_price_factor(
                query, result.hits[0], threshold
            )  # "cost more for long hair?" (kb_price_factor)
            hold_near_miss(query, result.hits[0], threshold)  # "would you open on a Sunday if ...?" (kb_likewise)
        _refuse_other_age(query, result.hits[0], threshold - 0.01, articles)
        refuse_other_duration(query, result.hits[0], threshold - 0.01)  # a wait asked of a length (kb_lag)
        answer_states_quantity(query, result.hits, articles, threshold)  # "how many stylists?": a number (kb_count)
    # Two asks answered each from its own article, or two services compared (kb_two_asks); not
    # again in the search of one ask.
    one = functools.partial(search, db, campaign=campaign, limit=limit, split_asks=False)
    # "I'm calling from Boston, my time or yours?": the zone sentence, after the part read was chosen (kb_zone)
    answer_zone_asked(query, result.hits, result.hits, threshold)
    each_ask(query, result, one if split_asks else None, threshold)
    read_aloud(result.hits)  # as the caller hears it: no IANA zone name read out (kb_zone)
    if not result.confident:
        result.nearest = nearest(db, query, campaign, hits)
    return result


def _refuse_other_age(query: str, hit: dict, cap: float, articles: list[dict]) -> None:
    """Cap ``hit``'s confidence at ``cap`` when the part read is for people of other ages than the question's
    (:func:`kb_ages.outside_age_limit`), or names children whom another article of ``articles`` limits by age
    (:func:`kb_ages.outside_childrens_limit`); the reason keeps it from being offered. In place."""
    part = hit.get("excerpt") or hit["answer"]
    why = outside_age_limit(query, part) or outside_childrens_limit(query, part, articles)
    why = why or adult_service_for_child(query, hit, articles)  # "highlights for a ten-year-old?"
    if why:
        hit["confidence"], hit["refused"] = round(min(hit["confidence"], cap), 3), why


def _own_name(articles: list[dict], query_terms: list[str], dfs: dict, weight: dict) -> set[str]:
    """The terms that name the business itself ("Who works at Luna?"), like "salon": words of its
    name (:func:`kb_articles.business_name_words`) that only the contact article has. They count as
    SELF_WEIGHT (``weight`` changed in place) and set no article apart."""
    own = {t for t in business_name_words(articles) & set(query_terms) if dfs[t] <= 1}
    for t in own:
        weight[t] = min(weight[t], SELF_WEIGHT)
    return own


def _one_name_one_weight(query: str, weight: dict[str, float]) -> None:
    """The words of one hyphenated name ("Mission-Bartlett", "Jean-Luc") share one word's weight: the
    caller named one thing, and two matches of it must not outweigh the word that says what they ask
    about it ("do you stamp tickets at the Kearny-Sutter lot?"). In place."""
    for compound in re.findall(r"\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})+\b", query or ""):
        parts = [w for w in compound.lower().split("-") if w in weight]
        for w in parts:
            weight[w] = weight[w] / len(parts)
