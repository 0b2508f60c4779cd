"""Typed survey answers, classes found in answers blind55, blind56 and blind58, stop 50, helper ans,
in the team's own phrasings (a pottery class, a gutter firm, a swim school):

- a dollar amount to a question asked in euro or pounds is another currency, asked again; a
  currency word put right the next moment ("forty dollars. Pounds, I mean pounds.") is kept;
- "Labour Day" with no country is read back (its date differs between Canada, Australia's states
  and New Zealand); the US "Labor Day" is still the first Monday of September;
- "I didn't notice" alone to a question about what was done is a don't-know, to one about whether
  there was any of something still a no;
- a prefix that makes a period word another one ("bi-monthly", "semi-annual") never names the
  choice of the bare word;
- a wish followed by a doubt about the means ("he'd like to, but I'm not sure we can afford it") is
  asked again, not coded don't-know;
- one part fine and another the problem is an answer both ways, asked again;
- "Yeah, no, they did" (Irish and British filler pair) is a yes; "go on" alone accepts an offer;
- the UK and Irish bank holidays and Remembrance Sunday by name; "twelve euro fifty";
  "every 6 wks" names the choice "every six weeks".
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Choice, Question
from customario.dialogue.answers import normalise

TODAY = date(2031, 3, 11)  # a Tuesday
FEE = Question(id="fee", type="number", text="How much was the class fee, in euro?", min=0, max=500)
PINTS = Question(id="fee_gb", type="number", text="What did you pay for the session, in pounds?", min=0, max=500)
USD_FEE = Question(id="fee_us", type="number", text="How much did the class cost?", min=0, max=500)
FIRST_CLASS = Question(id="first_class", type="date", text="When was your first class?")
NEXT_VISIT = Question(id="next_visit", type="date", text="When should we come back to clear the gutters?")
SWEPT = Question(id="swept", type="yes_no", text="Did the crew sweep up the moss afterwards?")
LEFTOVERS = Question(id="leftovers", type="yes_no", text="Was there any mess left on the drive?")
SLOT = Question(id="slot", type="yes_no", text="Does the swimming lesson slot work for you?")
ANOTHER = Question(id="another", type="yes_no", text="Will you be booking another block of lessons?")
REMINDER = Question(id="reminder", type="yes_no", text="Would you like an email the day before?")
ROUND = Question(
    id="round",
    type="single_choice",
    text="How often would you like us to visit?",
    choices=[
        Choice(code="monthly", label="once a month", synonyms=["monthly", "every month"]),
        Choice(code="six_weeks", label="every six weeks"),
        Choice(code="yearly", label="once a year", synonyms=["annual", "yearly"]),
    ],
)


def _read(q, text):
    return normalise(q, text, today=TODAY)


# ---------------------------------------------------------------- another currency
@pytest.mark.parametrize("text", ["Roughly sixty dollars.", "60 bucks or so", "$60"])
def test_dollars_to_a_question_in_euro_are_asked_again(text):
    assert _read(FEE, text).status == "invalid"


def test_dollars_to_a_question_in_pounds_are_asked_again():
    assert _read(PINTS, "Thirty dollars, I think.").status == "invalid"


def test_dollars_to_a_question_in_dollars_are_the_amount():
    read = _read(USD_FEE, "Sixty dollars.")
    assert (read.status, read.value) == ("valid", 60)


def test_a_currency_word_put_right_at_once_keeps_the_amount():
    read = _read(PINTS, "About thirty dollars. Pounds, sorry, pounds.")
    assert (read.status, read.value) == ("valid", 30)


@pytest.mark.parametrize("text,value", [("Twelve euro fifty.", 12.5), ("Forty euros twenty", 40.2)])
def test_euros_then_bare_cents(text, value):
    read = _read(FEE, text)
    assert (read.status, read.value) == ("valid", value)


# ---------------------------------------------------------------- Labour Day
def test_labour_day_with_no_country_is_read_back():
    read = _read(NEXT_VISIT, "Labour Day would do.")
    assert read.status == "valid" and read.method == "inferred"
    assert read.value == "2031-09-01"


def test_labor_day_us_spelling_is_the_first_monday_of_september():
    read = _read(FIRST_CLASS, "It was Labor Day.")
    assert (read.status, read.value) == ("valid", "2030-09-02")


# ---------------------------------------------------------------- not noticed
@pytest.mark.parametrize("text", ["I didn't notice.", "Honestly, I didn't check.", "Didn't look, sorry."])
def test_not_noticed_to_a_question_about_a_deed_is_dont_know(text):
    assert _read(SWEPT, text).status == "dont_know"


def test_not_noticed_to_a_question_about_any_mess_stays_a_no():
    read = _read(LEFTOVERS, "I didn't notice any.")
    assert (read.status, read.value) == ("valid", "no")


def test_a_no_with_not_noticed_stays_a_no():
    read = _read(SWEPT, "No, and I did check.")
    assert (read.status, read.value) == ("valid", "no")


# ---------------------------------------------------------------- prefixed period words
@pytest.mark.parametrize("text", ["Bi-monthly, I suppose.", "semi monthly", "bimonthly", "Twice-monthly."])
def test_a_prefixed_period_word_names_no_bare_choice(text):
    read = _read(ROUND, text)
    assert not (read.status == "valid" and read.value == "monthly")


def test_the_bare_period_word_still_names_its_choice():
    read = _read(ROUND, "Monthly.")
    assert (read.status, read.value) == ("valid", "monthly")


@pytest.mark.parametrize("text", ["every 6 wks", "Every 6 weeks please", "every six wks"])
def test_a_number_in_digits_or_a_short_unit_names_the_choice_in_words(text):
    read = _read(ROUND, text)
    assert (read.status, read.value) == ("valid", "six_weeks")


# ---------------------------------------------------------------- doubts about the means
@pytest.mark.parametrize(
    "text",
    ["He'd like to, but I'm not sure we can afford it.", "We want to, not sure we could fit it in though."],
)
def test_a_wish_then_a_doubt_about_the_means_is_asked_again(text):
    assert _read(ANOTHER, text).status == "invalid"


def test_not_sure_alone_is_still_dont_know():
    assert _read(ANOTHER, "Not sure yet.").status == "dont_know"


# ---------------------------------------------------------------- one part fine, another the problem
@pytest.mark.parametrize(
    "text",
    ["The hour is fine, the day's the problem.", "The day is the real issue, the time's okay."],
)
def test_one_part_fine_and_another_the_problem_is_asked_again(text):
    assert _read(SLOT, text).status == "invalid"


def test_a_part_fine_alone_is_a_yes():
    read = _read(SLOT, "Yes, the time's fine.")
    assert (read.status, read.value) == ("valid", "yes")


# ---------------------------------------------------------------- "yeah, no" and "go on"
@pytest.mark.parametrize("text", ["Yeah, no, they did.", "Yeah, no, it was all done."])
def test_yeah_no_then_a_plain_yes_is_a_yes_read_back(text):
    read = _read(SWEPT, text)
    assert (read.status, read.value, read.method) == ("valid", "yes", "inferred")


@pytest.mark.parametrize("text", ["Yeah, no, they didn't.", "Yeah nah.", "Yeah, no, not really."])
def test_yeah_no_then_a_negation_stays_a_no(text):
    read = _read(SWEPT, text)
    assert (read.status, read.value) == ("valid", "no")


@pytest.mark.parametrize("text", ["Go on so.", "Ah, go on.", "Go on, why not."])
def test_go_on_accepts_an_offer(text):
    read = _read(REMINDER, text)
    assert (read.status, read.value) == ("valid", "yes")


def test_go_on_alone_answers_no_question_of_fact():
    assert _read(SWEPT, "Go on.").status == "invalid"


# ---------------------------------------------------------------- named days of the UK and Ireland
@pytest.mark.parametrize(
    "text,value",
    [
        ("The May bank holiday.", "2031-05-05"),
        ("the early May bank holiday Monday", "2031-05-05"),
        ("The spring bank holiday", "2031-05-26"),
        ("The October bank holiday", "2031-10-27"),
        ("Remembrance Sunday", "2031-11-09"),
    ],
)
def test_bank_holidays_by_name(text, value):
    read = _read(NEXT_VISIT, text)
    assert (read.status, read.value) == ("valid", value)


def test_the_august_bank_holiday_has_no_one_date():
    assert _read(NEXT_VISIT, "The August bank holiday.").status == "invalid"


# ---------------------------------------------------------------- one thing instead of another
BY_TEXT = Question(id="by_text", type="yes_no", text="Would you like your receipts by text rather than on paper?")


@pytest.mark.parametrize("text,value", [("Paper.", "no"), ("Text, please.", "yes"), ("Yeah no, paper's fine.", "no")])
def test_naming_one_of_the_two_offered_answers_the_question(text, value):
    read = _read(BY_TEXT, text)
    assert (read.status, read.value, read.method) == ("valid", value, "inferred")


def test_a_yes_against_the_thing_named_is_asked_again():
    assert _read(BY_TEXT, "Yes, paper.").status == "invalid"


def test_a_plain_yes_naming_the_offer_keeps_its_own_reading():
    read = _read(BY_TEXT, "Yes please, text.")
    assert (read.status, read.value) == ("valid", "yes")


# ---------------------------------------------------------------- "how would I know", "ask her coach"
PROGRESS = Question(id="progress", type="scale", text="How much progress has your son made this term?", min=1, max=5)


@pytest.mark.parametrize(
    "text",
    ["How would I know, I never watch the lessons.", "How am I supposed to know? Ask his coach."],
)
def test_a_rhetorical_how_would_i_know_is_dont_know(text):
    assert _read(PROGRESS, text).status == "dont_know"


def test_sending_the_agent_to_someone_named_by_her_is_dont_know():
    assert _read(SWEPT, "I was at work, ask her husband.").status == "dont_know"
