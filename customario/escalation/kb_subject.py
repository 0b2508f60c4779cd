"""The part read opens with the thing the caller asked about (issue 11).

A sentence of an answer is *about* what its opening noun phrase names: "Refunds reach the original
payment method 5 to 7 business days after we receive the return" is about refunds, "Standard
shipping takes 3 to 5 business days" about shipping. When the caller's question names that thing
with the same noun ("how long till my refund shows up in my bank?", "is regular shipping about a
week?"), the sentence speaks of what was asked, not only of a word it shares with the question: a
verb ("is it the whole amount refunded?") or a modifier ("the shipped order's tracking number" for
"any shipping place?") does not count.

The source of the rule is the theme of an English clause (Halliday, *An Introduction to Functional
Grammar*): its first element, in a declarative clause the subject, is what the message is about;
the rest of the clause tells about it. Nouns are
compared by their WordNet lemmas (:mod:`customario.escalation.wordnet`, morphy's noun rules:
"refunds" / "refund", "orders" / "order"), so a verb form ("refunded", "shipped") never matches.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from customario.escalation import wordnet
from customario.escalation.kb_ask import split_ask
from customario.escalation.kb_excerpt import split_sentences
from customario.escalation.kb_learned_reading import is_learned

if TYPE_CHECKING:
    from customario.escalation.knowledge import SearchResult

# Words that may come before the opening noun phrase's nouns: determiners and quantifiers.
_DETERMINERS = frozenset("a an the every each all any our your its their some most".split())
# The opening noun phrase is read up to this many words: "Installed graphics cards".
_OPENING_WORDS = 3
# Words that end an opening noun phrase or show there is none (a pronoun subject, "We email ...").
_CLOSED_CLASS = frozenset(
    "we you i they he she it this that these those which who and or but above below over under after "
    "before within without with for from to of in on at by as is are was were be been can could will "
    "would may might must should shall do does did has have had not no than".split()
)
# An ask whose subject is a pronoun points back at the caller's story ("my refund is over 500, why
# does it need checking?"): the story's nouns are then asked about too. "mine" is not one: "I know
# refunds take a week, could you speed mine up?" asks the business to act on the caller's own one.
_POINTS_BACK = re.compile(r"\b(?:it|that|this|they|those|these)\b", re.I)
# A word right after these is a verb ("do you refund", "I return", "to ship") or, after a
# preposition, the noun of a phrase that tells about another one ("the review for refunds").
_VERB_BEFORE = frozenset("i you we they u ya to".split())
_PREPOSITIONS = frozenset("for of on about with like from in at by over under after before into onto than per".split())
_POSSESSIVES = frozenset("my his her".split())
# English prefixes that negate an adjective or participle ("unopened", "nonrefundable", "incomplete").
_NEGATING_PREFIXES = ("un", "non", "in", "dis")
# Whole tokens: a model name ("Z790", "AM5") or a hyphenated word is one token, never a letter noun.
_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'\u2019][A-Za-z0-9]+)*|\S")


def _noun_lemmas(word: str) -> frozenset[str]:
    wn = wordnet.load()
    if wn is None:
        return frozenset()
    return frozenset(wn.lemmas(word.lower(), "noun"))


def opening_nouns(sentence: str) -> list[str]:
    """The nouns of :func:`opening_phrase` (see there): "Refunds above $500 are reviewed by a person
    first." → ["refunds"]; "Every shipped order has ..." → ["order"] ("shipped" is no noun)."""
    return [w for w in opening_phrase(sentence) if _noun_lemmas(w)]


