"""Typed choice, yes/no and refusal answers (issue 11, helper ans20b, 5 December 2026), in the team's
own phrasings on surveys about other things (a van-hire desk, an instrument repairer, a garden
centre, a bicycle workshop, a recycling centre, a cinema, a museum shop):

- a single choice that is two others together ("both a car and a van") is meant when the caller
  names the two parts joined by "and" ("the car and the van", "both of them, the car and the van"),
  read back; not when they are joined by "or" or one is set aside;
- a place counted from the end of the list ("the last but one", "second to last", "the one before
  last", "third from last") is one place, never "second" and "last" read as two;
- a thing the caller owns, named at the end of its clause by a kind of a choice ("my old cello,
  it's seen better days" → the string instruments; "my old mountain bike, the one with the basket" →
  a bicycle), a compound of two words included, is read back;
- yes/no: a yes said as a clause of its own, then a reason with a negation ("Of course, I don't
  have a car") is a yes read back, not a no; a yes mocked by a counterfactual ("Oh sure, like I'd pay
  for parking there") is a no read back, but a counterfactual of a failing ("As if I'd forget") is
  no such no; a present deed or wish negated twice ("We don't not recycle") is a yes read back;
- "Whatever, skip.", "Look, pass." decline the question;
- an answer taken back as a joke with nothing after it is asked again; a don't-know after it counts;
- a take-back word ending a choice's own name ("bag drop + shuttle") takes nothing back; "didn't use
  a single one" (and with a reason of the caller's own after it) is the none choice;
- to "were there enough ...?", "plenty" is a yes and "could have done with more" a no (read back);
- withholding the thing asked ("not giving that out", "no score from me") declines.
"""

from __future__ import annotations

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise

HIRE = Question(
    id="hire",
    type="single_choice",
    text="Did you hire a car, a van, or both a car and a van?",
    choices=[
        {"code": "car", "label": "a car", "synonyms": ["hatchback"]},
        {"code": "van", "label": "a van", "synonyms": ["transit"]},
        {"code": "both", "label": "both a car and a van", "synonyms": ["one of each"]},
    ],
)
REPAIR = Question(
    id="instrument",
    type="single_choice",
    text="What did you bring in for repair: a guitar, a piano, or a woodwind instrument?",
    choices=[
        {"code": "guitar", "label": "a guitar"},
        {"code": "piano", "label": "a piano"},
        {"code": "wind", "label": "a woodwind instrument", "synonyms": ["woodwind"]},
    ],
)
SERVICE = Question(
    id="machine",
    type="single_choice",
    text="Was the service for a car, a motorbike, or a bicycle?",
    choices=[
        {"code": "car", "label": "a car"},
        {"code": "motorbike", "label": "a motorbike", "synonyms": ["motorcycle"]},
        {"code": "bicycle", "label": "a bicycle"},
    ],
)
PARCEL = Question(
    id="why",
    type="single_choice",
    text="Do you come to the community pantry to collect a parcel or to give food?",
    choices=[
        {"code": "collect", "label": "to collect a parcel", "synonyms": ["parcel"]},
        {"code": "give", "label": "to give food"},
    ],
)
BOUGHT = Question(
    id="bought",
    type="multi_choice",
    text="Which of these did you buy: plants, compost, tools, garden furniture, or none of these?",
    choices=[
        {"code": "plants", "label": "plants"},
        {"code": "compost", "label": "compost"},
        {"code": "tools", "label": "tools"},
        {"code": "furniture", "label": "garden furniture"},
        {"code": "none", "label": "none of these"},
    ],
)
ROOM = Question(
    id="room",
    type="single_choice",
    text="Which screen did you watch in: the main hall, the studio, the balcony, or the lounge?",
    choices=[
        {"code": "main", "label": "the main hall"},
        {"code": "studio", "label": "the studio"},
        {"code": "balcony", "label": "the balcony"},
        {"code": "lounge", "label": "the lounge"},
    ],
)
BOOKED = Question(id="booked", type="yes_no", text="Did you use the recycling centre's booking website?")
NEWSLETTER = Question(id="news", type="yes_no", text="Would you like the museum shop's monthly newsletter?")
SNACKS = Question(
    id="snacks", type="single_choice", text="Popcorn, nachos or sweets?", choices=["popcorn", "nachos", "sweets"]
)
RATING = Question(id="seat", type="scale", text="How comfortable was your seat, from 1 to 5?", min=1, max=5)


