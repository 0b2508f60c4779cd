"""Urgency classes read from blind6's misses (issue 11, development since 3 December 15:05).

Every line is the team's own phrasing on another device, treatment or person, none copied from a
corpus; each class has lines that must stay normal next to it."""

import pytest

from customario.escalation import urgency_threats, wordnet
from customario.escalation.urgency import assess

needs_wordnet = pytest.mark.skipif(
    not (wordnet.DEFAULT_ROOT / "data.noun").exists(), reason="Debian wordnet-base is not installed"
)

HAZARDS = [
    # a thing (WordNet noun.artifact) smoking now, even understated; in the past it is a hazard only
    ("not sure who to ring but the extension block under my desk is smoking", "emergency"),
    ("the back of the telly's smoking, should I pour water on it?", "emergency"),
    ("nobody was hurt but the socket is still smoking", "emergency"),
    ("the adapter was smoking for a second, I pulled it out and it's stopped", "urgent"),
    ("my uncle's smoking outside your door, can he come in when I'm done?", "normal"),
    # smoke put out by a thing, the verb before the smoke; a battery hissing with smoke
    ("the vape charger started belching black smoke on the counter", "emergency"),
    ("my e-scooter pack is hissing and there's smoke coming off it in the hallway", "emergency"),
    ("do you sell a smoke machine for a party? the one I had spewed glitter everywhere", "normal"),
    # gas escaping outdoors: a pipe or a main broken
    ("the builders next door cracked the gas main and we can all smell it in the shop", "emergency"),
    ("the gas engineer is checking the pipes on Friday, can I move my colour?", "normal"),
    # a gas alarm with anyone unwell
    ("our CO detector is beeping and my flatmate keeps nodding off on the sofa", "emergency"),
    ("the carbon monoxide alarm went off when I tested it, do you stock spare ones?", "normal"),
    # a battery leaking or venting; a part that carries power crackling or smelling hot
    ("the AA cells in the remote you sent are leaking white crusty stuff", "urgent"),
    ("the charger for my clippers is fizzing when I plug it in", "urgent"),
    ("the socket behind the till smells hot and I've switched it off", "urgent"),
    ("the new tower smells a bit hot when it's new, is that normal?", "normal"),
    # a shock told in the passive
    ("my apprentice got zapped by the trolley's lamp plug this morning, she's a bit shaky", "urgent"),
    ("my partner got a bit of a jolt when he touched the tongs' cable, he's alright", "urgent"),
    ("I was shocked by the price of the straighteners, any discounts?", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), HAZARDS)
def test_hazards_by_what_the_thing_does(text, level):
    assert assess(text).level == level, assess(text)


