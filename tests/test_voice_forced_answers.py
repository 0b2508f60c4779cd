"""Spoken answers on the offline stack (issue 11): the forced answer pass for a short reply heard
as nothing that means anything, and the answer forms (units, approximations, yes/no with the
question's auxiliary) the per-question language model knows.

Own surveys and phrasings (a library visit and a bakery order), not corpus lines.
"""

import shutil
from datetime import date

import pytest

from customario.definitions.models import Choice, Question


def _q(**kw):
    return Question(id=kw.pop("id", "q"), **kw)


RATING = _q(type="scale", text="How tidy were the reading rooms, from one to five?", min=1, max=5)
LOANS = _q(type="number", text="How many books did you borrow this term?", min=0, max=60)
FEE = _q(type="number", text="How much did the repair cost you, in dollars?", min=0, max=20000)
QUEUE = _q(type="number", text="How many minutes did you queue at the counter?", min=0, max=300)
OPEN = _q(type="open", text="What should we stock more of?")
WHEN = _q(type="date", text="When did you last visit?")
QUIET = _q(type="yes_no", text="Were the study rooms quiet enough?")
BREAD = _q(
    type="single_choice",
    text="Which loaf did you order?",
    choices=[
        Choice(code="sourdough", label="Sourdough", synonyms=["the sour one"]),
        Choice(code="rye", label="Dark rye"),
        Choice(code="white", label="a plain white loaf"),
    ],
)


def test_forced_answers_are_the_short_closed_answers_only():
    from customario.conversation.voice.phrases import forced_answers

    assert forced_answers(RATING) == ["one", "two", "three", "four", "five"]
    assert forced_answers(LOANS)[0] == "zero" and forced_answers(LOANS)[-1] == "sixty"
    yes_no = forced_answers(QUIET)
    assert "yes" in yes_no and "no" in yes_no
    bread = forced_answers(BREAD)
    assert {"sourdough", "the sour one", "dark rye", "plain white loaf"} <= set(bread)
    # Dates, open answers and ranges too wide to spell out get no forced pass.
    assert forced_answers(OPEN) is None and forced_answers(WHEN) is None and forced_answers(FEE) is None


def test_an_answer_is_unclear_only_when_no_word_of_it_means_anything():
    from customario.conversation.voice.phrases import answer_unclear, forced_answers

    forms = forced_answers(RATING)
    # What a lone number came out as through the telephone band: fillers and everyday words.
    for heard in ("", "i", "all", "water", "i you", "well you", "hello"):
        assert answer_unclear(heard, forms), heard
    # A value, a number out of range, yes/no, a code, call control or three words are left alone.
    for heard in ("four", "nine", "a four", "no", "dunno", "no clue", "pass", "repeat that", "the shop was busy"):
        assert not answer_unclear(heard, forms), heard


def test_yes_no_answer_forms_use_the_question_auxiliary_and_the_parser_reads_them():
    from customario.conversation.voice.phrases import answer_forms, decoder_phrases
    from customario.dialogue.answers import normalise

    forms = answer_forms(QUIET)
    assert "yes they were" in forms and "no they weren't" in forms
    for form in forms:
        n = normalise(QUIET, form)
        assert n.status == "valid" and n.value == ("yes" if form.startswith("yes") else "no"), form
    assert "absolutely not" in decoder_phrases(QUIET) and normalise(QUIET, "absolutely not").value == "no"
    # A question that opens without an auxiliary gets no tag forms.
    assert answer_forms(_q(type="yes_no", text="Any trouble parking?")) == []


@pytest.mark.parametrize(
    "question,form,said,value",
    [
        (QUEUE, "an hour and a half", "an hour and a half", 90),
        (QUEUE, "half an hour", "half an hour", 30),
        (QUEUE, "twenty minutes", "twenty minutes", 20),
        (FEE, "hundred dollars", "three hundred dollars", 300),
        (FEE, "fourteen thousand", "fourteen thousand", 14000),
        (FEE, "nine hundred and", "fourteen thousand nine hundred and ninety", 14990),
        (LOANS, "roughly twenty", "roughly twenty", 20),
        (LOANS, "twelve books", "twelve books", 12),
    ],
)
def test_number_answer_forms_cover_units_and_approximations(question, form, said, value):
    from customario.conversation.voice.phrases import answer_forms, decoder_phrases
    from customario.dialogue.answers import normalise

    # The form is in the model (the n-gram model joins its words to the numbers around them) and
    # the parser reads the whole answer said with it.
    assert form in answer_forms(question) and form in decoder_phrases(question)
    n = normalise(question, said, today=date(2030, 5, 6))
    assert n.status == "valid" and n.value == value


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_a_short_unclear_answer_gets_the_forced_pass_and_is_always_read_back():
    from customario.conversation.voice import _sphinx
    from customario.conversation.voice.phrases import forced_answers
    from customario.conversation.voice.simulate_voice import voice_segment

    # A language model that cannot say the number: the first pass hears an everyday word, so
    # the forced grammar of the question's answers decides, at a confidence that is read back.
    garbage = ("water", "all", "the", "i")
    pcm = voice_segment("four").astype("<i2").tobytes()
    text, conf, _ = _sphinx.decode(pcm, 16000, garbage, forced=tuple(forced_answers(RATING)))
    assert text == "four" and conf == _sphinx.FORCED_ANSWER_CONFIDENCE
    assert _sphinx.decode(pcm, 16000, garbage)[0] in garbage  # without forced answers: no second pass
    # Several words heard: the first pass's words stand.
    long = voice_segment("the shop was busy and the water was cold").astype("<i2").tobytes()
    words = ("the", "shop", "was", "busy", "and", "water", "cold")
    text, _, _ = _sphinx.decode(long, 16000, words, forced=tuple(forced_answers(RATING)))
    assert len(text.split()) > 2


