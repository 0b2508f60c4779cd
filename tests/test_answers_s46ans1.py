"""Typed survey answers, from the non-right items of development corpora answers blind46, blind47
and blind48 read as classes (issue 11, 6 December 2026). Our own phrasings, on made-up questions:

- refusals: the will-not said with "'ll not" or in full, a question left out with its reason
  after it, privacy claimed of a question-word clause, "personal reasons" to a why-choice;
- don't-knows: "on the fence", "I'd have to think about it", "ask me in a month";
- an exclamation ("oh my god") is no zero beside a rating;
- yes/no idioms: no hesitation, never doing without, "don't see why not", "no harm in trying",
  "go on then", "uh-uh", "prob not", "couldn't fault them".
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_OFFER = Question(id="offer", type="yes_no", text="Would you like us to email you a brochure for next season?")
_AGAIN = Question(id="again", type="yes_no", text="Would you book a stay with us again?")
_GEAR = Question(id="gear", type="yes_no", text="Do you wear a life jacket when you go out on the lake?")
_CLEAN = Question(id="clean", type="yes_no", text="Was the cabin clean when you arrived?")
_BROKEN = Question(id="broken", type="yes_no", text="Was anything broken or missing in the cabin?")
_NPS = Question(id="nps", type="nps", text="How likely are you to recommend the campsite to a friend?")
_NIGHTS = Question(id="nights", type="number", text="How many nights did you stay?", min=1, max=30)
_SPEND = Question(
    id="spend", type="number", text="About how much did you spend at the shop, in dollars?", min=0, max=900
)
_WHY = Question(
    id="why",
    type="single_choice",
    text="Why did you leave early, the weather, the noise, or the price?",
    choices=[
        Choice(code="weather", label="the weather"),
        Choice(code="noise", label="the noise"),
        Choice(code="price", label="the price"),
    ],
)
_WHY_PERSONAL = Question(
    id="why_personal",
    type="single_choice",
    text="What was the main reason for your trip, work, family or personal reasons?",
    choices=[
        Choice(code="work", label="work"),
        Choice(code="family", label="family"),
        Choice(code="personal", label="personal reasons"),
    ],
)


def _read(q: Question, text: str) -> tuple[str, object, str]:
    n = normalise(q, text)
    return n.status, n.value, n.method


@pytest.mark.parametrize(
    "q, text",
    [
        (_CLEAN, "I'll not answer that, sorry."),
        (_NIGHTS, "We'll not say, if it's all the same to you."),
        (_CLEAN, "Leave that one out, I don't want the cleaner in bother."),
        (_SPEND, "How much we spend is our own business."),
        (_SPEND, "What I spent is my affair."),
        (_WHY, "Personal reasons."),
        (_WHY, "For private reasons, really."),
    ],
)
def test_refusals_said_in_other_words(q: Question, text: str) -> None:
    assert normalise(q, text).status == "refused"


def test_personal_reasons_is_a_choice_when_the_question_offers_it() -> None:
    assert _read(_WHY_PERSONAL, "Personal reasons.")[:2] == ("valid", "personal")


def test_plain_statements_are_no_refusal() -> None:
    assert normalise(_OFFER, "I'll not say no.").value == "yes"
    assert normalise(_CLEAN, "The shop is my own business, and yes, it was clean.").status != "refused"


@pytest.mark.parametrize(
    "q, text",
    [
        (_AGAIN, "Eh, I'm on the fence."),
        (_AGAIN, "We'd have to think about it."),
        (_AGAIN, "I'll have to sleep on it."),
        (_NPS, "Ask me in a month."),
        (_AGAIN, "Ask me again in a year or so."),
    ],
)
def test_undecided_is_a_dont_know(q: Question, text: str) -> None:
    assert normalise(q, text).status == "dont_know"


def test_a_figure_beside_a_deferral_is_no_dont_know() -> None:
    assert normalise(_NIGHTS, "Ask me in a month, three maybe").status != "dont_know"


@pytest.mark.parametrize("text", ["Oh my god, a ten!", "A nine, omg.", "Oh my days, nine."])
def test_an_exclamation_is_no_zero(text: str) -> None:
    assert normalise(_NPS, text).status == "valid"
    assert normalise(_NPS, text).value in (9, 10)


@pytest.mark.parametrize(
    "q, text, value",
    [
        (_AGAIN, "I wouldn't hesitate.", "yes"),
        (_AGAIN, "We would not think twice.", "yes"),
        (_GEAR, "I wouldn't dream of going out without one.", "yes"),
        (_OFFER, "I don't see why not.", "yes"),
        (_OFFER, "Can't see why not.", "yes"),
        (_OFFER, "No harm in having a look.", "yes"),
        (_OFFER, "Sure, no harm in trying.", "yes"),
        (_OFFER, "Go on then.", "yes"),
        (_OFFER, "Uh-uh.", "no"),
        (_OFFER, "prob not", "no"),
        (_CLEAN, "Couldn't fault it.", "yes"),
        (_BROKEN, "Couldn't fault it.", "no"),
    ],
)
def test_yes_no_idioms(q: Question, text: str, value: str) -> None:
    status, got, _method = _read(q, text)
    assert (status, got) == ("valid", value)


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't hesitate to go somewhere else.",
        "I wouldn't dream of it.",
        "I don't see why not, but no.",
    ],
)
def test_what_the_idioms_leave_alone_is_never_a_yes(text: str) -> None:
    n = normalise(_AGAIN, text)
    assert not (n.status == "valid" and n.value == "yes")


def test_idioms_of_yes_are_read_back() -> None:
    for text in ("I wouldn't hesitate.", "I don't see why not.", "No harm in having a look."):
        assert normalise(_AGAIN, text).method == "inferred"


_REPLIED = Question(
    id="replied", type="yes_no", text="Did the office call you back quickly whenever you left a message?"
)
_LOOKS_FORWARD = Question(id="looks", type="yes_no", text="Does your son look forward to his swimming lessons?")
_BOAT = Question(
    id="boat",
    type="single_choice",
    text="Did you paddle mostly a kayak, a canoe, or a mix of both?",
    choices=[
        Choice(code="kayak", label="a kayak"),
        Choice(code="canoe", label="a canoe"),
        Choice(code="both", label="a mix of both", synonyms=["half and half", "a bit of each"]),
    ],
)
_PAY = Question(
    id="pay",
    type="single_choice",
    text="Did you pay by card or in cash?",
    choices=[Choice(code="card", label="card"), Choice(code="cash", label="cash")],
)
_SPORTS = Question(
    id="sports",
    type="multi_choice",
    text="Which did you try, sailing, climbing, archery or fishing?",
    choices=[
        Choice(code="sailing", label="sailing"),
        Choice(code="climbing", label="climbing"),
        Choice(code="archery", label="archery"),
        Choice(code="fishing", label="fishing"),
    ],
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Always, normally within the day.", "yes"),
        ("Within the hour, every single time.", "yes"),
        ("Hardly ever.", "no"),
    ],
)
def test_always_to_a_question_about_each_time(text: str, value: str) -> None:
    assert _read(_REPLIED, text) == ("valid", value, "inferred")


def test_always_with_a_but_is_asked_again() -> None:
    assert normalise(_REPLIED, "Always, but it took days.").status == "invalid"


def test_loving_it_is_looking_forward_to_it() -> None:
    assert _read(_LOOKS_FORWARD, "He loves it.") == ("valid", "yes", "inferred")
    assert _read(_LOOKS_FORWARD, "He doesn't love it.")[:2] == ("valid", "no")


def test_the_first_rating_returned_to_after_but() -> None:
    n = normalise(_NPS, "Six. Maybe seven on a good day, but six.")
    assert (n.status, n.value, n.method) == ("valid", 6, "self-corrected")
    assert normalise(_NPS, "Six. Maybe seven, but eight.").status == "invalid"


def test_a_mixture_is_the_mixture_choice_when_one_is_offered() -> None:
    assert _read(_BOAT, "Half and half, really.")[:2] == ("valid", "both")
    assert normalise(_PAY, "Half and half, really.").status == "invalid"


def test_all_n_counts_the_choices() -> None:
    every = ["sailing", "climbing", "archery", "fishing"]
    assert _read(_SPORTS, "all 4")[:2] == ("valid", every)
    assert _read(_SPORTS, "all four")[:2] == ("valid", every)
    assert normalise(_SPORTS, "all three").status == "invalid"


_WENT_WRONG = Question(
    id="went_wrong",
    type="multi_choice",
    text="Did anything go wrong with the boat, the guide, or the lunch, or none of these?",
    choices=[
        Choice(code="boat", label="the boat"),
        Choice(code="guide", label="the guide"),
        Choice(code="lunch", label="the lunch"),
        Choice(code="none", label="none of these"),
    ],
)


def test_passing_on_an_offer_declines_it() -> None:
    assert _read(_OFFER, "I'll pass on that.") == ("valid", "no", "inferred")
    assert _read(_OFFER, "Nah, I'll pass, thanks.")[:2] == ("valid", "no")


def test_passing_on_a_question_of_fact_is_a_refusal() -> None:
    assert normalise(_CLEAN, "I'll pass on that.").status == "refused"
    assert normalise(_AGAIN, "I'll pass on that.").status == "refused"


def test_a_choice_said_to_be_fine_is_no_fault() -> None:
    assert _read(_WENT_WRONG, "The lunch was fine, but the boat was leaking.")[:2] == ("valid", ["boat"])
    n = normalise(_WENT_WRONG, "The lunch was great and the guide was spot on.")
    assert not (n.status == "valid" and set(n.value) & {"lunch", "guide"})


def test_a_tag_question_is_no_answer() -> None:
    assert normalise(_AGAIN, "Well, that's the question, isn't it.").status == "invalid"
    assert _read(_AGAIN, "I would, wouldn't I?")[:2] == ("valid", "yes")


def test_no_problem_in_other_englishes_is_no_no() -> None:
    n = normalise(_AGAIN, "I will come back, no wahala.")
    assert not (n.status == "valid" and n.value == "no")


def test_wouldnt_miss_it_is_a_yes() -> None:
    assert _read(_AGAIN, "Wouldn't miss it.") == ("valid", "yes", "inferred")
