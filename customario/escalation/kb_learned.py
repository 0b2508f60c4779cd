"""How a learned article is indexed and matched (issue 11): the supervisor's answer names its subject too.

A learned article (``source`` "supervisor", :func:`customario.escalation.learning.learn_answer`) has
for its question the words one caller happened to use ("Do you offer financing?") and for its
answer a short text a supervisor wrote to that one question ("Yes. At checkout you can choose Affirm
and pay in 3, 6 or 12 monthly installments ..."). The next caller asks the same thing in other
words, and those words are far more often the answer's than the first caller's ("Can I pay in
monthly installments?"). A business's own articles are different: a profile's or a help desk's
answer joins several facts, and a word found only there is rightly worth half a word of the
question (:data:`customario.escalation.knowledge.ANSWER_ONLY_MATCH`).

So when the search is not confident and a learned article is in scope, :func:`offer_by_answer`
searches again with the *learned reading* on, and offers what it finds, never answers it:

- :func:`answer_as_subject` counts a question word found in a learned answer as a full match, like
  one in the article's question or tags;
- :func:`customario.escalation.kb_near_miss.unsure_apart` makes the near-miss check of a learned article unsure, not firm, when the
  caller's words that set the question apart are no other article's subject and name no other
  kind of person (:func:`customario.escalation.kb_near_miss.other_people`): "monthly payments"
  against a learned "financing" is as often a paraphrase as another thing.

A caller using the answer's words may ask about the same thing ("monthly installments" for
financing) or about another thing the answer only touches on ("Which carriers deliver your
orders?" against a learned answer about shipping to Alaska that names the carrier), so the reading
only ever leads to "Are you asking about financing?" and a yes: every direct answer, every order
among answers and every offer the search made without it stay as they were. Measured on the
learned scenarios of the development corpora (tests/corpus/kb/blind*/learned.yaml; figures in
docs/supervisor-and-knowledge-base.md, "Learned answers offered on their answer's words").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from customario.escalation import wordnet
from customario.escalation.kb_fts import scope_sql
from customario.escalation.kb_learned_reading import READING as _READING
from customario.escalation.kb_learned_reading import is_learned

if TYPE_CHECKING:
    from sqlite_utils import Database

    from customario.escalation.knowledge import SearchResult

# The reason a learned article the reading lifted to the threshold gives (``hit["refused"]``): not
# a near miss, so kb_suggest may offer it.
ANSWER_ONLY = "only words of the learned answer matched"


def learned_in_scope(db: Database, campaign: str | None) -> bool:
    """True when the campaign's scope (its articles and the shared ones) holds a learned article."""
    scope, params = scope_sql(campaign)
    sql = "SELECT 1 FROM kb_articles a WHERE a.source = 'supervisor'" + scope + " LIMIT 1"
    return db.execute(sql, params).fetchone() is not None


def offer_by_answer(
    run: Callable[[], SearchResult], db: Database, campaign: str | None, threshold: float
) -> SearchResult:
    """``run()`` (the search in ``db`` for ``campaign``), and when it is not confident, offers
    nothing and a learned article is in scope (:func:`learned_in_scope`), ``run()`` again with the learned reading on: if that search's
    best article is a learned one and :func:`customario.escalation.kb_suggest.suggestion` would
    offer it, its result is returned with that article held just below ``threshold``
    (:data:`ANSWER_ONLY` when it had reached it), so it is offered and read only after a yes.
    Otherwise the first result, unchanged."""
    from customario.escalation.kb_suggest import suggestion

    result = run()
    if not _READING.get() and learned_in_scope(db, campaign):
        held_for_learned(result, db, campaign, threshold)
        held_for_action(result, threshold)
    if result.confident or _READING.get() or suggestion(result) is not None or not learned_in_scope(db, campaign):
        return result
    token = _READING.set(True)
    try:
        lifted = run()
    finally:
        _READING.reset(token)
    best = lifted.best
    if best is None or not is_learned(best):
        return offer_named_whole(result, threshold)
    if best["confidence"] >= threshold:
        best["confidence"], best["refused"] = round(threshold - 0.01, 3), ANSWER_ONLY
    offer = suggestion(lifted)
    return lifted if offer is not None and offer["article_id"] == best["id"] else offer_named_whole(result, threshold)


