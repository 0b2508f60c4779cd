"""An answer whose part read states the very kind of value asked (issue 11, kb20).

Most store paraphrases that the search holds back below the answer threshold have one clear best
article and no refusal at all: the caller's other words ("show up", "hit my account", "the new 16
pin") are in no article and lower the share of the question the article covers. They were answered
only after a yes to "Are you asking about ...?" (:mod:`kb_suggest`). When the question asks for a
*value of a kind* (a duration, a price, a wattage, a time of day: "how long till my refund shows
up?", "what wattage for a 4070 Super?") and one clause of the part the search would read
(:func:`kb_fact.asked_part`) states a value of that kind together with the caller's words matched
to the article, the article does state what was asked: :func:`answer_stated_value` answers directly.
This is the answer-type check of question answering (a "how long" question wants a duration;
Moldovan et al., *The structure and performance of an open-domain question answering system*, ACL
2000), applied only to the one article the lexical search already picked.

Never lifted: a yes/no question ("Can I cancel my order before it ships?": a near miss of the same
topic is most often a yes/no question the article does not answer), an article refused for any
other reason than its score (a near miss, a named thing no article mentions, no price), a profile's
generated articles (services, hours, stylists: a word they lack is often the thing asked, "colour
*correction*"), a value of another clause ("refunds above $500 are reviewed" is no review time), a
value stated *for* things the caller does not name ("5 years for frames" is no helmet's warranty),
the word that asks the fact kind as the caller's content word ("opening hours" against "Opened
items"), and a part naming an option the caller sets aside (:func:`negated_words`: "the plain 4070,
not the Super"; this last check also keeps any answer and any offer from reading that part, see
:func:`sets_aside`). An unsure near miss (words no article has set the question apart) is lifted
only when the part holds every word the caller matched and states its value of a thing they name.

A confident answer is also held back when its part states a rule of named things and leaves out the
thing the caller names that the base knows by name elsewhere (:func:`refuse_other_thing`: "the
restocking fee on an installed SSD?" against "installed graphics cards and CPUs are refunded minus
a 15% restocking fee", while the warranty article names SSDs).
"""

from __future__ import annotations

import re

from customario.escalation import wordnet
from customario.escalation.kb_ask import MAYBE, split_ask
from customario.escalation.kb_clauses import question_sentences
from customario.escalation.kb_excerpt import has_word
from customario.escalation.kb_fact import asked_part
from customario.escalation.kb_asked import asked_sentence
from customario.escalation.kb_fragments import other_ask_left
from customario.escalation.kb_fact_kind import asked_fact, asked_fact_cue, holds_fact
from customario.escalation.kb_words import WEAK_TERMS, WORD_RE, in_words, terms, words_of

# Lowest lexical confidence lifted, and the lead over the runner-up article it needs (a close
# second article means the caller's words do not pick one). Chosen on the development corpora.
STATED_FLOOR = 0.4
STATED_LEAD = 0.1

# Articles people wrote (learned, manual, FAQ, help-desk article lists), which the search checks for
# near misses word by word (kb_near_miss.topic_apart). A business profile's generated articles (a
# service, a day's hours, a stylist) are checked by kind only, so a caller's word they lack is
# often the thing asked ("colour *correction*" against single-process colour): never lifted.
CHECKED_KINDS = (None, "faq", "articles")

# A question shaped as yes/no: an auxiliary or modal verb first ("can I", "is there", "do you").
_YES_NO = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|well|also|hi|hello|hey)\W+)?"
    r"(?:can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|must|have|has|had|am"
    r"|cant|can't|dont|don't|doesnt|doesn't|isnt|isn't|arent|aren't|wont|won't)\b",
    re.I,
)


