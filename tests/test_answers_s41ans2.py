"""Classes of typed survey answers from the newest answers corpora (5 December 2026, stop 41), in
the team's own phrasings at a kayak club, a cookery school, a bakery and a climbing gym:

- refusals that withhold the thing asked ("we're not sharing our plans", "I'm not going to rate
  anyone", "I'll skip the score"); a polite "no thanks" beside a skip declines the question only;
- don't-knows that send the agent to someone else first ("let me check with my husband first":
  no first of the month) or to a record out of reach ("I've got it written down somewhere");
- yes/no to "did anyone ...?" said as who ("Nobody, smooth as glass." / "Me."), to "... on most
  days?" said as every day ("Religiously.", "There wasn't a day I didn't"), an emphatic "did we
  ever", a rhetorical question about the question, a fronted negation ("Not once did I feel
  unsafe"), a present state ended ("I was, until ..."; "thinking about joining" stays unread);
- choices named by a word that a plainer choice's label shares with a longer one ("Family, I think"
  for *family pass* beside *family pass with parking*), letters spelt out ("B B Q"), a compound said
  open ("push bike"), the device the caller owns beside the channel ("from my phone"); on
  multi-choice questions a choice declined in its own clause, a "no" before each choice ruled out,
  a none taken back in so many words, and "nothing but X";
- changes of an earlier answer: named with "back to the ... question", by the question's own alias
  even when it holds a verb, and "I'd rather say four than five".

Lenient readings are read back (``LENIENT_METHODS``); every class has near misses that must not
change.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import intents
from customario.dialogue.answers import LENIENT_METHODS, normalise
from survey_helpers import policy_at, recorded, said

_TODAY = date(2031, 5, 14)
_DATE = Question(id="next_class", type="date", text="What date would suit you for your next class?")
_COUNT = Question(id="paddlers", type="number", text="How many paddlers were in your group?", min=1, max=12)
_RATING = Question(id="coach", type="scale", text="From 1 to 5, how would you rate the coach?", min=1, max=5)
_CAPSIZE = Question(id="capsized", type="yes_no", text="Did anyone in your group capsize?")
_YOU_CAPSIZE = Question(id="you_capsized", type="yes_no", text="Did you capsize?")
_PRACTISE = Question(id="practised", type="yes_no", text="Did you practise the knife skills on most days?")
_SAFE = Question(id="safe", type="yes_no", text="Did you feel safe on the climbing wall?")
_MEMBER = Question(id="member", type="yes_no", text="Are you a member of the climbing gym?")
_WENT = Question(id="went", type="yes_no", text="Did you go to the bakery's open day?")
_PASS = Question(
    id="pass",
    type="single_choice",
    text="Which pass did you buy, a family pass, a family pass with parking, or a season pass?",
    choices=[
        Choice(code="fam", label="family pass"),
        Choice(code="fam_parking", label="family pass with parking"),
        Choice(code="season", label="season pass"),
    ],
)
_TICKET = Question(
    id="ticket",
    type="single_choice",
    text="Which ticket did you have, an adult ticket or a child ticket?",
    choices=[Choice(code="adult", label="adult ticket"), Choice(code="child", label="child ticket")],
)
_MENU = Question(
    id="menu",
    type="single_choice",
    text="Which menu did you cook, the BBQ menu, the curry menu, or the pasta menu?",
    choices=[
        Choice(code="bbq", label="BBQ menu", synonyms=["BBQ", "barbecue"]),
        Choice(code="curry", label="curry menu", synonyms=["curry"]),
        Choice(code="pasta", label="pasta menu", synonyms=["pasta"]),
    ],
)
_ARRIVED = Question(
    id="arrived",
    type="single_choice",
    text="How did you get to the club, on foot, by car, or with a bicycle?",
    choices=[
        Choice(code="foot", label="on foot"),
        Choice(code="car", label="by car", synonyms=["car"]),
        Choice(code="bicycle", label="with a bicycle", synonyms=["bicycle", "pushbike"]),
    ],
)
_BOOKED = Question(
    id="booked",
    type="single_choice",
    text="How did you book the class? On our website, by phone, or in person?",
    choices=[
        Choice(code="website", label="on our website", synonyms=["website", "online"]),
        Choice(code="phone", label="by phone", synonyms=["phone", "called"]),
        Choice(code="in_person", label="in person"),
    ],
)
_CATCH = Question(
    id="catch",
    type="multi_choice",
    text="Which fish did you catch from the kayak, salmon, trout, perch, or nothing at all?",
    choices=[
        Choice(code="salmon", label="salmon"),
        Choice(code="trout", label="trout"),
        Choice(code="perch", label="perch"),
        Choice(code="none", label="nothing at all", synonyms=["nothing", "none"]),
    ],
)
_BOUGHT = Question(
    id="bought",
    type="multi_choice",
    text="Which did you buy at the bakery, bread, cakes, coffee, or none of these?",
    choices=[
        Choice(code="bread", label="bread"),
        Choice(code="cakes", label="cakes"),
        Choice(code="coffee", label="coffee"),
        Choice(code="none", label="none of these", synonyms=["nothing", "none"]),
    ],
)


def _lenient(n, value) -> bool:
    return n.status == "valid" and n.value == value and n.method in LENIENT_METHODS


@pytest.mark.parametrize(
    "q,text",
    [
        (_DATE, "We're not sharing our plans."),
        (_COUNT, "I'm not giving out details about my family."),
        (_RATING, "I'm not going to rate anyone."),
        (_RATING, "I'll skip the score."),
        (_RATING, "Let's skip this question."),
    ],
)
def test_withholding_what_is_asked_is_a_refusal(q, text):
    assert normalise(q, text, today=_TODAY).status == "refused"


@pytest.mark.parametrize(
    "q,text",
    [
        (_COUNT, "I'm not sharing a kayak again, there were four of us."),
        (_RATING, "I'd skip the warm-up next time, but the coach was a four."),
    ],
)
def test_a_thing_not_shared_or_skipped_is_no_refusal(q, text):
    assert normalise(q, text, today=_TODAY).status != "refused"


@pytest.mark.parametrize(
    "text", ["Let me check with my husband first.", "I've got it written down somewhere, I can't find it."]
)
def test_someone_else_first_or_a_record_out_of_reach_is_dont_know(text):
    assert normalise(_DATE, text, today=_TODAY).status == "dont_know"


@pytest.mark.parametrize("text,day", [("The first.", date(2031, 6, 1)), ("On the first, please.", date(2031, 6, 1))])
def test_the_first_is_still_a_date(text, day):
    n = normalise(_DATE, text, today=_TODAY)
    assert n.status == "valid" and n.value == day.isoformat(), n


_CLUB = {
    "name": "kayak_club",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "coach", "type": "scale", "text": "From 1 to 5, how would you rate the coach?", "min": 1, "max": 5},
        {
            "id": "capsized",
            "type": "yes_no",
            "text": "Did anyone in your group capsize?",
            "aliases": ["capsize", "capsizing"],
        },
        {
            "id": "kit",
            "type": "multi_choice",
            "text": "Which kit did you hire, a wetsuit, a paddle or a helmet?",
            "aliases": ["the kit we hired", "kit"],
            "choices": [
                {"code": "wetsuit", "label": "a wetsuit"},
                {"code": "paddle", "label": "a paddle"},
                {"code": "helmet", "label": "a helmet"},
            ],
        },
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the club, from 0 to 10?"},
        {"id": "comments", "type": "open", "text": "Anything else you'd like to tell us?", "required": False},
    ],
}
_NOW = datetime(2031, 5, 14, 12, tzinfo=timezone.utc)


def _club_at(question_id: str, *answers: str):
    policy = policy_at(_CLUB, "coach", _NOW)
    for a in answers:
        policy.respond(a)
        if policy.phase == "confirm":
            policy.respond("yes")
    assert policy.current.id == question_id
    return policy


def test_no_thanks_beside_a_skip_declines_the_question_not_the_interview():
    policy = _club_at("comments", "four", "no", "a paddle", "eight")
    actions = policy.respond("No thanks, I'll skip it.")
    calls = [a for a in actions if getattr(a, "name", None) == "record_answer"]
    assert calls and calls[0].arguments["status"] == "refused"
    assert not any(type(a).__name__ == "Hangup" and a.disposition == "refused" for a in actions)


def test_no_thanks_with_not_interested_still_ends():
    assert intents.wants_to_end("No thanks, I'm not interested.", declined=True)


def test_a_suggestion_about_call_backs_is_an_open_answer():
    policy = _club_at("comments", "four", "no", "a paddle", "eight")
    actions = policy.respond("Um, the office could maybe call back quicker?")
    assert recorded(actions).get("comments"), said(actions)
    assert intents.wants_callback("Could you call me back later?")


@pytest.mark.parametrize(
    "text,value",
    [
        ("Nobody, smooth as glass.", "no"),
        ("Not a soul.", "no"),
        ("Nobody was in the water.", "no"),
        ("Me. Twice, in fact.", "yes"),
        ("My brother, he went right over.", "yes"),
        ("Both of us did.", "yes"),
        ("Only my sister-in-law, poor thing.", "yes"),
    ],
)
def test_who_answers_did_anyone(text, value):
    assert _lenient(normalise(_CAPSIZE, text), value) or normalise(_CAPSIZE, text).value == value


@pytest.mark.parametrize(
    "q,text",
    [
        (_CAPSIZE, "Nobody, well, my son a bit."),
        (_CAPSIZE, "Nobody didn't capsize."),
        (_YOU_CAPSIZE, "My brother."),  # not asked about anyone
    ],
)
def test_who_with_a_doubt_or_to_another_question_is_not_read(q, text):
    n = normalise(q, text)
    assert not (n.status == "valid" and n.method not in LENIENT_METHODS and n.value in ("yes", "no")), n
    if q is _CAPSIZE and text.startswith("Nobody,"):
        assert not (n.status == "valid" and n.value == "no")


@pytest.mark.parametrize(
    "text",
    ["Religiously.", "Every single day, love.", "There wasn't a day I didn't practise.", "Never missed a day."],
)
def test_every_day_answers_most_days_with_a_yes_read_back(text):
    assert _lenient(normalise(_PRACTISE, text), "yes")


@pytest.mark.parametrize("text", ["Religiously, until I cut my thumb.", "Every day but the weekends."])
def test_every_day_taken_back_is_no_plain_yes(text):
    n = normalise(_PRACTISE, text)
    assert not (n.status == "valid" and n.value == "yes" and n.method not in LENIENT_METHODS), n


def test_emphatic_did_we_ever_is_yes():
    n = normalise(_WENT, "Oh, did we ever. We queued for an hour.")
    assert n.status == "valid" and n.value == "yes"


@pytest.mark.parametrize(
    "text,value",
    [
        ("Of course I did, what kind of question is that?", "yes"),
        ("Are you kidding? Of course.", "yes"),
        ("Obviously.", "yes"),
        ("Obviously not.", "no"),
    ],
)
def test_a_rhetorical_question_beside_the_answer_asks_nothing(text, value):
    n = normalise(_WENT, text)
    assert n.status == "valid" and n.value == value, n


def test_a_rhetorical_question_alone_is_no_answer():
    assert normalise(_WENT, "What kind of question is that?").status == "invalid"


@pytest.mark.parametrize(
    "text,value",
    [("Not once did I feel unsafe.", "yes"), ("At no point were we unsafe.", "yes"), ("I felt unsafe up top.", "no")],
)
def test_a_fronted_negation_turns_the_opposite_round(text, value):
    n = normalise(_SAFE, text)
    assert n.status == "valid" and n.value == value, n


@pytest.mark.parametrize("text", ["I was, until they put the fees up.", "We were, till last spring."])
def test_a_present_state_ended_is_no(text):
    assert _lenient(normalise(_MEMBER, text), "no")


@pytest.mark.parametrize("q,text", [(_MEMBER, "I was, and I still am."), (_MEMBER, "I'm thinking about joining.")])
def test_a_state_kept_or_only_planned_is_no_no(q, text):
    n = normalise(q, text)
    assert not (n.status == "valid" and n.value == "no"), n


@pytest.mark.parametrize("text", ["Family, I think, yeah, family.", "Basic family one, just to get in."])
def test_a_word_of_the_plainer_label_names_the_plainer_choice(text):
    assert _lenient(normalise(_PASS, text), "fam")


def test_a_word_of_two_labels_neither_plainer_names_none():
    assert normalise(_TICKET, "Ticket.").status == "invalid"


@pytest.mark.parametrize("text", ["B B Q.", "Um, the B. B. Q. one."])
def test_letters_spelt_out_name_the_choice(text):
    n = normalise(_MENU, text)
    assert n.status == "valid" and n.value == "bbq", n


def test_a_compound_said_open_and_a_self_correction():
    n = normalise(_ARRIVED, "By car. No, sorry, the push bike that day.")
    assert n.status == "valid" and n.value == "bicycle", n


@pytest.mark.parametrize(
    "text,value", [("On your website, using my phone.", "website"), ("I booked online from my phone.", "website")]
)
def test_the_phone_the_caller_owns_is_the_device_not_the_channel(text, value):
    n = normalise(_BOOKED, text)
    assert n.status == "valid" and n.value == value, n


@pytest.mark.parametrize("text", ["On the phone.", "I phoned you."])
def test_the_phone_as_a_channel_still_is_the_phone(text):
    n = normalise(_BOOKED, text)
    assert n.status == "valid" and n.value == "phone", n


@pytest.mark.parametrize(
    "text,codes",
    [
        ("Only salmon, the trout weren't biting.", ["salmon"]),
        ("No salmon, no trout, just a perch.", ["perch"]),
        ("Nothing. Wait, actually, one little perch.", ["perch"]),
        ("I didn't buy anything but the bread.", ["bread"]),
    ],
)
def test_multi_choice_declined_or_taken_back(text, codes):
    q = _BOUGHT if "buy" in text else _CATCH
    n = normalise(q, text)
    assert n.status == "valid" and n.value == codes, n


def test_the_callers_own_nothing_beside_anothers_catch_is_the_catch_read_back():
    assert _lenient(normalise(_CATCH, "My wife caught a trout, I got nothing."), ["trout"])
    assert normalise(_CATCH, "A trout, and nothing.").status == "invalid"


def test_a_none_with_a_hedge_after_stays_unsure():
    assert normalise(_CATCH, "Nothing. Well, maybe a perch.").status == "invalid"


def test_back_to_a_question_by_name_with_the_answer_in_a_clause():
    policy = _club_at("recommend", "four", "yes", "a paddle")
    actions = policy.respond("Back to the capsize question: no, nobody was in the water, I mixed it up.")
    if policy.phase == "confirm":
        actions = policy.respond("yes")
    assert recorded(actions).get("capsized") == "no", said(actions)


def test_an_alias_with_a_verb_names_the_question():
    policy = _club_at("recommend", "four", "yes", "a paddle")
    actions = policy.respond("Before that, the kit we hired, it was a wetsuit and a paddle.")
    if policy.phase == "confirm":
        actions = policy.respond("yes")
    assert recorded(actions).get("kit") == ["wetsuit", "paddle"], said(actions)


def test_rather_one_number_than_another_in_a_change():
    policy = _club_at("comments", "four", "yes", "a paddle", "eight")
    actions = policy.respond("Sorry, the coach one, I'd rather say three than four.")
    if policy.phase == "confirm":
        actions = policy.respond("yes")
    assert recorded(actions).get("coach") == 3, said(actions)


def test_make_a_question_named_bare_a_number_changes_it():
    policy = _club_at("comments", "four", "yes", "a paddle", "eight")
    actions = policy.respond("Before we go on, make coach a two.")
    if policy.phase == "confirm":
        actions = policy.respond("yes")
    assert recorded(actions).get("coach") == 2, said(actions)


def test_make_friends_a_lot_is_an_open_answer_not_a_change():
    policy = _club_at("comments", "four", "yes", "a paddle", "eight")
    actions = policy.respond("It helped me make friends a lot, and the coach was patient.")
    assert "coach" not in recorded(actions) and recorded(actions).get("comments"), said(actions)


def test_yeah_right_said_apart_is_read_back():
    n = normalise(_WENT, "Oh, loved every minute. Yeah. Right.")
    assert not (n.status == "valid" and n.method not in LENIENT_METHODS), n
    n = normalise(_WENT, "Yeah. Right after lunch.")
    assert n.status == "valid" and n.value == "yes", n


def test_isnt_it_obvious_before_the_answer_asks_nothing():
    n = normalise(_WENT, "Isn't it obvious? I love that bakery, of course I went.")
    assert n.status == "valid" and n.value == "yes", n
    assert normalise(_WENT, "Isn't it obvious?").status == "invalid"


@pytest.mark.parametrize("text", ["What's it to you how I booked?", "Well, what's it to ya?"])
def test_whats_it_to_you_is_a_refusal(text):
    assert normalise(_BOOKED, text).status == "refused"


def test_what_it_cost_me_is_no_refusal():
    assert normalise(_BOOKED, "It's the website to me, always.").status != "refused"
