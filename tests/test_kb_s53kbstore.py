"""Knowledge-base classes of stop 53 (store paraphrases only offered or escalated although the file
holds the answer), in the team's own phrasings: a preposition no article has ("still under
warranty") names nothing asked; a thing named only as the yardstick of a comparison ("like the
4090 does") is not a second thing whose relation the answer must state."""

from __future__ import annotations

import pytest

from customario.escalation.kb_likened import likened_names
from customario.escalation.kb_words import is_general
from customario.escalation.knowledge import search
from kb_profile_helpers import read_best as _read

STORE = "pc_store_support"


@pytest.mark.parametrize("word", ["under", "underneath", "beneath", "upon", "towards"])
def test_a_preposition_no_article_has_is_a_general_word(word):
    assert is_general(word, 0)
    assert not is_general(word, 2)  # a word some article has is matched as usual


@pytest.mark.parametrize("word", ["keyboard", "over", "via", "without", "since"])
def test_a_noun_or_a_preposition_that_carries_an_amount_channel_or_time_is_not_general(word):
    # "refunds over $500", "over a video call", "via email", "without the box", "since Monday"
    assert not is_general(word, 0)


@pytest.mark.parametrize(
    "question",
    [
        "My graphics card died after eighteen months, is it still under warranty?",
        "Is a graphics card that broke after two years under warranty?",
    ],
)
def test_under_warranty_reads_the_graphics_card_warranty(kb, question):
    r = search(kb, question, campaign=STORE)
    assert r.confident and "3 years for graphics cards" in _read(r), (r.best or {}).get("refused")


@pytest.mark.parametrize(
    ("question", "named", "likened"),
    [
        ("Does the 4060 want a huge PSU like the 4090?", ["4060", "4090"], {"4090"}),
        ("Is Intel DDR5 only, same as AMD?", ["intel", "ddr5", "amd"], {"amd"}),
        ("Unlike the 7800X3D, does the 7600X take DDR4?", ["7800x3d", "7600x", "ddr4"], {"7800x3d"}),
        # "like" as a verb compares nothing
        ("I'd like the 4090, what PSU with a 4060?", ["4090", "4060"], set()),
        ("We would like the 4090 and the 4060", ["4090", "4060"], set()),
        # a name said again outside the comparison is asked about too
        ("The 4090, does it need more than a 4060 like the 4090 Ti?", ["4090", "4060"], set()),
        # nothing would be left to read
        ("Something like the 4090?", ["4090"], set()),
    ],
)
def test_likened_names(question, named, likened):
    assert likened_names(question, named) == likened


def test_a_card_asked_like_another_reads_its_own_wattage(kb):
    r = search(kb, "Does the RTX 4060 need a massive power supply like the 4090 does?", campaign=STORE)
    assert r.confident and "550 W" in _read(r), (r.best or {}).get("refused")


def test_intel_asked_like_amd_reads_the_intel_sentence(kb):
    r = search(kb, "Are Intel 14th generation chips DDR5 only, like AMD?", campaign=STORE)
    assert r.confident and "depending on the motherboard" in _read(r), (r.best or {}).get("refused")


def test_a_connector_asked_of_another_card_still_escalates(kb):
    # The 16-pin connector is stated for the 4090 only: no answer for the 4070 Super.
    r = search(kb, "Does the 4070 Super take the 16-pin plug like the 4090?", campaign=STORE)
    assert not r.confident


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("how long 2 get my money back", "how long to get my money back"),
        ("what do i need 4 return a card", "what do i need for return a card"),
        ("hw do i send it back", "how do i send it back"),
        ("wat time do u ship", "what time do u ship"),
        # counts, times and compound sizes stay digits
        ("I bought 2 fans and 4 sticks", "I bought 2 fans and 4 sticks"),
        ("a 4 pin plug", "a 4 pin plug"),
        ("is there 2 day shipping", "is there 2 day shipping"),
        ("order by 2 pm", "order by 2 pm"),
        ("the RTX 4060 needs 550 W", "the RTX 4060 needs 550 W"),
    ],
)
def test_texting_words(said, read):
    from customario.escalation.kb_texting import texting_words

    assert texting_words(said) == read


def test_a_texted_how_many_days_reads_the_days_to_drop_the_return(kb):
    r = search(kb, "hw many days after the label comes 2 send my return back", campaign=STORE)
    assert r.confident and "14 days" in _read(r), _read(r)


def test_a_texted_2_before_a_place_is_to():
    from customario.escalation.kb_texting import texting_words

    assert texting_words("hw long does shipping take 2 ohio") == "how long does shipping take to ohio"