def answer_stated_value(query: str, hits: list[dict], threshold: float) -> None:
    """Raise ``hits[0]``'s confidence to ``threshold`` (in place) when the search held it back only
    for a low share of the caller's words (no ``refused``: no near miss, no unsure near miss, no
    named thing no article mentions), it is an article people wrote (:data:`CHECKED_KINDS`), at
    least :data:`STATED_FLOOR` and ahead of the runner-up by :data:`STATED_LEAD`, the caller's asking
    sentence asks a value of a kind (:func:`kb_fact_kind.asked_fact`: a duration, price, wattage,
    time of day or time) and is not a yes/no question, and one clause of the part that would be
    read (:func:`kb_fact.asked_part`) states a value of that kind together with every word the
    caller matched to the article that the part holds (at least one), none the caller set aside
    (:func:`negated_words`). Records ``stated_value`` (the fact kind) and ``lexical_confidence``."""
    if not hits or hits[0]["confidence"] >= threshold:
        return
    best = hits[0]
    why = best.get("refused")
    unsure = bool(why) and why.startswith(MAYBE) and bool(best.get("unsure_only"))
    if (why and not unsure) or best["confidence"] < STATED_FLOOR or best.get("kind") not in CHECKED_KINDS:
        return
    runner_up = hits[1]["confidence"] if len(hits) > 1 else 0.0
    if best["confidence"] - runner_up < STATED_LEAD:
        return
    asking = asked_sentence(split_ask(query).ask or query)
    fact = asked_fact(asking)
    if fact is None or _YES_NO.search(_CONDITION_RE.sub("", asking)) or len(question_sentences(asking)) > 1:
        return  # a yes/no question; two questions, which one fact kind cannot answer both of
    part = asked_part(query, best, best.get("excerpt") or best["answer"])
    if not part or not holds_fact(part, fact, query):
        return
    in_part = words_of(part)
    cue = set(terms(asked_fact_cue(asking)))  # "opening" of "opening hours" asks a time, names nothing
    words = [t for t in best.get("matched") or [] if t not in WEAK_TERMS | cue and in_words(t, in_part)]
    # "return label — email? free? how long to use it?": the value of one ask is not the turn's answer.
    if not words or sets_aside(query, part) or other_ask_left(query, best.get("matched") or [], best["question"], part):
        return
    # The value and the caller's words in one clause: "5 to 7 business days" is when refunds arrive,
    # not how long the review of "refunds above $500" takes.
    clauses = [
        c for c in _CLAUSE_RE.split(part) if holds_fact(c, fact, query) and all(in_words(t, words_of(c)) for t in words)
    ]
    if not clauses:
        return
    # A value stated *for* things ("5 years for frames") is not the value of a thing the caller
    # names instead ("the warranty on a helmet?"); when words no article has set the question apart
    # ("a *monitor*"), any thing the clause states its value of must be one the caller names.
    if all(_things_unasked(c, query, _FOR_THINGS_RE.findall(c)) for c in clauses):
        return
    if unsure and (
        any(not in_words(t, words_of(part)) for t in best.get("matched") or [] if t not in WEAK_TERMS)
        or all(_things_unasked(c, query, _things(c)) for c in clauses)
    ):
        return
    best["lexical_confidence"], best["confidence"], best["refused"] = best["confidence"], threshold, None
    best["stated_value"] = fact


# Units a value is stated in: plurals that name no thing.
_UNITS = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "watts", "dollars", "cents", "percent"})
_ACRONYM_PLURAL = re.compile(r"\b[A-Z][A-Z0-9]+s\b")


def _things_unasked(clause: str, query: str, things: list[str]) -> bool:
    """True when ``things`` (words of ``clause``) is not empty and no word of ``query`` names any of them."""
    said = terms(query)
    return bool(things) and not any(has_word(t, w.lower()) or in_words(t, words_of(w)) for w in things for t in said)


def _things(clause: str) -> list[str]:
    """The things ``clause`` states its value of: plural nouns ("graphics cards", "SSDs"), units aside."""
    return [w for w in WORD_RE.findall(clause.lower()) if _plural_noun(w)] + [
        m.group(0).lower() for m in _ACRONYM_PLURAL.finditer(clause)
    ]


# A value stated for things: "3 years for graphics cards", "$40 for e-bikes" (the noun phrase's last word).
_FOR_THINGS_RE = re.compile(r"\d[\w%$.]*\s+(?:\w+\s+){0,2}?for\s+((?:\w+[\s-]+){0,2}[A-Za-z]+s)\b")


