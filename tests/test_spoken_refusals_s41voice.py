"""Refusals whose first words the recogniser lost, at a ferry company's survey of the test's own
(issue 11, voice of 5 December 2026, stop 41).

"None of your business." came out of the recogniser as "off your business" twice running (answers
blind38 voice sample, gb-f3-170 phone band) and the refusal was lost: no rule read it. In a closed
question's recognition model "business" is only in "none of your business" and "mind your own
business", so heard at either end of a faint transcript it is what is left of a refusal: asked
again, read back when heard so again, stored only on the caller's yes. A choice named with the
word ("business class") keeps it, and typed words are read as they stand.

"I'd rather not talk about that." came out as "i don't off talk about that" and "i don't i don't
talk about that" (answers blind37 voice sample, rp-m7-160): the verb and object of a refusal said
as a verb phrase are in the models only in those refusal forms, so left at the end of a faint
transcript they are that refusal, asked again and read back the same way. "I'd say seven", "I'd
give it a four" (verbs the carrier phrases use) and a choice named with the verb are not.
"""

from datetime import datetime, timezone

import pytest

from customario.conversation.voice.phrases import expected_phrases
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from customario.conversation.voice.refusal_forms import REFUSAL_OBJECTS, REFUSAL_VERBS
from customario.dialogue.spoken_doubts import code_word, framing_code, refusal_tail
from survey_helpers import policy_at, record_calls, said

NOW = datetime(2031, 8, 20, 12, tzinfo=timezone.utc)
FERRY = {
    "name": "ferry_crossing",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "crossings", "type": "number", "text": "How many crossings did you make this year?",
         "min": 0, "max": 40},
        {"id": "cabin", "type": "single_choice", "text": "Which cabin did you book?",
         "choices": [{"code": "economy", "label": "economy"}, {"code": "business", "label": "business class"},
                     {"code": "shared", "label": "share a cabin"}]},
        {"id": "calm", "type": "scale", "text": "How calm was the crossing, from 1 to 5?", "min": 1, "max": 5},
    ],
}  # fmt: skip


def _question(qid: str):
    return parse_definition(FERRY, "test").question(qid)


@pytest.mark.parametrize("words", ["off your business", "of your business", "own business", "business eight"])
def test_the_end_of_a_refusal_is_a_refusal(words):
    assert code_word(_question("crossings"), words).status == "refused"


def test_a_choice_named_with_the_word_keeps_it():
    assert code_word(_question("cabin"), "the business one") is None


def test_every_phrase_of_a_closed_model_with_the_word_is_a_refusal():
    for qid in ("crossings", "calm"):
        q = _question(qid)
        with_word = [p for p in expected_phrases(q) if "business" in p.split()]
        assert with_word and all(normalise(q, p).status == "refused" for p in with_word)


def test_heard_faintly_twice_it_is_read_back_and_stored_on_yes():
    policy = policy_at(FERRY, "crossings", NOW)
    out = policy.respond("off your business", confidence=0.004)
    assert not record_calls(out) and policy.phase == "question"
    out = policy.respond("off your business", confidence=0.02)
    assert policy.phase == "confirm" and "rather not" in said(out).lower()
    [rec] = record_calls(policy.respond("yes", confidence=0.6))
    assert (rec["question_id"], rec["status"], rec["confirmed"]) == ("crossings", "refused", True)


def test_a_no_to_its_read_back_stores_no_refusal():
    policy = policy_at(FERRY, "crossings", NOW)
    policy.respond("off your business", confidence=0.004)
    policy.respond("off your business", confidence=0.02)
    out = policy.respond("no", confidence=0.6)
    assert all(r["status"] != "refused" for r in record_calls(out))


def test_typed_words_are_read_as_they_stand():
    policy = policy_at(FERRY, "crossings", NOW)
    out = policy.respond("off your business")
    assert all(r["status"] != "refused" for r in record_calls(out))


@pytest.mark.parametrize(
    "words", ["i don't off talk about that", "i'd almost get into that", "well no discuss it", "not comment on them"]
)
def test_the_verb_and_object_of_a_refusal_left_at_the_end_is_a_refusal(words):
    assert refusal_tail(_question("crossings"), words).status == "refused"
    assert framing_code(_question("crossings"), words).status == "refused"


@pytest.mark.parametrize(
    "words",
    [
        "talk about that",  # nothing before it: not what is left of a longer phrase
        "i'd say seven",
        "i'd give it a four",
        "i'd rate it a three",
        "talk about that eight",  # not at the end
    ],
)
def test_carrier_verbs_or_a_tail_not_at_the_end_are_no_refusal(words):
    assert refusal_tail(_question("crossings"), words) is None


def test_a_choice_named_with_the_verb_keeps_it():
    assert refusal_tail(_question("cabin"), "we did share it") is None


def test_the_tail_verbs_are_verbs_of_the_refusal_forms():
    from customario.dialogue import spoken_doubts

    verbs = set(spoken_doubts._REFUSAL_TAIL.pattern.split("(")[1].split(")")[0].split("|"))
    assert verbs <= set(REFUSAL_VERBS) and set(REFUSAL_OBJECTS) >= {"that", "it", "them", "him"}


def test_heard_so_twice_it_is_read_back():
    policy = policy_at(FERRY, "crossings", NOW)
    out = policy.respond("i don't off talk about that", confidence=0.009)
    assert not record_calls(out) and policy.phase == "question"
    out = policy.respond("i don't i don't talk about that", confidence=0.012)
    assert policy.phase == "confirm" and "rather not" in said(out).lower()
