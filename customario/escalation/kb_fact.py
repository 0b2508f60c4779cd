"""The part of an article that holds what the caller asked, read as the answer (issue 11).

A yes to "Are you asking about ...?" confirms the article, not the sentence that the search picked
from it: "Are you asking about our cancellation policy?" – yes – must not be followed by the 50 %
no-show fee when the caller asked how much notice to give; and a confident answer to "How long do I
have to ship it back?" must state a duration. :func:`asked_part` checks the part to read against
what the question asks and, when it falls short, picks the part of the same article that holds it,
or none:

- the **fact kind** asked (:func:`asked_fact`, in :mod:`kb_fact_kind` with the other readings of the
  question's words, imported here too): a price ("how much", "is it free"), a duration
  ("how long", "how much notice", "how many days"), a wattage ("watts", "enough", "what PSU"), a
  time of day ("what time", "the cutoff") or a time ("when", "open", "close": a time of day, a day
  or a duration); the part must state one (:func:`holds_fact`);
- the **named items** of the question sentence (:func:`asked_sentence`: "Is that enough for the 4070
  Super?" after "I have a 750 watt Corsair."): of the model numbers, names and days that the answer
  mentions, the part must name one;
- among the parts that pass, the one holding most of the question sentence's own words ("Is there
  a garage close by?" → "the Mission-Bartlett garage is one block away"), then the nearest in
  meaning (:func:`customario.escalation.kb_embed.nearest_sentence`).

None when no part of the article holds the fact kind or the named items: the search does not answer
with that article (:func:`customario.escalation.knowledge.search`) and no offer is made for it
(:mod:`customario.escalation.kb_suggest`), so the question goes to a person, as after a no (a yes
could only lead to a neighbouring fact). Pure functions of text; no database.
"""

from __future__ import annotations

import re

from customario.escalation import kb_embed
from customario.escalation.kb_clauses import closing_clause, elliptic_item_clause, one_item_clause, question_sentences
from customario.escalation.kb_contrast import contrast_sides, fronted_contrast
from customario.escalation.kb_amount_rule import amount_rule, rule_over_limit
from customario.escalation.kb_answer_type import parts_of_asked_type
from customario.escalation.kb_landmark import of_a_landmark
from customario.escalation.kb_arrival import failed_when_old, states_arrival_rule
from customario.escalation.kb_excerpt import (
    CLAUSE_RE,
    DAYS,
    SENTENCE_RE,
    condition_rule,
    condition_weights,
    has_any_word,
    has_word,
    split_sentences,
)
from customario.escalation.kb_asked import asked_sentence, joined_asks, topic_asks
from customario.escalation.kb_fact_kind import DURATION_RE, asked_fact, holds_fact
from customario.escalation.kb_items import generations, items_of_a_kind, left_behind, whole_kind
from customario.escalation.kb_model_part import outweighed, prefer_caller_model, short_forms, with_relation
from customario.escalation.kb_order import procedure_asked
from customario.escalation.kb_said_state import said_rule_of
from customario.escalation.kb_question import named_things
from customario.escalation.kb_words import SYNONYM_OF, WEAK_TERMS, expand_term, light_stem, terms

__all__ = ["asked_fact", "asked_part", "asked_sentence", "holds_fact", "joined_asks", "whole_procedure"]


# The caller's conditions ("if I never installed it"): a word negated in one names the rule that
# does not apply to them.
_IF_RE = re.compile(r"\b(?:if|when|since|because|unless|once)\b[^?.,;]*")


def _parts(answer: str) -> list[str]:
    """Sentences of ``answer`` and, inside each, its clauses (the opening clause kept in front)."""
    out: list[str] = []
    for s in split_sentences(answer):
        out.append(s)
        clauses = [c.strip(" ,.;()") for c in CLAUSE_RE.split(s) if c.strip(" ,.;()")]
        if len(clauses) > 1:
            out += [clauses[0]] + [f"{clauses[0]}, {c}" for c in clauses[1:]]
    return list(dict.fromkeys(out))


