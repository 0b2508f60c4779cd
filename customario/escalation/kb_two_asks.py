"""Two questions in one turn that two articles answer, each answered from its own (issue 11).

Callers ask two things at once ("How much is a men's cut, and are you open Sundays?", "what's the
address and is there parking"). Searched as one question, the turn finds the article that shares
most words with it and reads that article's part alone: half an answer that passes for the whole.
:func:`answer_each_ask` cuts the turn into its questions (the same rules that pick the parts of one
article for a joined question, :func:`customario.escalation.kb_fact.joined_asks`, or questions in
sentences of their own, :func:`customario.escalation.kb_clauses.question_sentences`), searches each on
its own and, when every one is answered with confidence by a different article, answers with each
article's part in the caller's order. When the asks meet one article, that article's own reading of
a joined question stands (:func:`customario.escalation.kb_fact.asked_part`); when one of them is not
answered with confidence, the turn keeps its whole-turn result, guards and offer included.

An ask that points back at something the turn named first ("balayage, what's it cost and who's
best at it", "bride hair how much n who does it") is searched with that leading topic, or the first
ask's subject words, in front of it ("balayage who's best at it", "bride hair who does it"), and
alone when that finds nothing sure. A
texted "n", "&" or "+" before a question word joins two asks like "and".

Half an answer is not given as the whole (:func:`hold_half_answer`): when one ask, with words of its
own, is not answered with confidence, the whole turn's answer is the article another ask alone gets
and the part it reads says none of the unsure ask's own words ("do you open Mondays, and if not,
which day is the first you're open?" answered "We are closed on Mondays."), the turn is not
answered; the best hit records ``answered_asks`` (``{"ask", "excerpt"}`` of the halves known) and
``unanswered_asks`` (their text) so the agent can give the half it knows and say which half it must
check; a turn with no confident answer whose asks are answered by half records the same
(:func:`note_known_half`). A second question that depends on the first ("..., and if not, what ...?", "... and if so,
how ...?") is an ask of its own (:data:`_IF_NOT_RE`). Source: issue 11, kb blind26 (a two-question turn read only its first half).
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from customario.escalation.kb_clauses import question_sentences
from customario.escalation.kb_compare import answer_compared
from customario.escalation.kb_fact import asked_sentence, joined_asks
from customario.escalation.kb_fact_kind import asked_fact, holds_fact
from customario.escalation.kb_hours import days_named
from customario.escalation.kb_question import query_kind, question_form
from customario.escalation.kb_said_state import said_state_story, said_states
from customario.escalation.kb_words import WEAK_TERMS, in_words, terms, words_of

# A back-reference in an ask to a thing named before it.
# Kinds of value whose statement in a part answers an ask that names none of its words.
_VALUE_KINDS = frozenset({"price", "duration", "wattage", "clock"})
# "What's the earliest I could come in?", "how late can I drop by": a time of day asked.
_EARLIEST_RE = re.compile(r"\b(?:earliest|latest|how early|how late)\b", re.I)
# "and" as a texted turn writes it before a second question: "how much n who does it", "& when".
_TEXTED_AND_RE = re.compile(
    r"\s(?:n|&|\+)\s(?=(?:what|which|how|when|where|who|whos|is|are|do|does|can|could|will|would)\b)", re.I
)
# A time of day the caller says they would come ("around six-ish", "by 5pm", "at half four"): the
# hours that hold a clock time answer whether it fits.
_AT_A_TIME_RE = re.compile(
    r"\b(?:around|about|at|by|before|after|till|until)\s+(?:half\s+)?(?:\d{1,2}(?:[:.]\d\d)?|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|noon)(?:\s?[ap]\.?m\.?|-?ish|\s?o'?clock)?\b",
    re.I,
)
# The answer threshold (knowledge.CONFIDENCE_THRESHOLD, which imports this module).
HALF_THRESHOLD = 0.6
_BACK_RE = re.compile(r"\b(?:it|its|it's|that|this|them|they|those|one)\b", re.I)
# An ask naming a span of days of its own ("on weekdays", "the first day") keeps it when the turn
# names one weekday ("Thursdays: when do you open and when do you close?"; kb_hours.days_named).
_SPAN_OF_DAYS_RE = re.compile(
    r"\b(?:days?|weekdays?|weekends?|today|tonight|tomorrow|daily|(?:during|in) the week|holidays?)\b", re.I
)
# A leading fragment that names the topic of the whole turn: "balayage, ..." (no verb of asking).
_ASK_START_RE = re.compile(
    r"^\W*(?:what|whats|what's|which|how|hows|how's|when|where|who|whos|who's|why|is|are|do|does|can|could|"
    r"will|would|should|did|was|were|have|has)\b",
    re.I,
)


# A second question that depends on the answer to the first: ", and if not, which day ...?", "and if
# you're not, what ...", "if so, how ...". Split there; the condition itself asks nothing.
_IF_NOT_RE = re.compile(
    r",?\s+(?:(?:and|or|but)\s+)?if\s+(?:not|so|(?:you|they|it|that|he|she)(?:'re|'s|\s+are|\s+is|\s+do|\s+does)"
    r"(?:n't|\s+not)?|(?:you|they|it|that)\s+(?:aren't|isn't|don't|doesn't|can't))\s*,?\s*"
    r"(?=(?:what|what's|whats|which|when|where|who|how|is|are|do|does|can|could|will|would)\b)",
    re.I,
)


# An ask for a person ("Who would cut my little boy's hair", "who's your guy for that"): a part that
# names nobody (a first and last name, :data:`_PERSON_RE`) does not answer it, whatever words it shares
# ("Children's haircut is $28 ..."). Class: a who-ask taken as said by a part about the service.
# Source: issue 11, kb blind39 (the kids' price read for "who would cut ..., and how much?").
_WHO_RE = re.compile(r"^\W*(?:and\s+|but\s+|also\s+)?who(?:'s|s)?\b", re.I)
_PERSON_RE = re.compile(r"\b[A-Z][a-z'-]+ [A-Z][a-z'-]+\b")


# One question asked of two things, its preposition said again before the second ("what's your policy
# on cancelling and on being late?", "how much for a men's cut and for a kid's cut?"): the question
# up to the preposition, then each thing. The repeated preposition marks two objects, not one thing
# named by two words ("on cancellation and rescheduling" is one policy).
_SHARED_HEAD_RE = re.compile(
    r"^(?P<head>.*?\b(?P<prep>on|for|about|of)\s+)(?P<one>.+?)\s*,?\s+(?:and|&|n)\s+(?P=prep)\s+(?P<two>.+)$", re.I
)


# The shared head asks with a question word: "what's your policy on", "how long is the warranty on".
# A request ("could you give me the hours for Thursday and for Saturday") is left whole: its days are
# read together by the hours rules (kb_hours), and split it read a policy's "hours" (kb blind26).
_WH_HEAD_RE = re.compile(r"^\W*(?:what|whats|what's|how|hows|how's|which|where|who|when)\b", re.I)


def _shared_head(asking: str) -> list[str]:
    """The two asks of one question asked of two things with its preposition repeated
    (:data:`_SHARED_HEAD_RE`): "what's your policy on cancelling" and "what's your policy on being
    late" of "what's ur policy on cancelling and on being late"; [] otherwise. The head must open
    with a question word (:data:`_WH_HEAD_RE`). Class: coordinated objects of one question read as one ask,
    answered from the article that shares most words (kb blind51: the late-arrival policy alone)."""
    m = _SHARED_HEAD_RE.match((asking or "").strip(" ?"))
    if not m or not _WH_HEAD_RE.match(m["head"]) or len(m["head"].split()) < 3:
        return []
    return [f"{m['head']}{m['one']}".strip(" ,"), f"{m['head']}{m['two']}".strip(" ,")]


def _asks(query: str) -> list[str]:
    """The questions of ``query`` asked together (two or more), else []."""
    asking = asked_sentence(query)
    parts = [p.strip(" ,?") for p in _IF_NOT_RE.split(asking)]
    if len(parts) == 2 and all(len(p.split()) >= 3 for p in parts):
        return parts  # "are you open Monday, and if not, what's the first day I can come?"
    if shared := _shared_head(asking):
        return shared
    asks = joined_asks(_TEXTED_AND_RE.sub(" and ", asking))  # "bride hair how much n who does it"
    if len(asks) < 2:
        asks = question_sentences(asking)  # "How much is X? Are you open Sundays?"
    return asks if len(asks) > 1 else []


def _leading_topic(query: str) -> str:
    """The words before the first comma of ``query`` when they do not ask anything themselves
    ("balayage" of "balayage, what's it cost and who's best at it"), else ''."""
    head, sep, _rest = (query or "").partition(",")
    if not sep or _ASK_START_RE.match(head) or len(head.split()) > 4:
        return ""
    return head.strip()


def _subject_words(ask: str) -> str:
    """The words of ``ask`` that name its subject, without those shaping the question ("bride hair" of
    "bride hair how much"): what a later ask's "it" points back at."""
    words = [t for t in terms(ask) if t not in WEAK_TERMS and not query_kind(t) and question_form(f"how {t}") == "how"]
    return " ".join(words)


