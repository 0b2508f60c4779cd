"""A yes said as a stock simile of the quality asked about (issue 11, stop 51): "Safe as houses." to
"Do you feel your boat is secure here?", "Clean? Clean as a whistle." to "Did the crew leave the
site clean?" (answers blind57, blind60 had asked both again).

A stock simile ("as safe as houses", "right as rain", "good as gold") intensifies its adjective
(Oxford Dictionary of English Idioms; Collins COBUILD Idioms, "as ... as" similes); said to a
question about that quality it says the quality is there to a high degree, a yes. Only when the
question names the quality itself or a near synonym listed with the simile, and nothing in the turn
negates or contrasts it; read back (``inferred``): the yes is told, not said. Pure functions on
cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

# simile (after an optional "as") -> the qualities it intensifies
_SIMILES: dict[str, tuple[str, ...]] = {
    r"safe as (?:houses|a bank|the bank of england)": ("safe", "secure", "safely", "security"),
    r"clean as a (?:whistle|new pin)": ("clean", "tidy", "spotless", "cleaned", "cleanliness"),
    r"right as rain": ("fine", "well", "ok", "okay", "alright", "recovered", "better"),
    r"fit as a fiddle": ("fit", "well", "healthy", "recovered", "better"),
    r"good as gold": ("good", "behaved", "well-behaved", "well behaved", "calm"),
    r"regular as clockwork": ("regular", "regularly", "on time", "punctual", "reliable", "reliably"),
    r"quiet as a (?:mouse|church mouse|grave)": ("quiet", "quietly", "noise"),
    r"easy as (?:pie|abc|falling off a log)": ("easy", "simple", "straightforward"),
    r"cool as a cucumber": ("calm", "relaxed", "cool"),
    r"happy as (?:larry|a clam|a pig in (?:mud|muck)|a sandboy)": ("happy", "content", "pleased", "satisfied"),
    r"snug as a bug(?: in a rug)?": ("comfortable", "snug", "cosy", "cozy", "warm"),
    r"solid as a rock": ("solid", "sturdy", "secure", "stable", "reliable"),
    r"keen as mustard": ("keen", "eager", "enthusiastic"),
    r"fresh as a daisy": ("fresh", "rested", "refreshed"),
    r"smooth as (?:silk|butter)": ("smooth", "smoothly"),
    r"dry as a bone|bone dry": ("dry", "watertight", "leak"),
    r"tight as a drum": ("tight", "secure", "watertight"),
    # "fit like a glove": to fit perfectly (Collins COBUILD Idioms); "Fitted her like a glove." to
    # "Did the wetsuit fit your child properly?" (answers blind66 had asked it again)
    r"(?:fit|fits|fitted|fitting) (?:(?:him|her|me|them|us|you|it) )?like a glove|like a glove": (
        "fit",
        "fitted",
        "fits",
    ),
}
_SIMILE = re.compile(r"\b(?:as )?(?P<simile>" + "|".join(_SIMILES) + r")\b")
_AGAINST = re.compile(
    r"\b(?:not|no|never|nope|nah|but|except|though|although|wasn'?t|isn'?t|weren'?t|aren'?t)\b|n't\b|\?$"
)


def simile_yes(question: Any, t: str) -> str | None:
    """``"yes"`` when ``t`` (cleaned) says the quality the yes/no ``question`` asks about with a
    stock simile of it ("safe as houses" to a question about being secure), nothing negating or
    contrasting it; else None."""
    if getattr(question, "type", None) != "yes_no":
        return None
    m = _SIMILE.search(t)
    if m is None:
        return None
    asked = (getattr(question, "text", "") or "").lower()
    qualities = next(q for rx, q in _SIMILES.items() if re.fullmatch(rx, m.group("simile")))
    if not any(re.search(rf"\b{re.escape(q)}\b", asked) for q in qualities):
        return None
    rest = t[: m.start()] + " " + t[m.end() :]
    # the quality echoed back as a question first is no doubt: "Clean? Clean as a whistle."
    rest = re.sub(r"^\W*[a-z]+\?\s*", " ", rest)
    return None if _AGAINST.search(rest.strip()) else "yes"
