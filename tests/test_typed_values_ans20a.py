"""Typed number, money and date answers (issue 11, helper ans20a, 4 December 2026), in the team's own
phrasings on surveys about other things (a planetarium, a climbing wall, a jazz festival, a
ceramics café, a furniture upholsterer):

- a price per item to a question about a total ("fourteen dollars a ticket" to "In total, how much
  did you spend on tickets?") is asked again, never stored as the total;
- people named rather than counted: "herself"/"himself" (Irish English for a spouse), a carer, a
  relative called by name, a person with where they were ("the baby in the sling"), "we were a
  couple", an occasion named after the list ("five of us, a hen do"), "myself alone only";
- a don't-know beside a season, a school term or a year guessed ("no idea, last winter I suppose")
  is asked again, not coded don't-know;
- "next Friday" said on a Thursday (tomorrow, or a week later?), or in the same week, and "last
  Friday" said on a Saturday are asked back with both dates; "next Friday the 16th" is the 16th;
- a share of a round amount ("half a grand") is that share (it was read as the round amount);
- a length of time to a count of occasions ("three hours" to "how many times?") is asked again, and
  occasions times a length each ("three times, two hours each") to a question in hours is summed;
- a total said after its parts ("the whole thing came to nine hundred and twenty"), a count of
  occasions then each occasion agreeing ("Twice. Once up and once down.") are read back;
- an amount with a part taken off in words ("ten bucks minus a quarter") is asked again;
- "a week ago Tuesday" said on a Wednesday is the Tuesday of last week, never yesterday;
- a holiday said as a stretch ("over Christmas") is asked again, one said roughly ("around
  Christmas") is its day read back.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import LENIENT_METHODS, normalise

TODAY = date(2032, 9, 9)  # a Thursday
TICKETS_TOTAL = Question(
    id="tickets", type="number", text="In total, how much did you spend on planetarium tickets, in dollars?", min=0
)
SHOP_TOTAL = Question(
    id="shop", type="number", text="How much did you spend at the ceramics café altogether, in dollars?", min=0
)
ONE_TICKET = Question(id="one", type="number", text="How much was your planetarium ticket, in dollars?", min=0)
MEMBERSHIP = Question(id="fee", type="number", text="How much is your monthly climbing membership, in dollars?", min=0)
REPAIR = Question(id="repair", type="number", text="How much did the upholsterer charge you, in dollars?", min=0)
PARTY = Question(
    id="party", type="number", text="Including yourself, how many people came to the jazz festival?", min=1, max=60
)
VISITS = Question(id="visits", type="number", text="How many times did you visit the climbing wall last month?", min=0)
HOURS = Question(
    id="hours", type="number", text="How many hours did you spend at the climbing wall last week?", min=0, max=100
)
LAST_VISIT = Question(id="last", type="date", text="On what date did you last visit the planetarium?")
WORKSHOP = Question(id="workshop", type="date", text="On what date would you like to book the pottery workshop?")


def _valid(q, text, today=TODAY):
    n = normalise(q, text, today=today)
    assert n.status == "valid", (text, n)
    return n


@pytest.mark.parametrize(
    "q, text",
    [
        (TICKETS_TOTAL, "Fourteen dollars a ticket."),
        (TICKETS_TOTAL, "$14 per ticket"),
        (TICKETS_TOTAL, "it was 14/ticket"),
        (SHOP_TOTAL, "about nine bucks a pop"),
        (SHOP_TOTAL, "twelve dollars a mug"),
        (SHOP_TOTAL, "six a slice, I think"),
    ],
)
def test_a_price_per_item_to_a_total_is_asked_again(q, text):
    n = normalise(q, text, today=TODAY)
    assert n.status == "invalid" and "whole amount" in n.reason, n


@pytest.mark.parametrize(
    "q, text, value",
    [
        (TICKETS_TOTAL, "fourteen a ticket, three of us, so forty-two", 42),
        (TICKETS_TOTAL, "Forty-two.", 42),
        (ONE_TICKET, "Fourteen dollars a ticket.", 14),
        (MEMBERSHIP, "sixty a month", 60),
        (SHOP_TOTAL, "forty-five, a bit steep", 45),
    ],
)
def test_a_price_per_item_that_is_the_answer_stays(q, text, value):
    assert _valid(q, text).value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("Myself and himself.", 2),
        ("Just myself and herself.", 2),
        ("Me and my carer.", 2),
        ("My cousin Priya, my dad and me.", 3),
        ("Three grown-ups, two kids and the baby in the sling.", 6),
        ("me and my mate from the office", 2),
        ("We were a couple.", 2),
        ("There were five of us, a hen do.", 5),
        ("me and my gran, a birthday treat", 2),
        ("me and my brother's girlfriend", 2),
    ],
)
def test_people_named_not_counted_are_counted_and_read_back(text, value):
    n = _valid(PARTY, text)
    assert n.value == value and n.method in LENIENT_METHODS, n


@pytest.mark.parametrize("text", ["Myself alone only.", "me alone", "Just me."])
def test_the_caller_alone_is_one(text):
    assert _valid(PARTY, text).value == 1


@pytest.mark.parametrize(
    "text",
    ["me and my friend from my sister's choir", "a couple", "just myself and the wee fella", "me and my son too"],
)
def test_people_that_cannot_be_told_apart_are_asked_again(text):
    assert normalise(PARTY, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    "text",
    [
        "No idea, sometime last winter I suppose.",
        "I can't remember, over the Christmas holidays",
        "Not sure. Autumn, probably.",
        "I don't know, during the spring term",
        "no clue, last year",
    ],
)
def test_a_dont_know_beside_a_season_or_term_is_asked_again(text):
    n = normalise(LAST_VISIT, text, today=TODAY)
    assert n.status == "invalid", n


@pytest.mark.parametrize("text", ["I don't remember, it was ages ago.", "No idea, sorry."])
def test_a_plain_dont_know_stays_a_dont_know(text):
    assert normalise(LAST_VISIT, text, today=TODAY).status == "dont_know"


@pytest.mark.parametrize(
    "today, text, first, second",
    [
        (date(2032, 9, 9), "next Friday", "September 10", "September 17"),  # tomorrow, or a week on
        (date(2032, 9, 6), "Next Thursday, please", "September 9", "September 16"),  # same week
        (date(2032, 9, 11), "next Sunday", "September 12", "September 19"),  # Saturday: tomorrow
    ],
)
def test_next_weekday_with_two_honest_readings_is_asked_back_with_both(today, text, first, second):
    n = normalise(WORKSHOP, text, today=today)
    assert n.status == "invalid" and first in n.reason and second in n.reason, n


@pytest.mark.parametrize(
    "today, text, value",
    [
        (date(2032, 9, 11), "next Monday", "2032-09-13"),  # Saturday: the Monday of next week
        (date(2032, 9, 9), "next Tuesday", "2032-09-14"),
        (date(2032, 9, 6), "next Friday the 17th", "2032-09-17"),  # was read as the 10th
        (date(2032, 9, 6), "next Friday, the 10th", "2032-09-10"),
        (date(2032, 9, 9), "this Friday", "2032-09-10"),
    ],
)
def test_next_weekday_with_one_reading_is_that_day(today, text, value):
    assert _valid(WORKSHOP, text, today).value == value


def test_last_weekday_said_the_day_after_is_asked_back():
    n = normalise(LAST_VISIT, "last Friday", today=date(2032, 9, 11))  # a Saturday
    assert n.status == "invalid" and "September 3" in n.reason and "September 10" in n.reason, n


@pytest.mark.parametrize(
    "today, text, value",
    [
        (date(2032, 9, 10), "last Tuesday", "2032-09-07"),  # a Friday: three days back, as callers say
        (date(2032, 9, 13), "last Saturday", "2032-09-11"),
        (date(2032, 9, 10), "last Friday the 27th", "2032-08-27"),
    ],
)
def test_last_weekday_with_one_reading_is_that_day(today, text, value):
    assert _valid(LAST_VISIT, text, today).value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("half a grand", 500),
        ("about half a grand", 500),
        ("half a thousand", 500),
        ("a quarter of a grand", 250),
        ("three quarters of a grand", 750),
        ("one and a half grand", 1500),
    ],
)
def test_a_share_of_a_round_amount_is_that_share(text, value):
    assert _valid(REPAIR, text).value == value


def test_a_third_of_a_hundred_is_no_figure():
    assert normalise(REPAIR, "a third of a hundred", today=TODAY).status == "invalid"


@pytest.mark.parametrize("text", ["three hours", "I was there 10 hours", "an hour and a half"])
def test_a_length_of_time_to_a_count_of_times_is_asked_again(text):
    n = normalise(VISITS, text, today=TODAY)
    assert n.status == "invalid" and "times" in n.reason, n


@pytest.mark.parametrize("text, value", [("three times", 3), ("Four.", 4), ("twice", 2)])
def test_a_count_of_times_stays(text, value):
    assert _valid(VISITS, text).value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("three times, two hours each", 6),
        ("twice, an hour each time", 2),
        ("twice, ninety minutes a session", 3),
        ("three times, two hours each, so six", 6),
    ],
)
def test_occasions_times_their_length_are_summed_and_read_back(text, value):
    n = _valid(HOURS, text)
    assert n.value == value and n.method in LENIENT_METHODS, n


def test_occasions_times_a_length_that_is_no_round_figure_is_asked_again():
    assert normalise(HOURS, "twice, forty minutes each", today=TODAY).status == "invalid"


CABIN = Question(id="nights", type="number", text="How many nights did you stay at the lakeside cabin?", min=0, max=60)
RECOVERY = Question(
    id="wait", type="number", text="How many hours did you wait for the roadside recovery truck?", min=0, max=500
)
LOCKSMITH = Question(id="bill", type="number", text="How much was the locksmith's final bill, in dollars?", min=0)


@pytest.mark.parametrize(
    "text, value",
    [("Two nights. No, wait, three, we stayed on an extra night.", 3), ("three nights, sorry, four", 4)],
)
def test_a_count_in_the_questions_unit_taken_back_is_the_count_after(text, value):
    assert _valid(CABIN, text).value == value


@pytest.mark.parametrize("text, value", [("Twenty-four hours, one whole day of waiting.", 24), ("two full days", 48)])
def test_a_duration_said_again_as_whole_days_agrees(text, value):
    assert _valid(RECOVERY, text).value == value


def test_a_duration_said_again_that_disagrees_is_asked_again():
    assert normalise(RECOVERY, "thirty hours, two whole days", today=TODAY).status == "invalid"


def test_what_the_money_paid_for_beside_the_amount_is_no_other_measure():
    n = _valid(LOCKSMITH, "Daylight robbery. Three hundred dollars! For forty minutes!")
    assert n.value == 300 and n.method in LENIENT_METHODS, n


@pytest.mark.parametrize("text", ["forty minutes", "for forty minutes"])
def test_a_length_of_time_alone_to_a_money_question_is_asked_again(text):
    assert normalise(LOCKSMITH, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    "text",
    ["Sorry, which cabin do you mean? We've stayed in two with you.", "Um, which booking do you mean? I made three."],
)
def test_asking_which_thing_is_meant_then_why_is_a_question_back(text):
    from customario.dialogue.asked_back import asks_back

    assert asks_back(text)


def test_a_which_question_followed_by_an_answer_is_no_question_back():
    from customario.dialogue.asked_back import asks_back

    assert not asks_back("Which one do you mean? I'd say four.")


COURSE = Question(
    id="course", type="number", text="In total, how much did the sailing course cost you, in dollars?", min=0
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("The booking fee was forty, then the rest, and the whole thing came to nine hundred and twenty.", 920),
        ("the deposit was 150 and the total was 875", 875),
    ],
)
def test_a_total_said_after_its_parts_is_the_answer_read_back(text, value):
    n = _valid(COURSE, text)
    assert n.value == value and n.method in LENIENT_METHODS, n


def test_a_total_with_something_after_it_is_asked_again():
    assert normalise(COURSE, "it came to 875 but they refunded 150", today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    "today, text, value",
    [
        (date(2032, 9, 8), "A week ago Tuesday.", "2032-08-31"),  # a Wednesday: not yesterday
        (date(2032, 9, 11), "a week ago Friday", "2032-09-03"),  # a Saturday
    ],
)
def test_a_weekday_a_week_ago_said_the_day_after_it_is_that_weekday_of_last_week(today, text, value):
    assert _valid(LAST_VISIT, text, today).value == value


def test_a_weekday_weeks_ago_whose_readings_split_is_still_asked_again():
    assert normalise(LAST_VISIT, "two weeks ago Monday", today=date(2032, 9, 9)).status == "invalid"


@pytest.mark.parametrize(
    "text", ["ten bucks minus a quarter", "ninety less the member discount", "a hundred take away the deposit"]
)
def test_an_amount_with_a_part_taken_off_in_words_is_asked_again(text):
    assert normalise(REPAIR, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize("text, value", [("ninety, less than I expected", 90), ("ninety dollars", 90)])
def test_less_than_beside_an_amount_is_no_part_taken_off(text, value):
    assert _valid(REPAIR, text).value == value


@pytest.mark.parametrize(
    "text", ["over Christmas", "Christmas week", "during the Easter holidays", "between Christmas and New Year"]
)
def test_a_holiday_said_as_a_stretch_of_days_is_asked_again(text):
    n = normalise(LAST_VISIT, text, today=TODAY)
    assert n.status == "invalid", n


@pytest.mark.parametrize(
    "text, value", [("around Christmas", "2031-12-25"), ("Halloween-ish", "2031-10-31"), ("about Easter", "2032-03-28")]
)
def test_a_holiday_said_roughly_is_its_day_read_back(text, value):
    n = _valid(LAST_VISIT, text)
    assert n.value == value and n.method in LENIENT_METHODS, n


@pytest.mark.parametrize("text, value", [("Christmas Eve", "2031-12-24"), ("Boxing Day", "2031-12-26")])
def test_a_holidays_own_day_is_that_day(text, value):
    assert _valid(LAST_VISIT, text).value == value


RIDES = Question(id="rides", type="number", text="How many times did you ride the cable car this year?", min=0)


@pytest.mark.parametrize(
    "text, value",
    [("Twice. Once up and once down.", 2), ("Three times, twice in April and once in August.", 3)],
)
def test_a_count_of_occasions_then_each_occasion_agreeing_is_the_count_read_back(text, value):
    n = _valid(RIDES, text)
    assert n.value == value and n.method in LENIENT_METHODS, n


@pytest.mark.parametrize("text", ["Twice. Once up and twice down.", "twice, once in April"])
def test_a_count_of_occasions_whose_parts_disagree_is_asked_again(text):
    assert normalise(RIDES, text, today=TODAY).status == "invalid"
