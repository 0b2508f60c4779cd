"""Spoken answers at a piano tuner's and a laundrette of the test's own (issue 11, voice20 of 5
December 2026): what the per-question recognition models and the forced answer pass know.

- A don't-know said with what it is about ("I don't really know how to rate that", "no idea when")
  is in the models of scale, nps and date questions, and the parser codes each as don't know.
- A question that counts occasions ("how many times", visits, trips) knows "once", "twice",
  "never", "three times" in its model and in its forced answer pass; a count of dollars does not.
- The forced answer pass may pick a short don't-know or refusal ("skip that", "no idea") instead of
  a number; such a pick never counts as meaning something in the first pass, and the policy asks it
  again before reading it back (never stored without a yes).
- A change of an earlier answer can open with "hang on", "before that", "oops", name a date
  question as "the date", and take back the old value ("it was the tenth, not the ninth").
- "I wouldn't say no" is in a yes/no question's model, never in a read-back's.
- A remembered amount may be led into ("I believe it was", "I wanna say it was").

Model phrases, the parser and the policy only, no recogniser.
"""

from customario.conversation.voice import expected_for_policy, forced_for_policy, phrases
from customario.conversation.voice._sphinx import FORCED_ANSWER_CONFIDENCE
from customario.conversation.voice.forced_passes import FORCED_REFUSED, answer_unclear, forced_codes
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from customario.dialogue.policy import CallTool
from customario.dialogue.survey_flow import SurveyPolicy

PIANO_TUNER = {
    "name": "piano_tuner",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "instrument", "type": "single_choice", "text": "Was it an upright or a grand piano?",
         "choices": [{"code": "upright", "label": "an upright"}, {"code": "grand", "label": "a grand"}]},
        {"id": "tuned_on", "type": "date", "text": "On what date was the piano last tuned?",
         "aliases": ["date of the tuning"]},
        {"id": "tunings", "type": "number", "text": "How many times a year do you have it tuned?",
         "min": 0, "max": 12},
        {"id": "fee", "type": "number", "text": "How much did the tuning cost, in dollars?", "min": 0, "max": 500},
        {"id": "touch", "type": "scale", "text": "How even did the keys feel, from 1 to 5?", "min": 1, "max": 5},
        {"id": "again", "type": "yes_no", "text": "Would you like a reminder next spring?"},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend us?"},
    ],
}  # fmt: skip
LAUNDRETTE = {
    "name": "laundrette",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "loads", "type": "number", "text": "How many washer loads did you run?", "min": 0, "max": 20},
        {"id": "trips", "type": "number", "text": "How many trips did you make here last month?", "min": 0, "max": 31},
        {"id": "next_wash", "type": "date", "text": "When will you next come in?"},
    ],
}


def _q(survey: dict, qid: str):
    campaign = parse_definition(survey, "test")
    return campaign, next(q for q in campaign.questions if q.id == qid)


def test_a_dont_know_about_the_rating_or_the_day_is_in_the_model_and_coded():
    for survey, qid, said in (
        (PIANO_TUNER, "touch", "i don't really know how to rate that"),
        (PIANO_TUNER, "recommend", "i'm not sure how to rate it"),
        (PIANO_TUNER, "tuned_on", "no idea when"),
        (LAUNDRETTE, "next_wash", "not a clue when"),
    ):
        _, q = _q(survey, qid)
        assert said in phrases.decoder_phrases(q), said
        assert normalise(q, said).status == "dont_know", said
    _, q = _q(PIANO_TUNER, "touch")
    assert {"i don't really know", "don't know really"} <= set(phrases.decoder_phrases(q))
    assert normalise(q, "don't know really").status == "dont_know"
    _, q = _q(PIANO_TUNER, "fee")
    assert "i don't know how to rate that" not in phrases.decoder_phrases(q)  # not a rating


def test_a_count_of_occasions_can_be_said_as_once_twice_never():
    for survey, qid in ((PIANO_TUNER, "tunings"), (LAUNDRETTE, "trips")):
        _, q = _q(survey, qid)
        model = phrases.decoder_phrases(q)
        assert {"once", "twice", "never", "three times"} <= set(model)
        assert {"once", "twice"} <= set(phrases.forced_answers(q))
        assert normalise(q, "twice").value == 2 and normalise(q, "never").value == 0
    for survey, qid in ((PIANO_TUNER, "fee"), (LAUNDRETTE, "loads")):
        _, q = _q(survey, qid)
        assert "twice" not in phrases.decoder_phrases(q)
        assert not phrases.occasion_forms(q)


def test_the_forced_pass_may_pick_a_short_code_which_is_asked_again_before_it_is_read_back():
    campaign, q = _q(PIANO_TUNER, "touch")
    assert {"skip that", "no idea", "i don't know"} <= set(forced_codes(q))
    # A code form never makes a first pass's word count as meaningful: "idea" or "comment" heard alone
    # still goes to the forced pass, which may then find the whole form.
    forms = [*phrases.forced_answers(q), *forced_codes(q)]
    assert answer_unclear("idea", forms) and answer_unclear("the comment", forms)
    assert not answer_unclear("four", forms)
    _, wide = _q(PIANO_TUNER, "fee")
    assert forced_codes(wide) == []  # no forced pass on a wide money range
    policy = SurveyPolicy(campaign, channel="phone")
    policy.opening()
    for answer in ("an upright", "yesterday", "two", "ninety dollars"):
        policy.respond(answer)
    assert policy.current.id == "touch"
    assert forced_for_policy(policy)[-len(FORCED_REFUSED) :] == list(FORCED_REFUSED)
    first = policy.respond("skip that", confidence=FORCED_ANSWER_CONFIDENCE)
    assert policy.phase == "question" and not any(isinstance(a, CallTool) for a in first)
    second = policy.respond("skip that", confidence=FORCED_ANSWER_CONFIDENCE)
    assert policy.phase == "confirm" and not any(isinstance(a, CallTool) for a in second)


def test_a_change_can_open_with_hang_on_and_take_the_old_value_back():
    campaign = parse_definition(PIANO_TUNER, "test")
    policy = SurveyPolicy(campaign, channel="phone")
    policy.opening()
    for answer in ("an upright", "the ninth", "two"):
        policy.respond(answer)
        while policy.phase == "confirm":
            policy.respond("yes")
    assert policy.current.id == "fee"
    model = expected_for_policy(policy)
    for phrase in ("hang on", "before that", "oops", "go back to the", "the date question", "date", "it was the tenth",
                   "not the ninth", "not an upright", "it was the grand", "not the upright"):  # fmt: skip
        assert phrase in model, phrase
    # A number is taken back bare or with "a", never with "the" ("a three, not a four").
    assert "not two" in model and "not the two" not in model


def test_a_hedged_yes_is_in_the_question_model_only():
    campaign, q = _q(PIANO_TUNER, "again")
    assert "i wouldn't say no" in phrases.decoder_phrases(q)
    assert normalise(q, "i wouldn't say no").value == "yes"
    read_back = phrases.confirm_phrases(q)
    assert not {"i wouldn't say no", "i wouldn't mind"} & set(read_back)
    assert not {"i wouldn't say no", "i wouldn't mind"} & set(phrases.confirm_phrases(None, control=False))


def test_a_remembered_amount_may_be_led_into():
    _, q = _q(PIANO_TUNER, "fee")
    model = phrases.decoder_phrases(q)
    for phrase in ("i believe it was", "i wanna say it was", "it was ninety"):
        assert phrase in model, phrase
    assert normalise(q, "i believe it was ninety dollars").value == 90
    assert normalise(q, "you know i wanna say it was seventy two").value == 72