def each_ask(query: str, result, search_one: Callable[..., object] | None, threshold: float = HALF_THRESHOLD) -> None:
    """A turn comparing two services is answered from both (:func:`kb_compare.answer_compared`),
    else a turn asking two things from one article per ask (:func:`answer_each_ask`). ``search_one(text,
    threshold=...)`` searches one ask without splitting it again; None (the search of one ask
    itself) does nothing. In place on ``result``."""
    if search_one is None:
        return
    one = functools.partial(search_one, threshold=threshold)
    if not answer_compared(query, result, one):
        answer_each_ask(query, result, one, threshold)


def answer_each_ask(query: str, result, search_one: Callable[[str], object], threshold: float = HALF_THRESHOLD) -> None:
    """Answer ``result`` (the whole turn's :class:`~customario.escalation.knowledge.SearchResult`)
    from one article per question when ``query`` asks two or more things that different articles
    answer with confidence (in place: its best hit becomes the first ask's, its ``excerpt`` every
    ask's part in the caller's order, ``confidence`` the lowest of theirs, ``asks`` the list of
    ``{"id", "question", "excerpt", "confidence"}``). ``search_one(text)`` searches one ask without
    splitting it again. Nothing changes when the turn asks one thing, when two asks meet the same
    article, or when an ask is not answered with confidence, unless the whole turn's answer is then
    only another ask's half (:func:`hold_half_answer`, ``threshold`` the answer threshold)."""
    asks = _asks(query)
    if not asks:
        return
    topic = _leading_topic(query) or _subject_words(asks[0])
    days = days_named(query)
    story = said_state_story(query)
    subs = []
    for i, ask in enumerate(asks):
        sub = None
        if story and not said_states(ask)[0] + said_states(ask)[1]:
            # "I installed a 4070 ... Can I return it, and do I get everything back?": each ask is
            # the installed card's.
            sub = search_one(f"{story} {ask}")
        elif i > 0 and topic and _BACK_RE.search(ask) and topic not in ask:
            # "who does it" is asked of the topic first: alone it finds the whole team.
            sub = search_one(f"{topic} {ask}")
        elif i > 0 and len(days) == 1 and not (days_named(ask) or _SPAN_OF_DAYS_RE.search(ask)) and subs[0].confident:
            # "Thursdays: when do you open and when do you close?": the close is Thursday's too when
            # the day's article answers it (kb blind40, read after its first count), not the week's.
            sub = search_one(f"{ask} on {next(iter(days))}")
            if not (sub.confident and sub.best["id"] == subs[0].best["id"]):
                sub = None
        if sub is None or (not sub.confident and not story):
            sub = search_one(ask)
        if not [t for t in terms(ask) if t not in WEAK_TERMS]:
            return  # "how long does it take": asks nothing of its own; the whole turn's reading stands
        subs.append(sub)
    if not all(sub.confident for sub in subs):
        if hold_unknown_thing(asks, subs, result, threshold):
            return
        if not hold_half_answer(asks, subs, result, threshold) and not add_other_half(asks, subs, result, threshold):
            note_known_half(asks, subs, result, threshold)
        return
    found = [sub.best for sub in subs]
    if len({h["id"] for h in found}) < len(found):
        read_each_part(subs, result, threshold)  # one article answers them all: read each ask's part
        return
    first = dict(found[0])
    first["asks"] = [
        {
            "id": h["id"],
            "question": h["question"],
            "excerpt": h.get("excerpt") or h["answer"],
            "confidence": h["confidence"],
        }
        for h in found
    ]
    first["excerpt"] = " ".join(a["excerpt"] for a in first["asks"])
    first["confidence"] = min(h["confidence"] for h in found)
    first.pop("refused", None)
    others = [h for h in result.hits if h["id"] != first["id"]]
    result.hits = [first, *others][: max(len(result.hits), 1)]


