"""A spoken "don't know" or refusal heard faintly on the caller's last try (issue 11), a beekeeping
supplies shop survey.

- A faint code on a closed question is asked again the first time (unchanged), but on the last
  try before the question would be recorded invalid it is read back ("I heard that you don't know,
  is that right?"): a yes stores it, a no asks once more.
- The last try heard as nothing usable after a faint code on the try before: that earlier code is
  read back, never stored without a yes.
- Typed text never goes this way, and a code already denied at a read-back is not read back again.
"""

from datetime import datetime, timezone

from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import policy_at, record_calls, said

SURVEY = {
    "name": "bee_supplies",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "hives", "type": "number", "text": "How many hives do you keep?", "min": 0, "max": 40},
        {
            "id": "smoker",
            "type": "single_choice",
            "text": "Which smoker fuel do you use, pellets, hessian or pine needles?",
            "choices": [
                {"code": "pellets", "label": "pellets"},
                {"code": "hessian", "label": "hessian"},
                {"code": "pine", "label": "pine needles"},
            ],
        },
        {"id": "service", "type": "scale", "text": "From one to five, how was our advice?", "min": 1, "max": 5},
        {"id": "swarm", "type": "yes_no", "text": "Did a colony swarm this year?"},
    ],
}
NOW = datetime(2031, 5, 14, 11, tzinfo=timezone.utc)


def _at(question_id: str, channel: str = "phone") -> SurveyPolicy:
    return policy_at(SURVEY, question_id, NOW, channel)


def test_a_faint_refusal_on_the_last_try_is_read_back_and_a_yes_stores_it():
    policy = _at("service")
    # First try heard as noise: asked again (with the keypad offered on a phone call).
    assert record_calls(policy.respond("of the mid the", confidence=0.0)) == []
    out = policy.respond("rather not say", confidence=0.03)
    assert record_calls(out) == [] and policy.phase == "confirm"
    assert "I heard that you'd rather not say, is that right?" in said(out)
    [rec] = record_calls(policy.respond("yes", confidence=0.7))
    assert (rec["question_id"], rec["status"], rec["confirmed"]) == ("service", "refused", True)


def test_a_faint_dont_know_on_the_last_try_denied_is_asked_once_more_not_stored():
    policy = _at("hives")
    policy.respond("the why", confidence=0.0)
    out = policy.respond("no idea", confidence=0.01)
    assert "I heard that you don't know, is that right?" in said(out)
    out = policy.respond("no", confidence=0.6)
    assert record_calls(out) == [] and policy.phase == "question" and policy.current.id == "hives"
    # Not understood after that denial: no read-back of the code already denied, nothing stored.
    out = policy.respond("the why", confidence=0.0)
    assert "I heard that you don't know" not in said(out)
    assert all(r["status"] != "dont_know" for r in record_calls(out))


def test_an_earlier_faint_code_is_read_back_when_the_last_try_is_not_understood():
    policy = _at("smoker")
    assert record_calls(policy.respond("haven't a clue", confidence=0.05)) == []
    assert policy.phase == "question"
    out = policy.respond("a bit we mid", confidence=0.0)
    assert record_calls(out) == [] and policy.phase == "confirm"
    assert "I heard that you don't know, is that right?" in said(out)
    [rec] = record_calls(policy.respond("yes", confidence=0.8))
    assert (rec["question_id"], rec["status"], rec["confirmed"]) == ("smoker", "dont_know", True)


def test_a_yes_no_question_reads_back_a_faint_refusal_on_the_last_try_too():
    policy = _at("swarm")
    policy.respond("the", confidence=0.0)
    out = policy.respond("skip that", confidence=0.02)
    assert "I heard that you'd rather not say, is that right?" in said(out)
    out = policy.respond("no", confidence=0.5)
    assert record_calls(out) == [] and policy.current.id == "swarm"


def test_the_first_faint_code_is_still_asked_again():
    policy = _at("hives")
    out = policy.respond("no idea", confidence=0.01)
    assert record_calls(out) == [] and policy.phase == "question" and "I heard" not in said(out)


def test_typed_garbage_after_nothing_is_recorded_invalid_as_before():
    policy = _at("hives", channel="web")
    policy.respond("purple")
    [rec] = record_calls(policy.respond("purple"))
    assert rec["status"] == "invalid"


def test_a_spoken_last_try_not_understood_without_an_earlier_code_is_recorded_invalid():
    policy = _at("service")
    policy.respond("of the mid", confidence=0.0)
    [rec] = record_calls(policy.respond("a bit we mid", confidence=0.0))
    assert rec["status"] == "invalid"
