"""Urgency classes read from blind8's over-escalated normal lines (issue 11, development since
3 December 21:05): alarming words in another sense, harms feared rather than happening, conditions
long-standing, old injuries, the business ruled out, text-speak without vowels.

Every line is the team's own phrasing about another place (a garden centre, a bike shop, a
pharmacy, a bakery, a phone repair stand), none copied from a corpus; each class has lines that
must stay urgent or emergency next to the ones that must be normal."""

import pytest

from customario.escalation import urgency_senses, wordnet
from customario.escalation.urgency import assess

needs_wordnet = pytest.mark.skipif(
    not (wordnet.DEFAULT_ROOT / "data.noun").exists(), reason="Debian wordnet-base is not installed"
)

COLOURS = [
    # a shade before a colour word, after a determiner, names a colour
    ("Have you got the rain jacket in that smoke blue, size medium?", "normal"),
    ("I'd like the flame red bike bell for my niece", "normal"),
    ("Is the blood orange paint for the shed back in stock?", "normal"),
    ("Do the planters come in a scorched amber or only terracotta?", "normal"),
    # ... said of a body, or smoke moving, it is still the harm
    ("Her cheek has gone burnt red where the heater touched it and it's blistering", "urgent"),
    ("A smoke black cloud is coming out of the e-bike battery in the hall", "emergency"),
    ("There's smoke under the stockroom door and a fire red glow", "urgent"),
]

MACHINES = [
    # "infected" and "virus" in a sentence about a machine are malware
    ("My laptop picked up a virus and it's infected all the holiday photos, can you clean it?", "normal"),
    ("The till computer is infected, is there a technician this week?", "normal"),
    # ... with a body part in the sentence they are an infection
    ("The phone screen cut his thumb and now it's infected and throbbing", "urgent"),
    ("My son's graze from the bike looks infected, it's hot and oozing", "urgent"),
    ("The site of her pacemaker implant is infected and red", "urgent"),
]

FIGURES = [
    # "could kill" with a reason after "for" / "over" is self-reproach or anger said as a figure
    ("I could kill myself for leaving the cake order so late, can you still do Saturday?", "normal"),
    ("I could strangle my brother over the parking, anyway is Friday free?", "normal"),
    ("Honestly I could kill for a cinnamon bun right now, are you open?", "normal"),
    # ... without a reason, or with means or a person there, it is read for what it says
    ("Sometimes I think I could kill myself and nobody would even notice", "emergency"),
    ("I could kill myself for this, I've let everyone down and the pills are right here", "emergency"),
    ("I could kill him for what he did, he's outside the shop with a knife", "emergency"),
    # "burn off" and burning a quantity are spending energy or money
    ("The puppy is burning off energy in the yard while I ring you about his food", "normal"),
    ("I'm burning calories cycling to work, which saddle do you recommend?", "normal"),
    # ... burning off a body part is an injury
    ("His eyebrows burnt off when the barbecue flared, should he see someone?", "urgent"),
]

FEARED = [
    # a harm feared or prevented by a thing, in a line that asks something
    ("Which stand would you suggest so the soldering iron doesn't scorch the bench?", "normal"),
    ("I'm worried the antiseptic gel will sting, is there a gentler one?", "normal"),
    ("Do you sell oven gloves? Don't want to get burnt taking the trays out", "normal"),
    ("Which cable should I get so my phone doesn't overheat at night?", "normal"),
    # ... a person in the line, a harm now, or no question keeps it
    ("I don't want to get hurt, he's banging on the front door, what do I do?", "urgent"),
    ("My charger is sparking now, which fuse should I get so it doesn't catch fire?", "urgent"),
    ("I'm scared he'll hurt me again, can you help?", "emergency"),
]

LONG_STANDING = [
    # a condition that has lasted months or years, asked about as a purchase
    ("My elbows have been itchy for years, anything at the pharmacy for that?", "normal"),
    ("She's had a dry flaky rash on and off for ages, which cream is best?", "normal"),
    # ... unless it changed
    ("My scalp has been itchy for years but since the new shampoo yesterday it's swelling", "urgent"),
    ("I've had a rash for months and now it's spreading up my neck", "urgent"),
]

