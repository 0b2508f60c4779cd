"""Urgency classes read from development corpora urgency blind62 and blind53 (s55urg), in the team's own
phrasings: a Scots legal threat ("have you up before the sheriff"); a berry or a plant tasted, then sick
once or twice with the person still talking and walking (urgent, not 999); a person over a rail or a
barrier saying they will jump; a person starting to "fit" (British for a seizure); a joint heard to pop
and an arm that will not rise above the head; smoke with the caller's party shut in; and, the other way,
a breathing sign denied of everyone ("nobody's wheezing"), rich food called "a heart attack on a plate"
and a head knock a doctor has already called a mild concussion."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "a lad's got over the barrier on the footbridge and keeps saying he will jump",
        "there's a woman who climbed over the railing at the harbour, she's about to jump off",
        "my sister has started to fit and she won't stop shaking",
        "he ate some of those mushrooms from the verge and now he's starting to fit.",
        "there's smoke pouring under the door and we're trapped in here with the kids",
    ],
)
def test_danger_to_life_now_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "Your mechanic scratched the whole side of my van, I'll have you up before the sheriff for it.",
        "I'll hae ye up in front of a judge over that fence, mark my words.",
        "my wee one tasted a red berry off the bush, she's been sick twice but she can still talk and walk",
        "I felt something snap in my ankle on your climbing wall and it's swelling up",
        "the instructor pulled my shoulder hard and now I can't raise it above my head",
        "my little boy came out of the soft play in itchy red blotches, no one's struggling to breathe",
        "four of us got hives after the prawn starter, nobody is wheezing or anything",
        "my son banged his head at your trampoline park on Friday and the doctor said mild concussion",
    ],
)
def test_urgent_lines_are_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "The sheriff came round asking about a missing trailer, nothing to do with you.",
        "Can we have you up before the doors open to set the chairs out?",
        "the kids climbed over the fence and are going to jump on the trampoline",
        "my daughter is starting to fit in at the new school",
        "the dress is finally starting to fit since I lost the weight",
        "I heard something pop in the engine on the way over, can you take a look?",
        "it was raining so we're stuck inside, do you deliver on Sundays?",
        "Your full English is a heart attack on a plate, love it, do you do a vegan one?",
        "Can you taste the chilli in the curry much?",
    ],
)
def test_ordinary_lines_stay_normal(line):
    assert assess(line).level == "normal", assess(line)


@pytest.mark.parametrize(
    "line",
    [
        "she ate a berry off the hedge and keeps being sick and she's floppy",
        "she banged her head at your soft play, the doctor said mild concussion but now she's getting worse and confused",
        "he's got hives from the nuts and he's wheezing badly",
    ],
)
def test_the_grave_sign_still_makes_it_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        (
            "our rabbit got out and was hit by a bike; she pulled through, but I'm instructing a solicitor against you",
            "urgent",
        ),
        ("my cat was hit by a car in May and she pulled through, can I book her in for a groom?", "normal"),
        ("my dad was hit by a car outside your shop, we don't know if he'll pull through", "emergency"),
    ],
)
def test_a_harm_come_through_is_over(line, level):
    assert assess_rules(line).level == level, assess_rules(line)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        (
            "The choir is singing the Requiem, all that death and fire in the Dies irae, can we have the score early?",
            "normal",
        ),
        ("so much blood in the lyrics of that carol, is it suitable for the kids' choir?", "normal"),
        ("there's a fire in the choir vestry and the alarm is going, we need help", "emergency"),
    ],
)
def test_harm_in_the_words_of_a_piece_is_no_harm(line, level):
    assert assess_rules(line).level == level, assess_rules(line)
