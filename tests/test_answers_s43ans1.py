"""Typed survey answers, classes of caller behaviour found in answers blind41 (stop 43, helper
ans1; blind33, blind34 and blind23 hold the same shapes), in the team's own phrasings (a gutter
clean, a sewing class, a piano tuner, a window fitter, a kayak tour):

- don't-know said as a memory gone with an adverb ("went clean out of my mind"), a count or a time
  never taken ("We didn't count", "I never timed it"), "lost count" with a word of candour, and a
  date put off until the caller has checked their diary "and gets back to you";
- refusals: "I'd sooner not say" (British "sooner" for "rather"), and declining the booking a date
  question offers by its verb ("I don't want to schedule anything just yet");
- a punctuality question asked without "on time" ("at the time they were booked for"): lateness is
  a no, earliness and "punctual" a yes, and "I can't say they weren't punctual" is said plainly;
- negative concord (dialect): "Ain't nothing broke", "I didn't notice nothing damaged" are one
  negation (a no), "I didn't buy nothing" the none choice; the logical double negative of a frame
  of saying ("I wouldn't say nothing was damaged") is not concord;
- "Nothing broke" to "was anything damaged?" is a no.

Every reading that is not plain is read back (``inferred``), never stored as said.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import concord
from customario.dialogue.answers import normalise

_HEADCOUNT = Question(id="headcount", type="number", text="How many people were in the sewing class?", min=1, max=30)
_MINUTES = Question(id="minutes", type="number", text="How long did the tuning take, in minutes?", min=1, max=300)
_CLASS_DAY = Question(id="class_day", type="date", text="On what day was your sewing class?")
_CHECKUP = Question(
    id="checkup",
    type="date",
    text="Which date would suit you for a free check-up of the gutters? Any day from tomorrow.",
)
_PIANO = Question(
    id="piano",
    type="single_choice",
    text="Which piano was tuned, the upright, the grand or the digital one?",
    choices=[
        Choice(code="upright", label="the upright"),
        Choice(code="grand", label="the grand"),
        Choice(code="digital", label="the digital one"),
    ],
)
_PUNCTUAL = Question(
    id="punctual", type="yes_no", text="Did the fitter arrive on the day and at the time he was booked for?"
)
_DAMAGE = Question(
    id="damage",
    type="yes_no",
    text="Was anything damaged while the windows were fitted, such as the sills or the floor?",
)
_SHOP = Question(
    id="shop",
    type="multi_choice",
    text="What did you buy at the kayak shop, a dry bag, a map, a snack, or none of these?",
    choices=[
        Choice(code="dry_bag", label="a dry bag"),
        Choice(code="map", label="a map"),
        Choice(code="snack", label="a snack"),
        Choice(code="none", label="none of these"),
    ],
)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_CLASS_DAY, "It went clean out of my mind, sorry"),
        (_HEADCOUNT, "We didn't count, sorry"),
        (_MINUTES, "I never timed it"),
        (_HEADCOUNT, "I genuinely lost count"),
        (_CHECKUP, "I'll need to check my diary and let you know"),
    ],
)
def test_dont_know_said_as_never_measured_or_forgotten(question: Question, text: str) -> None:
    assert normalise(question, text).status == "dont_know"


def test_a_count_beside_what_was_not_counted_is_the_answer() -> None:
    read = normalise(_HEADCOUNT, "I didn't count the teacher, so nine")
    assert (read.status, read.value) == ("valid", 9)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_PIANO, "I'd sooner not say which one"),
        (_CHECKUP, "I don't want to schedule anything just yet"),
        (_CHECKUP, "We're not going to book one, thanks"),
    ],
)
def test_refusals_by_sooner_and_by_the_booking_declined(question: Question, text: str) -> None:
    assert normalise(question, text).status == "refused"


def test_a_date_beside_the_booking_declined_is_a_date() -> None:
    read = normalise(_CHECKUP, "I don't want to schedule anything before the 20th", today=None)
    assert read.status != "refused"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Right day, but two hours late", "no"),
        ("He was a touch early if anything", "yes"),
        ("Very punctual", "yes"),
        ("I can't say he wasn't punctual", "yes"),
        ("I can't say he wasn't late", "no"),
    ],
)
def test_punctuality_asked_as_the_booked_time(text: str, value: str) -> None:
    read = normalise(_PUNCTUAL, text)
    assert (read.status, read.value, read.method) == ("valid", value, "inferred")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ain't nothing broke", "no"),
        ("I didn't see nothing damaged", "no"),
        ("Nothing broke, no", "no"),
        ("Nothing got scratched", "no"),
        ("Nothing broke, but the sill got chipped", "yes"),
    ],
)
def test_damage_denied_by_concord_or_by_nothing(text: str, value: str) -> None:
    read = normalise(_DAMAGE, text)
    assert (read.status, read.value) == ("valid", value)
    if text != "Nothing broke, no":
        assert read.method == "inferred"


def test_concord_on_a_multi_choice_is_the_none_choice_read_back() -> None:
    read = normalise(_SHOP, "I didn't buy nothing")
    assert (read.status, read.value, read.method) == ("valid", ["none"], "inferred")


@pytest.mark.parametrize(
    ("text", "single"),
    [
        ("ain't nothing broke", "nothing broke"),
        ("we didn't get no refund", "we get no refund"),
        ("i wouldn't say they didn't do nothing", "i wouldn't say they didn't do nothing"),
        ("it's not like we didn't get nothing", "it's not like we didn't get nothing"),
        ("i don't have no doubt", "i don't have no doubt"),
        ("i won't say no to that", "i won't say no to that"),
        ("i never said nothing about it", "i never said nothing about it"),
        ("didn't, no one did", "didn't, no one did"),
    ],
)
def test_single_negation_only_for_concord(text: str, single: str) -> None:
    assert concord.single_negation(text) == single


_IDEAS = Question(id="ideas", type="open", text="Is there anything we could do better next time?", required=False)
_TOUR_DAY = Question(id="tour_day", type="date", text="Which day is your next kayak tour booked for?")


def test_a_remark_on_the_question_beside_a_dont_know_is_a_dont_know() -> None:
    """answers blind44: "Good question. I'm not sure." to an open question says nothing more."""
    assert normalise(_IDEAS, "Tough question, I'm not sure").status == "dont_know"
    read = normalise(_IDEAS, "Good question, maybe bigger lockers")
    assert (read.status, read.value) == ("valid", "Good question, maybe bigger lockers")


def test_two_dates_not_yet_confirmed_are_asked_again_not_a_dont_know() -> None:
    """answers blind44: "The sixth or the seventh, they haven't confirmed" names two dates."""
    today = date(2030, 5, 1)
    assert normalise(_TOUR_DAY, "The ninth or the tenth, they haven't confirmed", today=today).status == "invalid"
    assert normalise(_TOUR_DAY, "They haven't confirmed it yet", today=today).status == "dont_know"


_FOUND_US = Question(
    id="found_us",
    type="single_choice",
    text="How did you find the gutter company, a friend or neighbour, a web search, a leaflet or the radio?",
    choices=[
        Choice(code="friend", label="a friend or neighbour", synonyms=["friend", "neighbour", "word of mouth"]),
        Choice(code="web", label="a web search", synonyms=["online", "google"]),
        Choice(code="leaflet", label="a leaflet", synonyms=["flyer"]),
        Choice(code="radio", label="the radio"),
    ],
)
_SOURCES = Question(
    id="sources",
    type="multi_choice",
    text="Where did you hear about the kayak tour, a friend or relative, a poster, or the radio?",
    choices=[
        Choice(code="people", label="a friend or relative", synonyms=["word of mouth"]),
        Choice(code="poster", label="a poster"),
        Choice(code="radio", label="the radio"),
    ],
)
_COMPANY = Question(
    id="company",
    type="single_choice",
    text="Who came on the tour with you, family, friends, or nobody?",
    choices=[
        Choice(code="family", label="family"),
        Choice(code="friends", label="friends"),
        Choice(code="alone", label="nobody, I came alone"),
    ],
)


@pytest.mark.parametrize(
    "text", ["My brother-in-law put me onto you", "A workmate told me", "Through my auntie", "My husband, he used you"]
)
def test_a_person_the_caller_knows_is_the_choice_of_such_people_read_back(text: str) -> None:
    """answers blind41, blind32, blind25: the friend or relative who told the caller, not the word."""
    read = normalise(_FOUND_US, text)
    assert (read.status, read.value, read.method) == ("valid", "friend", "inferred")


def test_a_person_beside_a_named_choice_is_added_to_a_list_read_back() -> None:
    read = normalise(_SOURCES, "A mate from the rowing club, and the poster at the harbour")
    assert (read.status, read.value, read.method) == ("valid", ["people", "poster"], "inferred")


def test_a_person_with_two_choices_of_people_is_no_reading() -> None:
    assert normalise(_COMPANY, "My sister").status == "invalid"


def test_a_choice_named_beside_the_person_wins() -> None:
    read = normalise(_FOUND_US, "My wife found you on google")
    assert (read.status, read.value) == ("valid", "web")


def test_a_choice_word_wordnet_files_under_people_is_no_choice_of_people() -> None:
    """answers blind40: "voucher" is first a person who vouches in WordNet; "my sister cancelled"
    said to "website, phone, gift voucher or agent?" names no way of booking."""
    booking = Question(
        id="booking",
        type="single_choice",
        text="How did you book the kayak tour, online, by phone or with a gift voucher?",
        choices=[
            Choice(code="online", label="online"),
            Choice(code="phone", label="by phone"),
            Choice(code="voucher", label="with a gift voucher", synonyms=["voucher"]),
        ],
    )
    assert normalise(booking, "There were two of us in the end, my sister cancelled").status == "invalid"


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_DAMAGE, "They chipped a tile on the sill, does that count? Yeah, I'd say so", "yes"),
        (
            _SHOP,
            "The dry bag and a cereal bar, does a cereal bar count? Yes, the dry bag and a snack",
            ["dry_bag", "snack"],
        ),
        (_SHOP, "A map and, um, a flapjack, does a flapjack count? Yeah, a map and a snack", ["map", "snack"]),
    ],
)
def test_a_question_about_what_counts_answered_by_the_caller_is_read_back(question, text, value) -> None:
    """answers blind41, blind32, blind36, blind38: "does that count? Yes, I suppose"."""
    read = normalise(question, text)
    assert (read.status, read.value, read.method) == ("valid", value, "inferred")


def test_a_question_about_what_counts_left_open_is_asked_back() -> None:
    for text in ("They chipped a tile, does that count?", "They chipped a tile, does that count? Probably not"):
        assert normalise(_DAMAGE, text).reason == "your answer, once your question is answered"


def test_an_answer_then_a_doubt_whether_it_counts_is_asked_again() -> None:
    """answers blind32: "Once, but it might have been a real break-in attempt, we don't know" to
    "has the alarm gone off by mistake?" is no don't-know (it went off) and no yes (maybe not by
    mistake): asked again. A doubt alone stays a don't-know."""
    mistake = Question(id="mistake", type="yes_no", text="Did the smoke alarm go off by mistake since it was fitted?")
    assert normalise(mistake, "Twice, but it could have been the toast, I'm not sure").status == "invalid"
    assert normalise(mistake, "It might have been, I don't know").status == "dont_know"


