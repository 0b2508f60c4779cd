"""Classes from answers/blind15 once it became a development corpus (4 December 2026), tested in
the team's own phrasings on a boat-hire survey:

- sarcasm beside a rating or a yes/no: a top rating beside one clearly negative clause (VADER per
  clause, customario.dialogue.sentiment), a question laughed off ("that's a good one"), "because I
  love paying ..." as the reason: read back, never stored as said;
- "none of them" to a multi-choice that offers no "none" choice: read back, stored only once the
  caller confirms (customario.dialogue.choice_answers._none_said);
- a choice said beside an alternative that is no choice ("the kayak, or maybe a paddleboard"):
  asked again;
- ordinals on a multi-choice ("the first and the third") name those choices only;
- four-letter abbreviations of months and weekdays ("Sept 5", "next Tues").
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise
from customario.dialogue.answer_core import LENIENT_METHODS

_CRAFT = Question(
    id="craft",
    type="single_choice",
    text="What did you hire, a kayak, a canoe, a rowing boat or a motor boat?",
    choices=[
        Choice(code="kayak", label="a kayak"),
        Choice(code="canoe", label="a canoe", synonyms=["canadian canoe"]),
        Choice(code="rowing", label="a rowing boat", synonyms=["rowboat"]),
        Choice(code="motor", label="a motor boat", synonyms=["motorboat", "speedboat"]),
    ],
)
_EXTRAS = Question(
    id="extras",
    type="multi_choice",
    text="Which extras did you take, life jackets, a cool box, a dry bag or fishing rods?",
    choices=[
        Choice(code="jackets", label="life jackets"),
        Choice(code="coolbox", label="a cool box"),
        Choice(code="drybag", label="a dry bag"),
        Choice(code="rods", label="fishing rods"),
    ],
)
_EXTRAS_WITH_NONE = _EXTRAS.model_copy(
    update={"choices": [*_EXTRAS.choices, Choice(code="none", label="none of these")]}
)
_RATING = Question(id="crew", type="scale", text="How would you rate the crew, from one to five?", min=1, max=5)
_NPS = Question(id="recommend", type="nps", text="How likely are you to recommend us, zero to ten?")
_ON_TIME = Question(id="ready", type="yes_no", text="Was your boat ready at the booked time?")
_TODAY = date(2029, 6, 14)


def _read_back(r) -> bool:
    return r.status == "valid" and r.method in LENIENT_METHODS


# ---------------------------------------------------------------- sarcasm
@pytest.mark.parametrize(
    "question, text",
    [
        (_RATING, "Five, lovely lads, lost one of my oars, shouted at my kids, real pros."),
        (_RATING, "Oh five, wonderful, the engine died halfway and nobody came."),
        (_NPS, "Ten, for sure, brilliant, the boat was filthy and leaking."),
        (_NPS, "A nine, obviously, because I love bailing water out of a rowing boat."),
        (_NPS, "Ten, since I really enjoy waiting an hour on the jetty."),
        (_ON_TIME, "Ha, ready on time, that's a good one."),
        (_ON_TIME, "Ready at the booked time? Don't make me laugh."),
        (_ON_TIME, "Yes, you're joking, right?"),
    ],
)
def test_sarcasm_beside_a_value_is_read_back(question, text):
    assert _read_back(normalise(question, text, today=_TODAY))


@pytest.mark.parametrize(
    "question, text, value",
    [
        (_RATING, "Five, they were great.", 5),
        (_RATING, "Five, no complaints at all.", 5),
        (_NPS, "Ten, we had a lovely day on the water.", 10),
        (_NPS, "Nine.", 9),
        (_ON_TIME, "Yes, right on time.", "yes"),
        (_RATING, "Three, it was fine, the boat was a bit scruffy.", 3),
    ],
)
def test_plain_ratings_are_stored_as_said(question, text, value):
    r = normalise(question, text, today=_TODAY)
    assert r.status == "valid" and r.value == value and r.method not in LENIENT_METHODS


# ---------------------------------------------------------------- "none of them"
@pytest.mark.parametrize("text", ["None of them.", "None of those, we just paddled.", "Nothing, honestly."])
def test_none_without_a_none_choice_is_read_back(text):
    r = normalise(_EXTRAS, text)
    assert r.status == "valid" and r.value == [] and r.method in LENIENT_METHODS


def test_none_with_a_none_choice_is_that_choice():
    r = normalise(_EXTRAS_WITH_NONE, "None of them.")
    assert r.status == "valid" and r.value == ["none"] and r.method not in LENIENT_METHODS


def test_a_confirmed_none_is_stored_and_a_denied_one_asked_again(tmp_path):
    from datetime import datetime, timezone

    from survey_helpers import recorded, survey_policy

    yaml_text = """
