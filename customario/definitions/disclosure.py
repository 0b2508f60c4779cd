"""Does a campaign's opening disclose who is calling and that it is an automated assistant?

An AI voice is an "artificial voice" under the TCPA (FCC 24-17, Declaratory Ruling of 2024-02-08),
and an artificial or prerecorded voice message must state the identity of the business that is
calling at the beginning of the message (47 CFR 64.1200(b)(1)). So outbound and survey openings
name the organisation and say that the caller is an automated assistant. Inbound and support
campaigns answer a person who called in; they are not checked.

:func:`disclosure_warnings` is advisory: ``campaign validate`` / ``campaign add`` print the
warnings and still accept the definition.
"""

from __future__ import annotations

import re
from typing import Any

CHECKED_KINDS = ("survey", "outbound")
# Words that tell the callee they are talking to software.
AUTOMATED = re.compile(
    r"\b(?:automated|virtual|digital|ai|a\.i\.|artificial|robot|recorded|bot|computer[- ]generated)\b", re.IGNORECASE
)


def names_organisation(opening: str, organisation: str) -> bool:
    """True when ``opening`` says ``{{organisation}}`` or the organisation's name itself."""
    if re.search(r"\{\{\s*organi[sz]ation\s*(?:\|[^}]*)?\}\}", opening):
        return True
    org = (organisation or "").strip()
    return bool(org) and org.lower() != "customario" and org.lower() in opening.lower()


def disclosure_warnings(campaign: Any) -> list[str]:
    """Warnings (``Warning: what. How to fix.``) for an outbound or survey ``campaign`` whose opening
    does not name the organisation or does not say the caller is automated; [] otherwise."""
    c = getattr(campaign, "campaign", campaign)
    if c.kind not in CHECKED_KINDS:
        return []
    out = []
    if not names_organisation(c.opening, c.organisation):
        out.append(
            f"the opening of {c.name} does not name the organisation. Say {{{{organisation}}}} in it: an "
            "artificial-voice call must identify the business at the start (47 CFR 64.1200(b)(1), FCC 24-17)"
        )
    if not AUTOMATED.search(c.opening):
        out.append(
            f"the opening of {c.name} does not say the caller is an automated assistant. Add it, e.g. "
            "'this is {{agent_name}}, an automated assistant calling for {{organisation}}' (FCC 24-17)"
        )
    return out
