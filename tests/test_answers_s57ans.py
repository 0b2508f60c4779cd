"""Typed answers, classes read from the development corpus answers blind72 (s57 helper), in the
team's own questions and phrasings: a question asked in a currency named by the one-currency last
word of its CLDR name ("in cedis", "in ringgit"); whole units and their hundredths said together
("forty-two ringgit and thirty sen"); an ISO 4217 code typed beside a figure ("GHS 75"); "wanna" in
a refusal; "nothing I want on the record"; two ways of contacting in one opt-out ("call or text me
ever again"); Spanish "no sé" and Malay "tak tahu"; Malay and Spanish yes/no words opening an
answer ("Betul", "Sí, sí", "Claro que no"; "Tak" is left unread: Malay no, Polish yes)."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Question
from customario.dialogue import money_words, optout
from customario.dialogue.answers import normalise
from customario.dialogue.currencies import asked_in_word, codes_beside_figures

_TODAY = date(2033, 5, 4)
_CEDIS = Question(id="fare", type="number", text="What did the trip cost you, in cedis?", min=0, max=5000)
_RINGGIT = Question(id="repair", type="number", text="What did the repair cost, in ringgit?", min=0, max=9000)
_DOLLARS = Question(id="spend", type="number", text="How much do you spend on groceries a week?", min=0, max=900)
_ON_TIME = Question(id="on_time", type="yes_no", text="Did the plumber arrive when he said he would?")
_REMARKS = Question(id="remarks", type="open", text="Anything else about the plumber?", required=False)


def _read(question: Question, text: str):
    got = normalise(question, text, today=_TODAY)
    return got.status, got.value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("What did the trip cost you, in cedis?", "GHS"),
        ("How much was the repair, in ringgit?", "MYR"),
        ("How much did the tailor charge, in naira?", "NGN"),
        # near neighbours: no one-currency word after "in"
        ("How much did it cost in real terms?", None),
        ("How much, in dollars?", None),
        ("How much was it in total?", None),
    ],
)
def test_currency_named_by_its_own_last_word(text, code):
    assert asked_in_word(text) == code


def test_question_in_cedis_is_not_asked_in_dollars():
    assert money_words.asked_currency(_CEDIS) == "GHS"
    assert _read(_CEDIS, "About eighty US dollars.")[0] == "invalid"  # never converted
    assert _read(_CEDIS, "Sixty dollars, give or take.")[0] == "invalid"
    assert _read(_CEDIS, "Eighty cedis.") == ("valid", 80)
    # near neighbour: the same dollars to a question in dollars
    assert _read(_DOLLARS, "About eighty dollars.") == ("valid", 80)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Forty-two ringgit and thirty sen.", 42.3),
        ("Sixty ringgit fifteen.", 60.15),
        ("1,200 ringgit 5 sen", 1200.05),
        ("Six hundred and eight ringgit.", 608),  # near neighbour: no hundredths said
    ],
)
def test_whole_units_then_hundredths(text, value):
    assert _read(_RINGGIT, text) == ("valid", value)


def test_hundredths_alone_are_not_whole_units():
    assert _read(_RINGGIT, "three hundred and twenty sen")[0] == "invalid"  # never 320 ringgit
    # near neighbour: the hundredths ahead of a remark about parts are not read as hundredths
    assert _read(_RINGGIT, "Sixty ringgit, fifteen for the parts.") != ("valid", 60.15)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("GHS 75", {"GHS"}),
        ("it was 75ghs", {"GHS"}),
        ("NZD40 or so", {"NZD"}),
        # near neighbours: codes that are English words, figures with no code
        ("top 10 for sure", set()),
        ("all 3 of them", set()),
        ("about 75", set()),
    ],
)
def test_codes_beside_figures(text, codes):
    assert codes_beside_figures(text) == codes


def test_code_of_another_currency_is_asked_again():
    assert _read(_DOLLARS, "GHS 75")[0] == "invalid"
    assert _read(_DOLLARS, "75 usd") == ("valid", 75)  # near neighbour: the question's own code
    assert _read(_RINGGIT, "MYR 640") == ("valid", 640)


def test_wanna_in_a_refusal():
    assert _read(_ON_TIME, "I don't wanna answer that.")[0] == "refused"
    assert _read(_ON_TIME, "I'd rather not, don't wanna say.")[0] == "refused"


def test_nothing_on_the_record_is_a_refusal():
    assert _read(_REMARKS, "Nothing I'd want on the record, thanks.")[0] == "refused"
    # near neighbour: an answer that happens to start with "nothing"
    got = _read(_REMARKS, "Nothing, he kept a record of every part he used.")
    assert got == ("valid", "Nothing, he kept a record of every part he used.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Never call or message me again.", "opt-out"),
        ("Don't phone, text or email me ever again", "opt-out"),
    ],
)
def test_two_ways_of_contact_in_one_opt_out(text, kind):
    assert optout.detect(text).kind == kind


def test_two_ways_of_contact_with_a_time_limit_are_no_opt_out():
    # near neighbour: a limit on when, not a revocation (as "don't call me after eight" is not)
    assert optout.detect("Don't call or text me after eight at night.").kind != "opt-out"


@pytest.mark.parametrize("text", ["No sé.", "Hmm, no sé, sorry.", "Tak tahu lah."])
def test_dont_know_in_spanish_and_malay(text):
    assert _read(_ON_TIME, text)[0] == "dont_know"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Betul.", "yes"),
        ("Sí, sí.", "yes"),
        ("Claro que sí.", "yes"),
        ("Claro que no.", "no"),
        ("No, she came late.", "no"),  # near neighbour: English "no" then a comma
    ],
)
def test_malay_and_spanish_yes_and_no(text, value):
    assert _read(_ON_TIME, text) == ("valid", value)


@pytest.mark.parametrize("text", ["Tak.", "Tak lambat.", "Betul ke?"])
def test_malay_words_left_unread(text):
    # near neighbours: "tak" is no in Malay and yes in Polish, "betul ke?" asks back: no yes/no read
    assert _read(_ON_TIME, text)[0] == "invalid"


_COUNT = Question(id="lessons", type="number", text="How many lessons have you booked?", min=0, max=100)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.5 thousand", 2500),
        ("roughly 3.25 thousand", 3250),
        ("Two point five k.", 2500),
        ("four point two thousand ringgit", 4200),
        ("Two thousand.", 2000),  # near neighbour: a whole figure and its unit, as before
    ],
)
def test_decimal_before_a_unit_of_size(text, value):
    assert _read(_RINGGIT, text)[1] == value


def test_decimal_dozen_and_a_decimal_alone():
    assert _read(_COUNT, "2.5 dozen") == ("valid", 30)
    assert _read(_RINGGIT, "Four point two.")[1] != 4200  # near neighbour: no unit of size said


_SIZE = Question(
    id="size",
    type="single_choice",
    text="Which size did you buy, small, medium or large?",
    choices=[
        {"code": "small", "label": "small"},
        {"code": "medium", "label": "medium"},
        {"code": "large", "label": "large"},
    ],
)


@pytest.mark.parametrize(
    ("text", "value"), [("Option number two.", "medium"), ("Choice number three", "large"), ("Option one.", "small")]
)
def test_option_number_n(text, value):
    assert _read(_SIZE, text) == ("valid", value)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Take my number off, I've had enough of these.", "opt-out"),
        ("Take us off, we're not interested.", "opt-out"),
        # near neighbours: "off" followed by the thing it is taken off, or a remark about a record
        ("Take my number off the invoice, I'm moving.", "none"),
        ("Take my number off, the one on the invoice is old.", "none"),
    ],
)
def test_taken_off_then_a_reason(text, kind):
    assert optout.detect(text).kind == kind


_PROMISED = Question(id="promised", type="yes_no", text="Was the cake ready at the time we promised?")
_READY_AT = Question(id="ready_at", type="yes_no", text="Was the cake ready at the counter?")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Not late at all.", "yes"), ("Wasn't late, no.", "yes"), ("Dead on.", "yes"), ("Late, by an hour.", "no")],
)
def test_time_we_promised_is_asked_about_on_time(text, value):
    assert _read(_PROMISED, text) == ("valid", value)


def test_late_to_a_question_not_about_time():
    # near neighbour: "ready at the counter" asks no promised time
    assert _read(_READY_AT, "Not late at all.") != ("valid", "yes")


_USED = Question(
    id="used",
    type="multi_choice",
    text="Which did you use during your stay, the garden, the tea room, or the text updates?",
    choices=[
        {"code": "garden", "label": "the garden"},
        {"code": "tea_room", "label": "the tea room", "synonyms": ["tea room", "cafe"]},
        {"code": "text_updates", "label": "the text updates", "synonyms": ["updates", "messages", "texts"]},
    ],
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("The garden, cheers.", ["garden"]), ("Only the cafe, thanks.", ["tea_room"]), ("Cheers.", None)],
)
def test_courtesy_words_name_no_choice(text, value):
    assert _read(_USED, text)[1] == value


def test_a_kind_of_message_still_names_its_choice():
    # near neighbour: WordNet's kinds still read a thing that is one ("a newsletter" is a message)
    assert _read(_USED, "A newsletter.") == ("valid", ["text_updates"])


_REMINDER = Question(id="reminder", type="yes_no", text="Would you like a reminder call the day before?")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ah, that would be wonderful, hun.", "yes"),
        ("That'd be handy, sir.", "yes"),
        ("That would be lovely, pet, but no thanks.", "no"),  # near neighbour: the no after it counts
    ],
)
def test_welcome_with_a_term_of_address(text, value):
    assert _read(_REMINDER, text) == ("valid", value)