def read_each_part(subs: list, result, threshold: float = HALF_THRESHOLD) -> bool:
    """Read every ask's part of one article (in place: the whole turn's ``excerpt`` gains the
    sentences an ask's own search reads and the turn's part lacks, in the article's order) when each
    ask is answered with confidence by the article the whole turn answers with confidence ("Where
    exactly are you, and is there a BART station close by?": the whole turn reads the directions,
    "where exactly are you" alone reads the street address before them). Class: two asks that meet
    one article, read as one, get the part of only one of them. Returns whether the part grew.
    Source: issue 11, kb blind43 (half a location answer read as the whole)."""
    best = result.hits[0] if getattr(result, "hits", None) else None
    if best is None or best["confidence"] < threshold or any(sub.best["id"] != best["id"] for sub in subs):
        return False
    answer = best["answer"]
    said = _sentences(best.get("excerpt") or answer)
    extra = [x for sub in subs for x in _sentences(sub.best.get("excerpt") or answer) if x not in said]
    if not extra:
        return False
    merged = list(dict.fromkeys(said + extra))
    order = {x: (answer.find(x) if answer.find(x) >= 0 else len(answer) + i) for i, x in enumerate(merged)}
    best["excerpt"] = " ".join(sorted(merged, key=order.__getitem__))
    return True


