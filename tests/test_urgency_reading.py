"""Urgency read by concept class (issue 11, blind4 as development since 3 December 08:40): WordNet
body parts, people and "wake" verbs, self-harm cues counted, violence and hazards by combination,
and frames that are not danger now. Every line is the team's own phrasing, none from a corpus."""

import pytest

from customario.escalation import urgency_reading, wordnet
from customario.escalation.urgency import assess

needs_wordnet = pytest.mark.skipif(
    not (wordnet.DEFAULT_ROOT / "data.noun").exists(), reason="Debian wordnet-base is not installed"
)


@needs_wordnet
def test_wordnet_gives_the_class_of_a_sense_and_the_synonyms_of_a_verb():
    wn = wordnet.load()
    assert wn.classes("cheeks", "noun") == ["noun.body"]
    assert wn.classes("stylist", "noun") == ["noun.person"]
    assert wn.classes("breathe", "verb") == ["verb.body"]
    assert wn.classes("qwertyuiop", "noun") == []
    assert {"wake", "rouse"} <= wn.synonyms("awaken", "verb")
    assert "weapon" in wn.ancestors("machete") and "weapon" not in wn.ancestors("screwdriver")


@needs_wordnet
def test_concept_classes_come_from_wordnet_not_from_a_list():
    assert urgency_reading.is_body_part("legs")  # "legs" is its own lemma (staying power); "leg" is the body
    assert urgency_reading.is_body_part("forearm") and not urgency_reading.is_body_part("hair")
    assert urgency_reading.is_person("granddad") and not urgency_reading.is_person("tube")
    assert {"rouse", "awaken", "waken"} <= urgency_reading.wake_verbs()


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a person in a state; broken English; a seizure told by what is seen
        ("my granddad's on the kitchen floor twitching and there's froth coming from his mouth", "emergency"),
        ("I shook him and shouted but I can't awaken him", "emergency"),
        ("my boyfriend no breathe, please come", "emergency"),
        ("she isn't breeding properly, the stylist, she's stopped breeding", "emergency"),
        # a body part in a state: airway swelling, a chest complaint with a second cardiac sign
        ("her lips feel massive and her throat's getting tight, she just had the peanut sauce", "emergency"),
        ("my dad's got this pressure in his chest and he's sweating buckets", "emergency"),
        ("there's a pain across my chest and my jaw aches, I feel sick", "emergency"),
        # self-harm cues counted
        ("I've got nothing left to live for and I've saved up the tablets", "emergency"),
        ("i think i'm going to end it tonight", "emergency"),
        # violence
        ("a man in the car park says he's going to stab everyone who walks out", "emergency"),
        ("somebody's smashing down our back door right now", "emergency"),
        # fire and burns
        ("smoke is pouring through the ceiling of the stockroom", "emergency"),
        ("the power banks are on fire in the drawer and the kids can't get out of the room", "emergency"),
        ("the curling tongs fell on her, the burn covers her entire back", "emergency"),
        ("he scalded his arm with the kettle and now he's gone pale and cold", "emergency"),
        # urgent: skin and feeling after a product or a shock
        ("after the peel my client's forehead is all red and blistered", "urgent"),
        ("my daughter's neck looks puffy where the dye touched it", "urgent"),
        ("my fingers are numb after the shock from the kettle", "urgent"),
        ("the charger got so hot it left blisters on my palm", "urgent"),
        ("the stylist caught my ear and it's bleeding a little", "urgent"),
        # urgent: hazards by combination
        ("the mop bucket tipped over and the puddle is right under the extension lead", "urgent"),
        ("an electricity cable is hanging down over the car park after the storm", "urgent"),
        ("the emergency exit is blocked with boxes and the salon is full", "urgent"),
        ("our CO detector went off twice this morning", "urgent"),
        ("my son inhaled some of the powder from the spray can and keeps coughing", "urgent"),
        ("the old powerbank hissed and smells like rotten eggs", "urgent"),
        # second round: a seizure by movement, the means ready, a weapon by WordNet class, an
        # overdose of a medicine by class, a child into tablets, someone getting in, a jolt
        ("the customer in the waiting area went down and is jerking all over", "emergency"),
        ("I'm not going to be around much longer, I've sorted the pills", "emergency"),
        ("a guy just came in waving a machete at the staff", "emergency"),
        ("my toddler got hold of the washing tablets and is drooling", "emergency"),
        ("i can't stop shaking and i took way too many of my sleeping pills", "emergency"),
        ("someone's trying to get in through my bedroom window and I'm on my own", "emergency"),
        ("my kid touched the back of the PSU and got a jolt, he's fine but crying", "urgent"),
        # third round: stroke signs as speech and a crooked smile, a body part not felt, an
        # intruder heard, a device that exploded
        ("mum's talking gibberish and her smile is all crooked", "emergency"),
        ("I can't feel my legs and my vision's gone after I fell off the ladder", "emergency"),
        ("i think someone's in my house, I heard glass break downstairs", "emergency"),
        ("the charger exploded and my son's hand is badly burnt, he's screaming and shaking", "emergency"),
        ("I burnt my finger on the tongs", "urgent"),
        # fourth round: consciousness as an adjective, a person gone down, speech and one side of
        # the face, swelling as "ballooning", means described, an improvised weapon, something
        # swallowed that WordNet files as neither food nor drink, wrists, sores, a red mark
        ("the old gentleman in the queue has gone down, he's not responsive", "emergency"),
        (
            "I don't want to bother anyone but I've got a crushing feeling in my chest and I'm drenched in sweat",
            "emergency",
        ),
        ("my father, he cannot speak, his face is down on one side, please", "emergency"),
        ("my kid is having an allergic reaction and his lips are ballooning", "emergency"),
        ("I'm sitting in my car with the engine running in the garage and I'm not going to open the door", "emergency"),
        ("my ex is outside with a baseball bat smashing my windows", "emergency"),
        ("my daughter drank some of the nail polish remover, she's coughing and sleepy", "emergency"),
        ("I've cut my wrists", "emergency"),
        ("the relaxer has left my hairline covered in sores", "urgent"),
        ("my toddler pulled the tongs down and has a red mark on his arm, he's fine otherwise", "urgent"),
        ("I cut my wrist on the glass shelf, it's a small cut", "urgent"),
        # fifth round: a person changed colour, a hand at the throat, hands round a neck, the glass
        # test, gasping, blood brought up, a jump threatened, an exposed live wire
        ("can you hurry, my mate's turned purple and is clutching his throat", "emergency"),
        ("he's got his hands round her neck in the car park", "emergency"),
        ("the baby's got a temperature and a rash that doesn't go away when I press a glass on it", "emergency"),
        ("the client's face has swollen up massively and she's gasping", "emergency"),
        ("I've been sick with blood and feel really faint", "emergency"),
        ("he's threatening to jump off the car park roof", "emergency"),
        ("there's a wire sticking out of the wall at child height, it's live", "urgent"),
        ("dropped the monitor on my foot and the toe's gone purple", "urgent"),
        ("the fire alarm is going off and there is smoke in the stairwell", "emergency"),
        # seventh round: broken English, one side gone numb, hard to wake, face down in water,
        # slow breathing after painkillers, a snake bite, climbing over railings, a device that
        # smells like it is cooking, "see you lot in court"
        ("pls my son he eat the little battery from the remote", "emergency"),
        ("the man in your store he is fall down and no open eyes", "emergency"),
        (
            "well dear, I don't like to complain, but I've gone a bit numb down one side and my speech is funny",
            "emergency",
        ),
        ("my friend took some pills and now she's really hard to wake", "emergency"),
        ("the kid next door is face down in the paddling pool", "emergency"),
        ("my husband's breathing is really slow and he's snoring weirdly after taking his pain meds", "emergency"),
        ("my son was bitten by a snake at the park and his leg is swelling fast", "emergency"),
        ("there's a guy on the bridge outside your shop climbing over the railings", "emergency"),
        ("the power brick is buzzing loudly and smells like it's cooking", "urgent"),
        ("I'll see you lot in court over this", "urgent"),
        # eighth round: an ambulance asked for, a fit then drowsy, an assault on a person
        # (WordNet noun.person in its first two senses: "mum" is first a chrysanthemum)
        ("i need an ambulance to the salon on king street", "emergency"),
        ("my colleague's had some kind of fit and is now really drowsy and not making much sense", "emergency"),
        ("my stepdad is beating my mum right now", "emergency"),
        ("my bf is hitting me", "emergency"),
        # ninth round: skin coming off after a scald, a funny colour, the worst pain ever, bleeding
        # on blood thinners, blood pouring, an act done "to end it", wanting to jump from a height
        ("the toddler has pulled the kettle over himself, he's screaming and his skin is peeling off", "emergency"),
        ("my nan keeps nodding off and her lips look a funny colour", "emergency"),
        ("the gentleman waiting just grabbed his head and said worst pain ever then slumped", "emergency"),
        ("my sister says she's taken something to end it", "emergency"),
        ("our apprentice got his hand caught in the shutter motor and it's crushed and pouring blood", "emergency"),
        ("i'm at the top of the multi storey and i want to jump", "emergency"),
        ("my dad's on blood thinners and he's cut his head and it won't stop", "emergency"),
        # tenth round: not woken with pills emptied, trapped under a car, a floppy baby, a birth now
        ("my flatmate hasn't woken up since last night and there are empty bottles of pills", "emergency"),
        ("a car has crashed into the front of the shop and someone's trapped under it", "emergency"),
        ("my baby is really hot, floppy and won't feed", "emergency"),
        ("my wife is in labour and the baby's coming now", "emergency"),
        # eleventh round: a whole prescription at once, followed and hiding; cleared by a doctor
        # unless something started since
        ("i took my whole prescription in one go", "emergency"),
        ("a man is following me and I'm hiding in your store, please help", "emergency"),
        ("the doctor said he's fine but now he's vomiting and sleepy after hitting his head", "emergency"),
        ("the emergency exit is chained shut", "urgent"),
    ],
)
def test_concept_readings(text, level):
    assert assess(text).level == level, assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # colour and size of hair and nails are a style
        "my hair is bright red now and I love it",
        "my nails are huge, can you file them down?",
        # two weak farewell cues are a customer moving away; hopeless words about a product
        "thanks for always fitting me in, I won't be needing my appointment anymore as we're moving to Leeds",
        # ("I don't see the point of paying extra for RGB, it doesn't matter now" is here by the rules
        # alone: the 13:30 model of 5 December raises it, see test_urgency_model.KNOWN_FALSE_ALARMS)
        "I'm going to end it with my broadband provider, can you set up a new router?",
        # a violent verb with a thing as its object; a story in a film
        "we shot a video of the new build, can I send it?",
        "I killed the process and the PC still won't boot",
        "the documentary had a scene where a house burns down, scary stuff, anyway is my order shipped?",
        # false alarms, questions, the past, settled events, retractions, negated hazards
        "the smoke alarm went off but it was only the toaster, can I still come at 3?",
        "what should I do if my phone battery ever swells?",
        "what happens if someone faints in the chair? just curious",
        "a couple of years back I got a rash from a dye elsewhere, do you do patch tests?",
        "my mum had a fall last week but she's home now and fine, can we rebook her?",
        "I'll take you to court... joking! the fix worked great",
        "no smoke, no sparks, the GPU just won't display anything",
        "my kid called 911 by mistake yesterday, it got sorted, how do I lock the dialer?",
        # a complaint to a review site; admin urgency; a water heater; a sign
        "I'll report you to Trustpilot if my parcel doesn't come",
        "I need the card urgently for a birthday present, can I collect today?",
        "the water heater in the staff room is dripping, who fixes that?",
        "the fire exit sign is a bit faded, thought you'd want to know",
        "my phone is on the kitchen floor shaking with notifications lol",
        "the lady in chair four loves the new colour",
        # second round: a reaction to a game, an everyday cause, product names, merchandise
        "that boss fight had me choking on my coffee lol, anyway does the controller come in white?",
        "my arm is sore from the flu jab, can I still get my nails done?",
        "my daughter loves the smoke machine you sold us",
        "do you sell fire blankets and smoke detectors?",
        "I got a shock when I saw the bill for the new socket set",
        "I bought a chef's knife from you and it's blunt",
        "I've got the tablets you recommended, how many a day?",
        "I take double the vitamins in winter, is that ok with the tan?",
        "my screen is twitching all over, is that the cable?",
        "I'm not going to be around much longer at this job, can you send my reference?",
        "I'm done with this, I'll just end it here and shop elsewhere",
        # third round: a burn whose object is data or food, goods for sale
        "I'm burning through data with this router, is there a better one?",
        "I burnt my toast this morning so I'm in a grumpy mood, anyway my order",
        "the pharmacy next door sells plasters, do you?",
        # fourth round
        "the website has gone down, can I order by phone?",
        "my mum went down to the shop, can she pick up my order?",
        "he can't speak English well, can the stylist speak Polish?",
        "the guy came in with a bottle of wine for the staff, so sweet",
        "I'm not awake yet, call me after ten",
        "my smile is a bit crooked in the photos, can you fix my fringe so it hides it?",
        "I sat in the garage with the engine on to warm up before driving over",
        "my son swallowed some toothpaste, is that ok?",
        # fifth round
        "I almost choked when I saw the price lol",
        "the film we watched had a bloke collapse at the end, proper weepy",
        "my hair's gone purple after the toner, love it",
        "my son wants to jump off the diving board at the pool party, can he have a waterproof cut?",
        "she's gasping for the new palette lol",
        "the cable is sticking out of the back of the PC, is that normal?",
        "I threw up with blood orange juice",
        # sixth round, normal lines only: a procedure or a product named with smoke or fire, a
        # fire where fires belong, an everyday cause of swelling, a game's level
        "the smoke test on the new build passed, no issues",
        "my face is swollen from crying at the wedding lol, can you do my brows anyway?",
        "the fire in the fireplace at your salon was so cosy",
        "the game has a knife fight level, is it suitable for 12 year olds?",
        "my partner went down to get the parcel, can you hold on?",
        "can you ring my husband instead, he can't speak to you now, he's at work",
        "my little boy ate all the sweets you gave him, he loved them",
        "can I book a cut for my dad? he had a stroke last year and uses a walker",
        # seventh round
        "sorry my voice is funny, I've got a cold, can I move my appointment?",
        "my son is hard to wake up for school, can we book a later slot?",
        "my breathing is slow and steady after the yoga, feeling great",
        "the dog was bitten by a spider, any pet-safe shampoo?",
        "I'm drowning in emails, can you just text me?",
        # eighth round: a time phrase on its own dates the clause before it
        "I had an allergic reaction to a different brand once, years ago, is this one hypoallergenic?",
        "I broke my wrist, ages ago, it's fine, can I do the nail art?",
        "I had a fit of giggles",
        "I'm beating my record on the bench lol",
        "the heat is beating me down today, any fans?",
        "he's hitting the ball well at golf",
        # ninth round
        "what's the emergency number for the store if I'm locked out of my online account?",
        "I want to jump the queue, can I get an earlier slot?",
        "my nephew set fire to his exams, top marks! need a celebration cut",
        # tenth round: an animal is not a person ("dog" is second a frump in WordNet), the caller
        # not awake yet, a birth due next month, hair "limp and lifeless"
        "the dog is lying there all floppy and tired after the walk",
        "I haven't woken up properly yet, call me at noon",
        "my baby is due next month, can I still get my hair coloured?",
        "my hair is limp and lifeless, any volumising treatment?",
        # eleventh round
        "I passed out on the sofa after my massage, so relaxing!",
        "my toddler hit his head on the table yesterday, the doctor said he's fine, can we still come?",
        "is there an emergency exit near the nail bar? just for my mum's wheelchair",
        "I took the whole course of antibiotics, can I have the colour now?",
        "my son is following me around the shop, can he sit somewhere?",
    ],
)
def test_concept_near_misses_stay_normal(text):
    assert assess(text).level == "normal", assess(text)
