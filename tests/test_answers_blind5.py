"""Classes of wrong values stored on blind5 at first contact (only its wrong items were read).
Each rule is general and has near misses that must keep their reading or be asked again: a wrong
value stored is worse than asking again."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue.answers import normalise

TODAY = date(2026, 12, 2)  # a Wednesday
SERVICES = Question(
    id="services",
    type="multi_choice",
    text="Which services did we do for you: washing, ironing, delivery? Or none?",
    choices=[
        Choice(code="washing", label="washing", synonyms=["wash"]),
        Choice(code="ironing", label="ironing", synonyms=["iron", "pressing"]),
        Choice(code="delivery", label="delivery", synonyms=["deliver", "drop-off"]),
        Choice(code="none", label="none of these", synonyms=["none", "nothing"]),
    ],
)
CONTACT = Question(
    id="contact",
    type="multi_choice",
    text="How should we contact you: letter, email or phone call?",
    choices=[
        Choice(code="letter", label="letter", synonyms=["post"]),
        Choice(code="email", label="email"),
        Choice(code="call", label="phone call", synonyms=["call", "phone"]),
    ],
)
QUEUE = Question(id="queue", type="yes_no", text="Did you queue for more than ten minutes at the counter?")
SHORT = Question(id="short", type="yes_no", text="Was the call shorter than five minutes?")


def _n(q, text):
    return normalise(q, text, today=TODAY)


def test_none_said_first_wins_over_everything_we_did_ourselves():
    assert _n(SERVICES, "None of those, we did everything ourselves.").value == ["none"]
    assert _n(SERVICES, "Nothing, I did everything myself.").value == ["none"]
    # near misses: "everything" still means all of the choices
    assert _n(SERVICES, "Everything.").value == ["washing", "ironing", "delivery"]
    assert _n(SERVICES, "All of them.").value == ["washing", "ironing", "delivery"]
    assert _n(SERVICES, "Everything except the delivery.").value == ["washing", "ironing"]


def test_everything_as_the_object_of_one_choices_verb_is_not_all():
    got = _n(SERVICES, "They washed everything and dropped it at my door.")
    assert got.value != ["washing", "ironing", "delivery"]
    got = _n(SERVICES, "You ironed everything, that was it.")
    assert got.status != "valid" or got.value == ["ironing"]
    # "we got everything" has no choice's verb: all of them
    assert _n(SERVICES, "We got everything.").value == ["washing", "ironing", "delivery"]


def test_a_choice_said_with_no_or_anything_but_is_left_out():
    assert _n(CONTACT, "Email me, and a letter too, but no calls please.").value == ["letter", "email"]
    assert _n(CONTACT, "Email, not by phone.").value == ["email"]
    got = _n(CONTACT, "Anything but calls.")
    assert got.value == ["letter", "email"] and got.lenient  # read back
    # near misses: a leading "no," answers something else; the choices after it count
    assert _n(CONTACT, "No, email is fine.").value == ["email"]
    assert _n(CONTACT, "Phone call and email.").value == ["email", "call"]


def test_a_number_to_a_threshold_question_is_compared_with_the_threshold():
    got = _n(QUEUE, "Exactly ten, I was watching the clock.")
    assert (got.value, got.lenient) == ("no", True)  # ten is not more than ten: read back
    assert _n(QUEUE, "Twenty minutes at least.").value == "yes"
    assert _n(QUEUE, "Oh, a good half hour.").value == "yes"  # another unit, converted
    assert _n(QUEUE, "Five, maybe.").value == "no"
    assert _n(QUEUE, "Over ten.").value == "yes"
    assert _n(SHORT, "Four minutes.").value == "yes"
    assert _n(SHORT, "Almost five.").value == "yes"
    # amounts on both sides, the threshold said roughly, or a contradicting yes: asked again
    assert _n(QUEUE, "Five or fifteen minutes, I can't remember which.").status == "invalid"
    assert _n(QUEUE, "About ten.").status == "invalid"
    assert _n(QUEUE, "Yes, ten minutes.").status == "invalid"
    # near misses: plain yes/no words and an hour of the day keep their reading
    assert _n(QUEUE, "Yes.").value == "yes"
    assert _n(QUEUE, "No, I was in at 9:15 sharp.").value == "no"
    assert _n(QUEUE, "I don't remember.").status == "dont_know"
