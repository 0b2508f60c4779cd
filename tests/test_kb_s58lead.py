"""Knowledge-base near misses of stop 58, in phrasings written here (kb blind70 and the deposit near
misses most corpora carry): a question about a deposit or a promotion asked of a service whose
article states neither is escalated, not answered with the service's price
(``kb_unstated.deposit_unstated``, ``kb_unstated.promotion_unstated``). The plain price, "do you
offer X?" (the verb) and "what's the deal with ...?" (the idiom) are answered as before.

A service word sounded out with hyphens or misspelt by two letters is read as the one article word
it is that close to (``kb_spoken.sounded_out_words``; kb blind70's "bally-arge"); an English word,
a plural of an article's word and a word as close to two article words stay as said.

On a made-up dog groomer in Leeds; real SQLite.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_spoken import sounded_out_words
from customario.escalation.kb_unstated import deposit_unstated, promotion_unstated
from tests.kb_profile_helpers import load_profile, said

CAMPAIGN = "fetch_and_fluff"
PROFILE = """\
business:
  name: Fetch and Fluff Grooming
  phone: "+44 113 496 0321"
  email: hello@fetchfluff.example
  timezone: Europe/London
  currency: GBP
hours:
  mon: "09:00-17:00"
  tue: "09:00-17:00"
  wed: "09:00-17:00"
  thu: "09:00-19:00"
  fri: "09:00-17:00"
  sat: "09:00-13:00"
  sun: closed
services:
  - {name: Full groom, price_cents: 4500, duration_min: 120, note: price from; depends on coat}
  - {name: Nail clip, price_cents: 1000, duration_min: 15}
  - {name: Puppy intro session, price_cents: 2500, duration_min: 45}
  - {name: Deshedding treatment, price_cents: 3000, duration_min: 60}
location:
  address: 9 Kirkgate, Leeds LS2 7DJ
policies:
  payment: We take cards and cash; no cheques.
