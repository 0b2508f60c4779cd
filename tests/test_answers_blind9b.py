"""Classes of caller answers blind9 re-asked where a value was expected (read once blind9 became a
development corpus, 3 December 2026). Every phrasing and question here is our own; each class has
near misses that must keep another reading, and lenient readings are read back, never stored as
said."""

from datetime import date

import pytest

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import units
from customario.dialogue.answers import LENIENT_METHODS, normalise

TODAY = date(2026, 12, 17)  # a Thursday
RETURN = Question(id="return", type="date", text="When is your next visit booked for?")
LAST = Question(id="last", type="date", text="When did you last come in?")
NIGHTS = Question(id="nights", type="number", text="How many nights did the trip last?", min=1, max=60)
DAYS = Question(id="days", type="number", text="How many days were you off work?", min=0, max=60)
VISITS = Question(id="visits", type="number", text="How many times did you visit this month?", min=0, max=31)
WAIT = Question(id="wait", type="number", text="How many minutes were you on hold?", min=0, max=240)


def read(q, text):
    return normalise(q, text, today=TODAY)


# ---------------------------------------------------------------- holidays on a weekday of a month
@pytest.mark.parametrize(
    "q,text,value",
    [
        (RETURN, "MLK Day", "2027-01-18"),
        (RETURN, "Presidents' Day", "2027-02-15"),
        (RETURN, "Memorial Day weekend, the Monday", "2027-05-31"),
        (RETURN, "the day after Labor Day", "2027-09-07"),
        (LAST, "Veterans Day", "2026-11-11"),
        (LAST, "Thanksgiving", "2026-11-26"),
    ],
)
def test_holidays_by_their_rule(q, text, value):
    assert read(q, text).value == value


def test_holiday_near_misses():
    assert read(RETURN, "Memorial Day weekend").status == "invalid"  # a span, not a date
    assert read(RETURN, "around Memorial Day").method == "hedged"  # a hedged date, as "around Christmas"
    assert read(LAST, "Labor Day").value == "2026-09-07"  # the one in the question's tense
    assert read(RETURN, "Martin's birthday").status == "invalid"  # no holiday named


# ---------------------------------------------------------------- a stay said in weeks
@pytest.mark.parametrize(
    "q,text,value",
    [
        (NIGHTS, "A whole week.", 7),
        (NIGHTS, "two weeks", 14),
        (NIGHTS, "a fortnight", 14),
        (DAYS, "a good week", 7),
        # a week and some nights: the sum (answers blind44 counts "a week and one night" as 8; it
        # had been a near miss here, "another number beside it")
        (NIGHTS, "a week and two nights", 9),
    ],
)
def test_a_stay_in_weeks_counts_its_nights_and_is_read_back(q, text, value):
    n = read(q, text)
    assert (n.value, n.method) == (value, "inferred")


@pytest.mark.parametrize(
    "q,text",
    [
        (NIGHTS, "twice a week"),  # a rate
        (NIGHTS, "three nights a week"),
        (VISITS, "a week"),  # not a count of nights or days
        (NIGHTS, "a week or two"),
    ],
)
def test_weeks_near_misses(q, text):
    assert read(q, text).status == "invalid"


# ---------------------------------------------------------------- a difference is no rate
def test_a_day_early_is_a_difference_not_a_rate():
    assert units.counted_elsewhere(NIGHTS, "five, we left a day early") is None
    n = read(NIGHTS, "six, no, five, we checked out a day early")
    assert n.value == 5 and n.method in LENIENT_METHODS
    # near misses: a real rate and a count in another unit are still asked again
    assert units.counted_elsewhere(VISITS, "twice a week") is not None
    assert read(NIGHTS, "we were there four days").status == "invalid"


# ---------------------------------------------------------------- a duration after a self-correction
@pytest.mark.parametrize(
    "text,value",
    [("About forty. No, an hour and ten.", 70), ("Twenty minutes, sorry, half an hour", 30)],
)
def test_a_duration_after_a_self_correction_is_read_back(text, value):
    n = read(WAIT, text)
    assert n.value == value and n.method in LENIENT_METHODS


def test_two_durations_without_a_correction_are_asked_again():
    assert read(WAIT, "an hour, then another twenty minutes on the second line, and ten").status == "invalid"
    assert read(WAIT, "two hours, maybe three").status == "invalid"


# ---------------------------------------------------------------- none besides what the question leaves out
EXTRAS = Question(
    id="extras",
    type="multi_choice",
    text="Besides the room, did you have breakfast, parking, or none of these?",
    choices=[
        Choice(code="breakfast", label="breakfast"),
        Choice(code="parking", label="parking"),
        Choice(code="none", label="none of these", synonyms=["nothing"]),
    ],
)


def test_nothing_else_opening_the_answer_is_none():
    assert read(EXTRAS, "Nothing else, just the room.").value == ["none"]
    # near misses: a choice after it, or before it, is the answer
    assert read(EXTRAS, "nothing more, just breakfast").value == ["breakfast"]
    assert read(EXTRAS, "parking and nothing else").value == ["parking"]


# ---------------------------------------------------------------- a date as the example of a bound
def test_a_date_given_as_the_example_of_a_bound_is_read_back():
    n = read(RETURN, "not until after Christmas, say the 28th")
    assert (n.value, n.method) == ("2026-12-28", "inferred")


@pytest.mark.parametrize(
    "text", ["Not before the 20th.", "not before the 20th, like the 18th", "not till January, maybe the 5th or 6th"]
)
def test_a_bound_without_one_example_inside_it_is_asked_again(text):
    assert read(RETURN, text).status == "invalid"
