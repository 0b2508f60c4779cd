"""Typed answers, classes read from development answers blind62 (s52, helper "ans"), in the team's
own questions and phrasings: "US" said straight after a figure names the US dollar, another currency
to a question asked in Australian or Canadian dollars, and a holiday said with no country is the day
of the country the survey calls (Canada's Thanksgiving, New Zealand's Labour Day, India's Republic
Day), while a country said with it still places it."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import amounts, regions
from customario.dialogue.answers import normalise

_FARE = Question(
    id="fare",
    type="number",
    text="How much was the ferry fare, in Canadian dollars?",
    min=0,
    max=500,
)


@pytest.mark.parametrize(
    "text",
    ["Sixty US.", "It came to about a hundred and twenty US, on my Visa.", "45 U.S."],
)
def test_us_after_a_figure_is_another_dollar(text: str) -> None:
    r = normalise(_FARE, text)
    assert r.status == "invalid", r


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sixty for the two of us.", 60),
        ("They charged us forty-five.", 45),
        ("Ninety, which was fine for us.", 90),
    ],
)
def test_the_pronoun_us_is_no_currency(text: str, value: int) -> None:
    r = normalise(_FARE, text)
    assert r.status == "valid" and r.value == value, r


def test_us_after_a_figure_is_the_questions_own_currency_in_the_us() -> None:
    assert not amounts.other_currency("Sixty US.", "USD")
    assert amounts.other_currency("Sixty US.", "NZD")


_VISIT = Question(id="visit", type="date", text="What date would you like us to come back?")
_LAST = Question(id="last", type="date", text="On what date did you last take the boat out?")
_TODAY = date(2031, 8, 20)  # a Wednesday


class _Campaign:
    """The two fields :func:`regions.campaign_country` reads."""

    def __init__(self, countries, language):
        self.calling = type("Calling", (), {"countries": countries})()
        self.agent = type("Agent", (), {"language": language})()


@pytest.mark.parametrize(
    ("countries", "language", "country"),
    [
        (["ca"], "en-US", "CA"),
        (None, "en-NZ", "NZ"),
        (["US", "CA"], "en-CA", None),
        (None, "en", None),
    ],
)
def test_the_campaigns_country(countries, language, country) -> None:
    assert regions.campaign_country(_Campaign(countries, language)) == country


@pytest.mark.parametrize(
    ("country", "text", "day"),
    [
        ("CA", "Thanksgiving, probably.", "2031-10-13"),
        ("CA", "the Tuesday after Thanksgiving", "2031-10-14"),
        ("US", "Thanksgiving, probably.", "2031-11-27"),
        ("CA", "American Thanksgiving, we're visiting family in Ohio.", "2031-11-27"),
        ("NZ", "Labour Day would suit.", "2031-10-27"),
        ("CA", "Labour Day would suit.", "2031-09-01"),
        ("IN", "Independence Day.", "2032-08-15"),  # this year's is past
    ],
)
def test_a_holiday_is_the_callers_countrys_day(country: str, text: str, day: str) -> None:
    with regions.calling_from(country):
        r = normalise(_VISIT, text, today=_TODAY)
    assert r.status == "valid" and r.value == day, r


def test_a_past_holiday_in_the_callers_country() -> None:
    with regions.calling_from("IN"):
        r = normalise(_LAST, "The day after Republic Day.", today=_TODAY)
    assert r.status == "valid" and r.value == "2031-01-27", r


def test_without_a_country_thanksgiving_stays_the_us_day_and_labour_day_is_read_back() -> None:
    assert normalise(_VISIT, "Thanksgiving, probably.", today=_TODAY).value == "2031-11-27"
    r = normalise(_VISIT, "Labour Day would suit.", today=_TODAY)
    assert r.value == "2031-09-01" and r.method == "inferred", r
    assert regions.caller_country() is None


_COURIER = Question(
    id="courier",
    type="scale",
    text="How was the courier, from one, very bad, to five, superb?",
    min=1,
    max=5,
    labels={1: "very bad", 2: "bad", 3: "fine", 4: "nice", 5: "superb"},
)


@pytest.mark.parametrize("text", ["Very nice.", "really nice, she even rang ahead", "Super nice!"])
def test_an_intensified_label_inside_the_scale_names_no_point(text: str) -> None:
    r = normalise(_COURIER, text)
    assert r.status == "invalid", r


@pytest.mark.parametrize(
    ("text", "value"),
    [("Nice.", 4), ("Very bad.", 1), ("Superb, really.", 5), ("Fine, I suppose.", 3)],
)
def test_labels_and_ends_still_name_their_points(text: str, value: int) -> None:
    r = normalise(_COURIER, text)
    assert r.status == "valid" and r.value == value, r


def test_an_intensified_label_that_is_a_label_is_that_point() -> None:
    q = _COURIER.model_copy(update={"labels": {1: "bad", 3: "nice", 4: "very nice", 5: "superb"}})
    r = normalise(q, "Very nice.")
    assert r.status == "valid" and r.value == 4, r


_MANUAL = Question(id="manual", type="yes_no", text="Were the assembly instructions easy to follow?")
_ARRIVED = Question(id="arrived", type="yes_no", text="Has your replacement part arrived?")


@pytest.mark.parametrize(
    "text",
    ["Haven't even had them yet.", "We haven't received the booklet yet.", "not yet got it, sorry"],
)
def test_not_received_yet_is_a_dont_know_to_a_judgement(text: str) -> None:
    assert normalise(_MANUAL, text).status == "dont_know"


def test_not_received_yet_is_a_no_to_a_question_about_receiving() -> None:
    r = normalise(_ARRIVED, "Haven't got it yet.")
    assert r.status == "valid" and r.value == "no", r


def test_not_having_a_thing_at_all_is_still_an_answer() -> None:
    q = Question(id="van", type="yes_no", text="Would a van hire discount be useful to you?")
    r = normalise(q, "No, I haven't got a licence.")
    assert r.status == "valid" and r.value == "no", r


@pytest.mark.parametrize(
    "text",
    [
        "I wanted to ask about the guarantee. How long does it last?",
        "Quick question: do you do gutters as well?",
        "I've got a question for you, is the callout fee refundable?",
    ],
)
def test_an_announced_question_is_a_question_back(text: str) -> None:
    from customario.dialogue.asked_back import asks_back

    assert asks_back(text)


def test_an_announcement_with_an_opinion_after_it_is_no_question_back() -> None:
    from customario.dialogue.asked_back import asks_back

    assert not asks_back("Quick question, well, more a comment: the van blocked our drive all day.")


_EXTRAS = Question(
    id="extras",
    type="multi_choice",
    text="Which extras did you use: the sauna, the pool, the towels, or none of these?",
    choices=[
        Choice(code="sauna", label="the sauna"),
        Choice(code="pool", label="the pool"),
        Choice(code="towels", label="the towels"),
        Choice(code="none", label="none of these", synonyms=["none", "nothing"]),
    ],
)


def test_none_taken_back_for_a_choice_is_that_choice_read_back() -> None:
    r = normalise(_EXTRAS, "Nothing. Nah, wait, the pool, the once.")
    assert r.status == "valid" and r.value == ["pool"] and r.method == "self-corrected", r


def test_none_taken_back_for_nothing_readable_is_asked_again_never_none() -> None:
    r = normalise(_EXTRAS, "None of these. Oh wait, my daughter went in that hot wooden room.")
    assert r.status == "invalid", r


def test_none_said_again_after_a_sorry_is_none() -> None:
    r = normalise(_EXTRAS, "None of these. Sorry, none.")
    assert r.status == "valid" and r.value == ["none"], r


_FERRY = Question(id="ferry", type="yes_no", text="Did you take the water taxi back?")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Oui, both ways.", "yes"),
        ("Sí, por favor.", "yes"),
        ("Bloody oath, saved us the walk.", "yes"),
        ("My oath.", "yes"),
    ],
)
def test_yes_in_french_spanish_and_australian(text: str, value: str) -> None:
    r = normalise(_FERRY, text)
    assert r.status == "valid" and r.value == value, r


def test_a_word_starting_like_si_is_no_yes() -> None:
    assert normalise(_FERRY, "Sightseeing boat instead.").status == "invalid"


def test_a_price_typed_with_a_hyphen_and_a_teen_is_read_back() -> None:
    r = normalise(_FARE, "It was two-fourteen for both of us.")
    assert r.status == "valid" and r.value == 214 and r.method == "inferred", r


def test_a_digit_and_ten_hyphenated_is_still_a_range() -> None:
    assert normalise(_FARE, "five-ten").status == "invalid"


_PARTY = Question(id="party", type="number", text="How many people came on the tour, including you?", min=1, max=30)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My household of five and my sister's household of two.", 7),
        ("Our group of six.", 6),
        ("The family of three plus our spaniel.", 3),
    ],
)
def test_a_group_of_n_counts_n_people(text: str, value: int) -> None:
    r = normalise(_PARTY, text)
    assert r.status == "valid" and r.value == value, r


def test_a_short_price_said_twice_in_the_same_words_is_that_price_read_back() -> None:
    r = normalise(_FARE, "Um, one-forty? Yep, one-forty.")
    assert r.status == "valid" and r.value == 140 and r.method == "inferred", r


def test_a_short_price_changed_on_the_second_go_is_the_second() -> None:
    r = normalise(_FARE, "One-forty? No, one-sixty.")
    assert r.status == "valid" and r.value == 160, r
