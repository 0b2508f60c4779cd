"""Which sentence of an article is read when the caller names things (issue 11): the sentence naming
the thing that sets it apart, alternatives the caller offers, a name opening the question.
Phrasings are our own, not the corpora's."""

import pytest

from customario.escalation.kb_excerpt import answer_excerpt, either_or, naming_most
from customario.escalation.kb_question import named_things
from customario.escalation.knowledge import search

STORE = "pc_store_support"
MEMORY = (
    "Socket A boards such as the Alto 3 take XRAM 2 only. Socket B boards take XRAM 1 or XRAM 2 "
    "depending on the chipset. XRAM 1 and XRAM 2 sticks do not fit each other's slots."
)


@pytest.mark.parametrize(
    "question",
    [
        "DDR4 in an AM5 motherboard?",
        "can an AM5 mobo take DDR4 sticks",
        "will my ddr4 kit go in an am5 board",
    ],
)
def test_the_sentence_naming_the_platform_asked_is_read_not_the_intel_one(kb, question):
    r = search(kb, question, campaign=STORE)  # answered, or the part read after a yes
    assert r.best["id"] == r.hits[0]["id"] and "AM5" in r.best["excerpt"] and "DDR5 memory only" in r.best["excerpt"]
    assert "Intel" not in r.best["excerpt"]
    assert search(kb, "DDR4 in an AM5 motherboard?", campaign=STORE).confident


def test_the_intel_sentence_is_still_read_for_an_intel_question(kb):
    r = search(kb, "does a 14th gen Intel chip run DDR4?", campaign=STORE)
    assert r.confident and "Intel 14th generation" in r.best["excerpt"] and "AM5" not in r.best["excerpt"]


def test_naming_most_prefers_the_thing_fewest_sentences_name():
    sentences = [
        "Socket A boards such as the Alto 3 take XRAM 2 only.",
        "Socket B boards take XRAM 1 or XRAM 2 depending on the chipset.",
        "XRAM 1 and XRAM 2 sticks do not fit each other's slots.",
    ]
    # "a" is in one sentence, "xram" in all three: the one naming "a" sets itself apart.
    assert naming_most(sentences, ["xram", "a"]) == {sentences[0]}
    assert naming_most(sentences, []) == set(sentences)
    assert naming_most(sentences, ["zzz"]) == set(sentences)


def test_alternatives_the_caller_offers_need_only_one_of_them():
    assert either_or("is the Alto 3 xram1 or xram2?", ["alto", "xram1", "xram2"]) == [
        ["alto"],
        ["xram1", "xram2"],
    ]
    assert either_or("is it xram1 or only xram2", ["xram1", "xram2"]) == [["xram1", "xram2"]]
    # "and" asks for both: each must be named.
    assert either_or("does it take xram1 and xram2", ["xram1", "xram2"]) == [["xram1"], ["xram2"]]
    answer = "Socket B boards take XRAM1 or XRAM2. The Alto 3 takes XRAM2."
    assert answer_excerpt(
        answer, ["alto", "3", "xram1", "xram2"], "articles", query="Is the Alto 3 XRAM1 or XRAM2?"
    ) == ("The Alto 3 takes XRAM2.")
    # Without the "or" the caller asks about both together, and no sentence relates them.
    assert (
        answer_excerpt(answer, ["alto", "xram1"], "articles", named=["alto", "xram1"], query="Alto with XRAM1") is None
    )


def test_a_board_asked_either_way_reads_the_board_sentence(kb):
    r = search(kb, "the z790 tomahawk, ddr4 or ddr5?", campaign=STORE)
    assert r.confident and r.best["excerpt"] == "The MSI Z790 Tomahawk takes DDR5."
    # A board no article names stays unanswered even with the alternatives.
    assert not search(kb, "the B650 Steel Legend, ddr4 or ddr5?", campaign=STORE).confident


def test_two_names_opening_a_question_are_named_things():
    assert named_things("Intel or AMD, which takes DDR4?")[:2] == ["intel", "amd"]
    assert "where" not in named_things("Where or When is fine")  # a question word is not a name
    assert "can" not in named_things("Can I return it?")


def test_a_word_opening_a_later_sentence_is_not_a_name():
    assert named_things("My card draws 300 W. Besides that, any special cable?") == []
    assert named_things("Is 850 W plenty? Sounds like a lot.") == []
    assert named_things("quick one. Is Marcus in today?") == ["marcus"]  # a name inside the sentence stays


def test_a_question_with_a_capitalised_afterthought_is_still_answered(kb):
    r = search(kb, "What wattage does the RTX 4060 need? Asking for my nephew.", campaign=STORE)
    assert r.confident and "550 W" in r.best["excerpt"]
