"""The hits of a knowledge-base search put in order and read (issue 11).

Split from :mod:`customario.escalation.knowledge`, which scores each article: once the hits are
scored, a list article answers a what-question about several things (:func:`prefer_list_for_plural`),
ties between items are settled or refused (:func:`settle_ties`), the best hit's part to read is cut
to what the caller asked (:func:`focus_whole_answer`, :func:`answer_what_was_asked`) and, when no hit
is confident, the article nearest in meaning is found for the offer "Are you asking about ...?"
(:func:`nearest`). Every function works on the hit dicts of :class:`knowledge.SearchResult` in place
or returns plain dicts.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from customario.escalation import kb_embed
from customario.escalation.kb_act_price import act_and_charge
from customario.escalation.kb_arrival import arrived_dead_part
from customario.escalation.kb_articles import is_list
from customario.escalation.kb_clauses import where_it_comes_from
from customario.escalation.kb_excerpt import answer_excerpt, has_word, split_sentences
from customario.escalation.kb_focus import whole_policy_asked
from customario.escalation.kb_fact import asked_part, rarest_words
from customario.escalation.kb_fact_kind import asked_fact, holds_fact
from customario.escalation.kb_fts import scope_sql
from customario.escalation.kb_hours import days_asked_part, extreme_hours
from customario.escalation.kb_location import whereabouts_part
from customario.escalation.kb_landmark import of_a_landmark
from customario.escalation.kb_fragments import with_fragment_asks
from customario.escalation.kb_next_step import next_step
from customario.escalation.kb_question import named_things
from customario.escalation.kb_sentence_tie import prefer_whole_sentence
from customario.escalation.kb_stated import sets_aside
from customario.escalation.kb_threshold import with_threshold
from customario.escalation.kb_words import WEAK_TERMS, correct_typos, is_plural, light_stem

# "the children's cut", "the teens' manicure": the word before the apostrophe.
_POSSESSIVE_RE = re.compile(r"\b([A-Za-z]+)['\u2019]s\b|\b([A-Za-z]+s)['\u2019](?!\w)")


def prefer_list_for_plural(hits: list[dict], form: str | None, threshold: float, query: str = "") -> None:
    """ "What treatments do you have?" asks for the list, not the one keratin treatment: when a
    what/which question names a plural that the best item matched, a list article (the services,
    the team) that matched the same words answers instead (in place)."""
    if not hits or form not in ("what", "which") or hits[0]["confidence"] < threshold or is_list(hits[0]):
        return
    first = hits[0]
    # A plural in the possessive ("the children's haircut", "men's colour") names whom a thing is
    # for, not several things asked for (kb blind17, blind19: the age limit of the children's cut).
    possessive = {w.lower() for m in _POSSESSIVE_RE.finditer(query or "") for w in m.groups() if w}
    possessive |= _attributive_plurals(query, first["matched"])
    if not any(is_plural(t) and t not in possessive for t in first["matched"]):
        return
    # "what's the time for full highlights": a kind of value asked (a duration) that the item's part
    # states and a list does not is the item's (kb blind39: the price list read for a duration).
    fact = asked_fact(query)
    item_states = fact is not None and holds_fact(first.get("excerpt") or first["answer"], fact, query)
    for h in hits[1:]:
        if item_states and not holds_fact(h.get("excerpt") or h["answer"], fact, query):
            continue
        if is_list(h) and set(first["matched"]) <= set(h["matched"]):
            hits.remove(h)
            h["confidence"] = max(h["confidence"], first["confidence"])
            hits.insert(0, h)
            return


def _attributive_plurals(query: str, matched: list[str]) -> set[str]:
    """Plurals of ``query`` written right before another word the item matched, naming whom or what
    that thing is for, not several things asked for: "kids" of "up to what age is the kids cut"
    (the possessive without its apostrophe, as callers type it). Class: a texted possessive taken
    for a plural that asks the whole list. Source: issue 11, kb blind40 (the list read for the age
    limit of the children's cut)."""
    words = re.findall(r"[a-z]+", (query or "").lower().replace("\u2019", "'").replace("'", ""))
    rest = set(matched)
    return {a for a, b in zip(words, words[1:]) if a in rest and b in rest and is_plural(a) and not is_plural(b)}


def list_asked_by_name(hits: list[dict], query_terms: list[str], form: str | None, threshold: float) -> None:
    """ "What services do you offer?", "what r ur services": a what/which question whose every word
    is a plural that a list article's own question names asks for that list, even though every
    service article is tagged with the word too (so it sets none apart). The list article goes
    first with the threshold's confidence (in place); nothing when a hit is already confident, or a
    word of the question is not the list's ("what nail services ...?" stays unanswered).

    Source: issue 11, own corpus and kb blind19/blind23 ("What services do you offer?" escalated)."""
    if not hits or hits[0]["confidence"] >= threshold or form not in ("what", "which") or not query_terms:
        return
    for h in hits:
        words = set(h["matched"])
        if (
            is_list(h)
            and set(query_terms) <= words
            and all(light_stem(t) != t and has_word(t, h["question"]) for t in words)  # "services" is a lemma too
        ):
            hits.remove(h)
            h["confidence"] = max(h["confidence"], threshold)
            h.pop("refused", None)
            hits.insert(0, h)
            return


def settle_ties(hits: list[dict], threshold: float) -> None:
    """Reorder or refuse when the best articles tie on confidence and coverage (in place); a near tie
    goes to the article that states the whole question in one sentence (:mod:`kb_sentence_tie`)."""
    if len(hits) < 2 or hits[0]["confidence"] < threshold:
        return
    prefer_whole_sentence(hits, threshold)
    top = (hits[0]["confidence"], hits[0]["story"], hits[0]["article_coverage"])
    tied = [h for h in hits if (h["confidence"], h["story"], h["article_coverage"]) == top]
    lists = [h for h in tied if is_list(h)]
    if len(tied) > 1 and lists:
        # "Who's on your team?" fits every stylist and the team list: the list answers it.
        hits.remove(lists[0])
        hits.insert(0, lists[0])
    elif len(tied) > 1 and top[1] < 1 and tied[0]["excerpt"] != tied[1]["excerpt"]:
        # "How much is a haircut?" fits the men's, women's and children's haircut alike: asking
        # which is better than reading one of them out.
        hits[0]["confidence"] = round(threshold - 0.01, 3)
        hits[0]["refused"] = f"fits article {tied[1]['id']} as well"


# A question that names the article's subject as a whole ("what's your refund policy?") is answered whole.
_WHOLE_RE = re.compile(r"\b(polic(?:y|ies)|rules|terms|conditions|everything|explain)\b")


def _asks_whole(query: str) -> bool:
    """True when ``query`` names a subject as a whole ("your return policy?"), typed words one edit
    away included ("retun polcy??", kb blind14: it got the refund-timing sentence alone)."""
    words = re.findall(r"[a-z]+", query.lower())
    return bool(_WHOLE_RE.search(" ".join(correct_typos(words, _WHOLE_WORDS))))


_WHOLE_WORDS = {"policy", "policies", "rules", "terms", "conditions", "everything", "explain"}


def focus_whole_answer(query: str, best: dict) -> None:
    """A help-desk article (``articles`` kind) of several sentences that the lexical excerpt would
    read whole is cut to the sentence nearest the question in meaning (:func:`kb_embed.nearest_sentence`):
    "How long does it take to get my refund?" gets "Refunds reach the original payment method 5 to
    7 business days ...", not the 30-day return rules before it. Only a sentence that names the
    first thing the caller named, the subject ("AM5" in "Do AM5 CPUs work with DDR4?"), may stand
    for the answer; none, or a caller asking for the whole subject ("your return policy"), keeps the whole answer. In
    place, on the best hit: the part read now, or after a yes to "Are you asking about ...?"."""
    if best.get("kind") != "articles" or best.get("excerpt") != best["answer"] or _asks_whole(query):
        return
    named = [t for t in named_things(query) if has_word(t, best["answer"])][:1]
    # The caller's words pick first, each by how few sentences hold it (kb_fact.rarest_words: "do you
    # refund opened stuff?" → the rule on opened items, not the unopened one nearest in meaning).
    # Only words the search matched to the article count (typos corrected: "shiping").
    words = [
        t for t in best.get("matched") or [] if t not in WEAK_TERMS and not has_word(t, best.get("question") or "")
    ]
    sentences = [p for _, p in kb_embed.units(best)[1:] if all(has_word(t, p) for t in named)]
    rare = set(rarest_words(sentences, words, best["answer"]))
    part = kb_embed.nearest_sentence(query, best, lambda s: s in rare)
    if part:
        best["excerpt"] = part


def answer_what_was_asked(query: str, best: dict, threshold: float) -> None:
    """A confident answer reads the part of the article that states the kind of fact asked and names
    the item asked about (:func:`kb_fact.asked_part`: "How long do I have to ship it back?" → "...
    within 14 days", not "We email a prepaid return label"); when no part does, the article does not
    answer the question (in place, on the best hit). A part the start of a quoted period chose is
    kept (:mod:`kb_period`), as is the sentence on two named things fitting (:mod:`kb_interchange`), and so is a whole article read for a whole policy asked
    (:func:`kb_focus.whole_policy_asked`)."""
    if best.get("period_start") or best.get("interchange"):
        return  # the sentence on when a quoted period starts (kb_period), on two things fitting (kb_interchange)
    if best["excerpt"] == best.get("answer") and whole_policy_asked(query):
        return  # "..., what's your refund policy like?": the whole policy (kb_focus)
    # The part the caller asks of a location (kb_location), the rule of a thing that arrived dead
    # (kb_arrival), the earliest or latest hours (kb_hours).
    extreme = whereabouts_part(query, best) or arrived_dead_part(query, best) or extreme_hours(query, best["excerpt"])
    extreme = extreme or days_asked_part(query, best)  # "I can't do weekdays. Open at the weekend?" (kb_hours)
    part = extreme or where_it_comes_from(query, best.get("answer") or "") or asked_part(query, best, best["excerpt"])
    part = part or act_and_charge(
        query, best.get("answer") or "", best["excerpt"]
    )  # "... without paying?" (kb_act_price)
    part = next_step(query, best.get("answer") or "", part)  # "Got the label. Now what?" (kb_next_step)
    part = with_fragment_asks(query, best, part)  # "label — email? free? how long?" (kb_fragments)
    if sets_aside(query, part) or (best.get("kind") == "location" and of_a_landmark(query, best.get("answer") or "")):
        part = None  # "what PSU for the plain 4070, not the Super?" (kb_stated); "does the station have a lift?" (kb_landmark)
    if part is None:
        best["confidence"] = round(min(best["confidence"], threshold - 0.2), 3)
        best["refused"] = "no part of the answer states what was asked"
    else:
        # A charge for being late is read with the measure of late (kb_threshold).
        best["excerpt"] = with_threshold(best.get("answer") or "", part, split_sentences(best.get("answer") or ""))


def articles_in_scope(db: Database, campaign: str | None) -> list[dict]:
    """``{"id", "question", "answer", "source", "source_ref"}`` of every article in scope: read once
    per search for :mod:`kb_embed`, the kinds an article names (kb_classes), the model numbers and
    the business's own name (knowledge)."""
    scope, params = scope_sql(campaign)
    return list(
        db.query("SELECT a.id, a.question, a.answer, a.source, a.source_ref FROM kb_articles a WHERE 1" + scope, params)
    )


def nearest(db: Database, query: str, campaign: str | None, hits: list[dict]) -> dict | None:
    """The article in scope nearest in meaning to ``query`` (:func:`kb_embed.rank`) when the lexical
    search also found it: ``{"id", "similarity", "margin", "part", "refused"}``, ``margin`` being
    its lead over the next article and ``refused`` the lexical search's refusal of it (or None).
    An article that shares no word with the question is not returned: the similarity alone cannot
    tell a paraphrase from a near miss (see kb_embed)."""
    ranked = kb_embed.rank(query, articles_in_scope(db, campaign))
    if not ranked:
        return None
    top = ranked[0]
    hit = next((h for h in hits if h["id"] == top["id"]), None)
    if hit is None:
        return None
    runner_up = ranked[1]["similarity"] if len(ranked) > 1 else 0.0
    # Inside the nearest sentence, the clause that holds the caller's words ("5 years for SSDs" of
    # "usually 3 years for graphics cards and 5 years for SSDs").
    part = answer_excerpt(top["part"], hit["matched"], hit.get("kind"), None, [], hit["question"]) or top["part"]
    return {
        "id": top["id"],
        "similarity": top["similarity"],
        "margin": round(top["similarity"] - runner_up, 4),
        "part": part,
        "question": hit["question"],
        "answer": hit["answer"],
        "kind": hit.get("kind"),
        "confidence": hit["confidence"],
        "refused": hit.get("refused"),
    }