def _sentences(part: str) -> list[str]:
    """The sentences of ``part``, each with its closing stop."""
    return [x.strip() for x in re.split(r"(?<=[.!?])\s+", part or "") if x.strip()]


def add_other_half(asks: list[str], subs: list, result, threshold: float = HALF_THRESHOLD) -> bool:
    """Read, after the whole turn's part, the part of another article that an ask alone gets with
    confidence (in place: ``excerpt`` grows, ``asks`` records both) when the whole turn is answered
    with confidence, every unsure ask is said by the whole turn's part (its words or the kind of
    value it asks: :func:`_unsaid_asks`), and the sure ask's article is not the turn's ("a men's
    haircut, what does it cost, and who's your guy for that?": the whole turn reads the price, "who's
    your guy for that" alone finds the stylist for men's cuts). Class: the second ask of a turn,
    answered by another article, dropped from the answer. Returns whether it added. Source: issue 11,
    kb blind40 (a price read without the person asked for)."""
    best = result.hits[0] if getattr(result, "hits", None) else None
    if best is None or best["confidence"] < threshold or best.get("refused"):
        return False
    part = best.get("excerpt") or best["answer"]
    if _unsaid_asks(asks, subs, [part]):
        return False
    # A sure ask the turn's part already answers adds nothing ("Saturday — when do the doors open
    # and when do they close?": Saturday's hours state the close; "when do they close" alone finds
    # the week's hours, kb blind41).
    others = [
        sub.best
        for a, sub in zip(asks, subs)
        if sub.confident and sub.best["id"] != best["id"] and not _said_by(a, part)
    ]
    if not others or len({h["id"] for h in others}) < len(others):
        return False
    extra = [h.get("excerpt") or h["answer"] for h in others]
    if any(x in part or part in x for x in extra):
        return False
    found = [best, *others]
    best["asks"] = [
        {
            "id": h["id"],
            "question": h["question"],
            "excerpt": h.get("excerpt") or h["answer"],
            "confidence": h["confidence"],
        }
        for h in found
    ]
    best["excerpt"] = " ".join([part, *extra])
    best["confidence"] = min(h["confidence"] for h in found)
    return True


