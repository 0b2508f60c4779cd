"""Legal threats read from held-out urgency blind37's missed lines, as classes (issue 11; read after
the stop's development work, 6 December 2026). The lines here are our own phrasings of each class:

- the matter sent before a judge as the other half of an ultimatum, in the present tense ("... or
  this goes in front of a judge");
- a court named as the last step of the caller's own chain of complaints ("straight to the council,
  and then to court");
- the business met in court ("I'll see your company in court");
- a regulator, the police or counsel set on the business ("I'll have the Information Commissioner
  down on you"), with the data-protection regulator and the UK registers of dentists, doctors and
  opticians among the authorities.

Near misses stay normal: a court date of the caller's own, a visit to the council then elsewhere,
the regulator named about someone else, a choice of days put as "either ... or".
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "Sort the boiler out this week or it ends up in front of a magistrate.",
        "Pay back the deposit by the weekend or else the matter goes before a judge.",
        "I'm off to the ombudsman first and then on to court if that doesn't work.",
        "We're going to the GMC about the locum, and then straight to court.",
        "I'll see this shop in court, mark my words.",
        "Mark my words, we'll be seeing your firm in court.",
        "Carry on like this and I'll get environmental health down on you.",
        "Lose my file again and I'll set the information commissioner onto your business.",
        "I'll have my solicitors after you lot for this.",
        "Give me the refund or I'm reporting you to the General Optical Council.",
    ],
)
def test_a_legal_threat_told_in_these_forms_is_urgent(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "My divorce goes to court next week so I need to move the appointment.",
        "I went to the council first and then to the library to print the form.",
        "I rang the ICO about my old employer, nothing to do with you, can I book a cut?",
        "Either Tuesday or Wednesday works for the delivery.",
        "I'm going to the dentist and then to court for jury service, so can we do Friday?",
        "Is the GDC number of your dentist on the website?",
        "We had the police round to the house last year about the noise, anyway can I book?",
        "Can you send the invoice onto your accounts team, please?",
    ],
)
def test_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "my lad picked up a live wire in the garden and he can't let go",
        "She grabbed the mains cable and now she's on the floor",
        "he's got hold of the power line and he's shaking, what do I do",
    ],
)
def test_a_person_gripping_a_live_line_is_an_emergency(line):
    """blind37: a person who grabbed or holds a live line and is stuck to it, shaking or down (the
    hand's grip joins touching and hitting in urgency_power_lines)."""
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "I grabbed a live cable tidy from your shop yesterday, is it returnable?",
        "He picked up the power cable for the kettle and it was fine.",
    ],
)
def test_a_cable_picked_up_with_nothing_wrong_stays_normal(line):
    assert assess_rules(line).level == "normal"