OLD_AND_RULED_OUT = [
    # an old injury or a scar is context for a request
    ("My nephew has a scar from an old burn, can the barber avoid that side?", "normal"),
    ("I've got an old wrist injury, is there a lighter kettlebell?", "normal"),
    # ... unless it opened again
    ("My son's old wound on his arm has opened up and it's bleeding again", "urgent"),
    ("The scar from his surgery has split open and it's bleeding", "urgent"),
    # the business named only to be ruled out: a past event is not one it caused
    ("We had a kitchen fire last spring, nothing to do with you, can I order a new toaster?", "normal"),
    # ... a past injury the business caused is still reported
    ("Last week your kettle scalded my hand, I want a manager to ring me", "urgent"),
    # a hospital stay for a recovery is a place, not an emergency
    ("My grandad's in hospital recuperating after his hip op, could someone deliver a cake there?", "normal"),
    ("My grandad's in hospital, he collapsed after eating your pie", "emergency"),
    # a relative's profession and their own court date are no threat
    ("My sister's a barrister, she wants a smart trim before court on Monday", "normal"),
    ("My sister's a barrister and she'll see you in court", "urgent"),
]

TEXT_SPEAK = [
    # text-speak without vowels: "cnt", "dnt", "cudnt"
    ("i cnt breath proprly since the spray tan", "emergency"),
    ("cudnt wake him up, hes grey", "emergency"),
    ("i dnt think the order came, cnt find it", "normal"),
    # a second state after "and": airway swelling after an exposure
    ("her tongue is itchy and getting bigger after the peanut cookie", "emergency"),
    ("my lips are dry and cracked, any balm?", "normal"),
    # "bleeding" before a preposition is blood, not the British intensifier
    ("my knuckles are bleeding after the dishwasher tablet", "urgent"),
    ("this queue is bleeding slow", "normal"),
]


STORIES = [
    # another business, a story read or heard, a topic, a denial, a workplace, next time, a policy question
    ("My flatmate had a reaction at a different barber's, so can I have a patch test first?", "normal"),
    ("My aunt's previous stylist scalded her neck, do your basins have a thermostat?", "normal"),
    ("A friend says a tattooist burnt her arm once, do you do laser removal?", "normal"),
    ("I read about a gym where someone fainted on the treadmill, do you have staff on the floor?", "normal"),
    ("My daughter is revising burns and scalds for her first aid badge, any cheap laptops?", "normal"),
    ("I didn't cut myself, I only want to know which blade fits the trimmer", "normal"),
    ("My partner works on the burns unit and needs a quick trim before her night shift", "normal"),
    ("Please don't singe my fringe this time, it was frazzled last visit", "normal"),
    ("If my skin stings during the peel, will the therapist stop?", "normal"),
    ("We got burnt on that last sofa deal, is there a discount this time?", "normal"),
    ("My cousin hurt his knee in March, he wants a sports massage now", "normal"),
    # ... the caller there now, a clause that says just or now, a relay of news, harm still going
    ("I'm at a different bakery and my friend just fainted", "urgent"),
    ("We're in another shop and my son has cut his hand and it won't stop bleeding", "emergency"),
    ("I didn't burn myself, my son did and it's blistering", "urgent"),
    ("If it's burning, should I rinse it off now?", "urgent"),
    ("I got burnt by the laser at your clinic and the skin is peeling", "urgent"),
    ("Your waxing lady burnt my lip last week, I had to go to a different clinic to get it seen", "urgent"),
    ("My dad collapsed once, and he's collapsed again now", "emergency"),
    ("my wife took all her sleeping pills at once", "emergency"),
]


