"""Classes behind blind8's six urgent and emergency lines taken for normal at first contact (only
those six lines were read; the phrasings here are our own). Each class has near misses that must
stay where they are."""

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a fire told without the word "fire": caught, then spreading
        ("The blanket by the heater has caught and it's spreading to the sofa", "emergency"),
        ("the towel on the dryer has caught, smoke everywhere", "emergency"),
        # a farewell and hopelessness told of someone else, who no longer answers
        ("My sister texted me goodbye and now she isn't answering, she said she's done with it all", "emergency"),
        # a bare "I won't be around." with an appointment not needed and notes written
        ("I won't be needing my booking. I won't be around. I've written notes for my kids.", "emergency"),
        # a hissing power bank or vape, a screen or trackpad pushed up by a swelling battery
        ("the vape started hissing in my pocket", "urgent"),
        ("my power bank is hissing a bit, I put it on the patio", "urgent"),
        ("my laptop got super hot and now the trackpad is lifting", "urgent"),
        # a burn told by where a hot tool touched the body
        ("There's a red blister where the straighteners touched my forehead", "urgent"),
    ],
)
def test_blind8_classes_are_recognised(text, level):
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "my son has caught a cold and it's spreading through the family",
        "prices are going up fast",
        "a mark where the iron touched the shirt, can you get it out?",
        "the screen protector is lifting, can I get a new one",
        "I won't be around. I'm on holiday till June.",
        "I won't be around next week, can we move it?",
        "my son said he's done with everything at school lol, can he get a fade",
    ],
)
def test_blind8_near_misses_stay_normal(text):
    assert assess(text).level == "normal"
