"""Classes of phrasing from the typed-answer misses of answers blind25, blind26 and blind28 (issue
11), in the team's own phrasings on surveys about other things (a bakery, an art museum, a
locksmith, a yoga studio, a bookshop):

- a don't-know followed by a guess: a hedged yes or no is that value, read back ("no idea,
  probably not"); a named period guessed for a date ("can't remember, last winter maybe") is
  asked again, an unnamed span ("no idea, a few months ago") stays a don't-know; the words after
  "no idea what I'd change" are the open answer;
- a change of an earlier answer said at an open question ("Actually go back, ...") changes that
  answer instead of being stored as the open answer; "go back" as the verb of a place ("we'd love
  to go back in the spring") is the open answer and leaves the earlier answers alone;
- declining with one's own thoughts kept to oneself ("I'll keep my opinions to myself") is a
  refusal;
- a mock yes followed by a sentence of disbelief ("Aye, right. That'll be the day.") is a no, read
  back;
- "half" opening a new sentence after a rating ("A two. Half of them were burnt.") counts things,
  it is no half of the rating;
- the convention kept for "Nothing else, thanks" to an optional open question: the caller's words,
  stored as said (never coded refused).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from survey_helpers import record_calls, said, survey_policy

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

TODAY = date(2030, 6, 12)  # a Wednesday

_PARKED = Question(id="parked", type="yes_no", text="Did you use the bakery's car park?")
_GUIDE = Question(id="guide", type="yes_no", text="Did you join one of the museum's guided tours?")
_LAST = Question(id="last", type="date", text="When did you last visit the art museum?")
_CHANGE = Question(id="change", type="open", text="What would you change about the yoga studio?")
_MORE = Question(id="more", type="open", required=False, text="Is there anything else you'd like to tell us?")
_BREAD = Question(
    id="bread", type="scale", min=1, max=5, text="How would you rate the bread, from 1 very poor to 5 excellent?"
)
_RECOMMEND = Question(id="recommend", type="nps", text="How likely are you to recommend the bookshop, from 0 to 10?")
_SLOT = Question(id="slot", type="yes_no", text="Did the locksmith arrive within the time slot we gave you?")
_RENEW = Question(id="renew", type="yes_no", text="Will you renew your yoga studio pass?")


def _n(q: Question, text: str):
    return normalise(q, text, today=TODAY)


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_PARKED, "I don't know, probably yes.", "yes"),
        (_PARKED, "No idea, I guess not.", "no"),
        (_GUIDE, "Dunno, I think so.", "yes"),
        (_GUIDE, "Not sure. Yes, I think.", "yes"),
        (_GUIDE, "I can't remember, maybe not.", "no"),
    ],
)
def test_a_dont_know_then_a_hedged_yes_or_no_is_that_value_read_back(question, text, value):
    n = _n(question, text)
    assert n.status == "valid" and n.value == value and n.method == "inferred", n


@pytest.mark.parametrize(
    "text",
    [
        "No idea, my partner drove.",
        "Maybe? I'm not sure.",
        "I'm not sure, probably yes, or maybe no.",
        "Not sure, probably not sure.",
        "I have no idea.",
    ],
)
def test_a_dont_know_without_one_guessed_yes_or_no_stays_a_dont_know(text):
    assert _n(_PARKED, text).status == "dont_know"


@pytest.mark.parametrize(
    "text",
    [
        "Oh I can't remember, it was ages ago, last winter maybe.",
        "No idea, sometime in the spring perhaps.",
        "I don't know, the summer before last, I think.",
    ],
)
def test_a_dont_know_with_a_named_period_guessed_asks_for_the_date_again(text):
    n = _n(_LAST, text)
    assert n.status == "invalid", n


@pytest.mark.parametrize("text", ["No idea, a few months ago.", "Can't remember, ages ago.", "Not sure, years back."])
def test_a_dont_know_with_an_unnamed_span_stays_a_dont_know(text):
    assert _n(_LAST, text).status == "dont_know"


@pytest.mark.parametrize(
    "text",
    [
        "No idea what I'd change, maybe the mats.",
        "Not sure what I'd improve, perhaps longer classes at weekends.",
        "Dunno what we'd change, a bigger changing room?",
    ],
)
def test_words_after_a_dont_know_about_the_change_are_the_open_answer(text):
    n = _n(_CHANGE, text)
    assert n.status == "valid" and n.value == text


@pytest.mark.parametrize(
    "text", ["No idea what I'd change.", "I don't know what else to say, sorry.", "Dunno what I'd suggest really."]
)
def test_a_dont_know_about_the_change_alone_stays_a_dont_know(text):
    assert _n(_CHANGE, text).status == "dont_know"


BAKERY = """
name: bakery
kind: survey
organisation: Corner Bakery
questions:
  - id: visits
    type: number
    min: 0
    max: 60
    text: How many times did you visit the bakery this month?
  - id: parking
    type: yes_no
    text: Did you use our car park?
  - id: bread
    type: scale
    min: 1
    max: 5
    text: How would you rate the bread, from 1 to 5?
  - id: recommend
    type: nps
    text: How likely are you to recommend the bakery to a friend, from 0 to 10?
  - id: ideas
    type: open
    required: false
    text: Is there anything else you'd like to tell us?
