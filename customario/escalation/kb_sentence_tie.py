"""Two confident articles nearly tied: the one that states the whole question in one sentence answers (issue 11).

Class of failure: two articles of one knowledge base share the caller's words, one through its tags
or a synonym ("ship" tags the return-label article, so "delivery" matches it), the other in one
sentence of its answer, word for word ("Unopened items can be returned within 30 days of
delivery"). Their confidences differ by a few hundredths, and the article whose words are only
spread over its question, tags and sentences won: "returns - within how many days of delivery?" was
answered with the 14 days to drop a parcel off, not the 30-day return window (kb blind50, a wrong
answer).

Rule (what a help-desk agent does when two pages fit): when the two best hits are both confident and
within :data:`NEAR_TIE` of each other, and exactly one of them has a sentence that holds every
content word the caller used that either article matched (the word itself or its light stem, not a
synonym), that one answers with that sentence; only between articles written as prose (help-desk
articles, FAQ, learned answers), not a profile's services and staff. Nothing changes when both or
neither have such a sentence.
"""

from __future__ import annotations

from customario.escalation.kb_excerpt import split_sentences
from customario.escalation.kb_words import WEAK_TERMS, light_stem, words_of

# Confidence apart within which two confident hits count as nearly tied: about the share of one
# word matched only through a synonym in the tags (0.05 left "how many days after delivery" wrong).
NEAR_TIE = 0.1
# Articles people wrote as prose (help-desk articles, FAQ, learned answers). A profile's services and
# staff are items whose one sentence names a stylist's specialities: "a men's trim" is stated whole
# by the barber's line, but asked of the men's haircut (its length).
_HELP_DESK = (None, "faq", "articles")


def _stating_all(answer: str, words: list[str]) -> list[str]:
    """The sentences of ``answer`` that hold every word of ``words`` (light stems)."""
    stems = [light_stem(w) for w in words]
    return [sentence for sentence in split_sentences(answer) if all(s in words_of(sentence) for s in stems)]


def prefer_whole_sentence(hits: list[dict], threshold: float) -> None:
    """Put the nearly tied runner-up first when only it states, in one sentence, every word the caller
    used that the two hits matched (see the module docstring). In place; the moved hit takes the
    leader's confidence, and that sentence is its part read."""
    if len(hits) < 2:
        return
    first, second = hits[0], hits[1]
    if first.get("kind") not in _HELP_DESK or second.get("kind") not in _HELP_DESK:
        return
    if second["confidence"] < threshold or first["confidence"] - second["confidence"] > NEAR_TIE:
        return
    words = [t for t in dict.fromkeys([*first["matched"], *second["matched"]]) if t not in WEAK_TERMS]
    stating = _stating_all(second["answer"], words)
    if len(words) < 2 or len(stating) != 1 or _stating_all(first["answer"], words):
        return
    hits.remove(second)
    second["confidence"] = max(second["confidence"], first["confidence"])
    second["excerpt"] = stating[0]
    hits.insert(0, second)
