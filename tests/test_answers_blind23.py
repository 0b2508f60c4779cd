"""Classes read from held-out blind23's wrong values (4 December 2026), in the team's own phrasings
at a bike wash, a hostel and a bike shop: a choice named only by its code's word, which another
choice's name shares, and two counts before one span of a date, are asked again."""

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

PAY = Question.model_validate(
    {
        "id": "pay",
        "type": "single_choice",
        "text": "How do you pay at the bike wash: tokens, a credit or debit card, the phone app, or our prepaid wash card?",
        "choices": [
            {"code": "tokens", "label": "tokens"},
            {"code": "card", "label": "credit or debit card", "synonyms": ["credit card", "debit card"]},
            {"code": "app", "label": "phone app"},
            {"code": "wash_card", "label": "prepaid wash card", "synonyms": ["wash card"]},
        ],
    }
)
BAYS = Question.model_validate(
    {
        "id": "bays",
        "type": "multi_choice",
        "text": "Which did you use: the standard bays, the large bays, the vacuums?",
        "choices": [
            {"code": "bays", "label": "standard bays"},
            {"code": "big_bays", "label": "large bays", "synonyms": ["big bays"]},
            {"code": "vacuums", "label": "vacuums"},
        ],
    }
)
LAST = Question.model_validate(
    {"id": "last_visit", "type": "date", "text": "On what date did you last visit the hostel?"}
)
TODAY = date(2031, 5, 20)


@pytest.mark.parametrize(
    ("question", "text"),
    [(PAY, "Card."), (PAY, "by card mostly"), (BAYS, "Bays."), (BAYS, "the bays and the vacuums")],
)
def test_a_word_two_choices_share_is_asked_again(question, text):
    assert normalise(question, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (PAY, "credit card", "card"),
        (PAY, "the wash card", "wash_card"),
        (PAY, "tokens", "tokens"),
        (BAYS, "big bays", ["big_bays"]),
        (BAYS, "the standard bays and the vacuums", ["bays", "vacuums"]),
    ],
)
def test_a_choice_named_by_its_own_name_is_kept(question, text, value):
    n = normalise(question, text, today=TODAY)
    assert (n.status, n.value) == ("valid", value)


@pytest.mark.parametrize(
    "text",
    [
        "Two or three weeks ago.",
        "five, six days back",
        "oh, three to four weeks ago I reckon",
        "1-2 weeks ago",
        "somewhere between two and three months ago",
    ],
)
def test_two_counts_before_one_span_are_asked_again(text):
    n = normalise(LAST, text, today=TODAY)
    assert n.status == "invalid"
    assert n.value is None


def test_one_count_before_a_span_is_still_a_date():
    n = normalise(LAST, "three weeks ago", today=TODAY)
    assert (n.status, n.value) == ("valid", "2031-04-29")


ROOM = Question.model_validate(
    {
        "id": "room",
        "type": "single_choice",
        "text": "Which did you book at the hostel: a bunk, a private room, or a pod?",
        "choices": [
            {"code": "bunk", "label": "bunk", "synonyms": ["bunk bed"]},
            {"code": "private", "label": "private room"},
            {"code": "pod", "label": "pod", "synonyms": ["sleeping pod"]},
        ],
    }
)


@pytest.mark.parametrize("text", ["Capsule pod, the fancy one with the curtain.", "Hammock pod, with the lights"])
def test_a_qualified_choice_opening_a_long_answer_is_read_back(text):
    n = normalise(ROOM, text, today=TODAY)
    assert (n.status, n.value, n.method) == ("valid", "pod", "inferred")


@pytest.mark.parametrize("text", ["A bunk, the top one by the window.", "the sleeping pod, loved it"])
def test_a_choice_said_plainly_in_a_long_answer_is_not_read_back(text):
    n = normalise(ROOM, text, today=TODAY)
    assert n.status == "valid" and n.method != "inferred"
