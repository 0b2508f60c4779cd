"""Urgency of caller lines by class (issue 11, deliverable 7): each rule with lines of the team's own
phrasing, and near misses in the other direction. None of these lines is in a corpus."""

import pytest

from customario.escalation.urgency import EMERGENCY_LINE, assess


@pytest.mark.parametrize(
    "text",
    [
        # understated airway, circulation and consciousness signs, no textbook word
        "my dad's lips have gone a bit purple and he's breathing really strangely",
        "she says her throat is getting tighter and she can hardly get any air",
        "my gran has gone grey and floppy in the chair and isn't responding to me",
        "the customer's face is drooping on one side and his words are not making sense",
        "he keeled over in the queue and isn't getting up",
        "her chest feels heavy and the pain is going down her left arm",
        # swallowed harm, symptoms or not yet
        "my toddler swallowed a magnet from the desk toy, he looks fine though",
        "my son got into the peroxide developer and drank it",
        # shock signs with a burn; systemic allergy signs without airway words
        "the iron burnt his whole arm and now he's clammy and pale",
        "after the nut oil treatment she's blotchy, dizzy and can't stand up",
        # fire and smoke said plainly, tersely or regionally
        "there's a fire in the stockroom",
        "the charger went up and the curtains are burning",
        "the smoke alarm is going off and smoke's coming under the door",
        "the power bank is burning and my kids are asleep upstairs inside",
        # voice-to-text and typos, regional English
        "my brother is having a seize your on the floor",
        "she's unconcious and not breathing",
        "he cannae breathe",
        "ma wee lassie's no wakin up",
        "he's on conscious after the shock",
        # self-harm without the word
        "honestly I don't want to be around anymore, I've got the tablets out",
        "I'm better off dead after all this",
        "I'm thinking of ending things",
        # systemic signs after a head knock or a shock; bleeding through a towel
        "she banged her head on the basin and now she's confused and being sick",
        "my husband got a zap from the PSU and he has a pacemaker",
        "the towel is soaked through with blood",
        "she needs her inhaler, the spray has set off an asthma attack",
        # blind2 whole (3 Dec): colour looked at, a person not making sense / not talking / not moving
        "my mum's lips look blue and she's not making sense",
        "my client isn't making sense",
        "grandad just fell over and he ain't talkin",
        "he ain't movin",
        # stroke signs said loosely; noisy breathing (stridor)
        "his face has gone all droopy on the left",
        "her words keep coming out jumbled",
        "my son is squeaking when he breathes after the spray",
        # an overdose told as an amount; a swallowed caustic in a non-native present tense
        "he took a whole packet of painkillers an hour ago",
        "my daughter drink the developer by mistake",
        # violence now: assault, a threat of harm, hiding, a head wound
        "a man came in and punched the stylist",
        "a customer just hit the cashier and he won't leave",
        "my boyfriend is going to hurt me, he's outside",
        "we've locked ourselves in the stockroom",
        "he's bleeding from the head after the fall",
        # a near faint that is not a figure of speech, with signs of shock
        "she nearly fainted in the chair and now she's pale, cold and shaking",
    ],
)
def test_emergencies_without_keywords(text):
    assert assess(text).level == "emergency", text


@pytest.mark.parametrize(
    "text",
    [
        "the laptop back panel is lifting off and the battery has bulged",
        "the lithium pack in the parcel is hissing",
        "got a jolt off the metal case, my fingers are tingling",
        "our puppy chewed through the PSU cable and there's a scorch mark",
        "mark my words I'll see y'all in court",
        "my cousin's a barrister and she says expect a letter",
        "I've got a case against you and I'm taking it to court",
        "my scalp is still sore since the relaxer",
        "the straightener burnt my hand a few weeks ago and it's still weeping",
        # emergency words asked about: a person is reached first, not normal
        "if a client were to collapse, do you have first-aid staff?",
        "some bleach splashed into her eye",
        "the capacitor popped and there's a fishy smell from the PSU",
        "the stylist snipped my ear and I've got a plaster on it",
        # swelling and puffiness by stem and adverb ("swelled right up", "gone all puffy")
        "my eyelids swelled right up after the tint",
        "my laptop battery has gone all puffy",
        "the back of the tablet has started to bulge",
        # heat and electrical smells
        "the charger gets so hot I can't touch it",
        "there's a burnt plastic smell from the PSU",
        "the UPS smells of ozone",
        # legal threats said as court, a case or a claim against the shop
        "I will drag you to small claims",
        "I'm filing a case against your salon",
        "we'll settle this in consumer court",
        # negation and allergy guards leave the real harm in place
        # (a socket still *smoking* is a fire now, emergency since blind6's judgement; sparking is a hazard)
        "nobody was hurt but the socket is still sparking",
        "I'm allergic to PPD and my scalp is swelling, what should I do?",
        "she nearly fainted in the chair",
    ],
)
def test_urgent_without_keywords(text):
    assert assess(text).level == "urgent", text


