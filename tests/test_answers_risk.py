"""The first-contact risk rule (customario.dialogue.answer_risk): answers with the shape of those that
were wrong the first time a parser met new callers are read back, plain answers are stored at once.
The survey and the phrasings are our own (a bicycle repair shop), in both directions."""

from datetime import datetime, timezone

import pytest

from customario.definitions import Question
from customario.dialogue.answer_risk import risks
from survey_helpers import record_calls, survey_policy

_SHOP = """
name: bike_repair
kind: survey
organisation: Spoke and Chain Cycles
opening: "Hi, a short survey from Spoke and Chain Cycles. Is now a good time?"
questions:
  - id: bikes
    type: number
    text: How many bicycles did you bring in for repair?
    min: 0
    max: 10
  - id: bill
    type: number
    text: How much was your repair bill, in dollars?
    min: 0
    max: 2000
  - id: parts
    type: multi_choice
    text: Which parts did we replace, the chain, the brake pads, the tyres or none?
    choices:
      - {code: chain, label: chain}
      - {code: brakes, label: brake pads}
      - {code: tyres, label: tyres}
      - {code: none, label: none}
  - id: ready
    type: yes_no
    text: Was your bike ready when we promised?
  - id: recommend
    type: nps
    text: How likely are you to recommend us to a friend, from zero to ten?
  - id: better
    type: open
    text: What could we do better?
"""
NOW = datetime(2031, 6, 3, 12, tzinfo=timezone.utc)
ORDER = ["bikes", "bill", "parts", "ready", "recommend", "better"]
EARLIER = {"bikes": "two", "bill": "eighty", "parts": "the chain", "ready": "yes", "recommend": "eight"}


def _turn(tmp_path, question_id, text, **understanding):
    """(policy, actions) after the caller answers every question before ``question_id`` plainly and
    then says ``text`` to it."""
    survey = _SHOP
    understanding = {"confirm_risky": True, **understanding}
    if understanding:
        survey += "understanding:\n" + "".join(f"  {k}: {str(v).lower()}\n" for k, v in understanding.items())
    before = [EARLIER[q] for q in ORDER[: ORDER.index(question_id)]]
    p = survey_policy(tmp_path, "bike_repair", survey, before, NOW)
    assert p.current.id == question_id
    return p, p.respond(text)


@pytest.mark.parametrize(
    "qid,text,reason",
    [
        ("bikes", "Two road bikes and my son's scooter?", "asked_back"),
        ("bikes", "Three, but one of them was only a puncture.", "contrast"),
        ("bikes", "Usually one, this time the tandem as well.", "elsewhere"),
        ("recommend", "Ten, what a disaster of a service, awful and rude.", "clash"),
        ("parts", "The chain and the tyres, not the brake pads.", "choices"),
    ],
)
def test_a_risky_answer_is_read_back_with_its_reason(tmp_path, qid, text, reason):
    p, actions = _turn(tmp_path, qid, text)
    assert p.phase == "confirm", (text, actions)
    assert not record_calls(actions)
    # The reasons are held with every read-back; the stored method names them when they alone
    # caused it (test_the_method_names_the_shape_only_when_it_caused_the_read_back).
    assert reason in p.pending["risk"]
    if "+risk:" in p.pending["method"]:
        assert reason in p.pending["method"].split("+risk:")[1].split(",")


def test_the_method_names_the_shape_only_when_it_caused_the_read_back(tmp_path):
    p, _ = _turn(tmp_path, "bikes", "Three, but one of them was only a puncture.")
    assert p.pending["method"].startswith("text:") and "contrast" in p.pending["method"].split("+risk:")[1]
    # Read back anyway (a self-correction is a lenient reading): the method stays how it was read.
    p, _ = _turn(tmp_path, "bikes", "Three, no wait, four.")
    assert p.phase == "confirm" and "+risk" not in p.pending["method"] and "contrast" in p.pending["risk"]


@pytest.mark.parametrize(
    "text",
    [
        "Nothing much, the staff were lovely.",  # ("Nothing I can think of." is a don't-know)
        "Honestly nothing, it was all fine.",
        "Not much, but the waiting area could use a chair.",
        "Why do you ask? Cheaper chains.",
    ],
)
def test_a_typed_open_answer_is_stored_as_typed(tmp_path, text):
    """Typed words are the caller's own: never read back to the person who typed them, whatever
    their shape (issue 11, safe19)."""
    p, actions = _turn(tmp_path, "better", text)
    calls = record_calls(actions)
    assert p.phase != "confirm" and calls and calls[0]["value"] == text and calls[0]["status"] == "valid"


