"""Typed answers, classes read from the development corpus answers blind74 (s58 helper), in the
team's own questions and phrasings: yes and no in the words of callers who mix in Tagalog ("opo",
"hindi po"), Singlish ("can", "cannot") and Spanish ("sí" before "todo", "una vez"); "uh-uh" as
a plain no before its reason; "don't y'all call me again" as an opt-out; and "nah, don't bother"
or "not right now" to a question that offers something as a no to that offer (not an opt-out, not
a request to be called back)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions import Question, parse_definition
from customario.dialogue import optout
from customario.dialogue.answers import normalise
from customario.dialogue.survey_flow import SurveyPolicy
from customario.dialogue.yesno import reading

_TODAY = date(2033, 5, 4)
_ARRIVED = Question(id="arrived", type="yes_no", text="Did the plumber turn up in the two-hour window?")
_STOCKED = Question(id="stocked", type="yes_no", text="Was the part you needed in stock?")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Opo.", "yes"),
        ("Opo, he came before ten.", "yes"),
        ("Hindi po.", "no"),
        ("Hindi po, he was very late.", "no"),
        ("Can.", "yes"),
        ("Can can, no problem.", "yes"),
        ("Cannot.", "no"),
        ("Cannot, I'm never home.", "no"),
        ("Sí, todo.", "yes"),
        ("Si, siempre.", "yes"),
        ("Sí, una vez.", "yes"),
        # near neighbours that must not change: a question, a Spanish "if", a verb phrase
        ("Can you say that again?", None),
        ("Si todo va bien.", None),
        ("Cannot remember.", None),
    ],
)
def test_yes_and_no_in_the_callers_other_languages(text, value):
    assert reading(text)[0] == value


def test_uh_uh_before_the_thing_missing_is_a_plain_no():
    got = normalise(_STOCKED, "Uh-uh. Not the washer I wanted.", today=_TODAY)
    assert (got.status, got.value) == ("valid", "no")
    got = normalise(_STOCKED, "Uh-uh. No gasket.", today=_TODAY)
    assert (got.status, got.value) == ("valid", "no")
    # near neighbour: "uh-huh" is a yes
    assert normalise(_STOCKED, "Uh-huh.", today=_TODAY).value == "yes"


@pytest.mark.parametrize(
    "text",
    ["Don't y'all ring me again.", "I said don't you guys call this number again!", "Don't you people text me again."],
)
def test_dont_you_all_call_again_is_an_opt_out(text):
    assert optout.detect(text).kind == "opt-out"


@pytest.mark.parametrize("text", ["Don't y'all call me on Sundays.", "Don't you guys worry about it."])
def test_dont_you_all_limited_or_about_something_else_is_no_opt_out(text):
    assert optout.detect(text).kind == "none"


_OFFERS = {
    "name": "locksmith",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "alerts", "type": "yes_no", "text": "Would you like a text when your key copies are ready?"},
        {"id": "fixed", "type": "yes_no", "text": "Did the locksmith fix the back door?"},
    ],
}
_NOW = datetime(2033, 5, 4, 10, tzinfo=timezone.utc)


def _said_to(question: str, text: str) -> tuple[list, SurveyPolicy]:
    policy = SurveyPolicy(parse_definition(_OFFERS, "test"), tz="UTC", now=lambda: _NOW, channel="voice")
    policy.opening()
    policy._ask(policy.campaign.question(question))
    return policy.respond(text), policy


def _recorded(actions: list) -> list:
    return [a.arguments for a in actions if getattr(a, "name", None) == "record_answer"]


def _opted_out(actions: list) -> bool:
    return any(getattr(a, "name", None) == "opt_out" for a in actions)


@pytest.mark.parametrize(
    "text", ["Nah, don't bother.", "Nope, don't bother, thanks.", "Not right now.", "Not now, thanks."]
)
def test_short_decline_to_an_offer_is_a_no(text):
    actions, policy = _said_to("alerts", text)
    assert not _opted_out(actions)
    assert policy.phase != "callback_time"
    recorded = _recorded(actions)
    pending = policy.pending["n"].value if policy.phase == "confirm" and policy.pending else None
    assert [r["value"] for r in recorded] == ["no"] or pending == "no"


def test_not_now_outside_an_offer_or_with_more_words_keeps_its_meaning():
    # near neighbours: to a question that offers nothing, and with a call-back time, it asks for a call-back
    actions, policy = _said_to("fixed", "Not right now.")
    assert not _recorded(actions)
    actions, policy = _said_to("alerts", "Not now, call me tomorrow evening.")
    assert not _recorded(actions)
    # and "don't bother calling me again" to the offer still opts out
    actions, _ = _said_to("alerts", "Don't bother calling me again.")
    assert _opted_out(actions)
