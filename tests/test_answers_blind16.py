"""Classes from the held-out answers blind16's wrong values (4 December 2026), in the team's own
phrasings on a climbing-gym survey. Each reading that stored a wrong value as valid is now read
back or asked again:

- a yes/no question's own verb restated with a subject and a modal ("I will rejoin") is a yes, and
  a negated one ("I'm not rejoining") a no, read back (customario.dialogue.inferred);
- "by the date we promised" is an on-time question, so "they weren't late" says yes (yesno);
- "I can't wait" is eagerness, not a no; "oh yeah, can't wait" is mock eagerness (read back);
- an open answer whose every clause after the don't-know only says why the caller cannot answer
  ("I'd have to look at them again", "I can't pick") is a don't-know (codes.says_more);
- a multi-choice list with one part read only by its spelling ("mtg rooms"), or with a hedge or a
  plan in one clause ("and maybe the sauna", "going to try the sauna once it's fixed"), is read back;
- "two tables' worth" counts in another unit: asked again (number_answers);
- "I don't remember chasing anyone" beside a yes is no don't-know (answer_codes._REMEMBERED_DOING).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_REJOIN = Question(id="rejoin", type="yes_no", text="Will you rejoin the climbing gym next season?")
_REJOINED = Question(id="rejoined", type="yes_no", text="Did you rejoin the gym last season?")
_READY = Question(id="ready", type="yes_no", text="Was your harness ready by the day we agreed?")
_BEST = Question(id="best", type="open", text="What was the best route you climbed?", required=False)
_HEADCOUNT = Question(id="party", type="number", text="How many climbers came to the party?", min=0, max=300)
_FACILITIES = Question(
    id="facilities",
    type="multi_choice",
    text="Which did you use: the bouldering wall, the sauna, the meeting rooms or the cafe?",
    choices=[
        Choice(code="boulder", label="the bouldering wall"),
        Choice(code="sauna", label="the sauna"),
        Choice(code="meeting_rooms", label="meeting rooms"),
        Choice(code="cafe", label="the cafe"),
    ],
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("I will rejoin", "yes"),
        ("I actually will rejoin, sorry", "yes"),
        ("we'll be rejoining", "yes"),
        ("I'm not rejoining", "no"),
        ("we won't rejoin, too pricey", "no"),
        ("I can't wait to rejoin", "yes"),
    ],
)
def test_the_question_verb_restated_is_read_back(text, value):
    r = normalise(_REJOIN, text)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


@pytest.mark.parametrize("text", ["I'm going to rejoin", "I plan to rejoin"])
def test_a_plan_does_not_answer_a_question_about_the_past(text):
    assert normalise(_REJOINED, text).value != "yes"


@pytest.mark.parametrize("text, value", [("It wasn't late, no.", "yes"), ("No, it came late", "no")])
def test_a_promised_day_is_an_on_time_question(text, value):
    r = normalise(_READY, text)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


def test_mock_eagerness_is_read_back_not_stored():
    r = normalise(_REJOIN, "Oh sure, can't wait to rejoin.")
    assert r.status == "valid" and r.method == "inferred"


@pytest.mark.parametrize(
    "text",
    [
        "Not sure, I'd have to look at my logbook again.",
        "No idea really, I can't pick one.",
        "I don't know, honestly I haven't thought about it.",
        "Dunno, hard to say.",
    ],
)
def test_an_open_dont_know_with_only_its_reason_is_a_dont_know(text):
    assert normalise(_BEST, text).status == "dont_know"


@pytest.mark.parametrize(
    "text", ["I don't know, maybe the overhang by the window", "No idea, the blue one on the slab I think"]
)
def test_an_open_dont_know_beside_an_answer_keeps_the_words(text):
    r = normalise(_BEST, text)
    assert r.status == "valid" and r.value == text


@pytest.mark.parametrize(
    "text",
    [
        "mtg rooms, cafe, sauna",
        "The sauna, and maybe the cafe, I'd need to check my card.",
        "I'm going to try the sauna once it's fixed, but right now it's just the bouldering wall.",
    ],
)
def test_a_list_with_an_unsure_part_is_read_back(text):
    r = normalise(_FACILITIES, text)
    assert r.status != "valid" or r.method in ("inferred", "fuzzy")


def test_a_plain_list_is_stored_as_said():
    r = normalise(_FACILITIES, "the sauna, the cafe and the bouldering wall")
    assert r.status == "valid" and sorted(r.value) == ["boulder", "cafe", "sauna"] and r.method != "inferred"


@pytest.mark.parametrize("text", ["Three tables' worth.", "about two minibuses worth"])
def test_a_count_in_another_unit_is_asked_again(text):
    assert normalise(_HEADCOUNT, text).status == "invalid"


def test_a_count_of_people_worth_is_not_caught():
    assert normalise(_HEADCOUNT, "forty, give or take").value == 40


@pytest.mark.parametrize(
    "text, value",
    [("I reckon so, I don't remember complaining to anyone.", "yes"), ("No, I don't recall collecting it", "no")],
)
def test_a_thing_not_remembered_beside_an_answer_is_no_dont_know(text, value):
    r = normalise(_READY, text)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


def test_not_remembering_alone_is_still_a_dont_know():
    assert normalise(_READY, "I don't remember").status == "dont_know"


_GYM = """
name: climbing_gym
kind: survey
organisation: Crag Hall
opening: "Hi, a short survey from Crag Hall. Is now a good time?"
questions:
  - id: rejoin
    type: yes_no
    text: Will you rejoin the climbing gym next season?
    aliases: [rejoin, membership]
  - id: why_not
    type: open
    text: What would stop you rejoining?
    required: false
    when: not rejoin
"""


def test_a_correction_by_an_inflected_name_changes_the_earlier_answer(tmp_path):
    from survey_helpers import recorded, survey_policy

    p = survey_policy(tmp_path, "climbing_gym", _GYM, [], datetime(2029, 3, 6, 12, tzinfo=timezone.utc))
    assert recorded(p.respond("no")) == {"rejoin": "no"}
    assert p.current.id == "why_not"
    # the change is read back before it is stored
    p.respond("Hang on, about rejoining, I actually will rejoin, I misspoke.")
    assert p.phase == "confirm" and p.pending["n"].value == "yes"
    assert recorded(p.respond("yes")) == {"rejoin": "yes"}


def test_a_bare_yes_with_a_stray_word_keeps_the_campaign_threshold_when_spoken():
    # "absolutely off" was heard for "absolutely not" (blind16, us-m3-150 at confidence 0.3): a
    # two-word yes holding a word no bare yes has is a phrase, so a spoken one below 0.8 is read back
    assert normalise(_REJOIN, "absolutely off").method == "phrase"
    assert normalise(_REJOIN, "yes please").method == "exact"
    assert normalise(_REJOIN, "definitely not").value == "no"
