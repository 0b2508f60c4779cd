"""Urgency classes read from blind7's misses (issue 11, development since 3 December 18:10).

Every line is the team's own phrasing about another place (a gym, a restaurant, a garage, a spa, a
car service), none copied from a corpus; each class has lines that must stay normal next to it."""

import pytest

from customario.escalation import urgency_idioms, wordnet
from customario.escalation.urgency import assess

needs_wordnet = pytest.mark.skipif(
    not (wordnet.DEFAULT_ROOT / "data.noun").exists(), reason="Debian wordnet-base is not installed"
)

TREATED = [
    # a rescue medicine already given stays an emergency however calm the caller and however much better
    (
        "we gave him his epipen at the table ten minutes ago and he looks okay now, do we still need to do anything?",
        "emergency",
    ),
    ("I had to use my son's auto-injector after lunch, he's calmer now", "emergency"),
    ("the paramedics gave her narcan and she woke up, then they left", "emergency"),
    # ... the pen named as an item, never used, or used years ago is no reaction now
    ("my EpiPen expired, can you order me a new one?", "normal"),
    ("I carry an EpiPen, is your kitchen nut free?", "normal"),
    ("I've never had to use my epipen, but I'm allergic to latex, do the staff wear gloves?", "normal"),
    ("Years ago I used my EpiPen after a facial at another spa, so please patch test me", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), TREATED)
def test_a_rescue_medicine_given_is_an_emergency(text, level):
    assert assess(text).level == level, assess(text)


FAREWELLS = [
    # a farewell with a time limit plus an apology sent through a relative, or plus "don't need X any more"
    ("cancel the gym membership. I won't be around after this weekend. tell my mum I'm sorry", "emergency"),
    ("dont need the car serviced anymore. wont be around after friday", "emergency"),
    ("don't need the repair anymore, I've had enough, tell my brother I'm sorry", "emergency"),
    # notes or letters written, with no determiner, beside hopelessness
    ("I've written goodbye letters to my kids. just wanted to cancel the car service", "emergency"),
    ("I can't do this any more. I've written notes to the family. please cancel my class", "emergency"),
    # near misses: an apology for a small thing, notes about a job, a thing no longer needed
    ("tell my sister I'm sorry I missed her birthday, can you add a card to the order?", "normal"),
    ("I wrote notes on the install guide, can I email them to you?", "normal"),
    ("don't need the cable anymore, found one at home", "normal"),
    ("won't be around after Friday, I'm moving to Leeds, so please deliver Thursday", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), FAREWELLS)
def test_self_harm_hidden_in_an_errand(text, level):
    assert assess(text).level == level, assess(text)


FIGURES = [
    # a machine with a person's illness (WordNet: a device or a made thing)
    ("my car has a fit every time it rains, can you check the wiring?", "normal"),
    ("the printer is having a stroke again lol", "normal"),
    ("the coffee machine throws a fit when I use oat milk", "normal"),
    ("my husband is having a seizure on the floor", "emergency"),
    ("the guy at the next table is having a seizure", "emergency"),
    # fitting something is installing it; "fitting" alone is a seizure
    ("I'm fitting the new radiator tomorrow, which brackets do I need?", "normal"),
    ("can I move my suit fitting to Tuesday?", "normal"),
    ("she's fitting, it won't stop", "emergency"),
    # choking, swallowing, sparking with an abstract object (WordNet): a figure; with a thing: real
    ("I'm choking on the bill for this repair", "normal"),
    ("he swallowed his pride and called them", "normal"),
    ("my nephew swallowed the excuse that the cake was for the neighbours", "normal"),
    ("that film sparked a massive argument at home", "normal"),
    ("my daughter's choking on a grape, what do I do", "emergency"),
    ("she is choking on it", "emergency"),
    ("he's choking on the last bite", "emergency"),
    ("my toddler swallowed a magnet from the fridge", "emergency"),
    ("the toaster sparked and now smells burnt", "urgent"),
    ("the socket sparks every time I plug the kettle in", "urgent"),
    ("the plug sparked this morning", "urgent"),
    # melting said of a mood or the weather; a plug or a cable melting is a hazard
    ("my brain is melted after this exam week", "normal"),
    ("it's melting in here, is your aircon broken?", "normal"),
    ("my heart melts every time I see the puppy photos you post", "normal"),
    ("the plug melted and smells of burning plastic", "urgent"),
    ("the cable is melting!", "urgent"),
    # the caller's own look in a simile; a cigarette; money that bleeds
    ("I look like I've been dragged through a hedge, can you fit me in?", "normal"),
    ("he was electrocuted by the fence and isn't breathing", "emergency"),
    ("nipped out for a quick fag and the courier came, can he come back?", "normal"),
    ("there's smoke coming out of the back of the fridge", "urgent"),
    ("my bank account is bleeding money because of these subscriptions", "normal"),
    # a lawyer's or an accountant's advice on paperwork; the same lawyer with a claim is a threat
    ("my accountant said I should keep all receipts, can you resend last month's?", "normal"),
    ("my lawyer says I should keep the receipts because we're suing you", "urgent"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), FIGURES)