RECALL = [
    # a kill threat from a person named by a noun, near or violent (WordNet person)
    ("I'm frightened my stepdad will kill me, he's waiting at the bus stop", "emergency"),
    ("My ex-husband texted that he's going to kill me tonight", "emergency"),
    # ... a figure: when someone sees a bill, if the caller is late, laughter
    ("My nan will kill me when she sees this fringe, haha", "normal"),
    ("My manager will kill me if I'm late, can I come at 8 instead?", "normal"),
    # hopelessness said with "nobody" and the means at hand
    ("Nobody would even notice if I was gone, the pills are ready", "emergency"),
    ("Nobody would notice if I skipped the class, can I cancel?", "normal"),
    # a made thing smouldering, an agent noun that is first a person in WordNet ("toaster")
    ("The charging cable is smouldering on the rug", "emergency"),
    ("The toaster in the back room is smoking", "emergency"),
    ("The bloke next door is smoking in his garden again", "urgent"),
    ("She wants a smouldering eye look for the shoot", "normal"),
    # two whole-body signs after a product or a food
    ("I feel light-headed and my heart is pounding after the peel", "urgent"),
    ("my tongue is itchy and he's vomiting since the prawns", "emergency"),
    ("I've been stung by hornets three times and I feel woozy", "emergency"),
    # chest pains in the plural; "X gave me chest pains" said of a bill is a figure
    ("My dad's having chest pains in the car park", "emergency"),
    ("Honestly the quote gave me chest pains, any cheaper options?", "normal"),
    # a colour of cyanosis said of the lips or the face
    ("he's gone very quiet and his lips look dusky", "emergency"),
    ("Her face is turning bluish and she's not answering", "emergency"),
    # a bone through the skin, a limb out of shape, a deep burn
    ("he came off the ladder and there's a bone poking through the skin of his shin", "emergency"),
    ("the bones showed through on the scan, all fine, can I book a massage?", "normal"),
    ("his finger is bent at a funny angle after the door slammed", "urgent"),
    ("the oil caught his hand and the skin has gone white and leathery", "emergency"),
    ("A waxy finish on the scorched amber, please", "normal"),
    # an arson threat with people inside, from a person named by a noun
    ("my lodger keeps shouting he'll set fire to the flat with us in it", "emergency"),
    ("my uncle says he'll burn the place down if the match is cancelled lol", "urgent"),
    # someone at the door with a tool, or kicking it while the caller is locked in
    ("a stranger with a hammer is trying our back door", "emergency"),
    ("im locked in the loo and she's banging on the door screaming", "emergency"),
    ("the man with the drill is trying the door handles on display", "normal"),
    # water through an electrical fitting
    ("water is pouring out of the bathroom light switch", "urgent"),
    # the caller's lawyer to call the business is a legal threat; a lawyer call booked is not
    ("I'll get my solicitor to call you on Monday", "urgent"),
    ("Can I move my solicitor call to after my appointment?", "normal"),
    # an overdose whose medicine is not the last word; broken English's bare verb after "he" / "she"
    ("my grandad took too many of his water tablets by accident", "emergency"),
    ("I took a lot of time off work, can I rebook?", "normal"),
    ("my daughter she drink the floor cleaner, what I do", "emergency"),
    # smoke from under a door, much blood, a socket, a faint coming
    ("there's a bit of smoke coming from under the office door", "emergency"),
    ("he caught his hand in the mixer and there's so much blood", "emergency"),
    ("I need a blood test, can I come after?", "normal"),
    ("my niece stuck a hairpin into the socket and her fingers are black", "urgent"),
    ("I read the fork in the socket thing is a myth, do you sell fuses?", "normal"),
    ("I think I'm going to pass out, the room is spinning", "urgent"),
    ("I'm going to faint when I see the bill, haha", "normal"),
]


@needs_wordnet
@pytest.mark.parametrize(
    ("text", "level"),
    RECALL + COLOURS + MACHINES + FIGURES + FEARED + LONG_STANDING + OLD_AND_RULED_OUT + TEXT_SPEAK + STORIES,
)
def test_alarming_words_in_another_sense_and_harms_not_now(text, level):
    assert assess(text).level == level, assess(text)


@needs_wordnet
def test_set_aside_keeps_the_harm_words_it_does_not_explain():
    kept = urgency_senses.set_aside("the burnt patch on her arm, the red smoke")
    assert "burnt" in kept and "smoke" in kept
    assert "burn" not in urgency_senses.set_aside("the kids are burning off steam")
    # a fear of another person is never set aside, even in a question
    assert "hurt" in urgency_senses.not_feared("i'm scared my husband will hurt me, can you help?")
    assert "sting" not in urgency_senses.not_feared("i'm worried the gel will sting, is there another?")
    assert urgency_senses.chronic("itchy for years, any cream?").strip().startswith("for")
    assert "itchy" in urgency_senses.chronic("itchy for years and worse today")
