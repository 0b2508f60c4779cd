"""Own phrasings (an archery club, a farm shop, a chimney sweep, a mobile library) for the classes
ans20b read from the re-asked items of answers blind24-blind29: a double negative confirmed by a
statement that repeats what was negated, a double negative with a modal of intention, declining to
commit, doubt as a soft no, a clipped "'course", and a decision to be talked over first."""

from __future__ import annotations

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

_HIT = Question(id="hit", type="yes_no", text="Did you hit the target on your first end?")
_DELIVERED = Question(id="delivered", type="yes_no", text="Did the farm shop deliver your box late?")
_SWEPT = Question(id="swept", type="yes_no", text="Did the sweep clean the chimney on the day?")
_RENEW = Question(id="renew", type="yes_no", text="Would you renew your archery club membership next season?")
_VAN = Question(id="van", type="yes_no", text="Will you use the mobile library van again this winter?")
_KIDS = Question(
    id="kids", type="number", text="How many of your children borrow from the mobile library?", min=0, max=10
)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_HIT, "I wouldn't say I didn't hit it, I struck the gold twice."),
        (_DELIVERED, "Can't say it wasn't, it was three hours late."),
        (_SWEPT, "We didn't not get it swept, if you follow me. He cleaned it."),
        (_RENEW, "I wouldn't not renew."),
        (_VAN, "We won't not use it."),
    ],
)
def test_a_double_negative_confirmed_by_the_same_predicate_is_a_yes_read_back(question, text):
    n = normalise(question, text)
    assert (n.status, n.value, n.method) == ("valid", "yes", "inferred")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # the statement repeats nothing of "hit": it may deny it
        (_HIT, "It's not that I didn't hit it, I was aiming at the wrong one."),
        # hedged, or a contrast
        (_HIT, "I wouldn't say I didn't hit it, I probably grazed it."),
        (_DELIVERED, "Can't say it wasn't, it was late but only by a minute."),
    ],
)
def test_a_double_negative_without_the_same_predicate_said_plainly_is_asked_again(question, text):
    assert normalise(question, text).status == "invalid"


@pytest.mark.parametrize(
    "text", ["Rather not commit to anything.", "I'd prefer not to speculate.", "I'd rather not promise anything."]
)
def test_declining_to_commit_is_a_refusal_not_a_no(text):
    assert normalise(_RENEW, text).status == "refused"


def test_a_bare_rather_not_to_an_offer_is_still_a_no():
    n = normalise(_RENEW, "I'd rather not.")
    assert (n.status, n.value) == ("valid", "no")


@pytest.mark.parametrize(
    "text", ["I doubt it.", "Doubtful.", "Highly unlikely, to be honest.", "I seriously doubt it."]
)
def test_doubt_is_a_no_read_back(text):
    n = normalise(_VAN, text)
    assert (n.status, n.value, n.method) == ("valid", "no", "inferred")


def test_doubt_with_a_maybe_is_asked_again():
    assert normalise(_VAN, "I doubt it, but maybe.").status == "invalid"


def test_a_clipped_of_course_before_the_verb_is_a_yes():
    n = normalise(_RENEW, "Course I would.")
    assert (n.status, n.value) == ("valid", "yes")
    assert normalise(_RENEW, "Course I wouldn't.").value != "yes"


@pytest.mark.parametrize(
    "text", ["I'd have to check with my husband.", "We'd need to talk it over with the kids first."]
)
def test_a_decision_to_talk_over_with_someone_is_asked_again(text):
    assert normalise(_RENEW, text).status == "invalid"


def test_a_fact_someone_else_holds_stays_a_dont_know():
    assert normalise(_KIDS, "I'd have to check with my wife.").status == "dont_know"
    assert normalise(_RENEW, "I'd have to check my diary.").status == "dont_know"
    assert normalise(_RENEW, "I don't know, I'd have to ask my husband.").status == "dont_know"


_RATE_COACH = Question(
    id="coach", type="scale", text="How would you rate your archery coach, from one to five?", min=1, max=5
)


@pytest.mark.parametrize("text", ["I don't rate people.", "I don't like rating people, pass.", "I never score staff."])
def test_declining_to_rate_a_person_at_all_is_a_refusal(text):
    assert normalise(_RATE_COACH, text).status == "refused"


def test_a_rating_beside_a_word_about_judging_people_is_still_the_rating():
    n = normalise(_RATE_COACH, "Four, and I don't judge people harshly.")
    assert (n.status, n.value) == ("valid", 4)


_BLOCKED = Question(
    id="blocked", type="yes_no", text="Since the sweep's visit, has the chimney smoked back into the room?"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Afraid so.", "yes"),
        ("Oh, has it ever. The whole lounge was grey.", "yes"),
        ("Once, when the wind turned.", "yes"),
        ("A couple of times.", "yes"),
    ],
)
def test_idioms_and_counts_of_times_to_a_perfect_question(text, value):
    n = normalise(_BLOCKED, text)
    assert (n.status, n.value) == ("valid", value)


def test_an_understatement_of_a_thing_closed_by_its_no_is_a_no():
    n = normalise(_BLOCKED, "I can't say that it has, no.")
    assert (n.status, n.value) == ("valid", "no")
    # without the no the caller may simply not know
    assert normalise(_BLOCKED, "I can't say that it has.").value != "no"


