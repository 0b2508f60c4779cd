"""The sentence of the caller's own model, in an article naming several (issue 11, helper kb20, stop
39), on a made-up e-bike shop's article (:mod:`customario.escalation.kb_model_part`): a caller who
names one motor or frame ("the 640SX3", "an sx3", "the Rail") hears that one's sentence, not the
other family's nor the general rule alone; when that sentence states the other alternative of the
kind the caller has (PW500 for their PW400), the answer's rule relating the two is read with it.
Plain questions naming nothing of the answer's keep their reading."""

from __future__ import annotations

import pytest

from customario.escalation.kb_fact import asked_part
from customario.escalation.kb_model_part import caller_names, prefer_caller_model, short_forms, with_relation

ANSWER = (
    "Bosch Performance motors such as the 640SX3 and 850CX4 run on PW500 batteries only. "
    "Shimano EP8 motors work with PW400 or PW500 batteries depending on the frame; the Trek Rail frame takes PW500. "
    "PW400 and PW500 batteries are not interchangeable."
)
ARTICLE = {
    "question": "Do Bosch motors like the 640SX3 or 850CX4 work with PW400 batteries?",
    "answer": ANSWER,
    "kind": "articles",
}
BOSCH = "Bosch Performance motors such as the 640SX3 and 850CX4 run on PW500 batteries only."
RULE = "PW400 and PW500 batteries are not interchangeable."
RAIL = "The Trek Rail frame takes PW500."


def test_short_forms_of_a_model():
    assert short_forms("sx3 + pw400 fine??", ANSWER) == ["640sx3"]
    assert short_forms("is the 850 one any good", ANSWER) == ["850cx4"]
    assert short_forms("does it take the PW400", ANSWER) == []  # said in full
    assert short_forms("an x3 frame", ANSWER) == []  # too short to be a model's end


def test_caller_names_are_the_answers_names():
    assert caller_names("my 640SX3 and an old pw400", ANSWER) == ["640sx3", "pw400"]
    assert caller_names("what battery do you recommend", ANSWER) == []


def test_the_rarest_named_model_picks_the_sentence():
    sentences = [BOSCH, "Shimano EP8 motors work with PW400 or PW500 batteries depending on the frame.", RULE]
    # PW400 is in two sentences, the 640SX3 in one: the caller's motor decides.
    assert prefer_caller_model(sentences, "keeping my PW400 with a new 640SX3, ok?", ANSWER) == [BOSCH]
    # Nothing of the answer's named: no preference.
    assert prefer_caller_model(sentences, "which battery lasts longest", ANSWER) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "sx3 + pw400 fine??",
        "My daughter's 640SX3 bike and the PW400 pack off her old one, will that go?",
        "can I keep my PW400 battery if I go Bosch?",
    ],
)
def test_the_callers_motor_is_read_with_the_rule(text):
    part = asked_part(text, ARTICLE, RULE)
    assert part is not None and part.startswith(BOSCH)
    assert RULE in part  # their PW400 is the other battery of the kind: the rule relating them too


def test_a_frame_taking_the_other_battery_is_read_with_the_rule():
    assert with_relation("will my PW400 fit the Trek Rail?", RAIL, ANSWER) == f"{RAIL} {RULE}"


def test_no_rule_added_when_the_part_names_the_callers_own():
    part = "Shimano EP8 motors work with PW400 or PW500 batteries depending on the frame."
    assert with_relation("EP8 with my PW400?", part, ANSWER) == part
    assert with_relation("which battery does the Rail take?", RAIL, ANSWER) == RAIL  # no battery of theirs
