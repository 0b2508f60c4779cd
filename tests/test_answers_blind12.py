"""Classes of wrong values stored on blind12 at first contact (only its twelve wrong items were
read; the phrasings and the survey here are our own, for a ferry operator)."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import references
from customario.dialogue.answers import normalise

TODAY = date(2027, 3, 16)
SAILING = Question(id="sailing", type="date", text="When is your season ticket up for its next payment?")
FARE = Question(id="fare", type="number", text="Roughly what did you pay for the crossing, in dollars?", min=0, max=500)
CABIN = Question(id="cabin", type="yes_no", text="Did you book a cabin?")
RATING = Question(id="rating", type="nps", text="How likely are you to recommend the ferry to a friend?")
EXTRAS = Question(
    id="extras",
    type="multi_choice",
    text="What did you buy on board: an adult ticket, a child ticket, a meal, or wifi?",
    choices=[
        Choice(code="adult", label="adult ticket", synonyms=["adult"]),
        Choice(code="child", label="child ticket", synonyms=["child", "kid"]),
        Choice(code="meal", label="meal", synonyms=["food", "dinner"]),
        Choice(code="wifi", label="wifi", synonyms=["internet"]),
    ],
)
DECK = Question(
    id="deck",
    type="single_choice",
    text="Where did you sit, the lounge, the upper deck, or your car?",
    choices=[
        Choice(code="lounge", label="the lounge"),
        Choice(code="upper", label="the upper deck", synonyms=["outside"]),
        Choice(code="car", label="my car", synonyms=["in the car"]),
    ],
)


def test_a_year_said_in_words_is_the_year_not_the_nearest_one():
    for text in ("February second, twenty twenty-nine", "the second of February two thousand twenty-nine"):
        r = normalise(SAILING, text, today=TODAY)
        assert r.status == "valid" and r.value == "2029-02-02", text
    assert normalise(SAILING, "February the thirtieth twenty twenty-nine", today=TODAY).status == "invalid"


def test_a_number_and_something_is_not_that_number():
    for text in ("eighty-something", "a hundred and something", "uh, sixty something I think"):
        assert normalise(FARE, text, today=TODAY).status == "invalid", text
    assert normalise(FARE, "sixty, something like that", today=TODAY).value == 60


def test_a_rhetorical_who_doesnt_strengthens_a_yes():
    assert normalise(CABIN, "Definitely, who wouldn't?", today=TODAY).value == "yes"
    assert normalise(CABIN, "No, who does?", today=TODAY).value == "no"


def test_yes_wait_no_takes_the_yes_back_even_with_a_reason_after_it():
    r = normalise(CABIN, "Yeah, hold on, no, we sat up top the whole way.", today=TODAY)
    assert r.value == "no" and r.method == "self-corrected"
    assert normalise(CABIN, "Nope, wait, yes, a little one.", today=TODAY).value == "yes"


def test_a_request_then_its_reason_is_a_question_to_the_agent():
    assert references.asks_back("Could I get a refund? The sailing was cancelled.")
    assert references.asks_back("Can you send me the receipt? I lost mine.")
    assert not references.asks_back("Can I say the lounge? It was warmer.")
    assert not references.asks_back("Can I change my answer? I think it was the car.")


def test_a_choice_said_with_only_after_it_leaves_out_the_others_named_later():
    r = normalise(EXTRAS, "Meal only, the wifi I paid for at the terminal.", today=TODAY)
    assert r.value == ["meal"] and r.method == "inferred"
    assert set(normalise(EXTRAS, "Meal only, and wifi too", today=TODAY).value) == {"meal", "wifi"}


def test_both_of_a_kind_names_the_two_choices_of_that_kind():
    r = normalise(EXTRAS, "Both tickets and the food.", today=TODAY)
    assert set(r.value) == {"adult", "child", "meal"}
    assert normalise(EXTRAS, "both", today=TODAY).status == "invalid"  # both of what?


def test_a_top_rating_beside_a_complaint_is_read_back_even_when_the_rating_is_praised():
    r = normalise(RATING, "Oh, a perfect ten, especially when the crew are rude.", today=TODAY)
    assert r.value == 10 and r.method == "inferred"
    r = normalise(RATING, "A perfect ten, the crew were lovely.", today=TODAY)
    assert r.value == 10 and r.method != "inferred"


def test_i_just_love_doing_something_beside_a_top_rating_is_read_back():
    r = normalise(RATING, "Ten, I just love queueing for an hour.", today=TODAY)
    assert r.value == 10 and r.method == "inferred"
