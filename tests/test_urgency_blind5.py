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
        # a thing hit, a past fight, moving furniture, a game stay normal
        ("I just hit the power button and nothing happened", "normal"),
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
