"""Urgency classes read from blind5's misses (issue 11, development since 3 December 11:20):
self-harm cues by kind, fire cues by combination, smoke moving through a building, carbon monoxide,
airway signs, assault now, injuries by a cause, and the frames that are not harm now (a profession,
a third party's lawsuit, a colour that runs, an event one has been fine since). Every line is the
team's own phrasing, none copied from a corpus; each class has lines that must stay normal."""

import pytest

from customario.escalation import urgency_hazards, urgency_selfharm, wordnet
from customario.escalation.urgency import assess

needs_wordnet = pytest.mark.skipif(
    not (wordnet.DEFAULT_ROOT / "data.noun").exists(), reason="Debian wordnet-base is not installed"
)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a strong cue (means, hopelessness, a farewell with a time limit) with a second cue
        ("please cancel thursday, I won't be here for it. the pills are counted out on the table", "emergency"),
        ("I can't do this any more, keep the deposit, I won't be around to use it", "emergency"),
        ("thank you for everything over the years, you won't have to deal with me after tonight", "emergency"),
        ("I've bought the rope. you won't hear from me again", "emergency"),
        # three weak cues of different kinds: affairs in order, letters, a decision
        ("my sister's taking the cat, I've written my letters and I've made my mind up", "emergency"),
        # at a height on the far side of the barrier
        ("I'm standing on the other side of the barrier at the top of the car park", "emergency"),
        # an absence with an ordinary reason, or one weak cue, stays normal
        ("I won't be around for my cut next month, I'm moving to Glasgow, thanks for everything", "normal"),
        ("I've given my old monitor to my nephew, so I need a new one, what have you got?", "normal"),
        ("I've made my mind up, I'll go for the balayage after all", "normal"),
        ("I won't be here after today, I'm on holiday till the 20th, can you move my booking?", "normal"),
    ],
)
def test_self_harm_is_read_from_cues_of_different_kinds(text, level):
    assert assess(text).level == level, assess(text)


def test_self_harm_reader_names_the_reason():
    found = urgency_selfharm.read("you won't have to put up with me after tonight, i've decided")
    assert found == ("emergency", "self-harm: a strong cue with a second cue")
    assert urgency_selfharm.read("i've decided to go with the red") is None


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # two fire cues together: a thing gone up, spreading to a thing, can't put it out, set going
        ("the toaster's gone up and it's caught the blinds", "emergency"),
        ("the frying pan went up and I can't get it out, the flames are huge", "emergency"),
        ("my e-scooter set the rug going and it's still burning", "emergency"),
        ("there's smoke, it's thick and black and coming off the charger", "emergency"),
        # smoke moving through a building part (a verb.motion verb), a room gone hazy, filling
        ("smoke is drifting in under the bedroom door", "emergency"),
        ("the hallway has gone hazy and there's a burning smell from the meter cupboard", "emergency"),
        ("the flat's filling up with smoke from downstairs", "emergency"),
        # one cue, or "gone up" of a price or a person, is not a fire
        ("the price of the 4090 has gone up again, is there a discount?", "normal"),
        ("the rent's gone up so I need to cut back on appointments", "normal"),
        ("the kids have gone up to bed, so I can talk now about my order", "normal"),
        ("the new shelf went up fine, thanks for the brackets", "normal"),
    ],
)
def test_fire_is_read_from_cues_together(text, level):
    assert assess(text).level == level, assess(text)


