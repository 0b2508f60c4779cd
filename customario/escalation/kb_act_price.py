"""Whether an act costs, asked of a policy sentence that states the act's rule and its charge (issue 11).

"Can I move my appointment to another day without paying anything?" asks a price (:mod:`kb_fact_kind`:
"without paying"), and the search's part is the rule naming the act ("Please give us at least 24
hours' notice to cancel or reschedule"), which states no price; the charge is the other clause of the
same sentence ("; late cancellations and no-shows are charged 50% of the service price"). Neither
clause alone answers: the act is free when the rule is kept, and costs the charge when it is not.
:func:`act_and_charge` reads the whole sentence then, instead of holding the answer back. Class: a
price asked of an act whose rule and charge are two clauses of one sentence; source: kb blind43 and
blind48 (cancelling or rescheduling "without paying"). Pure functions of text.
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import gives_price
from customario.escalation.kb_fact_kind import asked_fact


def act_and_charge(query: str, answer: str, part: str) -> str | None:
    """The sentence of ``answer`` of which ``part`` (the search's pick, a clause) is the opening, when
    ``query`` asks a price, ``part`` states none and the rest of the sentence does; else None."""
    if asked_fact(query) != "price" or not part or gives_price(part, query):
        return None
    core = part.strip().rstrip(".")
    for sentence in re.split(r"(?<=[.!?])\s+", (answer or "").strip()):
        if sentence.startswith(core) and sentence.rstrip(".") != core and gives_price(sentence[len(core) :], query):
            return sentence
    return None
