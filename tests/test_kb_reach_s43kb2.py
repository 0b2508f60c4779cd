"""The business's own phone number, email or website asked in other forms (kb_reach), on a made-up
grooming studio and in phrasings written here. Class of caller behaviour seen in kb blind40 and
blind43 (development corpora) and older ones: the channel asked with "read me", "can I have", "write
down", a text spelling ("wat's ur number"), the salon's own possessive ("the studio's number"), a
web *page*, the channel alone ("e-mail address please, ..."), "where do I send an e-mail", two
channels at once; with the near misses beside it that must not be answered: someone's own number,
a number of things, an action through a channel."""

from __future__ import annotations

import pytest

from customario.escalation.kb_reach import _channel_said
from tests.kb_profile_helpers import load_profile, said

PROFILE = """\
business:
  name: Juniper Grooming Studio
  phone: "+1 303 555 0177"
  email: desk@junipergrooming.example
  website: https://junipergrooming.example
hours:
  tue: "09:00-17:00"
staff:
  - {name: Dana Whitfield, role: owner and barber, specialties: [scissor cuts]}
services:
  - {name: Buzz cut, price_cents: 2500, duration_min: 20}
"""
CAMPAIGN = "juniper_grooming"
PHONE, EMAIL, WEB = "303 555 0177", "desk@junipergrooming.example", "junipergrooming.example"


@pytest.fixture
def studio(db, tmp_path):
    return load_profile(db, tmp_path, PROFILE, CAMPAIGN)


@pytest.mark.parametrize(
    "question, fact",
    [
        ("Would you read me your phone number, nice and slow? I'm finding a pen.", PHONE),
        ("wat's ur number, my phone wiped all my contacts", PHONE),
        ("What's the studio's number? I'll put it on the fridge.", PHONE),
        ("could u remind me of ur number", PHONE),
        ("Let me write down your telephone number for my husband.", PHONE),
        ("e-mail address please, I want to send a picture of the cut", EMAIL),
        ("Where can I send an email to you? I'm better at writing than talking.", EMAIL),
        ("Is there a web page where I can see pictures of your work?", WEB),
        ("What email should I use to send the photo?", EMAIL),
    ],
)
def test_the_businesss_channel_asked_in_other_forms_is_answered(studio, question, fact):
    answer = said(studio, question, CAMPAIGN)
    assert answer and fact in answer


def test_two_channels_asked_at_once_are_both_read(studio):
    answer = said(studio, "Could I get both your telephone number and your e-mail for my son?", CAMPAIGN)
    assert answer and PHONE in answer and EMAIL in answer


def test_one_channel_asked_reads_only_that_channel():
    answer = "You can reach Acme by phone +1 303 555 0177, email desk@acme.example, website https://acme.example."
    assert _channel_said("I'd sooner write than call. Where do I send an e-mail?", answer) == (
        "Our email address is desk@acme.example."
    )
    assert _channel_said("your number and your website, please", answer) == (
        "Our phone number is +1 303 555 0177 and our website is https://acme.example."
    )


@pytest.mark.parametrize(
    "question",
    [
        "What's Dana's direct number? I'd rather text her.",  # someone's own number
        "Can I book a buzz cut by e-mail?",  # an action through a channel (kb_channel)
        "Email, can I cancel a booking that way?",  # the channel alone, then another ask
        "what's the number of barbers working on a Tuesday?",  # a number of things
    ],
)
def test_someones_number_an_action_or_a_count_is_not_the_channel(studio, question):
    answer = said(studio, question, CAMPAIGN)
    assert answer is None or (EMAIL not in answer and "Our phone number" not in answer)