# Why a learned article is offered on its question's words (``hit["refused"]``): not a near miss.
NAMED_WHOLE = "every word of the learned question asked, with more besides"


def offer_named_whole(result: SearchResult, threshold: float) -> SearchResult:
    """``result`` (a search that was not confident and offers nothing) with its best article offered
    when that article is a learned one whose question's content words
    (:func:`customario.escalation.kb_words.terms`, at least two) are all among the caller's
    (``result.terms``), and the search did not refuse it as being about something else
    (:data:`customario.escalation.kb_suggest.NEVER_OFFERED`): "Is there a loyalty scheme, like points
    or a card for regular customers?" names the whole of a learned "Do you have a loyalty card?", and
    only its extra words ("scheme", "points", "regular customers") kept the search below its threshold
    (s55urg, kb blind67). Extra words can also name another thing ("thread my eyebrows after the henna"
    against a learned henna-brows answer), so the article is only ever offered ("Are you asking about
    ...?"), held just below ``threshold`` and at least :data:`~customario.escalation.kb_suggest.SUGGESTION_FLOOR`,
    a lead of :data:`~customario.escalation.kb_suggest.SUGGESTION_LEAD` over the next article, and
    read after a yes. ``result`` is changed in place only when the offer is made; returned either way."""
    from customario.escalation.kb_suggest import NEVER_OFFERED, SUGGESTION_FLOOR, SUGGESTION_LEAD, suggestion
    from customario.escalation.kb_words import terms

    best = result.best
    if result.confident or best is None or not is_learned(best) or suggestion(result) is not None:
        return result
    if str(best.get("refused") or "").startswith(NEVER_OFFERED):
        return result
    asked = set(result.terms)
    named = set(terms(best.get("question") or ""))
    if len(named) < 2 or not named <= asked:
        return result
    runner_up = result.hits[1]["confidence"] if len(result.hits) > 1 else 0.0
    before = best["confidence"], best.get("refused")
    best["confidence"] = round(
        min(threshold - 0.01, max(best["confidence"], SUGGESTION_FLOOR, runner_up + SUGGESTION_LEAD)), 3
    )
    best["refused"] = NAMED_WHOLE
    offer = suggestion(result)
    if offer is None or offer["article_id"] != best["id"]:
        best["confidence"], best["refused"] = before
    return result


# Why a business's article is held back for a word only learned answers know (``hit["refused"]``):
# a near miss, never offered (kb_suggest.NEVER_OFFERED).
ONLY_LEARNED = "near miss: the caller's {} is only in a learned answer"


def held_for_learned(result: SearchResult, db: Database, campaign: str | None, threshold: float) -> bool:
    """Hold back ``result``'s confident best article (below ``threshold``, ``refused``
    :data:`ONLY_LEARNED`) when it is a business's own article and the question has a content word
    (``result.terms``) that no business article in scope has and a learned article has: "Will you
    still cut my son's hair if he has lice?" asks what a supervisor once answered about head lice,
    not the children's-cut price (held-out kb blind58 had read that price out). The search then
    goes on as for any question it is not sure of (the learned reading may offer the learned
    answer). True when it held the article back; ``result`` is changed in place."""
    from customario.escalation.kb_words import terms

    best = result.best
    if not result.confident or best is None or is_learned(best):
        return False
    scope, params = scope_sql(campaign)
    rows = db.execute("SELECT a.source, a.question, a.answer, a.tags FROM kb_articles a WHERE 1 = 1" + scope, params)
    business: set[str] = set()
    learned: set[str] = set()
    for source, question, answer, tags in rows:
        words = set(terms(f"{question} {answer} {tags or ''}")) | set(terms(question)) | set(terms(answer))
        (learned if source == "supervisor" else business).update(words)
    only = [w for w in result.terms if w in learned and w not in business and len(w) > 2 and not w.isdigit()]
    if not only:
        return False
    best["confidence"] = round(min(best["confidence"], threshold - 0.01), 3)
    best["refused"] = ONLY_LEARNED.format(repr(only[0]))
    return True


