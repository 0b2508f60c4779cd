"""Typed survey answers, classes found in answers blind52 to blind56, stop 49, helper ans, in the
team's own phrasings (a bike workshop, a dog groomer, a boat trip):

- "I'll leave it there" as the whole answer to a closing open question declines it (four writers
  code it so); to a yes/no question it stays a literal answer;
- "not off the top of my head" alone is the caller's memory coming up empty, a don't-know;
- a refusal of a kind of remark followed by the remark ("I'd rather not moan, but ...") is the
  open answer, not a refusal;
- "my last answer should be yes": the caller's own answer named by its place is changed, a yes or
  no too;
- two parts of the thing asked about, the later said with only its auxiliary ("the first batch
  was on time, the second batch wasn't"), is asked again, never stored from the second clause.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise
from tests.survey_helpers import answered_policy, record_calls

TODAY = date(2035, 5, 8)  # a Tuesday
ANYTHING_ELSE = Question(
    id="anything_else", type="open", text="Lastly, is there anything else you'd like to tell us?", required=False
)
COLLECT = Question(id="collect", type="yes_no", text="Shall we take the old bike frame away for you?")
READY = Question(id="ready", type="yes_no", text="Was your boat ready at the time we promised?")


def _read(q, text):
    return normalise(q, text, today=TODAY)


# ---------------------------------------------------------------- "I'll leave it there"
@pytest.mark.parametrize(
    "text",
    ["I'll leave it there.", "Nah, I think I'll leave it at that, cheers.", "No, I'd just leave it there, thank you."],
)
def test_leaving_it_there_declines_the_closing_open_question(text):
    assert _read(ANYTHING_ELSE, text).status == "refused"


def test_leaving_it_there_to_a_yes_no_question_is_no_refusal():
    assert _read(COLLECT, "No, leave it there.").status != "refused"


def test_leaving_it_there_then_more_is_the_open_answer():
    n = _read(ANYTHING_ELSE, "I'll leave it there, but the brakes squeak again.")
    assert n.status == "valid"


# ---------------------------------------------------------------- "not off the top of my head"
@pytest.mark.parametrize("text", ["Not off the top of my head.", "Nothing off the top of my head, sorry."])
def test_memory_coming_up_empty_is_a_dont_know(text):
    assert _read(ANYTHING_ELSE, text).status == "dont_know"


def test_a_remark_after_off_the_top_of_my_head_is_the_answer():
    n = _read(ANYTHING_ELSE, "Off the top of my head, the waiting room was cold.")
    assert n.status == "valid"


# ---------------------------------------------------------------- a refusal, then the remark
@pytest.mark.parametrize(
    "text",
    [
        "I'd rather not moan, but the groomer cut his nails far too short.",
        "I don't want to say anything bad, but the van smelt of diesel the whole way.",
    ],
)
def test_a_remark_made_after_declining_it_is_the_open_answer(text):
    n = _read(ANYTHING_ELSE, text)
    assert (n.status, n.value) == ("valid", text)


@pytest.mark.parametrize("text", ["I'd rather not say, but thanks for asking.", "I'd rather not, but cheers."])
def test_a_refusal_with_only_a_courtesy_after_but_stays_a_refusal(text):
    assert _read(ANYTHING_ELSE, text).status == "refused"


# ---------------------------------------------------------------- "my last answer should be yes"
WORKSHOP = """
name: workshop_survey
kind: survey
organisation: Spoke and Chain
questions:
  - id: serviced
    type: scale
    text: From one to five, how happy are you with the service?
    min: 1
    max: 5
  - id: on_time
    type: yes_no
    text: Was your bike ready when we said it would be?
  - id: fitted
    type: yes_no
    text: Did we fit the new chain while you waited?
  - id: anything_else
    type: open
    text: Is there anything else you'd like to tell us?
    required: false
