"""Typed dates, counts and changes of earlier answers, classes found in answers blind49 and blind50,
stop 47, helper ans2, in the team's own phrasings (a bike repair shop, a choir, a ferry pass):

- the side of today said as a place in time ("a date still ahead of us", "a date behind us"): a
  bare day of the month is then the next or the last one;
- a day and a month both said as ordinals ("the third of the fourth"): the third of April, read
  back; never "the fourth" of next month;
- the names St Patrick's Day and Shrove Tuesday go by ("Paddy's Day", "Pancake Tuesday", "Fat
  Tuesday"); "Paddy's" alone is someone's;
- "None. Not once." to a count of times: zero, not two numbers;
- a count followed by a thing added with "plus" ("Nine, plus a towel rail"): asked again;
- an earlier answer moved up or down ("bump my rating up to a four", "knock it down to a six");
- a change at the closing open question with a reason after the new choice ("change the
  reminder to a letter, would you? I'd only lose a text"): the choice said after the verb;
- "on how many of the three days ...?" counts days (not "of"): "each and every day of it" is the
  whole the question states, read back.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise
from tests.survey_helpers import answered_policy, record_calls

TODAY = date(2031, 10, 13)  # a Monday
PICKUP = Question(id="pickup", type="date", text="On what date will you collect the bike? A date still ahead of us.")
DROPPED = Question(id="dropped", type="date", text="On what date did you drop the bike off? A date behind us.")
JOINED = Question(id="joined", type="date", text="When did you join the choir?")
REPAIRS = Question(
    id="repairs", type="number", text="How many times have you brought the bike back for a repair?", min=0, max=20
)
BIKES = Question(id="bikes", type="number", text="How many bikes are there in your household?", min=0, max=30)


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (PICKUP, "The fifth, I think.", "2031-11-05"),
        (PICKUP, "Friday week.", "2031-10-24"),
        (DROPPED, "The twentieth.", "2031-09-20"),
    ],
)
def test_the_side_of_today_said_as_a_place_in_time(question, text, value):
    n = normalise(question, text, today=TODAY)
    assert n.status == "valid" and n.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The third of the fourth.", "2031-04-03"),
        ("the 9th of the 2nd", "2031-02-09"),
        ("The twenty-first of the sixth, 2030.", "2030-06-21"),
    ],
)
def test_a_month_said_as_an_ordinal_after_the_day_is_that_month_read_back(text, value):
    n = normalise(JOINED, text, today=TODAY)
    assert n.status == "valid" and n.value == value and n.method in LENIENT_METHODS


@pytest.mark.parametrize("text", ["The thirty-first of the fourth.", "The second of the fourth week."])
def test_no_such_day_or_no_month_is_never_a_date(text):
    n = normalise(JOINED, text, today=TODAY)
    assert n.status == "invalid" or n.value not in ("2031-04-30", "2031-05-01", "2031-04-02")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Paddy's Day, of all days.", "2031-03-17"),
        ("St Paddy's.", "2031-03-17"),
        ("Pancake Tuesday.", "2031-02-25"),
        ("Fat Tuesday, I remember the parade.", "2031-02-25"),
    ],
)
def test_other_names_of_saint_patricks_day_and_shrove_tuesday(text, value):
    n = normalise(JOINED, text, today=TODAY)
    assert n.status == "valid" and n.value == value


def test_paddys_alone_is_someones_not_the_day():
    n = normalise(JOINED, "At Paddy's place, on a Friday.", today=TODAY)
    assert n.value != "2031-03-17"


@pytest.mark.parametrize("text", ["None. Not once.", "Zero, not even once.", "None, never once."])
def test_once_denied_beside_zero_is_zero(text):
    n = normalise(REPAIRS, text, today=TODAY)
    assert n.status == "valid" and n.value == 0


def test_once_beside_another_count_is_still_asked_again():
    assert normalise(REPAIRS, "Two, well once.", today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    "text", ["Nine, plus a tandem in the shed.", "Three plus one old scooter.", "Four, plus an old frame."]
)
def test_a_count_with_a_thing_added_by_plus_is_asked_again(text):
    assert normalise(BIKES, text, today=TODAY).status == "invalid"


def test_a_count_alone_is_still_read():
    n = normalise(BIKES, "Nine.", today=TODAY)
    assert n.status == "valid" and n.value == 9


CHOIR = """
name: choir_survey
kind: survey
organisation: Riverside Choir
questions:
  - id: rating
    type: nps
    text: How likely are you to recommend the choir to a friend?
  - id: reminder
    type: single_choice
    text: How should we remind you of rehearsals, by text, by email or by a letter?
    aliases: [reminder, reminders]
    choices:
      - {code: text, label: by text, synonyms: [text, texts]}
      - {code: email, label: by email, synonyms: [email]}
      - {code: post, label: by a letter, synonyms: [letter, a letter, post]}
  - id: evenings
    type: number
    text: How many evenings a month could you come?
    min: 0
    max: 31
  - id: anything_else
    type: open
    text: Is there anything else you'd like to tell us?
"""


def _choir(tmp_path, answers):
    return answered_policy(tmp_path, "choir", CHOIR, answers, datetime(2031, 10, 13, 12, tzinfo=timezone.utc))


def _changed(p, text, qid):
    out = p.respond(text)
    if p.phase == "confirm":
        out = p.respond("yes")
    return [call["value"] for call in record_calls(out) if call["question_id"] == qid]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Can I bump my rating up to a nine?", 9),
        ("Actually, knock that first number down to a six.", 6),
        ("Could you raise my recommend rating to ten?", 10),
    ],
)
def test_an_earlier_answer_moved_up_or_down(tmp_path, text, value):
    p = _choir(tmp_path, ["seven", "by email"])
    assert _changed(p, text, "rating") == [value]


def test_taking_something_down_somewhere_moves_no_answer(tmp_path):
    p = _choir(tmp_path, ["seven", "by email"])
    assert _changed(p, "I'd take it down to the hall on a Tuesday, four.", "rating") == []


def test_a_change_at_the_closing_question_keeps_the_choice_said_after_the_verb(tmp_path):
    p = _choir(tmp_path, ["seven", "by email", "four"])
    text = "Change the reminder to a letter, would you? I'd only lose a text."
    assert _changed(p, text, "reminder") == ["post"]


FAIR = Question(
    id="fair_days",
    type="number",
    text="The fair ran from Friday to Sunday. On how many of the three days did you go?",
    min=1,
    max=3,
)


@pytest.mark.parametrize("text", ["Each and every day of it.", "Every single day.", "Every day of it."])
def test_every_day_of_a_whole_the_question_states_is_that_whole_read_back(text):
    n = normalise(FAIR, text, today=TODAY)
    assert n.status == "valid" and n.value == 3 and n.method in LENIENT_METHODS


def test_every_day_said_as_a_habit_is_no_count():
    assert normalise(FAIR, "Every day I went to the gym.", today=TODAY).status == "invalid"


def test_once_said_for_each_of_two_things_is_never_one():
    n = normalise(REPAIRS, "Once for the brakes and once for the chain.", today=TODAY)
    assert n.status == "invalid"


def test_a_count_with_a_known_other_added_by_plus_the_is_that_count():
    n = normalise(BIKES, "Five, plus the shop's loan bike.", today=TODAY)
    assert n.status == "valid" and n.value == 5
