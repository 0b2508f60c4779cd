"""Classes of store questions the search missed or misread (issue 11): model numbers said aloud,
digits that are only part of a phone number, amounts with thousands separators and the rule an
amount falls under, how-does-it-work questions, a subject another article's question names. Each rule with its near misses; phrasings are our own, not the corpora's."""

import pytest

from customario.escalation.kb_digits import (
    asks_for_phone,
    ordinal_number,
    phone_only_digits,
    plain_thousands,
    without_rank_number,
)
from customario.escalation.kb_order import process_question, subject_asked_about
from customario.escalation.kb_spoken import spoken_model_numbers
from customario.escalation.kb_suggest import suggestion
from customario.escalation.knowledge import search

SALON, STORE = "salon_reception", "pc_store_support"
VOCAB = {"4060", "4070", "4090", "ddr4", "ddr5", "am5", "pm", "super"}


@pytest.mark.parametrize(
    "said, written",
    [
        ("how many watts for a forty sixty", "how many watts for a 4060"),
        ("what PSU for a forty-seventy super", "what PSU for a 4070 super"),
        ("is AM five DDR five only", "is am5 ddr5 only"),
        ("will ddr 4 sticks fit", "will ddr4 sticks fit"),
        # Near misses: nothing the articles name, or no model number at all.
        ("a forty eighty", "a forty eighty"),  # no article has a 4080
        ("I am five minutes away", "I am five minutes away"),  # "am5" is a word, "am five" here is not it
        ("I'm late, am five minutes out", "I'm late, am five minutes out"),
        ("open till two pm", "open till two pm"),  # "pm" is a word the articles use alone
        ("twenty thirty", "twenty thirty"),
    ],
)
def test_model_numbers_said_aloud_are_written_as_the_articles_write_them(said, written):
    assert spoken_model_numbers(said, VOCAB) == written


def test_a_spoken_model_number_is_answered_and_an_unknown_one_is_not(kb):
    r = search(kb, "how many watts do I need for a forty sixty", campaign=STORE)
    assert r.confident and "550 W" in r.best["excerpt"] and "1000 W" not in r.best["excerpt"]
    r = search(kb, "what power supply for a forty seventy super", campaign=STORE)
    assert r.confident and "650 W" in r.best["excerpt"]
    assert not search(kb, "how many watts for a forty eighty", campaign=STORE).confident


def test_digits_inside_a_phone_number_match_only_a_caller_asking_for_one():
    text = {"question": "How can I reach you?", "answer": "By phone +1 415 555 0142; up to 1 guest."}
    assert phone_only_digits("I want the number 1 haircut", ["number", "1", "haircut"], text) == set()  # "1 guest"
    assert without_rank_number("the number 1 haircut", ["number", "1", "haircut"]) == ["1", "haircut"]
    assert without_rank_number("your number please", ["number"]) == ["number"]
    assert phone_only_digits("table for 415 people", ["415", "people"], text) == {"415"}
    assert phone_only_digits("is 415 555 0142 your phone", ["415", "555", "0142"], text) == set()
    assert asks_for_phone("what's the best number to ring you on") and asks_for_phone("how do I contact you")
    assert not asks_for_phone("I want the number 1 haircut")
    assert ordinal_number("the number 1 haircut") and ordinal_number("stylist number two")
    assert not ordinal_number("is the number 415 555 0142 yours") and not ordinal_number("what's your number")


def test_a_rank_number_does_not_meet_the_contact_article(kb):
    for q in ("I want the number 1 haircut", "who is stylist number 1"):
        r = search(kb, q, campaign=SALON)
        offered = suggestion(r)
        assert not (r.confident and "555" in r.best["excerpt"]), q
        assert offered is None or "555" not in offered["answer"], q
    r = search(kb, "what's your phone number", campaign=SALON)
    assert r.confident and "555" in r.best["excerpt"]


def test_thousands_separators_keep_an_amount_one_number():
    assert plain_thousands("a $1,200 card and a 1,000 W supply") == "a $1200 card and a 1000 W supply"
    assert plain_thousands("3, 4 or 5 days; 1,5") == "3, 4 or 5 days; 1,5"


