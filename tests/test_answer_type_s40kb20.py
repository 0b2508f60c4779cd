"""The part read states the kind of value asked (issue 11, helper kb20, stop 40;
:mod:`customario.escalation.kb_answer_type`), on a made-up mattress shop's, optician's and tyre
fitter's phrasings: "how long until my deposit comes back?" is answered by a lag ("3 to 4 working
days after ..."), not by the window to act in ("within 100 nights"); "how long is the eye test?" by
its length, not the lead time before it; inflected forms pick a part ("dispatched" / "dispatches")."""

from __future__ import annotations

import pytest

from customario.escalation.kb_answer_type import duration_asked, duration_sorts, keep_answer_type, same_word
from customario.escalation.kb_excerpt import answer_excerpt

MATTRESS = (
    "Mattresses can be swapped within 100 nights of delivery. Deposits are paid back to your card 3 to 4 working "
    "days after we collect the old mattress. Orders placed before noon leave the warehouse the same day."
)
OPTICIAN = "The eye test takes about 30 minutes; drops are needed 2 hours before a contact lens fitting."
COURIER = (
    "Orders placed before 4 pm are packed that evening. Standard delivery takes 2 to 3 working days, "
    "next-day 1. Every dispatched parcel gets a DPD tracking link."
)


@pytest.mark.parametrize(
    ("question", "sort"),
    [
        ("How long until my deposit comes back?", "lag"),
        ("when will the new lenses arrive?", "lag"),
        ("When would a king-size mattress get here if I order today?", "lag"),
        ("how soon do I see the money?", "lag"),
        ("How long is the eye test?", "length"),
        ("how long does the tyre fitting take", "length"),
        ("How quick is your delivery?", "length"),
        ("How long do I have to swap the mattress?", "window"),
        ("how many days can I keep the frames before deciding?", "window"),
        ("what's the delivery time on a sofa bed?", "duration"),
        ("how many days for a wheel alignment?", "duration"),
    ],
)
def test_the_sort_of_duration_asked(question, sort):
    assert duration_asked(question) == sort


@pytest.mark.parametrize(
    "question", ["What time do you close on Fridays?", "Which courier brings the mattress?", "Do you fit run-flats?"]
)
def test_no_duration_asked(question):
    assert duration_asked(question) is None


@pytest.mark.parametrize(
    ("text", "sort"),
    [
        ("Mattresses can be swapped within 100 nights of delivery", "window"),
        ("Deposits are paid back 3 to 4 working days after we collect it", "lag"),
        ("drops are needed 2 hours before a contact lens fitting", "lag"),
        ("The eye test takes about 30 minutes", "length"),
        ("Standard delivery takes 2 to 3 working days, next-day 1", "length"),
        ("next-day 1 to 2", "length"),
    ],
)
def test_the_sort_of_duration_stated(text, sort):
    assert sort in duration_sorts(text)


def test_a_window_is_not_a_lag_or_a_length():
    assert duration_sorts("Tyres can be returned within 30 days") == {"duration", "window"}
    assert duration_sorts("Orders placed before noon leave the same day") == set()


def test_parts_without_the_asked_sort_are_set_aside():
    parts = ["Mattresses can be swapped within 100 nights", "Deposits are paid back 3 to 4 working days after"]
    assert keep_answer_type("how long until I get my deposit back?", parts, [2.0, 1.0]) == [0.0, 1.0]
    # The window is what "how long do I have" asks.
    assert keep_answer_type("how long do I have to swap it?", parts, [1.0, 2.0]) == [1.0, 0.0]
    # A part the question's words did not pick is not brought in; no duration asked, nothing changes.
    assert keep_answer_type("how long until I get my deposit back?", parts, [2.0, 0.0]) == [2.0, 0.0]
    assert keep_answer_type("can I swap the mattress?", parts, [2.0, 1.0]) == [2.0, 1.0]


