"""Profile questions the business profile answers that escalated or waited for a yes, on a made-up
grooming studio in another zone and in phrasings written here (issue 11). Classes of caller
behaviour seen in kb blind40, blind41, blind43 and older development corpora:

- paying with a phone ("can I pay with my phone", "the wallet on my phone", "tap to pay") while the
  payment policy names Apple Pay and Google Pay, not the phone (kb_wallet);
- the building's number asked ("what number on Juniper are you?", "street number for the cab")
  (kb_location.answer_street_number_asked);
- the zone of the hours asked while the caller names where they are ("I'm calling from Boston, is
  that my time or yours?") (kb_zone.answer_zone_asked);

each with the near misses beside it that must not be answered."""

from __future__ import annotations

import pytest

from customario.escalation.kb_location import answer_street_number_asked
from customario.escalation.kb_wallet import answer_wallet_asked, wallet_sentence
from customario.escalation.kb_zone import answer_zone_asked
from tests.kb_profile_helpers import JUNIPER_BUSINESS, load_profile, said

PROFILE = (
    JUNIPER_BUSINESS
    + """\
hours:
  mon: closed
  tue: "09:00-17:00"
  sat: "08:00-14:00"
services:
  - {name: Buzz cut, price_cents: 2500, duration_min: 20}
  - {name: Hot towel shave, price_cents: 3800, duration_min: 45}
location:
  address: 410 Juniper Avenue, Denver, CO 80203
  directions: Across from the library, one block from Colfax station.
parking: There is a free customer lot behind the building.
policies:
  payment: We take cards and cash, Apple Pay and Google Pay. Tips go on the card.
  cancellation: Please cancel at least 12 hours ahead; no-shows are charged in full.
"""
)
CAMPAIGN = "juniper_grooming"


@pytest.fixture
def studio(db, tmp_path):
    return load_profile(db, tmp_path, PROFILE, CAMPAIGN)


# --- paying with a phone (kb_wallet) ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "could I just pay using my phone?",
        "My card is at home, all I have is the wallet on my phone. Is that all right?",
        "tap to pay ok at yours?",
        "I usually pay with my watch, can I do that there?",
    ],
)
def test_paying_with_a_phone_reads_the_wallets_the_policy_names(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer and "Apple Pay" in answer and "Tips" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "Can I pay with Venmo on my phone?",  # a wallet no article names
        "Can I pay over the phone to hold my slot?",  # a card read out on a call
        "What's your phone number?",
    ],
)
def test_another_wallet_or_paying_over_the_phone_is_not_the_wallets(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is None or "Apple Pay" not in answer


def test_the_wallet_sentence_is_the_one_naming_a_wallet():
    assert wallet_sentence("Cash only at the bar. Card, Apple Pay or Google Pay at the desk.") == (
        "Card, Apple Pay or Google Pay at the desk."
    )
    assert wallet_sentence("We take cash and cards.") is None


def test_a_confident_answer_or_no_wallet_article_changes_nothing():
    confident = [{"id": 1, "answer": "Apple Pay is fine.", "confidence": 0.9}]
    answer_wallet_asked("can I pay with my phone?", confident, [], 0.6)
    assert confident[0]["confidence"] == 0.9 and "excerpt" not in confident[0]
    hits = [{"id": 2, "answer": "We take cash.", "confidence": 0.3}]
    answer_wallet_asked("can I pay with my phone?", hits, hits, 0.6)
    assert hits[0]["confidence"] == 0.3


# --- the building's number (kb_location) -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What number on Juniper are you? The cab driver is asking.",
        "street number please, I'm typing it into my phone's map",
        "which building number is the studio?",
        "Could you tell me the house number and the street?",
    ],
)
def test_the_buildings_number_reads_the_address(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer and "410 Juniper Avenue" in answer and "library" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "What number on Elm Road are you?",  # a street the business is not on
        "What number do I ring to book?",  # a phone number
    ],
)
def test_another_street_or_a_phone_number_is_not_the_address(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is None or "410 Juniper Avenue" not in answer


def test_no_address_sentence_changes_nothing():
    hits = [{"id": 1, "answer": "Across from the library.", "confidence": 0.2}]
    answer_street_number_asked("what's the street number?", hits, hits, 0.6)
    assert hits[0]["confidence"] == 0.2


# --- the zone of the hours (kb_zone) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm calling from Boston. Are your hours in my time or yours?",
        "Which time zone are your hours in? I'm booking from Honolulu.",
        "Those hours, they are Denver hour or Chicago hour?",
        "Are those hours in Eastern time? I live in Miami.",
    ],
)
def test_the_zone_asked_with_the_callers_place_reads_the_zone(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer and "Mountain" in answer and "America/Denver" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "Do your barbers work full time or part time?",
        "Is it quicker at lunch time or dinner time?",
    ],
)
def test_times_of_day_or_work_are_no_zone(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is None or "Mountain" not in answer


def test_no_zone_sentence_changes_nothing():
    hits = [{"id": 1, "answer": "We are open Tuesday 9 am to 5 pm.", "confidence": 0.3}]
    answer_zone_asked("which time zone are you in?", hits, hits, 0.6)
    assert hits[0]["confidence"] == 0.3
