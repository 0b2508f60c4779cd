"""The first-contact risk shapes of customario.dialogue.answer_risk_shapes, named by risks(): our own
phrasings at a tree surgeon and a hot-air balloon operator, in both directions (a risky turn
names its reason, a plain one does not)."""

from datetime import datetime, timezone

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answer_risk import risks
from survey_helpers import record_calls, survey_policy

JOBS = Question(
    id="jobs",
    type="multi_choice",
    text="Which jobs did the crew do: pruning, felling, stump grinding or hedge trimming?",
    choices=[
        Choice(code="pruning", label="pruning"),
        Choice(code="felling", label="felling"),
        Choice(code="stump", label="stump grinding"),
        Choice(code="hedge", label="hedge trimming"),
    ],
)
ALL_JOBS = ["pruning", "felling", "stump", "hedge"]
COST = Question(id="cost", type="number", text="How much did the whole job cost, in dollars?", min=0, max=20000)
MONTHLY = Question(
    id="monthly", type="number", text="How much do you pay per month for garden care, in dollars?", min=0, max=5000
)
TREES = Question(id="trees", type="number", text="How many trees did we take down?", min=0, max=50)
VISITS = Question(id="visits", type="number", text="How many visits did the crew make?", min=0, max=50)
HOME = Question(id="home", type="number", text="How many people were at home that day?", min=0, max=20)
FLIGHT = Question(id="flight", type="date", text="On what date was your balloon flight?")
RECOMMEND = Question(id="recommend", type="nps", text="How likely are you to recommend our balloon rides, 0 to 10?")
LATE = Question(id="late", type="yes_no", text="Was the crew late?")
EXPLAINED = Question(id="explained", type="yes_no", text="Did the crew explain the work before starting?")


@pytest.mark.parametrize(
    "q,text,value,reason",
    [
        # more things listed than the choices stored (coordinators, typed "n", "+", a short comma list)
        (JOBS, "Pruning n they ground out the old stump.", ["pruning"], "listed"),
        (JOBS, "pruning + the hedges", ["pruning"], "listed"),
        (JOBS, "Felling, chipping, hauling.", ["felling"], "listed"),
        # "all" beside fewer things, or a part of all
        (JOBS, "Bits of everything really.", ALL_JOBS, "all_and_some"),
        (JOBS, "The whole lot: pruning and the hedge.", ALL_JOBS, "all_and_some"),
        # an amount per something the question is not asked per
        (COST, "Ninety dollars a tree.", 90, "rate"),
        (COST, "Sixty bucks an hour.", 60, "rate"),
        (COST, "Twenty-five each.", 25, "rate"),
        (MONTHLY, "Three hundred a year.", 300, "rate"),
        (MONTHLY, "I pay it quarterly, one fifty.", 150, "rate"),
        # vague quantities, bounds, every/each
        (COST, "A few hundred.", 300, "vague"),
        (COST, "Four hundred and something.", 400, "vague"),
        (TREES, "More than six.", 6, "bound"),
        (TREES, "Nearly a dozen.", 12, "bound"),
        # amounts in forms the campaign's dollars are not read from
        (COST, "2.5k", 2.5, "number_form"),
        (COST, "£300", 300, "number_form"),
        (COST, "A fiver, maybe eight.", 8, "number_form"),
        # a date said roughly
        (FLIGHT, "About three weeks ago.", "2031-05-13", "approximate"),
        (FLIGHT, "A month or two back.", "2031-04-03", "approximate"),
        # irony: an interjection before the top or bottom rating; a set phrase of disbelief
        (RECOMMEND, "Oh, a ten, I do love being dropped in a cow field.", 10, "irony"),
        (RECOMMEND, "Ha, zero.", 0, "irony"),
        (LATE, "Yeah right, they turned up at noon.", "yes", "irony"),
        (LATE, "As if they'd ever be late.", "yes", "irony"),
        # a yes/no read against its first word
        (LATE, "Nah, bang on the hour.", "yes", "lead_polarity"),
        (LATE, "Aye, a good hour.", "no", "lead_polarity"),
        # "yeah" as agreement, then a no: which one is the answer is read back
        (LATE, "Yeah, right on time.", "no", "lead_polarity"),
        # another person's part in the answer
        (EXPLAINED, "My wife talked to them, I was at work.", "yes", "other_person"),
        (EXPLAINED, "His grandparents would know.", "no", "other_person"),
    ],
)
def test_a_first_contact_shape_is_named(q, text, value, reason):
    assert reason in risks(q, text, value), risks(q, text, value)


