"""Harm told by what is happening to a body or a person (customario/escalation/urgency_bodies.py),
and the everyday senses found beside it (urgency_everyday.py): the classes of urgency blind13 and
blind16's misses, in the team's own phrasings on other businesses (a garden centre, a bowling
alley, a climbing wall, a removals firm, a marina, a bakery, a print shop)."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # someone attacking a person now, active voice; someone stabbed just now
        "At the bowling alley two lads are fighting and one is hitting the other with a pin, come quick",
        "a customer climbed over the counter and is hurting my colleague, she's crying",
        "theres a fite in the car park at the garden centre and sum1 got stabed",
        # a person on a road among traffic; an animal loose on the road with its rider
        "An old gentleman from the care home has walked out onto the bypass, cars are braking hard",
        "the pony has bolted onto the ring road with my niece still on its back",
        # a person face down in the water; trapped in a running machine; crushed; hanging by the neck
        "At the marina there's a man floating face down by the jetty and nobody's moving",
        "my colleague's arm is caught in the dough mixer and it's still going, he can't get out",
        "the pallet truck tipped and the whole load is on top of his chest, he's gasping",
        "the little one's neck is tangled in the cargo net and she's hanging from it",
        # catastrophic bleeding
        "the chisel slipped and blood is spurting out of his wrist",
        # self-harm: up a structure saying he'll jump; the means ready with a matter closed for afterwards
        "A man is up the crane at the building site next door saying he's going to jump",
        "I've got the pills ready, just ringing to close my account so my family don't get billed after.",
        # a fire with a named person still inside
        "The shed's on fire and Grandad is still in there with the dog",
        # a vehicle on fire out front
        "Your delivery lorry is on fire out front next to the petrol pumps",
    ],
)
def test_dangers_told_as_scenes_are_emergencies(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "a bowling ball landed on my foot, my toes look broken and I can hardly walk",
        "My wrist is definitely broken from the fall off the climbing wall, she's chatting though",
        "the removal van reversed over my foot, it's black and blue",
        "I got a splinter of glass and my eye got scratched, it won't stop watering",
        "The shelf edge split my eyebrow open, I'm holding a tea towel on it",
        "There's a bare cable hanging out of the wall in the soft play and kids keep touching it",
        "There's a live cable exposed in the changing room where the panel fell off",
        "Consider your company sued.",
        "I will bring you to the court for this, my wall is ruined",
        "his finger won't stop bleeding after the saw caught it",
    ],
)
def test_injuries_hazards_and_threats_are_urgent(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        # everyday senses: a deadline, a loss that is not blood, a fitting as a job, a court as a destination
        "We're under the gun with the wedding order, can you bake it by Friday?",
        "The conservatory is bleeding heat all winter, can you quote for new glazing?",
        "I'll take this to the ombudsman, your shoddy fitting has left gaps everywhere",
        "Can you deliver forty printed copies to the crown court by ten?",
        "Do the cupcakes have nuts? My nephew is allergic.",
        # body words that name a thing, not a body
        "The back gate's been broken since the storm, can you quote for a new one?",
        "The chair leg is bent, the one by the window.",
        # a typo fixer never turns an ordinary word into a harm
        "Can you print the menus? They need to be tabbed and laminated",
        # no attack: a body part as the subject, a thing as the object
        "my knee is hurting me after the hike, do you sell supports?",
        "people are going down the slide and they can't stop laughing",
    ],
)
def test_everyday_senses_stay_normal(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        # survey answers about a procedure, a look or a term (a tattoo studio, a barber, a driving school)
        "Four, the tattoo gun stung a bit but that's normal.",
        "Honestly it's a wax, it's going to hurt, so a seven.",
        "The jab in my gum meant I was numb for the whole filling, so a nine.",
        "Can you do a colour on my sideburns? They're turning grey",
        "Parallel parking and emergency stops mostly.",
        "We moved the knife block and the gun cabinet ourselves.",
        "Bonfire Night, I think, or the day after.",
        "Is the deposit refunded if I end up in hospital before the course?",
    ],
)
def test_ordinary_answers_stay_normal(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    ["the steam hurt my hand and it's blistering", "it stung and now her arm is swelling up"],
)
def test_a_hurt_with_a_person_hurt_stays_urgent(line):
    assert assess_rules(line).level != "normal"
