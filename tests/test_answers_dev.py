"""Classes of misses found by reading every miss of blind2 and blind3 once they became development
corpora (issue 11). Each rule is general and has near misses that must stay a re-ask (or keep their
old reading): a wrong value stored is worse than asking again."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue.answers import normalise

TODAY = date(2026, 12, 2)  # a Wednesday
STAY_AGAIN = Question(id="again", type="yes_no", text="Would you stay with us again?")
NPS = Question(id="recommend", type="nps", text="How likely are you to recommend us?")
PLAN = Question(
    id="plan",
    type="single_choice",
    text="Which plan would you choose?",
    choices=[
        Choice(code="basic", label="Basic"),
        Choice(code="plus", label="Plus"),
        Choice(code="ultra", label="Ultra"),
    ],
)
INSTALL = Question(id="install", type="date", text="When would you like the installation?")
RIDES = Question(id="rides", type="number", text="How many rides did you take in the last seven days?", min=0, max=40)


def _n(q, text):
    return normalise(q, text, today=TODAY)


def test_a_bare_maybe_is_asked_again_not_a_dont_know():
    assert _n(STAY_AGAIN, "Maybe.").status == "invalid"  # between yes and no (blind3 hs-096)
    assert _n(STAY_AGAIN, "Perhaps.").status == "invalid"
    assert _n(NPS, "maybe").status == "invalid"  # names no value
    assert _n(NPS, "maybe a seven").value == 7  # a hedged value still counts
    assert _n(PLAN, "Undecided.").status == "dont_know"
    assert _n(STAY_AGAIN, "I don't know.").status == "dont_know"


def test_dont_know_said_as_a_whole_answer_only():
    assert _n(PLAN, "I haven't decided yet.").status == "dont_know"
    assert _n(INSTALL, "I'll have to check my calendar.").status == "dont_know"
    assert _n(RIDES, "I lose count, honestly.").status == "dont_know"
    # near misses: a value comes with the words, so no code is stored
    assert _n(PLAN, "I haven't decided yet, probably Plus").value == "plus"
    assert _n(RIDES, "I lose count, ten or so").value == 10
    assert _n(INSTALL, "I'll have to check, maybe Friday").status != "dont_know"
    assert _n(PLAN, "I haven't decided between Plus and Ultra").status == "invalid"


def test_idioms_of_assent_are_yes():
    for text in ("Aye.", "Aye, we would.", "You bet.", "Oh, in a heartbeat.", "By all means.", "Without a doubt."):
        assert _n(STAY_AGAIN, text).value == "yes", text
    assert _n(STAY_AGAIN, "No, without a doubt.").value == "no"  # the plain no comes first
    assert _n(STAY_AGAIN, "I bet you'd like that.").status == "invalid"
