"""Classes of wrong values stored on blind9 at first contact (only its four wrong items were read;
the phrasings and surveys here are our own)."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import references
from customario.dialogue.answers import normalise

TODAY = date(2026, 12, 17)
EXTRAS = Question(
    id="extras",
    type="multi_choice",
    text="Besides the check-up, did you have a vaccine from our pharmacy, a blood test, or neither?",
    choices=[
        Choice(code="vaccine", label="a vaccine from our pharmacy", synonyms=["vaccine", "jab", "shot"]),
        Choice(code="blood", label="a blood test", synonyms=["bloods"]),
        Choice(code="none", label="neither", synonyms=["none"]),
    ],
)


def test_a_choice_that_is_ours_done_elsewhere_is_asked_again():
    assert normalise(EXTRAS, "I had the jab, but I got it at Boots", today=TODAY).status == "invalid"
    assert normalise(EXTRAS, "a shot, though from another place", today=TODAY).status == "invalid"


def test_a_choice_of_ours_said_plainly_is_kept():
    r = normalise(EXTRAS, "the jab, and bloods", today=TODAY)
    assert r.status == "valid" and r.value == ["vaccine", "blood"]
    r = normalise(EXTRAS, "a shot, but only the one", today=TODAY)
    assert r.status == "valid" and r.value == ["vaccine"]


def test_which_thing_is_meant_is_a_question_back():
    assert references.asks_back("Which nurse? I saw three of them")
    assert references.asks_back("What pool? There wasn't one open")


def test_an_answer_after_which_one_is_not_a_question_back():
    assert not references.asks_back("Which one? I'd say the second")
    assert not references.asks_back("Which nurse? I guess the tall one")
    assert not references.asks_back("What? Oh, a seven")


def test_back_to_names_the_question_whatever_the_rest_says():
    qs = [
        Question(id="visit", type="date", text="On what date was your visit?", aliases=["the date", "visit date"]),
        Question(
            id="arrival",
            type="single_choice",
            text="How did you check in, at the desk or on your phone?",
            choices=[Choice(code="desk", label="at the desk"), Choice(code="phone", label="on your phone")],
        ),
        Question(id="paid", type="number", text="How many dollars did you pay?", min=0, max=500),
    ]
    ref = references.find_reference(
        "Back to the date, it was the fifteenth, I checked my phone", qs, ["visit", "arrival", "paid"]
    )
    assert ref is not None and ref.question.id == "visit"
    ref = references.find_reference("go back to the check in one, it was the desk", qs, ["visit", "arrival", "paid"])
    assert ref is not None and ref.question.id == "arrival"
