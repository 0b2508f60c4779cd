"""Voice classes of 7 December 2026 (issue 11, stop 56), read from the answers blind70 voice sample.

- A refusal that names the value withheld ("I'd rather not give a number", "rather not put a score
  on it") is coded refused by the parser; the models of questions whose answer is a number now have
  a path for its words (``refusal_forms.value_refusal_forms``); a spoken transcript that ends in
  such a value withheld after a lost head ("... off give a score") is that refusal heard faintly
  (``spoken_doubts.rating_tail``), a don't-know after "how to" or "hard to".
"""

import pytest

from customario.conversation.voice.phrases import decoder_phrases
from customario.conversation.voice.refusal_forms import value_refusal_forms
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise

BAKERY = {
    "name": "bakery_visit",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "bread", "type": "scale", "text": "From 1 to 7, how fresh was the bread?", "min": 1, "max": 7},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the bakery?"},
        {"id": "loaves", "type": "number", "text": "How many loaves did you buy?", "min": 0, "max": 20},
        {"id": "back", "type": "date", "text": "When will you come back?"},
        {"id": "queue", "type": "yes_no", "text": "Did you have to queue?"},
        {"id": "secret", "type": "nps", "text": "How likely are you to tell a friend?", "allow_refused": False},
    ],
}  # fmt: skip


def _campaign():
    return parse_definition(BAKERY, "test")


@pytest.mark.parametrize("qid", ["bread", "recommend", "loaves"])
def test_a_numbered_question_knows_the_value_withheld(qid):
    q = _campaign().question(qid)
    forms = value_refusal_forms(q)
    assert "i'd prefer not to give a rating" in forms
    assert "rather not put a score on it" in forms
    assert set(forms) <= set(decoder_phrases(q))


@pytest.mark.parametrize("qid", ["bread", "recommend", "loaves"])
def test_every_value_withheld_is_coded_refused(qid):
    q = _campaign().question(qid)
    for form in value_refusal_forms(q):
        assert normalise(q, form).status == "refused", form


@pytest.mark.parametrize("qid", ["back", "queue", "secret"])
def test_no_value_withheld_where_no_number_is_asked_or_no_refusal_allowed(qid):
    q = _campaign().question(qid)
    assert value_refusal_forms(q) == []
    assert "i'd rather not give a score" not in (decoder_phrases(q) or [])


# --- the value withheld, its head lost in the band ---------------------------------------------


@pytest.mark.parametrize(
    ("heard", "status"),
    [
        ("we won't off give a score", "refused"),
        ("the put a number on it", "refused"),
        ("so i'd off give you a rating", "refused"),
        ("i'm not sure how to put a number on that", "dont_know"),
    ],
)
def test_a_transcript_ending_in_a_value_withheld_is_that_code(heard, status):
    from customario.dialogue.spoken_doubts import rating_tail

    n = rating_tail(_campaign().question("recommend"), heard)
    assert n is not None and n.status == status


@pytest.mark.parametrize(
    ("qid", "heard"),
    [
        ("recommend", "eight i'd give a score"),  # a value before the tail
        ("recommend", "give a number"),  # nothing before the tail: no head was lost
        ("queue", "we off give a score"),  # no number asked for
        ("secret", "we off give a score"),  # no refusal allowed
    ],
)
def test_no_code_from_a_value_withheld_tail_where_it_cannot_be_one(qid, heard):
    from customario.dialogue.spoken_doubts import rating_tail

    assert rating_tail(_campaign().question(qid), heard) is None