def _named(query: str, answer: str) -> list[str]:
    """Model numbers, names and days of the asking sentence (of the whole question when it names
    none) that ``answer`` mentions: the part read must name one of them. Capitalised everyday words
    with synonyms ("PSU", "GPU") name a kind of thing, not an item."""
    asking = asked_sentence(query)

    def names(text: str) -> list[str]:
        return [t for t in named_things(text) if t not in SYNONYM_OF]

    # "My new CPU is a 7600X. What memory goes with it?": the asking sentence names only a kind of
    # thing, so the thing is the one the story names. "Trading my 4060 for a 4090": the 4090.
    # "My son wants a 7600X. His old PC has DDR4, can he reuse it?": an ask that refers back ("it")
    # asks how the story's thing and its own relate; both are named.
    said = [*names(asking), *names(query)] if _REFERS_BACK_RE.search(asking) else names(asking) or names(query)
    named = left_behind(query, list(dict.fromkeys(said))) + generations(query, answer)
    named += [d for d in DAYS if has_word(d, asking.lower())]
    # A model written short ("x3d" for the 7800X3D) names the answer's model (kb_model_part).
    named += short_forms(asking, answer) or short_forms(query, answer)
    return [t for t in dict.fromkeys(named) if has_any_word(t, answer) and not _amount_only(t, answer)]


# An ask that refers back to a thing of the story: "can he reuse it?", "will that work with them?".
_REFERS_BACK_RE = re.compile(r"\b(?:it|them|that one|those)\s*\?\s*$", re.I)

_UNIT_AFTER = r"\s?(?:w|watts?|kw|gb|tb|%|percent|days?|hours?|minutes?|weeks?|months?|years?|am|pm)\b"


def _amount_only(name: str, answer: str) -> bool:
    """True when ``name`` is a bare number that ``answer`` writes only as an amount ("650" of "the
    RTX 4070 Super needs 650 W", "$500"): in "is 650 enough for a 4090?" it is the caller's own
    amount, which the asked fact is compared with, not an item whose part is read (kb blind17)."""
    if not name.isdigit():
        return False
    spots = list(re.finditer(rf"(?<![\w.,]){re.escape(name)}(?![\w.,]\d)", answer, re.I))
    return bool(spots) and all(
        re.match(_UNIT_AFTER, answer[m.end() :], re.I) or answer[: m.start()].endswith("$") for m in spots
    )


# Kinds of article whose answer is a list: the item read stands for itself ("Friday 10 am to 8 pm").
_LIST_KINDS = ("hours", "contact", "services", "staff")


def _words_held(part: str, words: list[str], synonyms: bool = False) -> int:
    """How many of ``words`` ``part`` holds, as the word or its stem, with ``synonyms`` also as a
    synonym of our table ("carriers" in "a UPS or USPS tracking number")."""
    stems = {_stem(w) for w in re.findall(r"[a-z0-9]+", part.lower())}
    return sum(1 for w in words if any(_stem(x) in stems for x in {w} | (expand_term(w) if synonyms else set())))


def rarest_words(parts: list[str], words: list[str], answer: str) -> list[str]:
    """Of ``parts`` that hold equally many of the question's ``words``, those whose words fewest
    sentences of ``answer`` hold: each held word counts 1 / (sentences holding it), as an inverse
    document frequency inside the article ("do you refund opened stuff?": "refund" is in three of the
    return rules, "opened" only in the one on opened items, which is read). ``parts`` unchanged when
    fewer than two.

    Source: issue 11, kb blind20 (the rule on unopened items was read for opened ones)."""
    if len(parts) < 2 or not words:
        return parts
    sentences = split_sentences(answer)
    spread = {w: sum(1 for x in sentences if _words_held(x, [w])) for w in words}
    rarity = {p: sum(1 / spread[w] for w in words if spread[w] and _words_held(p, [w])) for p in parts}
    top = max(rarity.values())
    return [p for p in parts if rarity[p] == top]


