"""Typed answers, classes read from the development corpus answers blind68 (s55 helper), in the
team's own questions and phrasings: a first-visit question answered by the caller's history ("never
done one before" is a yes); a change of an earlier answer with the caller's reason after it ("..., I
was driving"); an answer said to be "off"; a choice's word beside a word only another choice's
names hold (read back); Scots "nane", "oot o'", "cannae mind"; "fivish"; "X pound Y" in pounds and
pence; "Please.", "sign me up" and "okey dokey" to an offer."""

from __future__ import annotations

import pytest

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import references
from customario.dialogue.answers import normalise
from customario.dialogue.correction_payloads import change_payload
from customario.dialogue.question_names import clean_words

_FIRST = Question(id="first", type="yes_no", text="Is this the first time you've hired a canoe from us?")
_FIXED = Question(id="fixed", type="yes_no", text="Was the leak fixed on the first visit?")
_OFFER = Question(id="offer", type="yes_no", text="Would you like us to send you our winter timetable?")
_HAPPY = Question(id="happy", type="yes_no", text="Were you happy with the canoe?")
_PADDLES = Question(
    id="paddles", type="number", text="How many paddles did you lose, from none up to six?", min=0, max=6
)
_RATE = Question(id="rate", type="nps", text="How likely are you to recommend us, from zero to ten?")
_SPEND = Question(
    id="spend", type="number", text="Roughly how much did you spend at the kiosk, in pounds?", min=0, max=500
)
_HIRE = Question(
    id="hire",
    type="single_choice",
    text="Which boat did you hire, the single kayak, the double kayak, or the canoe?",
    choices=[
        Choice(code="single", label="the single kayak", synonyms=["solo kayak", "one-seater"]),
        Choice(code="double", label="the double kayak", synonyms=["tandem kayak", "two-seater"]),
        Choice(code="canoe", label="the canoe", synonyms=["open canoe", "canadian canoe"]),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Never hired one before.",
        "I'd never been out in a canoe until today.",
        "Haven't rented a canoe before.",
        "First time ever.",
        "Oui, first time.",
        "Yes, never done this before.",
    ],
)
def test_a_first_time_question_answered_by_nothing_before_is_a_yes(text):
    n = normalise(_FIRST, text)
    assert n.status == "valid" and n.value == "yes" and n.method == "inferred", n


@pytest.mark.parametrize(
    "text", ["Not my first, no.", "We've hired from you lots before.", "This was our fourth time."]
)
def test_a_first_time_question_answered_by_some_before_is_a_no(text):
    n = normalise(_FIRST, text)
    assert n.status == "valid" and n.value == "no", n


def test_a_no_word_against_nothing_before_is_asked_again():
    # "No, never before" may answer "had you hired before?": no one reading
    assert normalise(_FIRST, "No, never hired before.").status == "invalid"


def test_a_question_about_what_happened_on_a_first_visit_is_not_read_so():
    n = normalise(_FIXED, "Never been fixed before.")
    assert not (n.status == "valid" and n.value == "yes"), n


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("My last answer should be two, I was thinking of my brother's.", "two"),
        ("Change my last answer to a seven, I was being grumpy.", "a seven"),
        ("I meant no, I was confused by the question.", "no"),
    ],
)
def test_the_callers_reason_after_a_change_is_not_the_new_value(said, value):
    assert change_payload(clean_words(said)) == value


def test_an_answer_said_to_be_off_names_the_earlier_question():
    ref = references.find_reference(
        "My last answer was a bit off, it's three.", [_RATE, _PADDLES, _HAPPY], ["rate", "paddles", "happy"]
    )
    assert ref is not None and ref.question.id == "paddles"


@pytest.mark.parametrize("text", ["The tandem canoe.", "The solo canoe."])
def test_a_choice_beside_a_word_only_another_choice_holds_is_read_back(text):
    n = normalise(_HIRE, text)
    assert not (n.status == "valid" and n.method not in ("inferred", "fuzzy")), n


def test_a_choice_said_plainly_is_still_stored():
    n = normalise(_HIRE, "The canoe, the open one.")
    assert n.status == "valid" and n.value == "canoe", n


@pytest.mark.parametrize(("text", "value"), [("Nane.", 0), ("Nane at all.", 0)])
def test_scots_nane_is_none(text, value):
    n = normalise(_PADDLES, text)
    assert n.status == "valid" and n.value == value, n


def test_scots_oot_o_is_out_of():
    n = normalise(_RATE, "Nine oot o' ten.")
    assert n.status == "valid" and n.value == 9, n


@pytest.mark.parametrize("text", ["I cannae mind.", "I can't mind how many."])
def test_scots_cannae_mind_is_a_dont_know(text):
    assert normalise(_PADDLES, text).status == "dont_know"


def test_i_dont_mind_is_not_forgetting():
    assert normalise(_PADDLES, "I don't mind.").status != "dont_know"


def test_fivish_is_about_five():
    n = normalise(_RATE, "Um, fivish.")
    assert n.status == "valid" and n.value == 5, n


@pytest.mark.parametrize(("text", "value"), [("Twelve pound forty.", 12.4), ("Sixty-one pound fifteen.", 61.15)])
def test_pounds_and_pence_without_the_word_pence(text, value):
    n = normalise(_SPEND, text)
    assert n.status == "valid" and n.value == value, n


def test_a_measure_before_a_noun_is_still_no_amount():
    assert normalise(_SPEND, "A two-pound bag of sweets.").status != "valid"


@pytest.mark.parametrize("text", ["Please.", "Yes, sign me up.", "Count us in.", "Okey-dokey.", "Okie dokie, thanks."])
def test_taking_up_an_offer(text):
    n = normalise(_OFFER, text)
    assert n.status == "valid" and n.value == "yes", n


@pytest.mark.parametrize("text", ["Oh, please.", "Please, no."])
def test_a_scoffing_or_declining_please_is_no_yes(text):
    n = normalise(_OFFER, text)
    assert not (n.status == "valid" and n.value == "yes"), n


def test_please_alone_is_no_answer_to_a_question_of_fact():
    assert normalise(_HAPPY, "Please.").status == "invalid"


_DAYS = Question(
    id="days", type="number", text="How many days a week do you use the gym, from one to seven?", min=1, max=7
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tuesdays and Thursdays.", 2),
        ("Monday, Tuesday, Friday and Saturday.", 4),
        ("Weekdays.", 5),
        ("tue-thu", 3),
        ("Wednesday to Sunday.", 5),
    ],
)
def test_days_a_week_counted_from_the_days_named(text, value):
    n = normalise(_DAYS, text)
    assert n.status == "valid" and n.value == value and n.method == "inferred", n


@pytest.mark.parametrize("text", ["Every day except Sunday.", "Mondays, sometimes Fridays.", "Not Tuesdays."])
def test_days_taken_away_or_hedged_are_not_counted(text):
    n = normalise(_DAYS, text)
    assert not (n.status == "valid" and n.method == "inferred" and n.value in (1, 2)), n


def test_days_named_to_another_number_question_are_not_counted():
    n = normalise(_PADDLES, "Monday and Friday.")
    assert not (n.status == "valid" and n.value == 2), n