def test_a_forced_answer_is_read_back_before_it_is_stored():
    from customario.conversation.voice import _sphinx, forced_for_policy
    from customario.conversation.voice.phrases import READ_BACK_NO, READ_BACK_YES
    from customario.definitions import parse_definition
    from customario.dialogue.policy import CallTool
    from customario.dialogue.survey_flow import SurveyPolicy

    campaign = parse_definition(
        {
            "name": "library",
            "kind": "survey",
            "consent": {"required": False},
            "questions": [
                {"id": "quiet", "type": "yes_no", "text": QUIET.text},
                {"id": "tidy", "type": "scale", "text": RATING.text, "min": 1, "max": 5},
            ],
        },
        "test",
    )
    policy = SurveyPolicy(campaign, channel="phone")
    policy.opening()
    # The yes/no forms, then the shortest don't-know and refusal forms (forced_passes.forced_codes).
    assert forced_for_policy(policy)[: len(READ_BACK_YES) + len(READ_BACK_NO)] == [*READ_BACK_YES, *READ_BACK_NO]
    actions = policy.respond("yes", confidence=_sphinx.FORCED_ANSWER_CONFIDENCE)
    assert policy.phase == "confirm" and not any(isinstance(a, CallTool) for a in actions)
    assert forced_for_policy(policy) is None  # a read-back has its own forced yes/no pass
    policy.respond("yes", confidence=0.9)
    actions = policy.respond("four", confidence=_sphinx.FORCED_ANSWER_CONFIDENCE)
    assert policy.phase == "confirm" and "four" in actions[0].text.lower()


def _garden_policy():
    from customario.definitions import parse_definition
    from customario.dialogue.survey_flow import SurveyPolicy

    campaign = parse_definition(
        {
            "name": "garden_centre",
            "kind": "survey",
            "consent": {"required": False},
            "questions": [
                {"id": "plants", "type": "nps", "text": "How likely are you to recommend our plants?"},
                {"id": "visits", "type": "number", "text": "How many times did you visit this spring?", "max": 50},
            ],
        },
        "test",
    )
    policy = SurveyPolicy(campaign, channel="phone")
    policy.opening()
    return policy


def test_a_code_heard_first_then_other_words_is_read_back_after_the_second_hearing():
    from customario.dialogue.spoken_doubts import leading_code
    from survey_helpers import record_calls

    policy = _garden_policy()
    q = policy.current
    assert leading_code(q, "no idea honestly the weather one eleven").status == "dont_know"
    assert leading_code(q, "rather not say it four the").status == "refused"
    assert leading_code(q, "the weather was fine") is None and leading_code(q, "no idea") is None
    # Heard twice with a story as numbers after it: asked again, then read back, stored on a yes.
    actions = policy.respond("no idea honestly the weather one eleven", confidence=0.0)
    assert policy.phase == "question" and not record_calls(actions)
    actions = policy.respond("no idea honestly weather one eleven", confidence=0.0)
    assert policy.phase == "confirm" and "don't know" in actions[0].text
    actions = policy.respond("yes", confidence=0.4)
    assert record_calls(actions)[0]["status"] == "dont_know" and record_calls(actions)[0]["confirmed"]
    # Typed text is the parser's alone: no code is taken from the start of it.
    typed = _garden_policy()
    typed.respond("no idea honestly the weather one eleven")
    assert typed.phase == "question" and "plants" not in typed.statuses


def test_a_spoken_request_off_the_list_with_its_verb_lost_is_asked_back():
    from customario.dialogue.optout import CONFIRM_QUESTION
    from customario.dialogue.spoken_doubts import heard_off_list

    assert heard_off_list("i won't the weather me off your list") and heard_off_list("us off the calling list")
    assert not heard_off_list("the list was long") and not heard_off_list("i read it off the list")
    policy = _garden_policy()
    actions = policy.respond("the one out me off your list", confidence=0.01)
    assert actions[0].text == CONFIRM_QUESTION and not policy.ended
    actions = policy.respond("no", confidence=0.5)
    assert not policy.ended and policy.phase == "question"


def test_the_date_model_names_days_the_parser_reads_and_weights_relative_days():
    from customario.conversation.voice.phrases import HOLIDAYS, date_phrases, decoder_phrases
    from customario.dialogue.answers import normalise

    today = date(2031, 8, 20)
    for name in HOLIDAYS:
        n = normalise(WHEN, name, today=today)
        if name == "mother's day":
            # its day depends on the caller's country: the US day (second Sunday of May) is read back,
            # never stored unread (date_holidays; d956387)
            assert n.status == "valid" and n.value == "2031-05-11" and n.method == "inferred", name
            assert n.confidence < 0.8, name
            continue
        assert n.status == "valid" and n.value <= today.isoformat(), name
    model = decoder_phrases(WHEN)
    assert "the fourteenth of march" in model and "march twenty thirty" in model
    n = normalise(WHEN, "the third of march twenty thirty", today=today)
    assert n.status == "valid" and n.value == "2030-03-03"
    # Relative days outweigh any single month and day pair.
    phrases = date_phrases()
    assert phrases.count("the day before yesterday") > phrases.count("march third")