def _stem(word: str) -> str:
    """:func:`light_stem` without a final silent "e", so that "replace" and "replaced", "arrive" and
    "arrived" are one word (light_stem keeps the "e" of the bare verb but drops it with "-ed")."""
    stem = light_stem(word)
    return stem[:-1] if len(stem) > 4 and stem.endswith("e") else stem


def _as_read(part: str | None) -> str | None:
    """``part`` as a sentence to read out: capitalised, with a full stop ("Street parking is metered
    until 6 pm" → "Street parking is metered until 6 pm.")."""
    if not part:
        return part
    part = part.strip()
    return part[:1].upper() + part[1:] + ("" if part[-1] in ".!?" else ".")


def asked_part(query: str, article: dict, part: str) -> str | None:
    """The part of ``article`` (``question``, ``answer``) to read after a yes to the offer made for
    ``query``: ``part`` (the search's pick) when it holds the asked fact kind and named items and no
    other part holds more of the asking sentence's words; else the part that does; None when none
    does (see the module docstring). A part stating the caller's model takes one thing where the
    caller has another of its kind is read with the answer's rule relating the two
    (:func:`kb_model_part.with_relation`)."""
    if article.get("kind") == "location" and of_a_landmark(query, article.get("answer") or ""):
        return None  # "Does the 16th Street BART station have a lift?" asks of the landmark (kb_landmark)
    found = _asked_part_of(query, article, part)
    if found and article.get("kind") not in ("service", *_LIST_KINDS):
        return with_relation(query, found, article.get("answer") or "")
    return found


def _asked_part_of(query: str, article: dict, part: str) -> str | None:
    if whole_procedure(query, article):
        return _as_read(article.get("answer"))
    own_kind = article.get("kind") not in ("service", *_LIST_KINDS)
    asks = joined_asks(asked_sentence(query)) if own_kind else []
    asks = topic_asks(asks[0], article.get("question") or "") if len(asks) == 1 else asks  # "ship time + carrier?"
    story = _story_words(query)
    answer = article.get("answer") or ""
    if len(asks) < 2:
        # Two questions in sentences of their own ("What do I do once it's approved? Any box?"):
        # each gets its part and both are read; when one finds none, the turn is read as one question.
        separate = question_sentences(asked_sentence(query)) if own_kind else []
        found = [_asked_part(a, article, "", joined=True, story=story) for a in separate]
        if len(separate) > 1 and all(found) and len(set(found)) > 1:
            return _read_together(found, answer)
        found = _with_condition(query, answer, _asked_part(query, article, part, story=story))
        # A condition may widen the part to a sentence of two items ("if I pay for faster shipping,
        # how many days?"): the item the caller names is still the one read (kb blind23).
        if found and article.get("kind") not in ("service", *_LIST_KINDS):
            found = elliptic_item_clause(query, found, article.get("question") or "") or found
        return _with_note(_as_read(found), article)
    # Two questions in one ("What carriers do you use and how long does it take?"): each gets its
    # part, and all are read (in the answer's order); one without a part leaves the question
    # unanswered, since reading half of it would pass for the whole answer.
    found = [_asked_part(a, article, "", joined=True, story=story) for a in asks]
    if any(f is None for f in found):
        return None
    return _read_together(found, answer)


def _opening_rule(part: str, parts: list[str], fact: str, query: str) -> str:
    """``part``, or its opening clause when that is among ``parts`` (they hold the asked words
    alike) and the rest of ``part`` states no fact of the kind asked: "Refunds reach your card in 5
    to 7 days, and refunds above $500 are reviewed first" is read as its first half for "how long
    until I'm refunded?" (the rest is another rule the caller did not ask about), as the search's
    own pick is narrowed in :func:`_asked_part` (kb blind19: one of two joined questions)."""
    core = part.rstrip(".")
    opening = [
        c
        for c in parts
        if c != part and core.startswith(c.rstrip(".")) and not holds_fact(core[len(c.rstrip(".")) :], fact, query)
    ]
    return _as_read(min(opening, key=len)) if opening else part


