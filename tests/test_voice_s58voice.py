"""Spoken answers through the offline voice stack (issue 11, stop 58), on a garden-centre survey of
the test's own.

An open question's second recognition pass knows the caller who has nothing more to say as callers
say it: a head that declines ("nope", "nah", "no", "not really") before a closing ("that's it",
"I'm good", "all good") and a word of thanks after it (``forced_passes.NOTHING_MORE_BUILT``).
"""

from datetime import datetime, timezone

from customario.definitions import parse_definition
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls, said

SURVEY = {
    "name": "garden_centre_open",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [{"id": "wish", "type": "open", "text": "Anything you'd like the garden centre to stock?"}],
}
NOW = datetime(2031, 5, 14, 9, tzinfo=timezone.utc)


def _question():
    return parse_definition(SURVEY, "test").question("wish")


def test_nothing_more_said_with_a_head_and_thanks_is_a_second_pass_form():
    from customario.conversation.voice.forced_passes import open_forms

    forms = open_forms(_question())
    for form in ("nope that's it", "nah i'm good thanks", "that's all cheers", "not really all good thank you"):
        assert form in forms, form


def test_every_built_form_is_an_open_answer_and_never_an_opt_out():
    from customario.conversation.voice.forced_passes import NOTHING_MORE_BUILT
    from customario.dialogue.optout import is_opt_out

    assert not any(is_opt_out(f) for f in NOTHING_MORE_BUILT)
    # each form once, lower case, without punctuation
    assert len(set(NOTHING_MORE_BUILT)) == len(NOTHING_MORE_BUILT)
    assert all(f == f.lower() and "," not in f and "." not in f for f in NOTHING_MORE_BUILT)


def test_the_second_pass_keeps_the_head_the_caller_said():
    from customario.conversation.voice.forced_passes import open_form, open_forms

    forms = open_forms(_question())
    assert open_form("nope that's everything thanks", forms, "nope that's every thing saying") == (
        "nope that's everything thanks"
    )
    assert open_form("nah i'm good", forms, "nah on wood") == "nah i'm good"


def test_a_comment_or_a_string_of_form_words_is_not_replaced():
    from customario.conversation.voice.forced_passes import open_form, open_forms

    forms = open_forms(_question())
    # a hypothesis that strings the forms' words together is no whole form
    assert open_form("nah thanks good all", forms, "nah thanks good all the roses") is None
    # a whole form the open pass shares only slight words with
    assert open_form("no that's it", forms, "so that is the hose") is None
    # the fixed forms of before are still there and still need agreement
    assert open_form("not really", forms, "probably a little") is None


def test_a_built_form_heard_by_the_second_pass_is_read_back_then_stored_as_said():
    from customario.conversation.voice._sphinx import FORCED_ANSWER_CONFIDENCE

    policy = SurveyPolicy(parse_definition(SURVEY, "test"), tz="UTC", now=lambda: NOW, channel="phone")
    policy.opening()
    policy._ask(policy.campaign.question("wish"))
    out = policy.respond("nah i'm good thanks", confidence=FORCED_ANSWER_CONFIDENCE)
    assert record_calls(out) == [] and policy.phase == "confirm" and "nah i'm good thanks" in said(out)
    [rec] = record_calls(policy.respond("yes", confidence=0.9))
    assert (rec["question_id"], rec["value"], rec["confirmed"]) == ("wish", "nah i'm good thanks", True)


# The read-back model leaves out the everyday words a "no" comes out as through the telephone band.

RATED = {
    "name": "garden_centre_rating",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "plants", "type": "scale", "text": "How healthy were the plants, one to five?", "min": 1, "max": 5},
        {"id": "again", "type": "yes_no", "text": "Would you buy your bedding plants here again?"},
    ],
}


def test_the_read_back_model_has_no_word_a_no_comes_out_as():
    from customario.conversation.voice.phrases import confirm_phrases

    q = parse_definition(RATED, "test").question("plants")
    for phrases in (confirm_phrases(q), confirm_phrases(None, control=False)):
        assert not {"so", "go", "good"} & set(phrases)
        assert {"no", "nope", "yes", "yep"} <= set(phrases)


def test_the_question_models_keep_those_words():
    from customario.conversation.voice.phrases import decoder_phrases

    for qid in ("plants", "again"):
        phrases = set(decoder_phrases(parse_definition(RATED, "test").question(qid)))
        assert {"so", "good"} <= phrases, qid