@needs_wordnet
def test_gone_up_counts_only_for_a_thing():
    assert urgency_hazards._fire_cues("the curtain's gone up and it's into the sofa") == {
        "a thing gone up",
        "spreading to a thing",
    }
    assert urgency_hazards._fire_cues("the price has gone up and it's into the hundreds") == set()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # carbon monoxide: signs in several people, or next to a fuel appliance
        ("we've all got splitting headaches and feel sick, and the gas fire's been on all day", "emergency"),
        ("both of us are dizzy and drowsy and the boiler's making a funny noise", "emergency"),
        ("everyone at home is dizzy and my husband just passed out", "emergency"),
        # one sign, or no appliance and no group, stays normal
        ("the boiler's broken and we're all freezing, can the engineer come today?", "normal"),
        ("I've got a headache from the music in the salon, can I book somewhere quieter?", "normal"),
    ],
)
def test_carbon_monoxide_is_read_from_signs_in_several_people(text, level):
    assert assess(text).level == level, assess(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # electrical faults short of fire: a battery swollen with words between, a trip with a bang
        ("the old battery at the back of my drawer has gone all puffy", "urgent"),
        ("there was a pop from the charger and the breaker went, now the socket has black marks", "urgent"),
        ("there's brown scorch marks round the plug of my heater", "urgent"),
        ("the extension lead went bang and tripped the fuse, nothing's on fire", "urgent"),
        # a negated fire is not a fire; a power bank for sale is not a hazard
        ("the charger melted a bit but nothing caught, it's unplugged", "urgent"),
        ("do you sell power banks that don't get puffy over time?", "normal"),
    ],
)
def test_electrical_faults_are_urgent(text, level):
    assert assess(text).level == level, assess(text)


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # airway after an exposure; a sound with each breath; too breathless to speak; reliever failing
        ("after the patch test her tongue feels too big and it's hard to swallow", "emergency"),
        ("since the colour went on my voice has gone croaky and it hurts to swallow", "emergency"),
        ("he makes a squeaky noise every time he breathes since the sting", "emergency"),
        ("my puffer isn't helping at all and I can't finish a sentence", "emergency"),
        # a hoarse voice from a cold, swallowing pills, a noise from a fan stay normal
        ("my voice has gone croaky from the cold, can someone else take the survey?", "normal"),
        ("the fan makes a whistle sound when it spins up, is that normal?", "normal"),
    ],
)
def test_airway_signs_are_read_with_an_exposure(text, level):
    assert assess(text).level == level, assess(text)


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # harm to a person now, the object a person in WordNet
        ("a bloke in the queue has just punched the cashier", "emergency"),
        ("he's grabbing her by the throat in your car park", "emergency"),
        ("shes smashing up the living room and screaming at the kids", "emergency"),
        ("my dad has just slipped off his stool and he isn't moving", "emergency"),
        # a thing hit, a past fight, moving furniture, a game stay normal ("I just hit the power button
        # and nothing happened" is one of the model's known false alarms, tests/test_urgency_model.py)
        ("he isn't moving the appointment, he's keeping it", "normal"),
        ("my nephew is smashing it at his new job, book him in for a cut", "normal"),
    ],
)
def test_assault_and_a_person_down_now(text, level):
    assert assess(text).level == level, assess(text)


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # injuries by a cause: a part caught, an animal bite, a burn through clothing
        ("I caught my thumb in the case hinge and it's bleeding under the nail", "urgent"),
        ("my daughter was bitten by a neighbour's cat on the hand", "urgent"),
        ("the curling tongs fell on my leg and burned through my tights", "urgent"),
        ("got relaxer on her neck and now it's gone raw", "urgent"),
        ("scalded my hand on the kettle, there's a white patch and it's stinging", "urgent"),
        # a knife as the tool of one's own accident, a nosebleed that goes on: urgent, not 999
        ("sliced my thumb with the kitchen knife, it's deep-ish", "urgent"),
        ("my nose won't stop bleeding since I walked into the shelf", "urgent"),
        # figures: bitten by a bug, burning a candle, a colour that runs
        ("I've been bitten by the gaming bug, what's a good first GPU?", "normal"),
        ("I'm burning the midnight oil on this build, can you call after nine?", "normal"),
        ("the red dye keeps bleeding into my white towels, is there a fix?", "normal"),
    ],
)
def test_injuries_by_a_cause_and_their_figures(text, level):
    assert assess(text).level == level, assess(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # legal threats through a firm, a claim threatened
        ("a personal injury firm has agreed to take it on after what your dye did", "urgent"),
        ("I'm lodging a formal claim against you first thing tomorrow", "urgent"),
        ("my brother's a barrister and he'll be writing to you", "urgent"),
        # a profession mentioned, a third party sued, a claim with an insurer stay normal
        ("my aunt's a solicitor and she recommended your salon, have you got Saturday free?", "normal"),
        ("I'm suing my former landlord so money's tight, any cheaper SSDs?", "normal"),
        ("we're taking our builder to small claims, can we push the survey to next week?", "normal"),
        ("I'm filing a claim with my insurance for the stolen laptop, can you send a receipt?", "normal"),
    ],
)
def test_legal_threats_aimed_at_the_business_only(text, level):
    assert assess(text).level == level, assess(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # over, hypothetical, generic, routine, time pressure
        ("I had a stroke in 2019 and I've been well ever since, just booking a wash and set", "normal"),
        ("is it true relaxer can burn the scalp? mine is quite sensitive", "normal"),
        ("My mum once told a waiter 'I'll see you in court' and we still laugh about it", "normal"),
        ("I work at the hospital so evenings are better for the callback", "normal"),
        ("can this blender go in the dishwasher? my son's allergic to nuts", "normal"),
        (
            "after twenty years as a paramedic I've dealt with all sorts of emergencies, your checkout is worse",
            "normal",
        ),
        ("URGENT please, I need the invoice re-sent for my accountant by Friday", "normal"),
        ("do you do an emergency call-out repair for business PCs?", "normal"),
        # a plea or the bare word alone still reaches a person first
        ("it's an emergency, please help", "urgent"),
        # fine since, but something new now: not over
        ("I had a heart attack in 2020, been fine since, but now my chest is crushing", "emergency"),
    ],
)
def test_frames_that_are_not_harm_now(text, level):
    assert assess(text).level == level, assess(text)