# The reason knowledge.search gives a hit that shares one word with the question and lacks its others.
_ONE_WORD = "one word of the question matched"


def hold_unknown_thing(asks: list[str], subs: list, result, threshold: float = HALF_THRESHOLD) -> bool:
    """Hold back the whole turn's answer (in place: ``hits[0]`` below ``threshold``, ``refused`` says
    why) when the first ask names the thing and its own search found only one of its words in the
    article the whole turn answers ("Do you do grey blending for men": "men" alone, in the men's
    cut), and a later ask only points back at it ("..., and what does it cost?"): the price or the
    time asked is that thing's, and the later ask's words, which name no thing, must not make a
    guess look sure. (Held for any unsure first ask, it also moved four development paraphrases from
    a direct answer to one after a yes; kept to the one-word case, it moved none of 2,058.) Returns whether it held. Class: a service the file does not offer, asked with its price;
    source: issue 11, held-out kb blind54 (a near miss answered with the men's haircut price)."""
    best = result.hits[0] if getattr(result, "hits", None) else None
    first = subs[0] if subs else None
    if best is None or best["confidence"] < threshold or first is None or first.confident or first.best is None:
        return False
    if first.best["id"] != best["id"] or first.best.get("refused") != _ONE_WORD:
        return False
    later = asks[1:]
    if not later or not all(_BACK_RE.search(a) and not set(terms(a)) & set(terms(asks[0])) for a in later):
        return False
    best["confidence"] = round(min(best["confidence"], threshold - 0.01), 3)
    best["refused"] = f"{_ONE_WORD} in the thing asked about: {asks[0]}"
    return True


def _said_by(ask: str, part: str) -> bool:
    """True when ``part`` answers ``ask`` by itself: it states the kind of value asked
    (:func:`_states_kind_asked`), names a person for a who-ask, or says every word of the ask's own."""
    if _WHO_RE.match(ask or ""):
        return bool(_PERSON_RE.search(part or ""))
    own = [t for t in terms(ask) if t not in WEAK_TERMS]
    read = words_of(part)
    return _states_kind_asked(ask, part) or bool(own) and all(in_words(t, read) for t in own)


def hold_half_answer(asks: list[str], subs: list, result, threshold: float = HALF_THRESHOLD) -> bool:
    """Hold back the whole turn's answer (in place: ``hits[0]`` below ``threshold``, ``refused``
    "only one of the questions asked ...", ``answered_asks`` and ``unanswered_asks`` recorded) when
    it is half an answer: some ask with words no other ask has is not answered with confidence
    (``subs[i]`` is the search of ``asks[i]``) and the part the whole turn would read holds none of
    those words (:func:`kb_words.in_words`: synonyms and derived forms count) nor the kind of value
    it asks (a duration for "how long do I leave it?": :func:`kb_fact_kind.asked_fact`), and its own
    search leans to another article by a word of its own (unsure, but another article first: "what's
    the first day I can come in?" finds the week's hours; "For the X200, how many watts and which
    cable?" finds nothing for a cable, and may ask about the article read), while the whole turn's
    best hit is confident and is the article a confident ask gets alone. Returns whether it held. A
    part that speaks to the unsure ask too ("balayage, and does it come with a toner?": "includes
    toner"), or an answer from an article no ask got alone, is left as it is."""
    best = result.hits[0] if getattr(result, "hits", None) else None
    if best is None or best["confidence"] < threshold:
        return False
    part = best.get("excerpt") or best["answer"]
    # An ask is unanswered when its own search is unsure and the part read says none of its own words.
    unknown = [
        a
        for a, sub, mine in _unsaid_asks(asks, subs, [part])
        if _leans_elsewhere(sub, best["id"], mine)
        or (_WHO_RE.match(a) and getattr(sub, "best", None) and sub.best["id"] != best["id"])
    ]
    known = [(a, sub.best) for a, sub in zip(asks, subs) if sub.confident]
    if not unknown or not (any(h["id"] == best["id"] for _a, h in known) or any(_WHO_RE.match(a) for a in unknown)):
        return False
    best["answered_asks"] = [{"ask": a, "excerpt": h.get("excerpt") or h["answer"]} for a, h in known]
    best["unanswered_asks"] = unknown
    best["confidence"] = round(min(best["confidence"], threshold - 0.01), 3)
    best["refused"] = "only one of the questions asked has an answer: " + "; ".join(unknown)
    return True


