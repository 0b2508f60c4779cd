"""Yeses and noes said as idioms, hedges and regional forms in a yes/no question's model (issue 11,
stop 55 voice): "I believe so", "not a chance", "in a heartbeat", "yeah nah". Without them the model
had no path to these words and made them into others ("In a heartbeat." as "do not call me").
"""

import pytest

from customario.conversation.voice.forced_passes import READ_BACK_NO, READ_BACK_YES
from customario.conversation.voice.phrases import confirm_phrases, decoder_phrases
from customario.conversation.voice.yesno_idioms import NO_IDIOMS, YES_IDIOMS, yes_no_idioms
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise

KENNEL = {
    "name": "boarding_kennel",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "book_again", "type": "yes_no", "text": "Would you board your dog with us again?"},
        {"id": "walks", "type": "nps", "text": "How likely are you to recommend our walks?"},
        {"id": "nights", "type": "number", "text": "How many nights did your dog stay?", "min": 1, "max": 30},
    ],
}  # fmt: skip


def _question(qid):
    return parse_definition(KENNEL, "test").question(qid)


@pytest.mark.parametrize("form", YES_IDIOMS)
def test_every_yes_idiom_is_read_as_yes(form):
    result = normalise(_question("book_again"), form)
    assert result.status == "valid"
    assert result.value == "yes"


@pytest.mark.parametrize("form", NO_IDIOMS)
def test_every_no_idiom_is_read_as_no(form):
    result = normalise(_question("book_again"), form)
    assert result.status == "valid"
    assert result.value == "no"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Oh I believe so.", "yes"),
        ("Yeah nah, once was enough.", "no"),
        ("Not a chance, mate.", "no"),
        ("In a heartbeat!", "yes"),
        ("I'm afraid not.", "no"),
    ],
)
def test_idioms_in_a_sentence_keep_their_answer(said, value):
    assert normalise(_question("book_again"), said).value == value


def test_the_yes_no_model_holds_the_idioms_and_other_models_do_not():
    yes_no_model = decoder_phrases(_question("book_again"))
    assert {"i believe so", "not a chance", "in a heartbeat", "yeah nah", "nah yeah"} <= set(yes_no_model)
    for qid in ("walks", "nights"):
        assert not set(yes_no_idioms(_question(qid))) & set(decoder_phrases(_question(qid)) or [])
        assert yes_no_idioms(_question(qid)) == []


def test_aye_is_left_out_because_it_sounds_as_i():
    model = decoder_phrases(_question("book_again"))
    assert "aye" not in {w for p in model for w in p.split()}


def test_the_read_back_model_and_its_forced_pass_are_unchanged():
    read_back = set(confirm_phrases(_question("book_again")))
    assert not {"not a chance", "in a heartbeat", "yeah nah", "nah"} & read_back
    assert not set(YES_IDIOMS + NO_IDIOMS) & set(READ_BACK_YES + READ_BACK_NO)
