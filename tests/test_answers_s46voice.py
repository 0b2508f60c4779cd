"""Spoken answers the recogniser heard in part, at a bicycle repair shop's survey of the test's own
(issue 11, voice of 6 December 2026, stop 46).

- A change of an earlier answer whose naming words were lost, said as a new value with the old one
  taken back ("... the ninth not the second"): the one earlier question that reads both values is
  changed, read back first; typed text, two candidate questions, or a taken-back value the current
  question reads leave it alone.
- A refusal or don't-know whose "I'll" or "I'd" came out as a bare "i" ("i leave that one blank"):
  taken as that code heard faintly, asked again, read back, never stored without a yes.

The policy only, no recogniser.
"""

from datetime import datetime, timezone

from survey_helpers import policy_at, recorded, said

from customario.definitions import parse_definition
from customario.dialogue.spoken_doubts import contraction_lost_code
from customario.dialogue.taken_back import taken_back_change

NOW = datetime(2031, 9, 17, 12, tzinfo=timezone.utc)
SHOP = {
    "name": "bike_repair",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "dropped_off", "type": "date", "text": "On what date did you drop the bike off?"},
        {"id": "spokes", "type": "number", "text": "How many spokes did we replace?", "min": 0, "max": 6},
        {"id": "service", "type": "single_choice", "text": "Which service did you book, basic, full or wheel truing?",
         "choices": [{"code": "basic", "label": "basic"}, {"code": "full", "label": "full"},
                     {"code": "truing", "label": "wheel truing"}]},
        {"id": "ready_on_time", "type": "yes_no", "text": "Was the bike ready when we said?"},
        {"id": "rating", "type": "scale", "text": "From 1 to 5, how happy are you with the repair?", "min": 1, "max": 5},
    ],
}  # fmt: skip


def _at_ready_on_time():
    policy = policy_at(SHOP, "dropped_off", NOW)
    for answer in ("the second of September", "two", "full"):
        policy.respond(answer)
        if policy.phase == "confirm":
            policy.respond("yes")
    assert policy.current.id == "ready_on_time" and policy.answers["dropped_off"] == "2031-09-02"
    return policy


def test_a_spoken_date_taken_back_changes_the_date_question_read_back_first():
    policy = _at_ready_on_time()
    actions = policy.respond("sorry one great before we dropped it one the ninth of do not the second", confidence=0.0)
    assert not recorded(actions) and policy.phase == "confirm" and "September 9" in said(actions)
    actions = policy.respond("yes", confidence=0.9)
    assert recorded(actions) == {"dropped_off": "2031-09-09"} and policy.current.id == "ready_on_time"


def test_a_no_to_that_read_back_stores_nothing():
    policy = _at_ready_on_time()
    policy.respond("it was the ninth not the second", confidence=0.0)
    actions = policy.respond("no", confidence=0.9)
    assert "dropped_off" not in recorded(actions)
    assert policy.answers.get("dropped_off") != "2031-09-09"


def test_typed_text_is_left_to_the_named_readings():
    policy = _at_ready_on_time()
    actions = policy.respond("it was the ninth not the second")
    assert not (policy.phase == "confirm" and policy.pending["question"].id == "dropped_off")
    assert "dropped_off" not in recorded(actions)


def test_values_two_earlier_questions_read_are_no_change():
    campaign = parse_definition(SHOP, "test")
    current = campaign.question("ready_on_time")
    earlier = [campaign.question(q) for q in ("spokes", "rating")]
    # "four not three": a count of spokes, and a rating too
    assert taken_back_change("four not three", current, earlier) is None
    assert taken_back_change("four not three", current, earlier[:1])[0].id == "spokes"


def test_a_taken_back_value_the_current_question_reads_is_its_own():
    campaign = parse_definition(SHOP, "test")
    current = campaign.question("rating")
    earlier = [campaign.question("spokes")]
    # three is a rating as well as a count of spokes: the caller may be correcting themselves
    assert taken_back_change("four not three", current, earlier) is None


def test_one_earlier_choice_question_reads_both():
    campaign = parse_definition(SHOP, "test")
    current = campaign.question("ready_on_time")
    earlier = [campaign.question(q) for q in ("dropped_off", "service")]
    q, new = taken_back_change("it was the full one not basic", current, earlier)
    assert q.id == "service" and new == "it was the full one"


def test_a_long_tail_after_not_is_no_value_taken_back():
    campaign = parse_definition(SHOP, "test")
    current = campaign.question("ready_on_time")
    earlier = [campaign.question("dropped_off")]
    assert taken_back_change("the ninth not that it matters much to me now the second", current, earlier) is None


def test_a_refusal_whose_ill_was_lost_is_asked_again_then_read_back():
    policy = policy_at(SHOP, "service", NOW)
    actions = policy.respond("i leave that one blank", confidence=0.04)
    assert not recorded(actions) and policy.phase == "question"
    actions = policy.respond("i leave that one blank", confidence=0.04)
    assert not recorded(actions) and policy.phase == "confirm"
    actions = policy.respond("yes", confidence=0.9)
    assert [c for c in actions if getattr(c, "name", None) == "record_answer"][0].arguments["status"] == "refused"


def test_lost_contraction_reads_only_a_bare_i_and_only_codes():
    campaign = parse_definition(SHOP, "test")
    q = campaign.question("service")
    assert contraction_lost_code(q, "i leave that one blank").status == "refused"
    assert contraction_lost_code(q, "i rather not say").status == "refused"
    assert contraction_lost_code(q, "i go with the full one") is None
    assert contraction_lost_code(q, "we leave that one blank") is None
    assert contraction_lost_code(q, "i") is None


def test_the_multiple_choice_model_knows_how_callers_say_none_of_them():
    from customario.conversation.voice.phrases import phrase_values
    from customario.dialogue.answers import normalise

    q = parse_definition(
        {**SHOP, "questions": [{"id": "extras", "type": "multi_choice", "text": "Which extras did you buy?",
                                "choices": [{"code": "lights", "label": "lights"}, {"code": "lock", "label": "a lock"}]}]},
        "test",
    ).question("extras")  # fmt: skip
    values = phrase_values(q)
    for form in ("none of those", "none of these", "none of the above", "none of them"):
        assert values[form] == "" and normalise(q, form).value == []


def test_a_dont_know_whose_subject_was_misheard_is_taken_faintly():
    from customario.dialogue.spoken_doubts import subject_lost_code

    campaign = parse_definition(SHOP, "test")
    q = campaign.question("dropped_off")
    assert subject_lost_code(q, "week haven't decided yet can't week of thirty").status == "dont_know"
    assert subject_lost_code(q, "week can't remember really").status == "dont_know"
    assert subject_lost_code(campaign.question("spokes"), "three not sure though") is None
    assert subject_lost_code(q, "haven't decided") is None  # no word before the auxiliary
    policy = policy_at(SHOP, "dropped_off", NOW)
    actions = policy.respond("week haven't decided yet can't week of thirty tell you", confidence=0.0)
    assert not recorded(actions) and policy.phase == "question"
