"""Typed dates, counts and changes of earlier answers, classes found in answers blind45 and blind48,
stop 45, helper ans2, in the team's own phrasings (a pottery class, a bowling league, a boat hire):

- a count said as the whole ("all of them", "every evening", "every single one of them, I've not
  missed one in nine years") to a question that states the whole: the whole, read back; a span of
  years said beside it is no count; without a stated whole it is asked again;
- none said emphatically ("Not a single one.", "None. Not one.", "Not one evening."): zero, read
  back; never the "one" of the idiom, and never when an adjective or a clause follows;
- a date counted from another in months or years ("a month before Halloween"): moved by the
  calendar, read back; never the date counted from;
- a weekday counted from the date taken back ("Last Friday? No, the Friday before that");
- a range narrowed to one of its ends ("Seven, eight. Eight."): that end, read back; a usual
  count with its frequency word ("Four lads, usually."): the count;
- a change of an earlier answer that quotes the old answer ("..., it was ninety-five, I said
  eighty but I checked the receipt"): the new value, never the one quoted; a clause that names
  the question ("back on the price one") gives it no value.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise
from tests.survey_helpers import answered_policy, record_calls

TODAY = date(2031, 11, 12)  # a Wednesday
CLASSES = Question(
    id="classes",
    type="number",
    text="The pottery class met on ten evenings this term. On how many evenings did you come?",
    min=0,
    max=10,
)
NIGHTS = Question(
    id="nights",
    type="number",
    text="The league ran twelve bowling nights. How many of them did you bowl?",
    min=0,
    max=12,
)
NO_WHOLE = Question(id="no_whole", type="number", text="How many bowling nights did you go to?", min=0, max=40)
ONE_UP = Question(id="one_up", type="number", text="How many people were in the boat?", min=1, max=8)
WHEN = Question(id="when", type="date", text="When did you hire the boat?")


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (CLASSES, "Every evening.", 10),
        (CLASSES, "Every single evening!", 10),
        (CLASSES, "All of them.", 10),
        (NIGHTS, "Every single one of them, I've not missed a bowling night in nine years.", 12),
        (NIGHTS, "All of them, been doing it for twenty years now.", 12),
    ],
)
def test_the_whole_said_is_the_whole_the_question_states(question, text, value):
    n = normalise(question, text, today=TODAY)
    assert n.status == "valid" and n.value == value and n.method in LENIENT_METHODS


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (NO_WHOLE, "Every single one of them, I've not missed one in nine years."),
        (NO_WHOLE, "All of them."),
        (CLASSES, "Every evening I was tired."),
        (NIGHTS, "All of them bar a few."),
    ],
)
def test_the_whole_without_a_stated_whole_or_with_more_is_not_stored(question, text):
    n = normalise(question, text, today=TODAY)
    assert n.status != "valid" or n.value not in (9, 1)


@pytest.mark.parametrize(
    "text", ["Not a single one.", "None. Not a single one.", "Not one.", "Sadly, not even one.", "Not one evening."]
)
def test_none_said_emphatically_is_zero_read_back(text):
    n = normalise(CLASSES, text, today=TODAY)
    assert n.status == "valid" and n.value == 0 and n.method in LENIENT_METHODS


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (CLASSES, "Not one bad evening."),
        (CLASSES, "Not one of them was cancelled."),
        (ONE_UP, "Not a single one."),
    ],
)
def test_not_one_is_never_a_count_of_one(question, text):
    n = normalise(question, text, today=TODAY)
    assert not (n.status == "valid" and n.value == 1)
    assert not (n.status == "valid" and question is ONE_UP)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A month after the Fourth of July.", "2031-08-04"),
        ("Exactly two months after the Fourth of July.", "2031-09-04"),
        ("A week before Halloween.", "2031-10-24"),
    ],
)
def test_a_date_counted_in_months_from_another_is_moved_by_the_calendar(text, value):
    n = normalise(WHEN, text, today=TODAY)
    assert n.status == "valid" and n.value == value


def test_a_date_counted_in_months_is_read_back_or_asked_again_when_the_day_does_not_exist():
    assert normalise(WHEN, "A month after the Fourth of July.", today=TODAY).method in LENIENT_METHODS
    assert normalise(WHEN, "A month before Halloween.", today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last Friday? No, no, it was the Friday before that.", "2031-10-31"),
        ("Last Friday. No, the Monday before that.", "2031-11-03"),
        ("The third of November, no, the Saturday after.", "2031-11-08"),
    ],
)
def test_a_weekday_counted_from_the_day_taken_back(text, value):
    n = normalise(WHEN, text, today=TODAY)
    assert n.status == "valid" and n.value == value


BOATS = """
name: boat_hire
kind: survey
organisation: Riverside Boat Hire
questions:
  - id: price
    type: number
    min: 10
    max: 500
    text: How much did you pay for the hire, in US dollars?
    aliases: [price, what I paid]
  - id: crew
    type: number
    min: 1
    max: 8
    text: How many people were in the boat?
  - id: again
    type: yes_no
    text: Would you hire from us again?
"""


def _boats(tmp_path, answers):
    return answered_policy(tmp_path, "boats", BOATS, answers, datetime(2031, 11, 12, 12, tzinfo=timezone.utc))


@pytest.mark.parametrize(
    "text",
    [
        "Before that, the price was actually ninety-five, I said eighty but I checked the receipt.",
        "Go back to the price, it was ninety-five, I told you eighty.",
        "Sorry, before that, I said eighty dollars but it's ninety-five.",
    ],
)
def test_a_change_that_quotes_the_old_answer_keeps_the_new_one(tmp_path, text):
    p = _boats(tmp_path, ["eighty", "four"])
    out = p.respond(text)
    if p.phase == "confirm":
        out = p.respond("yes")
    recs = [r for r in record_calls(out) if r["question_id"] == "price"]
    assert recs and recs[0]["value"] == 95


def test_a_clause_that_names_the_question_gives_it_no_value(tmp_path):
    """ "back on the <name> one" names the question changed (it had been read as a yes by its
    words, beside the "no" said after it, and the change was lost)."""
    p = _boats(tmp_path, ["eighty", "four"])
    out = p.respond("Oops, back on the price one, make that ninety-five, I forgot about the fuel.")
    if p.phase == "confirm":
        out = p.respond("yes")
    recs = [r for r in record_calls(out) if r["question_id"] == "price"]
    assert recs and recs[0]["value"] == 95


@pytest.mark.parametrize(("text", "value"), [("Five, six. Six.", 6), ("Three or four. Three.", 3)])
def test_a_range_narrowed_to_one_of_its_ends_is_that_end_read_back(text, value):
    n = normalise(ONE_UP, text, today=TODAY)
    assert n.status == "valid" and n.value == value and n.method in LENIENT_METHODS


@pytest.mark.parametrize("text", ["Five, six. Seven.", "Five, six.", "Five, six. Six more."])
def test_a_range_not_narrowed_to_one_of_its_ends_is_asked_again(text):
    assert normalise(ONE_UP, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize("text", ["Four lads, usually.", "Usually four.", "Four, normally."])
def test_a_usual_count_with_its_frequency_word_is_the_count(text):
    crew = Question(id="crew", type="number", text="On a typical day, how many people were on the crew?", min=1, max=20)
    n = normalise(crew, text, today=TODAY)
    assert n.status == "valid" and n.value == 4
