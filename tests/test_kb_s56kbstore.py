"""Knowledge-base class of stop 56, in phrasings written here: an article the search would only
offer ("Are you asking about our return policy?") is read at once when the lexical search refused
nothing about it, the embedding's nearest article is the same one, and the part read opens with a
noun the caller said (``kb_subject``: "when does my refund land?" → "Refunds reach ..."). A verb
form of the noun ("refunded"), a modifier ("shipped order") or an imperative ("Pack the item ...")
names no subject, and a near miss is still only offered or escalated.

On a made-up bike-parts shop; real SQLite.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_subject import opening_nouns, opens_with_asked_noun
from customario.escalation.knowledge import search

CAMPAIGN = "spoke_and_chain"
ARTICLES = """\
- question: What is your return policy?
  tags: [returns, return, refund, refunds, policy, days]
  answer: >-
    Unused parts can be sent back within 21 days of delivery for a full refund. Credits land on the
    card you paid with 3 to 4 working days after the parcel reaches us, and credits above $800 are
    checked by a manager first.
- question: How long does delivery take?
  tags: [delivery, shipping, ship, courier, days]
  answer: >-
    Parcels booked before noon leave the same day from our Leeds depot. Economy delivery takes 4 to
    6 working days, priority 1 to 2.
- question: Which wheels fit a gravel frame?
  tags: [wheels, wheel, gravel, frame, fit, compatibility, tyre]
  answer: >-
    Gravel frames take 700c wheels with tyres up to 45 mm; the Ridgeback GX takes 650b as well.
"""


@pytest.mark.parametrize(
    ("sentence", "nouns"),
    [
        ("Credits land on the card you paid with.", ["credits"]),
        ("Economy delivery takes 4 to 6 working days.", ["economy", "delivery"]),
        ("Every booked parcel has a tracking code.", ["parcel"]),
        ("Parcels booked before noon leave the same day.", ["parcels"]),
        ("Wrap the part in its box and post it.", []),
        ("We text a code to every buyer.", []),
        ("The GX200 needs a 12 mm axle.", []),
        ("Shimano XT12 cassettes fit any HG hub.", []),  # a model name in the phrase: its head lies beyond
    ],
)
def test_the_opening_noun_phrase_of_a_sentence(sentence, nouns):
    assert opening_nouns(sentence) == nouns


@pytest.mark.parametrize(
    ("question", "part", "opens"),
    [
        ("when will my credit show up on the card?", "Credits land on the card you paid with.", True),
        ("is economy delivery about a week?", "Economy delivery takes 4 to 6 working days.", True),
        ("my parcel left yesterday, when does it come", "Parcels booked before noon leave the same day.", True),
        ("can I pick a delivery slot?", "Economy delivery takes 4 to 6 working days.", True),
        # The caller's word is a verb form, or only a modifier of the sentence's subject.
        ("do I get credited the lot?", "Credits land on the card you paid with.", False),
        ("is it booked yet?", "Every booked parcel has a tracking code.", False),
        ("do I wrap it myself?", "Wrap the part in its box and post it.", False),
        # The noun is only in what the caller says they know; the ask is for the business to act.
        ("I know credits take a few days, can you hurry mine?", "Credits land on the card you paid with.", False),
        # A verb after its subject, and a noun in a phrase telling about another asked thing.
        ("do you credit the postage too?", "Credits land on the card you paid with.", False),
        ("how long is the wait for credits over $800?", "Credits land on the card you paid with.", False),
        # The sentence is about the negated thing: "unused" parts for "used" ones.
        ("can used parts come back?", "Unused parts can be sent back within 21 days.", False),
        ("can unused parts come back?", "Unused parts can be sent back within 21 days.", True),
        # The ask points back at the story with a pronoun: the story's noun is asked about.
        ("my credit is huge, why is it so slow?", "Credits land on the card you paid with.", True),
    ],
)
def test_the_part_read_opens_with_a_noun_the_caller_said(question, part, opens):
    assert opens_with_asked_noun(question, part) is opens


def test_no_wordnet_reads_no_opening(monkeypatch):
    from customario.escalation import wordnet

    monkeypatch.setattr(wordnet, "load", lambda root=None: None)
    assert opening_nouns("Credits land on the card you paid with.") == []
    assert opens_with_asked_noun("when do credits land?", "Credits land on the card.") is False


@pytest.mark.parametrize(
    "question",
    ["economy delivery, that's about a week yeah?", "my mate says economy delivery is ten days"],
)
def test_an_offer_whose_part_opens_with_the_asked_noun_is_read_at_once(shop, question):
    result = search(shop, question, campaign=CAMPAIGN)
    assert result.confident
    assert result.best["excerpt"] == "Economy delivery takes 4 to 6 working days."
    assert result.best["answered_by"] == "the part read opens with the noun asked about"
    assert result.best["lexical_confidence"] < result.threshold


@pytest.mark.parametrize(
    "question",
    [
        "economy delivery to my flat, any signature needed?",  # the file says nothing of signatures
        "can I get the refund in cash instead",  # nor of cash
    ],
)
def test_a_near_miss_on_the_same_words_is_not_read(shop, question):
    result = search(shop, question, campaign=CAMPAIGN)
    assert not result.confident
    assert "answered_by" not in (result.best or {})
