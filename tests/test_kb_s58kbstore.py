"""Knowledge-base classes mended in session s58 (issue 11), on articles and phrasings of our own
(a bike courier, a camera shop), not the corpora's."""

from customario.escalation.kb_dialect import dialect_words, patwa_words


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
