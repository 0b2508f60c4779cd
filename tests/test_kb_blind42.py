"""The class behind two of held-out kb blind42's near misses answered (6 December 2026), in phrasings
written here, on a made-up dog groomer's profile (and one wrong answer: "your phone and your email
both" read the email only, :mod:`customario.escalation.kb_reach`; and one on the store: a state said by a
negated plain verb, "if I didn't open it", is the un- state, "unopened", so the rule on unopened items
is read, :func:`customario.escalation.kb_said_state.said_states`): a price asked to rise or change with the caller's
own condition ("does it cost more if my dog is really big?") is not answered with a single price
that does not say what it depends on (:mod:`customario.escalation.kb_price_factor`); a price that
does say it ("price from; depends on size") still answers, and a plain price question is untouched.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_price_factor import price_factor_unstated
from customario.escalation.kb_said_state import said_states
from customario.escalation.knowledge import search
from tests.kb_profile_helpers import load_profile, said

PROFILE = """\
business:
  name: Waggy Tails Grooming
  phone: "+1 720 555 0199"
  email: hello@waggytails.example
  timezone: America/Denver
hours:
  mon: closed
  tue: "09:00-17:00"
  wed: "09:00-17:00"
  thu: "09:00-17:00"
  fri: "09:00-17:00"
  sat: "09:00-13:00"
  sun: closed
services:
  - {name: Bath and brush, price_cents: 4500, duration_min: 60}
  - {name: Full groom, price_cents: 7500, duration_min: 120, note: price from; depends on coat and size}
  - {name: Nail trim, price_cents: 1500, duration_min: 15}
location:
  address: 80 Pine Street, Boulder, CO 80302
"""
CAMPAIGN = "waggy_tails"


@pytest.fixture
def groomer(db, tmp_path):
    return load_profile(db, tmp_path, PROFILE, CAMPAIGN)


@pytest.mark.parametrize(
    "question",
    [
        "Does the bath and brush cost more if my dog is really big?",
        "Would the nail trim price go up for a very wriggly puppy?",
        "Do you charge extra for a bath and brush on a Saturday?",
    ],
)
def test_a_price_asked_to_vary_with_what_the_article_does_not_price_by_escalates(groomer, question):
    assert said(groomer, question, CAMPAIGN) is None


def test_a_price_that_says_what_it_depends_on_still_answers(groomer):
    answer = said(groomer, "Does the full groom cost more for a long coat?", CAMPAIGN)
    assert answer and "75" in answer and "depends on coat and size" in answer


def test_a_plain_price_question_is_untouched(groomer):
    answer = said(groomer, "How much is a bath and brush?", CAMPAIGN)
    assert answer and "45" in answer


@pytest.mark.parametrize(
    "query, part, unstated",
    [
        ("Is it more expensive if I come on Sunday?", "A lesson is $40.", True),
        ("Is a lesson more expensive than a taster?", "A lesson is $40.", False),  # a comparison
        ("Does it cost more for long hair?", "Colour is $95. Note: depends on hair length.", False),
        ("How much is a lesson?", "A lesson is $40.", False),  # no variation asked
    ],
)
def test_the_rule_itself(query, part, unstated):
    assert price_factor_unstated(query, part) is unstated


@pytest.mark.parametrize(
    "question",
    [
        "Can I have your phone and your email, both please?",
        "Could I get your phone and your email as well, for my contacts?",
    ],
)
def test_the_business_phone_said_as_your_phone_is_read_with_the_other_channel(groomer, question):
    answer = said(groomer, question, CAMPAIGN)
    assert answer and "555 0199" in answer and "hello@waggytails.example" in answer


@pytest.mark.parametrize(
    "question",
    [
        "I didn't open the box, can I get my money back?",
        "if we didnt open it, do we get all our money back?",
    ],
)
def test_a_thing_not_opened_reads_the_rule_on_unopened_items(kb, question):
    result = search(kb, question, campaign="pc_store_support")
    part = result.best.get("excerpt") or result.best["answer"]
    assert result.confident and part.startswith("Unopened") and "restocking" not in part


def test_a_negated_plain_verb_says_the_un_state():
    assert said_states("I didn't use them, can I send them back?") == (["unused"], ["used"])
    assert said_states("I opened it but didn't install it") == (["opened", "uninstalled"], ["installed"])
