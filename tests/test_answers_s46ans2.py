"""Typed dates, counts, amounts and changes of earlier answers, classes found in answers blind12,
blind34, blind41, blind45, blind46, blind47 and blind48, stop 46, helper ans2, in the team's own
phrasings (a kayak club, a bakery order, a garden party):

- a month mistyped beside its day ("Janury 5th", "Mey tenth", "the 4th of Marc"): the month
  meant, read back; never the day in this month; two months one edit away ("Jule") asked again;
- a don't-know followed only by a span said flatly ("Can't remember, sometime last week"): a
  don't-know; a guess ("..., maybe in the spring") or the span said first stays asked again;
- "not this past Saturday, the one before": a week before the last one; a weekday repaired inside
  its frame ("The Friday before Easter, no, the Thursday"); a "no" that insists ("and no, that's
  not a joke") takes nothing back;
- "a couple" as the whole count: two, read back; "N dozen" in digits; a partitive after a count
  ("ten trips, ten of them") adds nothing; animals and things beside guests are no guests;
- another currency named without a figure beside a dollar amount: the dollars; with a figure it
  is still asked again, never converted;
- changes opened by an earlier moment ("Earlier, the ..., ...", "Before that, my ..., put X"),
  by "one thing, for the ...", and a reason clause after the new choice.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise
from tests.survey_helpers import answered_policy, record_calls

TODAY = date(2031, 6, 18)  # a Wednesday
PADDLED = Question(id="paddled", type="date", text="On what date did you last paddle with the club?")
PICKUP = Question(id="pickup", type="date", text="What date would you like to pick up your order? Any future date.")
TRIPS = Question(id="trips", type="number", text="How many trips did you make to the lake this month?", min=0, max=60)
GUESTS = Question(id="guests", type="number", text="How many guests came to the garden party?", min=1, max=300)
LOAVES = Question(id="loaves", type="number", text="How many loaves did you order?", min=1, max=100)
PAID = Question(id="paid", type="number", text="How much did you pay for the cake, in US dollars?", min=5, max=2000)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Janury 5th", "2031-01-05"),
        ("Mey tenth", "2031-05-10"),
        ("the 4th of Marc", "2031-03-04"),
        ("Agust 2nd", "2030-08-02"),
    ],
)
def test_a_mistyped_month_beside_its_day_is_that_month_read_back(text, value):
    n = normalise(PADDLED, text, today=TODAY)
    assert n.status == "valid" and n.value == value and n.method in LENIENT_METHODS


@pytest.mark.parametrize("text", ["Jule 4th", "Jule the fourth"])
def test_a_month_typo_of_two_months_is_asked_again(text):
    assert normalise(PADDLED, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize("text", ["Mar 3rd", "Sept 3rd", "Jun 3"])
def test_short_month_names_are_no_typos(text):
    n = normalise(PADDLED, text, today=TODAY)
    assert n.status == "valid" and n.value[5:7] in ("03", "09", "06")


@pytest.mark.parametrize(
    "text",
    [
        "Can't remember, sometime last week.",
        "Honestly, I couldn't tell you, sometime in the spring.",
        "I don't recall, sometime in April.",
    ],
)
def test_a_dont_know_then_a_span_said_flatly_is_a_dont_know(text):
    assert normalise(PADDLED, text, today=TODAY).status == "dont_know"


@pytest.mark.parametrize(
    "text",
    [
        "Can't remember, sometime in the spring maybe.",
        "Sometime last week, I can't remember the day.",
    ],
)
def test_a_guessed_span_or_a_span_said_first_is_asked_again(text):
    assert normalise(PADDLED, text, today=TODAY).status == "invalid"


def test_a_span_after_a_dont_know_to_a_future_date_is_not_a_dont_know():
    assert normalise(PICKUP, "I don't know, sometime next week.", today=TODAY).status != "dont_know"


@pytest.mark.parametrize(
    "text", ["Not this past Sunday, the one before.", "Sunday. Not this past one, the one before."]
)
def test_the_weekday_before_the_past_one(text):
    n = normalise(PADDLED, text, today=TODAY)
    assert n.status == "valid" and n.value == "2031-06-08"


def test_a_weekday_repaired_inside_its_frame():
    # Easter 2032 is on 28 March: the Friday before is the 26th, the Thursday before the 25th
    n = normalise(PICKUP, "The Friday before Easter, no, the Thursday.", today=date(2032, 3, 1))
    assert n.status == "valid" and n.value == "2032-03-25"


@pytest.mark.parametrize(("text", "value"), [("The ninth of July, and no, that's not a typo.", "2031-07-09")])
def test_a_no_that_insists_takes_nothing_back(text, value):
    n = normalise(PICKUP, text, today=TODAY)
    assert n.status == "valid" and n.value == value


def test_a_no_that_repairs_still_takes_back():
    n = normalise(PICKUP, "The ninth of July, no, the tenth.", today=TODAY)
    assert n.status == "valid" and n.value == "2031-07-10"


@pytest.mark.parametrize("text", ["A couple.", "Oh, a couple.", "Just a couple."])
def test_a_couple_as_the_whole_count_is_two_read_back(text):
    n = normalise(TRIPS, text, today=TODAY)
    assert n.status == "valid" and n.value == 2 and n.method in LENIENT_METHODS


@pytest.mark.parametrize("text", ["A couple, maybe three.", "A couple hundred."])
def test_a_couple_beside_another_number_is_asked_again(text):
    assert normalise(TRIPS, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize(("text", "value"), [("3 dozen", 36), ("about 4 dozen", 48)])
def test_dozens_in_digits(text, value):
    n = normalise(LOAVES, text, today=TODAY)
    assert n.status == "valid" and n.value == value


def test_a_partitive_after_the_count_adds_nothing():
    n = normalise(TRIPS, "Twelve trips, twelve of them.", today=TODAY)
    assert n.status == "valid" and n.value == 12


def test_a_partitive_that_is_a_part_leaves_no_sum():
    assert normalise(TRIPS, "Twelve trips, three of them at dawn.", today=TODAY).value != 15


@pytest.mark.parametrize("text", ["Forty guests and a dog.", "Forty guests and, er, three dogs."])
def test_animals_beside_guests_are_no_guests(text):
    n = normalise(GUESTS, text, today=TODAY)
    assert n.status == "valid" and n.value == 40 and n.method in LENIENT_METHODS


def test_another_currency_named_without_a_figure_beside_dollars():
    n = normalise(PAID, "In pesos I have no idea, in dollars it was eighty-five.", today=TODAY)
    assert n.status == "valid" and n.value == 85


@pytest.mark.parametrize("text", ["Eighty-five euros.", "Eighty-five dollars, or about seventy pounds."])
def test_an_amount_in_another_currency_is_never_converted(text):
    assert normalise(PAID, text, today=TODAY).status == "invalid"


KAYAKS = """
name: kayak_club
kind: survey
organisation: Lakeside Kayak Club
questions:
  - id: rating
    type: nps
    text: How likely are you to recommend the club to a friend?
  - id: transport
    type: single_choice
    text: How do you usually get to the lake?
    choices:
      - {code: car, label: by car}
      - {code: bus, label: by bus}
      - {code: bike, label: by bike}
  - id: safe
    type: yes_no
    text: Did you feel safe on the water?
  - id: next_trip
    type: date
    text: What date would you like to book your next trip? Any future date.
