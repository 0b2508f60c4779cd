"""Refusals said as a dislike of rating people, in the question models (issue 11, voice of
6 December 2026, stop 48).

"I don't like rating people." to "How would you rate your instructor?" came out of the recogniser
as "i don't i'd rate it" or "i don't i maybe these calls", twice running, on every telephone row
of the answers blind51 voice sample: the models had no path from "don't like" to "rating". The
forms are built from the refusal's grammar (head x verb of judging x a person), each one the
parser codes as refused, none an opt-out and none beginning "i don't want" (the opt-out's start).
"""

import pytest

from customario.conversation.voice.phrases import decoder_phrases
from customario.conversation.voice.refusal_forms import judging_forms, refusal_forms
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from customario.dialogue.optout import detect

SKI = {
    "name": "ski_lessons",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "instructor", "type": "scale", "text": "How would you rate your instructor, from 1 to 5?",
         "min": 1, "max": 5},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the school?"},
        {"id": "again", "type": "yes_no", "text": "Would you book with the same instructor again?"},
        {"id": "level", "type": "single_choice", "text": "Which group were you in?",
         "choices": [{"code": "beginner", "label": "beginner"}, {"code": "improver", "label": "improver"}]},
        {"id": "lessons", "type": "number", "text": "How many lessons did you take?", "min": 0, "max": 20},
    ],
}  # fmt: skip


def _questions():
    return parse_definition(SKI, "test").questions


@pytest.mark.parametrize("form", judging_forms())
def test_every_form_is_a_refusal_to_every_closed_question(form):
    for q in _questions():
        assert normalise(q, form).status == "refused", (q.id, form)


@pytest.mark.parametrize("form", judging_forms())
def test_no_form_is_an_opt_out_or_begins_like_one(form):
    assert detect(form, "phone").kind == "none"
    assert not form.startswith(("i don't want", "don't want"))


def test_the_forms_are_in_every_closed_question_model():
    assert set(judging_forms()) <= set(refusal_forms())
    for q in _questions():
        phrases = set(decoder_phrases(q))
        assert "i don't like rating people" in phrases, q.id
        assert "i don't do ratings" in phrases, q.id


def test_a_question_without_refusals_has_none_of_them():
    spec = {**SKI, "questions": [{**SKI["questions"][0], "allow_refused": False}]}
    q = parse_definition(spec, "test").questions[0]
    assert "i don't like rating people" not in set(decoder_phrases(q) or [])