def answer_as_subject(stats: Any, query_terms: list[str], articles: list[dict]) -> None:
    """On the learned reading only: count each of ``query_terms`` found only in a learned article's
    answer as found in its question (ids move from ``stats.weak[t]`` to ``stats.strong[t]``;
    ``stats`` is the search's ``_TermStats``, changed in place). ``articles`` are the articles in
    scope (dicts with ``id`` and ``source``). Words WordNet relates to a question word still count
    only in a question (a loose sense in an answer matches too often), and a business's own
    answers are never moved."""
    learned = {a["id"] for a in articles if is_learned(a)} if _READING.get() else set()
    for t in query_terms if learned else ():
        ids = stats.weak.get(t, set()) & learned
        if ids:
            stats.strong[t] = stats.strong[t] | ids
            stats.weak[t] = stats.weak[t] - ids


# Why a learned article is held below the threshold when the caller does not ask its action (``hit["refused"]``):
# not a near miss, so it may still be offered ("Are you asking about ...?") and read after a yes.
OTHER_ACTION = "the learned question's action {!r} not asked"
# A particle after a verb: with the verb a WordNet phrasal verb ("take out", "put in", "sign up", "drop off").
# ("in" and "over" are as often prepositions: "pay in instalments", "specialises in curly hair")
_PARTICLE = r"(?:out|off|up|down|back|away)"
# all of a phrasal verb's senses give its synonyms ("pick up" is also "collect")
_SENSES = 12


def _phrasal_matches(text: str, particles: str):
    """Each ``(verb, particle)`` of ``text`` in order: a word and one of ``particles`` (a regex
    alternation) right after it that WordNet lists together as a verb ("out of", "off to" are
    prepositions)."""
    wn = wordnet.load()
    if wn is None:
        return
    for m in re.finditer(rf"\b([a-z]{{3,}}) ({particles})\b(?! (of|to)\b)", (text or "").lower()):
        for verb in wn.lemmas(m.group(1), "verb"):
            if wn.lemmas(f"{verb}_{m.group(2)}", "verb"):
                yield verb, m.group(2)


def learned_action(question: str) -> tuple[str, str] | None:
    """The first phrasal verb of ``question`` (a learned article's question) as ``(verb, particle)``: a
    word and the particle right after it that WordNet lists together as a verb ("take out" in "Can you
    take out hair extensions that another salon put in?"; "out of" is a preposition), else None."""
    return next(_phrasal_matches(question, _PARTICLE), None)


def asks_action(text: str, action: tuple[str, str]) -> bool:
    """True when ``text`` (the caller's question) names ``action`` (a ``(verb, particle)`` of
    :func:`learned_action`): the verb in any form with the particle after it, up to three words
    between ("take them out"), the particle after another verb with a pronoun between ("wants them
    out"), a one-word WordNet synonym of the phrasal verb, a word WordNet relates to one ("removals"
    for "take out": remove) or a phrase WordNet lists as a verb with such a synonym ("get rid of")."""
    from customario.escalation.kb_words import related_words

    wn = wordnet.load()
    words = re.findall(r"[a-z]+", (text or "").lower().replace("\u2019", "'"))
    verb, particle = action
    # ... or as a noun, joined or hyphened ("local pickup", "a pick-up")
    if re.search(rf"\b{verb}-?{particle}s?\b", " ".join(words)) or re.search(
        rf"\b{verb}-{particle}", (text or "").lower()
    ):
        return True
    for i, w in enumerate(words):
        if particle in words[i + 1 : i + 5] and (w == verb or (wn is not None and verb in wn.lemmas(w, "verb"))):
            return True
        if w in ("them", "it", "those", "these", "him", "her") and words[i + 1 : i + 2] == [particle]:
            return True
    synonyms = {
        x
        for x in (wn.synonyms(f"{verb}_{particle}", "verb", _SENSES) if wn is not None else ())
        if " " not in x and "_" not in x
    }
    # ... or a phrase of the caller's that WordNet lists as a verb sharing a one-word synonym ("get rid of": remove)
    for n in (2, 3):
        for i in range(len(words) - n + 1):
            phrase = "_".join(words[i : i + n])
            if wn is not None and synonyms & set(wn.synonyms(phrase, "verb")):
                return True
    for w in set(words):
        if len(w) < 4:
            continue
        if w in synonyms or (wn is not None and synonyms & set(wn.lemmas(w, "verb"))):
            return True
        if synonyms & set(related_words(w)):
            return True
    return False


