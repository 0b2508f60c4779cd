"""Classes of phrasing from blind13's misses (values a careful interviewer records, cautious codes,
changes to earlier answers), tested in our own words on a survey of our own: a ski-rental shop.
No line here comes from a corpus."""

from datetime import date, datetime, timezone

import pytest

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue.answers import normalise
from tests.survey_helpers import recorded, survey_policy

TODAY = date(2028, 1, 19)  # a Wednesday
SPEND = Question(
    id="spend", type="number", text="How much did you pay for the rental, in dollars, tax included?", min=0, max=3000
)
SKIS = Question(id="skis", type="number", text="How many pairs of skis did you rent?", min=1, max=12)
LOCKERS = Question(id="lockers", type="number", text="How many lockers did you use?", min=0, max=10)
ROOMS = Question(id="rooms", type="number", text="How many rooms of the chalet did you book?", min=0, max=12)
GROUP = Question(id="group", type="number", text="How many people were in your group?", min=1, max=20)
SNOW = Question(id="snow", type="scale", text="How was the snow, from one to ten?", min=1, max=10)
FITTED = Question(id="fitted", type="yes_no", text="Did a boot technician fit your boots?")
PICKUP = Question(id="pickup", type="date", text="On what date did you pick up your gear?")
NEXT = Question(id="next_trip", type="date", text="When is your next trip planned?")
TOLD = Question(
    id="told",
    type="single_choice",
    text="What went wrong with the gear?",
    choices=[
        Choice(code="broken", label="something broke", synonyms=["snapped binding", "broken"]),
        Choice(code="lost", label="lost it", synonyms=["lost", "missing"]),
        Choice(code="theft", label="theft", synonyms=["stolen"]),
        Choice(code="other", label="something else", synonyms=["other"]),
    ],
)
SNACKS = Question(
    id="snacks",
    type="multi_choice",
    text="What did you buy at the lodge: food, drinks, or clothing?",
    choices=[
        Choice(code="food", label="food", synonyms=["snacks", "soup"]),
        Choice(code="drinks", label="drinks", synonyms=["drink", "coffee"]),
        Choice(code="clothing", label="clothing", synonyms=["gloves", "hat"]),
        Choice(code="none", label="nothing", synonyms=["none"]),
    ],
)
TRAVEL = Question(
    id="travel",
    type="single_choice",
    text="How did you get to the slopes: car, shuttle bus, or on foot?",
    choices=[
        Choice(code="car", label="car", synonyms=["drove"]),
        Choice(code="shuttle", label="shuttle bus", synonyms=["shuttle", "bus"]),
        Choice(code="foot", label="on foot", synonyms=["walked", "walk"]),
    ],
)


def _n(q, text):
    return normalise(q, text, today=TODAY)


# ---------------------------------------------------------------- codes
@pytest.mark.parametrize(
    "q,text",
    [
        (SPEND, "Um, I'd need to ask my partner, he handles the cards."),
        (SPEND, "I would have to check with the office."),
        (TOLD, "We never did figure out what happened to it."),
        (TOLD, "Nobody ever worked out why."),
    ],
)
def test_someone_else_holds_the_answer_or_it_was_never_learned_is_a_dont_know(q, text):
    assert _n(q, text).status == "dont_know"


@pytest.mark.parametrize(
    "q,text",
    [
        (SPEND, "I'm not comfortable discussing what I spend."),
        (SPEND, "Sorry, I'm uncomfortable giving figures out on a call."),
        (NEXT, "I'll keep those plans private, thanks."),
    ],
)
def test_discomfort_with_telling_or_keeping_it_private_is_a_refusal(q, text):
    assert _n(q, text).status == "refused"


def test_near_misses_of_the_new_codes_keep_their_value():
    assert _n(SPEND, "I'd have to check my receipt, but I think it was eighty.").value == 80
    assert _n(SPEND, "I'd have to check with my wife, but it was around eighty.").value == 80


