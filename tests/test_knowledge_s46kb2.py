"""Classes of kb blind39/blind45-blind49 failures (6 December 2026), in phrasings written here, on a
made-up nail-and-brow studio's profile:

- one person of the team named in a question that does not ask who is answered from that
  person's own article, not from the team list (:func:`kb_order.person_over_team_list`);
- the length of a thing a service only includes ("how long does the trial take?") is not the
  service's length (:func:`kb_service.included_only_asked`), and the length of an appointment or
  session is not a lead time before it (:func:`kb_lag.other_duration`);
- a skin or allergy test is what a salon calls a patch test, tidying is trimming
  (:mod:`kb_phrases`), and "anybody" is a stop word like "anyone" (:mod:`kb_words`);
- a learned answer is found when the caller names its thing in other words: a school or college
  card is a student ID, the fourth Thursday in November is Thanksgiving, a stamped parking ticket
  is a validated one (:mod:`kb_phrases`).
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_articles import upsert_article
from customario.escalation.kb_lag import other_duration
from customario.escalation.kb_suggest import suggestion
from customario.escalation.knowledge import search
from tests.kb_profile_helpers import load_profile, said

PROFILE = """\
business:
  name: Maple Nail and Brow Bar
  phone: "+1 503 555 0131"
  email: hi@maplenails.example
  timezone: America/Los_Angeles
hours:
  mon: closed
  tue: "09:00-18:00"
  wed: "09:00-18:00"
  thu: "09:00-18:00"
  fri: "09:00-18:00"
  sat: "10:00-16:00"
  sun: closed
services:
  - {name: Classic manicure, price_cents: 3000, duration_min: 30}
  - {name: Brow tint, price_cents: 2500, duration_min: 20}
  - {name: Lash lift, price_cents: 7000, duration_min: 60, note: aftercare kit included}
  - {name: Wedding nails, price_cents: 12000, duration_min: 90, note: trial session included}
staff:
  - {name: Dana Cole, role: owner and nail artist, specialties: [nail art, gel extensions]}
  - {name: Omar Haddad, role: brow specialist, specialties: [brow lamination, tinting]}
  - {name: Theo Marsh, role: barber, specialties: [beard trims, fades]}
policies:
  tint: A patch test is needed 48 hours before a first tint.
"""
CAMPAIGN = "maple_nails"


@pytest.fixture
def studio(db, tmp_path):
    return load_profile(db, tmp_path, PROFILE, CAMPAIGN)


def test_one_person_named_is_answered_from_their_own_article(studio):
    answer = said(studio, "What kind of work does Omar do?", CAMPAIGN)
    assert answer and "brow lamination" in answer and "Dana" not in answer


def test_a_who_question_still_reads_the_team(studio):
    answer = said(studio, "Who works at the studio?", CAMPAIGN)
    assert answer and "Dana Cole" in answer and "Omar Haddad" in answer


def test_the_length_of_an_included_thing_is_not_the_services(studio):
    assert said(studio, "How long does the wedding trial take?", CAMPAIGN) is None


def test_the_services_own_length_still_answers(studio):
    answer = said(studio, "How long do wedding nails take?", CAMPAIGN)
    assert answer and "90 minutes" in answer


@pytest.mark.parametrize(
    "query, part, other",
    [
        (
            "How long does the patch test appointment take?",
            "A patch test is needed 48 hours before a first tint.",
            True,
        ),
        ("How long is the consultation session?", "Book it 2 days before your visit.", True),
        ("How far ahead do I need the patch test?", "A patch test is needed 48 hours before a first tint.", False),
        ("How long does the patch test appointment take?", "The patch test takes about 15 minutes.", False),
    ],
)
def test_an_appointments_length_is_not_a_lead_time(query, part, other):
    assert (other_duration(query, "policy", part) is not None) is other


@pytest.mark.parametrize(
    "question",
    [
        "Before my first brow tint, do I need some sort of skin check?",
        "Is an allergy test needed before a first tint?",
    ],
)
def test_a_skin_or_allergy_test_is_the_patch_test(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer and "48 hours" in answer


def test_tidying_up_is_trimming_and_anybody_is_no_word_of_the_ask(studio):
    answer = said(studio, "Does anybody there tidy up beards?", CAMPAIGN)
    assert answer and "Theo Marsh" in answer


def _learn(db, question: str, answer: str) -> int:
    article, _ = upsert_article(db, question, answer, campaign=CAMPAIGN, source="supervisor", by="test")
    return article["id"]


def _found(db, question: str, learned: int) -> bool:
    """The learned answer given, or offered for the caller's yes."""
    result = search(db, question, campaign=CAMPAIGN)
    offer = suggestion(result)
    return (result.confident and result.best["id"] == learned) or bool(offer and offer["article_id"] == learned)


@pytest.mark.parametrize(
    "question, learned_q, learned_a",
    [
        (
            "Do I get money off if I show my college card?",
            "Do you give students a discount?",
            "Yes, students with a valid student ID get 15% off any manicure on weekdays.",
        ),
        (
            "Are you open on the fourth Thursday in November?",
            "Are you open on Thanksgiving?",
            "We're closed on Thanksgiving Day and open as usual on the Friday after.",
        ),
        (
            "If I park in the lot behind you, will you stamp my ticket?",
            "Do you validate parking for the lot behind the studio?",
            "Sorry, we can't validate parking; the lot is paid by the customer.",
        ),
    ],
)
def test_a_learned_answer_is_found_in_the_callers_words_for_its_thing(studio, question, learned_q, learned_a):
    learned = _learn(studio, learned_q, learned_a)
    assert _found(studio, question, learned)


def test_a_stamp_card_is_no_parking_ticket(studio):
    learned = _learn(
        studio,
        "Do you validate parking for the lot behind the studio?",
        "Sorry, we can't validate parking; the lot is paid by the customer.",
    )
    result = search(studio, "Do you have a stamp card for regulars?", campaign=CAMPAIGN)
    assert not (result.confident and result.best["id"] == learned)
