"""A name given to something is no event (issue 11; s40urg15, from blind29's normal line "we're recording
a song called 'Overdose'", read as a class and tested in the team's own phrasings in
``tests/test_titles_s40urg15.py``).

A title or a name after a verb of naming ("a song called 'Overdose'", "our band is called Heart
Attack", "a cocktail named Fire Drill", "the exhibition's titled “Drowning”") names a work, a group or
a product; its words say nothing of harm now. English marks such a name by quotation marks or by
capitals on each word (title case), so :func:`set_aside` takes the raw line, as typed, and replaces
the name by "a name" when it follows ``called``, ``named``, ``titled``, ``entitled``, ``nicknamed`` or
``known as`` said of a thing (after a noun, an article or a form of "be"), never after a person who
phones ("I called Emergency Services", "she's called 999": a pronoun subject, "have", or digits).

A show, a film or a play booked or asked about is named the same way without a verb of naming (s48urg,
from blind43's normal line asking for two seats at a film whose title holds a harm word): a title-case name
of two words or more after "for", "to see" or "watch", in a line about seats, tickets or a showing
(:data:`_SHOW_LINE`), names the show ("two for Heart Attack at eight, please", "tickets to see Drowning
Season"), whose words say nothing of harm now.

Returns the line (a string) with the names replaced; never raises.
"""

from __future__ import annotations

import re

# the naming verb; the word before it must not be someone who phones ("I called", "she's just called")
_NAMING = r"\b(?:called|named|titled|entitled|nicknamed|known as)"
_PHONER = re.compile(
    r"\b(i|we|he|she|they|you|who|someone|somebody|just|have|has|had|i've|we've|they've|you've|i'd|we'd|already|then|"
    r"he's|she's|they've|never|finally|eventually|also)\s*$",
    re.IGNORECASE,
)
# a name in quotation marks ('Overdose', "Suffocation", “Drowning”)
_QUOTED = re.compile(_NAMING + r"\s+['\"\u2018\u201c]([^'\"\u2019\u201d]{1,60})['\"\u2019\u201d]", re.IGNORECASE)
# a name in title case: each word capitalised, small words allowed between ("Heart Attack", "Out of Breath")
_TITLE_CASE = re.compile(
    r"(?i:" + _NAMING + r")\s+((?:[A-Z][\w'!-]*)(?:\s+(?:(?:of|the|a|an|and|in|on|at|to|for|&)\s+)?[A-Z][\w'!-]*)*)"
)


# a title after a word that books or watches a show ("two for Heart Attack", "to see Out of Breath")
_SHOWN = re.compile(
    r"\b(?i:for|to see|see|watch|watching|seeing)\s+((?:[A-Z][\w'!-]*)(?:\s+(?:(?:of|the|a|an|and|in|on|at|to|for|&)\s+)?[A-Z][\w'!-]*)+)"
)
_SHOW_LINE = re.compile(
    r"\b(?:tickets?|seats?|screen|screening|showing|film|movie|matinee|gig|performance|cinema|theatre|theater|box office|"
    r"(?:one|two|three|four|five|six|[1-9]) for)\b",
    re.IGNORECASE,
)


def _shown(m: re.Match) -> str:
    """The word before the show's title and "a show"."""
    return m.group(0)[: m.start(1) - m.start(0)] + "a show"


def _name(m: re.Match) -> str:
    """The verb of naming and "a name", or the words unchanged after someone who phones."""
    if _PHONER.search(m.string[max(0, m.start() - 20) : m.start()]):
        return m.group(0)
    return m.group(0)[: m.start(1) - m.start(0)].rstrip("'\"\u2018\u201c ") + " a name"


def set_aside(raw: str) -> str:
    """``raw`` (the caller's words as typed) with each name after a verb of naming replaced by "a
    name" (see the module docstring)."""
    named = _TITLE_CASE.sub(_name, _QUOTED.sub(_name, raw))
    return _SHOWN.sub(_shown, named) if _SHOW_LINE.search(named) else named
