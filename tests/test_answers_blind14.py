"""Classes of wrong values stored on blind14 at first contact (only its ten wrong items were read;
the phrasings and the survey here are our own, for a campground's season survey). Each class keeps
its near misses: a wrong value stored is worse than asking again."""

from datetime import date, datetime, timezone

import pytest

from customario.definitions import Campaign, Question
from customario.definitions.catalog import resolve_campaign
from customario.dialogue.answers import normalise
from customario.dialogue.policy import CallTool
from customario.dialogue.spoken import numbers_in
from customario.dialogue.survey_flow import SurveyPolicy

TODAY = date(2028, 5, 16)  # a Tuesday; 2028 is a leap year, 2027 is not
ARRIVED = Question(id="arrived", type="date", text="When did you arrive at the campground?")
NEXT = Question(id="next_stay", type="date", text="When are you planning your next stay?")
TENTS = Question(id="tents", type="number", text="How many tents did you pitch?", min=0, max=6)
KIDS = Question(id="kids", type="number", text="How many children came with you?", min=0, max=8)
YOUNGEST = Question(id="youngest", type="number", text="How old is your youngest camper, in years?", min=0, max=17)
FEE = Question(id="fee", type="number", text="What did you pay per night, in dollars?", min=0, max=3000)
BAGS = Question(id="bags", type="number", text="How many bags did you leave at the ranger station?", min=0, max=6)
FIREWOOD = Question(id="firewood", type="yes_no", text="Did you buy firewood at the camp shop?")


def read(q, text):
    return normalise(q, text, today=TODAY)


@pytest.mark.parametrize("text", ["-1", "−2", "-3 lol", "it was -1"])
def test_a_minus_sign_is_never_dropped(text):
    assert read(TENTS, text).status == "invalid"


def test_a_dash_between_numbers_is_no_minus_sign():
    assert read(TENTS, "2-3").status == "invalid"  # a range, asked again as before
    assert read(TENTS, "2").value == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seventy dollars seventy cents", 70.7),
        ("forty four dollars forty four cents", 44.44),
        ("fifty five dollars fifty cents", 55.5),
        ("12 dollars 40 cents", 12.4),
    ],
)
def test_dollars_then_cents_without_and_keep_the_cents(text, value):
    assert read(FEE, text).value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a thousand and twelve hundred", [1000, 1200]),
        ("two thousand and three thousand", [2000, 3000]),
        ("two thousand five hundred", [2500]),
        ("one thousand one hundred and five", [1105]),
        ("a million two hundred thousand", [1200000]),
        ("three thousand two", [3002]),
    ],
)
def test_a_scale_word_never_makes_a_group_as_large_as_the_scale_before_it(text, expected):
    assert numbers_in(text) == expected


@pytest.mark.parametrize("text", ["Between a thousand and fifteen hundred.", "a thousand, or eleven hundred"])
def test_two_amounts_in_thousands_and_hundreds_are_asked_again(text):
    assert read(FEE, text).status == "invalid"  # never 2,500 or 2,100


@pytest.mark.parametrize(
    ("text", "value"),
    [("Three and the baby.", 4), ("two plus the newborn", 3), ("two and a newborn", 3), ("one plus my nephew", 2)],
)
def test_a_number_joined_to_one_more_person_is_summed_and_read_back(text, value):
    r = read(KIDS, text)
    assert (r.value, r.method) == (value, "inferred")


def test_a_total_said_before_the_list_or_with_it_is_still_the_total():
    assert read(KIDS, "Four: me, my wife and two kids").value == 4
    assert read(KIDS, "three with the baby").value == 3  # the baby is one of the three


@pytest.mark.parametrize(
    ("text", "value"),
    [("two suitcases plus my backpack", 3), ("one suitcase and the duffel", 2), ("two bags and my rucksack", 3)],
)
def test_things_of_the_kind_asked_are_summed_and_read_back(text, value):
    r = read(BAGS, text)
    assert (r.value, r.method) == (value, "inferred")


