"""Classes of wrong values stored on blind13 at first contact (only its sixteen wrong items were
read; the phrasings and the survey here are our own, for a pottery studio's evening classes)."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import intents
from customario.dialogue.answers import normalise

TODAY = date(2027, 11, 20)  # a Saturday
FEE = Question(id="fee", type="number", text="How much did the course cost you, in dollars?", min=0, max=5000)
SEATS = Question(id="seats", type="number", text="How many places did you book on the wheel?", min=1, max=8)
KILN = Question(id="kiln", type="yes_no", text="Did anyone from the studio fire your pieces for you?")
STAY = Question(id="stay", type="yes_no", text="Will you sign up for the next term?")
RATING = Question(id="rating", type="nps", text="How likely are you to recommend the studio to a friend?")
NEXT = Question(id="next_class", type="date", text="When do you expect your next class to be?")
FEEDBACK = Question(id="feedback", type="open", text="Anything you'd like to tell the teachers?", required=False)
ADDONS = Question(
    id="addons",
    type="multi_choice",
    text="Did you pay for any extras: clay, glazes, an apron, or locker hire?",
    choices=[
        Choice(code="clay", label="extra clay"),
        Choice(code="glaze", label="glazes", synonyms=["glaze"]),
        Choice(code="apron", label="an apron"),
        Choice(code="locker", label="locker hire", synonyms=["locker"]),
        Choice(code="none", label="no extras", synonyms=["nothing"]),
    ],
)
ROOM = Question(
    id="room",
    type="single_choice",
    text="Which room were you in, the wheel room, the hand-building room, or the garden shed?",
    choices=[
        Choice(code="wheel", label="the wheel room"),
        Choice(code="hand", label="the hand-building room"),
        Choice(code="shed", label="the garden shed"),
    ],
)


def test_a_price_whose_dollars_and_cents_are_the_same_number_keeps_its_cents():
    r = normalise(FEE, "Forty-five forty-five.", today=TODAY)
    assert r.value == 45.45 and r.method == "inferred"
    assert normalise(FEE, "forty-five", today=TODAY).value == 45


def test_prices_with_two_readings_are_read_back():
    r = normalise(FEE, "A buck fifty.", today=TODAY)
    assert r.value == 1.5 and r.method == "inferred"  # never 50
    r = normalise(FEE, "Three thousand two, I think.", today=TODAY)
    assert r.value == 3002 and r.method == "inferred"  # also said for 3,200
    assert normalise(FEE, "three thousand two hundred", today=TODAY).method in ("exact", "phrase")


def test_places_for_a_list_of_people_count_the_people():
    r = normalise(SEATS, "Just me, my sister and her two girls.", today=TODAY)
    assert r.value == 4 and r.method == "inferred"
    assert normalise(SEATS, "me and two pals", today=TODAY).value == 3
    assert normalise(SEATS, "me and my kids", today=TODAY).status == "invalid"  # how many kids?


def test_yeah_nah_with_no_one_after_it_is_a_no():
    r = normalise(KILN, "Yeah nah, no one touched them.", today=TODAY)
    assert r.value == "no"
    # a "yeah" before "nobody" may be a filler: read back, never stored as said
    assert normalise(KILN, "Yeah, nobody did it for me.", today=TODAY).method == "inferred"


def test_a_date_counted_from_a_holiday_by_its_night_or_morning():
    assert normalise(NEXT, "The night before Christmas Eve.", today=TODAY).value == "2027-12-23"
    assert normalise(NEXT, "the morning after Thanksgiving", today=TODAY).value == "2027-11-26"


def test_a_holiday_or_maybe_the_day_after_is_two_dates():
    assert normalise(NEXT, "Thanksgiving, or maybe the day after.", today=TODAY).status == "invalid"


def test_new_years_alone_and_a_gloomy_guess_are_read_back():
    assert normalise(NEXT, "New Year's.", today=TODAY).method == "inferred"
    assert normalise(NEXT, "New Year's Day.", today=TODAY).method in ("exact", "phrase")
    r = normalise(NEXT, "Easter, the way things are going.", today=TODAY)
    assert r.status == "valid" and r.method == "inferred"


def test_none_then_an_exception_in_the_next_sentence_is_the_exception():
    r = normalise(ADDONS, "Nothing. Oh, except the locker.", today=TODAY)
    assert r.value == ["locker"] and r.method == "inferred"
    assert normalise(ADDONS, "Nothing.", today=TODAY).value == ["none"]


def test_a_question_about_what_an_option_means_stores_nothing():
    for text in (
        "Does the porch count as the garden shed? We were out back.",
        "Did you say locker hire? You have lockers?",
        "does the practice night count? then two",
    ):
        assert intents.asks_what_counts(text), text
    assert (
        normalise(ROOM, "Does the porch count as the garden shed? We were out back.", today=TODAY).status == "invalid"
    )
    assert normalise(ADDONS, "Glazes, you have lovely colours.", today=TODAY).value == ["glaze"]


def test_rhetorical_and_mock_certain_answers_are_read_back():
    r = normalise(STAY, "Oh sure, after the way they lost my bowl? I'll be first in line.", today=TODAY)
    assert r.method == "inferred"
    assert normalise(RATING, "Oh, a ten, obviously. My mug came out in three pieces.", today=TODAY).method == "inferred"
    assert normalise(RATING, "Obviously a ten, they were lovely.", today=TODAY).method in ("exact", "phrase")


def test_nothing_i_want_to_share_is_a_refusal():
    assert normalise(FEEDBACK, "Nothing I'd want to share.", today=TODAY).status == "refused"
    assert normalise(FEEDBACK, "Nothing really, it was fine.", today=TODAY).status == "valid"
