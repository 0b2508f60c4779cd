"""Knowledge-base classes of stop 57, in phrasings written here (kb blind68, blind69 and blind71):

- a service's note is read whole: "Note: price from; includes a hand massage." is never cut at its
  semicolon into a dangling "Note: price from", and a part that is only a clause of the note is read
  with the item's price (``kb_fact._with_note``);
- "during the week" is the working week set against the weekend (``kb_wording``);
- a common word the caller takes back and repairs with a bare noun phrase ("the gel set — I mean
  the acrylic set", "Wednesday, sorry, no, Thursday") is no part of the question
  (``kb_taken_back``); a clause after the correction, or the same head said again, takes nothing;
- a brand written in camel case ("GCash") is not a typo of the base's word one edit away ("cash")
  (``kb_query.camel_case_words``).

On a made-up nail bar in Portland; real SQLite.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_fact import asked_part
from customario.escalation.kb_query import camel_case_words
from customario.escalation.kb_taken_back import without_taken_back
from customario.escalation.kb_wording import in_kb_words
from tests.kb_profile_helpers import load_profile, said

CAMPAIGN = "copper_nail_bar"
PROFILE = """\
business:
  name: Copper Nail Bar
  phone: "+1 503 555 0168"
  email: desk@coppernails.example
  timezone: America/Los_Angeles
hours:
  mon: "11:00-18:00"
  tue: "11:00-18:00"
  wed: "11:00-18:00"
  thu: "11:00-21:00"
  fri: "11:00-21:00"
  sat: "10:00-16:00"
  sun: closed
services:
  - {name: Classic manicure, price_cents: 3000, duration_min: 30}
  - {name: Gel manicure, price_cents: 5000, duration_min: 60, note: price from; includes a hand massage}
  - {name: Acrylic full set, price_cents: 7000, duration_min: 90, note: price from; depends on nail length}
location:
  address: 412 Alder Street, Portland, OR 97205
policies:
  payment: We take cash and all major cards.
"""

GEL = {
    "kind": "service",
    "question": "How much does gel manicure cost?",
    "answer": "Gel manicure is $50 and takes about 60 minutes. Note: price from; includes a hand massage.",
}
CLASSIC = {
    "kind": "service",
    "question": "How much does classic manicure cost?",
    "answer": "Classic manicure is $30 and takes about 30 minutes.",
}


@pytest.fixture
def nails(db, tmp_path):
    return load_profile(db, tmp_path, PROFILE, CAMPAIGN)


@pytest.mark.parametrize("part", ["includes a hand massage", "Note: price from"])
def test_a_clause_of_a_note_is_read_inside_the_whole_note_with_the_price(part):
    read = asked_part("is the hand rub part of the gel one, and what does it start at?", GEL, part)
    assert read == GEL["answer"]


def test_the_price_sentence_keeps_the_whole_note_after_it():
    read = asked_part("gel manicure, how much?", GEL, "Gel manicure is $50 and takes about 60 minutes.")
    assert read == GEL["answer"]
    assert not read.endswith("price from")


def test_a_service_without_a_note_is_read_as_before():
    read = asked_part("classic manicure price?", CLASSIC, "Classic manicure is $30 and takes about 30 minutes.")
    assert read == "Classic manicure is $30 and takes about 30 minutes."


@pytest.mark.parametrize(
    ("question", "reads"),
    [
        ("so do you open during the week and at weekends?", "on weekdays"),
        ("What are your hours during the week?", "on weekdays"),
    ],
)
def test_during_the_week_is_the_working_week(question, reads):
    assert reads in in_kb_words(question)


@pytest.mark.parametrize(
    "question",
    [
        "Are you open during the week of the 14th?",  # a week named by what follows
        "can I come in during the week before my wedding?",
        "are you open in the week?",  # not this wording
        "Do you shut later on Fridays than during the week?",  # the week compared with one day
    ],
)
def test_a_week_named_by_what_follows_is_left_alone(question):
    assert in_kb_words(question) == question


def test_the_weekdays_and_the_weekend_both_asked_read_the_whole_week(nails):
    answer = said(nails, "hm, which days are you open during the week and on the weekend?", CAMPAIGN)
    assert answer is not None
    for day in ("Monday", "Thursday", "Saturday"):
        assert day in answer


@pytest.mark.parametrize(
    ("question", "gone", "kept"),
    [
        ("How long is the gel set — I mean the acrylic set?", "gel", "acrylic"),
        ("Wednesday, sorry, no, Thursday. How late are you open?", "Wednesday", "Thursday"),
        ("Monday... no wait, Friday. When do you close?", "Monday", "Friday"),
        ("Until when on Saturday morning — I mean afternoon — can I come?", "morning", "Saturday"),
    ],
)
def test_a_common_word_repaired_by_a_bare_noun_phrase_is_taken_out(question, gone, kept):
    out = without_taken_back(question)
    assert gone not in out
    assert kept in out


@pytest.mark.parametrize(
    "question",
    [
        "Is it busy, no sorry, I mean are you open on Sunday?",  # a clause, not a noun phrase
        "Can I pay now, sorry, I mean pay it later?",  # the repair starts with a verb
        "The polish, sorry, the one from last time, do you still stock it?",  # more than a noun phrase
        "Does the 4060 — sorry, the card — need a big plug?",  # a model number is left to the name rule
        "How much is a nail correction fee?",  # "correction" the noun, no editing term
        "Gel, how long... no wait, I mean acrylic. How long is acrylic?",  # two editing terms in a row
        "Monday, sorry, I mean Tuesday... no, Monday. When do you close Monday?",  # back to the first
    ],
)
def test_a_clause_after_the_correction_takes_nothing_back(question):
    assert without_taken_back(question) == question


def test_the_same_head_said_again_keeps_the_thing_and_drops_only_the_editing_term():
    out = without_taken_back("How much is the gel manicure, sorry, the manicure?")
    assert "gel manicure" in out
    assert "sorry" not in out


def test_a_repaired_day_reads_only_the_day_kept(nails):
    answer = said(nails, "Wednesday, sorry, no, Thursday. What time do you close on Thursday?", CAMPAIGN)
    assert answer is not None
    assert "9 pm" in answer
    assert "6 pm" not in answer


def test_camel_case_words_are_brands_as_written():
    found = camel_case_words("Can I use GCash or PayPal, or my iPhone? SSDs and GPUs, 6000 MHz, RTX")
    assert found == {"gcash", "paypal", "iphone"}


def test_a_camel_case_brand_one_edit_from_a_base_word_is_not_read_as_it(nails):
    assert said(nails, "Is it ok to pay by GCash at the desk?", CAMPAIGN) is None


@pytest.mark.parametrize("question", ["can i pay in cassh?", "Do you take cash?"])
def test_a_typo_of_the_base_word_is_still_read_as_it(nails, question):
    assert "cash" in (said(nails, question, CAMPAIGN) or "")
