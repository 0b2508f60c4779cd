"""Classes read from urgency blind20's missed lines (development from the start, 4 December 2026
19:15 UTC) and from blind15's and blind17's lines read at the wrong level, in the team's own words at
businesses in no corpus (a glass-blowing studio, a snow-clearing service, a vintage fair, a boxing
gym, a mobile vet, a climbing wall, a canal-boat hire, a bouncy-castle hire, a print shop, a pottery
café): the rules alone, without the trained model (tests/conftest.py switches it off)."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # a head injury with its red flags (blood from an ear, not knowing where one is) after a fall or a blow
        "Your snow-clearing lad slipped off the garage roof, he landed on the drive and there's blood trickling out of his ear.",
        "My son came off the bouncy castle onto the concrete and now he doesn't know where he is, he keeps asking the same thing.",
        "At the boxing gym my sparring partner took a blow to the head and he doesn't recognise me.",
        # a person shut in and heard in distress
        "I think someone's shut inside the kiln room at the glass studio, I can hear banging and screaming.",
        "The kids are locked in the van at the vintage fair and it's boiling out here.",
        "The print shop's paper store door slammed and my colleague is trapped in there, she's not answering.",
        # a structure come down on people
        "The marquee at the vintage fair has collapsed and there are people underneath it.",
        "The pottery café's shelving gave way and two customers are pinned under it.",
        # a person holding on at a height, and a person gone over the side into water
        "A boy at the climbing wall has climbed over the barrier on the top balcony and he's hanging on by his fingertips.",
        "My nephew leaned over the side of the hire boat and now he's in the canal, he's gone over the rail.",
        "Your snow plough driver is outside the guard rail on the bridge, right on the edge.",
        # a driver who will not stop with the caller aboard
        "The mobile vet's driver has locked the doors and won't let me out and he's driving like a maniac.",
        "Our minicab driver won't pull over, he's doing ninety on the bypass and I think he's going to get us killed.",
        # an animal holding on to a person
        "The farm dog at the mobile vet's visit has got hold of my husband's arm and won't let go.",
        "A lady at the vintage fair is being mauled by a loose dog, it's going for her face.",
        # a weapon turned on people
        "Two men are fighting outside the boxing gym and one has pulled a knife, he's coming at the staff.",
        "A drunk guy at the vintage fair is swinging a bottle at people by the tea tent.",
        # a person down in fumes
        "In the glass studio furnace room my colleague is on the floor and we're all dizzy, I think it's the gas.",
        "The snow blower was left running in the shed and Dad's collapsed in there, the fumes are awful.",
        # a fire said plainly, a pan caught, a whole place going up, the fire heading for a thing
        "The pottery café kitchen, it's a fire, the chip pan caught, we're all out on the street.",
        "The hay bales by the vintage fair car park, the whole row is going up and it's heading for the tents.",
        # a throat closing as it begins, whatever the caller says about being fine
        "Just booking my next glass class, and my throat is starting to close up after that wasp sting, but I'm fine really.",
        # self-harm: a jump thought about at a height, not alive to use a thing, walking into deep water
        "Can you cancel my boxing membership. I'm on the top floor of the car park and thinking about jumping.",
        "Keep the deposit for the vintage stall, I won't be alive to use it.",
        "no point anymore. walking into the river tonight. sorry about the pottery class",
    ],
)
def test_plights_are_emergencies(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # confusion that is standing, not from an injury; a fall with no red flag
        "My mum has dementia and doesn't know where she is half the time, can the mobile vet come to her house for the cat?",
        # shut in, but not in distress: locked out, stuck in traffic with children crying
        "I've locked myself out of the glass studio, can someone bring a key?",
        "Someone's locked in the toilet at the pottery café, they've been knocking for ten minutes.",
        "We're stuck in traffic on the ring road and the kids are screaming, we'll be late for the boxing class.",
        # a structure that came down with nobody under it, asked about
        "The gazebo at the vintage fair collapsed in the wind overnight, can we claim for the stock?",
        # a figure: hanging on by a thread, jumping ship, jumping in the pool
        "Honestly my snow-clearing business is hanging on by a thread this winter, can you quote for salt?",
        "I'm thinking of jumping ship to your rival gym unless you match the price.",
        "We're walking into the sea tonight for the charity midnight dip, do you sell wetsuits?",
        "At this rate I won't be alive to see my glass commission finished.",
        # a driver story told afterwards; speed alone
        "The cab driver wouldn't let me out at the station last week so I had to walk back, I want a refund.",
        # a weapon as goods, a dog that holds a toy
        "Do you sell the broken bottle glass for mosaics at the pottery café?",
        "The mobile vet said my terrier has got hold of the habit of chewing the sofa, any tips?",
        # "911" as a thing owned, a Porsche at the snow-clearing yard
        "My 911 is stuck in the snow at the end of the lane, can your plough clear the drive?",
        "Our 911's booked in for winter tyres, could you clear the garage forecourt first?",
        # beehives
        "How many hives can I keep on the allotment beside your pottery café?",
        "The varroa mites have got into three of my hives, does the mobile vet do bees?",
        # a mouth on fire from spice; muscles on fire after training
        "That jalapeño pie at the vintage fair set my mouth on fire, loved it, who made it?",
        "my legs r on fire after sparring lol, can i pause my membership for a week",
        # text-speak court is still read as such below; a court as a place here
        "can u drop the glass vase at the court house reception, its for my sister",
    ],
)
def test_near_misses_are_not_emergencies(line):
    assert assess_rules(line).level != "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "My 911 is stuck in the snow at the end of the lane, can your plough clear the drive?",
        "How many hives can I keep on the allotment beside your pottery café?",
        "The varroa mites have got into three of my hives, does the mobile vet do bees?",
        "That jalapeño pie at the vintage fair set my mouth on fire, loved it, who made it?",
        "my legs r on fire after sparring lol, can i pause my membership for a week",
        "I've locked myself out of the glass studio, can someone bring a key?",
        "Honestly my snow-clearing business is hanging on by a thread this winter, can you quote for salt?",
    ],
)
def test_everyday_senses_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # the hive as an allergy sign stays one
        "After the glass class my daughter came up in hives all over her arms.",
        # text-speak court threat
        "ur snow guy dented my car and wont pay. c u in court",
    ],
)
def test_signs_and_threats_still_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # legal threats in other forms: the court named as whom the business answers to, legal cover
        # taking over, solicitors to be brought in, a barrister relative the business will hear from
        "Carry on ignoring me about the cracked vase and you can explain it to a judge.",
        "Refund the vintage coat or my legal cover will take it over.",
        "If the plough damage isn't paid for I'll be getting my lawyers involved.",
        "I'll be taking this further with my legal expenses insurance if the boxing gloves aren't refunded.",
        "My uncle, who's a solicitor, says the bouncy castle deflating on my kids gives me grounds, so you'll be hearing from him.",
        "ur snow guy dented my car and wont pay. c u in court",
        # a sharp thing gone into the body
        "A shard from the glass-blowing bench has gone right into my palm and it's stuck.",
        "One of the bouncy castle pegs had a spike and it went through my trainer into my foot.",
        "A splinter from the vintage fair's trestle table has gone deep under my thumbnail.",
        # a cold injury
        "The dry ice at the vintage fair stall froze my fingers, they're white and haven't gone pink yet.",
        "Your snow-clearing lad has got frostnip on his ears after the night shift.",
        # pain after a mishap, also told in a learner's English
        "I am at your boxing gym yesterday, I slip on the mat, my knee now is not bending, very pain.",
        "I lifted the kiln shelf wrong at the glass studio and something's popped in my back.",
        # a skin reaction told by colour
        "After the mobile vet's flea spray my daughter's cheeks and neck have gone red and blotchy.",
        # an electrical shock when plugging in
        "The kiln at the pottery café gave me a shock when I plugged it in and the plug is warm.",
        # downgrades: bleeding through a plaster, a glue gun is a tool, a foot on a hot floor,
        # a fall with a minor outcome and the person walking
        "The print shop trimmer caught my thumb, it's bleeding through the plaster.",
        "My daughter burned her finger on the glue gun at the pottery café, it's blistering.",
        "In your sauna I burned my foot on the floor by the stove, there's a blister.",
        "My grandad fell down the snowy steps, his ankle's twisted but he can walk.",
        # a limb out of shape
        "My son came off the bouncy castle and his finger is bent at a funny angle.",
    ],
)
def test_injuries_and_threats_told_by_what_happened_are_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # documents asked for by a legal team or a lawyer before a booking
        "Our legal team needs your public liability certificate before we book the bouncy castle.",
        "My company's HR lawyer will want to look over your waiver before the boxing taster session.",
        # solicitors for one's own matter; a court as a place
        "We're getting solicitors involved in the house sale, can you clear the snow before the viewing?",
        # sharp things into things; cold as weather; pain as a nuisance
        "A nail went through the tyre of the snow plough, can you send another one?",
        "A carpet tack has gone under the rug at the pottery café, can someone pull it out?",
        "The glass shard went into the rug, do you have a hoover at the studio?",
        "My hands are frozen, could you turn the heating up in the pottery café?",
        "I fell in love with the green vase, it was a pain to choose though.",
        "The price of the sparring gloves gave me a shock when I saw the bill.",
        "The vintage mirror is hanging at an odd angle on the stall, can you fix it?",
    ],
)
def test_near_misses_stay_normal_urgent_classes(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a fall that is grave stays an emergency; a gun that is a weapon stays one
        "My nan fell down the stairs at the vintage fair and she can't get up.",
        "Grandad fell on the ice your snow team missed, his wrist is twisted at an odd angle, he's gone pale and clammy but he can walk.",
        "A man at the vintage fair has a gun and is pointing it at the stallholders.",
        "The boxing coach is on the floor and won't wake up.",
    ],
)
def test_grave_lines_stay_emergencies(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a lawyer on the caller's own matter named first, or on a suit against a third party
        "Because of the probate, my solicitor says I need a receipt for the vintage wardrobe.",
        "I'm suing my old landlord and need the glass studio's quiet room for a meeting with my lawyer.",
        # a legal threat disowned
        "It's not worth a lawsuit, I'll just leave a review about the snow-clearing.",
        "I'm hardly hiring a solicitor over a chipped mug from the pottery café.",
        # "burning to" a deed, a thing bleeding a substance, a Scots burn, food cut for someone
        "I'm burning to try the glass-blowing taster, any spaces Saturday?",
        "The vintage fountain pen is bleeding ink all over my hands, can you service it?",
        "Can we pitch the vintage fair tents down by the burn or is it too boggy?",
        "Could you cut his toast into soldiers at the pottery café? He's three.",
        # a harm as a condition in a question about who answers for it
        "If my greyhound gets injured at the mobile vet's clinic, who covers the bill?",
        # a figure of heat, tobacco smoke smelt
        "The boxing gym sauna was so hot I thought I'd melt, brilliant, book me again.",
        "The minibus to the vintage fair stank of cigarette smoke, please sort it.",
    ],
)
def test_everyday_lines_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a threat kept for later is still one; a burn that is a wound; a harm now, not as a condition
        "I'm not getting a lawyer yet, but if the plough damage isn't paid by Friday I will.",
        "Put cold water on the burn from the glass furnace, it's blistering on my arm.",
        "My greyhound got injured at the mobile vet's clinic, his leg is bleeding.",
    ],
)
def test_threats_and_wounds_still_read(line):
    assert assess_rules(line).level != "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a nosebleed that will not stop, after a clash with another person in the scene
        "My lad's nose won't stop bleeding since he clashed heads with another boxer at sparring, it's been fifteen minutes.",
        "The glass studio apprentice's nose hasn't stopped bleeding for half an hour.",
        # unable to get up because of a back strained by one's own effort
        "I've put my back out lifting the kiln at the pottery café and I'm stuck on the floor, can't get up.",
    ],
)
def test_injuries_short_of_an_emergency_are_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a back with signs beyond a strain stays an emergency
        "I've put my back out shovelling the snow and I can't get up, I can't feel my legs.",
    ],
)
def test_a_back_with_grave_signs_stays_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


def test_a_story_at_another_business_is_still_set_aside():
    line = "My friend's barber at another shop burnt her neck with the clippers, do yours get hot?"
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # probes of the team's own after the classes above: a person pinned under a thing, a floor
        # given way under people, an animal biting a person and holding on, a driver speeding who
        # won't stop, the wrong side of a railing named by its place
        "The snow-clearing blade came loose and a kid is pinned under it, screaming.",
        "The vintage fair stage gave way and three children fell through.",
        "The mobile vet's patient, a big dog, is biting my son's arm and won't let go!",
        "The minicab driver is speeding and won't stop to let me out.",
        "There's a woman on the wrong side of the canal bridge railing.",
    ],
)
def test_probes_of_the_plights_are_emergencies(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "The boxing gym's goalposts collapsed in the wind last night, can you fix them before Saturday?",
        "My puppy is biting my slippers and won't let go, does the mobile vet do training tips?",
        "The taxi driver to the vintage fair was speeding, I want to complain.",
        "My son leaned over the rail at the top of the glass studio stairs to wave at the blowers.",
    ],
)
def test_probes_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a standing sting allergy named in a question, with or without its mark
        "My son has a wasp sting allergy, is the vintage fair field near any bee hives?",
        "I'm allergic to bee stings, do your snow-clearing crews carry anything for that?",
    ],
)
def test_a_standing_sting_allergy_asked_about_stays_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a sting allergy with a sting now is read as a sting
        "I'm allergic to bee stings and I just got stung at the vintage fair, can you help?",
        # an electrical part crackling or buzzing, switched off or not
        "The charging point for the glass studio's van was crackling and smelt hot, we've switched it off, no smoke.",
        "The kiln's extension lead is buzzing and warm to touch.",
    ],
)
def test_stings_now_and_electrical_parts_are_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a weight that buried a person; a thing cancelled as not needed after tonight
        "The snow slid off the glass studio roof and buried my neighbour, we can't see her.",
        "Please cancel my pottery class pass, I won't be needing it after tonight.",
    ],
)
def test_buried_and_not_needed_after_tonight_are_emergencies(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "Please cancel my boxing membership, I won't be needing it after tonight, I'm moving to Spain tomorrow.",
        "The storm buried my car in snow, can your team dig it out?",
    ],
)
def test_buried_things_and_ordinary_absences_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_praise_of_a_new_thing_then_booked_is_not_a_fire():
    line = "The new taster menu at the pottery café is on fire, can we book for Friday?"
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "The new kiln at the glass studio is on fire, smoke everywhere, can I get help?",
        "The new snow blower you sold me is on fire, can I get a refund?",
    ],
)
def test_a_new_thing_on_fire_with_no_booking_is_a_fire(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # near misses of the plight classes in ordinary requests
        "My nan can't remember where she put her ticket for the vintage fair, can you resend it?",
        "The bouncer at the boxing gym doesn't know who I am, can you put me on the list?",
        "The roof of the bouncy castle came down in the wind but we were all outside.",
        "Our guide dog has got hold of the lead and won't let go, ha.",
        "The glass studio's old chimney collapsed onto the car park last winter, is it fixed now?",
        "My kid climbed over the barrier at the ice rink to get his glove, the staff told him off.",
        "I'm thinking about jumping to the premium membership at your boxing gym.",
        "Do you still have the machete display at the vintage fair? My husband collects them.",
        "I'm trapped in a contract with another snow firm, can you buy me out?",
        "The weight of the glass sculpture crushed my box, can I get a new one?",
        "We're all out on the street waiting for the vintage fair to open, can you hurry?",
        "There's a fire in the wood burner at the pottery café, is it cosy enough for a date?",
    ],
)
def test_plight_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a limb held by a running machine (WordNet machine or device)
        "My arm's been dragged into the snow blower and it's still running!",
        "My son's hand got caught in the shredder at the print shop and it won't switch off.",
    ],
)
def test_a_limb_held_by_a_running_machine_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a limb pulled into a machine and freed, otherwise fine; a part caught with a sign of hurt
        "My sleeve and arm got pulled into the pottery wheel's belt, my wrist is sore, otherwise fine.",
        "My hand got caught in the vintage fair van's door, it's still throbbing.",
        "My fingers got trapped in the kiln door and they've gone purple.",
    ],
)
def test_limbs_caught_and_freed_are_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


def test_a_foot_caught_with_no_harm_stays_normal():
    line = "My foot got caught in the rug at the vintage fair, no harm done."
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # someone who went into the water and has not come back out, told in the past with a present perfect
        "My husband walked into the sea by the vintage fair an hour ago and hasn't come back.",
        # hopelessness with a high place one is going to at a time
        "I've had enough, I'm going to the viaduct tonight, cancel my glass-blowing classes.",
    ],
)
def test_water_and_a_high_place_at_a_time_are_emergencies(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "We're going to the bridge tonight for the vintage fair lantern walk, is it still on?",
        "My son went into the sea for a swim and came back freezing, does the snow team sell towels?",
    ],
)
def test_outings_to_water_and_bridges_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_a_fitting_named_by_the_thing_fitted_is_a_job():
    # an ordinary survey answer raised to an emergency before: "Contact lens fitting."
    assert assess_rules("Boxing glove fitting.").level == "normal"
    assert assess_rules("Can I book a wetsuit fitting at the boxing gym shop?").level == "normal"


@pytest.mark.parametrize(
    "line",
    ["My son is fitting on the floor of the pottery café!", "She started fitting in the glass studio."],
)
def test_a_person_fitting_stays_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)