"""


def _kayaks(tmp_path, answers):
    return answered_policy(tmp_path, "kayaks", KAYAKS, answers, datetime(2031, 6, 18, 12, tzinfo=timezone.utc))


def _changed(p, text, qid):
    out = p.respond(text)
    if p.phase == "confirm":
        out = p.respond("yes")
    return [call["value"] for call in record_calls(out) if call["question_id"] == qid]


@pytest.mark.parametrize(
    ("text", "qid", "value"),
    [
        ("Before that, my transport, put bike, the car's gone.", "transport", "bike"),
        ("Before the date, my recommend score, put an eight please.", "rating", 8),
        ("Sorry, earlier, the feeling safe, no, I didn't feel safe.", "safe", "no"),
    ],
)
def test_a_change_opened_by_an_earlier_moment(tmp_path, text, qid, value):
    p = _kayaks(tmp_path, ["nine", "by car", "yes"])
    assert _changed(p, text, qid) == [value]


def test_a_reason_after_the_new_choice_is_not_a_second_choice(tmp_path):
    p = _kayaks(tmp_path, ["nine", "by car", "yes"])
    assert _changed(p, "Before that, my transport, put bus, I sold the car.", "transport") == ["bus"]


FEST = Question(
    id="days",
    type="number",
    text="The show ran from Thursday to Saturday. On how many of the three days did you come?",
    min=1,
    max=3,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Just the Friday.", 1),
        ("Thursday and Friday.", 2),
        ("All of it, Thursday to Saturday.", 3),
        ("Only Saturday, for the finale.", 1),
    ],
)
def test_days_picked_by_weekday_from_a_whole_given_by_weekday(text, value):
    n = normalise(FEST, text, today=TODAY)
    assert n.status == "valid" and n.value == value and n.method in LENIENT_METHODS


@pytest.mark.parametrize("text", ["Friday, and a bit of Saturday.", "Friday and Friday."])
def test_days_picked_with_more_said_are_asked_again(text):
    assert normalise(FEST, text, today=TODAY).status == "invalid"


def test_weekdays_to_a_count_of_days_that_names_none_are_no_count():
    waited = Question(id="waited", type="number", text="How many days did you wait for the repair?", min=0, max=60)
    assert normalise(waited, "Monday to Friday.", today=TODAY).value != 5


def test_a_time_of_day_beside_a_date_is_no_span_of_days():
    n = normalise(PICKUP, "Tomorrow's fine, any time after lunch.", today=TODAY)
    assert n.status == "valid" and n.value == "2031-06-19"


def test_any_time_after_a_day_is_still_a_span():
    assert normalise(PICKUP, "Any time after the 25th.", today=TODAY).status == "invalid"


def test_a_verb_one_edit_from_a_month_is_no_month():
    n = normalise(PICKUP, "Any time after the Fourth of July, say the sixth.", today=TODAY)
    assert n.status == "valid" and n.value == "2031-07-06"


def test_a_couple_of_people_is_asked_again():
    party = Question(id="party", type="number", text="How many people were in your party?", min=1, max=20)
    assert normalise(party, "A couple.", today=TODAY).status == "invalid"
