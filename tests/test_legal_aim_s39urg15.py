"""Legal action threatened in the shape of the sentence (an ultimatum, a condition, "one more ... and",
the business taken to court in the passive) is urgent; legal words aimed at someone else while the
business is asked for a service or a paper are not (issue 11; :mod:`customario.escalation.urgency_legal_aim`).
Own phrasings on a removals firm, a wedding photographer, a garden centre, a tyre fitter and a dry
cleaner. The threat shapes were missed in blind25, blind27 and blind30; the legal words in a job
were raised in blind23, blind27, blind28 and blind30.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_legal_aim import set_aside, threat

URGENT = [
    "Replace the wardrobe your removals men smashed or I'm starting a claim, simple as that.",
    "Refund the deposit for the wedding photos or we sort this out in front of a judge.",
    "If the dead hedging isn't replaced by Friday we'll see the garden centre in court.",
    "I'd prefer not to get solicitors involved, but I will unless the tyre fitter pays for my alloy.",
    "My sister's a barrister. One more week of silence from the dry cleaner and she gets the whole file.",
    "You lot are getting dragged to small claims over my ruined suit, mark my words.",
    "Can you print the order of service? Also I'm taking you lot to court over the wedding photos.",
]
NORMAL = [
    "We're suing the old landlord who kept our deposit, could you write a note of the damage you saw on move day?",
    "Can you photocopy my court bundle before the hearing? The dry cleaner next door's copier is broken.",
    "Our legal team needs a copy of the invoice for the tyres, could you email it over?",
    "Could you do an inventory of Nan's furniture for the move? The solicitor handling her estate is asking for it.",
    "If you're free on Saturday I'll see the photographer at the court house for the wedding shots, is that okay?",
    "Is the wedding photographer or the venue liable if it rains? Just asking before we book.",
    "My brother reckons I should take you to court over the tyres, but honestly I just want them swapped.",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_threat_in_the_shape_of_the_sentence_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_legal_words_aimed_elsewhere_are_not(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_the_parts():
    assert threat("fix my van or it goes to small claims") is not None
    assert threat("i'll sue you if my hair doesn't always look this good! love it") is None
    assert threat("would you go to court over a parking ticket?") is None
    # a request naming no other party keeps its legal words
    t = "can you print the leaflets? my solicitor will be in touch with you about the damage"
    assert set_aside(t) == t
