"""Keypad (DTMF) entry of dates and of multi-choice answers (issue 11), on a bike workshop survey.

A date is typed as month and day (MMDD) or month, day and year (MMDDYYYY); its year comes from the
question's tense like a spoken "March fourteenth", so it is read back before it is stored ("You
typed ..."), and a 1 or 2 typed during that read-back is a yes or a no. A multi-choice answer is
the position of every choice that applies. Entries that are not a date or name no choice are asked
again, never stored.
"""

import json
from datetime import date, datetime, timezone

import pytest

from customario.definitions import parse_definition
from customario.dialogue import keypad
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls as _records, said as _said

NOW = datetime(2030, 5, 10, 15, 0, tzinfo=timezone.utc)  # a Friday
SURVEY = {
    "name": "bike_workshop",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "dropped_off", "type": "date", "text": "On what day did you drop your bike off with us?"},
        {
            "id": "work",
            "type": "multi_choice",
            "text": "Which of these did we do: brakes, gears, tyres or the chain? Say all that apply.",
            "choices": [
                {"code": "brakes", "label": "brakes"},
                {"code": "gears", "label": "gears"},
                {"code": "tyres", "label": "tyres"},
                {"code": "chain", "label": "the chain"},
            ],
        },
        {"id": "next_service", "type": "date", "text": "When would you like your next service?"},
        {"id": "notes", "type": "open", "text": "Anything else?", "required": False},
    ],
}


def _policy(start: str | None = None) -> SurveyPolicy:
    policy = SurveyPolicy(
        parse_definition(json.loads(json.dumps(SURVEY)), "test"), tz="UTC", now=lambda: NOW, channel="phone"
    )
    policy.opening()
    if start is not None:
        policy._ask(policy.campaign.question(start))
    return policy


def test_a_keyed_date_takes_its_year_from_the_tense_and_is_read_back_before_it_is_stored():
    policy = _policy("dropped_off")
    out = policy.respond_keypad("0503")  # May 3rd: this year's, in the past
    assert _records(out) == [] and policy.phase == "confirm"
    assert "You typed Friday May 3, 2030" in _said(out)
    [rec] = _records(policy.respond("yes", confidence=0.6))
    assert (rec["question_id"], rec["value"], rec["method"], rec["confirmed"]) == (
        "dropped_off",
        "2030-05-03",
        "keypad",
        True,
    )
    policy = _policy("next_service")
    policy.respond_keypad("0503")  # a future question: next year's May 3rd
    assert policy.pending["n"].value == "2031-05-03"
    [rec] = _records(policy.respond_keypad("1"))  # 1 during a date's read-back is a yes
    assert (rec["value"], rec["confirmed"]) == ("2031-05-03", True)


def test_a_denied_keyed_date_is_asked_again_with_the_keys_and_the_year_can_be_typed():
    policy = _policy("next_service")
    policy.respond_keypad("0503")
    out = policy.respond_keypad("2")  # no
    assert _records(out) == [] and policy.phase == "question" and policy.current.id == "next_service"
    assert _said(out).endswith(keypad.hint(policy.current))
    assert "May 3, 2032" in _said(policy.respond_keypad("05032032"))
    [rec] = _records(policy.respond("yes", confidence=0.6))
    assert (rec["value"], rec["method"]) == ("2032-05-03", "keypad")


@pytest.mark.parametrize("keys", ["1332", "0230", "0431", "123", "050", "0503203"])
def test_keys_that_are_no_date_are_asked_again_and_never_stored(keys):
    policy = _policy("dropped_off")
    out = policy.respond_keypad(keys)
    assert _records(out) == [] and policy.phase == "question" and "four digits" in _said(out)
    [rec] = _records(policy.respond_keypad(keys))  # reask.max_attempts (2): recorded invalid
    assert (rec["status"], rec["value"]) == ("invalid", None)


def test_a_date_outside_the_questions_tense_is_not_stored():
    # Typed with a year in the future for a past question: the question's rules still apply.
    policy = _policy("dropped_off")
    out = policy.respond_keypad("05032031")
    assert _records(out) == [] and policy.phase == "question"


def test_multi_choice_keys_are_the_positions_of_every_choice_that_applies():
    policy = _policy("work")
    [rec] = _records(policy.respond_keypad("42"))
    assert (rec["question_id"], rec["value"], rec["method"]) == ("work", ["gears", "chain"], "keypad")
    assert policy.current.id != "work"  # stored at once, never read back
    for bad in ("5", "0", "20"):
        policy = _policy("work")
        out = policy.respond_keypad(bad)
        assert _records(out) == [] and "1 to 4" in _said(out)


def test_a_failed_spoken_date_or_list_offers_the_keys_and_keys_for_inverts_them():
    policy = _policy("dropped_off")
    assert _said(policy.respond("purple elephant", confidence=0.3)).endswith(keypad.hint(policy.current))
    policy = _policy("work")
    assert _said(policy.respond("purple elephant", confidence=0.3)).endswith(keypad.hint(policy.current))
    c = policy.campaign
    today = date(2030, 5, 10)
    assert keypad.keys_for(c.question("work"), ["tyres", "brakes"]) == "13"
    assert keypad.keys_for(c.question("dropped_off"), "2030-05-03", today) == "0503"
    assert keypad.keys_for(c.question("next_service"), "2032-05-03", today) == "05032032"
    for qid, value in (("work", ["chain"]), ("dropped_off", "2029-12-24"), ("next_service", "2030-06-01")):
        q = c.question(qid)
        assert keypad.read_keys(q, keypad.keys_for(q, value, today), today=today).value == value
