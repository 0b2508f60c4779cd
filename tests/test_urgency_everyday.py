"""The classes behind the normal lines of urgency blind11 and blind14 that were escalated
(customario.escalation.urgency_everyday, the lawyer questions of urgency_scope, money choked on in
urgency_idioms, a hearth that draws in urgency_asides and urgency_perils, an unmarked question in
urgency, "I could throttle ..." with its reason after it in urgency_senses), in the team's own
phrasings for businesses that are in no corpus, with near misses that must stay raised."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text",
    [
        # Running on fumes.
        "the hire van's running on fumes, is the depot pump open on Sunday?",
        "I'm on fumes after the night shift, can we push the fitting to Friday?",
        # Plaster as a building material.
        "your decorators left plasterboard offcuts and plaster dust in the hall",
        "the plaster is cracking above the bay window, can your man take a look?",
        # Tobacco smoke.
        "the minibus you sent was smoky, it smelt of cigars all the way to the airport",
        "the hotel room reeks of smoke from the last guest's cigarettes, can we move?",
        # A job named by its workplace.
        "my brother's an ICU nurse so he can only do the late tasting session",
        "I'm a trauma surgeon, is there parking near the studio for early starts?",
        # A harm as the topic of a service.
        "do you run first-aid courses for nursery staff?",
        "our office wants a fire-safety talk for the new starters",
        "I'd like to book the hall for a falls-prevention class for pensioners",
        # Food or drink "burning hot"; an emergency service as a measure; stitches in a garment.
        "the hot chocolate was boiling hot, could you make the kids' ones cooler?",
        "is the side gate fire-engine width? the marquee firm needs to know",
        "the stitching on my new handbag is coming loose, can I swap it?",
        # A birth as the reason to change a booking.
        "my partner's gone into labour early, so we'll have to cancel the viewing",
        # Legs "dead" after a class of exercise.
        "my arms are dead after your bootcamp, is the sauna open late?",
        # A hospital stay that is over.
        "my uncle was in hospital for weeks but he's home now and fancies a haircut",
        "could your driver collect my gran from the hospital on Tuesday? She's being discharged after her cataract op",
        # A lawyer in a question about a service; a lawyer's document; a profession.
        "would the caterer be able to send the contract to our family solicitor before we sign?",
        "I hold lasting power of attorney for my father, can I cancel his gym membership?",
        "my sister works in litigation, do you do early morning swims?",
        "is the hire agreement something my barrister should read first, or is it the usual one?",
        # Money choked on or swallowed.
        "we're choking on the parking charges at your venue, is there a cheaper option?",
        # A hearth that draws well.
        "the fire in the snug has drawn beautifully since your lad swept the chimney",
        # A question without its mark, asked ahead of time.
        "where's the closest walk-in centre to the campsite, just asking in case",
        # An alarm chirping for a battery.
        "the carbon detector in the hallway keeps chirping, I reckon its battery's dying",
        # "I could throttle ..." with its reason after it.
        "I could throttle my husband, he's booked the wrong date again, can we move it?",
    ],
)
def test_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # A lawyer named with a grievance, or not in a question, stays a threat.
        "will you be hearing from my solicitor about the damage to my car?",
        "my solicitor will be in touch about the burns on my daughter's hands",
        # Smoke with a fire word stays.
        "there's a cigarette smouldering in the bin and smoke pouring out of it",
        # A plaster on a cut is still an injury.
        "she sliced her thumb on your display glass, it's bled through two plasters",
        # Coffee spilt on someone; a birth happening on the premises.
        "the coffee was scalding hot and your waiter spilt it on my lap",
        "a guest has gone into labour in the lobby and the baby's coming now",
        # A hospital visit now.
        "my husband collapsed at your till, they're taking him to hospital",
    ],
)
def test_still_raised(text):
    assert assess(text).level != "normal"
