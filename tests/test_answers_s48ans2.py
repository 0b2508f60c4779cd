"""Typed dates, counts and changes of earlier answers, classes found in answers blind49 to blind52,
stop 48, helper ans2, in the team's own phrasings (a kitchen fitter, a cattery, a rowing club):

- a self-repair keeps the part of what it repairs that it does not restate: the month before a
  repaired day with an aside after it ("the second of May. No, the ninth, after the bank holiday"),
  the scale of a figure ("Forty-five thousand. Sorry, no, fifty-four"); a repair that only names
  the weekday the date before it falls on repairs nothing;
- "a week ago Monday" said later in the week is the Monday of last week, read back;
- Canada's Thanksgiving is the second Monday of October, never the US day;
- the date said first, then another event told in a clause of its own ("..., we flew in on the
  Thursday");
- "a pair of <things>" is two, unless the things come in pairs as one thing (boots, skis);
- the things named one by one, then their number ("The two cats and the rabbit. Three.");
- an earlier answer quoted and contradicted in a sentence of its own ("I told you three cats.
  It's two").
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise
from tests.survey_helpers import answered_policy, record_calls

TODAY = date(2031, 10, 16)  # a Thursday
FITTED = Question(id="fitted", type="date", text="On what date did the fitters finish the kitchen?")
NEXT_VISIT = Question(id="next_visit", type="date", text="What date shall we book your next visit? A future date.")
COST = Question(id="cost", type="number", text="What did the kitchen cost you in all, in dollars?", min=500, max=200000)
CATS = Question(id="cats", type="number", text="How many cats are staying with us?", min=1, max=10)
PETS = Question(id="pets", type="number", text="How many pets are staying with us?", min=1, max=10)
ITEMS = Question(id="items", type="number", text="How many items of kit did you hire?", min=0, max=20)


def _read(q, text):
    return normalise(q, text, today=TODAY)


# ---------------------------------------------------------------- a repair keeps what it leaves out
@pytest.mark.parametrize(
    ("q", "text", "value"),
    [
        (NEXT_VISIT, "The second of January. Hmm, no, the ninth, after the holidays.", "2032-01-09"),
        (FITTED, "Third of June. No, the fifth, before the school term ended.", "2031-06-05"),
        # 5 August 2031 is a Tuesday: the weekday names the repaired day again
        (FITTED, "Second of August. No, the fifth, sorry, the Tuesday.", "2031-08-05"),
    ],
)
def test_the_month_before_a_repaired_day_holds_past_an_aside(q, text, value):
    n = _read(q, text)
    assert (n.status, n.value) == ("valid", value) and n.method in LENIENT_METHODS


def test_an_aside_naming_another_day_keeps_the_repair_unread_as_that_month():
    # 5 August 2031 is no Wednesday: the month is not carried over a day that disagrees
    n = _read(FITTED, "Second of August. No, the fifth, sorry, the Wednesday.")
    assert n.value != "2031-08-05"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Forty-five thousand. Sorry, no, fifty-four, I always get them backwards.", 54000),
        ("Twelve thousand, no, fifteen.", 15000),
        ("Twelve thousand, no, fifteen thousand.", 15000),
    ],
)
def test_a_repaired_figure_keeps_the_scale_it_left_out(text, value):
    n = _read(COST, text)
    assert (n.status, n.value) == ("valid", value) and n.method in LENIENT_METHODS


@pytest.mark.parametrize(
    "text",
    [
        "Twelve thousand, sorry, for two rooms.",  # the figure is not said again
        "Forty thousand, no, two.",  # two thousand is not within ten times forty thousand
    ],
)
def test_a_repair_that_restates_no_figure_gets_no_scale(text):
    n = _read(COST, text)
    assert n.value not in (2000, 2)


# ---------------------------------------------------------------- weeks ago, holidays, events
def test_a_week_ago_a_weekday_earlier_in_this_week_is_last_weeks():
    n = _read(FITTED, "A week ago Monday.")
    assert (n.value, n.method) == ("2031-10-06", "inferred")


def test_two_weeks_ago_a_weekday_still_splits():
    assert _read(FITTED, "Two weeks ago Monday.").status == "invalid"


@pytest.mark.parametrize(
    "text", ["Canadian Thanksgiving.", "Thanksgiving in Canada.", "Canada's Thanksgiving, the Monday."]
)
def test_canadian_thanksgiving_is_the_second_monday_of_october(text):
    assert _read(FITTED, text).value == "2031-10-13"


def test_thanksgiving_alone_is_still_the_us_day():
    assert _read(FITTED, "Thanksgiving.").value == "2030-11-28"


def test_the_date_said_first_then_another_event_in_a_clause_of_its_own():
    n = _read(FITTED, "Friday the third, we went away on the Thursday.")
    assert (n.value, n.method) == ("2031-10-03", "inferred")


def test_a_clause_that_only_describes_the_day_must_agree():
    assert _read(FITTED, "Friday the third, it was a Thursday.").status == "invalid"


# ---------------------------------------------------------------- counts
@pytest.mark.parametrize("text", ["A pair of Siamese cats.", "Oh, a pair of tabbies."])
def test_a_pair_of_things_is_two(text):
    n = _read(CATS, text)
    assert (n.value, n.method) == (2, "inferred")


@pytest.mark.parametrize("text", ["A pair of boots.", "A pair of skis."])
def test_things_that_come_in_pairs_are_not_counted_two(text):
    assert _read(ITEMS, text).status == "invalid"


def test_a_question_about_pairs_is_not_read_as_two():
    pairs = Question(id="pairs", type="number", text="How many pairs of gloves did you buy?", min=0, max=20)
    assert _read(pairs, "A pair of woollen mittens.").value != 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Let me think. The two cats, the dog and the rabbit. Four.", 4),
        ("The two cats and the rabbit. Three.", 3),
    ],
)
def test_things_named_then_their_number(text, value):
    n = _read(PETS, text)
    assert (n.status, n.value) == ("valid", value) and n.method in LENIENT_METHODS


def test_a_number_that_disagrees_with_the_things_named_is_asked_again():
    assert _read(PETS, "The two cats and the rabbit. Five.").status == "invalid"


# ---------------------------------------------------------------- an earlier answer contradicted
CATTERY = """
name: cattery_survey
kind: survey
organisation: Meadow Cattery
questions:
  - id: cats
    type: number
    text: How many cats are staying with us?
    min: 1
    max: 10
  - id: indoor
    type: yes_no
    text: Are your cats indoor cats?
  - id: rating
    type: scale
    text: From one to five, how happy are you with the booking?
    min: 1
    max: 5
  - id: anything_else
    type: open
    text: Is there anything else you'd like to tell us?