# ---------------------------------------------------------------- money
@pytest.mark.parametrize(
    "text,value",
    [
        ("Two-forty.", 240),
        ("one-thirty for the weekend", 130),
        ("Four hundred and change.", 400),
        ("Eighty, but ninety-five with the tax.", 95),
        ("Two ten. Well, two ten for the skis plus the boots, so two sixty all in.", 260),
        ("Three hundred for the three of us.", 300),
        ("A hundred and twenty for both.", 120),
    ],
)
def test_a_price_said_the_way_prices_are_said_is_read_back(text, value):
    r = _n(SPEND, text)
    assert r.value == value and r.method == "inferred"


def test_a_count_at_a_price_each_is_multiplied_out_and_read_back():
    r = _n(SPEND, "Three at eighty bucks apiece.")
    assert r.value == 240 and r.method == "inferred"
    assert _n(SPEND, "three at eighty").status == "invalid"  # no "each": two numbers


def test_near_misses_of_the_price_rules_are_not_stored_as_said():
    assert _n(SPEND, "five-ten").status == "invalid"  # a range, never 510
    assert _n(SPEND, "Two hundred plus tax.").status == "invalid"
    assert _n(LOCKERS, "two and change").status == "invalid"  # a count is no price


# ---------------------------------------------------------------- counts
@pytest.mark.parametrize(
    "q,text,value",
    [
        (LOCKERS, "Just a pair.", 2),
        (SKIS, "Three out of the five pairs we looked at.", 3),
        (SKIS, "Four. Four pairs, thirty dollars each.", 4),
        (ROOMS, "Only the bedroom.", 1),
        (ROOMS, "The kitchen and both bedrooms.", 3),
    ],
)
def test_a_count_said_without_its_plain_number_is_read_back(q, text, value):
    r = _n(q, text)
    assert r.value == value and r.method == "inferred"


def test_near_misses_of_the_count_rules_are_asked_again():
    assert _n(ROOMS, "the whole upstairs").status == "invalid"
    assert _n(ROOMS, "the bedrooms").status == "invalid"  # how many is not said
    assert _n(LOCKERS, "a pair of gloves and a hat").status == "invalid"
    assert _n(GROUP, "Five. Five more came later.").status == "invalid"


def test_a_rating_said_first_and_again_last_with_other_figures_between_is_read_back():
    r = _n(SNOW, "Eight. The morning was maybe a four, but after lunch, eight.")
    assert r.value == 8 and r.method in ("inferred", "self-corrected")
    assert (
        _n(SNOW, "Eight. Then it got worse, a four.").status == "invalid"
        or _n(SNOW, "Eight. Then it got worse, a four.").value != 8
    )


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize(
    "q,text,value",
    [
        (PICKUP, "Late last night.", "2028-01-18"),
        (PICKUP, "Monday gone.", "2028-01-17"),
        (PICKUP, "This Wednesday gone", "2028-01-12"),
        (NEXT, "Black Friday, if the snow holds.", "2028-11-24"),
        (NEXT, "Cyber Monday.", "2028-11-27"),
    ],
)
def test_days_said_by_name_are_dates(q, text, value):
    assert _n(q, text).value == value


@pytest.mark.parametrize(
    "q,text,value",
    [
        (NEXT, "The last weekend of the month? The Saturday. So the twenty-ninth.", "2028-01-29"),
        (PICKUP, "Sunday, I think. Which would be the sixteenth.", "2028-01-16"),
        (PICKUP, "Just after New Year's Day, the Monday after.", "2028-01-03"),
    ],
)
def test_a_date_worked_out_aloud_is_the_one_ended_on_read_back(q, text, value):
    r = _n(q, text)
    assert r.value == value and r.method == "inferred"


@pytest.mark.parametrize(
    "q,text",
    [
        (NEXT, "Some weekend in March. So the fourth or the fifth."),  # two days
        (NEXT, "Presidents' Day weekend? The Sunday. So the twentieth."),  # no month for the twentieth
        (PICKUP, "Sunday. So the 25th."),  # the 25th of December was a Saturday
    ],
)
def test_a_date_worked_out_to_two_days_or_against_what_came_before_is_asked_again(q, text):
    assert _n(q, text).status == "invalid"


