"""Ratings said with words around or instead of the number in an NPS or scale question's model
(issue 11, stop 55 voice): the top named ("top marks"), the middle named ("bang in the middle" on
an odd scale) and a number said firmly ("a solid six", "easily an eight")."""

import pytest

from customario.conversation.voice.phrases import decoder_phrases
from customario.conversation.voice.rating_idioms import MIDDLE_NAMED, TOP_NAMED, rating_idioms
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise

BAKERY = {
    "name": "bakery_class",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the bread class?"},
        {"id": "pace", "type": "scale", "text": "From 1 to 5, how was the pace?", "min": 1, "max": 5},
        {"id": "oven", "type": "scale", "text": "From 1 to 4, how easy was the oven?", "min": 1, "max": 4},
        {"id": "again", "type": "yes_no", "text": "Would you book another class?"},
        {"id": "loaves", "type": "number", "text": "How many loaves did you bake?", "min": 0, "max": 12},
    ],
}  # fmt: skip


def _question(qid):
    return parse_definition(BAKERY, "test").question(qid)


@pytest.mark.parametrize("qid", ["recommend", "pace", "oven"])
def test_every_form_of_the_model_is_read_as_a_value_of_the_range(qid):
    question = _question(qid)
    lo, hi = question.bounds
    for form in rating_idioms(question):
        result = normalise(question, form)
        assert result.status == "valid", form
        assert lo <= result.value <= hi, form


@pytest.mark.parametrize(
    ("qid", "said", "value"),
    [
        ("recommend", "top marks", 10),
        ("pace", "full marks", 5),
        ("recommend", "middle of the road", 5),
        ("pace", "somewhere in the middle", 3),
        ("recommend", "a solid six", 6),
        ("recommend", "easily an eight", 8),
        ("pace", "four easily", 4),
    ],
)
def test_the_forms_mean_their_point(qid, said, value):
    assert normalise(_question(qid), said).value == value


def test_the_middle_is_left_out_of_an_even_scale():
    oven = rating_idioms(_question("oven"))
    assert not set(MIDDLE_NAMED) & set(oven)
    assert set(TOP_NAMED) <= set(oven)
    assert "a solid three" in oven
    assert set(MIDDLE_NAMED) <= set(rating_idioms(_question("pace")))


def test_the_forms_are_in_the_rating_models_only():
    assert {"top marks", "in the middle", "a solid seven", "easily a nine"} <= set(
        decoder_phrases(_question("recommend"))
    )
    assert "a solid eleven" not in decoder_phrases(_question("recommend"))
    for qid in ("again", "loaves"):
        assert rating_idioms(_question(qid)) == []
        assert "top marks" not in decoder_phrases(_question(qid))