def _read_together(found: list[str], answer: str) -> str:
    """The parts ``found`` for the questions of one turn, read together: the one sentence of
    ``answer`` that holds them all, else each once in the answer's order."""
    sentences = split_sentences(answer)
    for s in sentences:
        if all(f.rstrip(".") in s for f in found):
            return _as_read(s)
    ordered = sorted(dict.fromkeys(found), key=lambda f: answer.find(f.rstrip(".")))
    return " ".join(_as_read(f) for f in ordered)


def whole_procedure(query: str, article: dict) -> bool:
    """The caller asks for the whole procedure a help-desk article (``articles`` kind) describes
    and no one kind of fact (a duration, a price ...) nor the rule for an amount of money they state
    ("how do refunds go for a 900 dollar order": :func:`amount_rule`): :func:`kb_order.procedure_asked`."""
    return (
        article.get("kind") == "articles"
        and asked_fact(query) is None
        and procedure_asked(query, article.get("question") or "")
        and amount_rule(query, article.get("answer") or "", None) is None
    )


def _with_condition(query: str, answer: str, part: str | None) -> str | None:
    """A part cut from a sentence whose other clause shares a word with the caller's condition that
    the part lacks, or states a duration the part lacks ("if I call off my booking that morning, do I
    pay?": "late cancellations are charged 50%" of "Please give at least 24 hours' notice to
    cancel; late cancellations are charged 50% ...") is read with that clause: it states when the
    rule applies, which is what the caller's "if" asks."""
    conditions = " ".join(m.group(0) for m in _IF_RE.finditer((query or "").lower()))
    words = [t for t in terms(conditions) if t not in WEAK_TERMS]
    if not part or not words:
        return part
    core = part.strip().rstrip(".")
    for sentence in SENTENCE_RE.split(answer.strip()):
        if core and core.lower() in sentence.lower() and len(sentence.strip(" .")) > len(core):
            rest = sentence.lower().replace(core.lower(), " ")
            own = [w for w in words if not _words_held(part, [w])]
            # The other clause holds a word of the condition the part lacks, or the limit (a
            # duration: "at least 12 hours ahead") that decides whether the condition applies.
            if _words_held(rest, own) > 0 or (DURATION_RE.search(rest) and not DURATION_RE.search(part)):
                return sentence.strip()
    return part


def _with_note(part: str | None, article: dict) -> str | None:
    """A service's answer is one item: the note the profile gives it ("Note: for children under 12",
    ``kb_import``) belongs to whatever part of it is read, since it may change the fact ("price
    from", an age limit). The note is read whole, never cut at its semicolon: "Note: price from;
    includes toner and blow-dry." had been read as "Includes toner and blow-dry. Note: price from"
    (kb blind68/blind71), the starting price said as a dangling "price from"."""
    if not part or article.get("kind") != "service":
        return part
    notes = [x for x in SENTENCE_RE.split(article.get("answer") or "") if x.startswith("Note:")]
    for note in [x for x in notes if x not in part]:
        # A clause of the note already picked as the part is read inside the whole note instead.
        for clause in split_sentences(note):
            part = re.sub(rf"(?i)(?:^|(?<=\s)){re.escape(clause.rstrip(' .'))}\.?\s*", "", part).strip()
    if not part:  # only the note was picked: it says nothing without the item it is a note of
        return (article.get("answer") or "").strip() or None
    notes = [x for x in notes if x not in part]
    return " ".join([part, *notes])


# "What's the difference between standard and express?", "for each of the 4060 and the 4090",
# "trying to decide between a 4060, 4070 Super and 4090":
# the caller asks about several items side by side.
_SIDE_BY_SIDE = re.compile(
    r"\b(difference|differ|compare[ds]?|comparison|versus|vs|each|both|respectively|(?:decide|choose|pick) between"
    # A comparative sets two things side by side ("is express quicker than standard", "which is
    # cheaper, A or B?"); a superlative ("the fastest") asks for one of them and is not here.
    r"|(?:fast|quick|slow|cheap|long|short|soon)er|(?:more|less) (?:expensive|time)|than"
    # "Can I return it after I've opened it, or only if it's still sealed?": both rules asked (kb_contrast).
    r"|or only)\b"
)