name: boat_hire
kind: survey
organisation: Riverside Boats
opening: "Hi, a short survey from Riverside Boats. Is now a good time?"
questions:
  - id: extras
    type: multi_choice
    text: Which extras did you take, life jackets, a cool box, or fishing rods?
    choices: [life jackets, a cool box, fishing rods]
  - id: recommend
    type: nps
    text: How likely are you to recommend us, zero to ten?
"""
    now = datetime(2029, 6, 14, 12, tzinfo=timezone.utc)
    p = survey_policy(tmp_path, "boat_hire", yaml_text, [], now)
    assert recorded(p.respond("none of them")) == {}
    assert p.phase == "confirm" and p.pending["n"].value == []
    assert recorded(p.respond("yes")) == {"extras": []}

    (tmp_path / "again").mkdir()
    q = survey_policy(tmp_path / "again", "boat_hire", yaml_text, [], now)
    assert recorded(q.respond("none of them")) == {}
    assert recorded(q.respond("no")) == {}
    assert q.current.id == "extras"


# ---------------------------------------------------------------- an alternative that is no choice
@pytest.mark.parametrize(
    "text",
    [
        "Either the kayak or the canoe, or maybe a paddleboard, it was years ago.",
        "A kayak, or possibly a pedalo.",
        "The motor boat or a jet ski, one of those.",
    ],
)
def test_a_choice_beside_an_unlisted_alternative_is_asked_again(text):
    assert normalise(_CRAFT, text).status == "invalid"


@pytest.mark.parametrize(
    "text, code",
    [
        ("A kayak, or whatever you call the one-seater.", "kayak"),
        ("The canoe, or the Canadian canoe as you call it.", "canoe"),
        ("A rowing boat, or rather a rowboat.", "rowing"),
        ("The speedboat or motor boat, same thing.", "motor"),
        ("A canoe or so I think.", "canoe"),
    ],
)
def test_an_or_that_keeps_one_choice_still_answers(text, code):
    r = normalise(_CRAFT, text)
    assert r.status == "valid" and r.value == code


# ---------------------------------------------------------------- ordinals on a multi-choice
def test_ordinals_alone_name_only_those_choices():
    r = normalise(_EXTRAS, "The first and the third.")
    assert r.status == "valid" and r.value == ["jackets", "drybag"]


# ---------------------------------------------------------------- four-letter abbreviations
@pytest.mark.parametrize(
    "text, tense, iso",
    [
        ("Sept 5", "past", "2028-09-05"),
        ("sept. 20th", "future", "2029-09-20"),
        ("next Tues", "future", "2029-06-19"),
        ("Weds", "future", "2029-06-20"),
    ],
)
def test_four_letter_abbreviations_are_read(text, tense, iso):
    from customario.dialogue.date_answers import read_date

    assert read_date(text, _TODAY, tense)[0] == date.fromisoformat(iso)


# ---------------------------------------------------------------- a bare no and a bare yes
_LEAK = Question(id="leak", type="yes_no", text="Has the leak in the hull stopped since the repair?")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Nope, yes.", "yes"),
        ("No, yes. Yes.", "yes"),
        ("Hang on, no, yes. Yes, stopped.", "yes"),
        ("Yes. No.", "no"),
        ("No no, yes.", "yes"),
    ],
)
def test_a_bare_no_and_a_bare_yes_read_back_the_last(text, value):
    r = normalise(_LEAK, text)
    assert r.status == "valid" and r.value == value and r.method in LENIENT_METHODS


def test_a_last_bare_word_contradicted_after_it_is_asked_again():
    assert normalise(_LEAK, "No, yes, no it has not stopped.").status == "invalid"


def test_a_yes_with_no_problems_stays_a_plain_yes():
    r = normalise(_LEAK, "Yes, no problems since.")
    assert r.status == "valid" and r.value == "yes" and r.method not in LENIENT_METHODS


# ---------------------------------------------------------------- don't know, said other ways
_SKIPPER = Question(id="skipper", type="scale", text="How would you rate your skipper, one to ten?", min=1, max=10)
_TRIPS = Question(id="trips", type="number", text="How many trips did you make with us?", min=0, max=50)
_CRAFT_DK = _CRAFT


@pytest.mark.parametrize(
    "question, text",
    [
        (_TRIPS, "Couldn't tell ya."),
        (_SKIPPER, "Never met the skipper, my brother did the booking and the sailing."),
        (_SKIPPER, "We had two different skippers, so I can't say."),
        (_CRAFT_DK, "Forgot, sorry, my husband sorted all that."),
    ],
)
def test_dont_know_said_other_ways(question, text):
    assert normalise(question, text).status == "dont_know"


@pytest.mark.parametrize(
    "question, text, value",
    [
        (_SKIPPER, "I can't say, seven is fair.", 7),
        (_SKIPPER, "Never met him before but he was great, a nine.", 9),
    ],
)
def test_a_rating_beside_those_words_is_still_the_answer(question, text, value):
    r = normalise(question, text)
    assert r.status == "valid" and r.value == value


# ---------------------------------------------------------------- the whole a count question names
_LESSONS = Question(
    id="lessons", type="number", text="How many of the twelve sailing lessons did you take?", min=0, max=12
)


@pytest.mark.parametrize(
    "text, value", [("Every single one.", 12), ("All of them!", 12), ("Eleven out of twelve.", 11)]
)
def test_counts_against_the_whole_the_question_names(text, value):
    r = normalise(_LESSONS, text)
    assert r.status == "valid" and r.value == value


def test_every_one_without_a_named_whole_is_asked_again():
    q = _LESSONS.model_copy(update={"text": "How many sailing lessons did you take?"})
    assert normalise(q, "Every single one.").status == "invalid"


# ---------------------------------------------------------------- a day corrected within a month
def test_a_corrected_day_said_twice_keeps_the_month_before_it():
    q = Question(id="trip", type="date", text="On what date do you plan your next trip?")
    r = normalise(q, "The third of Aug, I mean the tenth, the tenth.", today=_TODAY)
    assert r.status == "valid" and r.value == "2029-08-10"


# ---------------------------------------------------------------- off the calls themselves
@pytest.mark.parametrize("text", ["Please take me off your calls.", "Remove us from your surveys, thanks."])
def test_taken_off_the_calls_is_an_opt_out(text):
    from customario.dialogue.optout import detect

    assert detect(text).kind == "opt-out"


# ---------------------------------------------------------------- "everywhere" to a "where" question
_SEATS = Question(
    id="seats",
    type="multi_choice",
    text="Where on the boat did you sit, the bow, the cabin, or the deck?",
    choices=[
        Choice(code="bow", label="the bow"),
        Choice(code="cabin", label="the cabin"),
        Choice(code="deck", label="the deck"),
    ],
)


def test_everywhere_but_one_place():
    r = normalise(_SEATS, "Everywhere except the cabin, it was locked.")
    assert r.status == "valid" and r.value == ["bow", "deck"] and r.method in LENIENT_METHODS


def test_everywhere_is_no_answer_to_a_question_that_is_not_about_places():
    q = _SEATS.model_copy(update={"text": "Which parts of the boat did you use?"})
    assert normalise(q, "Everywhere.").status == "invalid"


def test_a_no_and_a_yes_about_two_things_are_not_a_change_of_mind():
    q = Question(id="briefed", type="yes_no", text="Did the staff give you a safety briefing before you set off?")
    r = normalise(q, "Before we set off? No. Halfway down the river, yes.")
    assert r.status == "valid" and r.value == "no"


# ---------------------------------------------------------------- more sarcasm and doubt, and rates
def test_a_top_rating_beside_a_spoiled_thing_is_read_back():
    assert _read_back(normalise(_NPS, "Oh a ten for sure, the life jackets were mouldy."))


def test_a_yes_that_came_only_after_a_wait_is_read_back():
    assert _read_back(normalise(_ON_TIME, "Oh yes, ready, after we'd waited an hour on the jetty."))


def test_or_was_it_another_thing_is_asked_again():
    assert normalise(_EXTRAS, "Life jackets, or was it wetsuits?").status == "invalid"


@pytest.mark.parametrize("text", ["Two a day.", "About three per day."])
def test_a_daily_rate_to_a_weekly_count_is_asked_again(text):
    q = Question(id="trips", type="number", text="How many boat trips do you take per week?", min=0, max=40)
    assert normalise(q, text).status == "invalid"


def test_a_daily_rate_with_its_days_gives_the_weekly_count():
    q = Question(id="trips", type="number", text="How many boat trips do you take per week?", min=0, max=40)
    r = normalise(q, "Twice a day, Monday to Friday.")
    assert r.status == "valid" and r.value == 10


@pytest.mark.parametrize(
    "question, text",
    [
        (_NPS, "A ten, in my dreams."),
        (_NPS, "Ten, if I was being paid to say it."),
        (_RATING, "Five out of five, for a floating pigsty."),
        (_ON_TIME, "Yes, eventually, after I asked three times."),
    ],
)
def test_more_sarcasm_is_read_back(question, text):
    assert _read_back(normalise(question, text, today=_TODAY))


@pytest.mark.parametrize("text, value", [("Nope, yes he did, sorry.", "yes"), ("Yeah, no they didn't.", "no")])
def test_a_bare_word_then_the_other_said_with_its_verb_reads_back_the_last(text, value):
    q = Question(id="briefed", type="yes_no", text="Did the staff give you a safety briefing?")
    r = normalise(q, text)
    assert r.status == "valid" and r.value == value and r.method in LENIENT_METHODS