def _read_back(q, text, value):
    n = normalise(q, text)
    assert n.status == "valid" and n.value == value and n.method in LENIENT_METHODS, (text, n)


@pytest.mark.parametrize(
    "text",
    [
        "The car and the van.",
        "Both of them, the car and the van.",
        "One of each, the hatchback and the transit.",
        "a van and a car for the move",
    ],
)
def test_the_two_parts_of_a_combined_choice_are_that_choice(text):
    _read_back(HIRE, text, "both")


@pytest.mark.parametrize(
    "text", ["The car or the van, I forget.", "the car, not the van", "Not both, just the van and... no, the car."]
)
def test_parts_joined_by_or_or_set_aside_are_not_the_combined_choice(text):
    n = normalise(HIRE, text)
    assert n.value != "both", (text, n)


def test_a_single_part_stays_itself():
    assert normalise(HIRE, "Just the van.").value == "van"


@pytest.mark.parametrize(
    "text, value",
    [
        ("The first and the last but one.", ["plants", "furniture"]),
        ("the first and the second to last", ["plants", "furniture"]),
        ("second and third from last", ["compost", "tools"]),
        ("the penultimate one", ["furniture"]),
    ],
)
def test_a_place_counted_from_the_end_of_a_list(text, value):
    _read_back(BOUGHT, text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("The second to last one.", "balcony"),
        ("the last but one", "balcony"),
        ("the one before last", "balcony"),
        ("second-last", "balcony"),
        ("the last one", "lounge"),
        ("the second one", "studio"),
    ],
)
def test_a_single_choice_counted_from_the_end(text, value):
    _read_back(ROOM, text, value)


@pytest.mark.parametrize(
    "q, text, value",
    [
        (REPAIR, "My old ukulele, it's seen better days, the neck came loose.", "guitar"),
        (REPAIR, "Well, it was the school's, but we call it our baby grand.", "piano"),
        (REPAIR, "It was for their clarinet, the one the band uses.", "wind"),
        (SERVICE, "It was for my old mountain bike, the one with the basket.", "bicycle"),
        (SERVICE, "Oh it was our little moped, bless it, it's nearly twenty years old.", "motorbike"),
    ],
)
def test_a_thing_owned_and_named_by_its_kind_is_read_back(q, text, value):
    _read_back(q, text, value)


@pytest.mark.parametrize(
    "q, text",
    [
        (REPAIR, "My neighbour, she told me about you."),
        # a garden is a parcel of land in WordNet: never the parcel a choice means by its first sense
        (PARCEL, "Every Saturday I drop off whatever's extra from my garden."),
        (SERVICE, "It was my husband's, not mine."),
    ],
)
def test_owned_words_that_are_no_kind_of_a_choice_are_not_read_as_one(q, text):
    n = normalise(q, text)
    assert n.status != "valid", (text, n)


@pytest.mark.parametrize(
    "q, text",
    [
        (BOOKED, "Of course, I don't fancy queuing for an hour."),
        (BOOKED, "Sure, I didn't want to be turned away again."),
        (NEWSLETTER, "Absolutely, I don't want to miss the sales."),
        (NEWSLETTER, "Definitely. I never hear about the new exhibitions otherwise."),
    ],
)
def test_a_yes_said_first_then_a_negated_reason_is_a_yes_read_back(q, text):
    _read_back(q, text, "yes")


