"""How amounts are said around the number, in the language model of a number question (issue 11,
stop 54), on a boat-hire survey of the test's own.

Hundreds are counted past ten ("twelve hundred", "twenty-five hundred"), the rest follows "a hundred
and" ("a hundred and seventy"), and approximations come after the number as well as before it
("forty or so", "twelve hundred, give or take", "ten tops"); a count of nights is given in
whole weeks ("a week", "a fortnight").
Each such form is in the question's model, and the parser reads each one as its value.
"""

from datetime import date

from customario.conversation.voice.forced_passes import forced_answers
from customario.conversation.voice.phrase_words import week_forms
from customario.conversation.voice.phrases import approximations_after, decoder_phrases, hundreds_and, hundreds_past_ten
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise

SURVEY = {
    "name": "boat_hire",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {
            "id": "deposit",
            "type": "number",
            "text": "How much did the whole week's boat hire cost you, in dollars?",
            "min": 0,
            "max": 4000,
        },
        {"id": "hours", "type": "number", "text": "How many hours were you out on the water?", "min": 1, "max": 90},
        {
            "id": "bags",
            "type": "number",
            "text": "How much did the ice and bait cost, in dollars?",
            "min": 0,
            "max": 900,
        },
        {"id": "nights", "type": "number", "text": "How many nights did you sleep on the boat?", "min": 1, "max": 20},
    ],
}
TODAY = date(2034, 6, 14)


def _q(qid: str):
    return parse_definition(SURVEY, "test").question(qid)


def test_hundreds_counted_past_ten_are_in_the_model_of_a_wide_amount():
    phrases = set(decoder_phrases(_q("deposit")))
    assert {"twelve hundred", "nineteen hundred", "fifteen hundred and", "twenty five hundred"} <= phrases


def test_hundreds_past_ten_stop_at_the_questions_largest_answer():
    assert hundreds_past_ten(900) == []
    assert hundreds_past_ten(1400) == [
        "eleven hundred",
        "twelve hundred",
        "thirteen hundred",
        "fourteen hundred",
        "eleven hundred and",
        "twelve hundred and",
        "thirteen hundred and",
        "fourteen hundred and",
    ]
    assert not any("hundred" in p and p.split()[0] in ("eleven", "twelve") for p in decoder_phrases(_q("bags")))


def test_the_parser_reads_every_hundred_past_ten_as_its_value():
    q = _q("deposit")
    got = {p: normalise(q, p, today=TODAY).value for p in hundreds_past_ten(4000) if not p.endswith(" and")}
    assert got["seventeen hundred"] == 1700
    assert got["twenty five hundred"] == 2500
    assert all(v == 100 * n for v, n in zip(got.values(), [*range(11, 20), 25]))


def test_approximations_after_the_number_are_in_the_model():
    hours = set(decoder_phrases(_q("hours")))
    assert {"forty or so", "ten tops", "twenty more or less", "hours give or take"} <= hours
    assert "hundred or so" not in hours  # the range does not reach a hundred
    assert {"hundred give or take", "thousand or so", "dollars tops"} <= set(decoder_phrases(_q("deposit")))


def test_the_parser_reads_a_number_with_an_approximation_after_it_as_that_number():
    q = _q("deposit")
    for said, value in [
        ("thirty or so", 30),
        ("twelve hundred give or take", 1200),
        ("sixty tops", 60),
        ("two thousand more or less", 2000),
        ("fifteen hundred dollars or so", 1500),
    ]:
        n = normalise(q, said, today=TODAY)
        assert (n.status, n.value) == ("valid", value), said
    assert all(p.split()[-1] in ("so", "take", "less", "tops") for p in approximations_after(50, ["hours"]))


def test_a_hundred_and_the_rest_are_in_the_model_of_an_amount_over_a_hundred():
    bags = set(decoder_phrases(_q("bags")))
    assert {"a hundred and", "hundred and seventy", "hundred and fifteen", "around a hundred"} <= bags
    assert not any(p.startswith(("hundred and", "a hundred and")) for p in decoder_phrases(_q("hours")))
    assert hundreds_and(99) == []


def test_the_parser_reads_a_hundred_and_the_rest_as_one_number():
    q = _q("bags")
    for said, value in [("a hundred and seventy", 170), ("three hundred and fifteen", 315), ("around a hundred", 100)]:
        n = normalise(q, said, today=TODAY)
        assert (n.status, n.value) == ("valid", value), said


def test_a_count_of_nights_knows_the_whole_weeks_within_its_range():
    nights = _q("nights")
    assert week_forms(nights) == ["a week", "one week", "a fortnight", "two weeks"]
    assert {"a week", "a fortnight"} <= set(decoder_phrases(nights))
    assert {"a week", "two weeks"} <= set(forced_answers(nights))
    assert week_forms(_q("hours")) == [] and week_forms(_q("deposit")) == []


def test_the_parser_reads_each_whole_week_as_nights():
    nights = _q("nights")
    got = {f: normalise(nights, f, today=TODAY).value for f in week_forms(nights)}
    assert got == {"a week": 7, "one week": 7, "a fortnight": 14, "two weeks": 14}
