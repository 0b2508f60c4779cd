"""Opt-outs said the way callers say them, heard by voice at a bicycle repair shop's survey of the
test's own (issue 11, voice of 6 December 2026, stop 42).

Through the telephone band "Stop calling me." came out as "don't know really", "Take me off your
list." as "i don't normally", "Remove my number, please." as "a clue i'd go with three": the
question models knew a handful of fixed opt-out phrases, not "stop" + a verb of calling + "me",
"don't ring me again", "take my number off your list" (28 of 30 opt-outs sampled from the
development corpora lost on gb-f3-170 phone, 24 of 30 on us-f4-140 phone). The models now hold the
opt-outs built from the grammar of the opt-out reader's rules (``voice.optout_forms``), and what is
left of one with a word lost ("please don't of again", "remove my of me") is asked back: "would you
like us to stop calling?", never an opt-out by itself.
"""

import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from customario.conversation.voice.optout_forms import optout_forms
from customario.conversation.voice.phrases import decoder_phrases
from customario.definitions import parse_definition
from customario.dialogue import optout
from customario.dialogue.optout import is_opt_out
from customario.dialogue.spoken_doubts import heard_stop_request
from survey_helpers import policy_at, record_calls, said

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2032, 4, 7, 12, tzinfo=timezone.utc)
BIKES = {
    "name": "bike_repair",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "spokes", "type": "number", "text": "How many spokes did we replace?", "min": 0, "max": 36},
        {"id": "service", "type": "single_choice", "text": "Which service did you book?",
         "choices": [{"code": "tune", "label": "tune-up"}, {"code": "brakes", "label": "brake bleed"},
                     {"code": "wheel", "label": "wheel true"}]},
        {"id": "pickup", "type": "date", "text": "When did you pick the bike up?"},
        {"id": "ride", "type": "scale", "text": "How smooth is the ride now, from 1 to 5?", "min": 1, "max": 5},
    ],
}  # fmt: skip


def _question(qid: str):
    return parse_definition(BIKES, "test").question(qid)


def test_every_form_is_an_opt_out_the_reader_takes():
    forms = optout_forms()
    assert len(forms) == len(set(forms)) > 60
    assert [f for f in forms if not is_opt_out(f)] == []


def test_every_form_has_words_of_the_bundled_dictionary():
    from customario.conversation.voice import _sphinx

    decoder = _sphinx._get_decoder()
    assert [f for f in optout_forms() if not _sphinx._in_dictionary(decoder, f)] == []


@pytest.mark.parametrize("qid", ["spokes", "service", "pickup", "ride"])
def test_closed_and_date_models_hold_every_form(qid):
    phrases = set(decoder_phrases(_question(qid)))
    assert [f for f in optout_forms() if f not in phrases] == []


@pytest.mark.parametrize(
    "words",
    [
        "please don't of again",  # "Please don't call this number again."
        "i don't me again",  # "..., don't ring this number again."
        "remove my of me",  # "Remove my number, please."
        "well remove my",
        "only not call me these",  # "Please stop calling me."
        "the really not phone me thirty",
    ],
)
def test_an_opt_out_with_a_word_lost_is_a_stop_request(words):
    assert heard_stop_request(words) and not is_opt_out(words)


@pytest.mark.parametrize(
    "words",
    [
        "i don't know again",  # a don't-know
        "don't know really",
        "don't do it again",  # another object
        "they did not call me back",  # a complaint about the service
        "he did not call me",  # past
        "she does not ring us",
        "they couldn't remove my old chain",  # something removed
        "remove the rust",
        "i don't think so",
    ],
)
def test_near_misses_are_no_stop_request(words):
    assert not heard_stop_request(words)


def test_a_faint_opt_out_is_asked_back_and_a_yes_opts_out():
    policy = policy_at(BIKES, "spokes", NOW)
    out = policy.respond("please don't of again", confidence=0.0)
    assert record_calls(out) == [] and said(out).endswith(optout.CONFIRM_QUESTION)
    policy.respond("yes", confidence=0.6)
    assert policy.ended and policy.disposition == "opted-out"


def test_a_no_to_the_stop_question_goes_back_to_the_question_with_nothing_stored():
    policy = policy_at(BIKES, "spokes", NOW)
    policy.respond("remove my of me", confidence=0.0)
    out = policy.respond("no", confidence=0.6)
    assert record_calls(out) == [] and not policy.ended
    assert policy.phase == "question" and policy.current.id == "spokes"


def test_typed_fragments_are_read_as_they_stand():
    policy = policy_at(BIKES, "spokes", NOW)
    out = policy.respond("remove my of me")
    assert optout.CONFIRM_QUESTION not in said(out)


@pytest.mark.skipif(shutil.which("espeak-ng") is None or shutil.which("sox") is None, reason="needs espeak-ng and sox")
def test_spoken_opt_outs_through_the_phone_band_reach_the_stop_question_and_store_nothing():
    """espeak voices through the benchmark's sox telephone band, the test's own phrasings: none is
    stored as an answer, and at least 5 of 12 reach "would you like us to stop calling?" (an
    opt-out, or one heard in part): 6 with the opt-out forms, 5 without them (a floor, not the
    benchmark's figure)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from voice_variants import by_name, speak

    from customario.conversation.voice import expected_for_policy, forced_for_policy
    from customario.conversation.voice.stt import Recogniser

    lines = [
        "Stop ringing me.",
        "Don't phone me again, thanks.",
        "Take my number off your list.",
        "Remove me, please.",
        "Please stop calling me.",
        "Don't call me again.",
    ]
    rec = Recogniser()
    rec.start()
    reached = 0
    try:
        for variant in by_name("us-m3-150-phone,rp-m7-160-phone"):
            for seed, line in enumerate(lines):
                policy = policy_at(BIKES, "spokes", NOW)
                pcm, rate = speak(line, variant, seed=seed)
                text, conf, _pid = rec.recognise_blocking(
                    pcm.astype("<i2").tobytes(), rate, expected_for_policy(policy), forced=forced_for_policy(policy)
                )
                out = policy.respond(text, confidence=conf)
                assert all(r["status"] != "valid" for r in record_calls(out)), (line, text)
                reached += optout.CONFIRM_QUESTION in said(out) or policy.disposition == "opted-out"
    finally:
        rec.close()
    assert reached >= 5