@pytest.mark.parametrize(
    "q, text, value",
    [
        (BOOKED, "Of course not.", "no"),
        (BOOKED, "Of course, but it didn't work.", None),
        (BOOKED, "Yes, I don't have a car so my son drove.", "yes"),
        (BOOKED, "Oh sure, I love queuing in the rain with no booking.", None),
    ],
)
def test_a_yes_opener_with_its_own_negation_or_a_contrast_is_not_read_so(q, text, value):
    # and "Oh sure, ..." mocks as often as not: left to the other rules
    n = normalise(q, text)
    if value is None:
        assert n.status != "valid" or n.method in LENIENT_METHODS, (text, n)
    else:
        assert n.value == value, (text, n)


@pytest.mark.parametrize(
    "q, text",
    [
        (BOOKED, "Oh sure, like I'd sit on hold for that website."),
        (NEWSLETTER, "Yeah, like I would ever read another newsletter."),
        (NEWSLETTER, "As if I'd want more email."),
    ],
)
def test_a_yes_mocked_by_a_counterfactual_is_a_no_read_back(q, text):
    _read_back(q, text, "no")


@pytest.mark.parametrize(
    "q, text", [(NEWSLETTER, "As if I'd forget the sales!"), (NEWSLETTER, "Oh sure, like I'd miss one.")]
)
def test_a_counterfactual_of_a_failing_is_no_no(q, text):
    assert normalise(q, text).value != "no"


@pytest.mark.parametrize(
    "q, text",
    [(NEWSLETTER, "I don't not want it."), (BOOKED, "We don't not use it."), (BOOKED, "She doesn't not book.")],
)
def test_a_present_deed_or_wish_negated_twice_is_a_yes_read_back(q, text):
    _read_back(q, text, "yes")


@pytest.mark.parametrize(
    "q, text",
    [
        (SNACKS, "Whatever, skip."),
        (RATING, "Look, pass."),
        (NEWSLETTER, "Honestly, skip it."),
        (BOUGHT, "Sorry, pass."),
    ],
)
def test_indifference_or_impatience_before_skip_or_pass_declines(q, text):
    assert normalise(q, text).status == "refused", text


ESCAPE = Question(id="escape", type="scale", text="How hard was the escape room, from 1 to 5?", min=1, max=5)
SPEND = Question(id="spend", type="number", text="How much did you spend at the garden centre, in dollars?", min=0)
RETURN = Question(id="again", type="yes_no", text="Would you book the escape room again?")


@pytest.mark.parametrize(
    "q, text",
    [
        (ESCAPE, "Five, just kidding."),
        (ESCAPE, "One. Kidding!"),
        (RETURN, "Yes. Only joking."),
        (ROOM, "The balcony, I'm joking."),
        (ESCAPE, "5, jk"),
        (RETURN, "no lol jk"),
    ],
)
def test_an_answer_taken_back_as_a_joke_with_nothing_after_is_asked_again(q, text):
    n = normalise(q, text)
    assert n.status == "invalid", (text, n)


@pytest.mark.parametrize(
    "q, text, value",
    [
        (ESCAPE, "One. Kidding! A four, we nearly didn't get out.", 4),
        (RETURN, "No, jk, yes we would.", "yes"),
        (ESCAPE, "Five, no kidding.", 5),
        (ESCAPE, "I was joking with the game master the whole time, a three.", 3),
    ],
)
def test_a_joke_taken_back_leaves_what_follows_and_emphasis_is_no_joke(q, text, value):
    assert normalise(q, text).value == value, text


@pytest.mark.parametrize(
    "q, text, status",
    [
        (SPEND, "A million dollars. Kidding. Honestly, I don't remember.", "dont_know"),
        (ESCAPE, "Ten! Just kidding. No idea really, my kids did the puzzles.", "dont_know"),
        (RETURN, "Yes. Kidding. I'd rather not say.", "refused"),
    ],
)
def test_a_dont_know_or_refusal_after_a_joke_is_that_code(q, text, status):
    assert normalise(q, text).status == status, text