def test_a_stated_amount_reads_the_rule_it_falls_under(kb):
    r = search(kb, "Will the refund be held up on the $1,300 graphics card I'm sending back?", campaign=STORE)
    assert r.confident and "$500" in r.best["excerpt"] and "15%" not in r.best["excerpt"]
    # Told as a story first, the return is only the story's (kb_ask): never read with the fee. The
    # offer of the refund sentences is read at once since stop 56 (kb_subject: "Refunds reach ...").
    r = search(kb, "I'm sending back a $1,300 graphics card, will the refund be held up?", campaign=STORE)
    assert not r.confident or ("$500" in r.best["excerpt"] and "15%" not in r.best["excerpt"])
    # Near miss: no amount stated, so the limit sentence is not forced on a restocking question.
    r = search(kb, "I installed the graphics card already, what do I lose on a return?", campaign=STORE)
    assert not r.confident or "$500" not in r.best["excerpt"]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("how do returns work", True),
        ("hw does the rma thing work", True),
        ("what's the process for sending back a faulty mouse", True),
        ("walk me through it step by step", True),
        ("how do I get to you", False),
        ("does the 4090 work with a 750 W supply", False),
        ("how do you work out the restocking fee", False),
    ],
)
def test_a_question_about_how_something_works_asks_for_the_whole_procedure(question, expected):
    assert process_question(question) is expected


def test_how_returns_work_reads_the_whole_procedure(kb):
    r = search(kb, "how do returns work", campaign=STORE)
    assert r.confident and "label" in r.best["excerpt"] and "original box" in r.best["excerpt"]
    # Near miss of the rule: a fact asked inside the procedure is still read alone.
    r = search(kb, "how long do I have to drop the return label off", campaign=STORE)
    assert not r.confident or "We email" not in r.best["excerpt"]


def test_a_subject_another_article_names_is_not_answered_from_a_tag():
    hits = [
        {"id": 2, "question": "How do returns and return labels work?", "kind": "articles", "confidence": 1.0,
         "matched": ["shipping", "work"], "article_coverage": 0.0},
        {"id": 3, "question": "How long does shipping take and which carriers do you use?", "kind": "articles",
         "confidence": 0.57, "matched": ["shipping"], "article_coverage": 0.33},
    ]  # fmt: skip
    subject_asked_about(hits, 0.6)
    assert [h["id"] for h in hits] == [3, 2] and hits[1]["confidence"] < 0.6
    # Near miss of the rule: the best article matched a word the other lacks ("restocking").
    hits = [
        {"id": 1, "question": "What is your return policy?", "kind": "articles", "confidence": 0.9,
         "matched": ["restocking", "cpu"], "article_coverage": 0.0},
        {"id": 4, "question": "Do AM5 CPUs work with DDR4?", "kind": "articles", "confidence": 0.3,
         "matched": ["cpu"], "article_coverage": 0.5},
    ]  # fmt: skip
    subject_asked_about(hits, 0.6)
    assert [h["id"] for h in hits] == [1, 4] and hits[0]["confidence"] == 0.9


def test_how_shipping_works_is_not_read_from_the_returns_article(kb):
    r = search(kb, "how does shipping work", campaign=STORE)
    assert r.best["question"].startswith("How long does shipping take")
    assert not (r.confident and "return" in r.best["excerpt"].lower())


def test_deciding_between_items_reads_every_item_or_nothing(kb):
    q = "Which PSU would you put with graphics cards? I'm trying to decide between a 4060, 4070 Super and 4090"
    r = search(kb, q, campaign=STORE)
    read = r.best["excerpt"] if r.confident else (suggestion(r) or {}).get("answer", "")
    assert not read or all(w in read for w in ("550 W", "650 W", "1000 W"))
    # Near miss of the rule: one item the answer does not name leaves nothing half read.
    r = search(kb, "deciding between a 4060 and a 7900 XTX, which PSU?", campaign=STORE)
    read = r.best["excerpt"] if r.confident else (suggestion(r) or {}).get("answer", "")
    assert "550 W" not in read or "7900" in read


def test_nvme_is_an_ssd(kb):
    r = search(kb, "what warranty comes with an NVMe drive?", campaign=STORE)
    read = r.best["excerpt"] if r.confident else (suggestion(r) or {}).get("answer", "")
    assert "5 years for SSDs" in read and "3 years" not in read
    # Near miss: an NVMe thing the base does not cover is not answered.
    assert not search(kb, "do you sell NVMe enclosures?", campaign=STORE).confident


def test_texting_couriers_and_the_fastest_option(kb):
    r = search(kb, "wot couriers do u use", campaign=STORE)
    assert r.confident and "UPS" in r.best["excerpt"]
    r = search(kb, "what's the quickest way you can ship it to me?", campaign=STORE)
    read = r.best["excerpt"] if r.confident else (suggestion(r) or {}).get("answer", "")
    assert not read or "express" in read.lower()
    # Near miss: a courier service the base does not describe is not answered.
    assert not search(kb, "can the courier leave it with a neighbour?", campaign=STORE).confident
