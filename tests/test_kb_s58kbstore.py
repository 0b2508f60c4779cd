"""Knowledge-base classes mended in session s58 (issue 11), on articles and phrasings of our own
(a bike courier, a camera shop), not the corpora's."""

from customario.escalation.kb_asked import topic_asks
from customario.escalation.kb_dialect import dialect_words, patwa_words
from customario.escalation.kb_fact import asked_part


def test_jamaican_function_words_are_read_as_english():
    assert patwa_words("Unu fix lens pon di camera?") == "you fix lens on the camera?"
    assert patwa_words("Mi waan return mi tripod, mi haffi pay fi di postage?") == (
        "I want return my tripod, I have to pay for the postage?"
    )
    assert patwa_words("how long fi get it?") == "how long to get it?"


def test_jamaican_and_south_african_openings_and_tags_are_dropped():
    assert patwa_words("Wah gwaan, how long is the lens warranty?") == "how long is the lens warranty?"
    assert patwa_words("Ja, howzit, do you fix tripods?") == "do you fix tripods?"
    assert patwa_words("Howzit bru. Tripod in stock, ja?") == "Tripod in stock?"
    # a turn that is only a greeting is kept
    assert patwa_words("Howzit!") == "Howzit!"


def test_names_capitals_and_english_words_stay():
    # near neighbours: "DI" of a DI box, a hyphenated name, the Scots "wha" (who), "Jamaica", "a"
    assert patwa_words("Is the DI box in stock?") == "Is the DI box in stock?"
    assert patwa_words("Wah-Wah pedal price?") == "Wah-Wah pedal price?"
    assert patwa_words("Wha does the repairs?") == "Wha does the repairs?"
    assert patwa_words("Do you ship to Jamaica?") == "Do you ship to Jamaica?"
    assert dialect_words("How lang fi di repair?") == "How long for the repair?"


DELIVERY = {
    "id": 7,
    "question": "How long does delivery take and which couriers do you use?",
    "answer": "Parcels booked before noon leave the depot that afternoon. Local delivery takes 2 to 3 "
    "working days, overnight 1. Every parcel is carried by DPD or Royal Mail with a tracking link.",
    "kind": "articles",
}


def test_two_bare_phrases_each_name_one_half_of_a_joined_article_question():
    assert topic_asks("delivery time + courier", DELIVERY["question"]) == ["delivery time", "courier"]
    assert topic_asks("couriers and delivery length?", DELIVERY["question"]) == ["couriers", "delivery length"]


def test_a_turn_that_names_one_half_twice_or_asks_in_words_is_not_split():
    # near neighbours: both phrases name the delivery half; a question word is joined_asks' to split
    assert topic_asks("delivery and shipping time?", DELIVERY["question"]) == ["delivery and shipping time?"]
    assert topic_asks("how long is delivery and courier", DELIVERY["question"]) == ["how long is delivery and courier"]
    # an article whose question asks one thing is never split
    one = "How long does delivery take?"
    assert topic_asks("delivery time + courier", one) == ["delivery time + courier"]


def test_both_halves_are_read_for_a_texted_two_part_ask():
    part = asked_part("delivery time + courier?", DELIVERY, "")
    assert part is not None and "2 to 3" in part and "DPD" in part


def test_one_half_asked_is_still_read_alone():
    part = asked_part("delivery time?", DELIVERY, "")
    assert part is not None and "2 to 3" in part and "DPD" not in part


def test_how_long_with_got_or_no_auxiliary_asks_the_window_to_act_in():
    from customario.escalation.kb_answer_type import duration_asked

    assert duration_asked("how long I got to take the lens back?") == "window"
    assert duration_asked("How long have we got to swap it?") == "window"
    assert duration_asked("how many days you have to bring it in?") == "window"
    # near neighbours: a wait stays a wait, a length a length
    assert duration_asked("how long I have to wait for the money?") != "window"
    assert duration_asked("how long does the repair take?") == "length"
