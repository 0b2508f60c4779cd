"""Typed survey answers, classes found in answers blind57, blind58 and blind60, stop 51, helper ans,
in the team's own phrasings (a music school in Pune, a ferry pass in Wellington, a gym, a boiler
service):

- an amount in the question's own currency when that is not the dollar: rupees by word, "Rs." or
  "₹", the Indian scale words with no currency said ("one lakh"), "New Zealand dollars" or "NZ$"
  to a question asked in New Zealand dollars; a dollar (or the US dollar) to such a question is
  still another currency, asked again;
- a filler between the dollars and the cents ("and, like, forty cents");
- declining to give, book or settle something over the phone or on this call, and a booking left
  to the caller ("Don't book me in, I'll call you myself"), are refusals;
- "No comments" (the plural said in Indian English) is a refusal like "no comment";
- a yes opened with an interjection and an extreme adjective, then more said ("Oh yes, delighted.
  Cried the whole way home.") is read back, not stored at once.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Choice, Question
from customario.dialogue import answer_risk_shapes, codes
from customario.dialogue.answers import normalise

TODAY = date(2032, 6, 9)  # a Wednesday
FEE_INR = Question(id="fee", type="number", text="What did the sitar course cost you, in rupees?", min=0, max=500000)
PASS_NZD = Question(
    id="pass", type="number", text="How much is your monthly ferry pass, in New Zealand dollars?", min=0, max=2000
)
FEE_USD = Question(id="fee_us", type="number", text="How much was the membership?", min=0, max=2000)
SERVICE = Question(id="service", type="date", text="What date would suit you for the boiler service?")
VISIT = Question(id="visit", type="date", text="When was your last visit?")
ENJOYED = Question(id="enjoyed", type="yes_no", text="Did your son enjoy the trip?")
OPEN = Question(id="else", type="open", text="Anything else you'd like to tell us?", required=False)


def _read(q, text):
    return normalise(q, text, today=TODAY)


# ---------------------------------------------------------------- the question's own currency
@pytest.mark.parametrize(
    "text,value",
    [
        ("Nine thousand rupees.", 9000),
        ("Rs. 4,200/-", 4200),
        ("₹7,500", 7500),
        ("Rupees six thousand only.", 6000),
        ("It came to two lakh.", 200000),
        ("Two and a half lakh, roughly the same as last year.", 250000),
        ("three lakh rupees", 300000),
    ],
)
def test_rupees_to_a_question_in_rupees_are_the_amount(text, value):
    read = _read(FEE_INR, text)
    assert (read.status, read.value) == ("valid", value)


@pytest.mark.parametrize("text", ["About ninety dollars.", "$90", "ninety US dollars"])
def test_dollars_to_a_question_in_rupees_are_asked_again_in_rupees(text):
    read = _read(FEE_INR, text)
    assert (read.status, read.reason) == ("invalid", "the amount in rupees")


@pytest.mark.parametrize(
    "text,value", [("Two hundred and ten NZ dollars", 210), ("NZ$185", 185), ("A hundred and sixty dollars.", 160)]
)
def test_new_zealand_dollars_to_a_question_in_them_are_the_amount(text, value):
    read = _read(PASS_NZD, text)
    assert (read.status, read.value) == ("valid", value)


@pytest.mark.parametrize("text", ["two hundred Australian dollars", "one fifty US dollars", "A$200"])
def test_another_dollar_to_a_question_in_new_zealand_dollars_is_asked_again(text):
    read = _read(PASS_NZD, text)
    assert (read.status, read.reason) == ("invalid", "the amount in New Zealand dollars")


def test_a_lakh_with_no_currency_is_not_read_for_a_question_in_dollars():
    assert _read(FEE_USD, "One lakh.").status == "invalid"


def test_rupees_to_a_question_in_dollars_are_still_another_currency():
    assert _read(FEE_USD, "Four thousand rupees.").status == "invalid"


def test_a_filler_between_dollars_and_cents():
    read = _read(PASS_NZD, "Ninety dollars and, like, forty cents.")
    assert (read.status, read.value) == ("valid", 90.4)


# ---------------------------------------------------------------- refusals of the channel
@pytest.mark.parametrize(
    "text",
    [
        "I don't fix appointments over the phone.",
        "We're not booking anything on the phone, thanks.",
        "Rather not settle anything on this call.",
        "I'm not handing out that sort of information.",
        "We'll discuss it with the coach in person, not over the phone.",
        "No comments.",
    ],
)
def test_declining_over_the_phone_is_a_refusal(text):
    assert codes.is_refusal(text)


@pytest.mark.parametrize(
    "text", ["I don't like talking on the phone.", "I booked it over the phone.", "No, I never booked over the phone"]
)
def test_the_phone_as_a_channel_is_no_refusal(text):
    assert not codes.is_refusal(text)


def test_a_refusal_that_names_the_question_is_stored_as_refused():
    assert _read(SERVICE, "I'd rather not pick a date over the phone.").status == "refused"


@pytest.mark.parametrize(
    "text", ["Don't book us in, we'll call you when we're ready.", "Don't put me down for anything.", "I'll ring you."]
)
def test_a_booking_left_to_the_caller_is_a_refusal(text):
    assert _read(SERVICE, text).status == "refused"


def test_a_booking_left_to_the_caller_with_a_time_is_asked_again():
    assert _read(SERVICE, "I'll call you next month.").status == "invalid"


def test_a_call_back_is_no_refusal_of_a_past_date():
    assert _read(VISIT, "I'll ring you.").status != "refused"


# ---------------------------------------------------------------- irony
@pytest.mark.parametrize(
    "text", ["Oh yes, delighted. Cried the whole way home.", "Oh yeah, fantastic, he was sick twice on the bus."]
)
def test_extreme_praise_then_more_is_read_back(text):
    assert answer_risk_shapes.ironic(ENJOYED, text.lower(), "yes")


@pytest.mark.parametrize("text", ["Oh yes, fantastic!", "Yes, he had a fantastic time."])
def test_plain_praise_is_not_irony(text):
    assert not answer_risk_shapes.ironic(ENJOYED, text.lower(), "yes")


# ---------------------------------------------------------------- yes/no told, not said
CONTINUE = Question(id="continue", type="yes_no", text="Will your daughter stay with the swim club next season?")
REMINDER = Question(id="reminder", type="yes_no", text="Would you like a reminder by text?")


@pytest.mark.parametrize(
    "text,value",
    [
        ("She'll be moving to a different club in March.", "no"),
        ("We'll be there, same lane as always.", "yes"),
        ("No, no, she'll keep going, don't you worry.", "yes"),
    ],
)
def test_staying_on_told_by_where_the_caller_will_be(text, value):
    read = _read(CONTINUE, text)
    assert (read.status, read.value, read.method) == ("valid", value, "inferred")


@pytest.mark.parametrize(
    "text", ["She won't be moving to a different club.", "We'll be there if the fees stay the same."]
)
def test_staying_on_with_a_negation_or_a_condition_is_left_alone(text):
    assert _read(CONTINUE, text).value != "no" or _read(CONTINUE, text).status != "valid"


@pytest.mark.parametrize("text", ["Meh, I suppose.", "Couldn't hurt.", "Well, most likely."])
def test_grudging_assent_is_a_yes_read_back(text):
    read = _read(REMINDER, text)
    assert (read.status, read.value, read.method) == ("valid", "yes", "inferred")


def test_harm_wished_away_from_something_else_is_no_yes():
    assert _read(REMINDER, "It wouldn't hurt to send it earlier.").status == "invalid"


def test_a_no_named_in_a_condition_is_not_the_answer():
    read = _read(CONTINUE, "Most likely. Her coach would sulk if we said no.")
    assert (read.status, read.value) == ("valid", "yes")


@pytest.mark.parametrize(
    "text", ["It depends on the timetable, we haven't decided.", "We haven't made up our minds, depends on the fees."]
)
def test_undecided_with_what_it_hangs_on_is_a_dont_know(text):
    assert _read(CONTINUE, text).status == "dont_know"


def test_a_bare_condition_is_still_asked_again():
    assert _read(CONTINUE, "Depends on the timetable.").status == "invalid"


# ---------------------------------------------------------------- dates placed by a stretch
MEETING = Question(id="meeting", type="date", text="On which date would you like the next review meeting?")


@pytest.mark.parametrize(
    "text,value",
    [
        ("The fourteenth of July, after the school holidays.", "2032-07-14"),
        ("Third of January, just after the break.", "2033-01-03"),
    ],
)
def test_a_full_date_placed_by_a_stretch_is_read_back(text, value):
    read = _read(MEETING, text)
    assert (read.status, read.value, read.method) == ("valid", value, "inferred")


def test_a_stretch_alone_is_no_date():
    assert _read(MEETING, "After the school holidays.").status == "invalid"


def test_first_light_is_no_ordinal():
    read = _read(VISIT, "Yesterday, we set off at first light.")
    assert (read.status, read.value) == ("valid", "2032-06-08")


# ---------------------------------------------------------------- a checklist answered item by item
CLASSES = Question(
    id="classes",
    type="multi_choice",
    text="Which did you try this month: yoga, spin, pilates or boxing?",
    choices=[
        Choice(code="yoga", label="yoga"),
        Choice(code="spin", label="spin", synonyms=["spinning", "cycling class"]),
        Choice(code="pilates", label="pilates"),
        Choice(code="boxing", label="boxing"),
    ],
)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Yoga yes, spin no, pilates yes, boxing no.", ["yoga", "pilates"]),
        ("Spin: yes. Boxing: no.", ["spin"]),
        ("Yes to boxing, no to yoga", ["boxing"]),
        ("pilates yeah, the rest no", ["pilates"]),
    ],
)
def test_each_choice_given_its_own_verdict(text, value):
    read = _read(CLASSES, text)
    assert (read.status, read.value, read.method) == ("valid", value, "inferred")


def test_a_verdict_list_with_no_yes_is_not_every_choice():
    read = _read(CLASSES, "Yoga no, spin no.")
    assert read.status != "valid" or read.value in (None, [])


# ---------------------------------------------------------------- counts and amounts beside other occasions
YEARLY = Question(
    id="yearly", type="number", text="How many times in the last twelve months did you see the physio?", min=0, max=60
)
LAST_BILL = Question(
    id="bill", type="number", text="What was your most recent water bill, in dollars?", min=0, max=2000
)
TREES = Question(id="trees", type="number", text="How many trees did the crew plant?", min=0, max=500)


def test_a_yearly_count_with_the_monthly_rate_that_makes_it():
    read = _read(YEARLY, "Twenty-four, twice a month.")
    assert (read.status, read.value, read.method) == ("valid", 24, "inferred")


def test_a_yearly_count_with_a_rate_that_does_not_make_it_is_asked_again():
    assert _read(YEARLY, "Ten, once a month.").status == "invalid"


def test_the_last_one_is_the_most_recent_bill_and_the_one_before_an_aside():
    read = _read(LAST_BILL, "The last one was sixty, the one before was ninety-five.")
    assert (read.status, read.value) == ("valid", 60)


def test_more_to_come_is_no_part_of_the_count():
    read = _read(TREES, "Forty, and they're putting in ten more in the spring.")
    assert (read.status, read.value, read.method) == ("valid", 40, "inferred")


# ---------------------------------------------------------------- a stock simile of the quality asked
LOCKED = Question(id="locked", type="yes_no", text="Did you feel your bike was secure in the rack?")
TIDY = Question(id="tidy", type="yes_no", text="Was the kitchen left clean after the fitting?")
MESS = Question(id="mess", type="yes_no", text="Was there any mess left behind?")


@pytest.mark.parametrize("q,text", [(LOCKED, "Safe as houses, mate."), (TIDY, "Clean? Clean as a whistle.")])
def test_a_stock_simile_of_the_quality_asked_is_a_yes(q, text):
    read = _read(q, text)
    assert (read.status, read.value, read.method) == ("valid", "yes", "inferred")


def test_a_simile_of_another_quality_is_no_answer():
    assert _read(MESS, "Clean as a whistle.").status == "invalid"


def test_a_simile_with_a_but_is_asked_again():
    assert _read(LOCKED, "Safe as houses, but the lock's a bit flimsy.").status == "invalid"


# ---------------------------------------------------------------- "don't bother" to an offer
@pytest.mark.parametrize(
    "text,declines",
    [
        ("Would you like a text the morning of the visit?", True),
        ("Do you want a call back when the part arrives?", True),
        ("Did the engineer turn up on time?", False),
    ],
)
def test_dont_bother_declines_an_offer_of_a_thing(text, declines):
    from customario.dialogue.offer_declines import declines_offer as _declines_offer

    assert _declines_offer(Question(id="q", type="yes_no", text=text), "Don't bother.") is declines


# ---------------------------------------------------------------- a choice whose own name opens with "not"
PORTIONS = Question(
    id="portions",
    type="single_choice",
    text="Were the portions too small, about right, or too big?",
    choices=[
        Choice(code="small", label="too small", synonyms=["not enough", "not filling"]),
        Choice(code="right", label="about right"),
        Choice(code="big", label="too big", synonyms=["too much"]),
    ],
)


@pytest.mark.parametrize("text", ["Not enough, I was starving after.", "Not filling."])
def test_a_choice_named_by_a_negative_synonym(text):
    read = _read(PORTIONS, text)
    assert (read.status, read.value) == ("valid", "small")


def test_a_choice_ruled_out_is_still_no_answer():
    assert _read(PORTIONS, "Not too big.").status == "invalid"


# ---------------------------------------------------------------- cannot say yet, and Caribbean "no know"
@pytest.mark.parametrize(
    "text", ["Ask me after the winter.", "Ask me again once the first bill comes in.", "Mi nuh know."]
)
def test_deferred_or_caribbean_dont_know(text):
    assert _read(CONTINUE, text).status == "dont_know"


def test_a_deferral_with_a_guess_is_the_guess():
    read = _read(CONTINUE, "Ask me after the winter, but probably yes.")
    assert (read.status, read.value) == ("valid", "yes")
