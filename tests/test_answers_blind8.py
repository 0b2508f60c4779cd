"""Classes of wrong values stored on blind8 at first contact (only its wrong items were read; the
phrasings and questions here are our own). Each rule asks again or reads back rather than store a
value the caller did not give; near misses keep their reading."""

from datetime import date

import pytest

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import amounts
from customario.dialogue.answers import LENIENT_METHODS, normalise

TODAY = date(2026, 12, 10)
FARE = Question(id="fare", type="number", text="How much did the taxi cost you, in dollars?", min=0, max=500)
FARE_GBP = Question(id="fare_gbp", type="number", text="How much did the taxi cost, in pounds?", min=0, max=500)
PAGES = Question(id="pages", type="number", text="How many of the chapters did you read?", min=0, max=30)
SIDES = Question(
    id="sides",
    type="multi_choice",
    text="Which sides did you order: fries, salad, soup, or none?",
    choices=[
        Choice(code="fries", label="fries", synonyms=["chips"]),
        Choice(code="salad", label="salad", synonyms=["greens"]),
        Choice(code="soup", label="soup"),
        Choice(code="none", label="none", synonyms=["nothing"]),
    ],
)
ROOM = Question(
    id="room",
    type="single_choice",
    text="Which room did you book: Standard Double, Deluxe Suite, or Garden Double?",
    choices=[
        Choice(code="std", label="Standard Double", synonyms=["standard room"]),
        Choice(code="suite", label="Deluxe Suite", synonyms=["the suite"]),
        Choice(code="garden", label="Garden Double", synonyms=["garden room"]),
    ],
)
CONTACT = Question(
    id="contact",
    type="single_choice",
    text="How should we contact you, by phone or online?",
    choices=[Choice(code="phone", label="by phone", synonyms=["phone"]), Choice(code="online", label="online")],
)
LATE = Question(id="late", type="yes_no", text="Did any of your parcels arrive late this month?")
RENEW = Question(id="renew", type="yes_no", text="Will you renew your membership next year?")
NPS = Question(id="nps", type="nps", text="How likely are you to recommend us, from 0 to 10?")


def read(q, text):
    return normalise(q, text, today=TODAY)


@pytest.mark.parametrize("text", ["Forty quid.", "rs 500", "£40", "about 30 euros", "₹900", "200 rupees"])
def test_another_currency_is_asked_again_never_converted(text):
    assert read(FARE, text).status == "invalid"


@pytest.mark.parametrize(
    "text,value", [("forty bucks", 40), ("$45", 45), ("45", 45), ("Forty dollars, sorry, no, forty-five dollars", 45)]
)
def test_dollars_and_a_currency_taken_back_keep_their_value(text, value):
    assert read(FARE, text).value == value


def test_the_question_s_own_currency_is_not_another():
    assert read(FARE_GBP, "Forty quid.").value == 40
    assert amounts.other_currency("forty quid", "GBP") is False
    assert amounts.other_currency("forty quid", "USD") is True


@pytest.mark.parametrize("text", ["a few hundred bucks", "hundreds, honestly", "several thousand"])
def test_an_amount_said_only_by_its_order_is_asked_again(text):
    assert read(FARE, text).status == "invalid"


def test_a_couple_hundred_is_about_two_hundred_read_back():
    # was asked again; two of a round unit is now about 200, read back (rough_amounts)
    n = read(FARE, "A couple hundred.")
    assert (n.status, n.value, n.lenient) == ("valid", 200, True)


@pytest.mark.parametrize("text", ["Every single one!", "all of them", "each one"])
def test_all_of_an_unsaid_number_is_asked_again(text):
    assert read(PAGES, text).status == "invalid"


@pytest.mark.parametrize("text,value", [("every one of them, all twelve", 12), ("one", 1), ("just the one", 1)])
def test_a_count_said_beside_every_one_is_kept(text, value):
    assert read(PAGES, text).value == value


def test_choices_offered_as_alternatives_are_asked_again():
    assert read(SIDES, "Either the fries or the salad, I can't remember which").status == "invalid"
    assert read(SIDES, "fries or soup, one of those").status == "invalid"


@pytest.mark.parametrize(
    "text,codes",
    [
        ("fries and salad", ["fries", "salad"]),
        ("no soup or salad, just fries", ["fries"]),
        ("fries, or so I think", ["fries"]),
    ],
)
def test_or_that_joins_no_alternatives_keeps_the_choices(text, codes):
    r = read(SIDES, text)
    assert r.status == "valid" and r.value == codes


def test_none_then_a_choice_in_a_later_sentence_is_asked_again():
    assert read(SIDES, "None. Well, my son had the chips.").status == "invalid"
    r = read(SIDES, "None. We weren't hungry.")
    assert r.status == "valid" and r.value == ["none"]


def test_a_choice_run_together_with_another_of_the_same_kind_is_asked_again():
    assert read(ROOM, "The garden standard room.").status == "invalid"
    r = read(ROOM, "the standard room")
    assert r.status == "valid" and r.value == "std"


def test_a_word_of_another_choice_in_another_phrase_does_not_block():
    r = read(CONTACT, "not by phone, online")
    assert r.status == "valid" and r.value == "online"


@pytest.mark.parametrize(
    "text",
    [
        "Oh, always bang on time. Except the two times they didn't show up at all.",
        "No, apart from the one that came a week late.",
        "Never late, other than at Christmas.",
    ],
)
def test_a_yes_no_with_an_exception_is_asked_again(text):
    assert read(LATE, text).status == "invalid"


def test_except_that_is_not_an_exception_clause():
    assert read(LATE, "No, they were all on time.").value == "no"


def test_a_second_thought_after_a_plain_yes_counts_and_is_read_back():
    r = read(RENEW, "Yes. Hmm, well, no, I'm moving in January.")
    assert r.value == "no" and r.method in LENIENT_METHODS
    assert read(RENEW, "Yes. Well, no doubt about it.").value == "yes"


def test_a_top_score_beside_scorn_is_read_back():
    r = read(NPS, "Oh, definitely a ten, right after I recommend food poisoning.")
    assert r.method in LENIENT_METHODS
    r = read(NPS, "A ten, the rooms were spotless")
    assert r.value == 10 and r.method not in LENIENT_METHODS
    r = read(NPS, "two, worst stay of my life")
    assert r.value == 2 and r.method not in LENIENT_METHODS