@pytest.mark.parametrize("text", ["Two plus a pop-up.", "one tent and the dog's crate", "two tents and my hammock"])
def test_a_number_with_one_more_thing_is_never_the_number_said(text):
    r = read(TENTS, text)
    assert r.status == "invalid" or (r.method == "inferred" and r.value != numbers_in(text)[0])


@pytest.mark.parametrize("text", ["two and a half", "three and a bit"])
def test_a_fraction_after_and_is_no_extra_thing(text):
    assert read(TENTS, text).status == "invalid" or read(TENTS, text).value != 2 + 1


@pytest.mark.parametrize(
    "text", ["Going on six.", "she's nearly four", "about to turn three", "almost 2", "he turns five next month"]
)
def test_an_age_the_child_is_coming_up_to_is_asked_again(text):
    r = read(YOUNGEST, text)
    assert r.status == "invalid" and "age" in r.reason


def test_ages_said_plainly_and_counts_said_nearly_keep_their_reading():
    assert read(YOUNGEST, "She is six.").value == 6
    assert read(KIDS, "nearly four").value == 4  # not an age question: a hedged count, as before


@pytest.mark.parametrize(
    ("q", "text", "value"),
    [
        (ARRIVED, "the 3rd of June last year", "2027-06-03"),
        (ARRIVED, "last year, March the third", "2027-03-03"),
        (NEXT, "June 5th next year", "2029-06-05"),
        (NEXT, "the fifth of June this year", "2028-06-05"),
    ],
)
def test_a_year_named_by_its_distance_from_this_one(q, text, value):
    assert read(q, text).value == value


def test_a_day_the_named_year_does_not_have_is_asked_again():
    assert read(ARRIVED, "February 29th last year").status == "invalid"  # 2027 has no 29 February
    assert read(ARRIVED, "Feb 29 this year").value == "2028-02-29"


@pytest.mark.parametrize(
    "text", ["About three weeks ago.", "roughly a fortnight ago", "maybe ten days back", "around two weeks from now"]
)
def test_a_day_counted_roughly_from_today_is_read_back(text):
    r = read(NEXT if "now" in text else ARRIVED, text)
    assert r.method == "inferred" or r.status == "invalid"  # never stored as said


def test_a_day_counted_exactly_from_today_is_stored():
    assert read(ARRIVED, "two weeks ago").method == "phrase"


@pytest.mark.parametrize("text", ["Of course, who doesn't.", "who wouldn't", "obviously, who doesn't love a campfire"])
def test_a_rhetorical_who_doesnt_is_a_yes_read_back(text):
    r = read(FIREWOOD, text)
    assert (r.value, r.method) == ("yes", "inferred")


@pytest.mark.parametrize("text", ["No, my husband, who doesn't drive", "Nope. Who doesn't bring their own?"])
def test_a_no_before_who_doesnt_stays_a_no(text):
    assert read(FIREWOOD, text).value == "no"


def test_going_back_on_an_open_question_changes_the_answer_it_names(db):
    base = resolve_campaign(db, "customer_feedback").campaign.model_dump()
    base["questions"] = [
        {
            "id": "nightly_fee",
            "type": "number",
            "text": "What did you pay per night, in dollars?",
            "min": 0,
            "max": 300,
        },
        {"id": "remarks", "type": "open", "text": "Anything else to tell the rangers?", "required": False},
    ]
    base["evaluation"]["consistency_pairs"] = []
    now = datetime(2028, 5, 16, 15, 0, tzinfo=timezone.utc)
    policy = SurveyPolicy(Campaign.model_validate(base), tz="UTC", now=lambda: now)
    policy.opening()
    policy.respond("yes")  # consent
    policy.respond("forty")
    assert policy.current.id == "remarks"
    out = policy.respond("Going back, the fee per night was actually sixty.")
    stored = [a for a in out if isinstance(a, CallTool) and a.arguments.get("question_id") == "remarks"]
    assert not stored  # the change is no remark
    if policy.phase == "confirm":
        out = policy.respond("yes")
    changed = [a for a in out if isinstance(a, CallTool) and a.arguments.get("question_id") == "nightly_fee"]
    assert changed and changed[0].arguments["value"] == 60
