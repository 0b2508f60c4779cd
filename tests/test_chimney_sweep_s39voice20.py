"""Spoken refusals and changes at a chimney sweep's and an orchard's survey of the test's own
(issue 11, voice20 of 5 December 2026, stop 39).

- A refusal said as a verb phrase ("I'd rather not judge him", "rather not discuss them", "skip
  this", "I'd rather keep it to myself") is in the per-question models of closed and date questions, and the parser codes every
  such form as refused; the short "skip" forms are in the forced answer pass too.
- A spoken change of an earlier answer to "don't know" or a refusal heard below the unsure-code
  floor is read back before it replaces the earlier answer; a yes stores it confirmed, a no keeps
  nothing unconfirmed; a typed or clearly heard one is stored at once as before.

Model phrases, the parser and the policy only, no recogniser.
"""

from datetime import datetime, timezone

import pytest

from customario.conversation.voice import expected_for_policy, forced_for_policy, phrases
from customario.conversation.voice.refusal_forms import SKIP_FORMS, refusal_forms
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from survey_helpers import policy_at, record_calls, said

NOW = datetime(2031, 4, 9, 12, tzinfo=timezone.utc)
SWEEP = {
    "name": "chimney_sweep",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "swept_on", "type": "date", "text": "On what date was the chimney swept?",
         "aliases": ["date of the sweep"]},
        {"id": "flues", "type": "number", "text": "How many flues were swept?", "min": 0, "max": 6},
        {"id": "tidy", "type": "scale", "text": "How tidy was the sweep, from 1 to 5?", "min": 1, "max": 5},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the sweep?"},
        {"id": "soot", "type": "yes_no", "text": "Was any soot left on the hearth?"},
    ],
}  # fmt: skip
ORCHARD = {
    "name": "orchard",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "boxes",
            "type": "number",
            "text": "How many boxes of apples did you pick?",
            "min": 0,
            "max": 9,
            "allow_refused": False,
        },
    ],
}


def _question(survey: dict, qid: str):
    return parse_definition(survey, "test").question(qid)


@pytest.mark.parametrize("qid", ["swept_on", "flues", "tidy", "recommend", "soot"])
def test_every_refusal_form_is_a_refusal_to_the_parser(qid):
    q = _question(SWEEP, qid)
    for form in refusal_forms():
        assert normalise(q, form).status == "refused", form


@pytest.mark.parametrize("qid", ["swept_on", "flues", "tidy", "recommend"])
def test_refusals_with_a_verb_are_in_the_question_models(qid):
    policy = policy_at(SWEEP, qid, NOW)
    model = expected_for_policy(policy)
    for form in (
        "i'd rather not judge him",
        "rather not discuss them",
        "i'd rather not go into that",
        "skip this",
        "i'd rather keep it to myself",
    ):
        assert form in model, form


def test_a_question_that_allows_no_refusal_has_no_refusal_forms():
    model = phrases.decoder_phrases(_question(ORCHARD, "boxes"))
    assert "i'd rather not talk about it" not in model
    assert not any(f in model for f in SKIP_FORMS)


def test_short_skip_forms_are_in_the_forced_answer_pass():
    forced = forced_for_policy(policy_at(SWEEP, "tidy", NOW))
    for form in ("skip it", "skip this", "skip that"):
        assert form in forced


def _after_date(confidence):
    """The sweep survey past its date (heard clearly and stored) and asking the flue count."""
    policy = policy_at(SWEEP, "swept_on", NOW)
    first = policy.respond("the second of april", confidence=0.9 if confidence is not None else None)
    if policy.phase == "confirm":
        first = policy.respond("yes", confidence=0.9 if confidence is not None else None)
    assert [c["question_id"] for c in record_calls(first)] == ["swept_on"]
    assert policy.current.id == "flues"
    return policy


def test_a_faint_spoken_change_to_dont_know_is_read_back_not_stored():
    policy = _after_date(0.05)
    out = policy.respond("go back to the date of the sweep i don't know really", confidence=0.05)
    assert record_calls(out) == []
    assert policy.phase == "confirm" and "don't know" in said(out)
    done = policy.respond("yes", confidence=0.9)
    calls = record_calls(done)
    assert [(c["question_id"], c["status"], c["confirmed"]) for c in calls] == [("swept_on", "dont_know", True)]
    assert policy.current.id == "flues" and policy.phase == "question"


def test_a_faint_spoken_change_to_dont_know_denied_stores_nothing_over_it():
    policy = _after_date(0.05)
    policy.respond("go back to the date of the sweep, no idea really", confidence=0.02)
    assert policy.phase == "confirm"
    out = policy.respond("no", confidence=0.9)
    assert all(c["status"] != "dont_know" for c in record_calls(out))
    assert policy.current.id == "swept_on"  # asked again, then back to the flues


def test_a_typed_change_to_dont_know_is_stored_at_once():
    policy = _after_date(None)
    out = policy.respond("go back to the date of the sweep, I don't know really")
    assert [(c["question_id"], c["status"]) for c in record_calls(out)] == [("swept_on", "dont_know")]
    assert policy.current.id == "flues"


def _denied_twice_after_faint_code(survey: dict, qid: str, value_heard: str, code_heard: str):
    """Spoken answers to ``qid``: a value read back and denied, a faint code (asked again), the
    value again read back and denied (the last read-back allowed). Returns the policy and the
    actions of that last denial."""
    policy = policy_at(survey, qid, NOW)
    assert policy.respond(value_heard, confidence=0.01) and policy.phase == "confirm"
    policy.respond("no", confidence=0.6)
    out = policy.respond(code_heard, confidence=0.01)
    assert record_calls(out) == [] and policy.phase == "question"
    policy.respond(value_heard, confidence=0.01)
    assert policy.phase == "confirm"
    return policy, policy.respond("no", confidence=0.6)


def test_a_faint_dont_know_from_before_is_read_back_when_the_last_value_is_denied():
    policy, out = _denied_twice_after_faint_code(SWEEP, "swept_on", "march the third", "no idea when it was")
    assert record_calls(out) == [] and policy.phase == "confirm"
    assert "that you don't know" in said(out)
    done = policy.respond("yes", confidence=0.6)
    assert [(c["question_id"], c["status"], c["confirmed"]) for c in record_calls(done)] == [
        ("swept_on", "dont_know", True)
    ]


def test_a_faint_refusal_from_before_denied_too_records_the_question_invalid():
    policy, out = _denied_twice_after_faint_code(SWEEP, "tidy", "four", "rather not grade them")
    assert "rather not say" in said(out)
    done = policy.respond("no", confidence=0.6)
    assert [(c["question_id"], c["status"]) for c in record_calls(done)] == [("tidy", "invalid")]


def test_without_a_faint_code_before_two_denials_record_the_question_invalid():
    policy = policy_at(SWEEP, "tidy", NOW)
    for _ in range(2):
        policy.respond("four", confidence=0.01)
        assert policy.phase == "confirm"
        out = policy.respond("no", confidence=0.6)
    assert [(c["question_id"], c["status"]) for c in record_calls(out)] == [("tidy", "invalid")]


def test_a_faint_dont_know_two_answers_back_is_read_back_on_a_last_try_not_understood():
    policy = policy_at(SWEEP, "swept_on", NOW)
    policy.respond("no idea when it was", confidence=0.01)  # faint: asked again
    policy.respond("march the third", confidence=0.01)
    assert policy.phase == "confirm"
    policy.respond("no", confidence=0.6)
    out = policy.respond("of the what", confidence=0.1)  # the last try, not understood
    assert record_calls(out) == [] and policy.phase == "confirm"
    assert "that you don't know" in said(out)
