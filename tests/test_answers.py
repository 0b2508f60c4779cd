"""Answer normalisation (customario.dialogue.answers / customario.dialogue.spoken / customario.dialogue.spoken_dates / customario.dialogue.intents): table tests."""

from datetime import date, datetime, timezone

import pytest

from customario.dialogue import intents
from customario.dialogue.answers import normalise, yes_no
from customario.definitions import Question
from customario.dialogue.spoken import numbers_in, parse_number
from customario.dialogue.spoken_dates import parse_date, parse_datetime_local

NPS = Question(id="recommend", type="nps", text="How likely?")
SCALE = Question(
    id="sat", type="scale", text="How satisfied?", min=1, max=5, labels={1: "very dissatisfied", 5: "very satisfied"}
)
YN = Question(id="on_time", type="yes_no", text="On time?")
CHOICE = Question(
    id="channel",
    type="single_choice",
    text="How?",
    choices=[
        {"code": "online", "label": "online", "synonyms": ["website", "app"]},
        {"code": "phone", "label": "by phone", "synonyms": ["telephone"]},
        {"code": "store", "label": "in a store", "synonyms": ["shop", "in person"]},
    ],
)
MULTI = Question(id="features", type="multi_choice", text="Which?", choices=["Price", "Quality", "Delivery speed"])
NUMBER = Question(id="age", type="number", text="Age?", min=18, max=120)
DATE = Question(id="bought", type="date", text="When did you buy it?")
OPEN = Question(id="improve", type="open", text="What could we do better?")
STRICT = Question(id="must", type="nps", text="?", allow_dont_know=False)

TODAY = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize(
    "text,expected",
    [
        ("a nine", 9),
        ("eight out of ten", 8),
        ("9/10", 9),
        ("I'd say 10", 10),
        ("zero", 0),
        ("ten", 10),
        ("probably a solid seven", 7),
    ],
)
def test_nps_valid(text, expected):
    n = normalise(NPS, text)
    assert (n.status, n.value) == ("valid", expected)


@pytest.mark.parametrize("text", ["nine point five", "eleven", "seven or eight", "pretty good", "9.5"])
def test_nps_invalid(text):
    n = normalise(NPS, text)
    assert n.status == "invalid" and "0 to 10" in n.reason


@pytest.mark.parametrize("text,expected", [("four", 4), ("very satisfied", 5), ("1", 1), ("very dissatisfied", 1)])
def test_scale(text, expected):
    assert normalise(SCALE, text).value == expected


def test_scale_out_of_range():
    assert normalise(SCALE, "seven").status == "invalid"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("yeah sure", "yes"),
        ("absolutely", "yes"),
        ("yes it did", "yes"),
        ("nope", "no"),
        ("not really", "no"),
        ("no it didn't", "no"),
        ("Yep!", "yes"),
        ("nah", "no"),
        ("sure, no problem", "yes"),
    ],
)
def test_yes_no(text, expected):
    assert normalise(YN, text).value == expected


def test_yes_no_unclear():
    assert normalise(YN, "the weather is nice").status == "invalid"
    assert yes_no("purple") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("online", "online"),
        ("on the website", "online"),
        ("I called, by phone", "phone"),
        ("in person", "store"),
        ("the second one", "phone"),
        ("webiste", "online"),
        ("telefone", "phone"),
    ],
)
def test_single_choice(text, expected):
    n = normalise(CHOICE, text)
    assert (n.status, n.value) == ("valid", expected)


def test_single_choice_ambiguous_or_unknown():
    assert normalise(CHOICE, "website and then in the store").status == "invalid"
    assert normalise(CHOICE, "carrier pigeon").status == "invalid"


def test_multi_choice():
    assert normalise(MULTI, "price and quality").value == ["price", "quality"]
    assert normalise(MULTI, "all of them").value == ["price", "quality", "delivery_speed"]
    assert normalise(MULTI, "delivery speed").value == ["delivery_speed"]


@pytest.mark.parametrize("text,expected", [("twenty five", 25), ("I'm 42", 42), ("one hundred and five", 105)])
def test_number(text, expected):
    assert normalise(NUMBER, text).value == expected


def test_number_out_of_range():
    assert normalise(NUMBER, "twelve").status == "invalid"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("last Tuesday", "2026-11-17"),
        ("March 3rd", "2026-03-03"),
        ("yesterday", "2026-11-19"),
        ("the third of March", "2026-03-03"),
        ("two weeks ago", "2026-11-06"),
        ("2025-12-24", "2025-12-24"),
    ],
)
def test_dates(text, expected):
    n = normalise(DATE, text, today=TODAY)
    assert (n.status, n.value) == ("valid", expected)


def test_a_date_on_the_wrong_side_of_today_is_asked_again():
    """ "Next Tuesday" is no answer to "when did you buy it?" (nor moved a year back), but is to a booking."""
    assert normalise(DATE, "next Tuesday", today=TODAY).status == "invalid"
    booking = Question(id="visit", type="date", text="When would you like us to come?")
    assert normalise(booking, "next Tuesday", today=TODAY).value == "2026-11-24"


@pytest.mark.parametrize(
    "text,status",
    [
        ("I don't know", "dont_know"),
        ("no idea", "dont_know"),
        ("not sure", "dont_know"),
        ("I'd rather not say", "refused"),
        ("no comment", "refused"),
        ("skip", "refused"),
        ("I don't want to say", "refused"),
    ],
)
def test_dont_know_and_refused(text, status):
    for q in (NPS, YN, CHOICE, DATE):
        assert normalise(q, text, today=TODAY).status == status


def test_dont_know_disallowed_is_invalid():
    assert normalise(STRICT, "I don't know").status == "invalid"


def test_open_keeps_words():
    assert normalise(OPEN, "  Faster delivery please ").value == "Faster delivery please"
    assert normalise(OPEN, "").status == "invalid"


def test_number_words():
    assert numbers_in("nine and a half") == [9.5]
    assert parse_number("a hundred") == 100
    assert parse_number("no number here") is None


def test_datetime_in_callers_zone():
    now = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)  # 09:00 in Chicago
    dt = parse_datetime_local("call me back tomorrow at 3pm", now, "America/Chicago")
    assert dt.isoformat() == "2026-11-21T15:00:00-06:00"
    assert parse_datetime_local("in two hours", now, "America/Chicago").hour == 11
    assert parse_datetime_local("whenever", now, "UTC") is None
    assert parse_date("sometime", TODAY) is None


@pytest.mark.parametrize(
    "text,fn",
    [
        ("stop calling me", intents.wants_opt_out),
        ("take me off your list", intents.wants_opt_out),
        ("STOP", lambda t: intents.wants_opt_out(t, "sms")),
        ("call me back tomorrow at 3pm", intents.wants_callback),
        ("go back", intents.wants_go_back),
        ("actually, make that a seven", intents.is_correction),
        ("who is this?", intents.is_question),
        ("I'm not interested", intents.wants_to_end),
    ],
)
def test_intents(text, fn):
    assert fn(text)


def test_intents_negative():
    assert not intents.wants_to_end("I don't want to say")
    assert intents.wants_to_end("I don't want to do this survey")
    assert not intents.wants_opt_out("I'd stop at nothing to recommend you")
    assert not intents.wants_callback("a nine")
    assert intents.correction_payload("actually, make that a seven") == "a seven"