def test_otherwise_none_keeps_only_what_was_named() -> None:
    """answers blind41: "The apron, otherwise none of them" is the apron alone."""
    read = normalise(_SHOP, "The map, otherwise none of those")
    assert (read.status, read.value) == ("valid", ["map"])
    assert normalise(_SHOP, "A snack, otherwise nothing").value == ["snack"]


_PRACTISED = Question(id="practised", type="yes_no", text="Did you practise the piano between lessons?")


@pytest.mark.parametrize(
    ("text", "value", "method"),
    [
        ("You betcha, most nights", "yes", None),
        ("I'd be lying if I said I did", "no", "inferred"),
        ("I'd be lying if I told you I didn't", "yes", "inferred"),
    ],
)
def test_yes_by_regional_idiom_and_no_by_what_would_be_a_lie(text: str, value: str, method: str | None) -> None:
    """answers blind44: "Oh, you betcha, every single evening", "I'd be lying if I said we did"."""
    read = normalise(_PRACTISED, text)
    assert (read.status, read.value) == ("valid", value)
    if method:
        assert read.method == method


def test_a_lie_about_more_than_the_question_is_asked_again() -> None:
    assert normalise(_PRACTISED, "I'd be lying if I said I practised every single day").status == "invalid"


def test_withholding_said_ahead_is_a_refusal() -> None:
    """answers blind44: "I won't be giving you that" to a date question."""
    assert normalise(_CHECKUP, "I won't be giving you that, sorry").status == "refused"


def test_a_place_in_the_list_said_as_the_thing_read_out() -> None:
    """answers blind44: "Oh, the first thing you said." is the first choice, read back."""
    assert normalise(_PIANO, "Um, the second thing you mentioned").value == "grand"
    assert normalise(_PIANO, "The last item on your list").value == "digital"
    assert normalise(_PIANO, "The first thing I noticed was the noise").status == "invalid"
