"""Salon profile and learned answers on a made-up grooming studio, in phrasings written here (issue
11). Classes of caller behaviour seen in kb blind48 and blind49 (development corpora):

- an act done "without paying" asks whether it costs: the fee part of a policy is read, not only its
  notice rule (kb_fact_kind), and "charged in full" states that price (kb_excerpt); a "penalty" is a
  charge and a "gratuity" a tip (kb_words);
- "X too, or just the Y ones?" asks of X what the article says of Y: a near miss (kb_likewise);
- the town a caller travels from ("driving over from Boulder") is their situation, no named thing the
  base lacks (kb_question.situation_words), and a story before a general ask does not cut the
  answer to one arbitrary part (kb_fact);
- a card network ("Amex", "Visa") is one of the major cards a payment policy accepts (kb_networks);
- a price asked of an act whose rule and charge are two clauses of one sentence reads the sentence
  (kb_act_price);
- the story in a learned question ("My scalp gets really dry") is no part of its subject
  (kb_near_miss.own_question).
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_act_price import act_and_charge
from customario.escalation.kb_articles import upsert_article
from customario.escalation.kb_near_miss import own_question
from customario.escalation.kb_networks import networks_as_major_cards
from customario.escalation.knowledge import search
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
parking: Street parking is free after 7 pm; the Pearl Street garage is two blocks north.
policies:
  payment: We take cash and all major cards, Apple Pay and Google Pay. Tips go on the card.
  cancellation: Please cancel at least 12 hours ahead; late cancellations are charged in full.
  consultation: Beard consultations are free and take about 10 minutes.
"""
)
CAMPAIGN = "juniper_grooming"


@pytest.fixture
def studio(db, tmp_path):
    return load_profile(db, tmp_path, PROFILE, CAMPAIGN)


@pytest.mark.parametrize(
    "question",
    [
        "my car broke down, can I cancel my 3 o'clock this afternoon without paying?",
        "can I cancel today's appointment without paying?",
        "If I reschedule a day ahead, is there a penalty?",
    ],
)
def test_cancelling_without_paying_reads_the_charge(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is not None and "charged in full" in answer


def test_a_gratuity_is_a_tip(studio):
    answer = said(studio, "Can I add the gratuity to my card payment?", CAMPAIGN)
    assert answer is not None and "Tips go on the card" in answer


@pytest.mark.parametrize(
    "question",
    [
        "Are haircut consultations free too, or just the beard ones?",
        "Is a colour consultation free or is it only for the beard one?",
    ],
)
def test_the_same_asked_of_another_thing_as_an_alternative_is_a_near_miss(studio, question):
    assert said(studio, question, CAMPAIGN) is None


def test_the_kept_thing_asked_alone_is_answered(studio):
    answer = said(studio, "Are beard consultations free?", CAMPAIGN)
    assert answer is not None and "free" in answer


@pytest.mark.parametrize(
    "question",
    [
        "I'll be driving over from Boulder. What's the parking like around you?",
        "We're coming down from Fort Collins. What's the parking like near you?",
    ],
)
def test_the_town_a_caller_travels_from_is_their_situation(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is not None and "garage" in answer and "Street parking" in answer


def test_a_place_asked_about_stays_named(studio):
    assert said(studio, "How far is the salon from Union Station?", CAMPAIGN) is None


def test_the_story_of_a_learned_question_is_not_its_subject(studio):
    question = "Do you do scalp massages? My neck gets so stiff after long shifts."
    assert own_question({"question": question, "source": "supervisor"}) == "Do you do scalp massages?"
    assert own_question({"question": question, "source": "profile"}) == question
    learned, _ = upsert_article(
        studio, question, "Yes, a 20-minute scalp massage is $25.", campaign=CAMPAIGN, source="supervisor", by="t"
    )
    result = search(studio, "How much is a scalp massage on its own?", campaign=CAMPAIGN)
    hit = next(h for h in result.hits if h["id"] == learned["id"])
    assert "near miss" not in (hit.get("refused") or "")


@pytest.mark.parametrize("question", ["Do you take Amex?", "can I pay by visa", "Do you accept American Express?"])
def test_a_card_network_is_a_major_card(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is not None and "all major cards" in answer


def test_a_network_is_read_as_written_when_a_policy_names_networks():
    named = [{"answer": "We accept Visa and Mastercard only."}]
    major = [{"answer": "We take cash and all major cards."}]
    assert networks_as_major_cards("Do you take Amex?", named) == "Do you take Amex?"
    assert networks_as_major_cards("Do you take Amex?", major) == "Do you take major card?"
    assert networks_as_major_cards("Do you sell gift cards?", major) == "Do you sell gift cards?"


def test_a_price_asked_of_an_act_reads_its_rule_and_charge():
    answer = "Please cancel at least 12 hours ahead; late cancellations are charged in full. Walk-ins welcome."
    rule = "Please cancel at least 12 hours ahead"
    whole = "Please cancel at least 12 hours ahead; late cancellations are charged in full."
    assert act_and_charge("can I move my booking without paying?", answer, rule) == whole
    assert act_and_charge("how much notice do you need?", answer, rule) is None
    assert act_and_charge("can I move my booking without paying?", answer, whole) is None