@pytest.mark.parametrize(
    "q,text,value",
    [
        (JOBS, "Pruning and felling.", ["pruning", "felling"]),
        (JOBS, "Just the felling, it was quick.", ["felling"]),
        (JOBS, "Pruning, that's all.", ["pruning"]),
        (JOBS, "Hedge trimming and, um, pruning.", ["hedge", "pruning"]),
        (JOBS, "All of them.", ALL_JOBS),
        (JOBS, "Everything: pruning, felling, the stump and the hedge.", ALL_JOBS),
        (COST, "Nine hundred dollars.", 900),
        (COST, "Forty-ish.", 40),
        (COST, "Six hundred, give or take.", 600),
        (MONTHLY, "Forty a month.", 40),
        (TREES, "Six.", 6),
        (VISITS, "Three visits.", 3),
        (HOME, "Me and my husband.", 2),
        (FLIGHT, "The third of May.", "2031-05-03"),
        (RECOMMEND, "Oh, a nine.", 9),
        (RECOMMEND, "Ten, a magical morning.", 10),
        (LATE, "No, bang on the hour.", "no"),
        (LATE, "No, right on time.", "no"),
        (EXPLAINED, "Yes, before my son's birthday party.", "yes"),
    ],
)
def test_a_plain_turn_names_no_new_shape(q, text, value):
    new = {
        "listed",
        "all_and_some",
        "rate",
        "vague",
        "bound",
        "number_form",
        "approximate",
        "irony",
        "lead_polarity",
        "other_person",
    }
    assert not set(risks(q, text, value)) & new, risks(q, text, value)


_TREES = """
name: tree_care
kind: survey
organisation: Oakline Tree Surgeons
opening: "Hi, a short survey from Oakline Tree Surgeons. Is now a good time?"
questions:
  - id: jobs
    type: multi_choice
    text: Which jobs did the crew do, pruning, felling, stump grinding or hedge trimming?
    choices:
      - {code: pruning, label: pruning}
      - {code: felling, label: felling}
      - {code: stump, label: stump grinding}
      - {code: hedge, label: hedge trimming}
  - id: cost
    type: number
    text: How much did the whole job cost, in dollars?
    min: 0
    max: 20000
"""
NOW = datetime(2031, 6, 3, 12, tzinfo=timezone.utc)


def test_a_list_longer_than_the_choices_read_is_read_back_and_a_no_asks_again(tmp_path):
    p = survey_policy(tmp_path, "tree_care", _TREES, [], NOW)
    actions = p.respond("Pruning n they ground out the old stump, plus the hedge.")
    if p.phase == "confirm":
        assert not record_calls(actions)
        actions = p.respond("no")
        assert not [c for c in record_calls(actions) if c["status"] == "valid"]
        assert p.current.id == "jobs"
    else:  # the parser read every part: nothing shorter was stored
        assert sorted(record_calls(actions)[0]["value"]) == ["hedge", "pruning", "stump"]


def test_an_amount_per_trunk_is_read_back_before_it_is_stored(tmp_path):
    p = survey_policy(tmp_path, "tree_care", _TREES, ["pruning"], NOW)
    assert p.current.id == "cost"
    actions = p.respond("It came to 200 a trunk.")
    calls = [c for c in record_calls(actions) if c["question_id"] == "cost" and c["status"] == "valid"]
    assert p.phase == "confirm" and not calls, (actions, p.pending)
