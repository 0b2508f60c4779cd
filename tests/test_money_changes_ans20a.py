"""A change of an earlier money answer with the old figure taken back after a currency sign ("go
back one, it was $95 not $65"; answers blind28 and blind30 had gone back without the new value), in
the team's own phrasings about a kayak hire; and a currency word put right after a filler
("forty-eight pounds, er, dollars", answers blind15) is the currency settled on, read back.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from customario.definitions import Campaign, Question
from customario.dialogue.correction_payloads import drop_taken_back
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import recorded

NOW = datetime(2030, 11, 28, 12, tzinfo=timezone.utc)
_PAID = Question(id="paid", type="number", text="How much did the kayak hire cost, in US dollars?", min=0, max=800)
_DRY = Question(id="dry", type="yes_no", text="Was your dry bag returned to you?")
_REC = Question(id="rec", type="nps", text="How likely are you to recommend the kayak hire?")


@pytest.mark.parametrize(
    "change",
    [
        "go back one it was $48 not $40",
        "Go back one. It was $48, not $40.",
        "go back to the last question, it was $48 not $40",
    ],
)
def test_a_money_change_with_the_old_figure_signed_takes_the_new_one(change):
    policy = SurveyPolicy(Campaign(name="t", kind="survey", questions=[_PAID, _DRY, _REC]), tz="UTC", now=lambda: NOW)
    policy.opening()
    policy.respond("yes")
    assert recorded(policy.respond("$40")) == {"paid": 40}
    out = policy.respond(change)
    assert recorded(out) == {"paid": 48} and policy.current.id == "dry"


def test_the_signed_figure_taken_back_is_dropped_and_a_plain_not_stays():
    assert drop_taken_back("it was £12 not £10") == "it was £12"
    assert drop_taken_back("not really sure") == "not really sure"


@pytest.mark.parametrize(
    "text",
    [
        "Forty-eight pounds, er, dollars, forty-eight dollars.",
        "forty-eight euros, um, bucks",
        "48 quid, I mean dollars",
    ],
)
def test_a_currency_put_right_after_a_filler_is_the_one_settled_on(text):
    from customario.dialogue.answers import normalise

    n = normalise(_PAID, text)
    assert (n.status, n.value, n.lenient) == ("valid", 48, True)


def test_another_currency_not_put_right_is_still_asked_again():
    from customario.dialogue.answers import normalise

    assert normalise(_PAID, "Forty-eight pounds, er, forty-eight").status == "invalid"