PEOPLE = [
    # self-injury told as done on purpose
    ("I burnt my arm with the tongs on purpose and I can't stop shaking", "emergency"),
    ("the kids broke the display on purpose, can I pay for it?", "normal"),
    # three weak farewell cues, the absence told with an object
    (
        "you can give my slot away, I won't be here to wear the new colour. the notes are written. everything's all sorted.",
        "emergency",
    ),
    ("I won't be around to collect the parcel, I'm on holiday, my son will get it. it's all sorted.", "normal"),
    # a jump threat at a height, reported of someone else
    ("a lad is standing on the multi-storey roof shouting he's going to jump", "emergency"),
    ("can I jump the queue? I'm parked on the top level of the car park", "normal"),
    # an assault told more than once in one line
    ("he's slapping her - her brother is slapping her by the basins and she's crying", "emergency"),
    ("this price rise is hitting me in the wallet", "normal"),
    # a child who put a product (a WordNet substance, not food) in the mouth, with no symptom yet
    ("my little girl licked some of the hair gel off her fingers, she seems okay", "urgent"),
    ("my toddler ate a banana in the waiting room, sorry about the mess", "normal"),
    ("the baby chewed a rusk while I had my cut", "normal"),
    # an injury the business caused, told after it is over; thanks for help at the time stays normal
    ("my scalp stung for two days after your toner last month, it's better now but I'm not happy", "urgent"),
    ("thanks again for the plaster when I nicked my thumb in your shop, all healed now", "normal"),
    ("my gran had a fall at home last winter, she's fine now, can she have a ground-floor chair?", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PEOPLE)
def test_people_in_danger_by_description(text, level):
    assert assess(text).level == level, assess(text)


THREATS = [
    # a regulator in any tense; a review site or the complaints bureau is a complaint
    ("I've already contacted consumer protection about your fake discounts", "urgent"),
    ("you'll be reported to the ombudsman if my deposit isn't back by Friday", "urgent"),
    ("I'll leave you a review on Trustpilot if this isn't fixed", "normal"),
    # the business put before a judge
    ("let a judge decide whether that was a fair cancellation fee", "urgent"),
    ("I'm going to the court against your store if the laptop isn't replaced", "urgent"),
    ("I've got to go to the court on Tuesday for my speeding fine, can I move my trim?", "normal"),
    # violence or damage threatened by the caller
    ("if nobody calls me back I'll drive over and kick your door in", "urgent"),
    ("I swear I'm going to punch that receptionist of yours", "urgent"),
    ("I'll knock the door when I arrive, the bell doesn't work", "normal"),
    ("I'll smash it at the interview with this blow-dry, thanks!", "normal"),
    ("I'll hit you up about the bundle later", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), THREATS)
def test_threats_against_the_business_by_form(text, level):
    assert assess(text).level == level, assess(text)


def test_threat_reader_names_the_form():
    assert urgency_threats.read("i'm reporting you to the attorney general") == ("urgent", "reported to an authority")
    assert urgency_threats.read("i'm going to report you to the better business bureau") is None


FIGURES = [
    # spread online, not exploded
    ("your last video's blown up on TikTok, are the curls still 20% off?", "normal"),
    ("the power bank blew up in my hand and my fingers are burnt", "emergency"),
    # a correction right after the alarming word
    ("my laptop died - well, the screen went black - can you look at it?", "normal"),
    # a third party's class action; one against the business is a threat
    ("saw a class action against the phone maker, are the chargers you sell the recalled ones?", "normal"),
    ("a bunch of us are starting a class action against your salon", "urgent"),
    # drowning in what is not water
    ("we're drowning in returns this month, any chance of a callback next week?", "normal"),
    ("my son slipped under in the bath and he's not breathing", "emergency"),
    # a smoke alarm chirping for its battery
    ("the fire alarm in the salon keeps chirping, it needs a new battery, do you deliver them?", "normal"),
    # a thing that collapsed is not a person collapsing
    ("the shelf collapsed in the stockroom, nobody was near it, can you send a new bracket?", "normal"),
    ("the display stand collapsed on my foot and it's swollen", "urgent"),
    # a local part changing colour is urgent, a person's colour an emergency
    ("my toe's gone a weird colour since the pedicure and it's throbbing", "urgent"),
    ("my dad has gone a funny colour and he's not answering me", "emergency"),
    # a habit given up, a question about how to recognise a sign
    ("my last straighteners used to spark when I plugged them in, that's why I'm buying yours", "normal"),
    ("I'm not used to this much smoke from the hob, the whole kitchen is full of it", "emergency"),
    ("how do I know if the thermal pad is starting to melt?", "normal"),
    # Sue with a surname is a name
    ("Hi, this is Sue Okafor, can I move my appointment to Friday?", "normal"),
    ("I'll sue you for the cost of the repair", "urgent"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), FIGURES)
def test_figures_and_over_reads(text, level):
    assert assess(text).level == level, assess(text)


# Probe 1 of the team's own after the classes above (28/35 at first): throwing oneself off a height,
# an overdose said ahead, a head hit against a wall again and again with blood, an amount of someone
# else's tablets, "in front of a judge", a third party facing a lawsuit, a burn in a game.
PROBE_1 = [
    ("the phone in my jacket pocket is smoking and it's really hot", "emergency"),
    ("someone's threatening to throw himself off the footbridge by your store", "emergency"),
    ("my colleague says she's going to take all her tablets tonight", "emergency"),
    ("a customer just keeled over after her wax and she's not responding", "emergency"),
    ("my daughter has a peanut allergy, she ate a flapjack from your counter and her lips are swelling", "emergency"),
    ("there's a really strong smell of gas by the basins and one of the girls feels faint", "emergency"),
    ("the gas main outside has burst and it's hissing, we're still inside with clients", "emergency"),
    ("the fan heater in the back has black smoke pouring out of it", "emergency"),
    ("my mate's hitting his head against the wall over and over and there's blood", "emergency"),
    ("i took a load of my mum's sleeping tablets about an hour ago", "emergency"),
    ("I'm reporting this to Trading Standards first thing tomorrow", "urgent"),
    ("this is going straight to the ombudsman and my solicitor", "urgent"),
    ("I'll burn your shop down if you don't refund me", "urgent"),
    ("carry on like this and you'll be hearing from my barrister", "urgent"),
    ("I'll have you in front of a judge before Christmas", "urgent"),
    (
        "the developer splashed on my neck yesterday and it's blistered, it's calmed down now but I want it logged",
        "urgent",
    ),
    ("the power supply you sold me buzzes and smells of hot plastic, it's unplugged", "urgent"),
    ("the laptop battery's leaking some kind of liquid onto my desk", "urgent"),
    ("my nephew got a shock off the back of the PSU, he's fine but it made him jump", "urgent"),
    ("I got a nasty burn from the straighteners your stylist used, it's scabbed over", "urgent"),
    ("my inbox has blown up since your sale started, can you take me off the list?", "normal"),
    ("my laptop exploded - well, not literally, it just won't turn on", "normal"),
    ("we're drowning in orders, can you push my delivery to next week?", "normal"),
    ("my smoke alarm keeps chirping, I think it's the battery, do you stock them?", "normal"),
    ("my old hairdryer used to spark, so I'm after a new one", "normal"),
    ("how can I tell if my PSU is about to fail?", "normal"),
    ("my brother's a barrister and he loves your shop", "normal"),
    ("I read the manufacturer's facing a lawsuit over the coolers, are yours affected?", "normal"),
    ("Sue Hargreaves here, just confirming Saturday", "normal"),
    ("this queue is killing me, how long for a return?", "normal"),
    ("my son got burned by his mates at FIFA again lol", "normal"),
    ("the shelf in my spare room collapsed under all the boxes, do you sell brackets?", "normal"),
    ("I had a fall at the bus stop last year, I'm fine, can I have a chair near the door?", "normal"),
    ("my dad smokes like a chimney, do you have anything for the smell in his hair?", "normal"),
    ("the fire alarm went off when we tested it this morning, all good now", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PROBE_1)
def test_probe_1_lines_and_their_near_misses(text, level):
    assert assess(text).level == level, assess(text)


# Probe 2 of the team's own, on blind6-README's judgement calls (32/35 at first; one line whose
# label we could not agree on was left out): an amount of tablets with the medicine first, a break
# in the skin inflamed or with discharge; the rest are near misses that must stay where they are.
PROBE_2 = [
    ("my little one might have swallowed one of those coin batteries, she seems fine but I can't find it", "emergency"),
    ("I've taken twenty paracetamol but I don't feel anything yet", "emergency"),
    ("my ex is outside the salon window saying he'll kill me", "emergency"),
    ("the toaster in the staff room is sort of on fire, is that bad", "emergency"),
    ("I've had a funny turn and fallen over, I can't get up, I'm in the kitchen", "emergency"),
    ("the charger by the till is hissing and there are flames coming off it", "emergency"),
    ("the lady in chair two is grey and sweating and says her chest hurts", "emergency"),
    ("my husband's been electrocuted by the ring light and he's not talking", "emergency"),
    ("I'm doing a chargeback and my lawyer is copied in", "urgent"),
    ("my eyelids are puffy after the lash lift but I'm breathing fine", "urgent"),
    ("my wrist's been tingling since I got a zap off the dryer yesterday", "urgent"),
    ("the tint burned my eyebrows and now the skin's weeping", "urgent"),
    ("the new UPS is making a crackling noise and the casing is warm and bulging", "urgent"),
    ("if I don't get a refund you'll be hearing from the consumer court", "urgent"),
    ("my daughter's ear piercing is red and hot and there's yellow stuff coming out", "urgent"),
    ("I'll give you one star on Google if this isn't sorted", "normal"),
    ("I'm going to dispute the charge with my bank", "normal"),
    ("I've got morning sickness, can I have a seat near the door?", "normal"),
    ("my daughter has nits, can you still do her hair?", "normal"),
    ("my husband had a seizure last month, he's fine now, he's coming in for a trim", "normal"),
    ("we had a kitchen fire last year so I'm careful with chargers, which one is safest?", "normal"),
    ("what would happen if I put a GPU in without the power cables?", "normal"),
    ("is it safe to leave a laptop charging overnight?", "normal"),
    ("my laptop's a bit warm on my knees, is that normal?", "normal"),
    ("this heat is murder, is the salon air-conditioned?", "normal"),
    ("I nearly died laughing at your Instagram reel", "normal"),
    ("my fringe got murdered by another salon, can you fix it?", "normal"),
    ("my mum had heart trouble last week so I'm booking for her, she's fine now", "normal"),
    ("the court at the leisure centre is booked so my son will collect the order instead", "normal"),
    ("bro ur gonna get sued lol, the new case is so good it should be illegal", "normal"),
    ("my solicitor friend said your reviews are great", "normal"),
    ("my PC case has a glass panel, does it come with a stand?", "normal"),
    ("I'm burning the midnight oil on this build, any chance of next day delivery?", "normal"),
    ("the smoke test on my PSU passed, thanks for the tip", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PROBE_2)
def test_probe_2_judgement_calls(text, level):
    assert assess(text).level == level, assess(text)


# Probe 3 of the team's own in regional, non-native and text-message voices (22/28 at first; a line
# whose label we could not agree on was left out): eyes that will not open, a blade with menace, a
# thing "going up" with no way out, shaking with foaming, a "belt" off a case.
PROBE_3 = [
    ("pls help my bro is not waking up after the party, he took some pills", "emergency"),
    ("the lassie in the chair's went aw floppy and her lips are blue", "emergency"),
    ("Sir please come fast, the customer fell down and his eyes are not opening", "emergency"),
    ("me nan's collapsed in the bath, she's not breathin proper", "emergency"),
    ("there's a fella with a blade shouting at people in the car park", "emergency"),
    ("omg the straighteners set my fringe alight and it's still going", "emergency"),
    ("the curtains in the back are going up and we can't get to the door", "emergency"),
    ("he's shaking all over and foaming, what do I do", "emergency"),
    ("the bleach has left my scalp red raw and weeping, I'm not well pleased", "urgent"),
    ("your lad dropped the monitor on my foot and I think my toe's broken", "urgent"),
    ("I want compensation, my solicitor's drafting a letter", "urgent"),
    ("my battery bank is swelling like a pillow, I've put it in the garden", "urgent"),
    ("got a proper belt off the PC case when I touched it, my arm's still buzzing", "urgent"),
    ("if this isn't fixed you'll be getting a letter from my lawyer", "urgent"),
    ("I'm taking this to the small claims, mark my words", "urgent"),
    ("dying for a coffee, can I bring one in?", "normal"),
    ("my gaming rig is on fire today, smashing every benchmark", "normal"),
    ("I had chest pains years ago, all fine now, I just need a quiet slot", "normal"),
    ("can bleach burn your scalp? I'm booked in tomorrow", "normal"),
    ("your prices are daylight robbery, I'll be telling my friends", "normal"),
    ("my husband's a solicitor so he'll read the T&Cs before we sign", "normal"),
    ("the kids are killing me this summer holiday, can I get an hour to myself?", "normal"),
    ("I'll be filing a claim with my travel insurance for the lost case", "normal"),
    ("my heart sank when I saw the colour, can you redo it?", "normal"),
    ("the new fans are so quiet, my old ones sounded like a jet taking off", "normal"),
    ("I'm gutted, the GPU died after a week, can I return it?", "normal"),
    ("my wife will kill me if I spend more than 500 on this", "normal"),
    # near misses for the readers above
    ("the fan is shaking and the foam pad came off, can I get a new one?", "normal"),
    ("the lift in the back is going up and down all day, very noisy", "normal"),
    ("my hands were shaking when I used the foaming cleanser, is it strong?", "normal"),
    ("my son has a bat for cricket, can he leave it behind the counter?", "normal"),
    ("the old guy in the bus shelter has a blade and is waving it around", "emergency"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), PROBE_3)
def test_probe_3_voices(text, level):
    assert assess(text).level == level, assess(text)