# The team's own probe after blind5 (3 December): 80 lines written the way a blind corpus is (no
# keyword-first emergencies, understatement, run-on lines, reported speech, figures and admin uses),
# read before any rule for them existed: 67/80 at first, the misses then read by class (cardiac signs
# together, a limb that will not lift, a stranger at the door with someone alone, a person gone missing
# with a note, a strong cue at a height, lemmatised means, a body part broken, a lawyer on the caller's
# own matter, recovered).
OWN_PROBE = [
    (
        "hiya just checking my order but also my husband's gone a horrible grey colour and he's sweating buckets holding his arm",
        "emergency",
    ),
    (
        "She went to stand up from the basin and just folded, now she's making snoring noises and I can't get her to answer",
        "emergency",
    ),
    (
        "my little one has put one of those coin batteries from the remote in his mouth and I think he's swallowed it",
        "emergency",
    ),
    (
        "we had the treatment done an hour ago and now my wife's lips have blown up and she says her throat feels like it's closing",
        "emergency",
    ),
    (
        "it's probably nothing but my dad's speech has gone all slurry and his left arm won't lift, he wants to wait and see",
        "emergency",
    ),
    ("there's a strange man trying our back door handle and I'm here alone with the baby", "emergency"),
    (
        "my flatmate left a note saying sorry for everything and her bed hasn't been slept in, her phone's off",
        "emergency",
    ),
    ("the fan heater in the back room caught and the flames are up the wall now", "emergency"),
    ("im on the roof of the multi storey, i dont think i want to come down this time", "emergency"),
    ("I've been stockpiling my sleeping tablets for weeks and tonight I'm taking the lot", "emergency"),
    (
        "my boy came off his bike outside your shop and hit his head, he's being sick and keeps falling asleep",
        "emergency",
    ),
    ("hello? my gran has fallen in the bath and she can't get up, she's gone very cold and confused", "emergency"),
    ("he's been fitting for about five minutes now and his lips are going blue", "emergency"),
    (
        "the graphics card caught fire while I was at the shops, the room's black with smoke and the dog's still in there",
        "emergency",
    ),
    ("I cut my leg on the broken glass of the display cabinet and the blood is spurting out in pulses", "emergency"),
    ("my partner has locked himself in the bathroom with a razor and he's not answering me", "emergency"),
    (
        "Sorry to bother you, my mum's not right at all, she doesn't know who I am and her face looks droopy on one side",
        "emergency",
    ),
    ("a customer just collapsed at the till and she's not breathing properly, just gasping now and then", "emergency"),
    ("my daughter drank some of the peroxide developer thinking it was juice, she's sleepy now", "emergency"),
    (
        "the wasp got him on the neck and now he's wheezy and covered in blotches, his eyes are swelling shut",
        "emergency",
    ),
    ("there are flames coming out the back of the PC and it's spreading to the desk", "emergency"),
    ("the extension under the desk is on fire and I can't get near it", "emergency"),
    ("my ex is outside the salon with a bat saying he's going to do her in", "emergency"),
    ("i cant feel my arm and my chest feels like someone is sitting on it, im sweating loads", "emergency"),
    (
        "just so you know I won't need the new keyboard. I've left everything to my brother. goodbye and thanks",
        "emergency",
    ),
    (
        "the bloke at the next chair has gone purple and is clutching his throat, I think he's choking on a sweet",
        "emergency",
    ),
    (
        "My son's got a temperature, a stiff neck and a purple rash that doesn't go when I press a glass on it",
        "emergency",
    ),
    ("there's a funny smell of gas in the salon and one of the girls has fainted", "emergency"),
    ("fire in the stockroom, everyone's getting out, the sprinklers haven't gone off", "emergency"),
    (
        "I think my baby's having a reaction to the formula, she's all floppy and her breathing is really fast",
        "emergency",
    ),
    ("the developer dripped down my forehead and now there's a weepy red patch that stings", "urgent"),
    ("i think i sprained my wrist on your wet floor, it's swelled up like a balloon", "urgent"),
    ("the new charger got so hot it melted the plastic of the plug, I've unplugged it", "urgent"),
    ("you'll be hearing from my solicitor about the state of my hair", "urgent"),
    ("my scalp's been weeping since Saturday's bleach and it's crusty", "urgent"),
    (
        "my motherboard started sparking when I turned it on, the smell is awful, I've switched it off at the wall",
        "urgent",
    ),
    ("I've had a rash round my hairline since the colour, itchy as anything, breathing's fine", "urgent"),
    ("fell down your shop step and I think my ankle's broken, it's gone a funny shape", "urgent"),
    ("the PSU gave me a belt when I touched the case and my fingers are still tingly", "urgent"),
    ("I'll be taking this to the ombudsman and my MP, and then my lawyer", "urgent"),
    ("the stylist caught my ear with the scissors and it won't stop dripping", "urgent"),
    ("My phone battery has swelled so much the screen has popped off", "urgent"),
    ("Expect a call from my legal team on Monday regarding my injury", "urgent"),
    ("there's water coming through the ceiling onto the socket strip", "urgent"),
    ("the hot tongs slipped and I've got a big blister on my neck", "urgent"),
    ("i got a nasty electric shock off the lamp you sold me and my hand's numb", "urgent"),
    ("the dye has left her forehead blistered and raw", "urgent"),
    ("I'm going to the small claims court over this, the form's filled in", "urgent"),
    ("my eyes are streaming and stinging since you used that spray", "urgent"),
    ("our laptop's battery is bulging and the trackpad's lifting", "urgent"),
    ("this new game is a killer, I'm dying to get the bundle before it sells out", "normal"),
    ("Sue's asking if she can move her 2pm to 3", "normal"),
    ("my solicitor says I need the receipts for my divorce, can you email them?", "normal"),
    ("my nan had a stroke a few years back but she's doing great, she wants a perm", "normal"),
    ("can hair dye cause an allergic reaction? I've never had one", "normal"),
    ("my monitor has a dead pixel, can I return it?", "normal"),
    ("that fade is fire, can you do the same for my son?", "normal"),
    ("the colour's a bit too bright, it's not a disaster but I'd like it toned down", "normal"),
    ("is your emergency number for after hours the same as the main line?", "normal"),
    ("I'm a firefighter so I work shifts, can I book a Tuesday?", "normal"),
    ("my brother is suing his landlord and needs a printer, what do you recommend?", "normal"),
    ("I burnt the dinner while I was on hold for forty minutes, thanks a lot", "normal"),
    ("that price is daylight robbery, it's killing my budget", "normal"),
    ("the GPU runs really hot under load, is 85 degrees okay?", "normal"),
    ("i nearly had a heart attack when i saw the bill lol", "normal"),
    ("we had a small fire at home last year, all sorted now, so I need a new router", "normal"),
    ("My dog's allergic to chicken, do you know a pet groomer?", "normal"),
    ("my PC keeps crashing and I'm about to throw it out the window haha", "normal"),
    ("the battery on my laptop dies after an hour, can you replace it?", "normal"),
    ("I was in A&E with my daughter last month for a sprained wrist, that's why I missed my appointment", "normal"),
    ("the smoke machine for my son's party, does it come with fluid?", "normal"),
    ("I'm not going to sue anyone, I just want a refund", "normal"),
    ("could the bleach make my scalp itchy if I have sensitive skin? asking before I book", "normal"),
    ("I've got a lawyer's appointment at 2 so can we do 4?", "normal"),
    ("the new stylist absolutely murdered my fringe, I want it fixed for free", "normal"),
    ("my heart sank when I saw the box was damaged, but the card works fine", "normal"),
    ("I feel safe with my new surge protector, thanks for the advice", "normal"),
    ("I had a heart attack in March, fully recovered, can I still use the sauna add-on?", "normal"),
    ("Urgent: please update my delivery address to my work", "normal"),
    ("my kids are killing each other over the new console, can I order a second controller?", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), OWN_PROBE)
def test_own_probe_lines(text, level):
    assert assess(text).level == level, assess(text)