def _phrasal_verbs(text: str) -> set[tuple[str, str]]:
    """Every ``(verb, particle)`` of ``text`` that WordNet lists as a verb, "in", "on" and "over" among the
    particles ("put in new extensions", "bring it over")."""
    return set(_phrasal_matches(text, "out|off|up|down|back|away|in|on|over"))


def _as_noun(question: str, phrasal: tuple[str, str]) -> bool:
    """True when ``question`` names ``phrasal`` as a noun, joined or hyphened ("trade-ins", "a pickup")."""
    verb, particle = phrasal
    return bool(re.search(rf"\b{verb}-?{particle}s?\b", (question or "").lower()))


def _object_words(question: str, action: tuple[str, str]) -> set[str]:
    """The words of the thing ``action`` is done to in ``question``: up to four words after the particle,
    up to a preposition, a conjunction or a relative word ("hair extensions" in "take out hair extensions
    that another salon put in")."""
    m = re.search(
        rf"\b\w+ {action[1]}\b((?: (?!(?:to|for|at|from|in|on|with|that|which|who|so|if|and|or|before|after)\b)[a-z'-]+){{0,4}})",
        (question or "").lower(),
    )
    return set(m.group(1).split()) if m else set()


def _only_the_thing_or_another_action(question: str, text: str, action: tuple[str, str]) -> bool:
    """True when ``text`` (the caller's) names another phrasal verb than ``action`` that ``question`` does not
    name as a noun ("put in new extensions" against "take out hair extensions"), or names of ``question``
    only words of the thing the action is done to ("Do you do hair extensions?")."""
    from customario.escalation.kb_words import light_stem, terms

    if any(p != action and not _as_noun(question, p) for p in _phrasal_verbs(text)):
        return True
    thing = {light_stem(w) for w in _object_words(question, action)}
    asked = {light_stem(w) for w in terms(text)}
    shared = asked & {light_stem(w) for w in terms(question)}
    return bool(shared) and shared <= thing


def held_for_action(result: SearchResult, threshold: float) -> bool:
    """Hold back ``result``'s confident best article (just below ``threshold``, ``refused``
    :data:`OTHER_ACTION`) when it is a learned one whose question names an action by a phrasal verb
    (:func:`learned_action`) that the caller's question does not name (:func:`asks_action`): "Can you
    put in new extensions for me?" and "Do you do hair extensions?" share the thing but not the action
    with a learned "Can you take out hair extensions that another salon put in?" (kb blind66 had read
    the removal answer out to the first). Held only when the caller names another phrasal verb or, of
    the learned question, only the thing the action is done to (:func:`_only_the_thing_or_another_action`):
    "Can I donate my beard?" against "I want to shave off my beard to donate it" asks the question's
    other word. The article may still be offered and read after a yes. True when it held the article
    back; ``result`` is changed in place."""
    best = result.best
    if not result.confident or best is None or not is_learned(best):
        return False
    action = learned_action(best.get("question") or "")
    if action is None or asks_action(result.query, action):
        return False
    if not _only_the_thing_or_another_action(best.get("question") or "", result.query, action):
        return False
    best["confidence"] = round(min(best["confidence"], threshold - 0.01), 3)
    best["refused"] = OTHER_ACTION.format(" ".join(action))
    return True
