"""Typed survey answers, from the non-right items of development corpora answers blind43, blind45
and blind46 read as classes (issue 11, 6 December 2026). Our own phrasings, on made-up questions:

- a word that only ends in "nt" ("account", "spent") is no negation beside a yes;
- declining the rating verb itself ("I won't score them"), "not answering ... questions", a
  preference before "leave that blank", refusals said one after another, "I'm not going to
  bother" (a no to a question of intention), an adverb inside "I couldn't really say";
- a point a few steps above or below a scale label ("one below excellent");
- "Email's best": a graded adjective after "'s" is "is", not a possessive;
- a fixed binomial ("rain or shine") offers no alternative to a choice;
- a hedge before an elliptic answer ("I reckon I would"), read back.
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise
from customario.dialogue.choice_words import distinctive_named

_RENEW = Question(id="renew", type="yes_no", text="Are you planning to keep your allotment next year?")
_LIKES = Question(id="likes", type="yes_no", text="Does your daughter enjoy the swimming club?")
_WOULD = Question(id="would", type="yes_no", text="Would you swim more often if the pool opened earlier?")
_STAFF = Question(
    id="staff",
    type="scale",
    text="From one, awful, to seven, excellent, how would you rate the lifeguards?",
    min=1,
    max=7,
    labels={1: "awful", 4: "okay", 7: "excellent"},
)
_NPS = Question(id="nps", type="nps", text="How likely are you to recommend the pool to a friend?")
_CONTACT = Question(
    id="contact",
    type="single_choice",
    text="How should we contact you, by phone, text or email?",
    choices=[
        Choice(code="phone", label="phone"),
        Choice(code="text", label="text message"),
        Choice(code="email", label="email"),
    ],
)
_GETTING_THERE = Question(
    id="getting_there",
    type="single_choice",
    text="How do you get to the pool, by car, by bus or on foot?",
    choices=[
        Choice(code="car", label="by car", synonyms=["drive"]),
        Choice(code="bus", label="by bus"),
        Choice(code="walk", label="on foot", synonyms=["walk"]),
    ],
)
_COMMENTS = Question(id="comments", type="open", text="Anything else you'd like to tell us?", required=False)


def test_a_word_ending_in_nt_is_no_negation_beside_already_done():
    got = normalise(_RENEW, "We already have, the fee went out of my account last week.")
    assert (got.status, got.value, got.method) == ("valid", "yes", "inferred")


def test_a_real_negation_still_stops_already_done():
    got = normalise(_RENEW, "We already have, but we won't next year.")
    assert got.value != "yes"


@pytest.mark.parametrize(
    "question, said",
    [
        (_STAFF, "I won't score them, sorry."),
        (_STAFF, "Not going to rate it."),
        (_NPS, "I won't be scoring the pool."),
        (_NPS, "I'd rather leave that blank."),
        (_RENEW, "I'm not answering personal questions."),
        (_STAFF, "Why does that matter? Not answering."),
        (_NPS, "Move on, please, I'll leave that."),
        (_COMMENTS, "I'm not going to bother, thanks."),
        (_CONTACT, "I'll leave that one, thank you."),
    ],
)
def test_refusals_in_everyday_words(question, said):
    assert normalise(question, said).status == "refused"


@pytest.mark.parametrize("said", ["I won't rate it lower than a five.", "I won't score them badly, they were fine."])
def test_a_rating_verb_with_more_said_is_no_refusal(said):
    assert normalise(_STAFF, said).status != "refused"


def test_not_bothering_to_a_question_of_intention_is_a_no():
    got = normalise(_RENEW, "Nah, not gonna bother.")
    assert (got.status, got.value, got.method) == ("valid", "no", "inferred")


def test_not_bothering_to_another_yes_no_question_is_a_refusal():
    assert normalise(_LIKES, "I'm not going to bother.").status == "refused"


def test_an_adverb_inside_couldnt_say_is_still_dont_know():
    assert normalise(_NPS, "I couldn't honestly say.").status == "dont_know"


@pytest.mark.parametrize(
    "said, value",
    [
        ("One below excellent.", 6),
        ("A notch above okay.", 5),
        ("two points up from awful", 3),
        ("Um, one short of excellent", 6),
    ],
)
def test_steps_from_a_label(said, value):
    got = normalise(_STAFF, said)
    assert (got.status, got.value, got.method) == ("valid", value, "inferred")


@pytest.mark.parametrize("said", ["One above excellent.", "One below brilliant."])
def test_steps_beyond_the_scale_or_from_no_label_are_not_read(said):
    got = normalise(_STAFF, said)
    assert not (got.status == "valid" and got.value in (6, 7, 8))


@pytest.mark.parametrize("said, code", [("Email's best.", "email"), ("Text's better for me.", "text")])
def test_a_graded_adjective_after_s_is_no_possessive(said, code):
    got = normalise(_CONTACT, said)
    assert (got.status, got.value) == ("valid", code)


@pytest.mark.parametrize("said, code", [("I walk, rain or shine.", "walk"), ("Bus, come rain or shine.", "bus")])
def test_a_binomial_is_no_alternative(said, code):
    got = normalise(_GETTING_THERE, said)
    assert (got.status, got.value) == ("valid", code)


def test_a_real_alternative_is_still_asked_again():
    assert normalise(_GETTING_THERE, "Bus, or maybe a taxi.").status == "invalid"


@pytest.mark.parametrize(
    "said, value", [("I reckon I would.", "yes"), ("I think I would.", "yes"), ("I reckon I wouldn't.", "no")]
)
def test_a_hedge_before_an_elliptic_answer(said, value):
    got = normalise(_WOULD, said)
    assert (got.status, got.value, got.method) == ("valid", value, "inferred")


def test_dont_think_before_the_modal_is_a_no():
    assert normalise(_WOULD, "I don't think I would.").value == "no"


_SESSION = Question(
    id="session",
    type="single_choice",
    text="Which session suits you, the morning, the afternoon or the evening?",
    choices=[
        Choice(code="morning", label="the morning"),
        Choice(code="afternoon", label="the afternoon"),
        Choice(code="evening", label="the evening"),
    ],
)


def test_every_other_choice_ruled_out_leaves_the_other_one():
    got = normalise(_SESSION, "Not the morning, and not the evening, so the other one.")
    assert (got.status, got.value, got.method) == ("valid", "afternoon", "inferred")


def test_one_ruled_out_of_three_leaves_two_asked_again():
    assert normalise(_SESSION, "Not the morning, the other one.").status == "invalid"


_ALL_DONE = Question(id="all_done", type="yes_no", text="Did the plumber fix everything on the list?")
_ANY_RUDE = Question(id="any_rude", type="yes_no", text="Was anyone rude to you at all?")


@pytest.mark.parametrize("said", ["Only half of it.", "Just some of it, sadly."])
def test_only_a_part_to_a_question_about_the_whole_is_a_no(said):
    got = normalise(_ALL_DONE, said)
    assert (got.status, got.value, got.method) == ("valid", "no", "inferred")


def test_at_all_is_no_question_about_the_whole():
    assert normalise(_ANY_RUDE, "Just some of them.").value != "no"


def test_a_texting_word_with_a_digit_is_no_number():
    got = normalise(_STAFF, "the lifeguard was gr8, 6")
    assert (got.status, got.value) == ("valid", 6)


_TROUBLE = Question(
    id="trouble",
    type="multi_choice",
    text="Did you have any of these problems: no locker free, a locker you couldn't open, or a lost key?",
    choices=[
        Choice(code="no_locker", label="no locker free", synonyms=["all full"]),
        Choice(code="stuck", label="a locker that would not open", synonyms=["couldn't open", "jammed"]),
        Choice(code="key", label="a lost key", synonyms=["key"]),
    ],
)


def test_a_negated_auxiliary_is_no_word_of_a_choice():
    assert distinctive_named(_TROUBLE, "couldn't get changed in time, just the once.") == []
    assert distinctive_named(_TROUBLE, "it was jammed") == ["stuck"]


_WHERE = Question(
    id="where",
    type="single_choice",
    text="Where did most of the tutoring happen, at the library, at your home, or online?",
    choices=[
        Choice(code="library", label="at the library", synonyms=["library"]),
        Choice(code="home", label="at your home", synonyms=["home", "our house"]),
        Choice(code="online", label="online", synonyms=["video call"]),
    ],
)


@pytest.mark.parametrize("said", ["At home.", "Here, at home, at the kitchen table."])
def test_a_preposition_opens_no_compound_noun(said):
    got = normalise(_WHERE, said)
    assert (got.status, got.value) == ("valid", "home")


def test_mostly_with_a_preposition_singles_out_the_main_choice():
    got = normalise(_WHERE, "Mostly at the library, once or twice online when it rained.")
    assert (got.status, got.value, got.method) == ("valid", "library", "inferred")


_BIKE = Question(
    id="bike",
    type="single_choice",
    text="Which bike do you prefer, a classic bike, an electric bike, or no preference?",
    choices=[
        Choice(code="classic", label="a classic bike"),
        Choice(code="electric", label="an electric bike"),
        Choice(code="none", label="no preference"),
    ],
)


def test_a_clipped_word_of_a_choice_is_read_back():
    got = normalise(_BIKE, "no pref")
    assert (got.status, got.value) == ("valid", "none")
    assert got.method not in ("exact", "phrase")


@pytest.mark.parametrize("said", ["It wouldn't change a thing for me.", "Wouldn't make any difference."])
def test_no_difference_to_a_would_question_is_a_no(said):
    got = normalise(_WOULD, said)
    assert (got.status, got.value, got.method) == ("valid", "no", "inferred")


def test_declining_to_rate_is_a_no_to_a_question_about_rating_later():
    review = Question(id="review", type="yes_no", text="Will you rate the pool on the council website?")
    assert normalise(review, "I won't rate it.").status != "refused"