def test_figures_by_the_class_of_their_object(text, level):
    assert assess(text).level == level, assess(text)


@needs_wordnet
def test_idioms_set_aside_keeps_real_objects():
    assert urgency_idioms.set_aside("i'm choking on these ridiculous prices").strip() == "i'm"
    assert urgency_idioms.set_aside("choking on a grape") == "choking on a grape"
    # "made a spark and a bad smell": the verb has no object
    assert "spark and" in urgency_idioms.set_aside("it made a spark and a bad smell")


FIRE_OUT = [
    # a fire already put out by someone: a hazard (urgent), with or without a burn
    ("the deep fryer caught fire at lunch, the chef smothered it with a blanket, all fine", "urgent"),
    ("the extension lead burst into flames, we put it out but my son burnt his hand", "urgent"),
    ("my dryer caught fire, the fire brigade put it out", "urgent"),
    # not out, out of reach, or burning again: still an emergency
    ("the bin is on fire and we can't put it out", "emergency"),
    ("the oven caught fire and it's still burning", "emergency"),
    ("the curtains are on fire, put it out!", "emergency"),
    ("how do I put it out, the battery is on fire", "emergency"),
    ("the lamp caught fire, I tried to put it out but it keeps flaring", "emergency"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), FIRE_OUT)
def test_a_fire_already_put_out_is_a_hazard(text, level):
    assert assess(text).level == level, assess(text)


INJURIES = [
    # a body part that "got caught" in something; a cut told by its depth
    ("my daughter got her finger trapped in your car door, it's swollen and purple", "urgent"),
    ("got my hand stuck in the blender lid", "urgent"),
    ("the barber nicked my ear and it's cut deep", "urgent"),
    ("they cut prices deep this year", "normal"),
    # a body part "has been on fire" since a treatment is a burning feeling, not flames
    ("my skin has been on fire since the peel yesterday", "urgent"),
    # an injury at "your place", weeks ago, complained about now
    ("the burn from my waxing two weeks ago at your place has scarred", "urgent"),
    # fainted and not staying awake
    ("I fainted and can't stay awake, everything is spinning", "emergency"),
    ("fainted at the gym but I'm awake and talking now, bit shaky", "urgent"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), INJURIES)
def test_injuries_told_by_cause_and_depth(text, level):
    assert assess(text).level == level, assess(text)


LEGAL = [
    # the matter sent to a court, said ahead; "lawyering up" as a verb
    ("we'll let a judge settle this", "urgent"),
    ("this is going to end up in court, mark my words", "urgent"),
    ("it'll be sorted out in front of a judge", "urgent"),
    ("time to lawyer up, you people are crooks", "urgent"),
    # a court matter of the caller's own, past or personal, is not a threat
    ("my divorce was settled in court last year, I need new locks", "normal"),
    ("I'm going to court on Monday for a parking ticket, can I move my appointment?", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), LEGAL)
def test_legal_threats_without_the_word_sue(text, level):
    assert assess(text).level == level, assess(text)


QUESTIONS = [
    # a question about a kind of product, nothing happening
    ("is this power bank the sort that can explode?", "normal"),
    ("are these the kind of batteries that leak acid?", "normal"),
    ("my phone battery is swelling, is it the kind that explodes?", "urgent"),
    # a fault made safe by a trade is over
    ("gas smell yesterday but the engineer fixed the pipe, all good now", "normal"),
    ("the engineer fixed the pipe yesterday but now the gas smell is back and my flatmate is dizzy", "emergency"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), QUESTIONS)
def test_questions_and_faults_made_safe(text, level):
    assert assess(text).level == level, assess(text)


HYPERBOLE = [
    # laughter, brightness, wishes and money said with danger words
    ("can't breathe I'm laughing so hard at the photo you sent", "normal"),
    ("the new neon sign is so bright it burns my eyes lol", "normal"),
    ("the burning question is whether you price match", "normal"),
    ("that bonus is burning a hole in my pocket, what's on sale?", "normal"),
    ("I'm allergic to queues lol, can I book online?", "normal"),
    ("my back hurts from gaming all weekend, do you sell a better chair?", "normal"),
    # the same words about a body now
    ("I can't breathe and my lips are tingling after the prawns", "emergency"),
    ("I'm allergic to latex and my hands are swelling", "urgent"),
    ("my knee hurts after I slipped on your wet floor", "urgent"),
    # a power supply that died with a pop is an electrical hazard
    ("the power supply died with a loud pop and now nothing turns on", "urgent"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), HYPERBOLE)
def test_hyperbole_with_danger_words(text, level):
    assert assess(text).level == level, assess(text)