# ---------------------------------------------------------------- choices
@pytest.mark.parametrize(
    "q,text,value",
    [
        (SNACKS, "A burrito.", ["food"]),
        (SNACKS, "Just a lemonade.", ["drinks"]),
        (SNACKS, "A scarf.", ["clothing"]),
        (TOLD, "The binding snapped on the second run.", "broken"),
        (TOLD, "Some kid swiped them off the rack outside the cafe.", "theft"),
        (TOLD, "Someone broke into our car and took the poles.", "theft"),
        (TRAVEL, "The shuttle, then walked the last bit.", "shuttle"),
    ],
)
def test_a_choice_named_by_a_kind_a_reversed_name_or_a_story_is_read_back(q, text, value):
    r = _n(q, text)
    assert r.value == value and r.method == "inferred"


def test_near_misses_of_the_choice_rules_are_not_stored_as_said():
    assert _n(TOLD, "Nobody nicked anything, it just stopped working.").value != "theft"
    assert _n(TRAVEL, "The shuttle, then walked up to the top lift.").status == "invalid"  # two ways, no small leg
    assert _n(SNACKS, "A pretzel and a coffee.").value != ["food"]


# ---------------------------------------------------------------- yes or no
@pytest.mark.parametrize(
    "text,value",
    [
        ("She came over twice.", "yes"),
        ("Three times, they kept adjusting.", "yes"),
        ("A salesman did it, not the technician.", "no"),
        ("The shop assistant came, but not a technician.", "no"),
    ],
)
def test_a_yes_or_no_said_by_what_happened_is_read_back(text, value):
    r = _n(FITTED, text)
    assert r.value == value and r.method == "inferred"


def test_the_one_asked_about_named_as_doing_it_is_no_no():
    assert _n(FITTED, "The technician came, not the manager.").value != "no"
    assert _n(FITTED, "Not once.").value == "no"


# ---------------------------------------------------------------- changes to earlier answers
_SKI_SURVEY = """
name: ski_rental
kind: survey
organisation: Powder Peak Rentals
opening: "Hi, a short survey from Powder Peak Rentals. Is now a good time?"
questions:
  - id: pickup
    type: date
    text: On what date did you pick up your gear?
    aliases: [pickup date, the date]
  - id: skis
    type: number
    text: How many pairs of skis did you rent?
    min: 1
    max: 12
    aliases: [skis, pairs]
  - id: travel
    type: single_choice
    text: How did you get to the slopes, by car, shuttle bus, or on foot?
    aliases: [getting there, travel]
    choices:
      - {code: car, label: car, synonyms: [drove, drive]}
      - {code: shuttle, label: shuttle bus, synonyms: [shuttle, bus]}
      - {code: foot, label: on foot, synonyms: [walked]}
  - id: fitted
    type: yes_no
    text: Did a boot technician fit your boots?
    aliases: [fitting, boots]
  - id: snow
    type: scale
    text: How was the snow, from one to ten?
    min: 1
    max: 10
"""


def _ski(tmp_path, answers):
    return survey_policy(tmp_path, "ski_rental", _SKI_SURVEY, answers, datetime(2028, 1, 19, 12, tzinfo=timezone.utc))


_stored = recorded


@pytest.mark.parametrize(
    "text,target,value",
    [
        ("Back up a sec, the skis. It was three, not two.", "skis", 3),
        ("Hmm, about getting there. We didn't drive, we took the shuttle.", "travel", "shuttle"),
        ("Go back, I got the date wrong. It was the fourth, not the fifth. January fourth.", "pickup", "2028-01-04"),
        ("Earlier, when you asked about the fitting, I said no but actually yes, he did fit them.", "fitted", "yes"),
    ],
)
def test_an_earlier_answer_changed_after_a_step_back_is_changed(tmp_path, text, target, value):
    p = _ski(tmp_path, ["January fifth", "two", "by car", "no"])
    assert p.current.id == "snow"
    stored = _stored(p.respond(text))
    if p.phase == "confirm":  # a lenient reading is read back first
        assert p.pending["question"].id == target and p.pending["n"].value == value
        stored = _stored(p.respond("yes"))
    assert stored == {target: value}
    assert p.current.id == "snow"
