"""Voice classes of 8 December 2026 (issue 11, stop 57), read from the answers blind72 voice sample.

- "Nothing." or "None." said to a multiple-choice question ("Which of these did you use?") means no
  choice; the question's model held "nothing" only as a garbage word of weight one, so the
  recogniser made it into other words or into a choice name. The bare and short forms are now
  answers of the model (``phrases._NONE_OF_THEM``) at the weight of "none of them".
"""

from collections import Counter

import pytest

from customario.conversation.voice.phrases import decoder_phrases, phrase_values, slot_of
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise

GARDEN = {
    "name": "garden_centre_visit",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "bought",
            "type": "multi_choice",
            "text": "Which of these did you buy today: seeds, compost, a tool or a plant?",
            "choices": [
                {"code": "seeds", "label": "seeds"},
                {"code": "compost", "label": "compost"},
                {"code": "tool", "label": "a tool", "synonyms": ["trowel", "shears"]},
                {"code": "plant", "label": "a plant"},
            ],
        },
        {
            "id": "section",
            "type": "single_choice",
            "text": "Which section did you spend most time in: indoor plants, outdoor plants or the cafe?",
            "choices": [
                {"code": "indoor", "label": "indoor plants"},
                {"code": "outdoor", "label": "outdoor plants"},
                {"code": "cafe", "label": "the cafe"},
            ],
        },
    ],
}  # fmt: skip

SHORT_NONES = ["nothing", "none", "nothing at all", "none at all", "nothing really", "nothing else"]


def _q(qid):
    return parse_definition(GARDEN, "test").question(qid)


@pytest.mark.parametrize("form", SHORT_NONES)
def test_a_multi_choice_model_weighs_a_short_none_like_none_of_them(form):
    counts = Counter(decoder_phrases(_q("bought")))
    assert counts[form] >= counts["none of them"] >= 8


@pytest.mark.parametrize("form", SHORT_NONES)
def test_every_short_none_is_read_as_no_choice(form):
    q = _q("bought")
    n = normalise(q, form)
    assert (n.status, n.value) == ("valid", [])
    assert slot_of(form, q) == ""


def test_a_choice_said_after_nothing_keeps_the_choice():
    # the model's "nothing" must not swallow a choice named after it
    n = normalise(_q("bought"), "nothing but compost")
    assert (n.status, n.value) == ("valid", ["compost"])


def test_a_single_choice_model_gets_no_none_answers():
    # near neighbour: one choice must be named, so "nothing" stays a garbage word of weight one
    q = _q("section")
    assert "nothing" not in phrase_values(q)
    assert Counter(decoder_phrases(q))["nothing"] <= 1
