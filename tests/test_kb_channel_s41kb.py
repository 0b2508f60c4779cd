"""An action asked through a channel ("Can I book online?") is not answered by the list of ways
to reach the business (issue 11, :mod:`customario.escalation.kb_channel`); a way of reaching it
("Can I email you?") still is. Phrasings are our own, not the corpora's."""

from __future__ import annotations

import pytest

from customario.escalation.kb_channel import action_through_channel, service_elsewhere
from customario.escalation.knowledge import search

CONTACT = (
    "How can I contact Bright Nails? You can reach Bright Nails by phone +1 212 555 0100, "
    "email hi@brightnails.example, website https://brightnails.example."
)


@pytest.mark.parametrize(
    "question",
    [
        "Could we reserve a pedicure on your website?",
        "is it possible to reschedule by email?",
        "Do you take online payments?",
        "Am I able to cancel through the app?",
    ],
)
def test_an_action_through_a_channel_is_a_near_miss(question):
    assert action_through_channel(question, CONTACT)


@pytest.mark.parametrize(
    "question",
    [
        "Can I email you a picture of the nails I like?",
        "Could I reach someone by phone after six?",
        "What's your website?",
        "Can I reserve a pedicure for Friday?",  # no channel named: not this check's business
    ],
)
def test_reaching_the_business_is_not(question):
    assert action_through_channel(question, CONTACT) is None


def test_the_salon_does_not_answer_online_booking_with_its_website(kb):
    for question in ("Can I make a booking online?", "could we book an appointment on the internet"):
        result = search(kb, question, campaign="salon_reception")
        assert not result.confident, question
    result = search(kb, "What's the salon's website?", campaign="salon_reception")
    assert result.confident and "lunahair.example" in result.best["excerpt"]


@pytest.mark.parametrize(
    "question",
    [
        "Could your nail tech come out to our office party?",
        "does anyone do home visits? my dad can't get out",
        "Would Mia travel up to the lodge's wedding reception?",
    ],
)
def test_a_service_away_from_the_premises_is_a_near_miss(question):
    assert service_elsewhere(question, "Gel manicure is $45 and takes about 45 minutes.")


@pytest.mark.parametrize(
    "question, article",
    [
        ("Can I come to the studio on Sunday?", "We are open Sunday 10 am to 4 pm."),
        ("how fast would express get to my hotel?", "Express shipping takes 1 to 2 business days."),
        ("Do you do house calls?", "Our mobile team does house calls within 10 miles for $30 extra."),
    ],
)
def test_the_premises_or_an_article_on_visits_is_not(question, article):
    assert service_elsewhere(question, article) is None


def test_the_salon_does_not_offer_a_stylist_for_a_visit(kb):
    result = search(kb, "Would Marcus come over to my flat to trim my beard?", campaign="salon_reception")
    assert not result.confident and result.best.get("refused", "").startswith("near miss")