def _side_by_side(query: str, answer: str, fact: str | None, named: list[str], together: list[str]) -> str | None:
    """For a question that sets items side by side ("the difference between standard and express",
    "the wattage for each of the 4060, 4070 Super and 4090"): the sentences of ``answer`` that hold
    the asked fact and together name every named item, or with no named item the one sentence
    holding most of the asking words, whole. None when the question is not of that kind or an item
    has no sentence (half an answer would pass for the whole). Without such words, ``together``
    (two or more items of one kind the caller names: :func:`kb_items.items_of_a_kind`) are set side
    by side the same way."""
    asking = asked_sentence(query)
    if not _SIDE_BY_SIDE.search(asking.lower()):
        if len(together) < 2:
            return None
        named = together
    sentences = [x for x in split_sentences(answer) if holds_fact(x, fact, query)]
    # A name every such sentence has ("RTX" of each card) tells no item from another: "each
    # machine" with one card named asks that card's part (kb blind17).
    named = [t for t in named if not all(has_any_word(t, x) for x in sentences)] if len(sentences) > 1 else named
    if len(named) >= 2:
        per_item = [[x for x in sentences if has_any_word(t, x)] for t in named]
        if any(not hits for hits in per_item):
            return None
        chosen = {x for hits in per_item for x in hits}
        return " ".join(_as_read(x) for x in sentences if x in chosen)
    # "a card I installed versus one still sealed": the rule of each side, read together (kb_contrast).
    sides = [[t for t in side if t not in WEAK_TERMS] for side in contrast_sides(asking)]
    if len(sides) == 2 and all(sides) and len(sentences) > 1:
        per_side = [max(sentences, key=lambda x, side=side: _words_held(x, side)) for side in sides]
        if all(_words_held(x, side) for x, side in zip(per_side, sides)):
            return " ".join(_as_read(x) for x in sentences if x in per_side)
    words = [t for t in terms(asking) if t not in WEAK_TERMS]
    held = {x: _words_held(x, words, synonyms=True) for x in sentences}
    best = max(held.values(), default=0)
    top = [x for x in sentences if held[x] == best]
    return top[0] if best >= 2 and len(top) == 1 else None


# Words that set named items side by side for a direct answer; a comparative ("needs more power than",
# "which ... or ...") only with a fact kind asked, which "quieter than" is not (kb blind38-blind41).
_EACH = r"difference|compare[ds]?|comparison|versus|vs|each|respectively|between|both|than|all (?:three|four)"
_EACH_RE = re.compile(rf"\b(?:{_EACH})\b|\bwhich\b[^?]*\bor\b|, and for\b")


def side_by_side_part(query: str, article: dict) -> str | None:
    """The sentences of ``article``'s answer that state the fact kind asked (:func:`asked_fact`: a
    wattage, a duration ...) for each of two or more items of one kind the caller sets side by side
    ("4070 Super vs 4060, what PSU?", "what does each need, the 4090 and the 4060?"), read together;
    None when no fact kind is asked, the question sets nothing side by side (a comparative such as
    "quieter than" asks what the base does not state), the items are not all examples of one kind
    the article names (:func:`kb_items.items_of_a_kind`), one of them has no such sentence, or a
    name the caller used is not in the sentences read ("the 16-pin" of "does the 4060 need the 16-pin
    like the 4090, each?"). The
    search answers with it when no single part names every item (kb blind30 to blind36)."""
    asking = asked_sentence(query)
    fact = asked_fact(asking) or asked_fact(query)
    if fact is None or not _EACH_RE.search(asking.lower()):
        return None
    answer = article.get("answer") or ""
    named = _named(query, answer)
    together = items_of_a_kind(article, named)
    if len(together) < 2:
        return None
    sentences = [x for x in split_sentences(answer) if holds_fact(x, fact, query)]
    per_item = [[x for x in sentences if has_any_word(t, x)] for t in together]
    if any(len(hits) != 1 for hits in per_item):
        return None
    read = " ".join(_as_read(x) for x in sentences if x in {hits[0] for hits in per_item})
    # Every other name the caller used ("Super", "RTX", the "16-pin") is in what is read.
    return read if all(has_any_word(t, read) for t in named) else None