def opening_phrase(sentence: str) -> list[str]:
    """The words of ``sentence``'s opening noun phrase, lower case: "Refunds above $500 are reviewed
    by a person first." → ["refunds"]; "Standard shipping takes 3 to 5 business days." →
    ["standard", "shipping"]; "Every shipped order has ..." → ["shipped", "order"]. At most
    :data:`_OPENING_WORDS` words after the determiners are read; the phrase ends at the first word that is not a plain word (a number, "$", a comma) or is a
    closed-class word (:data:`_CLOSED_CLASS`: "We email ..." has no noun phrase to read). A first
    word followed by a determiner is an imperative verb ("Pack the item ..."): no phrase; nor is
    there one to read when a model name stands in it ("The MSI Z790 Tomahawk takes DDR5.")."""
    words = _WORD.findall(sentence or "")
    i = 0
    while i < len(words) and words[i].lower() in _DETERMINERS:
        i += 1
    if i + 1 < len(words) and words[i + 1].lower() in _DETERMINERS:
        return []  # "Pack the item ...": an imperative verb, no subject
    out: list[str] = []
    for w in words[i : i + _OPENING_WORDS]:
        if any(c.isdigit() for c in w) and any(c.isalpha() for c in w):
            return []  # "AMD AM5 processors": a model name inside the phrase, its head lies beyond
        nouns = [x for x in out if _noun_lemmas(x)]
        if not w.isalpha() or w.lower() in _CLOSED_CLASS or (nouns and _finite_verb(w, nouns[-1])):
            break
        out.append(w.lower())
    return out


def _finite_verb(word: str, noun_before: str) -> bool:
    """Whether ``word``, after the noun ``noun_before``, is the sentence's verb agreeing with it: a
    verb's -s form after a singular noun ("shipping takes") or its base form after a plural one
    ("Refunds reach"), never an -ing form ("shipping" is a noun)."""
    wn = wordnet.load()
    low = word.lower()
    if wn is None or low.endswith("ing") or not wn.lemmas(low, "verb"):
        return False
    plural = noun_before.endswith("s") and not noun_before.endswith("ss")
    return low.endswith("s") != plural


def opens_with_asked_noun(query: str, part: str) -> bool:
    """Whether the first sentence of ``part`` (the part of an answer to be read) opens with a noun
    the caller asked about in ``query``, compared by WordNet noun lemma (:func:`opening_nouns`): a
    noun of the ask (:func:`customario.escalation.kb_ask.split_ask`), or of the story when the ask
    points back at it with a pronoun (:data:`_POINTS_BACK`); "I know refunds take a week, but could
    you speed mine up?" names refunds only in what the caller says they know. A word of the opening
    phrase that is a caller's word negated ("Unopened items ..." for "can opened items go back?") or
    the other way round says the sentence is about the other thing: False. Only the
    noun that closes the opening phrase counts when it has two ("Standard shipping": "shipping",
    not "standard"): the head of an English noun phrase is its last noun. Never raises; False
    without WordNet."""
    sentences = split_sentences(part or "")
    if not sentences:
        return False
    phrase = opening_phrase(sentences[0])
    opening = [w for w in phrase if _noun_lemmas(w)]
    if not opening:
        return False
    head = _noun_lemmas(opening[-1])
    parts = split_ask(query or "")
    asked = parts.ask if not _POINTS_BACK.search(parts.ask) else f"{parts.story} {parts.ask}"
    tokens = [w.lower() for w in _WORD.findall(asked)]
    words = {w for w in tokens if w.isalpha()}
    if any(_negated_pair(p, w) for p in phrase for w in words):
        return False  # "Unopened items ..." for "can opened items be returned?"
    said = {
        lemma for i, w in enumerate(tokens) if w.isalpha() and _asked_as_noun(tokens, i) for lemma in _noun_lemmas(w)
    }
    return bool(head & said)


