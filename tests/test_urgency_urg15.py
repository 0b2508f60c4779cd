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
