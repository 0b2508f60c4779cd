"""Urgency classes read from the misses of urgency blind54 and blind51 (s51urg), each in the team's own
phrasings on other topics: the level is asserted by the rules alone and with the trained model."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "text, level",
    [
        # a self-harm plan at a high walkway: letting go, with a strong cue (urgency_selfharm)
        (
            "I can't do this anymore. I'm up on the catwalk over the warehouse floor and I'm going to let go.",
            "emergency",
        ),
        ("I'm high up on the girders of the old mill and I'll just let go.", "emergency"),
        # an alarm sounding with a person still inside or not coming out (urgency_situations)
        ("The fire alarm's going in the flat and my nan is still in there, she won't answer the door", "emergency"),
        ("the smoke alarm is going upstairs and my brother isn't coming out of his room", "emergency"),
        # a fire with animals and a person still inside (urgency_mishaps.animal_only)
        ("The stables are on fire and I think the groom is still in there with the horses", "emergency"),
        # smoke spreading where a crowd is (urgency_fire_seen)
        ("Smoke is pouring out of the kitchen into the dining room and the guests are coughing", "emergency"),
        # a body part still swollen after a mishap (urgency_reading: "still" between)
        ("I rolled my ankle on your stairs on Friday and it's still double the size", "urgent"),
        ("my daughter's elbow is still puffy since she fell off the trampoline at your park", "urgent"),
        # a cut bleeding: a wound is no made thing (urgency_uses); an amount after "bleeding" (urgency_idioms)
        ("The cut on his chin is bleeding quite a bit", "urgent"),
        ("my finger is bleeding some after the blade slipped", "urgent"),
        # a point gone right through a body part (urgency_marks)
        ("A staple gun went off and she's got a staple clean through her fingertip", "urgent"),
        # a neck hurting after a vehicle ran into a fixed thing (urgency_parts_hurt)
        ("After your tyre change the car pulled left and I clipped a lamp post, now my neck's stiff", "urgent"),
        # a suit at a public body that names the business too stays a threat (urgency_figures)
        ("We're suing the housing association over the leak and your firm will be named in the claim", "urgent"),
        # a fitting hanging by its wires, live, in people's reach (urgency_power_lines)
        ("The lamp in the play area is dangling by its cable and sparking, and children keep grabbing at it", "urgent"),
    ],
)
def test_harm_classes(text: str, level: str) -> None:
    assert assess_rules(text).level == level
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        # a plant strangling "everything" (urgency_lightly)
        "The ivy is strangling everything along the fence, can you quote for clearing it?",
        # "let go" of a thing, or "do this any more" about a service
        "I'm going to let go of the cleaning contract at the end of the month.",
        "I don't want to do this any more, please just cancel the subscription.",
        # legal action at a public body or a counterparty (urgency_figures)
        "I'm suing the letting agency over my deposit, could you give me a receipt for the cleaning?",
        "I'm taking my employer to the employment tribunal, so I need the cheapest suit you do.",
        # a legal profession named, the business asked to send something (urgency_counsel)
        "My wife's a solicitor and she likes to check contracts, could you email the agreement first?",
        # a service asked to hurry with the bare word "urgent" (urgency_asked)
        "Could you be quick? It's urgent, the wedding is at two and the dress still needs steaming.",
        # a thing's danger by hearsay beside a question (urgency_quiet); something read (urgency_stories)
        "Is lily pollen safe around a kitten? I've heard it's toxic.",
        "Do you use pesticides on the fruit? I read something about birds getting poisoned.",
        # a thing slipped down the side of a seat is lost (urgency_asides)
        "Lovely meal, but I think my earring slipped down the side of the booth, could someone look?",
        # muscles dead after the exercise that "killed me" (urgency_lightly)
        "The hill session absolutely killed me, my legs are still dead, what time is Thursday's?",
    ],
)
def test_no_harm_now(text: str) -> None:
    assert assess_rules(text).level == "normal"
    assert assess(text).level == "normal"
