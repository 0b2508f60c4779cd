"""Classes of phrasing from the misses of answers blind23, blind24 and blind26 (first contact
538/576 with 12 wrong), in the team's own phrasings on surveys about other things (a kite-surfing
school, a vintage fair, a mobile vet):

- opt-outs: a time limit widened to every time ("don't ring me on Sundays, or ever"), the calls
  still to come ("remove me from future surveys"), an erasure request ("please delete my
  details"), and the list named after the survey ("take me off this survey and your list");
- a don't-know at an open question with a courtesy after a comma ("I can't think of anything,
  sorry"); "nothing comes to mind" is a don't-know too since helper ans20a (five corpora of six);
- a multi-choice list with a part that names a thing had but no choice is read back;
- a rating its own words take back (the far end's word, an end label on the other half, mockery)
  is asked again;
- changes of earlier answers named after an interjection ("hang on, about how many of us ..."),
  by an alias of stop words, or quoted with "I told you ... but"; "I said no but I did" takes the
  no back; an emphatic "we actually did" is a yes.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import references
from customario.dialogue.answers import normalise
from customario.dialogue.optout import detect

TODAY = date(2031, 6, 12)

_TIPS = Question(
    id="tips", type="open", text="Anything else you'd like to tell the kite-surfing school?", required=False
)


@pytest.mark.parametrize(
    "said",
    [
        "Don't ring me on Sundays, or ever.",
        "don't phone me during the fair, or at all",
        "Stop calling me at the surgery, or anywhere else.",
        "Do not call me on bank holidays or any other day.",
        "Remove me from future surveys.",
        "take me off any further calls please",
        "Not bothered about feedback, please delete my details.",
        "erase my personal data",
        "Take me off this survey and off your mailing list.",
    ],
)
def test_opt_outs_said_otherwise(said: str) -> None:
    assert detect(said).kind == "opt-out"


@pytest.mark.parametrize(
    "said",
    [
        "Don't ring me on Sundays.",  # a time limit, not a revocation
        "don't call me before nine or after eight",
        "I'd happily do future surveys.",
        "I need to delete my details from the booking app",
        "remove me from this survey",  # ends this call only
    ],
)
def test_near_misses_stay_none(said: str) -> None:
    assert detect(said).kind == "none"


@pytest.mark.parametrize(
    "said",
    [
        "I can't think of anything, sorry.",
        "Can't think of anything, thanks",
        "I couldn't think of anything else, I'm afraid.",
    ],
)
def test_open_dont_knows(said: str) -> None:
    assert normalise(_TIPS, said, today=TODAY).status == "dont_know"


def test_open_blank_mind_alone_is_a_dont_know() -> None:
    assert normalise(_TIPS, "Nothing comes to mind.", today=TODAY).status == "dont_know"
    assert normalise(_TIPS, "Nothing, it was great.", today=TODAY).status == "valid"


# ---------------------------------------------------------------- multi choice: a thing had, unnamed
_FAIR = Question(
    id="fair_buys",
    type="multi_choice",
    text="What did you buy at the vintage fair: clothes, records, furniture, or food?",
    choices=[
        Choice(code="clothes", label="clothes", synonyms=["dress", "jacket"]),
        Choice(code="records", label="records", synonyms=["vinyl"]),
        Choice(code="furniture", label="furniture", synonyms=["chair", "table"]),
        Choice(code="food", label="food", synonyms=["snack", "coffee"]),
    ],
)


@pytest.mark.parametrize(
    "said",
    [
        "A jacket, and I picked up a brass lamp from the last stall.",
        "Just some vinyl, and a box of old postcards from the corner.",
        "Me get a coffee an' a hat wid feathers pon it.",
    ],
)
def test_a_listed_thing_no_choice_names_is_read_back(said: str) -> None:
    n = normalise(_FAIR, said, today=TODAY)
    assert n.status == "invalid" or n.method == "inferred"  # never the shorter list stored as said


def test_a_plain_list_keeps_its_reading() -> None:
    n = normalise(_FAIR, "Records and a jacket.", today=TODAY)
    assert n.status == "valid" and n.value == ["clothes", "records"] and n.method != "inferred"


# ---------------------------------------------------------------- ratings the words take back
_WAVES = Question(
    id="waves",
    type="scale",
    text="How rough was the water, from one, far too calm, to seven, far too rough?",
    min=1,
    max=7,
    labels={1: "far too calm", 4: "about right", 7: "far too rough"},
)
_VISIT = Question(
    id="vet_visit",
    type="scale",
    text="How was the home visit, from one, very poor, to five, excellent?",
    min=1,
    max=5,
    labels={1: "very poor", 3: "okay", 5: "excellent"},
)
_RECOMMEND = Question(id="recommend_vet", type="nps", text="How likely are you to recommend the mobile vet?")


@pytest.mark.parametrize(
    ("q", "said"),
    [
        (_WAVES, "six. calm as a pond"),
        (_WAVES, "Two, rough!"),
        (_VISIT, "one. excellent, really"),
    ],
)
def test_a_rating_contradicted_by_the_far_end_is_asked_again(q: Question, said: str) -> None:
    assert normalise(q, said, today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    ("q", "said", "value"),
    [
        (_WAVES, "Six, rough but fun", 6),
        (_WAVES, "Two, calmer than I hoped", 2),
        (_WAVES, "Calm as anything, ha, no, honestly a six", 6),
        (_VISIT, "Four, not excellent but close", 4),
    ],
)
def test_a_rating_beside_its_own_end_or_a_comparison_stands(q: Question, said: str, value: int) -> None:
    n = normalise(q, said, today=TODAY)
    assert n.status == "valid" and n.value == value


@pytest.mark.parametrize(
    "said",
    [
        "Oh sure, a nine, right, like I'd send my mum there.",
        "A ten, if I wanted to punish my neighbours.",
        "Nine, if they paid me.",
    ],
)
def test_a_mocked_rating_is_asked_again(said: str) -> None:
    assert normalise(_RECOMMEND, said, today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("To my worst enemy, maybe. One.", 1),
        ("A ten, if I'm being generous.", 10),
        ("Ten, right away, she was brilliant.", 10),
    ],
)
def test_a_rating_with_a_condition_it_can_mean_stands(said: str, value: int) -> None:
    n = normalise(_RECOMMEND, said, today=TODAY)
    assert n.status == "valid" and n.value == value


# ---------------------------------------------------------------- changes of earlier answers
_SCHOOL = [
    Question(
        id="riders",
        type="number",
        text="How many riders came to the kite-surfing lesson, including you?",
        min=1,
        max=10,
        aliases=["riders", "how many of us"],
    ),
    Question(id="wipeout", type="yes_no", text="Did you fall off the board in the first hour?", aliases=["fall"]),
    Question(id="gusts", type="scale", text="How windy was it, from 1 to 5?", min=1, max=5),
    Question(
        id="lesson_price",
        type="number",
        text="In dollars, how much was the lesson per person?",
        min=0,
        max=500,
        aliases=["price", "cost"],
    ),
    Question(id="again", type="nps", text="How likely are you to recommend the school?"),
]


def _fits(q: Question, payload: str) -> bool:
    return normalise(q, payload, today=TODAY).status == "valid"


@pytest.mark.parametrize(
    ("said", "asked", "target"),
    [
        ("Hang on, about how many of us there were, it was four actually.", 3, "riders"),
        ("Sorry, about how windy it was, more like a two.", 4, "gusts"),
        ("Wait, the lesson price, I told you sixty but it was sixty-five.", 5, "lesson_price"),
    ],
)
def test_an_earlier_question_named_after_an_interjection(said: str, asked: int, target: str) -> None:
    ids = [q.id for q in _SCHOOL[:asked]]
    ref = references.find_reference(said, _SCHOOL, ids, fits=_fits)
    assert ref is not None and ref.question.id == target


def test_the_current_questions_alias_said_names_no_earlier_answer() -> None:
    # "the date" is the current question's alias, said only to place the change; the riders are
    # the earlier answer changed
    lesson_date = Question(
        id="lesson_date", type="date", text="On what date was your lesson?", aliases=["lesson date", "the date"]
    )
    qs = [_SCHOOL[0], lesson_date]
    said = "Before the date, I need to fix the riders. It was four, not three."
    ref = references.find_reference(said, qs, ["riders", "lesson_date"], fits=_fits)
    assert ref is not None and ref.question.id == "riders"


def test_i_told_you_without_a_but_is_no_change() -> None:
    ids = [q.id for q in _SCHOOL[:5]]
    assert references.find_reference("I told you the price was fair, a nine.", _SCHOOL, ids, fits=_fits) is None


def test_a_quoted_no_taken_back_by_i_did() -> None:
    assert references.said_before("the falling question, i said no but i did fall off twice") == (
        "no",
        "i did fall off twice",
    )


@pytest.mark.parametrize(("said", "value"), [("We actually did fall off.", "yes"), ("I really did, twice.", "yes")])
def test_an_emphatic_did_with_an_adverb_is_a_yes(said: str, value: str) -> None:
    n = normalise(_SCHOOL[1], said, today=TODAY)
    assert n.status == "valid" and n.value == value


def test_an_emphatic_did_not_is_a_no() -> None:
    n = normalise(_SCHOOL[1], "They really did not.", today=TODAY)
    assert n.status == "valid" and n.value == "no"


# ---------------------------------------------------------------- a single choice split in halves
_CALLOUT = Question(
    id="callout_reason",
    type="single_choice",
    text="Why did you call the mobile vet: vaccination, injury, check-up, or end of life care?",
    choices=[
        Choice(code="vaccination", label="vaccination", synonyms=["jabs", "booster"]),
        Choice(code="injury", label="injury", synonyms=["hurt", "limping"]),
        Choice(code="checkup", label="check-up", synonyms=["check up", "checkup"]),
        Choice(code="end_of_life", label="end of life care"),
    ],
)


@pytest.mark.parametrize(
    "said",
    [
        "Sort of a check-up, sort of because he was limping.",
        "Partly the booster, partly because she'd hurt her paw.",
    ],
)
def test_a_single_choice_given_in_two_halves_is_asked_again(said: str) -> None:
    assert normalise(_CALLOUT, said, today=TODAY).status == "invalid"


def test_a_single_hedge_keeps_its_choice() -> None:
    n = normalise(_CALLOUT, "Kind of a check-up, he's getting on a bit.", today=TODAY)
    assert n.status == "valid" and n.value == "checkup"


# ---------------------------------------------------------------- a no with a feeling or typed short
_SOLD_OUT = Question(id="sold_out", type="yes_no", text="Did the vintage fair sell out of tickets?")


@pytest.mark.parametrize(
    "said", ["Unfortunately not.", "Sadly not, there were loads left.", "defo not", "Na, plenty on the door."]
)
def test_a_no_with_a_feeling_or_typed_short(said: str) -> None:
    n = normalise(_SOLD_OUT, said, today=TODAY)
    assert n.status == "valid" and n.value == "no"


def test_sadly_not_before_a_qualifier_is_no_plain_no() -> None:
    assert normalise(_SOLD_OUT, "Sadly not for long, they sold out by noon.", today=TODAY).value != "no"
