"""A mild, expected sign of healing asked about is an aftercare question, not an injury (issue 11;
s40urg15, from blind32's normal line "my tattoo's peeling like sunburn on day five, is that normal?",
tested in the team's own phrasings in ``tests/test_aftercare_s40urg15.py``).

After a tattoo, a piercing, a peel, a wax or a laser session, peeling, flaking, itching, scabbing or
light redness in the first days is the healing the aftercare sheets describe (NHS and the studios'
aftercare advice). When the caller names such a sign and asks whether it is normal ("is that
normal?", "is this expected?", "should it be doing that?"), the sign is set aside; a sign beyond
healing (spreading redness, pus, a fever, swelling, blisters, a burn, bleeding) keeps the line for
the other readers.

:func:`set_aside` takes the normalised, lower-case line and returns it (a string) with the mild
signs replaced by "healing".
"""

from __future__ import annotations

import re

_ASKED_NORMAL = re.compile(
    r"\b(is|are) (that|this|it|they) (normal|ok|okay|usual|expected|to be expected|part of (it|the healing))\b"
    r"|\bshould (it|they|this) be (doing that|doing this|like (that|this))\b|\bis that (just )?(part of )?(the )?healing\b"
)
_PROCEDURE = re.compile(
    r"\b(tattoo\w*|piercing|pierced|peel|wax\w*|laser|microblad\w*|brows?|lash\w*|filler|facial|dermaplan\w*|sunbed|tan|"
    r"extraction|filling|brace|braces|henna)\b"
)
_MILD = re.compile(
    r"\b(peel\w*|flak\w*|itch\w*|scab\w*|dry|shiny|(a bit|slightly|a little|bit) (red|pink|sore|tender|raised|puffy)|"
    r"like (a )?sunburn|tender)\b"
)
_BEYOND = re.compile(
    r"\b(spread\w*|streaks?|pus|ooz\w*|weep\w*|fever|temperature|shiver\w*|swollen|swelling|blister\w*|burn\w*|bleed\w*|"
    r"hot to (the )?touch|throbbing|infect\w*|green|yellow|smell\w*)\b"
)


def set_aside(t: str) -> str:
    """``t`` with the mild healing signs of a procedure asked about as normal replaced by "healing"
    (see the module docstring); unchanged when a sign beyond healing is told."""
    if _ASKED_NORMAL.search(t) and _PROCEDURE.search(t) and not _BEYOND.search(t):
        return _MILD.sub("healing", t)
    return t
