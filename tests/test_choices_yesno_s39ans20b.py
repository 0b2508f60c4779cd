"""Classes of typed survey answers seen across several answers corpora (5 December 2026, stop 39),
in the team's own phrasings at a chimney sweep, a florist, a cinema and a garden centre:

- two places of the list offered as alternatives ("the first or the second one, can't recall") are
  named choices not chosen between: asked again, never a don't-know nor both choices (the corpora
  code "X or Y, can't remember which" ambiguous);
- "I can't say it wasn't" (a denial the caller cannot make, said with only its auxiliary) is a yes,
  read back; with a doubt or a contrast after it, or "couldn't say", it stays unread;
- a change of an earlier yes/no answer that quotes the old one and takes it back ("I said no by
  mistake", "I said yes but ...") stores the other answer (read back), never the quoted word;
- "all of it" said first as its own clause to a multi-choice question is every choice ("All of it
  except the wreaths" leaves the wreaths out);
- a correction clause that ends in "one" is a new answer unless it names the question ("I do have
  one" is a yes, "the sweep one" is a name).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise
from survey_helpers import policy_at, recorded, said

_TODAY = date(2031, 5, 14)
_NOW = datetime(2031, 5, 14, 12, tzinfo=timezone.utc)

_FLOWERS = Question(
    id="flowers",
    type="multi_choice",
    text="Which did you buy from the florist: a bouquet, a wreath, a potted plant or a table arrangement?",
    choices=[
        Choice(code="bouquet", label="a bouquet"),
        Choice(code="wreath", label="a wreath"),
        Choice(code="plant", label="a potted plant"),
        Choice(code="arrangement", label="a table arrangement"),
    ],
)
_SCREEN = Question(
    id="screen",
    type="single_choice",
    text="Which screen was your film on: the main screen, the studio or the rooftop?",
    choices=[
        Choice(code="main", label="the main screen"),
        Choice(code="studio", label="the studio"),
        Choice(code="rooftop", label="the rooftop"),
    ],
)
_TIDY = Question(id="tidy", type="yes_no", text="Did the sweep leave the hearth tidy?")
_ON_TIME = Question(id="on_time", type="yes_no", text="Was your garden centre delivery on time?")


@pytest.mark.parametrize(
    "q,text",
    [
        (_FLOWERS, "The first or the second one, I honestly can't recall."),
        (_FLOWERS, "Either the third or the last option, I forget which."),
        (_SCREEN, "The second or the third one, no idea which."),
        (_SCREEN, "the first or the second"),
    ],
)
def test_two_places_as_alternatives_are_asked_again(q, text):
    n = normalise(q, text, today=_TODAY)
    assert n.status == "invalid"


@pytest.mark.parametrize(
    "q,text,value",
    [
        (_FLOWERS, "the first and the third", ["bouquet", "plant"]),
        (_SCREEN, "The second one.", "studio"),
        (_FLOWERS, "I don't remember which ones.", None),
    ],
)
def test_places_not_offered_as_alternatives_keep_their_reading(q, text, value):
    n = normalise(q, text, today=_TODAY)
    if value is None:
        assert n.status == "dont_know"
    else:
        assert n.status == "valid" and n.value == value


@pytest.mark.parametrize(
    "q,text",
    [
        (_TIDY, "Can't say it wasn't."),
        (_TIDY, "I can't say he didn't, there wasn't a speck of soot."),
        (_ON_TIME, "We cannot say it wasn't, the van came at nine."),
    ],
)
def test_a_denial_the_caller_cannot_make_is_a_yes_read_back(q, text):
    n = normalise(q, text, today=_TODAY)
    assert n.status == "valid" and n.value == "yes"
    assert n.confidence < 0.8  # read back


@pytest.mark.parametrize(
    "text",
    [
        "I can't say it wasn't, but I wasn't there to see.",
        "Couldn't say it didn't.",
        "I can't say it wasn't late.",
        "I can't say it wasn't. It normally is.",
        "Can't say it wasn't, I never checked the time.",
    ],
)
def test_an_unsure_or_fuller_denial_stays_unread(text):
    n = normalise(_ON_TIME, text, today=_TODAY)
    assert not (n.status == "valid" and n.value == "yes")


def test_all_of_it_first_is_every_choice():
    n = normalise(_FLOWERS, "All of it. Every single thing on the list.", today=_TODAY)
    assert n.status == "valid" and n.value == ["bouquet", "wreath", "plant", "arrangement"]
    n = normalise(_FLOWERS, "All of it except the wreath.", today=_TODAY)
    assert n.status == "valid" and n.value == ["bouquet", "plant", "arrangement"]


_SWEEP = {
    "name": "chimney_sweep",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "cowl", "type": "yes_no", "text": "Did you have a chimney cowl fitted?", "aliases": ["cowl"]},
        {"id": "tidy", "type": "yes_no", "text": "Did the sweep leave the hearth tidy?", "aliases": ["hearth", "tidy"]},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend us, from 0 to 10?"},
    ],
}


def _after(first: str, second: str):
    policy = policy_at(_SWEEP, "cowl", _NOW)
    policy.respond(first)
    policy.respond(second)
    assert policy.current.id == "recommend"
    return policy


@pytest.mark.parametrize(
    "answers,text,expected",
    [
        (("no", "yes"), "Wait, I do have a cowl now, I said no by mistake.", "yes"),
        (("yes", "yes"), "Hang on, the hearth question, I said yes but they left ash everywhere.", "no"),
        (("no", "no"), "Go back to the cowl question, I said no but the fitter did put one on.", "yes"),
    ],
)
def test_a_quoted_yes_or_no_taken_back_changes_to_the_other(answers, text, expected):
    policy = _after(*answers)
    actions = policy.respond(text)
    assert policy.phase == "confirm"  # read back before it is stored
    assert f"I heard {expected}" in said(actions)
    actions = policy.respond("yes")
    target = "cowl" if "cowl" in text else "tidy"
    assert recorded(actions)[target] == expected


def test_a_quote_that_is_not_the_stored_answer_changes_nothing_silently():
    policy = _after("yes", "yes")
    actions = policy.respond("Wait, back to the cowl question, I said no by mistake.")
    # the caller quotes an answer they did not give: the quoted word is never stored, the
    # question is asked again
    assert "cowl" not in recorded(actions)
    assert "cowl" in said(actions)


def test_a_clause_ending_in_one_is_an_answer_unless_it_names_the_question():
    policy = _after("no", "yes")
    policy.respond("Before I answer, the cowl question, I do actually have one, they fitted it.")
    assert policy.phase == "confirm"
    actions = policy.respond("yes")
    assert recorded(actions)["cowl"] == "yes"


_FITTED = Question(id="fitted", type="yes_no", text="Did the garden centre fit the trellis on the day?")


@pytest.mark.parametrize(
    "text,value",
    [
        ("Yes. Oh wait, no.", "no"),
        ("Yeah, fitted. Oh hang on, no, they came back the next morning for it.", "no"),
        ("Sure, sure, oh wait, no, that was the shed they fitted.", "no"),
        ("No. Hold on, yes, the trellis was done that day.", "yes"),
    ],
)
def test_a_yes_or_no_repaired_after_an_editing_term_is_the_repair_read_back(text, value):
    n = normalise(_FITTED, text, today=_TODAY)
    assert n.status == "valid" and n.value == value
    assert n.method == "self-corrected"


@pytest.mark.parametrize("text", ["Yes, sorry, no problem at all.", "Yes. Wait, no idea why you ask."])
def test_a_no_inside_a_phrase_after_wait_is_no_repair(text):
    n = normalise(_FITTED, text, today=_TODAY)
    assert not (n.status == "valid" and n.value == "no")


_USHERS = Question(
    id="ushers",
    type="scale",
    text="How would you rate the cinema ushers, from one, poor, to five, excellent?",
    min=1,
    max=5,
)


@pytest.mark.parametrize(
    "text",
    [
        "There were three of them, so I honestly don't know.",
        "Can't say, I only saw one usher all night.",
        "No idea, two of my friends dealt with them.",
    ],
)
def test_a_dont_know_beside_people_or_things_counted_is_no_rating(text):
    n = normalise(_USHERS, text, today=_TODAY)
    assert n.status == "dont_know"


@pytest.mark.parametrize("text,value", [("I don't know, a four probably.", 4), ("Not sure, maybe two.", 2)])
def test_a_dont_know_beside_a_guessed_rating_keeps_the_guess(text, value):
    n = normalise(_USHERS, text, today=_TODAY)
    assert n.status == "valid" and n.value == value


_SHOWING = Question(
    id="showing",
    type="single_choice",
    text="Which showing do you usually go to, a weekday matinee, a weekday evening, or a weekend showing?",
    choices=[
        Choice(code="matinee", label="a weekday matinee", synonyms=["matinee", "afternoon"]),
        Choice(code="evening", label="a weekday evening", synonyms=["evening", "evenings"]),
        Choice(code="weekend", label="a weekend showing", synonyms=["weekend", "sunday"]),
    ],
)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Sunday evenings, usually.", "weekend"),
        ("Saturday afternoon.", "weekend"),
        ("Thursday evenings.", "evening"),
    ],
)
def test_a_named_day_rules_out_the_choices_of_the_other_part_of_the_week(text, value):
    n = normalise(_SHOWING, text, today=_TODAY)
    assert n.status == "valid" and n.value == value


def test_wheel_and_none_of_the_others_is_that_choice_alone():
    n = normalise(_FLOWERS, "A bouquet, and none of the others.", today=_TODAY)
    assert n.status == "valid" and n.value == ["bouquet"]
    n = normalise(_FLOWERS, "The wreath, not the rest.", today=_TODAY)
    assert n.status == "valid" and n.value == ["wreath"]


def test_cannot_rightly_judge_is_a_dont_know():
    n = normalise(_USHERS, "I couldn't rightly judge, I never saw them.", today=_TODAY)
    assert n.status == "dont_know"


_FENCE = Question(
    id="fence",
    type="multi_choice",
    text="Since the garden centre fitted your fence, have you noticed panels that rattle, gaps, or rot?",
    choices=[
        Choice(code="rattle", label="panels that rattle", synonyms=["loose", "wobbly"]),
        Choice(code="gaps", label="gaps"),
        Choice(code="rot", label="rot", synonyms=["rotting"]),
    ],
)


def test_a_choice_word_said_of_something_else_is_read_back():
    from customario.dialogue.choices import match_choices_how

    # the hinges are loose, not the panels: read back, never stored at once
    assert match_choices_how(_FENCE, "the gate hinges are loose.") == (["rattle"], "inferred")
    n = normalise(_FENCE, "The gate hinges are a bit loose.", today=_TODAY)
    assert n.status != "valid" or n.confidence < 0.8
    # said of the panels, or of "they", it keeps its plain reading
    assert match_choices_how(_FENCE, "the panels are loose.")[1] != "inferred"
    assert match_choices_how(_FENCE, "they're loose")[1] != "inferred"


@pytest.mark.parametrize(
    "text,value",
    [
        ("Just a bouquet, to cheer up my mum.", ["bouquet"]),
        ("Only the potted plant, to brighten the office.", ["plant"]),
    ],
)
def test_an_infinitive_of_purpose_after_a_choice_names_no_other_choice(text, value):
    n = normalise(_FLOWERS, text, today=_TODAY)
    assert n.status == "valid" and n.value == value


_CINEMA = {
    "name": "cinema_visit",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "tickets", "type": "number", "text": "How many tickets did you buy?", "min": 0, "max": 20},
        {"id": "film_date", "type": "date", "text": "On what date did you see the film?", "aliases": ["film date"]},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the cinema, from 0 to 10?"},
        {"id": "comments", "type": "open", "text": "Anything else you'd like to tell us?", "required": False},
    ],
}


def test_back_one_said_without_go_names_the_question_before_never_a_rating_of_one():
    policy = policy_at(_CINEMA, "tickets", _NOW)
    policy.respond("two")
    policy.respond("the tenth of May")
    assert policy.current.id == "recommend"
    actions = policy.respond("Back one, the film date, it was actually the eleventh.")
    assert "recommend" not in recorded(actions)  # "one" is no rating here
    if policy.phase == "confirm":
        actions = policy.respond("yes")
    assert recorded(actions)["film_date"] == "2031-05-11"


def test_back_up_opening_an_open_answer_about_something_else_is_the_answer():
    policy = policy_at(_CINEMA, "tickets", _NOW)
    for answer in ("two", "the tenth of May", "eight"):
        policy.respond(answer)
    assert policy.current.id == "comments"
    actions = policy.respond("Back up your booking site more often, it crashed twice.")
    assert recorded(actions)["comments"].startswith("Back up your booking site")
