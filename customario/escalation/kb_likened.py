"""Named things a caller brings in only to compare with ("Does the 4060 need a big PSU *like the
4090 does*?", "Is Intel 14th gen DDR5 only, *like AMD*?") (issue 11).

Used by :mod:`customario.escalation.knowledge` when it picks the part of an answer to read: the part
must name every thing the caller asks about together (:func:`kb_excerpt.answer_excerpt` refuses an
answer that names them only apart), but a thing named after a comparing preposition is the yardstick
of the question, not a second thing whose relation to the first is asked. The asked thing's own part
answers ("the RTX 4060 needs 550 W": no, not like the 4090).
"""

from __future__ import annotations

import re

# A comparing "like" ("like the 4090", "like AMD", "like the 4090 does"), "as with", "same as",
# "similar to" and "unlike" before one named thing. "like" after a subject or a modal is the verb
# ("I'd like the 4090", "would like a 4060", "do you like ..."), never a comparison.
_LIKENED_RE = re.compile(
    r"(?<![a-z'])(?:(?<!\bi )(?<!\bi'd )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bwould )(?<!\bwe'd )"
    r"(?<!\bthey'd )(?<!\byou'd )(?<!\bdo )(?<!\bdid )(?<!\bdoes )(?<!\bshe )(?<!\bhe )(?<!\bid )like|unlike"
    r"|as with|same as|similar to)\s+(?:the\s+|an?\s+|my\s+|your\s+)?(?P<name>[a-z0-9][\w-]*(?:\s+super|\s+ti)?)",
)


def likened_names(query: str, named: list[str]) -> set[str]:
    """The names of ``named`` (lower case, as the search keeps them) that ``query`` brings in only
    after a comparing "like", "unlike", "as with", "same as" or "similar to" ("like the 4090 does",
    "like AMD"). Empty when every named thing is one (nothing else would be left to read), or when
    a name is also said outside such a comparison ("the 4090, like the 4090 Ti?" keeps it).

    Class: a yardstick of comparison taken for a second asked thing; source: issue 11, kb blind63
    store ("Does the 4060 need a big PSU like the 4090 does?" escalated as naming both apart)."""
    text = (query or "").lower().replace("\u2019", "'")
    likened: set[str] = set()
    for m in _LIKENED_RE.finditer(text):
        first = m.group("name").split()[0]
        if first in named:
            likened.add(first)
    if not likened:
        return set()
    # A name said again outside a comparison is asked about too.
    spans = [m.span("name") for m in _LIKENED_RE.finditer(text)]
    for name in list(likened):
        for w in re.finditer(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text):
            if not any(a <= w.start() < b for a, b in spans):
                likened.discard(name)
                break
    return likened if set(named) - likened else set()