def or_side_by_side(part: str | None, query: str, article: dict) -> str | None:
    """``part`` (the search's reading of ``article``), or when it is None (no single part names every
    item the caller named) and the article is one people wrote (not a profile's service, hours or
    staff), :func:`side_by_side_part`."""
    if part is not None or article.get("kind") not in (None, "faq", "articles"):
        return part
    return side_by_side_part(query, article)


_TOO_LATE_RE = re.compile(r"\btoo late\b|\bstill (?:in|on) time\b", re.I)


def _by_amount_or_items(
    query: str, answer: str, fact: str | None, named: list[str], together, joined: bool, kind: str | None
) -> str | None:
    """The part read before any other: the rule an amount the caller states is above the limit of
    ("I'm returning a $1,200 card, will the refund take longer?": refunds above $500), else the parts
    of several items named together (:func:`_side_by_side`), else the rule on the caller's amount
    (:func:`amount_rule`); None when none applies."""
    if over := rule_over_limit(query, answer, fact, joined):
        return over
    several = _side_by_side(query, answer, fact, named, together) if not joined and kind not in _LIST_KINDS else None
    if several is not None:
        return several
    return amount_rule(query, answer, fact) if not joined else None


def _ruled_out(part: str, negated: list[str], old_failure: bool) -> bool:
    """True when ``part`` names a state the caller negated ("if I never installed it") or states
    the dead-on-arrival rule to a caller whose item failed long after delivery (kb_arrival)."""
    return any(has_word(t, part) for t in negated) or (old_failure and states_arrival_rule(part))


def _story_words(query: str) -> list[str]:
    """Content words of the sentences of ``query`` that tell the caller's situation, not the asking
    sentence (:func:`asked_sentence`): "I installed the card and it does not fit" of "... Can I
    still return it?". They choose between parts that hold the asked words alike."""
    asking = set(terms(asked_sentence(query)))
    return [t for t in terms(query) if t not in asking and t not in WEAK_TERMS]


def _joined_held(part: str, words: list[str], topic: str) -> float:
    """How much of one of two joined questions ``part`` holds: a word itself counts 1 and a
    synonym of it ("car park" for garage) half, as does a word of the article's own question
    (``topic``), which names every part of it ("What's the garage called and what street is it
    on?": the garage, not the street parking of "Where can I park?")."""
    held = 0.0
    for w in words:
        share = 0.5 if has_word(w, topic) else 1.0
        if _words_held(part, [w]):
            held += share
        elif _words_held(part, [w], synonyms=True):
            held += share / 2
    return held


def _asking_words(query: str, topic: str, joined: bool) -> list[str]:
    """The content words of the asking sentence of ``query`` (and of two things set side by side in
    front of it, kb_contrast), without the words of the article's own question ``topic`` unless the
    query is one of two ``joined`` asks: they name the whole article and choose no part of it."""
    asking = f"{fronted_contrast(query)} {asked_sentence(query)}" if not joined else asked_sentence(query)
    return [t for t in terms(asking) if t not in WEAK_TERMS and (joined or not has_word(t, topic))]