def _plural_noun(word: str) -> bool:
    """A plural of a noun WordNet knows, not more often a verb ("cards", "refunds", "labels"; not
    "carries", "needs", nor a unit such as "days")."""
    wn = wordnet.load()
    if word in _UNITS or not word.endswith("s") or word.endswith("ss") or len(word) < 4 or wn is None:
        return False
    singular = next((f for f in wn.lemmas(word, "noun") if f != word), None) or (
        word[:-1] if wn.sense_count(word[:-1], "noun") else None
    )
    if singular is None:
        return False
    return wn.sense_count(singular, "verb") <= 2 * wn.sense_count(singular, "noun")


# A condition before the question ("When I return something, do I get ...?") hides its yes/no shape.
_CONDITION_RE = re.compile(r"^\W*(?:when|whenever|if|once|since|because|after|before)\b[^,?]*,\s*", re.I)
# Clauses of a sentence of the answer: joined by "; " or ", and" / ", but".
_CLAUSE_RE = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+", re.I)

# An option the caller sets aside, contrasted with the one they mean: "the plain 4070, *not the
# Super*", "regular, *not express*", "*not-express* shipping", "a *non*-Super card". A bare "not"
# after a verb ("opened but not installed") tells a state, not an option, and is left alone.
_NEGATED_RE = re.compile(
    r"(?:,\s*not\s+(?:(?:the|a|an|any)\s+)?|\bnot\s+(?:the|a|an|any)\s+|\bnot-|\bnon-)([a-z0-9]+)", re.I
)


def negated_words(query: str) -> list[str]:
    """The content words (:func:`kb_words.terms`) of the options ``query`` sets aside (see
    :data:`_NEGATED_RE`): "the plain model, not the Deluxe?" → ["deluxe"]. Source: issue 11, the
    negated-option class of kb blind22 ("regular, not express")."""
    return [t for m in _NEGATED_RE.finditer(query or "") for t in terms(m.group(1))]


def sets_aside(query: str, part: str | None) -> bool:
    """True when ``part`` (the part of an answer to read) names an option the caller set aside
    (:func:`negated_words`): "The Super needs 650 W" is no answer to "what PSU for the plain 4070,
    not the Super?"."""
    return bool(part) and any(has_word(t, part) for t in negated_words(query))


def other_thing_named(query: str, part: str | None, articles: list[dict]) -> str | None:
    """The thing the caller names that ``part`` (the part read) leaves out while it states its rule
    of other named things, or None: "If I return an installed *SSD*, is there a restocking fee?"
    against "installed graphics cards and CPUs are refunded minus a 15% restocking fee". A thing is
    what the knowledge base (``articles``: dicts with ``answer``) states a value or a rule for by
    name: an abbreviation in the plural ("SSDs", "CPUs") or the things after "<value> for" ("3 years
    for graphics cards"); only those count, in the part and in the caller's words, so a general
    rule ("Unopened items can be returned ...") answers for every thing. Source: issue 11, kb
    blind22-25 store near misses ("the restocking fee on an installed SSD")."""
    if not part:
        return None
    here = _named_things(part)
    if not here:
        return None
    known = {t for a in articles for t in _named_things(a.get("answer") or "")}
    for t in terms(query):
        if any(has_word(t, k) or in_words(t, words_of(k)) for k in known) and not (
            has_word(t, part) or in_words(t, words_of(part))
        ):
            return t
    return None


def refuse_other_thing(query: str, best: dict, articles: list[dict], threshold: float) -> None:
    """Hold back ``best`` (a confident hit, in place: confidence below ``threshold`` by 0.2, never
    offered) when its part read (``excerpt``) leaves out the thing the caller names
    (:func:`other_thing_named`)."""
    if best["confidence"] >= threshold and (thing := other_thing_named(query, best.get("excerpt"), articles)):
        best["confidence"] = round(min(best["confidence"], threshold - 0.2), 3)
        best["refused"] = f"near miss: the part read is about other things than {thing}"
        best["other_thing"] = thing


def _named_things(text: str) -> set[str]:
    """Things ``text`` states a value or a rule for by name, lower case (see :func:`other_thing_named`)."""
    return {m.group(0).lower() for m in _ACRONYM_PLURAL.finditer(text)} | {
        p.lower() for p in _FOR_THINGS_RE.findall(text)
    }