def _asked_as_noun(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a noun the caller asks about, not a verb after its subject ("do you
    refund the shipping?", "when I return it") or an infinitive ("to return"), nor a noun inside a
    phrase that tells about another one ("how long does the review take for refunds over $500?":
    the review is asked about). Looks back over determiners ("for the refund")."""
    j = i - 1
    while j >= 0 and tokens[j] in _DETERMINERS | _POSSESSIVES:
        j -= 1
    return j < 0 or tokens[j] not in _VERB_BEFORE and tokens[j] not in _PREPOSITIONS


def _negated_pair(one: str, other: str) -> bool:
    """Whether one word is the other with a negating prefix ("unopened" / "opened", "non-stock")."""
    return any(a == p + b for a, b in ((one, other), (other, one)) for p in _NEGATING_PREFIXES)


# Articles whose answers people wrote as prose (manual and learned ones, FAQ entries, article lists:
# ``kb_articles.article_kind``), the kinds the search checks for near misses by topic
# (``knowledge.topic_apart``). A profile's generated sentences ("Keratin smoothing treatment is $280
# and takes about 150 minutes.", "The Mission-Bartlett garage is one block away") open with the
# service or place whatever is asked of it (a deposit, men's prices, validation: kb blind66-69).
WRITTEN_KINDS = (None, "faq", "articles")
# The embedding's nearest article must lead the next one by this much for the two signals to agree
# (kb_embed similarity; on kb blind55-blind69 margins of 0.05 and 0.15 kept the same store answers).
AGREE_MARGIN = 0.1


def answer_asked_noun(result: SearchResult, threshold: float, *, whole_turn: bool = True) -> SearchResult:
    """``result`` (a finished search) answered with the article it would only offer ("Are you asking
    about our return policy?", :func:`customario.escalation.kb_suggest.suggestion`) when two signals
    agree on it and the part read speaks of what was asked:

    - the lexical search refused nothing about its best article (no near miss, no named thing the
      base lacks, no price question without a price: ``hits[0]`` has no ``refused``), it is not a
      learned article (those are only offered, :mod:`customario.escalation.kb_learned`) and its
      answer was written as prose (:data:`WRITTEN_KINDS`);
    - the article nearest in meaning (``result.nearest``, :mod:`customario.escalation.kb_embed`) is
      the same article, at least :data:`~customario.escalation.kb_suggest.NEAREST_FLOOR` similar and
      :data:`AGREE_MARGIN` ahead of the next;
    - the part the offer would read opens with a noun the caller said (:func:`opens_with_asked_noun`:
      "how long till my refund shows up?" → "Refunds reach the original payment method 5 to 7
      business days ...").

    Only the search of the caller's whole turn is answered so (``whole_turn``; the search of one of
    two asks, :mod:`customario.escalation.kb_two_asks`, keeps its offer), and only an offer already
    measured as one: every question this reads at once was offered before, so a near miss the
    rule lets through costs an answer where a no was asked for, never a changed direct answer.

    Then ``hits[0]`` gets ``threshold`` as its confidence (its own kept as ``lexical_confidence``)
    and the offered part as its ``excerpt``, so the caller hears what a yes would have given. In
    place; ``result`` is returned either way. Measured on kb blind52-blind69 (17 development corpora,
    store and salon): 52 store paraphrases right after a yes are right directly, none answered
    wrong, no near miss answered; the salon's profile kinds gave five near misses and no gain.
    """
    from customario.escalation.kb_suggest import NEAREST_FLOOR, suggestion

    near, best = result.nearest, result.best
    if not whole_turn or result.confident or best is None or near is None or best.get("refused") or is_learned(best):
        return result
    if best.get("kind") not in WRITTEN_KINDS:
        return result
    if near["id"] != best["id"] or near["similarity"] < NEAREST_FLOOR or near["margin"] < AGREE_MARGIN:
        return result
    offer = suggestion(result)
    if offer is None or offer["article_id"] != best["id"] or not opens_with_asked_noun(result.query, offer["answer"]):
        return result
    best["lexical_confidence"], best["confidence"] = best["confidence"], threshold
    best["excerpt"], best["answered_by"] = offer["answer"], "the part read opens with the noun asked about"
    result.nearest = None
    return result
