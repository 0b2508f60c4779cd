"""What a caller would look at in a thing they ask for is not what they ask (issue 11, helper kb20,
stop 40; :mod:`customario.escalation.kb_purpose`), on a made-up picture framer's and vintage
clothing shop's phrasings: "Have you got a website where I can see the frames?" asks for the website;
"Is there an app where I can order?" asks whether ordering is done there, and stays whole."""

from __future__ import annotations

import pytest

from customario.escalation.kb_ask import split_ask
from customario.escalation.kb_purpose import looked_at, without_relative_where


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        ("Have you got a website where I can see the frames?", "Have you got a website?"),
        ("do you have a catalogue I can look at before I come in", "do you have a catalogue?"),
        ("Is there a gallery page where we could view past jobs?", "Is there a gallery page?"),
        ("u got an instagram I can watch", "u got an instagram?"),
    ],
)
def test_a_thing_asked_for_and_what_the_caller_would_look_at(sentence, ask):
    cut = looked_at(sentence)
    assert cut is not None and cut[0] == ask
    assert split_ask(sentence).ask == ask


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there an app where I can order?",  # ordering is asked, not looked at
        "Do you have a website where I can book a fitting?",
        "Can I see the frames on your website?",  # no question whether a thing exists
        "Where can I look at the dresses?",
        "Do you have a changing room?",
    ],
)
def test_other_sentences_stay_whole(sentence):
    assert looked_at(sentence) is None


def test_the_relative_where_asks_no_place():
    assert without_relative_where("Have you got a website where I can see the frames?") == (
        "Have you got a website on which I can see the frames?"
    )
    q = "Is there somewhere nearby where I can park?"
    assert without_relative_where(q) == q
