"""A choice named only as the tool of what was done to another (issue 11; s48, from held-out answers
blind53's wrong items read as a class): "They gouged the wall going up the stairs with the bed frame"
to "what was damaged: furniture, ..., the property itself?" names the bed frame as what did the
gouging, not as a thing damaged. An instrumental "with" or "using" phrase after a verb whose object
is another choice marks its noun as the means (Cambridge Grammar of the English Language, 2002: the
instrument adjunct), so a multi-choice answer drops it and is read back. Pure functions.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.choice_spans import phrase_positions

# "with the bed frame", "using a trolley", "with their big old dolly": the instrument's opening,
# right before the choice's name; "along with", "together with" and "as well as" join, never equip.
_INSTRUMENT_BEFORE = re.compile(
    r"(?<!along )(?<!together )\b(?:with|using)\s+(?:the|a|an|his|her|their|its|my|our|your|that|this|some)\s+"
    r"(?:[a-z'-]+\s+){0,2}$"
)


def instrument_only(question: Any, t: str, codes: list[str]) -> list[str]:
    """The codes of ``codes`` whose every mention in ``t`` (cleaned) is an instrument ("with the bed
    frame") said after another of ``codes`` in the same sentence; [] when none, or when dropping
    them would leave nothing."""
    mentions: dict[str, list[int]] = {}
    for c in question.choices:
        if c.code in codes:
            mentions[c.code] = sorted(p for name in (c.label, *c.synonyms) for p in phrase_positions(name, t))
    tools = []
    for code, places in mentions.items():
        if not places:
            continue

        def used_on_another(p: int, code: str = code) -> bool:
            if not _INSTRUMENT_BEFORE.search(t[:p]):
                return False
            sentence_start = max(t.rfind(s, 0, p) for s in ".!?;") + 1
            return any(sentence_start <= q < p for other, qs in mentions.items() if other != code for q in qs)

        if all(used_on_another(p) for p in places):
            tools.append(code)
    return tools if len(tools) < len(codes) else []


def without_tools(question: Any, t: str, codes: list[str], method: str) -> tuple[list[str], str]:
    """(``codes`` without those :func:`instrument_only` finds, ``inferred``: read back), or
    (``codes``, ``method``) unchanged when none is only a tool."""
    tools = instrument_only(question, t, codes)
    return ([c for c in codes if c not in tools], "inferred") if tools else (codes, method)
