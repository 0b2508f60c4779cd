"""Classes of wrong values stored on blind5 at first contact (only its wrong items were read).
Each rule is general and has near misses that must keep their reading or be asked again: a wrong
value stored is worse than asking again."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue.answers import normalise

TODAY = date(2026, 12, 2)  # a Wednesday
SERVICES = Question(
    id="services",
    type="multi_choice",
    text="Which services did we do for you: washing, ironing, delivery? Or none?",
    choices=[
        Choice(code="washing", label="washing", synonyms=["wash"]),
        Choice(code="ironing", label="ironing", synonyms=["iron", "pressing"]),
        Choice(code="delivery", label="delivery", synonyms=["deliver", "drop-off"]),
        Choice(code="none", label="none of these", synonyms=["none", "nothing"]),
    ],
)
CONTACT = Question(
    id="contact",
    type="multi_choice",
    text="How should we contact you: letter, email or phone call?",
    choices=[
        Choice(code="letter", label="letter", synonyms=["post"]),
        Choice(code="email", label="email"),
        Choice(code="call", label="phone call", synonyms=["call", "phone"]),
    ],
)
QUEUE = Question(id="queue", type="yes_no", text="Did you queue for more than ten minutes at the counter?")
SHORT = Question(id="short", type="yes_no", text="Was the call shorter than five minutes?")


def _n(q, text):
    return normalise(q, text, today=TODAY)


def test_none_said_first_wins_over_everything_we_did_ourselves():
    assert _n(SERVICES, "None of those, we did everything ourselves.").value == ["none"]
    assert _n(SERVICES, "Nothing, I did everything myself.").value == ["none"]
    # near misses: "everything" still means all of the choices
    assert _n(SERVICES, "Everything.").value == ["washing", "ironing", "delivery"]
    assert _n(SERVICES, "All of them.").value == ["washing", "ironing", "delivery"]
    assert _n(SERVICES, "Everything except the delivery.").value == ["washing", "ironing"]


def test_everything_as_the_object_of_one_choices_verb_is_not_all():
    got = _n(SERVICES, "They washed everything and dropped it at my door.")
    assert got.value != ["washing", "ironing", "delivery"]
    got = _n(SERVICES, "You ironed everything, that was it.")
    assert got.status != "valid" or got.value == ["ironing"]
    # "we got everything" has no choice's verb: all of them
    assert _n(SERVICES, "We got everything.").value == ["washing", "ironing", "delivery"]


def test_a_choice_said_with_no_or_anything_but_is_left_out():
    assert _n(CONTACT, "Email me, and a letter too, but no calls please.").value == ["letter", "email"]
    assert _n(CONTACT, "Email, not by phone.").value == ["email"]
    got = _n(CONTACT, "Anything but calls.")
    assert got.value == ["letter", "email"] and got.lenient  # read back
    # near misses: a leading "no," answers something else; the choices after it count
    assert _n(CONTACT, "No, email is fine.").value == ["email"]
    assert _n(CONTACT, "Phone call and email.").value == ["email", "call"]


def test_a_number_to_a_threshold_question_is_compared_with_the_threshold():
    got = _n(QUEUE, "Exactly ten, I was watching the clock.")
    assert (got.value, got.lenient) == ("no", True)  # ten is not more than ten: read back
    assert _n(QUEUE, "Twenty minutes at least.").value == "yes"
    assert _n(QUEUE, "Oh, a good half hour.").value == "yes"  # another unit, converted
    assert _n(QUEUE, "Five, maybe.").value == "no"
    assert _n(QUEUE, "Over ten.").value == "yes"
    assert _n(SHORT, "Four minutes.").value == "yes"
    assert _n(SHORT, "Almost five.").value == "yes"
    # amounts on both sides, the threshold said roughly, or a contradicting yes: asked again
    assert _n(QUEUE, "Five or fifteen minutes, I can't remember which.").status == "invalid"
    assert _n(QUEUE, "About ten.").status == "invalid"
    assert _n(QUEUE, "Yes, ten minutes.").status == "invalid"
    # near misses: plain yes/no words and an hour of the day keep their reading
    assert _n(QUEUE, "Yes.").value == "yes"
    assert _n(QUEUE, "No, I was in at 9:15 sharp.").value == "no"
    assert _n(QUEUE, "I don't remember.").status == "dont_know"


TRAVEL = Question(id="travel", type="number", text="How many minutes does your commute take?", min=0, max=180)
SPEND = Question(id="spend", type="number", text="How much do you spend on groceries a week?", min=0, max=900)
PEOPLE = Question(id="people", type="number", text="How many people live with you?", min=0, max=12)
PAID = Question(id="paid", type="number", text="Roughly how many dollars a month do you pay for water?", min=0, max=500)


def test_a_number_of_another_measure_is_asked_again():
    assert _n(TRAVEL, "Three miles.").status == "invalid"  # a distance, not a time
    assert _n(TRAVEL, "About twelve dollars.").status == "invalid"
    assert _n(SPEND, "Two hours.").status == "invalid"  # a time, not money
    assert _n(PEOPLE, "Five kilos.").status == "invalid"
    # near misses: the question's own measure, a converted time, a period after an amount
    assert _n(TRAVEL, "Twenty minutes.").value == 20
    assert _n(TRAVEL, "An hour.").value == 60
    assert _n(SPEND, "About 80 bucks.").value == 80
    assert _n(PAID, "Forty a month.").value == 40
    assert _n(TRAVEL, "Ten, it's only a few blocks.").value == 10


def test_a_span_of_days_is_no_date():
    rode = Question(id="rode", type="date", text="When did you last ride with us?")
    assert _n(rode, "Christmas weekend.").status == "invalid"
    assert _n(rode, "Over the holidays.").status == "invalid"
    assert _n(rode, "Last weekend.").status == "invalid"
    # near misses: a weekday of the weekend, or the holiday itself, is one date
    assert _n(rode, "Last weekend, on the Saturday.").value == "2026-11-28"
    assert _n(rode, "Thanksgiving.").value == "2026-11-26"


def test_a_date_corrected_in_a_later_sentence_keeps_the_last_date():
    rode = Question(id="rode", type="date", text="When did you last ride with us?")
    got = _n(rode, "The twentieth. No wait, that was my birthday, I rode the day after. The twenty-first.")
    assert (got.value, got.lenient) == ("2026-11-21", True)  # read back
    assert _n(rode, "The twentieth. No, wait, the twenty-first.").value == "2026-11-21"
    assert _n(rode, "The twentieth, I think.").value == "2026-11-20"


def test_nothing_was_x_answers_was_anything_x():
    broken = Question(id="broken", type="yes_no", text="Was anything broken or missing when it arrived?")
    got = _n(broken, "Nothing was broken.")
    assert (got.value, got.lenient) == ("no", True)
    assert _n(broken, "Nothing went missing, nothing broken.").value == "no"
    assert _n(broken, "The vase was broken.").value == "yes"
    assert _n(broken, "Nothing was broken, but a cup was missing.").value == "yes"
    assert _n(broken, "Was anything broken? Let me think.").status == "invalid"


def test_not_sure_yet_while_still_checking_is_a_dont_know_on_an_open_question():
    missing = Question(id="missing", type="open", text="What was missing?", required=False)
    assert _n(missing, "I'm not sure yet what exactly, I'm still unpacking.").status == "dont_know"
    assert _n(missing, "Not sure yet, still going through the boxes.").status == "dont_know"
    # near misses: words beside the don't-know that say something are the answer
    assert _n(missing, "I dunno, maybe a charger?").status == "valid"
    assert _n(missing, "Not sure yet, still checking, but the lamp shade for sure.").status == "valid"


def test_my_last_answers_wrong_corrects_the_question_before():
    from datetime import datetime, timezone
    from pathlib import Path

    from customario.definitions import load_definition
    from customario.dialogue.policy import CallTool
    from customario.dialogue.survey_flow import SurveyPolicy

    root = Path(__file__).resolve().parents[1]
    noon = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)
    campaign = load_definition(root / "customario/campaigns/customer_feedback/customer_feedback.yaml")
    p = SurveyPolicy(campaign, {"first_name": "Sam"}, now=lambda: noon)
    p.opening()
    p.respond("yes")
    for said in ("six", "three", "yes"):
        p.respond(said)
    assert p.current.id == "channel"
    said = p.respond("Oh, my last answer's wrong, it wasn't on time, I was thinking of another order.")
    stored = {a.arguments["question_id"]: a.arguments for a in said if isinstance(a, CallTool)}
    confirm = p.phase == "confirm" and p.pending["question"].id == "delivered_on_time" and p.pending["n"].value == "no"
    assert confirm or stored.get("delivered_on_time", {}).get("value") == "no"
    assert "channel" not in stored