_EXTRAS = Question(
    id="extras",
    type="multi_choice",
    text="Which extras did you order with your farm shop box, eggs, bread, flowers, or none of these?",
    choices=[
        {"code": "eggs", "label": "eggs"},
        {"code": "bread", "label": "bread"},
        {"code": "flowers", "label": "flowers"},
        {"code": "none", "label": "none of these"},
    ],
)


@pytest.mark.parametrize(
    "text", ["Nah, we didn't order anything.", "We never ordered any of them.", "I didn't order nothing."]
)
def test_the_questions_own_deed_denied_of_everything_is_none_read_back(text):
    n = normalise(_EXTRAS, text)
    assert (n.status, n.value, n.method) == ("valid", ["none"], "inferred")


def test_another_deed_denied_is_not_none():
    assert normalise(_EXTRAS, "We didn't like anything.").status == "invalid"


_PLAN = Question(
    id="plan",
    type="single_choice",
    text="Which archery membership did you choose, junior, adult, or family?",
    choices=[
        {"code": "junior", "label": "junior"},
        {"code": "adult", "label": "adult"},
        {"code": "family", "label": "family"},
    ],
)


def test_one_of_a_kind_of_choice_with_a_doubt_is_asked_again_not_coded():
    assert normalise(_PLAN, "One of the cheaper ones, I forget which.").status == "invalid"
    assert normalise(_PLAN, "I forget which.").status == "dont_know"


@pytest.mark.parametrize("text", ["Take my number off, thanks.", "Remove us, thank you.", "Delete my number, cheers."])
def test_a_take_off_request_closed_by_politeness_is_an_opt_out(text):
    from customario.dialogue.optout import is_opt_out

    assert is_opt_out(text)


def test_taking_an_amount_off_is_no_opt_out():
    from customario.dialogue.optout import is_opt_out

    assert not is_opt_out("Take off twenty, thanks.")


_ARCHERY = """
name: archery_club
kind: survey
organisation: Riverside Archery Club
questions:
  - id: kit
    type: multi_choice
    text: Which kit did you hire, a bow, arrows, an arm guard, or a quiver?
    choices:
      - {code: bow, label: a bow}
      - {code: arrows, label: arrows}
      - {code: guard, label: an arm guard}
      - {code: quiver, label: a quiver}
  - id: coach
    type: scale
    min: 1
    max: 5
    text: How would you rate your coach, from 1 to 5?
  - id: again
    type: yes_no
    text: Would you come back?
"""


def _archery(tmp_path, answers):
    from datetime import datetime, timezone

    from customario.definitions import load_definition
    from customario.dialogue.survey_flow import SurveyPolicy

    path = tmp_path / "archery.yaml"
    path.write_text(_ARCHERY, encoding="utf-8")
    now = datetime(2030, 2, 6, 12, tzinfo=timezone.utc)
    p = SurveyPolicy(load_definition(path), {"first_name": "Sam"}, tz="UTC", now=lambda: now)
    p.opening()
    for said in answers:
        p.respond(said)
    return p


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Go back one, we had a quiver too, so a bow, arrows and a quiver.", ["bow", "arrows", "quiver"]),
        ("Back up, on the kit question, we also got a quiver, so arrows and a quiver.", ["arrows", "quiver"]),
    ],
)
def test_a_correction_concluded_with_so_and_the_whole_list_stores_that_list(tmp_path, text, value):
    from customario.dialogue.policy import CallTool

    p = _archery(tmp_path, ["a bow and arrows"])
    out = p.respond(text)
    if p.phase == "confirm":
        out = p.respond("yes")
    recs = [a.arguments for a in out if isinstance(a, CallTool) and a.name == "record_answer"]
    assert recs and recs[0]["question_id"] == "kit" and recs[0]["value"] == value


_RANGE_TIDY = Question(id="tidy", type="scale", text="How tidy was the archery range, from one to five?", min=1, max=5)
_VAN_WAIT = Question(
    id="van_wait", type="number", text="How many minutes did you wait for the library van?", min=0, max=120
)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_RANGE_TIDY, "Didn't notice, I was busy with the little one."),
        (_RANGE_TIDY, "I wasn't paying attention, sorry."),
        (_VAN_WAIT, "I didn't check the time, sorry."),
        (_VAN_WAIT, "Never looked, we were chatting the whole time."),
    ],
)
def test_not_having_looked_with_only_a_reason_or_an_apology_is_a_dont_know(question, text):
    assert normalise(question, text).status == "dont_know"


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [(_RANGE_TIDY, "Didn't notice, but four.", 4), (_VAN_WAIT, "I didn't check, it was about twenty.", 20)],
)
def test_not_having_looked_then_a_figure_gives_the_figure(question, text, value):
    assert normalise(question, text).value == value


@pytest.mark.parametrize(
    ("question", "text"),
    [(_EXTRAS, "Not saying what we ordered, sorry."), (_VAN_WAIT, "I'm not telling you how long I waited.")],
)
def test_withholding_what_is_asked_named_by_a_question_word_is_a_refusal(question, text):
    assert normalise(question, text).status == "refused"