def test_a_lag_is_read_for_a_wait_and_a_window_for_a_deadline():
    matched = ["deposit", "mattress"]
    lag = answer_excerpt(MATTRESS, matched, "faq", query="How long until the mattress deposit is back on my card?")
    assert lag.startswith("Deposits are paid back")
    window = answer_excerpt(MATTRESS, ["mattress"], "faq", query="How long do I have to swap a mattress?")
    assert window.startswith("Mattresses can be swapped within 100 nights")


def test_the_length_of_the_thing_not_its_lead_time():
    part = answer_excerpt(
        OPTICIAN, ["test", "drops", "lens"], "faq", query="How long before the lens test do the drops go in?"
    )
    assert part.startswith("drops are needed 2 hours before") or part.startswith("Drops are needed 2 hours before")
    part = answer_excerpt(OPTICIAN, ["test", "drops"], "faq", query="How long does the test with the drops take?")
    assert part.startswith("The eye test takes about 30 minutes")


def test_a_delivery_time_reads_the_transit_time_not_the_cutoff():
    part = answer_excerpt(
        COURIER,
        ["orders", "standard", "delivery"],
        "faq",
        query="If my order goes in before 4 pm, when would standard delivery arrive?",
    )
    assert part.startswith("Standard delivery takes 2 to 3 working days")


def test_an_inflected_form_picks_its_part():
    part = answer_excerpt(
        COURIER, ["tracking", "link", "dispatches"], "faq", query="Is there a tracking link once it dispatches?"
    )
    assert part.startswith("Every dispatched parcel")


@pytest.mark.parametrize(
    ("a", "b"), [("ships", "shipped"), ("refunds", "refunded"), ("fitted", "fits"), ("cards", "card")]
)
def test_forms_of_one_word(a, b):
    assert same_word(a, b)


@pytest.mark.parametrize(("a", "b"), [("ship", "shop"), ("card", "cart"), ("fit", "fat")])
def test_different_words(a, b):
    assert not same_word(a, b)


@pytest.mark.parametrize(
    ("question", "sort"),
    [
        ("How long after delivery can I swap the mattress?", "duration"),  # the caller's "can I": left open
        ("How many days after the fitting do I have to bring the frames back?", "duration"),
        ("How long after purchase counts as faulty on arrival?", "window"),
        ("How many days is the swap voucher good for?", "window"),
        ("my mattress is 4 years old, is the guarantee still good?", None),  # no length asked
        ("How long after you collect it until the deposit is back?", "lag"),
        ("the frame I bought, I can swap it how many days after it come?", "duration"),  # "I can": the caller's
        ("within how many days do you replace faulty lenses?", "window"),
    ],
)
def test_a_wait_for_something_to_reach_the_caller_or_a_limit(question, sort):
    assert duration_asked(question) == sort


def test_a_sentence_picked_by_the_kind_asked_alone_is_read_whole():
    courier = (
        "Orders placed before 4 pm go out for delivery that evening. Standard delivery takes 2 to 3 working days, "
        "next-day 1. Every delivery gets a DPD tracking link."
    )
    topic = "How long does delivery take?"
    # Neither "standard" nor "next-day" is named: both times are read.
    whole = answer_excerpt(courier, ["delivery"], "faq", topic=topic, query="how long is delivery?")
    assert whole == "Standard delivery takes 2 to 3 working days, next-day 1."
    # "standard" named: its clause.
    part = answer_excerpt(
        courier,
        ["standard", "delivery"],
        "faq",
        topic=topic,
        query="If I order by 4 pm, when would standard delivery get here?",
    )
    assert part == "Standard delivery takes 2 to 3 working days."


def test_two_joined_questions_keep_their_own_parts():
    # "Is there a fee ..., and how long ...?": the fee's part is not set aside for the duration's.
    parts = ["Opened pads are refunded minus a 10% fee", "Refunds arrive 3 to 5 days after we receive it"]
    q = "Is there a fee on an opened pad, and how long does the refund take?"
    assert keep_answer_type(q, parts, [2.0, 1.0]) == [2.0, 1.0]
    assert keep_answer_type("how long does the refund take?", parts, [2.0, 1.0]) == [0.0, 1.0]