# Two more probes of the team's own, each read before its rules: probe 2 (60 lines) 48/60 at first,
# probe 3 (40 lines) 33/40 — about the first-contact rate of a blind corpus. Classes read from them:
# a child 'been at' the tablets, not living to a date, a birth under way, a blow to the head with
# confusion, eruptions over a body part, skin taken off, a splash in an eye, an overdose told as a
# count, a jump threat at a station, something fallen onto a body part; figures of a feeling
# ('dizzy with excitement', WordNet noun.feeling), a choke in a contest (noun.event), a light that
# bleeds, praise ('smoking hot, best rig'). probe 2's tea-towel line stays over-escalated (see README).
MORE_PROBES = [
    (
        "ok so weird question but my wife has gone really quiet after the perm solution and now she's slurring and can't hold her cup",
        "emergency",
    ),
    ("can u send help my bf is on the bathroom floor and hes gone a bit blue round the mouth", "emergency"),
    (
        "Calling about the survey - sorry - my father has just dropped to the floor in the kitchen and he's not answering me",
        "emergency",
    ),
    (
        "aye the wee one's got into the cupboard and she's been at the dishwasher tablets, she's coughing and drooling",
        "emergency",
    ),
    ("there's sparks and flames coming from the socket behind the sofa and the whole wall is black", "emergency"),
    ("my mate's been stabbed outside your shop, there's blood all over the pavement", "emergency"),
    (
        "I'm ringing from the car, there's a bloke following me since I left your store and now he's blocking me in, I'm scared",
        "emergency",
    ),
    ("the kitchen's full of smoke and I can hear crackling in the ceiling", "emergency"),
    (
        "Hi, I'm meant to be in at 10 but my chest's been crushing for half an hour and my jaw aches, I'm probably fine",
        "emergency",
    ),
    ("My husband took a load of his heart pills on purpose and he's getting drowsy", "emergency"),
    ("she's been stung in the mouth by a bee drinking her pop and her tongue's getting fat", "emergency"),
    ("the lady in the chair next to me has keeled over and she's jerking all over", "emergency"),
    ("my neighbour's house is on fire and there's an old man still inside", "emergency"),
    (
        "I'm writing to say thank you, you were always lovely. I won't see the new year. I've got it all planned",
        "emergency",
    ),
    ("i dont want to live anymore and ive got the knife in my hand", "emergency"),
    ("my toddler's swallowed a magnet from the desk toy you sold us, he's crying his tummy hurts", "emergency"),
    (
        "the lithium pack on my drone has burst into flames on the garage floor and it's next to the petrol can",
        "emergency",
    ),
    ("my waters have gone and the baby's head is coming, I'm on my own", "emergency"),
    ("he's had a bang to the head off the ladder and now he's being sick and doesn't know what day it is", "emergency"),
    ("someone's come in with a crowbar and is threatening the staff", "emergency"),
    ("the heat protectant spray stung like mad and now there's little red bumps all over my neck", "urgent"),
    ("your delivery guy dropped the monitor on my foot and I think my toe's broken", "urgent"),
    ("the new PSU has a smell like hot plastic and the fan's stopped, I've pulled the plug", "urgent"),
    ("I'll be speaking to a solicitor tomorrow about the damage to my scalp", "urgent"),
    ("the wax was too hot and she's taken a layer of skin off my lip", "urgent"),
    ("my palms have come up in itchy welts after handling the thermal paste", "urgent"),
    ("you'll be receiving a letter from my legal representative regarding the burns", "urgent"),
    ("the charging cable went pop and there's a scorch on the carpet, I've unplugged everything", "urgent"),
    ("my daughter's eye got a splash of the toner, it's red and she can't open it properly", "urgent"),
    ("there's a live wire hanging out where the light fitting came down", "urgent"),
    ("my neck's been swollen and hot since the massage add-on yesterday", "urgent"),
    ("the clippers nicked him behind the ear and it's bled quite a lot but it's stopped now", "urgent"),
    ("the CMOS battery got so hot it scorched the motherboard, no fire but it stinks", "urgent"),
    ("I'm taking you to court for what that perm did to my hair, it's snapped off at the root", "urgent"),
    ("Sue here, running ten minutes late, sorry!", "normal"),
    ("my old PC literally died on me, can I trade it in?", "normal"),
    ("my sister is a nurse and she said the colour looks great", "normal"),
    ("my knees are killing me from standing all day, can I get a chair at the wash basin?", "normal"),
    ("my solicitor friend told me to check the warranty terms, where are they?", "normal"),
    (
        "we had a scare with my son's asthma years ago but he's grown out of it, can he have the scalp massage?",
        "normal",
    ),
    ("I'm allergic to latex, do your stylists wear gloves?", "normal"),
    ("the build is smoking hot, best rig I've ever had", "normal"),
    ("my daughter's exam stress is through the roof so she wants a pamper day", "normal"),
    ("I'd kill for a Saturday slot, anything free?", "normal"),
    ("the fire exit sign in your shop is flickering, just thought you should know", "normal"),
    ("do you have fire blankets for a workshop?", "normal"),
    ("there was a power cut yesterday and my PC won't boot, help", "normal"),
    ("the delivery was a disaster, the box was crushed but the parts are fine", "normal"),
    ("I'm a first aider at work, do you sell first aid kits?", "normal"),
    ("my hair is a crime scene, please fix it before my interview", "normal"),
    ("my bank blocked the payment as suspected fraud, can you retry it?", "normal"),
    ("I'm going to lose my mind if this order is late again", "normal"),
    ("last winter my boiler leaked carbon monoxide but it's been replaced, anyway about my survey", "normal"),
    ("the emergency stop button on the 3D printer is stiff, is that normal?", "normal"),
    ("I almost choked on my tea when I saw the new prices", "normal"),
    ("the fan on the GPU is screaming under load, is it faulty?", "normal"),
    ("my mum's in hospital having her hip done so I need to cancel her Tuesday", "normal"),
    ("my cat knocked the router off the shelf and now it won't turn on", "normal"),
    ("that influencer absolutely destroyed your salon in her review, just saying", "normal"),
    (
        "my daughter just texted me from the salon saying she feels really faint and her throat's going tight after the lash glue",
        "emergency",
    ),
    (
        "the carer here, Mrs Jones has gone very pale and sweaty and says her chest is heavy, she doesn't want a fuss",
        "emergency",
    ),
    (
        "hello dear, I'm 84, I've had a fall and I can't get up off the floor, I've been here since last night",
        "emergency",
    ),
    (
        "wanted to ask about my refund for the SSD, also the flat above is on fire and there's smoke coming through our ceiling",
        "emergency",
    ),
    ("my husband says he's fine but he can't lift his right arm and his smile has gone funny", "emergency"),
    ("plz help my brother took like 30 of my paracetamol", "emergency"),
    (
        "the GP said it's probably sepsis and to get him in but he's gone all mottled and won't wake properly",
        "emergency",
    ),
    ("och she's taken a turn, she's lying on the floor and no speaking", "emergency"),
    ("i am sorry my english, my husband he fall down from ladder, he not move, blood from the ear", "emergency"),
    ("my mate's just sent me a message saying goodbye and that he's going to jump, he's at the station", "emergency"),
    (
        "just finishing your survey - sorry - my son's friend has just been hit by a car outside and he's not getting up",
        "emergency",
    ),
    ("A guy's just come into the store with a gun and told everyone to get down", "emergency"),
    ("there's an awful smell of gas in the flat and my husband's collapsed in the kitchen", "emergency"),
    (
        "the bloke in the waiting area is having some kind of fit, his whole body is shaking and he's gone stiff",
        "emergency",
    ),
    (
        "my wee boy's lips are swelling and he's struggling to get his breath after eating a biscuit from your cafe",
        "emergency",
    ),
    ("my hubby says the new clippers gave him a nasty cut on the neck, it's still oozing", "urgent"),
    ("The tint has stained her skin and now it's blistering on her forehead", "urgent"),
    ("my son's hand blistered after he touched the heatsink you said was safe", "urgent"),
    ("This is my formal notice of a personal injury claim against your company", "urgent"),
    ("my sister's scalp has come out in sores since her keratin treatment", "urgent"),
    ("the power adapter is making a crackling noise and there's a brown mark on the plug", "urgent"),
    (
        "I'm contacting trading standards and my solicitor about the faulty heater you sold me that burnt my carpet",
        "urgent",
    ),
    ("The monitor fell off the wall mount onto my partner's head, he's got a lump but he's okay", "urgent"),
    ("my legs are covered in a red itchy rash after the wax, it's spreading", "urgent"),
    ("the battery in my controller has expanded and cracked the casing", "urgent"),
    ("my daughter texted that the salon was gorgeous and she loved her cut", "normal"),
    ("the GP says my hair loss is due to stress, can you recommend a gentle shampoo?", "normal"),
    ("my husband says your prices are criminal, haha", "normal"),
    ("I fell asleep in the chair, it was that relaxing", "normal"),
    ("my old laptop finally gave up the ghost, what's a good replacement?", "normal"),
    ("my flatmate's note said the parcel came, where is it?", "normal"),
    ("we're all dizzy with excitement about the wedding, can we book six updos?", "normal"),
    ("I've got a stinking cold so I need to move my appointment", "normal"),
    ("my son choked in the final and lost the match, can I order him a new headset to cheer him up?", "normal"),
    ("the heater in your waiting room was boiling, can you turn it down next time?", "normal"),
    ("I'm not hurt, but the delivery driver threw my parcel over the fence", "normal"),
    ("my friend's daughter is a barrister, she said my contract looks fine", "normal"),
    ("I had a reaction to a different brand years ago, so please patch test me first", "normal"),
    ("the keyboard's backlight is bleeding through the keycaps, is that a defect?", "normal"),
    ("I lost my voice at the concert, can someone email me the survey instead?", "normal"),
]

