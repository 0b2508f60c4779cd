"""The scope of a harm or threat word (customario.escalation.urgency_scope and the classes found with
it on urgency blind9 as development, 4 December 2026): lines of the team's own for businesses other
than the corpus's, each class with near misses that must keep their level."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text",
    [
        # A symptom denied, with its list.
        "the facial was lovely, no redness or stinging afterwards, can I book another for March?",
        "my dog had the flea treatment, no itching, no hair loss, all good, what's the next dose?",
        "I'm not itchy at all after the lash lift, just wanted to say thanks",
        "no breathing probs, no rash, the patch test was fine, can I book the full tint?",
        # A threat disowned, without a condition.
        "I'm not going to sue anyone, I just want my deposit back for the caravan",
        "we won't be taking anyone to court, we'd just like the invoice corrected",
        # Legal action aimed at the caller, on a matter of their own, or with the business ruled out.
        "my landlord is threatening to take us to court over the rent, can I pause my membership?",
        "she's suing for divorce so I need a new address on the account",
        "the tribunal is for my old employer, not you, I just need a copy of my payslip",
        # A threat made as praise.
        "I'll sue you if you ever close, this is the best bakery in town!",
        "I'll take you to court if my curls don't come out this gorgeous every time, honestly love them",
        # An alarm withdrawn with an everyday cause.
        "I can smell smoke... oh never mind, it's the neighbour's barbecue, carry on",
        "there's a burning smell, false alarm, it's just the candle in the hall",
        # A policy or a risk asked about in general.
        "what's your procedure if a client gets a burn from the wax?",
        "is there any chance of a reaction with the organic henna?",
    ],
)
def test_scope_sets_the_word_aside(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text, level",
    [
        # A denial leaves the harm next to it.
        ("no swelling yet but the rash from your wax is spreading up my leg", "urgent"),
        ("no rash, but her throat is closing up and she can't swallow", "emergency"),
        ("he's not bleeding but he's not breathing either", "emergency"),
        ("not breathing, no pulse, please send help", "emergency"),
        ("it's not just itchy, it's blistering now after the gel polish", "urgent"),
        ("I'm not dizzy, my dad is, he collapsed in the shower and won't wake up", "emergency"),
        ("she's wheezing and her tongue is swollen, no rash though", "emergency"),
        # A condition keeps a disowned threat a threat.
        ("I won't sue you if the refund comes by Friday, otherwise my solicitor takes over", "urgent"),
        ("we're not suing yet, but expect a letter from our solicitor", "urgent"),
        # The business itself sued, or a praise condition with a complaint.
        ("I'm suing you, not your installer, for the flooded kitchen", "urgent"),
        ("if the boiler isn't this good by Friday I'm calling my lawyer", "urgent"),
        # A retraction whose cause is a body part, or that names no cause.
        ("I smell burning... never mind, it's my hand, the curling tong caught it", "urgent"),
        ("there is smoke everywhere, never mind, it's coming from the kitchen", "emergency"),
        ("my chest hurts, never mind, it's just my heart racing", "emergency"),
        # A question that also reports.
        ("what's your policy on refunds? your cleaner burnt my sofa and my arm", "urgent"),
        ("is there any risk the baby swallowed the button battery? it's missing and she's choking", "emergency"),
        # An emergency asked about in general still reaches a person first.
        ("do you have a policy for customers who have a seizure in the pool?", "urgent"),
    ],
)
def test_scope_keeps_the_harm_beside_it(text, level):
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        # An injury told as the reason for a request: two of treated, at a sport, a few days back.
        "my daughter's arm is in a cast from gymnastics, can she still get her nails done?",
        "my husband sprained his ankle at squash on Thursday, can we move his massage?",
        "my husband's arm is in a sling after cricket, can he still have a shave in the chair?",
        "I tore my hamstring at training a few days ago so I'll need the downstairs treatment room",
        # A seasonal or flaking skin condition.
        "my scalp gets dry and flaky every winter, what conditioner do you suggest?",
        "my scalp is so flaky and itchy, anything for it?",
        # Ordinary survey and shop turns.
        "Er, seven I think.",
        "Not answering that one.",
        "I'm not answering any more of these questions.",
        "parkin near the depot?",
        "I'm going grey and want my roots covered",
        "it's a scorcher today, is the studio air-conditioned?",
        "which fan keeps the chip from overheating?",
    ],
)
def test_context_and_ordinary_turns_stay_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text, level",
    [
        ("my daughter broke her wrist at netball last week and it's still swollen and purple", "urgent"),
        ("I slipped on your wet floor on Saturday and my ankle's in a boot now", "urgent"),
        ("my son hit his head at rugby on Saturday and now he's confused and vomiting", "emergency"),
        # ... any word of how the injury is now keeps it a report
        ("my husband's leg is in plaster from skiing and the toes have gone cold and numb", "urgent"),
        ("my wife broke her wrist at netball last week and the cast is rubbing it raw", "urgent"),
        ("my boy hurt his arm at rugby on Sunday and it looks bent", "urgent"),
        ("he got hurt at judo the other day, he's in a sling and the pain is getting worse", "urgent"),
        ("since the bleach my scalp is flaky, itchy and weeping", "urgent"),
        ("my scalp is flaky and itchy after your peel", "urgent"),
        ("we took him to the ER last night and he's still vomiting", "urgent"),
        ("she's not answering, her lips are blue", "emergency"),
        ("my wife fell and she is not answering me", "emergency"),
        ("the plug is sparkin", "urgent"),
        ("he has gone grey and sweaty and he's holding his chest", "emergency"),
        ("he keeps crying from burning pain on his arm", "urgent"),
    ],
)
def test_near_misses_keep_their_level(text, level):
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text, level",
    [
        # A local part gone blue after a knock is a bruise.
        ("I slammed my thumb in the van door and it's gone purple", "urgent"),
        ("I banged my knee on your step and it went black and blue", "urgent"),
        ("she fell and now she's going blue", "emergency"),
        ("my toddler tripped and his lips are going blue", "emergency"),
        ("he fell and he's gone blue and not breathing", "emergency"),
        # A threat to set fire to a place by someone near with fuel or people inside.
        (
            "the man I refused to serve says he will torch the bakery tonight, he's parked across the road with a jerry can",
            "emergency",
        ),
        ("a customer said she would burn the café down with us in it and she is still outside", "emergency"),
        ("an ex-employee keeps posting that he will burn the office down", "urgent"),
        ("she torched the paperwork in the bin outside, can you resend?", "normal"),
    ],
)
def test_bruises_and_arson_threats(text, level):
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text, level",
    [
        # A verb whose object is no body.
        ("How late can I be before you cut my session short?", "normal"),
        ("they cut my hours at the depot, so I need a cheaper plan", "normal"),
        ("Someone nicked the mowers out of the shed.", "normal"),
        ("the groomer nicked the top of my dog's ear", "urgent"),
        ("she cut my left hand with the clippers", "urgent"),
        # A self-correction withdraws what came before it; what follows stands.
        ("Flood. No, sorry, I'm thinking of my sister's claim. Ours was a break-in.", "normal"),
        ("fire! no, sorry, I mean smoke, smoke everywhere in the hall", "emergency"),
        # Over, said with relief, unless something came after.
        ("we drove him to A&E after he came off the scooter, luckily he's fine", "normal"),
        ("she got hit by a car, thankfully she's fine but now she can't feel her legs", "emergency"),
        # Damage named as a kind in a claim.
        ("Smoke damage to the ceiling. The fire itself was in the flat upstairs last spring.", "normal"),
    ],
)
def test_objects_corrections_and_claims(text, level):
    assert assess(text).level == level