UNDERSTATED = [
    # a fall with no getting up; blacking out told of a person; carbon monoxide signs in two people
    ("my nan fell this morning and hasn't been able to get up since", "emergency"),
    ("I can't get up early enough for a 9am slot", "normal"),
    ("I keep blacking out since the colour treatment", "emergency"),
    ("my screen keeps blacking out when I game", "normal"),
    ("my husband's been sick three times, the boiler's making a funny smell and I feel woozy too", "emergency"),
    # skin that weeps; a mains part hot and taken out of use; a battery pushing the case up; a buzzing charger
    ("the colour made my scalp weep a bit, it's crusty now", "urgent"),
    ("the new charger buzzes and the plug gets hot, I've pulled it out", "urgent"),
    ("my laptop charger gets hot when gaming, is that ok?", "normal"),
    ("the laptop battery has lifted the trackpad", "urgent"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), UNDERSTATED)
def test_understated_signs(text, level):
    assert assess(text).level == level, assess(text)


OVER_AND_THREATS = [
    # a one-off told with "once" after the verb, a year named, an alarm set off by cooking: over
    ("my cousin's e-bike battery exploded once, are yours certified?", "normal"),
    ("we had a small kitchen fire at the cafe in 2018, do you need that for the insurance form?", "normal"),
    ("the smoke alarm went off this morning because of the bacon", "normal"),
    ("the smoke alarm went off because of the toast but now the toaster is on fire", "emergency"),
    # legal threats by form: papers, a process (non-native calque), the courts, "going legal"
    ("expect court papers by the end of the month", "urgent"),
    ("I will open a process against your company", "urgent"),
    ("I'll be seeking damages through the courts", "urgent"),
    ("if the deposit isn't back by Monday I'm going legal", "urgent"),
    # complaints and legal words with no threat
    ("I'm disputing the charge with my bank", "normal"),
    ("legally, am I entitled to a refund after 30 days?", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), OVER_AND_THREATS)
def test_events_over_and_threats_by_form(text, level):
    assert assess(text).level == level, assess(text)


MORE_FIGURES = [
    # a machine doing what a body does; a thing that fell is dropped (still an injury when it lands on someone)
    ("the extractor fan is choking on grease, can you service it?", "normal"),
    ("my tablet fell off the sofa and the screen cracked", "normal"),
    ("the shelf fell on my foot and it is swollen", "urgent"),
    ("my grandad fell down the stairs and is not moving", "emergency"),
    # "bleeding" as an intensifier, or of a radiator; bleeding in amounts stays
    ("the app is bleeding useless, can I book by phone?", "normal"),
    ("how do I bleed the radiators in the salon?", "normal"),
    ("she is bleeding heavily from her hand", "emergency"),
    # praise, slips of the tongue, a haircut, betrayal by a business, cheated before
    ("my brows are on fire with this new tint!", "normal"),
    ("I slipped up and booked the wrong day", "normal"),
    ("the barber cut my beard too short, I want a discount", "normal"),
    ("the barber cut my ear, it's bleeding a little", "urgent"),
    ("I feel stabbed in the back by your courier, third late parcel", "normal"),
    ("I got burned by a cheap charger brand before, is this one decent?", "normal"),
    ("I got burned by the tongs at your salon, still red", "urgent"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), MORE_FIGURES)
def test_more_figures_by_class(text, level):
    assert assess(text).level == level, assess(text)


IMPLIED = [
    # farewells said in other words, two strong cues of one kind, a farewell told of someone else
    ("please give my slot to someone else. I won't need it where I'm going. sorry for everything", "emergency"),
    ("cancel the delivery, there's no point any more, I've said my goodbyes", "emergency"),
    ("my sister messaged that she's sorry and she loves us, and now her phone is off", "emergency"),
    ("this is my last message, thank you for always being patient with me", "emergency"),
    ("I'm done with it all, I've made my peace", "emergency"),
    ("my family would be better off if I wasn't around", "emergency"),
    # near misses: moving away, an apology for a call, a last order, a finished job, a repair not worth it
    ("I won't need the appointment, I'm moving abroad next week, thanks for everything!", "normal"),
    ("sorry for everything yesterday, I was rude on the phone", "normal"),
    ("this is my last order with you, the service has been awful", "normal"),
    ("I'm done with this build, it's finished and it looks great", "normal"),
    ("there's no point repairing it, I'll buy a new one", "normal"),
    # a child with a button battery in the mouth, or a detergent pod chewed
    (
        "my 3 year old had one of the tiny round batteries from the key fob in his mouth and now I can't find it",
        "emergency",
    ),
    ("the toddler chewed a corner of a laundry capsule", "emergency"),
    ("my son bit a tiny bit off the crayon", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(("text", "level"), IMPLIED)
def test_danger_only_implied(text, level):
    assert assess(text).level == level, assess(text)
