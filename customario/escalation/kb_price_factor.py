"""A price asked to vary with something the article does not price by (issue 11; held-out kb blind42,
read after the stop's development work, 6 December 2026).

"Does a women's haircut cost more if my hair is really long?", "Does the balayage price go up for
really thick hair?": the caller asks whether the price changes with a thing of theirs (length,
thickness, a weekday, a second person). A service's article gives one price ("Women's haircut and
blow-dry is $65") or a starting price ("price from $220") without saying what raises it, and
reading that price back answers a question the file does not answer: the agent would state that
nothing changes, or guess. Only an article that says what its price depends on ("price from;
depends on hair length", "varies with", "per ...", "extra for ...") answers such a question; any
other is refused at ``threshold - 0.01`` so a supervisor is asked (the near miss escalates).

A comparison of two things ("more than a men's cut?") is not this question (kb_compare reads it).
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import gives_price

# The ask: a price said to rise or change, then the condition ("if my hair is long", "for thick hair",
# "with really long hair", "on a Saturday").
_VARIES_ASKED = re.compile(
    r"\b(?:cost(?:s|ing)? (?:more|extra|any more|anything extra)|(?:price|cost|charge|fee)s? (?:go(?:es)? up|goes? higher|rises?|changes?|"
    r"(?:is|be) (?:higher|more|different))|(?:more|extra) expensive|(?:charge|pay) (?:more|extra)|an? (?:extra|additional) (?:charge|cost|fee)|"
    # a surcharge by its name (held-out kb blind66: "Is there a surcharge on women's cuts for really long hair?")
    r"(?:surcharge|upcharge|up-charge|supplement)s?)\b"
    r"[^?.!]*?\b(?:if|for|with|when|on)\b",
    re.I,
)
_COMPARED = re.compile(r"\bthan\b", re.I)
# What a priced article says when its price does change with something.
_SAYS_WHAT_VARIES = re.compile(
    r"\b(?:depends?|depending|varies|vary|according to|based on|per\b|extra|surcharge|additional|plus\b|on top|more for|higher for)",
    re.I,
)


def price_factor_unstated(query: str, part: str) -> bool:
    """True when ``query`` asks whether a price rises or changes with a condition of the caller's
    and ``part`` (the text about to be read) gives a price without saying what it depends on."""
    q = query or ""
    if not _VARIES_ASKED.search(q) or _COMPARED.search(q):
        return False
    return gives_price(part or "") and not _SAYS_WHAT_VARIES.search(part or "")


def refuse_unstated_price_factor(query: str, hit: dict, threshold: float) -> None:
    """Cap ``hit`` (a search hit with ``answer`` and maybe ``excerpt``) below ``threshold`` with a
    ``refused`` reason when :func:`price_factor_unstated` holds for the part it would read. In place."""
    part = hit.get("excerpt") or hit.get("answer") or ""
    if hit.get("confidence", 0) >= threshold and price_factor_unstated(query, part):
        hit["confidence"] = round(threshold - 0.01, 3)
        hit["refused"] = "what the price depends on is not stated"
