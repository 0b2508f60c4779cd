"""Store knowledge-base classes of stop 51 (issue 11), in phrasings written here.

- Whether two named things fit each other ("Can a USB4 cable go in a USB2 port?") is answered by
  the one sentence that names both and says whether they are interchangeable
  (``kb_interchange``); one named thing, a third one, or an ask about buying them is not.
- A condition that only restates the article's own subject ("... when I send it back?" of an
  article on returns) picks no rule of it: the caller's other words pick the part read
  (``kb_excerpt.answer_excerpt``).
- "info", "information" and "details" ask for information as such and name no subject
  (``kb_words.STOPWORDS``).

On a made-up cable-and-adapter shop; real SQLite.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_excerpt import answer_excerpt
from customario.escalation.kb_interchange import fit_sentence, named_things
from customario.escalation.knowledge import search

CAMPAIGN = "plug_and_play"
ARTICLES = """\
- question: Do Thunderbolt docks like the TB400 work with USB-C laptops?
  tags: [compatibility, dock, usb, thunderbolt, laptop, port, cable]
  answer: >-
    Thunderbolt docks such as the TB400 work with any laptop that has a USB4 port. Older laptops
    with only USB2 ports need the UA20 adapter. USB4 and USB2 plugs are not interchangeable.
- question: What guarantee do your products have?
  tags: [guarantee, faulty, broken, replace]
  answer: >-
    Every product carries the maker's guarantee (2 years for docks and 1 year for cables). Items
    that arrive broken are replaced by us within 10 days.
- question: How do returns and return slips work?
  tags: [returns, return, slip, free, post, back]
  answer: >-
    We text a free return slip for every accepted return. Wrap the item in its original carton, add
    the slip and hand it in at any post office within 10 days.
- question: How long does delivery take?
  tags: [delivery, shipping, post, days]
  answer: >-
    Orders placed before 1 pm leave the same day. Standard post takes 2 to 4 days.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Will a USB4 lead squeeze into a USB2 socket if I shove it?",
        "my cousin reckons usb2 and usb4 are the same plug, true?",
        "Is USB4 backwards compatible with USB2 ports?",
        "can you mix usb2 and usb4 kit on one hub",
    ],
)
def test_two_named_things_asked_to_fit_read_the_sentence_on_both(shop, question):
    result = search(shop, question, campaign=CAMPAIGN)
    assert result.confident
    assert result.best["excerpt"] == "USB4 and USB2 plugs are not interchangeable."


@pytest.mark.parametrize(
    "question",
    [
        "Is USB4 faster than USB2?",  # a comparison, not whether they fit
        "Can I swap my USB4 order for a USB2 one?",  # an exchange of what was ordered
        "Does a USB3 plug fit a USB4 port?",  # USB3 is in no sentence with USB4
        "Will the TB400 fit a USB2 port and a USB4 port?",  # three named things
        "Can I plug two USB4 cables into one dock?",  # one named thing
    ],
)
def test_other_asks_of_named_things_are_not_read_as_fitting(shop, question):
    result = search(shop, question, campaign=CAMPAIGN)
    assert not (result.confident and result.best["excerpt"] == "USB4 and USB2 plugs are not interchangeable.")


def test_named_things_are_model_names_not_amounts_or_ordinals():
    assert named_things("Can I put a DDR4 stick in a DDR5 slot at 2pm on the 14th for $500?") == ["ddr4", "ddr5"]
    assert named_things("does the 4090 take the 7800X3D") == ["4090", "7800x3d"]
    assert named_things("is 300 enough") == []


def test_fit_sentence_needs_one_sentence_that_says_whether_they_fit():
    articles = [{"id": 1, "answer": "USB4 and USB2 plugs differ in speed. USB4 ports charge faster than USB2."}]
    assert fit_sentence("Does USB4 fit in USB2?", articles) is None
    articles = [{"id": 2, "answer": "USB4 and USB2 plugs are not interchangeable."}]
    assert fit_sentence("Does USB4 fit in USB2?", articles) == (2, "USB4 and USB2 plugs are not interchangeable.")


def test_a_request_for_info_is_asked_of_the_word_beside_it(shop):
    result = search(shop, "guarantee info pls", campaign=CAMPAIGN)
    assert result.confident
    assert "2 years for docks" in result.best["excerpt"]


RETURNS = (
    "We text a free return slip for every accepted return. Wrap the item in its original carton, add the slip "
    "and hand it in at any post office within 10 days."
)


@pytest.mark.parametrize(
    "question",
    [
        "Do I need the original carton when I return it?",
        "If I return it, must it be in the original carton?",
    ],
)
def test_a_condition_restating_the_subject_picks_no_rule(question):
    part = answer_excerpt(
        RETURNS,
        ["original", "carton", "return"],
        "articles",
        None,
        None,
        "How do returns and return slips work?",
        question,
    )
    assert part.startswith("Wrap the item in its original carton")


def test_a_condition_of_another_word_still_picks_its_rule():
    part = answer_excerpt(
        RETURNS,
        ["slip", "accepted", "return"],
        "articles",
        None,
        None,
        "How do returns work?",
        "Do I get a slip if it's accepted?",
    )
    assert part.startswith("We text a free return slip")
