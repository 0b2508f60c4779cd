"""Classes of wrong values stored on blind10 at first contact (only its twelve wrong items were
read; the phrasings and surveys here are our own, for a bike shop and a library)."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import references, sentiment
from customario.dialogue.answers import normalise

TODAY = date(2026, 12, 18)  # a Friday
NPS = Question(id="nps", type="nps", text="How likely are you to recommend our bike shop to a friend?")
RATING = Question(id="rating", type="scale", text="How would you rate the mechanic, from one to five?", min=1, max=5)
IDEAS = Question(id="ideas", type="open", text="What one thing could we do better?", required=False)
SERVICED = Question(id="serviced", type="yes_no", text="Did the mechanic check your brakes?")
READY = Question(id="ready", type="yes_no", text="Was your bike ready when you came back?")
PICKUP = Question(id="pickup", type="date", text="When will you come to collect the bike?")
RIDERS = Question(id="riders", type="number", text="How many people in your house ride a bike?", min=0, max=12)
REASON = Question(
    id="reason",
    type="single_choice",
    text="Why did you come in, a repair, a new bike, or accessories?",
    choices=[
        Choice(code="repair", label="a repair", synonyms=["puncture", "fix", "service"]),
        Choice(code="new_bike", label="a new bike", synonyms=["buying a bike"]),
        Choice(code="accessories", label="accessories", synonyms=["helmet", "lights", "lock"]),
    ],
)
USED = Question(
    id="used",
    type="multi_choice",
    text="Which of these have you used, the loan bikes, the repair workshop, or the fitting studio?",
    choices=[
        Choice(code="loan", label="the loan bikes", synonyms=["loan bike", "borrowed a bike"]),
        Choice(code="workshop", label="the repair workshop", synonyms=["workshop"]),
        Choice(code="fitting", label="the fitting studio", synonyms=["bike fitting", "fitting session"]),
    ],
)


def test_a_top_score_said_with_a_complaint_is_read_back():
    r = normalise(NPS, "Ten, of course, after they scratched my frame and lost the receipt", today=TODAY)
    assert r.status == "valid" and r.value == 10 and r.method == "inferred"
    r = normalise(RATING, "five, he was rude and useless", today=TODAY)
    assert r.method == "inferred"
    r = normalise(NPS, "zero, they were wonderful and so kind", today=TODAY)
    assert r.value == 0 and r.method == "inferred"


def test_a_score_that_agrees_with_its_words_is_stored_as_said():
    assert normalise(NPS, "ten, they were brilliant", today=TODAY).method != "inferred"
    assert normalise(NPS, "a zero, they ruined my wheel", today=TODAY).method != "inferred"
    assert normalise(NPS, "seven, the wait was awful", today=TODAY).method != "inferred"  # not the top
    assert not sentiment.disagrees(IDEAS, 10, "awful")  # not a rating question


def test_cannot_think_of_anything_is_a_dont_know_for_an_open_question():
    assert normalise(IDEAS, "Honestly, I can't think of anything else right now.", today=TODAY).status == "dont_know"
    assert normalise(IDEAS, "I don't know what else I could add", today=TODAY).status == "dont_know"


def test_an_open_answer_with_words_beside_the_doubt_is_kept():
    r = normalise(IDEAS, "can't think of anything major, maybe open on Sundays", today=TODAY)
    assert r.status == "valid"
    # "Nothing comes to mind" alone: five corpora of six code it don't know (codes.BLANK_MIND)
    assert normalise(IDEAS, "Nothing comes to mind.", today=TODAY).status == "dont_know"


def test_a_doubt_about_something_else_is_asked_again_not_coded():
    r = normalise(SERVICED, "He looked at the chain, but I'm not sure whether the brakes were part of it", today=TODAY)
    assert r.status == "invalid"
    assert normalise(SERVICED, "not sure if he did", today=TODAY).status == "dont_know"


def test_a_date_said_only_as_the_end_of_a_span_is_asked_again():
    for said in ("Before New Year's sometime", "probably after the twentieth", "Not before January"):
        assert normalise(PICKUP, said, today=TODAY).status == "invalid", said


def test_a_date_beside_a_span_or_a_time_of_day_is_read():
    assert normalise(PICKUP, "after school on Monday", today=TODAY).value == "2026-12-21"
    assert normalise(PICKUP, "before Christmas, the 23rd", today=TODAY).value == "2026-12-23"
    assert normalise(PICKUP, "the day after Boxing Day", today=TODAY).value == "2026-12-27"


def test_a_self_correction_back_to_the_same_choice_is_read_back():
    r = normalise(
        REASON, "The puncture, oh no wait, the puncture was last time. Today I picked up my order", today=TODAY
    )
    assert r.method == "inferred"
    r = normalise(REASON, "The puncture, no wait, a new bike", today=TODAY)
    assert r.value == "new_bike"


def test_a_choice_named_loosely_in_a_clause_of_its_own_joins_the_list_read_back():
    r = normalise(USED, "The workshop, mainly. Oh, and the fitting one.", today=TODAY)
    assert r.value == ["workshop", "fitting"] and r.method == "inferred"


def test_a_clause_that_denies_a_loose_choice_adds_nothing():
    r = normalise(USED, "The workshop. And the fitting one wasn't open.", today=TODAY)
    assert r.value == ["workshop"]


def test_a_count_of_things_is_no_count_of_people():
    for said in ("We have four bikes", "two cats", "about three helmets"):
        assert normalise(RIDERS, said, today=TODAY).status == "invalid", said


def test_a_count_of_people_in_other_words_is_kept():
    for said, n in (("three teenagers", 3), ("two lodgers", 2), ("four", 4), ("five of us", 5)):
        r = normalise(RIDERS, said, today=TODAY)
        assert r.status == "valid" and r.value == n, said


def test_denying_what_the_question_is_about_is_no_no():
    assert normalise(SERVICED, "It wasn't brakes, I only had a puncture fixed", today=TODAY).status == "invalid"
    assert normalise(READY, "It wasn't my bike, it was my son's", today=TODAY).status == "invalid"


def test_a_plain_no_said_with_it_wasnt_is_still_a_no():
    assert normalise(READY, "No, it wasn't ready", today=TODAY).value == "no"
    assert normalise(SERVICED, "it wasn't checked, no", today=TODAY).value == "no"


def test_an_earlier_answer_denied_and_replaced_is_found():
    assert references.said_before("Hold on, it wasn't a repair at all, I was there for a helmet") == (
        "repair",
        "a helmet",
    )
    assert references.said_before("it wasn't cold, it was freezing") == ("cold", "freezing")
    assert references.said_before("It wasn't great, honestly") is None


def test_an_afterthought_opening_still_names_the_earlier_question():
    qs = [
        Question(id="pickup", type="date", text="When will you come to collect the bike?", aliases=["collection date"]),
        IDEAS,
    ]
    ref = references.topic_first(
        "Oh, before you go, the collection date, make it the 4th instead", qs, ["pickup", "ideas"]
    )
    assert ref is not None and ref.question.id == "pickup"