@pytest.mark.parametrize(
    "text",
    [
        # sarcasm and hyperbole, no harm
        "my bank account is on fire after that checkout",
        "this card is smoking the competition",
        "the team is on fire today, great cut",
        "I thought the case was smoking but it was just dust in the light, all good",
        # safety and hypothetical questions
        "if the battery ever starts to swell, what should I do with it?",
        "can hair dye burn sensitive skin? asking before I book",
        "could a cheap charger explode?",
        # events that are over
        "I had a reaction to dye last year so I'd like a patch test first",
        "my graphics card smoked a few years ago at another shop, so I want a good PSU",
        "the nick on my ear healed, can I book again?",
        # time pressure is not harm
        "please call me back, it's urgent, I need to reschedule my appointment",
        "my son has a fringe emergency before picture day",
        # legal and money words that are not threats
        "I'm doing a chargeback on the duplicate payment",
        "I'm a barrister and need an appointment before my hearing",
        "I'm going to court on Monday and need a trim",
        # misheard words only count in their frame
        "he sees your advert every day",
        "the office code is 000 something",
        "I cut my own bangs and regret it",
        # words that sound like harm but are not
        "I'm shocked at the price",
        "I got a shock when I saw the bill",
        "my PC has a virus infection",
        "my appointment fell on a Sunday",
        "can I get a drink of water, the dye smells strong",
        "my speakers crackle at high volume",
        "I ate before I came, what products do you use?",
        # near misses of the blind2-whole rules (3 Dec): the same words, no harm
        "will this lipstick make my lips look purple?",
        "will the toner make my hair look grey?",
        "your invoice isn't making sense",
        "my husband isn't talking to me since I bought the GPU",
        "my husband isn't moving the car, can you hold my slot",
        "my order isn't moving, the tracking is stuck",
        "my boss will kill me if the order is late",
        "the new price hit me hard",
        "the price rise hit my husband's business",
        "I locked myself out of my account",
        "I'm allergic to nickel, are the clips plated?",
        "my jacket has gone all puffy in the wash",
        "it's so hot in the shop I can't think",
        "the new monitor has that new plastic smell",
        "I'm taking my daughter to court for jury duty tomorrow",
        "I want to file a warranty claim for my SSD",
        "I need to open a support case for my order",
        "my rig is on fire today, new record in every benchmark",
        "the PSU tripped the fuse last month but nobody was hurt, I need a replacement",
        "she nearly fainted when she saw the bill",
        "urgent: please send the receipt for my reimbursement",
        "can I drink some water while the colour sets?",
        "my toddler drinks the smoothie while I get my hair done",
        "my nan isn't talking much these days, can she get a home visit?",
        "I need to file a claim against the courier for the lost parcel",
    ],
)
def test_near_misses_stay_normal(text):
    assert assess(text).level == "normal", text


def test_an_emergency_comes_before_a_pending_booking(db):
    from customario.campaigns.salon_reception.policy import SalonPolicy
    from customario.definitions.catalog import resolve_campaign
    from customario.dialogue.policy import CallTool, Say

    policy = SalonPolicy(resolve_campaign(db, "salon_reception"))
    policy.opening()
    assert "book" in policy.respond("Can I book a colour for Friday?")[0].text.lower()
    actions = policy.respond("wait, my mum's lips are going blue and she's breathing funny")
    assert isinstance(actions[0], Say) and actions[0].text.startswith(EMERGENCY_LINE)
    call = next(a for a in actions if isinstance(a, CallTool))
    assert call.arguments["priority"] == "urgent" and "booking" not in call.arguments.get("tags", [])


def test_held_out_corpus_is_counted_and_its_misses_never_printed(tmp_path, monkeypatch, capsys):
    """A held-out corpus gets a row; --misses prints the development corpora only."""
    import sys
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_urgency

    dev, held = tmp_path / "dev.yaml", tmp_path / "held.yaml"
    dev.write_text("lines:\n- {id: d1, text: 'what time do you open?', label: urgent}\n", encoding="utf-8")
    held.write_text("lines:\n- {id: h1, text: 'do you sell SSDs?', label: emergency}\n", encoding="utf-8")
    monkeypatch.setattr(bench_urgency, "CORPORA", {"own": dev, "heldx": held, "absent": tmp_path / "absent.yaml"})
    monkeypatch.setattr(bench_urgency, "HELD", {"heldx"})
    monkeypatch.setattr(bench_urgency, "TITLES", {"heldx": "heldx (held out)"})
    monkeypatch.setattr(sys, "argv", ["bench_urgency.py", "--misses"])
    bench_urgency.main()
    out, err = capsys.readouterr()
    assert "what time do you open?" in err and "SSDs" not in err
    assert "heldx (held out)" in out and "n=1" in out and "absent" not in out