"""


def _cattery(tmp_path, answers):
    return answered_policy(tmp_path, "cattery", CATTERY, answers, datetime(2031, 10, 16, 12, tzinfo=timezone.utc))


def _changed(p, text, qid):
    out = p.respond(text)
    if p.phase == "confirm":
        out = p.respond("yes")
    return [call["value"] for call in record_calls(out) if call["question_id"] == qid]


def test_an_earlier_count_quoted_and_contradicted_in_its_own_sentence(tmp_path):
    p = _cattery(tmp_path, ["three", "yes"])
    assert _changed(p, "Hold on, I told you three cats. It's two, the ginger one went home.", "cats") == [2]


def test_an_earlier_yes_no_quoted_and_called_wrong(tmp_path):
    p = _cattery(tmp_path, ["three", "no"])
    assert _changed(p, "Sorry, I told you they don't stay indoors, that's wrong, they do.", "indoor") == ["yes"]


def test_a_misremembered_quote_still_changes_the_question_it_speaks_of(tmp_path):
    # stored four, quoted as three: the cats are spoken of, read back before the change
    p = _cattery(tmp_path, ["four", "yes"])
    assert _changed(p, "Hang on, I told you three cats. It's two.", "cats") == [2]
    assert p.current is not None and p.current.id == "rating"


# ---------------------------------------------------------------- settled at the end, no one
def test_the_day_the_caller_settles_on_takes_its_month_from_the_story():
    n = _read(
        FITTED, "They packed up on the second, but came back for the tiles on the sixth of May, so call it the sixth."
    )
    assert (n.value, n.method) == ("2031-05-06", "inferred")


def test_a_settled_day_no_clause_gives_with_a_month_is_not_placed_by_the_story():
    assert _read(FITTED, "The eighth of August, so call it the ninth.").value != "2031-08-09"


PLAYERS = Question(
    id="players",
    type="number",
    text="How many people in your household row with the club, including you?",
    min=0,
    max=10,
)


@pytest.mark.parametrize("text", ["Nobody.", "No one.", "No one rows now."])
def test_nobody_to_a_count_of_people_is_zero_read_back(text):
    n = _read(PLAYERS, text)
    assert (n.value, n.method) == (0, "inferred")


@pytest.mark.parametrize("text", ["Nobody else.", "Nobody, just me.", "No one except my son."])
def test_nobody_with_someone_after_it_is_not_zero(text):
    assert _read(PLAYERS, text).value != 0


# ---------------------------------------------------------------- answers blind54's classes
FEE = Question(
    id="fee", type="number", text="What is the most you would pay a year for a berth, in dollars?", min=0, max=1000
)
YEARS = Question(id="years", type="number", text="How many years have you rowed with the club?", min=0, max=75)


@pytest.mark.parametrize(("text", "value"), [("99.99", 99.99), ("$11.11", 11.11), ("45.45. 45.45.", 45.45)])
def test_a_decimal_whose_digits_repeat_is_no_sentence_said_twice(text, value):
    n = _read(FEE, text)
    assert (n.status, n.value) == ("valid", value)


def test_someone_who_did_it_before_the_caller_is_no_dont_know():
    assert _read(YEARS, "Since forever. My mum had the boat before me.").status == "invalid"


@pytest.mark.parametrize(("text", "value"), [("Three, going on four.", 3), ("Two, nearly three.", 2)])
def test_a_count_then_the_next_one_it_is_nearing_is_the_count(text, value):
    n = _read(YEARS, text)
    assert (n.value, n.method) == (value, "inferred")


def test_a_count_then_a_figure_well_above_it_is_asked_again():
    assert _read(YEARS, "Two, nearly five.").status == "invalid"


def test_a_reason_sentence_naming_another_day_is_no_second_date():
    n = _read(FITTED, "It was the twenty-eighth of May. I know because it was two weeks after the wedding.")
    assert (n.status, n.value) == ("valid", "2031-05-28")


def test_an_earlier_rating_named_by_its_range(tmp_path):
    p = _cattery(tmp_path, ["three", "yes"])
    p.respond("four")  # the one-to-five rating
    assert _changed(p, "Can I change my one to five answer to a five?", "rating") == [5]


@pytest.mark.parametrize(("text", "value"), [("About one lakh dollars.", 100000), ("1.5 lakh dollars", 150000)])
def test_a_lakh_of_dollars_is_a_hundred_thousand(text, value):
    assert _read(COST, text).value == value


@pytest.mark.parametrize("text", ["Two lakh rupees.", "One lakh."])
def test_a_lakh_in_rupees_or_no_currency_is_asked_again(text):
    assert _read(COST, text).status == "invalid"
