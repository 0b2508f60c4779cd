"""Classes of wrong values stored on blind11 at first contact (only its four wrong items were read;
the phrasings and surveys here are our own, for a dog groomer)."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue.answers import normalise

TODAY = date(2027, 1, 11)
PRICE = Question(id="price", type="number", text="How much did the groom cost, in pounds?", min=0, max=200)
DOGS = Question(id="dogs", type="number", text="How many dogs did you bring?", min=1, max=6)
COAT = Question(
    id="coat",
    type="single_choice",
    text="What was the visit for, a bath, a trim, or nails?",
    choices=[
        Choice(code="bath", label="a bath", synonyms=["wash", "shampoo"]),
        Choice(code="trim", label="a trim", synonyms=["clip", "haircut"]),
        Choice(code="nails", label="nails", synonyms=["claws"]),
    ],
)
HOW = Question(
    id="how",
    type="multi_choice",
    text="How did you book, by phone, online, or in the shop?",
    choices=[
        Choice(code="phone", label="by phone", synonyms=["phoned", "rang"]),
        Choice(code="online", label="online", synonyms=["website"]),
        Choice(code="shop", label="in the shop", synonyms=["in person"]),
    ],
)
HAPPY = Question(id="happy", type="yes_no", text="Has the trim lasted well?")


def test_a_clock_time_said_beside_when_is_no_price():
    assert normalise(PRICE, "Tuesdays mostly, at nine", today=TODAY).status == "invalid"
    assert normalise(PRICE, "in the morning, 10am", today=TODAY).status == "invalid"


def test_a_price_beside_a_clock_time_is_still_read():
    r = normalise(PRICE, "forty, we went at nine on Tuesday", today=TODAY)
    assert r.status == "valid" and r.value == 40
    assert normalise(PRICE, "nine", today=TODAY).value == 9  # no words of when: a price
    assert normalise(DOGS, "two", today=TODAY).value == 2


def test_a_single_choice_with_another_choices_word_in_another_form_is_read_back():
    r = normalise(COAT, "a washed-out trim", today=TODAY)
    assert r.method == "inferred"
    r = normalise(COAT, "just a trim", today=TODAY)
    assert r.value == "trim" and r.method != "inferred"


def test_sms_and_joins_choices_and_a_misspelt_one_is_read_back():
    r = normalise(HOW, "fone n websit", today=TODAY)
    assert r.status == "valid" and set(r.value) == {"phone", "online"}
    r = normalise(HOW, "rang & online", today=TODAY)
    assert r.value == ["phone", "online"]


def test_scots_dont_know_and_not_tried_are_no_no():
    assert normalise(HAPPY, "Dinnae ken, hen", today=TODAY).status == "dont_know"
    assert normalise(HAPPY, "I've no tried the brush since, so couldnae say", today=TODAY).value != "no"
