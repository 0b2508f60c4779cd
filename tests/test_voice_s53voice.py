"""Spoken answers through the telephone band (issue 11, stop 53), on a bicycle-courier survey of the
test's own.

A faint spoken answer that opens with a don't-know and closes with a refusal (or the other way round)
holds two codes; the parser picks one. When the caller's previous answer to the same question was
heard as one of them, the caller said the same thing again, and that code is what is read back.
"""

from datetime import datetime, timezone

from customario.definitions import parse_definition
from customario.dialogue import spoken_doubts
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls, said

SURVEY = {
    "name": "bike_courier",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "slot",
            "type": "multi_choice",
            "text": "When do your parcels usually arrive: before nine, around lunch, or late afternoon?",
            "choices": [
                {"code": "early", "label": "Before nine"},
                {"code": "lunch", "label": "Around lunch"},
                {"code": "late", "label": "Late afternoon"},
            ],
        },
        {"id": "speed", "type": "scale", "text": "How fast was the rider, one to five?", "min": 1, "max": 5},
    ],
}
NOW = datetime(2033, 3, 2, 10, tzinfo=timezone.utc)


def _asked(question: str) -> SurveyPolicy:
    policy = SurveyPolicy(parse_definition(SURVEY, "test"), tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    policy._ask(policy.campaign.question(question))
    return policy


def test_end_codes_finds_a_dont_know_first_and_a_refusal_last():
    q = parse_definition(SURVEY, "test").question("slot")
    assert spoken_doubts.end_codes(q, "not sure at all the bus rather not say") == {"dont_know", "refused"}
    assert spoken_doubts.end_codes(q, "no idea the lunch thing") == {"dont_know"}
    assert spoken_doubts.end_codes(q, "around lunch") == frozenset()


def test_the_code_heard_before_wins_over_the_other_code_at_the_far_end():
    policy = _asked("slot")
    out = policy.respond("i don't know the bus went by", confidence=0.05)
    assert record_calls(out) == [] and policy.phase == "question"
    out = policy.respond("i don't know rain in the won't say", confidence=0.02)
    assert policy.phase == "confirm" and "you don't know" in said(out)
    [rec] = record_calls(policy.respond("yes", confidence=0.9))
    assert (rec["question_id"], rec["status"], rec["confirmed"]) == ("slot", "dont_know", True)


def test_a_value_heard_after_a_code_is_still_the_value():
    policy = _asked("slot")
    policy.respond("i don't know the bus went by", confidence=0.05)
    out = policy.respond("around lunch", confidence=0.3)
    assert policy.phase == "confirm" and "lunch" in said(out).lower() and "don't know" not in said(out)


def test_a_confident_hearing_with_both_codes_is_left_to_the_parser():
    policy = _asked("slot")
    policy.respond("i don't know the bus went by", confidence=0.05)
    out = policy.respond("i don't know rain in the won't say", confidence=0.95)
    assert "you don't know" not in said(out)


def test_without_a_code_heard_before_the_parser_reading_stands():
    policy = _asked("slot")
    out = policy.respond("i don't know rain in the won't say", confidence=0.02)
    assert "you don't know" not in said(out)


# The open question's second recognition pass (``forced_passes.open_forms`` / ``open_form``).

OPEN_SURVEY = {
    "name": "bike_courier_open",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [{"id": "more", "type": "open", "text": "Is there anything else about the courier?"}],
}


def test_open_forms_hold_nothing_more_and_codes_but_no_opt_out():
    from customario.conversation.voice.forced_passes import open_forms
    from customario.dialogue.optout import is_opt_out

    q = parse_definition(OPEN_SURVEY, "test").question("more")
    forms = open_forms(q)
    assert "not really" in forms and "that's everything" in forms
    assert "i don't know" in forms and "skip" in forms
    assert not any(is_opt_out(f) for f in forms)


def test_open_form_needs_a_whole_form_and_a_word_the_open_pass_heard_too():
    from customario.conversation.voice.forced_passes import open_form, open_forms

    forms = open_forms(None)
    assert open_form("not really", forms, "what really the") == "not really"
    assert open_form("uh nothing else", forms, "nothing as") == "nothing else"
    # the open pass heard none of its meaning words
    assert open_form("not really", forms, "probably a little") is None
    # words of several forms strung together: no whole form
    assert open_form("really i nothing skip", forms, "really nothing skip") is None
    # only slight words shared ("no" alone never agrees)
    assert open_form("no", forms, "no way the van") is None


def test_the_open_question_gets_its_second_pass_forms_from_the_policy():
    from customario.conversation.voice import forced_for_policy
    from customario.conversation.voice.forced_passes import open_forms

    policy = SurveyPolicy(parse_definition(OPEN_SURVEY, "test"), tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    policy._ask(policy.campaign.question("more"))
    assert forced_for_policy(policy) == open_forms(policy.current)


def test_a_second_pass_reading_of_an_open_answer_is_read_back_before_it_is_stored():
    from customario.conversation.voice._sphinx import FORCED_ANSWER_CONFIDENCE

    policy = SurveyPolicy(parse_definition(OPEN_SURVEY, "test"), tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    policy._ask(policy.campaign.question("more"))
    out = policy.respond("not really", confidence=FORCED_ANSWER_CONFIDENCE)
    assert record_calls(out) == [] and policy.phase == "confirm" and "not really" in said(out)
    [rec] = record_calls(policy.respond("yes", confidence=0.9))
    assert (rec["question_id"], rec["value"], rec["confirmed"]) == ("more", "not really", True)