"""
_NOW = datetime(2030, 6, 12, 12, tzinfo=timezone.utc)


def _at_open_question(tmp_path):
    return survey_policy(tmp_path, "bakery", BAKERY, ["12", "yes", "4", "8"], _NOW)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Actually go back, I'd give it a six, not an eight.", 6),
        ("Sorry, go back, make it a five.", 5),
        ("Oh wait, can we go back? I'd say nine.", 9),
    ],
)
def test_a_change_said_at_an_open_question_changes_the_earlier_answer(tmp_path, text, value):
    p = _at_open_question(tmp_path)
    out = p.respond(text)
    if p.phase == "confirm":
        out = p.respond("yes")
    recs = record_calls(out)
    assert recs and recs[0]["question_id"] == "recommend" and recs[0]["value"] == value, recs
    assert "ideas" not in p.statuses


def test_going_back_with_no_new_value_at_an_open_question_asks_the_earlier_question(tmp_path):
    p = _at_open_question(tmp_path)
    out = p.respond("Actually, sorry, can we go back?")
    assert "recommend" in said(out) and not record_calls(out)


@pytest.mark.parametrize(
    "text",
    [
        "We'd love to go back in the spring, the croissants are great.",
        "I'd definitely go back there again.",
        "Never going back to the supermarket now.",
    ],
)
def test_go_back_as_the_verb_of_a_place_is_the_open_answer(tmp_path, text):
    p = _at_open_question(tmp_path)
    recs = record_calls(p.respond(text))
    assert [(r["question_id"], r["value"]) for r in recs] == [("ideas", text)]
    assert p.answers.get("recommend") == 8


@pytest.mark.parametrize(
    "text",
    [
        "No, I'd rather keep my thoughts to myself.",
        "I'll keep my opinions to myself, thanks.",
        "We'd rather keep our details private.",
    ],
)
def test_keeping_ones_thoughts_to_oneself_is_a_refusal(text):
    assert _n(_MORE, text).status == "refused"


def test_keeping_a_thing_tidy_is_no_refusal():
    assert _n(_MORE, "The staff keep the place tidy, I like it.").status == "valid"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_SLOT, "Aye, right. In the slot. That'll be the day."),
        (_SLOT, "Oh yes, bang on time. When pigs fly."),
        (_RENEW, "Oh sure, I'll renew. In your dreams."),
    ],
)
def test_a_mock_yes_then_disbelief_is_a_no_read_back(question, text):
    n = _n(question, text)
    assert n.status == "valid" and n.value == "no" and n.method == "inferred", n


@pytest.mark.parametrize(
    "text", ["Aye, he was.", "Yeah, right on time.", "Yes. That'll be the day I remember, he was brilliant."]
)
def test_a_plain_yes_beside_the_same_words_stays_a_yes(text):
    n = _n(_SLOT, text)
    assert n.status == "valid" and n.value == "yes"


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_BREAD, "A two. Half of them were burnt.", 2),
        (_BREAD, "Four. Half the rolls sell out before lunch, mind.", 4),
        (_RECOMMEND, "Eight, half my street shops there.", 8),
    ],
)
def test_half_of_things_after_a_rating_is_no_half_point(question, text, value):
    n = _n(question, text)
    assert n.status == "valid" and n.value == value, n


@pytest.mark.parametrize("text", ["Seven and a half.", "seven and half"])
def test_a_half_point_still_is_one(text):
    n = _n(_RECOMMEND, text)
    assert n.status != "valid"  # not a whole number from 0 to 10: asked again


@pytest.mark.parametrize("text", ["Nothing else, thanks.", "Nope, that's all.", "No thanks, I'm good."])
def test_nothing_else_to_an_optional_open_question_is_kept_as_said(text):
    # The convention of 37 development lines (blind, blind6, blind19, blind25, ...): "nothing more
    # to add" answers the question; a refusal declines to answer it (AAPOR). blind26 codes these
    # three refused; the caller's own words are stored, which a coder can still code either way.
    n = _n(_MORE, text)
    assert n.status == "valid" and n.value == text


_WASH = Question(
    id="wash",
    type="multi_choice",
    text="Which of these did you use at the car wash: the jet wash, the vacuum, the tyre pump, the air "
    "freshener machine, or none of these?",
    choices=[
        {"code": "jet", "label": "jet wash"},
        {"code": "vacuum", "label": "vacuum"},
        {"code": "tyre", "label": "tyre pump"},
        {"code": "freshener", "label": "air freshener machine"},
        {"code": "none", "label": "none of these"},
    ],
)
_ROUTES = Question(
    id="routes",
    type="multi_choice",
    text="Which buses did you take to the car wash: number 3, number 12 or number 40?",
    choices=[
        {"code": "r3", "label": "number 3"},
        {"code": "r12", "label": "number 12"},
        {"code": "r40", "label": "number 40"},
    ],
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Number two and number four.", ["vacuum", "freshener"]),
        ("numbers 1 and 3", ["jet", "tyre"]),
        ("Options one, two and four, please.", ["jet", "vacuum", "freshener"]),
        ("Just number five.", ["none"]),
    ],
)
def test_choices_named_by_their_number_in_the_list_are_read_back(text, value):
    n = _n(_WASH, text)
    assert n.status == "valid" and n.value == value and n.method == "ordinal", n


@pytest.mark.parametrize("text", ["Number two or number three.", "Number seven.", "Number one and number five."])
def test_a_number_beyond_the_list_or_with_none_or_in_doubt_is_asked_again(text):
    assert _n(_WASH, text).status == "invalid"


def test_choices_that_are_numbers_are_named_not_placed():
    n = _n(_ROUTES, "Number 12.")
    assert n.status == "valid" and n.value == ["r12"]


@pytest.mark.parametrize("text", ["every single one of them", "Each and every one of those, it was filthy."])
def test_every_single_one_is_every_choice(text):
    n = _n(_WASH, text)
    assert n.status == "valid" and n.value == ["jet", "vacuum", "tyre", "freshener"]


_BLOCK = Question(id="block", type="yes_no", text="Will you sign up for another block of yoga classes?")
_CARD = Question(id="card", type="yes_no", text="Do you plan to renew your bookshop loyalty card?")
_AGAIN = Question(id="again", type="yes_no", text="Are you planning to visit the art museum again?")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_BLOCK, "I already did."),
        (_BLOCK, "We've already done it, last Tuesday."),
        (_CARD, "We already renewed."),
        (_AGAIN, "Already booked for the spring exhibition."),
        (_AGAIN, "Already got tickets for March."),
    ],
)
def test_a_plan_already_carried_out_is_a_yes_read_back(question, text):
    n = _n(question, text)
    assert n.status == "valid" and n.value == "yes" and n.method == "inferred", n


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_BLOCK, "We already signed up somewhere else."),
        (_CARD, "Already switched to another shop."),
        (_CARD, "I already cancelled it."),
        (_AGAIN, "I already went twice this year."),
        (_PARKED, "I already did."),
    ],
)
def test_already_elsewhere_cancelled_or_to_no_plan_is_no_yes(question, text):
    n = _n(question, text)
    assert n.status != "valid" or n.value != "yes"


_LOCKSMITH = Question(
    id="done",
    type="multi_choice",
    text="What did the locksmith do: change the lock, cut new keys, fix the door frame, or give you a quote?",
    choices=[
        {"code": "lock", "label": "change the lock"},
        {"code": "keys", "label": "cut new keys"},
        {"code": "frame", "label": "fix the door frame"},
        {"code": "quote", "label": "give a quote"},
    ],
)


def test_a_thing_put_in_beside_a_named_choice_is_read_back_not_stored_as_the_shorter_list():
    n = _n(_LOCKSMITH, "He put in a new cylinder and fixed the door frame.")
    assert n.status != "valid" or n.method == "inferred"


def test_choices_named_plainly_are_stored():
    n = _n(_LOCKSMITH, "He cut new keys and fixed the door frame.")
    assert n.status == "valid" and n.value == ["keys", "frame"] and n.method == "phrase"


_MEMBER = Question(id="member", type="yes_no", text="Are you a member of the bookshop's reading club?")
_WING = Question(id="wing", type="yes_no", text="Have you visited the art museum's new wing?")
_CARD_WORKS = Question(id="works", type="yes_no", text="Does your car wash card still work?")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_MEMBER, "I am not a member."),
        (_MEMBER, "I am not."),
        (_MEMBER, "I'm not, my sister is."),
        (_WING, "I have not."),
        (_WING, "I have not been yet."),
        (_CARD_WORKS, "It does not."),
        (_CARD_WORKS, "It does not, it's expired."),
    ],
)
def test_a_yes_frame_negated_in_full_words_is_a_no(question, text):
    n = _n(question, text)
    assert n.status == "valid" and n.value == "no", n


@pytest.mark.parametrize(
    ("question", "text"), [(_MEMBER, "I am."), (_WING, "I have, twice."), (_CARD_WORKS, "It does."), (_WING, "I did.")]
)
def test_the_yes_frames_alone_stay_a_yes(question, text):
    n = _n(question, text)
    assert n.status == "valid" and n.value == "yes"


def test_i_am_not_sure_stays_a_dont_know():
    assert _n(_MEMBER, "I am not sure.").status == "dont_know"


@pytest.mark.parametrize("text", ["I am not not a member.", "We're not not members, if you know what I mean."])
def test_being_a_member_negated_twice_is_a_yes_read_back(text):
    n = _n(_MEMBER, text)
    assert n.status == "valid" and n.value == "yes" and n.method == "inferred", n


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            Question(id="news", type="yes_no", text="Would you be interested in a bookshop newsletter?"),
            "I'm not not interested.",
        ),
        (_MEMBER, "I'm not not a member, but I let it lapse."),
    ],
)
def test_a_feeling_negated_twice_or_taken_back_is_asked_again(question, text):
    assert _n(question, text).status == "invalid"


_ONLINE = Question(id="online", type="yes_no", text="Would you consider taking your yoga classes online?")


@pytest.mark.parametrize(
    "text",
    [
        "Oh yeah, because a laptop screen is just like a real studio. No.",
        "Oh sure, I love doing downward dog next to the fridge. Nope.",
        "Yes, wait, that was the pottery class. No.",
    ],
)
def test_a_yes_then_a_bare_no_as_the_last_sentence_is_a_no(text):
    n = _n(_ONLINE, text)
    assert n.status == "valid" and n.value == "no", n


@pytest.mark.parametrize("text", ["Oh yes, I would. No problem at all.", "Oh sure, why not. No complaints from me."])
def test_a_yes_then_a_no_phrase_is_no_bare_no(text):
    n = _n(_ONLINE, text)
    assert n.status != "valid" or n.value == "yes"
