"""Typed answers, classes read from the development corpora answers blind70 and blind67 (s56
helper), in the team's own questions and phrasings: a day of the month in the twenties or thirties
before a holiday's name ("the twenty-fourth of July" is no Fourth of July); a bare acknowledgement
word that matches a scale label never read out (read back); a need the question takes for granted,
denied; a step before the one asked still to come; both cases of a condition; "I won't comment";
an earlier answer named by place at the start of a turn ("My last answer, ...")."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Question
from customario.dialogue import references
from customario.dialogue.answers import normalise
from customario.dialogue.codes import is_refusal
from customario.dialogue.correction_payloads import change_payload

_TODAY = date(2031, 9, 10)
_STARTED = Question(id="started", type="date", text="On what date did your lessons start?")
_NOISE = Question(
    id="noise",
    type="scale",
    text="How quiet was your room, from one, very noisy, to five, silent?",
    min=1,
    max=5,
    labels={1: "very noisy", 3: "fine", 5: "silent"},
)
_NOISE_SAID = Question(
    id="noise_said",
    type="scale",
    text="How quiet was your room, from one, very noisy, through three, okay, to five, silent?",
    min=1,
    max=5,
    labels={1: "very noisy", 3: "okay", 5: "silent"},
)
_CHARGER = Question(id="charger", type="yes_no", text="Could you get a charging point whenever you needed one?")
_SERVED = Question(id="served", type="yes_no", text="Did you enjoy the final exam?")
_SERVED_YET = Question(id="served_yet", type="yes_no", text="Have you sat the final exam yet?")
_STAY = Question(id="stay", type="yes_no", text="Will you keep your allotment next year?")
_TIPS = Question(id="tips", type="open", text="Is there anything the coach could do better?")
_PRICE = Question(id="price", type="number", text="How much was one class, in euros?", min=0, max=200)
_SCORE = Question(id="score", type="nps", text="How likely are you to recommend the club, from zero to ten?")
_KIT = Question(id="kit", type="yes_no", text="Was the kit clean?")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The twenty-fourth of July.", date(2031, 7, 24)),
        ("twenty fourth of july I think", date(2031, 7, 24)),
        ("It was the fourth of July.", date(2031, 7, 4)),
    ],
)
def test_a_day_in_the_twenties_is_not_the_holiday_inside_it(text, day):
    n = normalise(_STARTED, text, today=_TODAY)
    assert n.status == "valid" and n.value == day.isoformat(), n


def test_a_bare_acknowledgement_matching_an_unread_label_is_read_back():
    n = normalise(_NOISE, "Fine.")
    assert n.status == "valid" and n.value == 3 and n.method == "inferred", n


def test_the_label_in_a_sentence_or_read_out_is_still_stored():
    said = normalise(_NOISE, "It was fine, really.")
    assert said.status == "valid" and said.value == 3 and said.method != "inferred", said
    heard = normalise(_NOISE_SAID, "Okay.")
    assert heard.status == "valid" and heard.value == 3 and heard.method != "inferred", heard


@pytest.mark.parametrize("text", ["I cycle, so I never needed one.", "We didn't need one, the car was full."])
def test_a_need_the_question_assumes_denied_is_asked_again(text):
    assert normalise(_CHARGER, text).status == "invalid"


def test_a_plain_no_to_the_need_question_stays_a_no():
    n = normalise(_CHARGER, "No, never, they were always taken.")
    assert n.status == "valid" and n.value == "no", n


@pytest.mark.parametrize("text", ["Haven't sat it yet.", "I haven't taken it yet, it was moved to May."])
def test_an_earlier_step_still_to_come_is_asked_again(text):
    assert normalise(_SERVED, text).status == "invalid"


def test_not_yet_to_a_question_that_allows_it_is_a_no():
    n = normalise(_SERVED_YET, "Haven't sat it yet.")
    assert n.status == "valid" and n.value == "no", n
    same = normalise(_SERVED, "I haven't enjoyed it yet.")
    assert same.status == "valid" and same.value == "no", same


def test_both_cases_of_a_condition_are_asked_again():
    text = "The rent goes up in spring, if it's under fifty we'll stay, if it isn't we're giving it up."
    assert normalise(_STAY, text).status == "invalid"
    kept = normalise(_STAY, "Yes, if my back lets me.")
    assert kept.status == "valid" and kept.value == "yes", kept


@pytest.mark.parametrize("text", ["I won't comment on her.", "Not going to comment, sorry."])
def test_a_will_not_comment_is_a_refusal(text):
    assert is_refusal(text)
    assert normalise(_TIPS, text).status == "refused"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("My last answer, twelve, not ten.", "price"),
        ("Hang on, my last answer should have been twelve.", "price"),
    ],
)
def test_an_answer_named_by_place_at_the_start_is_a_change(text, target):
    ref = references.find_reference(text, [_PRICE, _SCORE], ["price", "score"])
    assert ref is not None and ref.question.id == target


def test_should_have_been_gives_the_new_value():
    assert change_payload("my last answer should have been twelve, not ten.") == "twelve"


_PASSED = Question(id="passed", type="yes_no", text="Did you pass your swimming badge?")
_FEE = Question(id="fee", type="number", text="How much was the course fee, in rupees?", min=0, max=100000)
_VISIT = Question(id="visit", type="date", text="On what date will you visit us again?")
_GUIDE = Question(id="guide", type="yes_no", text="Was your driver on time?")


@pytest.mark.parametrize(
    ("text", "value"), [("Passed, first go!", "yes"), ("I passed.", "yes"), ("Failed, sadly.", "no")]
)
def test_the_asked_outcome_or_its_opposite_said_bare_is_read_back(text, value):
    n = normalise(_PASSED, text)
    assert n.status == "valid" and n.value == value and n.method == "inferred", n


def test_a_pass_by_is_no_outcome():
    assert normalise(_PASSED, "Failed the first one, passed the retake.").status == "invalid"


@pytest.mark.parametrize(
    ("text", "value"), [("Eight thousand two forty.", 8240), ("twelve thousand one ninety", 12190)]
)
def test_thousands_then_hundreds_left_out_are_read_back(text, value):
    n = normalise(_FEE, text)
    assert n.status == "valid" and n.value == value and n.method == "inferred", n


def test_a_kenyan_national_day_for_a_caller_in_kenya():
    from customario.dialogue import regions

    with regions.calling_from("KE"):
        n = normalise(_VISIT, "Mashujaa Day.", today=_TODAY)
    assert n.status == "valid" and n.value == "2031-10-20", n


@pytest.mark.parametrize(
    ("text", "value"), [("Ndiyo, he was.", "yes"), ("Kabisa.", "yes"), ("Hapana, very late.", "no")]
)
def test_swahili_yes_and_no_opening_an_answer(text, value):
    n = normalise(_GUIDE, text)
    assert n.status == "valid" and n.value == value, n


def test_confidential_is_a_refusal():
    assert normalise(_FEE, "Sorry, that's confidential.").status == "refused"


_AGAIN = Question(id="again", type="yes_no", text="Would you like to book with us again?")


@pytest.mark.parametrize(
    ("text", "status"), [("We'd really love to!", "valid"), ("I would love to, but we're moving.", "invalid")]
)
def test_love_to_as_the_whole_answer_is_a_yes(text, status):
    n = normalise(_AGAIN, text)
    assert n.status == status and (status != "valid" or n.value == "yes"), n


def test_undecided_with_an_adverb_is_a_dont_know():
    assert normalise(_SCORE, "We haven't quite made up our minds.").status == "dont_know"
