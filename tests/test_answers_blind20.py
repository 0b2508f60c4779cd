"""Classes of phrasing from the misses of answers blind20 (first contact 519/553 with 11 wrong) and
blind17, in the team's own phrasings on surveys about other things (a leisure centre, a food fair):

- a yes said by denying a refusal ("I wouldn't say no", "I wouldn't mind"), read back;
- "Pass." as the last sentence after a don't-know is a refusal; a don't-know followed by a question
  to the agent ("Not sure, how much are they?") is an off-script question, never a code;
- the caller's own plan not made yet ("I haven't booked one yet") to a date question is a
  don't-know read back (writers code it both ways);
- "every other week" to a count per month is read back, never stored at once; an amount per
  occasion ("forty a session") to a monthly bill is asked again;
- "a tenner", "a fiver"; "A, maybe B" with two amounts is asked again;
- a choice word that only qualifies another word ("plant-based", "meat-free") names no choice;
  "None of these, well, maybe the sauna" is asked again; "all the areas except A and B";
- "more of a four than a five", "a perfect score" on a scale (read back);
- an earlier question named as a clause of its own ("the hours question, it's four now").
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise
from customario.dialogue.references import find_reference

TODAY = date(2031, 5, 14)  # a Wednesday

_TOUR = Question(id="tour", type="yes_no", text="Would you sign up for a guided tour of the centre?")
_SWIMS = Question(id="swims", type="number", text="How many times a month do you swim at the centre?", min=0, max=5)
_LUNCH = Question(
    id="lunch", type="number", text="How much do you spend on lunch at the fair, in dollars?", min=0, max=300
)
_BILL = Question(
    id="bill", type="number", text="About how much was your last monthly membership bill, in dollars?", min=0, max=1500
)
_NEXT = Question(id="next_swim", type="date", text="When is your next swimming lesson?")
_AREAS = Question(
    id="areas",
    type="multi_choice",
    text="Which areas of the centre did you use: weights, the pool, the sauna, the studio, the cafe, or none of these?",
    choices=[
        Choice(code="weights", label="weights"),
        Choice(code="pool", label="the pool"),
        Choice(code="sauna", label="the sauna"),
        Choice(code="studio", label="the studio"),
        Choice(code="cafe", label="the cafe"),
        Choice(code="none", label="none of these"),
    ],
)
_BOUGHT = Question(
    id="bought",
    type="multi_choice",
    text="What did you buy at the food fair?",
    choices=[
        Choice(code="cheese", label="cheese"),
        Choice(code="fish", label="fish"),
        Choice(code="herbs", label="herbs and spices"),
        Choice(code="wine", label="wine"),
    ],
)
_FRIENDLY = Question(id="friendly", type="scale", text="How friendly was the trainer, from 1 to 5?", min=1, max=5)
_RECOMMEND = Question(id="recommend", type="nps", text="How likely are you to recommend the centre?")


@pytest.mark.parametrize("text", ["I wouldn't say no.", "We wouldn't say no to one.", "I wouldn't mind, yeah."])
def test_a_yes_said_by_denying_a_no_is_read_back(text):
    r = normalise(_TOUR, text, today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", "yes", "inferred")


def test_a_negation_after_the_litotes_is_no_yes():
    assert normalise(_TOUR, "I wouldn't mind if they didn't.", today=TODAY).status == "invalid"


@pytest.mark.parametrize("text", ["No opinion. Pass.", "Not sure. Skip, please."])
def test_pass_as_the_last_sentence_is_a_refusal(text):
    assert normalise(_TOUR, text, today=TODAY).status == "refused"


@pytest.mark.parametrize(
    "question, text",
    [
        (_AREAS, "I don't know, what do they cost?"),
        (_TOUR, "Not sure, is it expensive?"),
        (_SWIMS, "No idea, does it matter?"),
    ],
)
def test_a_question_after_a_dont_know_is_no_code(question, text):
    r = normalise(question, text, today=TODAY)
    assert r.status == "invalid"


@pytest.mark.parametrize("text", ["Not sure, how would I know?", "I dunno. Who knows?"])
def test_a_rhetorical_question_keeps_the_dont_know(text):
    assert normalise(_AREAS, text, today=TODAY).status == "dont_know"


@pytest.mark.parametrize("text", ["I haven't booked one yet.", "No plans."])
def test_no_plan_made_yet_is_a_dont_know_read_back(text):
    r = normalise(_NEXT, text, today=TODAY)
    assert (r.status, r.method) == ("dont_know", "inferred")


def test_a_fortnightly_rate_per_month_is_read_back():
    r = normalise(_SWIMS, "Every other week.", today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", 2, "inferred")


@pytest.mark.parametrize(
    "text", ["Forty per session.", "About forty each time.", "I pay by the visit, thirty a visit."]
)
def test_an_amount_per_occasion_to_a_monthly_bill_is_asked_again(text):
    assert normalise(_BILL, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize("text, value", [("A tenner.", 10), ("About a fiver.", 5)])
def test_a_note_said_in_slang(text, value):
    r = normalise(_LUNCH, text, today=TODAY)
    assert (r.status, r.value) == ("valid", value)


def test_two_amounts_with_a_hedge_are_asked_again():
    assert normalise(_LUNCH, "A fiver, maybe eight.", today=TODAY).status == "invalid"


@pytest.mark.parametrize("text", ["I'm on a plant-based diet, so, you know.", "Everything I eat is fish-free."])
def test_a_word_qualifying_another_names_no_choice(text):
    assert normalise(_BOUGHT, text, today=TODAY).status == "invalid"


def test_a_none_taken_back_by_a_hedge_is_asked_again():
    assert normalise(_AREAS, "None of these, well, maybe the sauna in winter.", today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    "text, value",
    [
        ("All the areas except the pool and the cafe.", ["weights", "sauna", "studio"]),
        ("Every area but the sauna.", ["weights", "pool", "studio", "cafe"]),
    ],
)
def test_all_of_a_kind_but_some(text, value):
    r = normalise(_AREAS, text, today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


@pytest.mark.parametrize(
    "question, text, value",
    [
        (_FRIENDLY, "She's more of a four than a five.", 4),
        (_RECOMMEND, "closer to an eight than a nine", 8),
        (_FRIENDLY, "Perfect score.", 5),
        (_RECOMMEND, "A perfect score.", 10),
    ],
)
def test_a_point_said_against_its_neighbour_or_as_perfect(question, text, value):
    r = normalise(question, text, today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


def test_an_earlier_question_named_as_a_clause_of_its_own():
    questions = [_SWIMS, _LUNCH, _TOUR]
    ref = find_reference(
        "Oh, one thing, the lunch question, it's really twelve now.", questions, ["swims", "lunch", "tour"]
    )
    assert ref is not None and ref.question.id == "lunch"


_LAST = Question(id="last_swim", type="date", text="When did you last swim at the centre?")
_LESSON_HOURS = Question(
    id="lesson_hours", type="number", text="How many hours is each lesson booked for?", min=1, max=8
)
_HOW_OFTEN = Question(
    id="how_often",
    type="single_choice",
    text="How often do you have a lesson: every week, every two weeks or once a month?",
    choices=[
        Choice(code="weekly", label="every week"),
        Choice(code="fortnightly", label="every two weeks"),
        Choice(code="monthly", label="once a month"),
    ],
)


@pytest.mark.parametrize(
    "text, value",
    [("fri", "2031-05-09"), ("last sat", "2031-05-10"), ("Sat.", "2031-05-10"), ("a week last Friday", "2031-05-02")],
)
def test_weekdays_typed_short(text, value):
    r = normalise(_LAST, text, today=TODAY)
    assert (r.status, r.value) == ("valid", value)


def test_a_short_word_that_is_no_weekday_stays_a_word():
    assert normalise(_LAST, "I sat in the sun.", today=TODAY).status == "invalid"


@pytest.mark.parametrize("text, value", [("three and a quarter", 3.25), ("Two and three quarters hours.", 2.75)])
def test_quarters_of_the_questions_unit(text, value):
    r = normalise(_LESSON_HOURS, text, today=TODAY)
    assert (r.status, r.value) == ("valid", value)


@pytest.mark.parametrize(
    "text, value", [("Every Monday.", "weekly"), ("every other Thursday", "fortnightly"), ("On Saturdays.", "weekly")]
)
def test_a_weekday_as_a_habit_is_a_rate(text, value):
    r = normalise(_HOW_OFTEN, text, today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


@pytest.mark.parametrize("text", ["Not saying.", "I don't give out details like that over the phone."])
def test_refusals_said_short_or_as_a_habit(text):
    assert normalise(_BILL, text, today=TODAY).status == "refused"


def test_whatever_it_is_is_a_dont_know():
    assert normalise(_BILL, "Same as every month, whatever it comes to.", today=TODAY).status == "dont_know"


def test_a_disclaimer_before_a_no():
    r = normalise(_TOUR, "It's not that I wouldn't like to, but no, I work weekends.", today=TODAY)
    assert (r.status, r.value) == ("valid", "no")


def test_a_past_habit_beside_the_count_now():
    r = normalise(
        _SWIMS, "My shoulder's bad, so I only go about twice a month now, used to be every week.", today=TODAY
    )
    assert (r.status, r.value) == ("valid", 2)


_FLOOR = Question(
    id="floor",
    type="single_choice",
    text="What floor did we fit: carpet, laminate, tile or wood?",
    choices=[
        Choice(code="carpet", label="carpet"),
        Choice(code="laminate", label="laminate"),
        Choice(code="tile", label="tile", synonyms=["ceramic tile"]),
        Choice(code="wood", label="wood"),
    ],
)
_GARDEN_DAMAGE = Question(
    id="damage",
    type="multi_choice",
    text="What went wrong: a broken fence, rubbish left behind, damaged plants, or none of these?",
    choices=[
        Choice(code="fence", label="a broken fence", synonyms=["fence"]),
        Choice(code="rubbish", label="rubbish left behind", synonyms=["rubbish", "litter"]),
        Choice(code="plants", label="damaged plants", synonyms=["plants", "shrubs"]),
        Choice(code="none", label="none of these"),
    ],
)


def test_an_unknown_qualifier_before_a_one_word_choice_is_read_back():
    r = normalise(_FLOOR, "Vinyl tiles.", today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", "tile", "inferred")


@pytest.mark.parametrize("text", ["Ceramic tile.", "Just tile."])
def test_a_known_or_plain_qualifier_keeps_the_choice(text):
    r = normalise(_FLOOR, text, today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", "tile", "exact")


def test_a_kind_of_a_choices_thing_in_a_clause_of_its_own():
    r = normalise(_GARDEN_DAMAGE, "Litter on the lawn, and they trampled my roses.", today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", ["rubbish", "plants"], "inferred")


@pytest.mark.parametrize(
    "text, value",
    [
        ("A hundred and twelve fifty.", 112.5),
        ("Three-twenty-five forty.", 325.4),
        ("Hold on, it's on the fridge, three hundred and, uh, twelve dollars.", 312),
    ],
)
def test_prices_read_aloud_with_hundreds_or_a_filler(text, value):
    r = normalise(_BILL, text, today=TODAY)
    assert (r.status, r.value) == ("valid", value)


@pytest.mark.parametrize(
    "text, value", [("thirty five dollers", 35), ("Nineteen ninety-nine, same as the gym.", 19.99)]
)
def test_a_misspelt_currency_or_a_price_read_aloud_is_read_back(text, value):
    r = normalise(_LUNCH, text, today=TODAY)
    assert (r.status, r.value, r.method) == ("valid", value, "fuzzy" if "dollers" in text else "inferred")


def test_whatever_that_is_after_an_option_names_the_option():
    assert normalise(_AREAS, "The second one, whatever that is.", today=TODAY).status != "dont_know"