def _asked_part(
    query: str, article: dict, part: str, joined: bool = False, story: list[str] | None = None
) -> str | None:
    answer = article.get("answer") or ""
    fact = asked_fact(asked_sentence(query)) or asked_fact(query)
    if fact is None and _TOO_LATE_RE.search(query or "") and any(DURATION_RE.search(p) for p in _parts(answer)):
        fact = "duration"  # "is it too late?": the time limit, when the answer gives one (else a condition)
    named = _named(query, answer)
    if not joined and (every := whole_kind(query, article, named)):
        return " ".join(every)  # "what do RTX cards draw?": each card's sentence (kb_items)
    # Two or more items of one kind named together ("the 4060 and the 4070 Super, what PSU?"): each
    # one's part; other names ("DDR4" beside "7600X") ask about one item, not several.
    together = items_of_a_kind(article, named) if not joined else []
    topic = article.get("question") or ""
    # The article's own question names it as a whole, so its words choose no part of it; but one of
    # two joined questions ("... and which carriers do you use?") is chosen by them.
    # Two things set side by side in front of the question are asked about too (kb_contrast).
    words = _asking_words(query, topic, joined)

    def closing_rule(p: str) -> str | None:
        """The closing rule of ``p`` alone when only it holds the question's words (kb_clauses)."""
        return closing_clause(
            p, lambda x: _words_held(x, words), lambda x: holds_fact(x, fact, query) if fact else False
        )

    early = _by_amount_or_items(query, answer, fact, named, together, joined, article.get("kind"))
    if early is not None:
        return closing_rule(early) or early  # "Refund over $500, does someone check it first?": the amount's own rule

    # A word the question negates ("if I never installed it") names the rule that does not apply.
    conditions = " ".join(m.group(0) for m in _IF_RE.finditer((query or "").lower()))
    negated = [t for t, w in condition_weights(conditions, terms(conditions)).items() if w == 0]
    old_failure = failed_when_old(query)

    # A processor number names the thing asked about by its generation ("14900K": the part about
    # "14th generation processors", not a sentence that names only the DDR4 the caller also said).
    gens = generations(query, answer)

    def fits(p: str) -> bool:
        # One named item is enough: "Will my DDR4 sticks work with a 7600X?" is answered by "the
        # 7600X supports DDR5 memory only", which does not repeat DDR4.
        return (
            holds_fact(p, fact, query)
            and (not named or any(has_any_word(t, p) for t in named))
            and (not gens or any(has_word(g, p.lower()) for g in gens))
            and not _ruled_out(p, negated, old_failure)
        )

    # Items the answer names that the caller did not ("the RTX 4090" beside "the RTX 4060"): a part
    # naming one of them is not read when a part naming only the caller's item fits.
    asked_any = set(named_things(query))
    others = [t for t in named_things(answer) if t not in asked_any and any(c.isdigit() for c in t)]

    def overreaches(p: str) -> bool:
        return bool(named) and any(has_word(t, p) for t in others)

    picked = part
    candidates = [p for p in _parts(answer) if fits(p)]
    if part and fits(part):
        candidates.append(part)
    # Of the parts stating a duration, the ones of the sort asked: a lag for "how long until my
    # refund?", not the window to send the item back in (kb_answer_type).
    # The rule on the caller's condition ("when it was already opened") is the one that applies,
    # when no kind of value is asked ("how long for a refund if I opened it?" asks the refund's lag).
    ruled = condition_rule(query, answer, candidates) if fact is None else candidates
    if ruled != candidates:
        candidates, part = ruled, (part if part in ruled else "")
    typed = said_rule_of(query, parts_of_asked_type(query, candidates))  # kb_said_state
    if typed != candidates:
        candidates, part = typed, (part if part in typed else "")
    if any(not overreaches(p) for p in candidates):
        candidates = [p for p in candidates if not overreaches(p)]
        part = part if part in candidates else ""
    if not candidates:
        return None
    held = {p: _joined_held(p, words, topic) if joined else _words_held(p, words) for p in candidates}
    best = max(held.values())
    if best == 0 and not named and picked and not fits(picked) and _words_held(picked, words, synonyms=joined) > 0:
        return None  # only parts about something else state such a fact ("$500" for a restocking fee)
    # The search picked ``part`` with every word of the question, synonyms and stems included: it
    # stands unless the question tells the caller's situation first and another part holds more of
    # the asking sentence's own words ("Street parking is a nightmare. Is there a garage close?").
    told_first = asked_sentence(query) != (query or "").strip()
    # After a story, the whole answer read is no pick if a word picks a part (a service's or list's answer is one item).
    whole_answer = (
        article.get("kind") not in ("service", *_LIST_KINDS)
        and len(split_sentences(answer)) > 1
        and (best or any(_words_held(p, story or []) for p in candidates))
        and part.strip(" .") == answer.strip(" .")
    )
    # Another part naming the caller's model more specifically takes the pick (kb_model_part).
    yields = article.get("kind") not in ("service", *_LIST_KINDS) and outweighed(part, candidates, query, answer)
    if part and fits(part) and not yields and (not told_first or (held[part] == best and not whole_answer)):
        # A clause cut from a sentence that holds more of the question's words is widened to it
        # ("Standard vs express, how many business days is each?" → both figures).
        whole = [x for x in split_sentences(answer) if part.rstrip(".") in x and x != part]
        whole = whole if article.get("kind") not in _LIST_KINDS else []
        if whole and fits(whole[0]) and _words_held(whole[0], words) > _words_held(part, words):
            # ... but a sentence of two items, the second elliptic, reads the named one's clause whole.
            return elliptic_item_clause(query, whole[0], topic) or whole[0]
        # ... and narrowed to its opening clause when that clause alone holds the fact and every
        # word of the question the sentence holds: "Refunds reach your card in 5 to 7 days, and
        # refunds above $500 are reviewed first" read for "when will I get my refund?" is its first
        # half (the second is another rule, which the caller did not ask about).
        # Only for a kind of fact asked (a time, a price, ...) that the rest of the sentence does not
        # state: a yes/no question ("do big refunds get approved automatically?") may be about the rest.
        opening = [
            c
            for c in candidates
            if c != part
            and part.startswith(c.rstrip("."))
            and held.get(c, -1) >= held[part]
            and not holds_fact(part[len(c.rstrip(".")) :], fact, query)
        ]
        narrowing = (
            fact and held[part] > 0 and not whole_answer and article.get("kind") not in ("service", *_LIST_KINDS)
        )
        if opening and narrowing:
            part = _as_read(min(opening, key=len))
        # A sentence of one fact per item ("3 years for graphics cards and 5 years for SSDs"): the
        # clause of the item the caller names, in the story too ("my card died after two years").
        narrow = article.get("kind") not in ("service", *_LIST_KINDS)
        return (
            narrow
            and (
                one_item_clause(query, part, candidates, topic)
                or elliptic_item_clause(query, part, topic)
                or closing_rule(part)  # "..., and refunds above $500 are reviewed"
            )
        ) or part
    top = [p for p in candidates if held[p] == best]
    # Parts that hold one of two joined questions alike: the caller's situation chooses ("I installed
    # the card ... can I return it, and will you take something off?": the rule for installed
    # cards). A single question keeps the search's pick: a story may name what the caller does not
    # want ("We hate parallel parking, is there a car park?").
    told = {p: _words_held(p, story or []) if joined else 0 for p in top}
    top = [p for p in top if told[p] == max(told.values())]
    top = rarest_words(top, words, answer)
    if article.get("kind") not in ("service", *_LIST_KINDS):
        top = prefer_caller_model(top, query, answer)  # the sentence of the caller's model (kb_model_part)
    sentences = [p for p in top if p in split_sentences(answer)] or top
    if len(sentences) == 1:
        chosen = sentences[0]
    else:
        chosen = kb_embed.nearest_sentence(query, article, lambda s: s in sentences) or sentences[0]
    if fact and article.get("kind") not in ("service", *_LIST_KINDS):
        chosen = _opening_rule(chosen, top, fact, query)
    # One fact per item in the sentence chosen ("3 years for graphics cards and 5 years for SSDs"):
    # the clause of the item this question names, as for the search's own pick above.
    if article.get("kind") not in ("service", *_LIST_KINDS):
        return (
            one_item_clause(query, chosen, candidates, topic)
            or elliptic_item_clause(query, chosen, topic)
            or closing_rule(chosen)
            or chosen
        )
    return chosen