HOTEL = Question(
    id="services",
    type="multi_choice",
    text="Which hotel services did you use: the luggage drop, the airport shuttle, the spa, or none of these?",
    choices=[
        {"code": "luggage", "label": "luggage drop", "synonyms": ["bag drop"]},
        {"code": "shuttle", "label": "airport shuttle", "synonyms": ["shuttle"]},
        {"code": "spa", "label": "spa"},
        {"code": "none", "label": "none of these"},
    ],
)
PARKING = Question(id="parking", type="yes_no", text="Were there enough parking spaces at the football ground?")
BOILER = Question(id="serviced", type="date", text="When was your boiler last serviced?")
STADIUM = Question(id="nps", type="nps", text="How likely are you to recommend the stadium tour, from 0 to 10?")
WARM = Question(id="warm", type="yes_no", text="Was the sauna warm enough?")


@pytest.mark.parametrize(
    "text, value",
    [
        ("luggage drop + spa", ["luggage", "spa"]),
        ("bag drop & shuttle", ["luggage", "shuttle"]),
        ("luggage drop and the spa", ["luggage", "spa"]),
    ],
)
def test_a_take_back_word_ending_a_choice_name_before_and_takes_nothing_back(text, value):
    n = normalise(HOTEL, text)
    assert n.status == "valid" and n.value == value, (text, n)


def test_a_take_back_word_before_a_choice_still_takes_it_back():
    assert "shuttle" not in (normalise(HOTEL, "the spa, drop the shuttle").value or [])


@pytest.mark.parametrize("text", ["Didn't use a single one.", "Never used one of them.", "we didn't use a thing"])
def test_not_a_single_one_is_the_none_choice(text):
    assert normalise(HOTEL, text).value == ["none"], text


def test_one_choice_not_used_is_not_none():
    assert normalise(HOTEL, "I didn't use the spa.").value != ["none"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Loads, more than we needed.", "yes"),
        ("Plenty.", "yes"),
        ("Too many if anything, half of them were empty.", "yes"),
        ("Could've used a few more, to be fair, we circled for ages.", "no"),
        ("Far too few.", "no"),
    ],
)
def test_more_than_enough_or_wanting_more_answers_an_enough_question(text, value):
    _read_back(PARKING, text, value)


@pytest.mark.parametrize("text", ["Plenty, but they were miles away.", "Plenty of cars, could have used more spaces."])
def test_enough_with_a_contrast_or_both_ways_is_not_read(text):
    n = normalise(PARKING, text)
    assert n.status != "valid" or n.method in LENIENT_METHODS, (text, n)
    assert n.value != "yes" or n.method in LENIENT_METHODS


@pytest.mark.parametrize(
    "q, text",
    [
        (BOILER, "Nope, not giving that out."),
        (BOILER, "Not giving you a date, I'll sort it myself."),
        (STADIUM, "No score from me today."),
        (STADIUM, "Not telling."),
    ],
)
def test_withholding_what_is_asked_declines(q, text):
    assert normalise(q, text).status == "refused", text


@pytest.mark.parametrize("text", ["I'm not giving it a second go.", "Not giving them any more money, no."])
def test_not_giving_something_else_is_no_refusal(text):
    assert normalise(WARM, text).status != "refused", text


def test_a_double_negative_then_an_aside_then_plain_words_is_a_yes_read_back():
    _read_back(WARM, "It wasn't not warm, if you get me, it was.", "yes")
    _read_back(WARM, "It wasn't not warm, to be honest, it was fine.", "yes")
    assert normalise(WARM, "It wasn't not warm, if you get me, it was freezing.").value != "yes"


@pytest.mark.parametrize(
    "text",
    ["We didn't use any of that, we're fully self-contained.", "never used a single one, we were out all day"],
)
def test_none_used_then_a_reason_of_ones_own_is_the_none_choice_read_back(text):
    _read_back(HOTEL, text, ["none"])


@pytest.mark.parametrize(
    "text", ["didn't use any of them, except the spa", "We didn't use anything, well, maybe the shuttle once."]
)
def test_none_used_then_an_exception_or_a_hedge_is_not_none(text):
    assert normalise(HOTEL, text).value != ["none"], text
