"""Classes read by urg15 on 4 December 2026 (issue 11): a person struck by a thing or an animal is an
injury, not an assault (customario.escalation.urgency_struck); vital signs not found or barely got
(urgency_vitals); power lines and live wires with people at them (urgency_power_lines). Every line
is the team's own, on businesses that are in no corpus (a golf driving range, a riding school, a
roofer, a sailing school, a scaffolding firm, an allotment society, a sign-writer), with near misses
that must stay where they are."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "text",
    [
        # A thing or an animal struck a person, nothing grave said: an injury, not an assault.
        "a ball from the next bay at your driving range flew over and hit my husband on the arm",
        "a slate slid off your roof and struck my neighbour's boy on the shoulder",
        "the pony at your riding school kicked my daughter in the thigh, it's swollen",
        "the ram in the allotment paddock headbutted my dad and knocked him over, he's hurt his hip",
        "a loose bit of scaffold board blew off and hit my wife, she's shaken up",
        "the yard gate swung shut and smacked my son on the back, he's crying",
    ],
)
def test_thing_struck_is_urgent(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A person struck someone: still violence now.
        "the instructor at your sailing school just hit my son",
        "a man at the driving range has just punched my husband",
        "he threw a bottle and hit my wife, she's bleeding",
        # A thing struck someone, and a grave sign besides.
        "a slate fell off the roof and hit my son on the head and he's unconscious",
        "the pony kicked my daughter in the chest and she can't breathe",
    ],
)
def test_struck_stays_emergency(text):
    assert assess_rules(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # Breathing or a pulse not found.
        "the roofer fell off the ladder, he's lying on the patio and I can't feel him breathing",
        "I can't hear my grandad breathing, he's slumped in the armchair",
        "we can't find a pulse on the sign-writer",
        # A person barely responding.
        "my dad came over funny at the allotment and he's barely answering me",
        "the boy from the sailing school is only just conscious",
        # Cold and stopped shivering.
        "we pulled the dinghy sailor out of the reservoir, he was shivering but now he's stopped shivering and is very slow",
        # A person in contact with a power line.
        "the scaffolder's pole hit the overhead cable and he's still gripping it, he can't let go",
        "our sign-writer's ladder touched the power line and now he's on the ground with burns on his hands",
        # A vehicle gone over a person.
        "the groundsman's ride-on mower rolled over my nephew at the driving range",
        "the sailing school's trailer ran back over one of the instructors, he's under it",
        # A live line down where people pass.
        "the gale has pulled the power line down onto the lane, it's fizzing and kids are cycling past",
    ],
)
def test_vitals_and_power_lines_are_emergencies(text):
    assert assess_rules(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "your roofer pulled the outside light off and left the wires dangling, I think they're still live",
        "the power line is down in the field behind the allotments",
    ],
)
def test_live_wires_are_urgent(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "she's barely answering my emails about the sailing course, can you chase her?",
        "I can't hear you very well, the line is bad",
        "it's freezing on the driving range in the morning, do you have heaters in the bays?",
        "the wires for the new sign are hanging down behind the shop, can your man tidy them?",
        "a ball hit the clubhouse window at your driving range, who pays for the glass?",
        "the power line company is doing work on our road next week, will you still deliver?",
        "the new parking charge at your sailing school really hit me in the pocket",
        "then it hit me that I'd booked the wrong roofer, can I cancel?",
        "my puppy knocked the printer off the desk and now it won't print",
    ],
)
def test_near_misses_stay_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # A limb that will not lift after a blow to it: an injury, not a stroke.
        "the up-and-over door of your roofer's van came down on my shoulder, it's all bruised and I can't lift my arm",
        "a scaffold pole landed on my husband's shoulder and he can't raise his arm now",
        # A small wound bleeding through a covering.
        "the sign-writer nicked his thumb on the blade, he's fine but it's bleeding through the tea towel",
        "my daughter has a little cut on her knee from the dinghy and it's bleeding through the bandage",
        # A thing named as the matter of a claim: no collapse now.
        "consider this formal notice of a negligence claim over the collapsed gazebo at your allotment open day",
    ],
)
def test_local_injuries_are_capped_at_urgent(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A limb that will not lift with a stroke sign, or with nothing struck.
        "a shutter came down on my shoulder and now I can't lift my arm and my face feels numb",
        "my mum suddenly can't lift her arm at the allotment",
        # A covering soaked from a wound that is not small, or heavy bleeding.
        "the roofer slipped and gashed his thigh, it's bleeding through the towel and he's gone pale",
        "a small cut on his wrist but it's pouring, bleeding through two towels",
        # A person collapsed.
        "the collapsed man by the clubhouse isn't moving",
        # A vehicle gone over a person.
        "the delivery driver reversed over my neighbour outside the sign-writer's",
    ],
)
def test_grave_lines_stay_emergencies(text):
    assert assess_rules(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "the car park attendant ran over to my husband to help with the bags, lovely service",
        "the manager went over him to head office about the refund",
        "the car ran over my son's scooter in your car park, who pays?",
    ],
)
def test_run_over_near_misses_stay_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # Legal action through a lawyer in the family who acts, and in slang.
        "my cousin's a barrister and she reckons we've got a watertight case over the rowing lessons",
        "my brother-in-law works at a solicitors' practice and he's taking this on, you'll hear from him next week",
        "my wife's sister is a lawyer and she says we should sue, so consider this notice",
        "I'll drag you through the small claims court over the roof repair",
        "if the fence isn't moved by Friday I'm getting an injunction",
        "I'll be filing in the small claims court if my deposit for the sailing course isn't back",
    ],
)
def test_legal_threats_are_urgent(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Legal words that threaten nothing.
        "my solicitor looked over it and says your booking terms are fair, so please go ahead and cancel my place",
        "Usher at the crown court here, we'd like a quote for a sign for the car park",
        "I'm not threatening legal action or anything, I'd just like the roofer to come back and finish",
        "my sister's a barrister, could she bring her gown to the photo shoot?",
        "my neighbour got an injunction against her ex, can I still book two places on the sailing course?",
        # A gas smell denied; a smell of a thing named after gas.
        "is it normal that my pilot light keeps going out? No gas smell, just annoying",
        "the van stinks of gas station coffee, can you valet it?",
        # A beehive named in a question with a standing allergy.
        "I'm allergic to wasp stings, do you keep hives by the allotment gate?",
        # A head knock word without a red flag of a head injury.
        "I came off my bike last week, bit confused about which form to fill in for the insurance",
        # A dangerous animal named with nobody in danger.
        "can the kids watch the tigers being fed at the enclosure?",
        "the bull on the sign outside the sailing club has fallen off, can you fix it?",
    ],
)
def test_more_near_misses_stay_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # Gas smelt, said another way.
        "the whole sailing club kitchen reeks of gas and there's a hissing by the hob",
        "gas smel rly strong in the stairwell of the flats",
        "the caravan stinks of gas, the kids are asleep inside",
        # In the water.
        "the dinghy flipped over by the harbour wall and I can't see my nephew",
        "my dad took the canoe out at three, it's getting dark and stormy, he's not answering and he can't swim",
        "a fella slipped off the pontoon and went under, he hasn't come back up",
        # A child shut in a hot vehicle.
        "my toddler's locked in the campervan in this heat and the keys are inside",
        # A head knock with a red flag.
        "my son came off his bike on the downhill, his helmet is cracked and he's drowsy and being sick",
        # Someone swinging a thing at people.
        "a man outside the roofer's yard is swinging a spade at people",
        # A dangerous animal out with people near, or a person in with one.
        "the bull's got loose from the show ring and it's by the picnic area, there are families everywhere",
        "a boy has climbed into the tiger enclosure",
        # A bite the caller calls venomous.
        "my husband was bitten by one of the spiders in your allotment shed, the warden says it's a venomous one",
    ],
)
def test_blind22_classes_are_emergencies(text):
    assert assess_rules(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # A thing strangling a thing.
        "the bindweed is strangling our whole allotment plot, can you clear it?",
        "weeds are choking the sailing club pond, how much to dredge it?",
        # A hyperbole of preference.
        "I'd jump off the roof before I'd let my husband pick the paint, so please send your colour chart",
        # A success "on fire" with a place between.
        "I've been on fire at the driving range this month, do you do a members' bundle?",
        # "<word> emergency:" opening a sentence.
        "Sign emergency: the printer spelt our name wrong and the opening is Saturday, can you help?",
        # An eviction.
        "the landlord is kicking us out on the 30th, can your van move us on the Saturday?",
        # Food that is raw.
        "the chicken in the allotment barbecue box was raw in the middle, I want a refund",
        # Limbs "dead" after exercise.
        "my legs are dead after the sailing course, in a good way, when's the next level?",
        # An old injury as the reason for a request to the business's people.
        "I have an old knee injury, could your roofer bring the ladder round the back so I don't have to move the pots?",
    ],
)
def test_light_senses_stay_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        "the rope swing cord is strangling my son",
        "there's a yellow haze coming out of the boat shed and two of the instructors are choking on it",
        "he's kicking my son and won't stop",
        "Medical emergency: my dad has collapsed at the allotment",
        "my skin is raw and blistered where your roofer spilt the solvent",
    ],
)
def test_light_senses_near_misses_stay_escalated(text):
    assert assess_rules(text).level != "normal"


@pytest.mark.parametrize(
    "text",
    [
        # Self-harm: the medicine cabinet taken all at once, a doubt of being alive, one's own funeral
        # with "doing it" at a near time and a plan.
        "can you hold my place on the sailing course? not sure I'll still be around by then, I've written my notes "
        "and I'm going to take everything in the bathroom cabinet tonight",
        "I need a sign-writer for a board at my own funeral. I'm doing it on Saturday, I've got it all planned.",
    ],
)
def test_self_harm_cues_are_emergencies(text):
    assert assess_rules(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # An electrical fault crackling at a switch or a socket.
        "the sockets in the allotment shed crackle every time I push the plug in, and the trip switch keeps going",
        "there's a fizzing noise from the fuse box since your roofer drilled through the loft",
        # An animal's scratch or bite on a person with a body part named.
        "the club's parrot bit my son on the finger, it's bleeding a bit",
        # Neck or back pain after a collision.
        "your delivery van shunted my car at the lights and my neck's been stiff since, worse this morning",
    ],
)
def test_more_urgent_classes(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "the radio crackles when I switch it on, can I return it?",
        "the cat scratched the sofa at the allotment hut, do you sell covers?",
        "do you deliver to the sailing club? I sprained my ankle last month, it's in a boot and I can't drive yet",
        "I'm pre-planning my own funeral with your directors, can we meet on Tuesday?",
        "I'm not sure I'll still be here by then, we might be moving to Leeds, can I get a refund on the course?",
    ],
)
def test_more_near_misses_of_new_classes(text):
    assert assess(text).level == "normal"


def test_an_injury_the_business_caused_stays_urgent_when_healing():
    assert assess_rules("I broke my wrist on your slipway and it's in a cast, who pays for my taxis?").level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A past event told between spaced dashes, the person fine now.
        "our terrier nipped a walker two years ago - she was fine afterwards - can he still come on the allotment open day?",
        # Smoke made on purpose.
        "the hazer at your sailing club disco made it look so smoky, can we have it again?",
        "the smoker at the allotment barbecue was smoking nicely, can I order the pulled pork again?",
        # A relative in hospital as the reason for a change of plan.
        "my nan's in hospital so can I move my roof survey to next week?",
    ],
)
def test_reasons_and_smoke_on_purpose_stay_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        "the smoker is smoking and the flames have caught the allotment shed",
        "my husband is in hospital after your roofer dropped a slate on him, I need to cancel the rest of the job",
    ],
)
def test_smoke_and_hospital_near_misses_stay_escalated(text):
    assert assess_rules(text).level != "normal"


@pytest.mark.parametrize(
    "text",
    [
        # A thing in the eye with a symptom.
        "the strimmer flicked a stone chip into my son's eye at the allotment, it's red and he can't open it",
        "sawdust blew into my eye from your sign-writer's sander and it's still stinging",
        # A body reacting now to something met.
        "the new varnish on your boat shed has made my eyes stream and I've come up in a rash on my arms",
        "my daughter's broken out in hives since the face paint at your open day, her breathing is fine now",
    ],
)
def test_exposures_are_urgent(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "do you sell latex-free gloves? I react to latex, it brings me out in hives",
        "does the chlorine at the sailing club pool get in your eyes much? mine water a lot",
        "the roofer got the gutter guard into the right place, it's all fine",
    ],
)
def test_exposure_near_misses_stay_normal(text):
    assert assess(text).level == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # A bleed told as over.
        "my daughter's nose bled for ages after the boom caught her at your sailing school, it's just sore now",
        # A knock to the head, the person awake and talking, dizzy at most.
        "my dad banged his head on your allotment shed door, he's awake and talking, a bit dizzy",
    ],
)
def test_over_bleeds_and_talking_head_knocks_are_urgent(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my son's nose has been bleeding for an hour since the boom hit him",
        "my dad banged his head on the shed door, he's awake and talking but he's been sick twice",
        "my wife hit her head on the slipway, she's talking but confused about where she is",
    ],
)
def test_grave_bleeds_and_head_knocks_stay_emergencies(text):
    assert assess_rules(text).level == "emergency"


def test_a_child_eating_pet_food_is_no_poisoning():
    # food named by what it is for, one of several: a reaction to see to, not a poisoning
    line = "my toddler bit into one of the rabbit food nuggets at your allotment open day and her lips came up in a red rash"
    assert assess_rules(line).level == "urgent"
    assert assess_rules("my toddler swallowed one of the slug pellets by your allotment shed").level == "emergency"