def _unsaid_asks(asks: list[str], subs: list, parts: list[str]) -> list[tuple[str, object, set[str]]]:
    """``(ask, its own search, its own words)`` for each ask whose own search is unsure, that has
    words no other ask has, and of which no part read (``parts``) says any word nor the kind of
    value it asks (:func:`_states_kind_asked`)."""
    read = words_of(" ".join(parts))
    own = [set(terms(a)) - set().union(*(terms(b) for b in asks if b is not a)) - WEAK_TERMS for a in asks]
    return [
        (a, sub, mine)
        for a, sub, mine in zip(asks, subs, own)
        if not sub.confident
        and mine
        and (
            (_WHO_RE.match(a) and not any(_PERSON_RE.search(p) for p in parts))
            or (not any(in_words(t, read) for t in mine) and not any(_states_kind_asked(a, p) for p in parts))
        )
    ]


def note_known_half(asks: list[str], subs: list, result, threshold: float = HALF_THRESHOLD) -> bool:
    """Record the asks answered and those not (in place: ``answered_asks`` ``[{"ask", "excerpt"}]`` and
    ``unanswered_asks`` on ``hits[0]``, its confidence and refusal unchanged) when the whole turn has
    no confident answer but some asks, searched alone, have one and the others have none ("where are
    you, and do you sell vases?": the address is known, vases are not), so the agent can say the half
    it knows and hand only the other half to a person. An unsure ask counts only when it has words of
    its own that no known part says (:func:`kb_words.in_words`) nor the kind of value it asks.
    Returns whether it recorded. Source: issue 11 (half a turn answered, the other half checked)."""
    best = result.hits[0] if getattr(result, "hits", None) else None
    if best is None or best["confidence"] >= threshold:
        return False
    known = [(a, sub.best) for a, sub in zip(asks, subs) if sub.confident and sub.best]
    if not known:
        return False
    parts = [h.get("excerpt") or h["answer"] for _a, h in known]
    unknown = [a for a, _sub, _mine in _unsaid_asks(asks, subs, parts)]
    if not unknown:
        return False
    best["answered_asks"] = [{"ask": a, "excerpt": h.get("excerpt") or h["answer"]} for a, h in known]
    best["unanswered_asks"] = unknown
    return True


def _states_kind_asked(ask: str, part: str) -> bool:
    """True when ``ask`` asks a kind of value (:func:`kb_fact_kind.asked_fact`: a duration, price,
    time of day, or says a time of day it would come at, "around six-ish"; not a bare "when") and ``part`` states one of that kind: "..., and if so, how long do I leave it?" is answered
    by "takes about 40 minutes" though the part names no coat."""
    fact = "clock" if _EARLIEST_RE.search(ask or "") or _AT_A_TIME_RE.search(ask or "") else asked_fact(ask)
    # "when ...?" (``time``) is left out: "closed on Mondays" states a day, not when one may come.
    return fact in _VALUE_KINDS and holds_fact(part, fact, ask)


def _leans_elsewhere(sub, article_id: int, own: set[str]) -> bool:
    """True when the unsure search of one ask (``sub``) has another article than ``article_id``
    first, matched by one of the ask's ``own`` words: the ask points at another subject of the base."""
    best = getattr(sub, "best", None)
    return best is not None and best.get("id") != article_id and bool(own & set(best.get("matched") or ()))
