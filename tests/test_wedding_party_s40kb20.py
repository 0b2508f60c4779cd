"""A service named for one person is not the price for another person at the same occasion (issue 11,
helper kb20, stop 40; :mod:`customario.escalation.kb_party`), on a made-up makeup artist's and a
wedding barber's phrasings: the bride's makeup price is no answer for the mother of the bride or a
bridesmaid; the bride asking, or a question naming no one else, is answered."""

from __future__ import annotations

import pytest

from customario.escalation.kb_ages import outside_age_limit
from customario.escalation.kb_party import other_party, service_persons

MAKEUP = "Bridal makeup is $150 and takes about 90 minutes. Note: trial included."
SHAVE = "Groom's hot towel shave is $45 and takes about 40 minutes."


def test_the_person_a_service_is_for():
    assert service_persons(MAKEUP) == {"bride"}
    assert "groom" in service_persons(SHAVE)
    assert service_persons("Gel nails are $35 and take about 45 minutes.") == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "What does the makeup cost for the mother of the bride?",
        "how much would makeup be for the sister of the bride",
        "We're three bridesmaids, what's the makeup price each?",
        "Is the bridesmaid makeup the same price?",
    ],
)
def test_another_person_at_the_wedding(question):
    assert other_party(question, MAKEUP)
    assert outside_age_limit(question, MAKEUP)  # the search's check of the person a part is for


def test_another_person_at_the_grooms_side():
    assert other_party("How much is a shave for the father of the groom?", SHAVE)


@pytest.mark.parametrize(
    "question",
    [
        "How much is bridal makeup?",
        "I'm the bride, what do you charge for makeup?",
        "My sister is getting married, how much is the bridal makeup?",
        "makeup for the bride and her bridesmaids, what's the bride's price?",
        "how long does the bridal makeup take?",
    ],
)
def test_the_bride_or_no_one_else(question):
    assert other_party(question, MAKEUP) is None


def test_a_part_of_no_service_is_left_alone():
    assert other_party("a bridesmaid asks where to park", "Street parking is metered until 6 pm.") is None


def test_a_word_about_the_child_itself_is_no_other_person():
    cut = "Children's trim is $20 and takes about 20 minutes."
    # WordNet: "wriggler: one who can't stay still (especially a child)": a usage note, not another person.
    assert other_party("How long does a kid's trim take? He's a wriggler.", cut) is None
    assert other_party("price of a toddler's trim?", cut) is None  # a kind of child
    assert other_party("How much is a trim for the parent of the child?", cut)
