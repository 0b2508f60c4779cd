"""Words the knowledge base has never seen, in front of a word it has (issue 11).

A question word no article contains counts against every answer at ``kb_words.UNKNOWN_WEIGHT``:
it may be what the caller asks about ("Do you do eyelash extensions?" when only hair extensions
are there). But when it only narrows a word that an article uses on its own, as a whole category,
the article covers it: "Do you do skin fades?" against "specialises in men's cuts, fades, beard
trims" asks for a kind of fade, and that stylist does fades. Such a modifier then counts as a
general word (``kb_words.GENERAL_WEIGHT``) for that article only, through :func:`modifier_relief`.

The rule needs all of:

- the unknown word stands right before a word of the question that the article matched, in the
  caller's text ("skin fades"), and WordNet knows it as a noun but not as an adjective or adverb
  (a compound noun; a typo or a name is not one, and "only free", "sealed item" describe the
  caller's situation);
- every time the article's question or answer uses that matched word, no other content word stands
  right before it ("fades" after a comma). When the article narrows it itself ("hair extensions",
  "keratin smoothing treatment", "full highlights"), the caller's different modifier names a
  different thing ("eyelash extensions", "scalp treatments", "partial highlights") and keeps its
  full weight: the near miss is still refused.
"""

from __future__ import annotations

import re

from customario.escalation import wordnet
from customario.escalation.kb_words import GENERAL_WEIGHT, STOPWORDS, UNKNOWN_WEIGHT, expand_term, light_stem

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]")


def _tokens(text: str) -> list[str]:
    """Lower-case words and punctuation marks of ``text``, possessives folded ("men's" → "mens")."""
    out = []
    for tok in _WORD.findall((text or "").lower().replace("\u2019", "'")):
        out.append(tok[:-2] + "s" if tok.endswith("'s") else tok.replace("'", ""))
    return out


def _is_modifier_word(word: str) -> bool:
    """A noun WordNet knows, and not as an adjective or adverb: "skin" in "skin fades" forms a
    compound noun; "only", "little", "sealed" describe the caller's situation instead."""
    wn = wordnet.load()
    return (
        wn is not None and bool(wn.lemmas(word, "noun")) and not wn.lemmas(word, "adj") and not wn.lemmas(word, "adv")
    )


def used_alone(term: str, text: str) -> bool:
    """True when ``term`` (or a synonym of it) occurs in ``text`` and never right after another
    content word: the text uses it as a whole category ("men's cuts, fades, beard trims")."""
    forms = {light_stem(f) for f in expand_term(term)}
    toks = _tokens(text)
    seen = False
    for i, tok in enumerate(toks):
        if light_stem(tok) not in forms:
            continue
        seen = True
        before = toks[i - 1] if i else ""
        if before and before[0].isalnum() and before not in STOPWORDS:
            return False
    return seen


def modifier_relief(
    query: str, terms: list[str], matched: list[str], row: dict, idf: dict, weight: dict, dfs: dict
) -> float:
    """How much of the confidence's denominator to drop for ``row`` (an article with ``question``
    and ``answer``): for each unknown question word that only narrows a matched word the article
    uses alone, the difference between its weight and a general word's (see the module docstring).
    0.0 when the rule does not apply."""
    unknown = [t for t in terms if dfs.get(t) == 0 and t.isalpha()]
    if not unknown or not matched:
        return 0.0
    toks = _tokens(query)
    article = f"{row['question']} {row['answer']}"
    relief = 0.0
    for u in unknown:
        if u not in toks:
            continue
        i = toks.index(u)
        following = light_stem(toks[i + 1]) if i + 1 < len(toks) else ""
        target = next((m for m in matched if light_stem(m) == following), None)
        if target is None or not _is_modifier_word(u) or not used_alone(target, article):
            continue
        # term_weight gave it UNKNOWN_WEIGHT of its base weight; it now counts at GENERAL_WEIGHT.
        relief += idf[u] * max(0.0, weight[u] - weight[u] / UNKNOWN_WEIGHT * GENERAL_WEIGHT)
    return relief