NEAR_MISSES_OF_THE_PROBE_CLASSES = [
    ("the replacement print head is coming out next week, can I preorder?", "normal"),
    ("my hair is my crowning glory, so book me in with your best stylist", "normal"),
    ("I took 2 paracetamol for a headache, can I still have the massage?", "normal"),
    ("we had 20 of your vouchers printed for the raffle", "normal"),
    ("sick with nerves about my interview, so I want to look sharp", "normal"),
    ("our striker choked at the penalty, gutted, anyway my order", "normal"),
    ("he choked on a grape and now he can't breathe", "emergency"),
    ("he won't see the new year in with us, he's working abroad, can I book his cut for February?", "normal"),
    ("a flyer fell onto my desk about your sale", "normal"),
    ("the shelf fell on my foot in your shop and it's swelling", "urgent"),
    ("my nan took 12 of her sleeping tablets at once by mistake", "emergency"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), MORE_PROBES + NEAR_MISSES_OF_THE_PROBE_CLASSES)
def test_more_probe_lines_and_their_near_misses(text, level):
    assert assess(text).level == level, assess(text)


# Probe 4 of the team's own (40 lines, 31/40 at first) and the near misses of its classes: breathing
# noises made by a person awake, a person not there behind open eyes, something taken with a feeling
# of dying, a reported kill threat with sounds of violence, last messages at a height, a reflexive
# means ('hang himself'), an assault in the passive with a WordNet person as agent, pregnancy with
# bleeding or a blow, legal advisers instructed; 'passing out parade', a product that prevents a burn.
PROBE_4 = [
    (
        "hi its about the order but my dad is making gurgling noises and his eyes are open but hes not there",
        "emergency",
    ),
    (
        "sorry love I'm a bit muddled, I've had a funny turn and now I can't see properly and my arm's gone dead",
        "emergency",
    ),
    (
        "My partner just messaged from your store toilets saying she's taken something and feels like she's dying",
        "emergency",
    ),
    ("there's a woman screaming next door and a man shouting he'll kill her, I can hear things smashing", "emergency"),
    ("the wee man's turned blue and he's no breathing right, he was eating grapes", "emergency"),
    ("I'm at the top of the cliff path. I've said what I needed to say. Tell my mum I love her", "emergency"),
    ("our server room has smoke pouring out and the fire alarm isn't even going off", "emergency"),
    ("excuse me she is having allergy and her face and neck very swollen, she cannot talk", "emergency"),
    (
        "the hairdryer sparked and caught her hair and now her scalp's badly burned and she's shaking and cold",
        "emergency",
    ),
    ("my son's been electrocuted by the PC he was fixing, he's breathing but won't respond", "emergency"),
    (
        "Just a heads up I won't be renewing the warranty. I've taken all my pills with a bottle of vodka, it doesn't matter now.",
        "emergency",
    ),
    ("my brother is threatening to hang himself in the garage", "emergency"),
    ("the elderly gent in the chair has gone limp and his face has dropped, he can't answer us", "emergency"),
    ("she's been bleeding heavily since the birth yesterday and now she's fainting", "emergency"),
    ("I'm 8 months pregnant and I've been hit in the stomach by my partner, there's bleeding", "emergency"),
    ("my daughter has a rash on her cheeks since the face paint, she's fine otherwise", "urgent"),
    ("the straighteners touched my ear and there's a blister the size of a coin", "urgent"),
    ("the RAM stick's edge cut my finger quite deep, I've wrapped it up", "urgent"),
    ("I shall be referring this to my legal advisers", "urgent"),
    ("the socket in my office is warm and smells of burning, I've turned it off", "urgent"),
    ("after the scalp treatment my head is covered in little blisters", "urgent"),
    ("my hands are raw and cracked from the gloves you sold us", "urgent"),
    ("we are instructing solicitors on Monday regarding the injury to my son", "urgent"),
    ("my boy burned his fingers on the soldering iron, big blisters", "urgent"),
    ("the nail tech cut my cuticle and it's gone red and swollen and throbbing", "urgent"),
    ("I'm dead on my feet after work, can I get a late slot?", "normal"),
    ("my daughter says the new colour is sick, she loves it", "normal"),
    ("my grandson is a police officer and wants a smart cut for his passing out parade", "normal"),
    ("the fire in your reviews is well deserved, great service", "normal"),
    ("the cable tie snapped and the fan is rattling, can I get a replacement?", "normal"),
    ("I get a shock of static every time I touch the car door, ha, anyway the order", "normal"),
    ("my husband had his stroke a decade ago, he's steady now and wants a trim", "normal"),
    ("is there a cooling pad that stops my laptop burning my legs?", "normal"),
    ("please stop calling, I'm not interested, or I'll report the number", "normal"),
    ("our dog swallowed a sock last week, vet sorted it, can I move my appointment?", "normal"),
    ("I'm exhausted, the baby kept us up all night, can we push the survey?", "normal"),
    ("do you do emergency repairs on weekends?", "normal"),
    ("that fade was sharp enough to cut someone, loved it", "normal"),
    ("my hands are always cold, is the salon heated?", "normal"),
    ("my heart is set on the purple, can you do it?", "normal"),
    ("I cut myself on the case edge, it's bleeding a bit", "urgent"),
    ("my kid made snoring noises all night with his cold, can we move his cut?", "normal"),
    ("the PC is making gurgling noises, is the AIO pump dying?", "normal"),
    ("I feel like I'm dying of embarrassment after that haircut", "normal"),
    ("I'm pregnant, can I still have my roots done?", "normal"),
    ("I got hit by a massive bill from the courier, can you refund the shipping?", "normal"),
    ("she's been punched in the face by a customer and she's on the floor", "emergency"),
    ("my brother wants to cut himself a fringe, can you talk him out of it?", "normal"),
    ("we instructed a solicitor for the house purchase, can you send the invoice to them?", "normal"),
    ("tell my mum I love her new colour, she's coming in tomorrow", "normal"),
    ("I've said all I wanted to say in the survey, thanks", "normal"),
    ("is there a case that protects the phone from overheating in the car?", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PROBE_4)
def test_probe_4_lines_and_their_near_misses(text, level):
    assert assess(text).level == level, assess(text)


# Probe 5 of the team's own (35 lines, mostly traps for the new readers; 30/35 at first): goodbye,
# an item given away and an item not needed are how a customer leaves (three such cues stay normal,
# everything given away is a strong cue); smoke from a barbecue; a child who swallowed his dinner;
# a charger cable chewed; a room 'full of it' after something went up.
PROBE_5 = [
    ("I won't need the extra fan after all, I've given my old case to my nephew, thanks and goodbye", "normal"),
    ("we've all got headaches from the renovation noise, can the boiler engineer come next week instead?", "normal"),
    ("the price of RAM has gone up and it's into the hundreds now, any deals?", "normal"),
    ("the kids have been at the biscuits again, anyway, can I book two trims?", "normal"),
    ("he's smashing it in his new job, book him a cut for the promo photos", "normal"),
    ("I'm pregnant and a bit tired, can I have a chair with back support?", "normal"),
    ("I took 20 photos of the haircut, it's lovely", "normal"),
    ("the box fell on my doorstep in the rain, is the GPU ok to use?", "normal"),
    ("I've made my mind up, going with the 7800X3D, thanks for everything", "normal"),
    ("thank you for always fitting me in, you're the best", "normal"),
    ("the new sofa I bought set the whole room off, looks amazing", "normal"),
    ("my eyes nearly popped out of my head at the price", "normal"),
    ("I can't put it out of my mind how good that cut was", "normal"),
    ("my dad's got a bad back so can he have the ground floor chair?", "normal"),
    ("the cat keeps getting into the cupboard, do you sell child locks?", "normal"),
    ("she was in hospital for a planned op last month, all good, she wants a blow dry", "normal"),
    ("my friend's a lawyer and she reckons your T&Cs are very fair", "normal"),
    ("we're all sick of the rain, any indoor activities at your store?", "normal"),
    ("my nephew is hitting the books for his exams, can we do Saturday?", "normal"),
    ("the smoke from the barbecue next door keeps coming in the window, ugh, anyway my booking", "normal"),
    ("I've written my letters of complaint to the council about parking outside your shop", "normal"),
    ("my son fell off his bike last year and broke his arm, fully healed, he needs a cut", "normal"),
    ("the game had a level where the building's on fire, really good graphics on your PC", "normal"),
    ("I'll be honest, this survey is killing me slowly, how many questions left?", "normal"),
    ("my partner is a firefighter and he says your extinguishers are out of date", "normal"),
    ("is it safe to use the straighteners on bleached hair or will it burn?", "normal"),
    ("we're taking the old PC to the tip, do you recycle monitors?", "normal"),
    ("I trapped my finger in the door last year, it's fine, but can your staff hold doors?", "normal"),
    ("the dog got bitten by a fox last week and the vet sorted it, can I move my appointment?", "normal"),
    ("my toddler swallowed his whole dinner in two minutes, anyway, kids' cuts on Sunday?", "normal"),
    ("my toddler's been sick twice since chewing your charger cable", "urgent"),
    (
        "my gran's been sick and now she's really drowsy, the gas fire's been on all night and I've got a headache too",
        "emergency",
    ),
    ("the oven's gone up, the kitchen's full of it and I can't find the cat", "emergency"),
    ("he's locked himself in with the car running in the garage and won't open the door", "emergency"),
    ("I think I've taken too much of my insulin, I'm shaking and confused", "emergency"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PROBE_5)
def test_probe_5_traps_for_the_new_readers(text, level):
    assert assess(text).level == level, assess(text)


# Probe 6 of the team's own (40 lines, 33/40 at first) and near misses: a whole strip of a medicine,
# an attack under way ('slashing at people'), a threat to 'get' someone from a person who is outside
# (a clause about now is kept whatever past it names), symptoms since an exposure, a piece taken out
# of a body part. Left over-read (emergency, labelled urgent here): an assault told as an accusation
# ('you assaulted me with that hair dryer') and a fingertip 'bleeding a lot' but wrapped.
PROBE_6 = [
    (
        "sorry to ring the shop line, my dad went grey and sweaty on the bus and now he's slumped against the window",
        "emergency",
    ),
    ("she's passed out in the chair after the colour and we can't bring her round", "emergency"),
    ("my flat is full of smoke and the stairs are on fire, I'm on the third floor", "emergency"),
    ("a kid in the shop has pulled the shelving over on himself and he's not moving under it", "emergency"),
    ("my wife just fell and hit her head on the sink, there's a lot of blood and she's talking nonsense", "emergency"),
    ("dude i just took a whole strip of my antidepressants, dont tell anyone", "emergency"),
    ("my brother's stopped breathing properly since the bee sting, his lips look puffy and purple", "emergency"),
    ("customer's epipen didn't work and she's struggling to breathe", "emergency"),
    ("there's a guy in the car park slashing at people with a blade", "emergency"),
    ("my mum cant speak properly and half her face isnt moving, started ten minutes ago", "emergency"),
    (
        "the man who hurt me last year has found my address and he's outside shouting that he's going to get me",
        "emergency",
    ),
    ("I've locked myself in the bathroom and I've got all my tablets in front of me", "emergency"),
    ("My daughter's friend is unconscious after drinking at the party and we can't wake her", "emergency"),
    ("the heater fell over and the rug's alight, it's spreading to the sofa", "emergency"),
    ("my baby's gone really quiet and floppy and she's burning up", "emergency"),
    ("my daughter caught her hand in the shutter of your shop, her fingers are purple and swelling", "urgent"),
    ("I've been getting headaches and a nosebleed since your cleaner sprayed something in the salon", "urgent"),
    ("the blade on the clippers was loose and gouged a chunk out of my scalp", "urgent"),
    ("the GPU backplate got so hot it burned a mark into my desk and the smell made me feel sick", "urgent"),
    ("my skin's gone blotchy and itchy all over since the massage oil, breathing fine", "urgent"),
    ("you've not heard the last of this, my solicitor has all the photos", "urgent"),
    ("a spark jumped out of the socket when I plugged the PC in and there's a black mark round it", "urgent"),
    ("my little one touched the hot tongs and has a red burn on her palm", "urgent"),
    ("the colourist was fire, she's a genius", "normal"),
    ("my son's taken over my old PC, so I need a new one for me", "normal"),
    ("i'm literally dying for a fringe trim, any space today?", "normal"),
    ("my wife is a GP and she says the gel is fine for sensitive skin", "normal"),
    ("last time I came the dryer was too hot but no harm done, just mention it please", "normal"),
    ("the blade of my old clippers is blunt, do you sharpen them?", "normal"),
    ("we'll be away next week so I won't be around for my appointment", "normal"),
    ("your website crashed and burned when I tried to pay, so I'll ring instead", "normal"),
    ("the kids' party was chaos, one of them fell over but he's fine, anyway can I order more controllers?", "normal"),
    ("Sue from the office said you fixed her laptop in a day, can you do mine?", "normal"),
    ("I feel like I'm going to die of boredom on hold", "normal"),
    ("the heat in your store was unbearable, you need air con", "normal"),
    ("we had a fire drill at work so I missed your call", "normal"),
    ("a friend's husband sued a salon in Leeds once, but I'm just here for highlights", "normal"),
    ("my eyes water every time I get a cold, ignore it, I'm fine for the appointment", "normal"),
    ("he's going to get me a coffee while I wait, he's outside parking", "normal"),
    ("she had a stroke two years ago and she's back at work now, booking a wash and cut", "normal"),
    ("the kids are swinging at the pinata in the party room, can we have more balloons?", "normal"),
    ("I've had headaches since the new job started, so evenings are better", "normal"),
    ("we took a whole strip of photos in the booth, loved the new fringe", "normal"),
    ("I took the whole box of chocolates to the staff room, thanks for the lovely cut", "normal"),
    ("my dad downed the whole bottle of his sleeping pills an hour ago", "emergency"),
    ("a chunk of my order is missing, where is it?", "normal"),
    ("the clipper guard came off and took a piece out of his ear", "urgent"),
    ("a man is lunging at the staff with a broken bottle", "emergency"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PROBE_6)
def test_probe_6_lines_and_their_near_misses(text, level):
    assert assess(text).level == level, assess(text)


# Probe 7 of the team's own (30 lines, 23/30 at first) and near misses: heat illness (two signs after
# heat), a third person leaving with pills after 'he's had enough', a scald over a large area, 'and'
# opening a new subject ends a clause (so 'a seizure years ago and I don't drive now' is over), an
# everyday cause of a tight chest (stress), 'bleeding heart', 'choking back tears'.
PROBE_7 = [
    ("my son's diabetic and he's gone shaky and sweaty and isn't making any sense, he won't eat anything", "emergency"),
    (
        "I know this is a shop but my nan's skin has gone blotchy and cold and she's really confused, she's had a fever all day",
        "emergency",
    ),
    (
        "hiya, probably nothing, just a bit breathless and my chest feels tight and my left arm's tingling, might be late for my cut",
        "emergency",
    ),
    (
        "my daughter's text says she's in the toilets at your store and she's bleeding really heavily, she's pregnant",
        "emergency",
    ),
    ("the baby's choking on something and I can't get it out, she's going red and not making a sound", "emergency"),
    (
        "my grandad's been out in the garden all day in the heat and now he's confused and not sweating, really hot to touch",
        "emergency",
    ),
    ("my partner's text just says 'help he's here' and now she's not answering", "emergency"),
    ("the kid from next door fell in the pond and he's not breathing, we've pulled him out", "emergency"),
    ("I've got a crushing pain in my chest and it's going up into my jaw", "emergency"),
    ("she's had a seizure that's lasted over five minutes and it's not stopping", "emergency"),
    ("my boyfriend just said he's had enough and he's walked out with the car keys and a bottle of pills", "emergency"),
    ("can you send someone, there's a gas smell all through the shop and people are feeling faint", "emergency"),
    ("my little boy has pulled a pan of boiling water onto himself, his whole chest and arm", "emergency"),
    ("my husband fell off the ladder and he can't feel his legs", "emergency"),
    ("I'm so sorry, the lady who just had her colour has collapsed outside the salon door", "emergency"),
    ("my scalp is throbbing and there are little yellow blisters along the parting since yesterday's bleach", "urgent"),
    ("the charger cable is frayed and sparked at me, I've stopped using it", "urgent"),
    ("my husband cut his head open on your shop sign, he's fine but it'll need stitches", "urgent"),
    ("since the perm my neck has come up in welts and it's really itchy", "urgent"),
    ("I'll be taking legal advice about the injury I got in your store", "urgent"),
    ("I'm diabetic, can I bring snacks to my long appointment?", "normal"),
    ("my nan is a bit confused about the new booking system, can you ring her?", "normal"),
    ("I nearly died laughing at your Christmas ad", "normal"),
    ("my daughter's bleeding heart of a boyfriend wants to buy her a gaming PC", "normal"),
    ("the kids fell in love with the new arcade machines, do you sell them?", "normal"),
    ("the baby is choking back tears because her tablet broke, can I order a new one today?", "normal"),
    ("my heart rate monitor isn't syncing with the app", "normal"),
    ("I had a seizure years ago and I don't drive now, can you deliver?", "normal"),
    ("the pond pump you sold me is not working, the fish are fine though", "normal"),
    ("my chest is tight with all this stress at work, can I book a massage?", "normal"),
    ("I've had enough of this queue, can I just pay online?", "normal"),
    ("we sat out in the sun all day, I'm so confused by your new app", "normal"),
    ("my chest is tight after my run, nothing serious, can I move my massage to 5?", "normal"),
    ("he's gone to his gran's with a bag of tablets from the chemist for her", "normal"),
    ("she fainted in the chair in 2019 and she fainted again today after the wash", "urgent"),
    ("the kettle boiled over and soaked the whole worktop, do you sell trays?", "normal"),
    ("he's been in the hot car all afternoon and now he's vomiting and confused", "emergency"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PROBE_7)
def test_probe_7_lines_and_their_near_misses(text, level):
    assert assess(text).level == level, assess(text)


# Probe 8 of the team's own (25 lines, 18/25 at first: 5 emergencies taken for normal) and near
# misses: a person on the kitchen floor, a caustic put in a mouth by hand, an abduction (taking verbs
# with a WordNet person that is not also a thing: 'grabbed a woman', not 'the last controller'), a fall
# then lost bearings, farewell cues at a famous height, gas escaping with someone unwell. Left: a
# device 'burning hot when gaming, is that normal?' reads as urgent.
PROBE_8 = [
    (
        "soz for the typos my hands r shakin, my mum's on the kitchen floor and her eyes keep rolling and she won't talk to me",
        "emergency",
    ),
    (
        "we're in the salon and a client's little girl has found the relaxer tub and put her fingers in her mouth, she's screaming and her lips are white",
        "emergency",
    ),
    ("the laptop battery burst into flames on my bed and the duvet is burning", "emergency"),
    ("a man has just grabbed a woman outside your shop and is dragging her into a van", "emergency"),
    ("my dad is 80 and fell in the shower an hour ago, he's cold and can't tell me where he is", "emergency"),
    (
        "I'm sat in my car at the top of Beachy Head, I just wanted to say thanks to the lads at the store before I go",
        "emergency",
    ),
    ("he's turned a strange blue colour round the lips and he's barely breathing after the asthma attack", "emergency"),
    ("my daughter's been stung by a wasp in the salon garden and her throat is swelling up fast", "emergency"),
    (
        "the gas hob's been on without a flame for ages and the whole house stinks of it, my wife's gone dizzy",
        "emergency",
    ),
    ("my neighbour's been stabbed in the stomach and he's lying in your doorway", "emergency"),
    ("i think the dye's burnt my scalp, it's all crusty and weeping behind my ears", "urgent"),
    ("I touched the back of the PSU and got zapped, my arm's been numb for an hour", "urgent"),
    ("my son slipped on your wet floor sign and split his chin open", "urgent"),
    ("the smell of burning plastic is coming from my PC and the case is hot, I've switched it off", "urgent"),
    ("my lawyer has drafted a letter regarding the scarring on my scalp", "urgent"),
    ("soz for the typos, just wanted to book a fringe trim for thursday", "normal"),
    ("my nan's on the phone to her sister so she can't come to the phone right now", "normal"),
    ("we went to Beachy Head last weekend, lovely views, anyway can I book a blow dry?", "normal"),
    ("my daughter got stung by a nettle at the park, she's fine, can we move her cut to 4?", "normal"),
    ("the gas engineer is coming tomorrow so can I reschedule?", "normal"),
    ("my lawyer sister in law loved your shop", "normal"),
    ("the stylist's scissors were so sharp it was scary, great cut though", "normal"),
    ("my son's obsessed with fire trucks, can we do a themed party cut?", "normal"),
    ("I had to rush my son to A&E last Christmas with a broken arm, he's fine now, he wants the same barber", "normal"),
    ("my son just grabbed the last controller on the shelf, can you hold another?", "normal"),
    ("my gran fell last month and she can't remember what day her appointment is, can you text her?", "normal"),
    ("Just wanted to say thanks before I go. See you next month!", "normal"),
    ("we had lunch at the top of the Shard, amazing, anyway can I book a blow dry?", "normal"),
    ("someone's dragging a kid into a car across the road from your store right now", "emergency"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PROBE_8)
def test_probe_8_lines_and_their_near_misses(text, level):
    assert assess(text).level == level, assess(text)
