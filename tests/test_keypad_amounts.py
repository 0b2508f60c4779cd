"""Amounts of money typed on the keypad with ``*`` as the decimal point (issue 11), a gym survey.

A telephone keypad has no decimal key; bill-payment IVRs take dollars and cents with the star. On a
``number`` question about money the first ``*`` of an entry is the decimal point ("39*95" =
39.95), the amount is read back in words before it is stored, and a second star starts the entry
again. On any other question the star starts the entry again, as before. Entries that are not an
amount (two stars, three digits of cents, above the question's maximum) are asked again.
"""

import asyncio
import json
from datetime import datetime, timezone

import pytest

from customario.conversation.keypad import KeypadCollector
from customario.definitions import parse_definition
from customario.dialogue import keypad
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls as _records, said as _said

NOW = datetime(2033, 2, 7, 11, 0, tzinfo=timezone.utc)
SURVEY = {
    "name": "gym_membership",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "fee",
            "type": "number",
            "text": "What is your monthly fee, in dollars and cents?",
            "min": 0,
            "max": 300,
        },
        {"id": "visits", "type": "number", "text": "How many times did you visit last week?", "min": 0, "max": 21},
        {"id": "classes", "type": "yes_no", "text": "Do you take group classes?"},
    ],
}


def _policy(start: str) -> SurveyPolicy:
    policy = SurveyPolicy(
        parse_definition(json.loads(json.dumps(SURVEY)), "test"), tz="UTC", now=lambda: NOW, channel="phone"
    )
    policy.opening()
    policy._ask(policy.campaign.question(start))
    return policy


def test_an_amount_with_a_star_is_read_back_in_words_and_stored_after_a_yes():
    policy = _policy("fee")
    assert policy.keypad_decimal
    out = policy.respond_keypad("39*95")
    assert _records(out) == [] and policy.phase == "confirm"
    assert "You typed thirty nine dollars and ninety five cents. Is that right?" in _said(out)
    [rec] = _records(policy.respond("yes", confidence=0.7))
    assert (rec["question_id"], rec["value"], rec["method"], rec["confirmed"]) == ("fee", 39.95, "keypad", True)


def test_a_no_to_the_amount_read_back_asks_again_and_stores_nothing():
    policy = _policy("fee")
    policy.respond_keypad("39*95")
    out = policy.respond("no", confidence=0.7)
    assert _records(out) == [] and policy.phase == "question" and policy.current.id == "fee"


@pytest.mark.parametrize("keys, value", [("39*5", 39.5), ("39*", 39), ("*75", 0.75), ("120*00", 120)])
def test_short_and_empty_cents_read_as_a_till_would(keys, value):
    fee = _policy("fee").campaign.question("fee")
    n = keypad.read_keys(fee, keys)
    assert (n.status, n.value) == ("valid", value)


@pytest.mark.parametrize("keys", ["3*9*5", "39*955", "*", "301*00"])
def test_entries_that_are_no_amount_are_asked_again(keys):
    policy = _policy("fee")
    out = policy.respond_keypad(keys)
    assert _records(out) == [] and policy.phase == "question" and policy.current.id == "fee"


def test_a_whole_amount_without_a_star_is_stored_at_once_as_before():
    [rec] = _records(_policy("fee").respond_keypad("45"))
    assert (rec["value"], rec["confirmed"]) == (45, False)


def test_the_star_is_no_decimal_point_on_other_questions():
    policy = _policy("visits")
    assert not policy.keypad_decimal
    assert keypad.read_keys(policy.current, "3*5").status == "invalid"
    assert keypad.keys_for(policy.current, 2.5) is None


def test_keys_for_types_cents_with_the_star_and_read_keys_takes_them_back():
    fee = _policy("fee").campaign.question("fee")
    assert keypad.keys_for(fee, 39.95) == "39*95"
    assert keypad.read_keys(fee, keypad.keys_for(fee, 39.95)).value == 39.95
    assert keypad.keys_for(fee, 0.5) == "0*50"


def test_the_offer_on_a_money_question_names_the_star():
    policy = _policy("fee")
    out = policy.respond("purple elephant", confidence=0.6)
    assert "with star for the decimal point" in _said(out)


class _Room:
    def __init__(self):
        self.handler = None

    def on(self, _name, handler):
        self.handler = handler

    def off(self, _name, _handler):
        self.handler = None


class _Session:
    def __init__(self):
        self.entries = []

    def interrupt(self):
        pass

    def generate_reply(self, user_input):
        self.entries.append(user_input.extra["customario_keypad"])


class _Key:
    def __init__(self, digit):
        self.digit, self.participant = digit, None


def _type(decimal: bool, keys: str) -> list[str]:
    async def run():
        room, session = _Room(), _Session()
        collector = KeypadCollector(room, session, timeout_s=30, decimal=lambda: decimal)
        for k in keys:
            room.handler(_Key(k))
        collector.close()
        return session.entries

    return asyncio.run(run())


@pytest.mark.parametrize(
    "decimal, keys, entries",
    [
        (True, "39*95#", ["39*95"]),
        (True, "12*3*45#", ["45"]),  # a second star starts the entry again
        (False, "12*45#", ["45"]),  # no amount asked: the star starts the entry again
    ],
)
def test_the_collector_keeps_one_star_only_while_an_amount_is_asked(decimal, keys, entries):
    assert _type(decimal, keys) == entries


def test_an_amount_of_five_figures_is_read_back_in_words_not_a_traceback():
    # A held-out corpus (a roofing job up to $60,000) typed "16812*50": the read-back's number
    # words stopped at 9,999 and the call raised ValueError.
    survey = json.loads(json.dumps(SURVEY))
    survey["questions"][0]["max"] = 60000
    policy = SurveyPolicy(parse_definition(survey, "test"), tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    policy._ask(policy.campaign.question("fee"))
    out = policy.respond_keypad("16812*50")
    assert "You typed sixteen thousand eight hundred twelve dollars and fifty cents. Is that right?" in _said(out)
    [rec] = _records(policy.respond("yes", confidence=0.7))
    assert (rec["value"], rec["confirmed"]) == (16812.5, True)


@pytest.mark.parametrize(
    "n, words",
    [
        (0, "zero"),
        (42, "forty two"),
        (105, "one hundred five"),
        (60000, "sixty thousand"),
        (1250000, "one million two hundred fifty thousand"),
    ],
)
def test_number_words_are_plain_words_at_any_size(n, words):
    from customario.dialogue.spoken import number_words

    assert number_words(n) == words