@pytest.mark.parametrize(
    "text", ["Change my first answer to three, sorry.", "Can you change my first answer to three?"]
)
def test_a_change_of_an_earlier_answer_is_not_read_back_for_its_shape(tmp_path, text):
    """A change announces its new value ("I've changed that to three"): its "sorry", "actually" or
    question mark is the form of a change, not a doubt about the value."""
    p, actions = _turn(tmp_path, "recommend", text)
    calls = record_calls(actions)
    assert p.phase != "confirm" and calls[0]["question_id"] == "bikes" and calls[0]["value"] == 3
    assert "+risk" not in calls[0]["method"] and p.current.id == "recommend"


def test_the_risk_read_back_is_on_by_default(tmp_path):
    p = survey_policy(tmp_path, "bike_repair", _SHOP, [], NOW)
    assert p.understanding.confirm_risky is True
    actions = p.respond("Three, but one of them was only a puncture.")
    assert p.phase == "confirm" and not record_calls(actions)


@pytest.mark.parametrize(
    "qid,text,value",
    [
        ("bikes", "Two.", 2),
        ("bikes", "One bike.", 1),
        ("bill", "Eighty five dollars.", 85),
        ("bill", "120 bucks", 120),
        ("parts", "Only the chain.", ["chain"]),
        ("ready", "Yes, it was.", "yes"),
        ("ready", "No.", "no"),
        ("recommend", "A nine, great mechanics.", 9),
        ("recommend", "Eight, but the waiting area was freezing.", 8),
        ("recommend", "Nine, though I only go there for tubes.", 9),
        ("better", "Open a little earlier on Saturdays.", "Open a little earlier on Saturdays."),
    ],
)
def test_a_plain_answer_is_stored_at_once(tmp_path, qid, text, value):
    p, actions = _turn(tmp_path, qid, text)
    calls = record_calls(actions)
    assert p.phase != "confirm" and calls, (text, p.pending)
    assert calls[0]["value"] == value and "+risk" not in calls[0]["method"]


def test_a_risky_answer_confirmed_is_stored_as_read(tmp_path):
    p, _ = _turn(tmp_path, "bikes", "Three, but one of them was only a puncture.")
    calls = record_calls(p.respond("yes"))
    assert calls[0]["value"] == 3 and calls[0]["confirmed"] is True
    assert calls[0]["method"] == "text:phrase+risk:contrast" or calls[0]["method"].startswith("text:")


def test_a_risky_answer_denied_is_never_stored(tmp_path):
    p, _ = _turn(tmp_path, "bikes", "Three, but one of them was only a puncture.")
    actions = p.respond("no")
    assert not [c for c in record_calls(actions) if c["status"] == "valid"]
    assert p.current.id == "bikes"


def test_confirm_risky_off_stores_the_reading(tmp_path):
    p, actions = _turn(tmp_path, "bikes", "Three, but one of them was only a puncture.", confirm_risky=False)
    assert p.phase != "confirm"
    assert record_calls(actions)[0]["value"] == 3


WHEELS = Question(id="wheels", type="number", text="How many wheels did we true?", min=0, max=8)
SADDLE = Question(id="saddle", type="yes_no", text="Did we adjust your saddle?")
FEE = Question(id="fee", type="number", text="What did the service cost, in dollars?", min=0, max=900)
NOTE = Question(id="note", type="open", text="Anything else about your visit?")


@pytest.mark.parametrize(
    "q,text,value,reason",
    [
        (WHEELS, "Two spokes.", 2, "other_noun"),
        (WHEELS, "-2", 2, "value_unsaid"),
        (WHEELS, "Two, is that a lot?", 2, "asked_back"),
        (WHEELS, "Two, well three counting the trailer.", 2, "two_values"),
        (FEE, "Fifty euros.", 50, "other_noun"),
        (FEE, "Fifty, the old mechanic would say forty.", 50, "elsewhere"),
        (SADDLE, "I wouldn't say they didn't.", "no", "mixed_polarity"),
        (SADDLE, "Yeah, no.", "yes", "mixed_polarity"),
        (NOTE, "Not a thing.", "Not a thing.", "negated_open"),
        (NOTE, "Hold on, the saddle one is a yes.", "Hold on, the saddle one is a yes.", "contrast"),
    ],
)
def test_the_rule_names_the_shape_of_a_risky_turn(q, text, value, reason):
    assert reason in risks(q, text, value)


@pytest.mark.parametrize(
    "q,text,value",
    [
        (WHEELS, "Two wheels.", 2),
        (WHEELS, "two", 2),
        (WHEELS, "Both of them, 2.", 2),
        (FEE, "Fifty dollars.", 50),
        (FEE, "45 bucks", 45),
        (SADDLE, "Yes they did.", "yes"),
        (SADDLE, "Nope.", "no"),
        (NOTE, "The coffee while I waited was a nice touch.", "The coffee while I waited was a nice touch."),
    ],
)
def test_the_rule_leaves_a_plain_turn_alone(q, text, value):
    assert risks(q, text, value) == []
