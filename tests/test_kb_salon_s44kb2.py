"""Salon profile questions of kb blind39 to blind43 read as classes, on a made-up grooming studio in
another zone and in phrasings written here (issue 11):

- two asks that meet one article read each ask's part (kb_two_asks.read_each_part);
- a second ask answered by another article added to the first's part (kb_two_asks.add_other_half);
- a who-ask is not said by a part that names nobody (kb_two_asks: the half answer held back);
- a channel of contact the profile does not list (kb_channel.channel_not_listed);

each with the questions beside it that must keep their answer."""

from __future__ import annotations

import pytest

from customario.escalation.kb_channel import channel_not_listed
from customario.escalation.kb_service import asks_duration
from customario.escalation.kb_likewise import booking_cutoff_asked, exception_asked, likewise_other_thing
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
  - {name: Kids' cut, price_cents: 1800, duration_min: 20, note: for children under 10}
staff:
  - {name: Ada Brennan, role: owner and barber, specialties: [hot towel shaves, beard sculpting]}
  - {name: Tomas Reid, role: junior barber, specialties: [kids' cuts, buzz cuts]}
location:
  address: 410 Juniper Avenue, Denver, CO 80203
  directions: Across from the library, one block from the Colfax light rail stop.
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


# --- two asks, one article: each ask's part ------------------------------------------------------


def test_two_asks_of_the_location_read_the_address_and_the_directions(studio):
    answer = said(studio, "What's your exact address, and is the light rail near?", CAMPAIGN)
    assert answer and "410 Juniper Avenue" in answer and "Colfax" in answer


# --- the second ask answered by another article --------------------------------------------------


def test_a_price_and_the_person_for_it_read_both_parts(studio):
    answer = said(studio, "My dad wants a hot towel shave — what's the cost, and who's best for that?", CAMPAIGN)
    assert answer is None or ("$38" in answer and "Ada Brennan" in answer)


def test_a_sure_ask_the_days_part_answers_adds_no_other_article(studio):
    answer = said(studio, "Saturday — what time do the doors open and when do they close?", CAMPAIGN)
    assert answer and "8 am" in answer and "Tuesday" not in answer


# --- a who-ask needs a person ---------------------------------------------------------------------


def test_who_and_how_much_is_not_answered_by_the_price_alone(studio):
    answer = said(studio, "Who would cut my little girl's hair, and how much would it be?", CAMPAIGN)
    assert answer is None or "Tomas Reid" in answer


# --- a channel the profile does not list ---------------------------------------------------------


@pytest.mark.parametrize("question", ["What's your fax number?", "do you have a pager number", "what's your telegram"])
def test_a_channel_the_profile_does_not_list_is_not_the_phone(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is None or "555 0177" not in answer


@pytest.mark.parametrize("question", ["What's your phone number?", "what number do I call you on?"])
def test_the_phone_asked_still_reads_the_phone(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer and "555 0177" in answer


def test_a_channel_the_list_names_is_answered():
    assert channel_not_listed("what's your fax?", "Call us on 555 0100, fax 555 0101.") is None
    assert channel_not_listed("what's your fax?", "Call us on 555 0100.")


# --- the last booking of a day; the same asked of another thing (kb_likewise) --------------------


@pytest.mark.parametrize(
    "question",
    ["What's the last appointment you'd give me on a Saturday?", "latest booking slot on tuesday?"],
)
def test_the_last_booking_is_not_the_closing_time(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is None or "2 pm" not in answer and "5 pm" not in answer


def test_the_closing_time_asked_is_still_answered(studio):
    answer = said(studio, "What time do you close on Saturday?", CAMPAIGN)
    assert answer and "2 pm" in answer


def test_a_cutoff_the_article_states_is_not_held_back():
    assert booking_cutoff_asked("last appointment on a Friday?", "Last booking is an hour before closing.") is None
    assert booking_cutoff_asked("last appointment on a Friday?", "On Fridays we are open 10 am to 8 pm.")


def test_the_same_asked_of_another_thing_is_not_the_things_answer():
    article = "Beard consultations are free and take 10 minutes."
    assert likewise_other_thing("Is the shave consultation free, like the beard one?", article)
    assert likewise_other_thing("Are beard consultations free?", article) is None
    assert likewise_other_thing("Is the consultation free like the beard one?", article) is None


def test_the_same_asked_of_another_service_is_not_answered(studio):
    answer = said(studio, "Is the kids' cut cancellation rule the same, like the shave one?", CAMPAIGN)
    assert answer is None or "12 hours" in answer


# --- an exception asked: illness, a waiver, an opening on request (kb_likewise) ------------------


@pytest.mark.parametrize(
    "question",
    [
        "If my son is ill, do you still charge for a no-show?",
        "Is the no-show charge waived for a family emergency?",
        "Would you open on a Monday for a stag party if we booked a month ahead?",
    ],
)
def test_an_exception_asked_is_not_answered_with_the_rule(studio, question):
    assert said(studio, question, CAMPAIGN) is None


def test_the_rule_asked_plainly_is_still_answered(studio):
    assert "12 hours" in (said(studio, "What's your cancellation policy?", CAMPAIGN) or "")
    assert "closed" in (said(studio, "Are you open on Mondays?", CAMPAIGN) or "").lower()


def test_an_illness_the_article_speaks_of_is_answered():
    assert exception_asked("do you still charge if I'm sick?", "No charge if you are ill, just call us.") is None
    assert exception_asked("do you still charge if I'm sick?", "No-shows are charged in full.")


# --- a texted possessive is not a plural asking the list (kb_hits) -------------------------------


def test_the_kids_cut_age_reads_the_kids_cut(studio):
    answer = said(studio, "up to what age is the kids cut", CAMPAIGN)
    assert answer is None or "under 10" in answer


# --- "while I'm in the chair" asks no time (kb_service.asks_duration) ----------------------------


@pytest.mark.parametrize(
    "question",
    ["Can I charge my phone while I'm in the chair for a shave?", "Is there tea while I'm in the chair?"],
)
def test_a_time_frame_of_the_callers_is_no_duration_asked(question):
    assert not asks_duration(question)


@pytest.mark.parametrize("question", ["How long will I be in the chair for a shave?", "how long is a buzz cut"])
def test_a_duration_asked_is_still_one(question):
    assert asks_duration(question)


def test_wifi_while_in_the_chair_is_not_the_shaves_time(studio):
    answer = said(studio, "Can I get online on my tablet while I'm in the chair for my hot towel shave?", CAMPAIGN)
    assert answer is None or "45 minutes" not in answer


# --- a child's age asked of an adult service (kb_ages.adult_service_for_child) -------------------


@pytest.mark.parametrize(
    "question", ["How much is a hot towel shave for a seven-year-old?", "what's a buzz cut cost for my 6 year old"]
)
def test_a_childs_age_is_not_given_the_adult_price(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is None or ("$38" not in answer and "$25" not in answer)


def test_an_adults_or_a_childs_service_is_still_priced(studio):
    assert "$18" in (said(studio, "How much is a kids' cut for my 7 year old?", CAMPAIGN) or "$18")
    assert "$38" in (said(studio, "How much is a hot towel shave?", CAMPAIGN) or "")
