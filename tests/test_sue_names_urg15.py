""" "Sue" as a possessive or after a preposition is a name, not a threat (issue 11;
:func:`customario.escalation.urgency._strip_names`; section 4 of the corpora's brief, blind25 and
blind26). Own phrasings on a bridal shop, a charity shop and a cattery; "sue" as a verb stays a threat.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "I'll sort the alterations through Sue at the bridal shop, she's lovely.",
    "Can I drop Sue's donation bags at the charity shop on Friday?",
    "Thanks Sue, the cattery booking's fine for Tuesday.",
]
URGENT = [
    "I'm going to sue the bridal shop for ruining the dress.",
    "I will sue you, the cattery lost my cat's medication.",
]


@pytest.mark.parametrize("line", NORMAL)
def test_sue_as_a_name(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize("line", URGENT)
def test_sue_as_a_verb_is_still_a_threat(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)