# blind3 became development on 3 December 07:00; its misses were read by class (urgency_signs.py:
# lemmatised signs by body system, a person in a state, reported threats, self-harm as a plan or a
# place; text-speak and Scots spellings; nouns that are not harm). Lines of the team's own phrasing.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a person in a state, any tense ("gone floppy", "stopped crying"), not a keyword phrase
        ("my grandad's gone floppy in the chair and isn't answering", "emergency"),
        ("the baby's stopped crying and gone all floppy", "emergency"),
        ("my mum isn't answering me, she's just staring", "emergency"),
        # cardiac and neurological signs described, not named
        ("the old man by the window is clutching his chest and sweating", "emergency"),
        ("she says there's a heavy weight on her chest and she feels sick", "emergency"),
        ("my heart is racing and pounding and I think I'm going to pass out", "emergency"),
        ("I cant see out of my left eye all of a sudden", "emergency"),
        ("this is the worst headache I've ever had, it came on in seconds", "emergency"),
        # something swallowed, then sick; anything a small child drank
        ("he swallowed a magnet and now he keeps throwing up", "emergency"),
        ("toddler drank some of the hair tonic off the trolley", "emergency"),
        ("our wee boy's swallied some o' the cleaner", "emergency"),
        # self-harm as a plan or a place; violence told as reported speech, an intruder, a weapon
        ("I'm on the roof of the car park, just wanted to say goodbye", "emergency"),
        ("I'm going to end it tonight", "emergency"),
        ("my boyfriend said he's going to kill me when I get home, he hit me last week", "emergency"),
        ("there's someone breaking into the shop right now", "emergency"),
        ("I'm going to come in and smash whoever's at the desk, I've got a crowbar", "emergency"),
        ("there's a stranger outside our house and my son's home alone", "emergency"),
        ("the dog and baby are in a car in the sun with the windows up", "emergency"),
        ("smoke is billowing out of the PC case", "emergency"),
        # injuries described; legal threats in text-speak or through a judge
        ("I've put my back out carrying the monitor box", "urgent"),
        ("dropped the tower on my toe and it's gone black", "urgent"),
        ("I can't put any weight on my ankle since I slipped outside", "urgent"),
        ("ur tech broke my laptop, see u in court", "urgent"),
        ("I'm sure the judge will agree with me", "urgent"),
        ("fine, I'm suing, your tech deleted everything", "urgent"),
        ("my scalp feels like it's on fire since the toner", "urgent"),
        # probed after blind3 with the team's own lines: seizures, overdoses, goodbye letters,
        # barely breathing, a head knock then drowsy, an object in a child's mouth, an assault now
        ("he's having a fit on the floor by the tills", "emergency"),
        ("my wife took all her antidepressants at once", "emergency"),
        ("I just want it all to stop, I've written letters to my kids", "emergency"),
        ("he's barely breathing and his lips are grey", "emergency"),
        ("my friend's gone all confused and sleepy after banging his head on the shelf", "emergency"),
        ("my little girl put a battery in her mouth and I can't find it now", "emergency"),
        ("the stylist's husband came in and is punching her", "emergency"),
        ("my chest is so tight I can barely talk", "emergency"),
        ("my forehead's come up in red welts since the facial", "urgent"),
        ("the graphics card sparked when I plugged it in", "urgent"),
        # a second probe round: a person slumped or lying at the foot of the stairs, airway after a
        # sting, an amount of pills, a kill threat with a hammer, foaming and jerking, skin after a
        # product, a singe, a lump on the head
        ("the lady getting her nails done just slumped sideways and isn't making sense", "emergency"),
        ("my boy's been stung by a wasp and his throat feels funny", "emergency"),
        ("I've taken a bunch of sleeping pills, I just wanted to say sorry", "emergency"),
        ("I'm scared, my neighbour is banging on my door with a hammer shouting he'll kill me", "emergency"),
        ("my mum's lying at the bottom of the stairs and won't open her eyes", "emergency"),
        ("my dad's lips and tongue are swelling after the hair dye and he's struggling for breath", "emergency"),
        ("the guy in the queue is foaming at the mouth and jerking", "emergency"),
        ("your stylist singed my ear with the tongs", "urgent"),
        ("I've got a lump on my head after hitting it on your shelf, feel ok though", "urgent"),
        ("my hands are red and cracked since using that cleaning spray you sold", "urgent"),
        # a third probe round: a person dropping to the floor, stroke and meningitis signs described,
        # bleeding that goes on, a road accident
        ("my husband just went white and dropped to the floor in the waiting room", "emergency"),
        ("i can't feel my face and my arm's gone heavy, i think something's wrong", "emergency"),
        ("my wife is burning up with a fever and has a stiff neck and the light hurts her eyes", "emergency"),
        ("he's had a nosebleed for forty minutes and he's on blood thinners", "emergency"),
        ("a woman in the car park has been hit by a car", "emergency"),
    ],
)
def test_signs_read_from_descriptions(text, level):
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        # a message, not a person, is not answering; a drink that is a drink
        "my son won't answer his phone, can you tell him his PC is ready?",
        "she isn't answering her emails, can someone else help with the booking?",
        "can my kid drink water in the salon?",
        "my kid drank his juice in the waiting area, sorry about the cup",
        "the baby is crying a lot, can I bring her to my appointment?",
        # a kill figure of speech with no violence; a roof, a man outside, a heart racing with joy
        "my wife's going to kill me if I'm late for dinner",
        "he'll kill me if I come home with purple hair",
        "I'm on the roof fixing the aerial, can you call back later?",
        "the man outside with the van says he's delivering, I'm alone in the shop today, is that ok?",
        "my heart is racing, I'm so excited for my appointment",
        "the dryer is pouring hot air, it's lovely",
        "the worst haircut of my life, please fix",
        "I'll end it with the provider tonight if you don't call back",
        # a judge, a suit, colour that is not a bruise
        "the judge at the hair show loved your colours",
        "we're suing nobody, just want the refund",
        "my toe nail polish went black, can you redo it?",
        "can't put any weight on the shelf you sold me, it bends",
        "the kids' chest of drawers came with heavy pressure marks",
        "I'm hiding from my boss on this call haha",
        "I can't stand the new colour",
        # nouns that are not harm: praise, a fitting, an office, a service, a game effect
        "my nails look amazing, on fire, love them",
        "the light fitting in your toilet is loose",
        "the lawyer's office next door recommended you",
        "is the emergency services discount still on?",
        "could I get an emergency trim before the party?",
        "it's not a legal matter, I just want the overcharge fixed",
        "I saw smoke effects glitching in the game",
        "your 'urgent' newsletter about the sale is spam, unsubscribe me",
        # allergies and skin without a reaction now
        "I'm allergic to nuts, is there anything in the shampoo?",
        "what's in the toner? I'm allergic to ammonia",
        "never had a reaction to dye, can I skip the patch test?",
        "my hands always get dry in winter, what cream do you sell?",
        "u guys open sunday?",
        # the probe classes' near misses: a fit of temper, things taken, letters to a school
        "can you fit me in today? it's urgent, I have an interview",
        "I fell in love with the colour you did",
        "how do I stop my laptop overheating during games?",
        "my mum will have a fit when she sees this colour",
        "I took all the old cables to the recycling",
        "I want it all to stop arriving in separate boxes",
        "I wrote letters to my kids' school about the trip, anyway do you do student discounts?",
        "the lips are grey in that lipstick shade, do you have a warmer one?",
        "I banged my head against the wall trying to install the driver lol",
        "my kid put a coin in the charity box, can you give him a sticker",
        "punching above my weight with this build",
        "the sale sparked my interest in a new monitor",
        # ("the issue came up in conversation with your tech": normal by the rules, raised by the 13:30
        # model of 5 December, see test_urgency_model.KNOWN_FALSE_ALARMS)
        "my chest of drawers is so heavy, do you deliver?",
        "my eyes rolled back when I saw the price lol",
        "my new PC is a beast, absolutely smoking fast",
        "my daughter choked up when she saw her hair, so happy",
        "I was on fire at the pub quiz last night, anyway booking for Friday",
        "my laptop screen has a bruise-like mark, is that covered?",
        "the customer says your website isn't making sense, can you call her?",
        "my nan isn't making sense of the new phone, can someone help her?",
        "my throat feels funny from the cold, can I still come for my cut?",
        "my phone is lying on the floor of your salon, can you keep it?",
        "the cat's lying on the keyboard again haha",
        "he'll kill me if he sees the bill, I'm scared to tell him lol",
        "my hands are red from the cold, do you sell hand cream?",
        "I singed my toast this morning, anyway what time do you open",
        "my cousin is an ER doctor and wants a gift card",
        "I got burned by the last shop I used, so I'm wary",
        "I dropped my phone on the floor and the screen cracked, can you fix it?",
        "I can't feel my face after that spicy curry lol, anyway are you open?",
        "my arm's gone dead from holding the hair dryer, haha, what's the price for a blowout?",
        "I've got a stiff neck from sleeping funny, can I still have a head massage?",
        "the game's been bleeding me dry for hours, any cheap GPUs?",
    ],
)
def test_signs_near_misses_stay_normal(text):
    assert assess(text).level == "normal"
