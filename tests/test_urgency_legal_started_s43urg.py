"""Legal threats told as already under way, through a regulator or through the body that runs the
business are urgent (issue 11; s43urg, from the legal lines of urgency blind38, development from its
arrival on 6 December 2026, and blind35 that the rules took for normal). Classes:

- a regulator or inspector the business answers to, told as about to hear from the caller or as the
  other half of an ultimatum (:mod:`customario.escalation.urgency_threats`, ``_INSPECTED``);
- the matter offered to be settled in front of a judge ("we can sort it out in front of a judge");
- a claim the caller has started, a law firm instructed or hired, a suit "over it" aimed at the body
  that runs the business (:mod:`customario.escalation.urgency_legal_started`).

Own phrasings at a dog groomer, a cattery, a go-kart track, a school uniform shop and a driving range;
near misses (the caller's own matters with a regulator or a court, an insurance claim, a law firm as
a workplace, a suit against the caller's landlord) stay normal.
"""

from __future__ import annotations

import pytest

from tests.urgency_read import levels, rules_level

URGENT = [
    # a regulator about to hear from the caller
    "The food safety lot, Environmental Health, are getting a phone call from me tomorrow about your kitchen",
    "the RSPCA will be hearing about how you keep those rabbits in the window",
    "Fix the brakes on those karts by Saturday or I'm reporting it to the health and safety executive",
    "I'm going to ring the DVSA about your instructor, he was on his phone the whole lesson",
    "Get the mould out of the cattery pens or I'll be calling the council's licensing team to have you shut down",
    # the judge offered as the way to settle it
    "Refund the deposit this week, otherwise we'll settle it in front of a judge",
    "Keep the money then, we can thrash it out in front of a judge",
    # a claim already started, a law firm engaged
    "I've filed a claim in the small claims court for the ruined uniforms, expect the papers next week",
    "We've already issued a money claim online for the cost of the vet bills you caused",
    "We've hired a law firm over the ruined coat and they'll be in touch",
    # a suit over what the business did, aimed at the company that runs it
    "Your driver reversed into my car and drove off. I'll be suing the company over it.",
    "One of your staff grabbed my son by the arm, so we're going to sue the trust for assault",
]
NORMAL = [
    "I rang environmental health about next door's rats, do you sell traps?",
    "Can you tell me the number for the council's licensing team? I need a street party permit",
    "My brother's a health and safety inspector, can he bring his dog in on Friday?",
    "I've started a claim with my insurer for the burst pipe, can you quote to replace the carpet?",
    "My daughter works at a law firm in town, can she have the Saturday slot?",
    "I'm suing my landlord over it, he kept the whole deposit, can you print the forms for me?",
    "We've got a court date on the 12th for the custody hearing, can we move my lesson?",
    "We sorted it out in the end over a coffee, thanks for being patient",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert levels(text) == ("urgent", "urgent")


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert rules_level(text) == "normal"
