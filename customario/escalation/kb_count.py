"""A count or a price difference asked is answered with a number, or not at all (issue 11).

A caller who asks *how many* wants a number. The article that shares most words with the question
often states none: the team list ("Our team: Sofia Reyes (owner and senior stylist); Marcus Lee ...")
answers "who works there?", and read for "how many stylists work at the salon?" it passes for an
answer while the caller must count the names. Class: a count asked, answered by a part that states
no number. Source: issue 11, kb blind51 ("how many stylists work at the salon" read the team list).

:func:`answer_count_asked` gives a business profile's list (the team, the services) its number of
items, counted from the profile's own articles of one item each (``staff:<name>``,
``service:<name>``), when the thing counted is what the list is about (a word the search matched of
it); any other confident answer whose part read states no number is held back (just below the
threshold: the agent may offer it, a person answers).

A price difference asked yes or no ("Do I pay less if a junior stylist does my cut?", "is it
cheaper on weekdays?", "do students get a discount?") wants an amount too: :func:`hold_unpriced_difference`
holds back a part read that states no amount of money, share or "free" (kb blind50: a junior
stylist's cut price was read as Jonah's specialities). :func:`answer_states_quantity` runs both.
Pure functions on the search's hits.
"""

from __future__ import annotations

import re

from customario.escalation.kb_asked import asked_sentence
from customario.escalation.kb_words import covers, terms

_HOW_MANY_RE = re.compile(r"\bhow many\s+(?:\w+\s+){0,2}?(?P<noun>[a-z]+s)\b")
# A number stated: digits or a number word ("two to three weeks", "a dozen").
_NUMBER_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|dozen|single|both|couple|several|few|once|twice)\b",
    re.I,
)
# The profile lists whose items are articles of their own: list key -> item key prefix.
_ITEMS = {"staff": "staff:", "services": "service:"}
_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve").split()


def _key(article: dict) -> str:
    ref = article.get("source_ref") or ""
    return ref.split("#", 1)[1] if article.get("source") == "imported" and "#" in ref else ""


def counted_noun(query: str) -> str | None:
    """The plural noun a count question asks about ("stylists" of "how many stylists work at the
    salon?", of the asking sentence only), else None."""
    m = _HOW_MANY_RE.search(asked_sentence(query).lower())
    return m["noun"] if m else None


def answer_count_asked(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """When ``query`` asks how many of a thing and the confident best hit's part read (``excerpt``)
    states no number: a list of the business profile whose subject the counted noun matched gets
    its number of items in front ("Four in all. Our team: ..."); any other hit is held back
    (confidence just below ``threshold``, ``refused`` says why). ``articles`` are every article in
    scope (dicts with ``source``, ``source_ref``). ``hits`` are changed in place."""
    noun = counted_noun(query)
    if noun is None or not hits or hits[0]["confidence"] < threshold:
        return
    best = hits[0]
    part = best.get("excerpt") or best.get("answer") or ""
    if _NUMBER_RE.search(part):
        return
    prefix = _ITEMS.get(_key(best))
    said = terms(noun)
    if prefix and said and any(covers(said[0], m) or covers(m, said[0]) for m in best.get("matched") or []):
        count = sum(1 for a in articles if _key(a).startswith(prefix))
        if 0 < count < len(_WORDS):
            best["excerpt"] = f"{_WORDS[count].capitalize()} in all. {part}"
            return
    best["confidence"] = round(min(best["confidence"], threshold - 0.01), 3)
    best["refused"] = "a count is asked and the answer states no number"


# A difference in price asked: "pay less", "cheaper", "more expensive", "cost extra", "a discount".
_DIFFERENCE_RE = re.compile(
    r"\b(?:pay(?:ing)? (?:less|more|extra)|cheaper|less expensive|more expensive|pricier|costs? (?:less|more|extra)"
    r"|discounts?|reduced price)\b"
)
# A yes/no question: "do I pay less ...?", "is it cheaper ...?". A question word asks another thing
# of a cheaper option ("how long does it take if I pay extra for faster shipping?", "which memory,
# the cheaper DDR4 or DDR5?": kb blind12, blind17 lost right answers to a broader rule).
_YES_NO_RE = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|also)\W+)?(?:do|does|did|is|are|was|were|will|would|can|could|should|am)\b"
)
# An amount stated: money, a share, a fraction of a price, or no charge at all.
_AMOUNT_RE = re.compile(r"\$\s?\d|\d\s?%|\b(?:percent|per cent|free|half|no charge|dollars?|cents?)\b", re.I)


def hold_unpriced_difference(query: str, hits: list[dict], threshold: float) -> None:
    """When the ask of ``query`` asks a price difference (:data:`_DIFFERENCE_RE`) and the confident
    best hit's part read states no amount (:data:`_AMOUNT_RE`), the hit is held back (confidence just
    below ``threshold``). ``hits`` are changed in place."""
    ask = asked_sentence(query).lower()
    if not hits or hits[0]["confidence"] < threshold or not _YES_NO_RE.match(ask) or not _DIFFERENCE_RE.search(ask):
        return
    best = hits[0]
    if _AMOUNT_RE.search(best.get("excerpt") or best.get("answer") or ""):
        return
    best["confidence"] = round(min(best["confidence"], threshold - 0.01), 3)
    best["refused"] = "a price difference is asked and the answer states no amount"


def answer_states_quantity(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """:func:`answer_count_asked`, then :func:`hold_unpriced_difference` (in place on ``hits``)."""
    answer_count_asked(query, hits, articles, threshold)
    hold_unpriced_difference(query, hits, threshold)