"""


def _workshop(tmp_path, answers):
    return answered_policy(tmp_path, "workshop", WORKSHOP, answers, datetime(2035, 5, 8, 12, tzinfo=timezone.utc))


def _changed(p, text, qid):
    out = p.respond(text)
    while p.phase == "confirm":
        out += p.respond("yes")
    return [call["value"] for call in record_calls(out) if call["question_id"] == qid]


def test_my_last_answer_should_be_yes_changes_the_question_before(tmp_path):
    p = _workshop(tmp_path, ["four", "no"])
    assert _changed(p, "My last answer should be yes.", "on_time") == ["yes"]
    assert p.current is not None and p.current.id == "fitted"


def test_my_first_answer_should_be_a_number_changes_the_first_question(tmp_path):
    p = _workshop(tmp_path, ["four", "no"])
    assert _changed(p, "My first answer should be a two, not a four.", "serviced") == [2]


def test_should_be_without_the_answer_named_is_the_current_answer(tmp_path):
    # "it should be yes" names no earlier answer: the current question's yes, never a change
    p = _workshop(tmp_path, ["four", "no"])
    out = p.respond("It should be yes, they did it while I had a coffee.")
    while p.phase == "confirm":
        out += p.respond("yes")
    assert [c["question_id"] for c in record_calls(out)] == ["fitted"]


# ---------------------------------------------------------------- parts said with ellipsis
@pytest.mark.parametrize(
    "text",
    [
        "The first boat was ready, the second one wasn't.",
        "The hull was ready but the engine wasn't.",
        "The sails weren't ready, the hull was.",
    ],
)
def test_two_parts_with_the_later_elided_are_asked_again(text):
    n = _read(READY, text)
    assert n.status == "invalid"


def test_one_thing_said_twice_is_still_read():
    n = _read(READY, "No, the boat was late, it wasn't ready.")
    assert (n.status, n.value) == ("valid", "no")


# ---------------------------------------------------------------- replies to a read-back
GROOMER = """
name: groomer_survey
kind: survey
organisation: Fluff and Buff
questions:
  - id: hurt
    type: multi_choice
    text: Was anything wrong after the groom? Name any, a nick to the skin, sore ears, nails cut short, or none of these.
    choices:
      - {code: nick, label: a nick to the skin, synonyms: [cut, nick, scratch]}
      - {code: ears, label: sore ears, synonyms: [ears, ear]}
      - {code: nails, label: nails cut short, synonyms: [nails, claws]}
      - {code: statement, label: a wrong statement, synonyms: [bill, invoice, statement]}
      - {code: none, label: none of these, synonyms: [nothing, no problems]}
  - id: anything_else
    type: open
    text: Is there anything else you'd like to tell us?
    required: false
"""


def _groomer(tmp_path):
    from customario.definitions import load_definition
    from customario.dialogue.survey_flow import SurveyPolicy

    path = tmp_path / "groomer.yaml"
    path.write_text(GROOMER, encoding="utf-8")
    now = datetime(2035, 5, 8, 12, tzinfo=timezone.utc)
    policy = SurveyPolicy(load_definition(path), {"first_name": "Sam"}, tz="UTC", now=lambda: now)
    policy.opening()
    return policy


def test_a_yes_to_the_read_back_of_none_stores_none(tmp_path):
    # WordNet's noun "yes" is a kind of statement: never a choice named
    p = _groomer(tmp_path)
    p.respond("None of them, luckily.")
    assert p.phase == "confirm"
    calls = record_calls(p.respond("yes"))
    assert [(c["question_id"], c["value"], c["confirmed"]) for c in calls] == [("hurt", ["none"], True)]


def test_a_typed_no_to_a_read_back_is_a_denial_never_the_none_choice(tmp_path):
    p = _groomer(tmp_path)
    p.respond("Nothing. Oh wait, his ears were a bit sore, and the nick.")
    assert p.phase == "confirm"
    out = p.respond("no")
    assert "i heard none" not in " ".join(getattr(a, "text", "") for a in out).lower()
    assert p.phase == "question" and not [c for c in record_calls(out) if c["status"] == "valid"]


# ---------------------------------------------------------------- withholding in the plural
WHEN = Question(id="when", type="date", text="On what date did you collect your dog?")


@pytest.mark.parametrize("text", ["I'm not giving out dates, sorry.", "Not giving you any figures over the phone."])
def test_withholding_the_kind_of_thing_asked_in_the_plural_is_a_refusal(text):
    assert _read(WHEN, text).status == "refused"


# ---------------------------------------------------------------- the question echoed, then answered
RECOMMEND = Question(
    id="recommend", type="nps", text="On a scale from zero to ten, how likely are you to recommend us?"
)


def test_the_scale_echoed_as_a_question_then_a_rating_is_the_rating():
    n = _read(RECOMMEND, "Nought to ten? Nine. Without a doubt.")
    assert (n.status, n.value) == ("valid", 9)


PAID = Question(id="paid", type="number", text="How much did the trip cost you, in pounds?", min=1, max=5000)


def test_keeping_the_thing_asked_to_oneself_is_a_refusal():
    assert _read(PAID, "We'd rather keep the final figure to ourselves.").status == "refused"
