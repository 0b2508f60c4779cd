"""The ask and the story of a caller's turn (issue 11, item 6): story words no article has do not
sink the answer to the question asked, and near misses told after a story are still refused.
Phrasings are our own, not the corpora's."""

import pytest

from customario.escalation.kb_ask import split_ask, story_terms
from customario.escalation.knowledge import search

SALON, STORE = "salon_reception", "pc_store_support"


@pytest.mark.parametrize(
    "turn, ask, story",
    [
        (
            "My cousin helped me wire it all up on Sunday, does the RTX 4060 need a big power supply?",
            "does the RTX 4060 need a big power supply?",
            "My cousin helped me wire it all up on Sunday",
        ),
        (
            "We just moved in. Where can I park?",
            "Where can I park?",
            "We just moved in",
        ),
        # A clause without a person in it names what is asked: it stays with the ask.
        ("SSD warranty, how many years?", "SSD warranty, how many years?", ""),
        # A condition before the question is part of it.
        ("If I order tonight, when will it ship?", "If I order tonight, when will it ship?", ""),
        # An ask that points back at the story needs it: the turn is read whole.
        ("I want my hair silver, who does that?", "I want my hair silver, who does that?", ""),
        # No question shape at all: a keyword query is all ask.
        ("parking??", "parking??", ""),
        ("psu for a 4060", "psu for a 4060", ""),
    ],
)
def test_a_turn_is_cut_into_the_ask_and_the_story(turn, ask, story):
    assert split_ask(turn) == (ask, story)


def test_story_terms_are_only_those_the_ask_lacks():
    turn = "My cousin helped me wire it all up, does the 4060 need a big power supply?"
    assert story_terms(turn, ["cousin", "helped", "wire", "4060", "power", "supply"]) == {"cousin", "helped", "wire"}
    # An ask with no word that can name the subject ("how long?") leaves the whole turn to count.
    assert (
        story_terms(
            "SSD warranty for my build. How long?", ["ssd", "warranty", "build", "long"], None, lambda t: t != "long"
        )
        == set()
    )


@pytest.mark.parametrize(
    "campaign, question, fact",
    [
        (
            STORE,
            "We moved house last month and my brother helped me set everything up, what power supply does the RTX 4060 need?",
            "550 W",
        ),
        (
            STORE,
            "The card I ordered came yesterday and I never opened it, how many days do I have to return it?",
            "30 days",
        ),
        (
            SALON,
            "My sister is visiting from out of town this weekend and she wants to come along, what time do you open on Saturday?",
            "9 am",
        ),
    ],
)
def test_a_question_told_after_a_story_is_answered(kb, campaign, question, fact):
    result = search(kb, question, campaign=campaign)
    assert result.confident, result.best
    assert fact in result.best["excerpt"]


@pytest.mark.parametrize(
    "campaign, question",
    [
        # No article states a restocking fee for monitors or keyboards, a 5090's supply or lashes.
        (STORE, "My nephew found a great deal on a monitor, what is the restocking fee on it?"),
        (STORE, "I bought a keyboard last week, what is the restocking fee on keyboards?"),
        (STORE, "My friend just got an RTX 5090, what power supply does it need?"),
        (STORE, "I took my old build apart last night, do you offer extended warranties?"),
        (SALON, "My mum is turning sixty next week, do you do eyelash extensions?"),
    ],
)
def test_a_near_miss_told_after_a_story_is_still_refused(kb, campaign, question):
    assert not search(kb, question, campaign=campaign).confident


@pytest.mark.parametrize(
    "question, fact",
    [
        ("My SSD stopped working, how many years is an SSD protected by the warranty?", "5 years"),
        ("Does a Ryzen 7600X take DDR4 memory sticks?", "DDR5 memory only"),
    ],
)
def test_an_unsure_match_nearest_in_meaning_to_the_ask_is_answered(kb, question, fact):
    # Held back only as a possible near miss on words no article has ("protected", "sticks"): the ask
    # is nearest in meaning to the article, so it answers (kb_ask.answer_in_meaning). ("covered by
    # the warranty" is now a warranty word itself, kb_phrases: answered by the lexical search.)
    result = search(kb, question, campaign=STORE)
    assert result.confident and result.best["lexical_confidence"] < result.threshold
    assert result.best["ask_similarity"] >= 0.6
    assert fact in result.best["excerpt"]


@pytest.mark.parametrize(
    "question",
    [
        "Do you offer extended warranties on graphics cards?",  # unsure, but not near enough in meaning
        "What's the restocking fee on a keyboard?",
        "Does a Ryzen 5600X take DDR5 memory sticks?",  # a named thing no article has: never lifted
        "Which courier do you use for shipping to Alaska?",
    ],
)
def test_near_misses_are_not_answered_by_meaning(kb, question):
    result = search(kb, question, campaign=STORE)
    assert not result.confident
    assert "lexical_confidence" not in result.best