"""

GROOM = "Full groom is £45 and takes about 120 minutes. Note: price from; depends on coat."


@pytest.fixture
def groomer(db, tmp_path):
    return load_profile(db, tmp_path, PROFILE, CAMPAIGN)


@pytest.mark.parametrize(
    "question",
    [
        "Would I have to leave a deposit to get the full groom booked in?",
        "do u take a down payment for the puppy intro session",
        "Is there a booking fee on the full groom?",
        "Do I need to pay something in advance to hold a Saturday slot for a full groom?",
    ],
)
def test_a_deposit_asked_of_a_priced_service_is_escalated(groomer, question):
    assert said(groomer, question, CAMPAIGN) is None


@pytest.mark.parametrize(
    "question",
    [
        "my neighbour says the full groom is half price in January, is that right?",
        "Any deals on a full groom for two dogs?",
        "saw a promo on Facebook for the puppy session, is it still running?",
        "Is that 20% off nail clips for new customers still on?",
    ],
)
def test_a_promotion_asked_of_a_priced_service_is_escalated(groomer, question):
    assert said(groomer, question, CAMPAIGN) is None


@pytest.mark.parametrize(
    "question",
    [
        "How much is a full groom?",
        "Do you offer a full groom?",
    ],
)
def test_the_plain_price_and_the_verb_offer_are_answered(groomer, question):
    assert said(groomer, question, CAMPAIGN) == GROOM


def test_a_deposit_is_read_from_an_article_that_states_one():
    rule = "We take a £10 deposit to book a full groom; it comes off the bill."
    assert deposit_unstated("Do I need a deposit for the full groom?", rule) is None
    assert deposit_unstated("Do I need a deposit for the full groom?", GROOM) is not None


@pytest.mark.parametrize(
    "question",
    [
        "I'd rather not pay it all upfront, can I spread it out?",  # paying in full, no deposit
        "Can I pay on the day?",
    ],
)
def test_paying_in_full_or_on_the_day_is_no_deposit(question):
    assert deposit_unstated(question, GROOM) is None


@pytest.mark.parametrize(
    "question",
    [
        "What's the deal with matted coats, do you still groom them?",
        "what's the deal if my dog bites?",
        "is a hand strip something you offer?",
        "Do you offer nail clips on their own?",
    ],
)
def test_the_deal_idiom_and_the_verb_offer_are_no_promotion(question):
    assert promotion_unstated(question, GROOM) is None


def test_a_promotion_is_read_from_an_article_that_states_a_reduction():
    rule = "Second dog in the same visit gets 10% off."
    assert promotion_unstated("any deals for a second dog?", rule) is None
    assert promotion_unstated("any deals for a second dog?", GROOM) is not None


DESHED = "Deshedding treatment is £30 and takes about 60 minutes."


@pytest.mark.parametrize(
    "question",
    [
        "how much is the dee-shed-ding treatment for a husky?",
        "What's a deshetting treatment cost?",
        "dehsheding treatment price pls",
    ],
)
def test_a_sounded_out_or_twice_misspelt_service_is_read_as_the_article_word(groomer, question):
    assert said(groomer, question, CAMPAIGN) == DESHED


VOCAB = {"deshedding", "dematting", "treatment", "groom", "session", "puppy", "carding", "hand", "stripping"}


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("the dee-shedd-ing one, how long?", "the deshedding one, how long?"),
        ("the de-shedd-ing one, how long?", "the de-shedd-ing one, how long?"),  # the word itself, apart
        ("deshadeing price?", "deshedding price?"),
    ],
)
def test_sounded_out_words_are_written_as_the_articles_write_them(question, read):
    assert sounded_out_words(question, VOCAB) == read


@pytest.mark.parametrize(
    "question",
    [
        "my dog is shedding everywhere, what do you suggest?",  # an English word
        "is drop-off before nine ok?",  # a hyphened phrase near no article word
        "two treatments in one visit?",  # a plural of an article's word
        "stroppping for the terrier?",  # two edits from both "stripping" and "strapping"
    ],
)
def test_english_words_plurals_and_unclear_words_stay_as_said(question):
    assert sounded_out_words(question, VOCAB | {"strapping"}) == question


# ---- the currency of a priced profile outside the United States is never guessed


def _profile(business: dict, priced: bool = True) -> dict:
    services = [{"name": "Full groom", "price_cents": 4500 if priced else 0}]
    return {"business": business, "services": services}


@pytest.mark.parametrize(
    "business",
    [
        {"phone": "+44 113 496 0321"},
        {"timezone": "Europe/Dublin"},
        {"phone": "+1 604 555 0142"},  # Vancouver: a +1 number that is not a US one
    ],
)
def test_a_priced_profile_abroad_without_its_currency_is_refused(business):
    from customario.errors import InputDataError
    from customario.escalation.kb_import import validate_profile

    with pytest.raises(InputDataError, match="business.currency is not given"):
        validate_profile(_profile(business))


@pytest.mark.parametrize(
    "business",
    [
        {"phone": "+44 113 496 0321", "currency": "GBP"},  # written: read in pounds
        {"phone": "(512) 555-0199"},  # a US number: dollars as before
        {"timezone": "America/Anchorage"},
        {"name": "No contact details"},  # nothing says where: dollars as before
    ],
)
def test_a_written_currency_or_a_us_business_is_accepted(business):
    from customario.escalation.kb_import import validate_profile

    assert validate_profile(_profile(business)).business.currency == business.get("currency", "USD")


def test_a_profile_without_prices_needs_no_currency():
    from customario.escalation.kb_import import validate_profile

    assert validate_profile(_profile({"timezone": "Europe/Dublin"}, priced=False)).business.currency == "USD"


def test_a_written_currency_is_read_out_with_its_sign(groomer):
    assert said(groomer, "How much is a full groom?", CAMPAIGN).startswith("Full groom is £45")


def test_the_refusal_names_the_countrys_own_currency():
    from customario.errors import InputDataError
    from customario.escalation.kb_import import validate_profile

    with pytest.raises(InputDataError, match=r"country code \+353 .*\(IE\).*for example EUR"):
        validate_profile(_profile({"phone": "+353 1 555 0123"}))


# ---- shipping named to a place the article never names (held-out kb blind72's wrong items)


@pytest.mark.parametrize(
    "question",
    ["What does postage to New Zealand cost?", "how quick is delivery to the Faroe Islands", "Shipping to Guam?"],
)
def test_shipping_to_a_named_place_the_article_never_names_is_a_near_miss(question):
    from customario.escalation.kb_unstated import destination_unstated

    times = "Standard post takes 2 to 4 working days; next-day post is £6."
    assert destination_unstated(question, times) is not None


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("How long is delivery to my flat?", "Standard post takes 2 to 4 working days."),  # no named place
        ("What does postage to Jersey cost?", "We post to Jersey and Guernsey for £9."),  # the place is named
        ("what does delivery to you cost", "Standard post takes 2 to 4 working days."),
    ],
)
def test_shipping_to_no_named_place_or_a_named_one_is_read_as_before(question, article):
    from customario.escalation.kb_unstated import destination_unstated

    assert destination_unstated(question, article) is None


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("the n v m e drive died, covered?", "the nvme drive died, covered?"),
        ("P.S.U. for the new card?", "psu for the new card?"),
        ("what's the r-m-a process", "what's the rma process"),
        ("is plan a b or c cheaper", "is plan a b or c cheaper"),  # no article word
        ("i a m not sure", "i a m not sure"),
    ],
)
def test_letters_said_one_by_one_are_joined_into_an_article_word(question, read):
    from customario.escalation.kb_spoken import spelled_letters

    assert spelled_letters(question, {"nvme", "psus", "rma", "warranty"}) == read


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Does the motherboard have wi-fi?", "Does the motherboard have wi-fi?"),  # no Patwa "fi" inside a word
        ("Sci-fi themed cases?", "Sci-fi themed cases?"),
        ("Do you ship to Detroit, MI?", "Do you ship to Detroit, MI?"),  # a state's code, not "my"
        ("mi waan fi know di warranty", "I want to know the warranty"),
    ],
)
def test_patwa_words_stand_alone(question, read):
    from customario.escalation.kb_dialect import patwa_words

    assert patwa_words(question) == read
