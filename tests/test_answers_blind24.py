"""Classes of phrasing from the misses of development answers blind24 and blind21, in the team's
own phrasings on new topics (a ski school, a tyre fitter, a gardener, a dog groomer):

- a thing said to be left or kept ("they left the old tyres in my boot") beside a choice that is
  a taking away ("take away the old tyres") says that choice was not done (blind21 had stored the
  removal choice: the one wrong value of the corpus);
- "go back one", "back a question", "the question before this": the question asked just before
  the current one is changed, with the value said after it;
- a double negative ("it's not that they didn't", "I can't say it isn't") followed only by words
  that say the yes plainly by their verb ("they did, right down") or a yes word ("it's fine") is a
  yes, read back; alone, or followed by a statement that may go either way, it is asked again;
- to "Does he usually ...?", "every single time" is a yes and "hardly ever" a no (read back);
- a sarcastic no: the question echoed and scoffed at ("Walk the dog? Him? Ha!"), a yes taken back
  by a lone "Not.", "What shuttle?", "if by on time you mean ..." (read back); a laugh followed
  by a yes or by pleased words is no scoff, nor is a scoff at a question whose yes is a burden;
- a choice described only vaguely ("one of those phone jobs") beside a don't-know is asked again,
  neither a choice nor a don't-know;
- an item of a listed multi-choice answer named loosely (a kind of a choice's thing in WordNet,
  one distinctive word beside others) joins the list, read back;
- a scale label said without the topic its labels share ("a great deal" for "a great deal of
  confidence") is that label, only as the answer itself;
- someone else named as the one who knows ("you'd have to ask my husband", "I wasn't there, my
  daughter handled it", "that's my husband's department") is a don't-know when no choice is named;
- a choice after "I wouldn't say", "I don't think", "I wouldn't call it" is ruled out (blind21
  had stored "too cold" from "I wouldn't say it was too cold"), and both extremes of a "too X /
  about right / too Y" question ruled out is the middle, read back;
- "Everything's grand, thanks", "All good" to a question whose yes is a good state ("Is it sturdy
  and working?") is a yes, read back; never to a question about a burden ("Did you have to wait?");
- a score said in jest, then "Realistically, a three" / "joking aside": the second is the answer
  (self-corrected, read back);
- "I forgot the shuttle bus, I used that as well" at a later question names a choice of an earlier
  multi-choice question: it joins that answer, read back (it had been a don't-know of the current
  question).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from customario.definitions import Choice, Question, load_definition
from customario.dialogue.answers import normalise
from customario.dialogue.policy import CallTool
from customario.dialogue.survey_flow import SurveyPolicy

_TYRES = Question(
    id="done",
    type="multi_choice",
    text="What did the fitter do: fit the new tyres, balance the wheels, or take away the old tyres?",
    choices=[
        Choice(code="fit", label="fit the new tyres", synonyms=["fitted", "new tyres"]),
        Choice(code="balance", label="balance the wheels", synonyms=["balancing", "balanced"]),
        Choice(code="haul", label="take away the old tyres", synonyms=["old tyres", "old ones", "the old set"]),
    ],
)
_GARDEN = Question(
    id="jobs",
    type="multi_choice",
    text="Which jobs did the gardener do: mowing, hedge trimming, or clearing the leaves?",
    choices=[
        Choice(code="mow", label="mowing", synonyms=["mowed", "lawn"]),
        Choice(code="hedge", label="hedge trimming", synonyms=["hedges", "trimmed"]),
        Choice(code="leaves", label="clearing the leaves", synonyms=["leaves", "raking"]),
    ],
)


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (
            _TYRES,
            "They fitted them and balanced the wheels, but they left the old tyres in my boot.",
            ["fit", "balance"],
        ),
        (_TYRES, "Fitted the new tyres. The old set was left on my driveway.", ["fit"]),
        (_TYRES, "Fitted them, and I kept the old ones for my trailer.", ["fit"]),
        (_GARDEN, "Mowed the lawn but left the leaves in a pile.", ["mow"]),
    ],
)
def test_a_thing_left_or_kept_is_no_taking_away(question, text, value):
    n = normalise(question, text)
    assert n.status != "valid" or n.value == value


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_TYRES, "Fitted them and took away the old tyres.", ["fit", "haul"]),
        (_TYRES, "They left with the old tyres and balanced the wheels.", ["balance", "haul"]),
        (_GARDEN, "Mowing and the leaves.", ["mow", "leaves"]),
    ],
)
def test_a_thing_taken_away_is_still_the_removal(question, text, value):
    n = normalise(question, text)
    assert n.status == "valid" and n.value == value


SKI = """
name: ski_school
kind: survey
organisation: Alpine Ski School
questions:
  - id: lessons
    type: number
    min: 0
    max: 30
    text: How many lessons did you take this season?
    aliases: [lessons]
  - id: rental
    type: yes_no
    text: Did you rent your skis from us?
  - id: instructor
    type: scale
    min: 1
    max: 5
    text: How would you rate your instructor, from 1 to 5?
  - id: level
    type: single_choice
    text: Which group were you in, beginners, intermediate or advanced?
    choices:
      - {code: beginner, label: beginners}
      - {code: intermediate, label: intermediate}
      - {code: advanced, label: advanced}
  - id: wishes
    type: open
    text: Is there anything else you'd like to tell us?
"""


def _ski(tmp_path, answers):
    path = tmp_path / "ski.yaml"
    path.write_text(SKI, encoding="utf-8")
    campaign = load_definition(path)
    now = datetime(2030, 2, 6, 12, tzinfo=timezone.utc)
    p = SurveyPolicy(campaign, {"first_name": "Sam"}, tz="UTC", now=lambda: now)
    p.opening()
    for said in answers:
        p.respond(said)
    return p


def _records(actions):
    return [a.arguments for a in actions if isinstance(a, CallTool) and a.name == "record_answer"]


@pytest.mark.parametrize(
    ("answers", "text", "target", "value"),
    [
        (["six", "yes"], "Go back one, it was a no.", "rental", "no"),
        (["six", "yes", "four"], "Go back one, make it a five.", "instructor", 5),
        (["six"], "Go back one, I said six but it was eight.", "lessons", 8),
        (["six", "yes"], "Sorry, can we go back a question? The answer should be no.", "rental", "no"),
    ],
)
def test_go_back_one_changes_the_question_before(tmp_path, answers, text, target, value):
    p = _ski(tmp_path, answers)
    out = p.respond(text)
    if p.phase == "confirm":
        out = p.respond("yes")
    recs = _records(out)
    assert recs and recs[0]["question_id"] == target and recs[0]["value"] == value


_TRIMMED = Question(id="trimmed", type="yes_no", text="Did the groomer trim your dog's nails?")
_WAITED = Question(id="waited", type="yes_no", text="Did you have to wait for the bus at the depot?")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_TRIMMED, "It's not that they didn't trim them, they did, right down."),
        (_TRIMMED, "I can't say it isn't done. It's fine."),
        (_WAITED, "I didn't not wait, if you get me."),
    ],
)
def test_a_double_negative_said_plainly_after_is_a_yes_read_back(question, text):
    n = normalise(question, text)
    assert n.status == "valid" and n.value == "yes" and n.method == "inferred"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_WAITED, "I wouldn't say we didn't wait, we were straight in."),
        (_WAITED, "I can't say we didn't wait, but it was short."),
        (_TRIMMED, "I can't say they didn't. They usually do."),
        (_WAITED, "I wouldn't say I didn't wait."),
        (_TRIMMED, "I can't say they didn't, there wasn't time to check."),
    ],
)
def test_a_double_negative_without_a_plain_saying_is_asked_again(question, text):
    assert normalise(question, text).status == "invalid"


_SETTLES = Question(id="settles", type="yes_no", text="Does your dog usually settle down in the grooming van?")
_RIDES = Question(id="rides", type="yes_no", text="Do you ever take the bus from the depot?")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hardly ever.", "no"),
        ("Rarely, he's a nervous boy.", "no"),
        ("Oh, every single time, he loves it.", "yes"),
        ("Without fail.", "yes"),
    ],
)
def test_always_or_hardly_ever_answers_a_question_about_what_is_usual(text, value):
    n = normalise(_SETTLES, text)
    assert n.status == "valid" and n.value == value and n.method == "inferred"


@pytest.mark.parametrize(
    ("question", "text"),
    [(_SETTLES, "Always, but not last week."), (_SETTLES, "Nearly always, unless it's hot."), (_RIDES, "Hardly ever.")],
)
def test_always_or_hardly_ever_taken_back_or_to_ever_is_not_read(question, text):
    assert normalise(question, text).status == "invalid"


_WALKS = Question(id="walks", type="yes_no", text="Does your son walk the dog every day?")
_TIDY = Question(id="tidy", type="yes_no", text="Was the grooming room tidy when you arrived?")
_SHUTTLE = Question(id="shuttle", type="yes_no", text="Did you use the shuttle bus from the depot?")
_ON_TIME = Question(id="on_time", type="yes_no", text="Did the bus leave the depot on time?")
_WAIT = Question(id="wait", type="yes_no", text="Did you have to wait for a bus at the depot?")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_WALKS, "Walk the dog? Him? Ha!"),
        (_TIDY, "Tidy? You're joking. Hair everywhere."),
        (_SHUTTLE, "Oh sure, the shuttle. What shuttle?"),
        (_ON_TIME, "Oh yes, on time. If by on time you mean forty minutes late."),
        (_WAIT, "Oh sure, I waited ages. Not."),
    ],
)
def test_a_sarcastic_yes_is_a_no_read_back(question, text):
    n = normalise(question, text)
    assert n.status == "valid" and n.value == "no" and n.method == "inferred"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_WALKS, "Walk the dog? Ha, yes, every single day!"),
        (_TIDY, "Tidy? Ha. It was spotless, I was amazed."),
        (_WAIT, "Wait? Ha! Two hours."),
        (_SHUTTLE, "Oh sure, the shuttle, every day."),
    ],
)
def test_a_laugh_that_is_no_scoff_is_never_a_no(question, text):
    n = normalise(question, text)
    assert n.status != "valid" or n.value == "yes"


_PAID = Question(
    id="paid",
    type="single_choice",
    text="How did you pay for the grooming, cash, card, or through the booking app?",
    choices=[
        Choice(code="cash", label="cash"),
        Choice(code="card", label="card", synonyms=["debit card", "credit card"]),
        Choice(code="app", label="through the booking app", synonyms=["app", "online"]),
    ],
)


@pytest.mark.parametrize(
    "text",
    ["One of those phone jobs, not sure.", "Some sort of voucher, I can't remember.", "Something digital, no idea."],
)
def test_a_choice_described_vaguely_beside_a_dont_know_is_asked_again(text):
    assert normalise(_PAID, text).status == "invalid"


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [("I don't know.", "dont_know", None), ("Some online thing, I don't know.", "valid", "app")],
)
def test_a_plain_dont_know_or_a_choice_named_keep_their_reading(text, status, value):
    n = normalise(_PAID, text)
    assert n.status == status and n.value == value


_LESSONS = Question(
    id="lessons",
    type="multi_choice",
    text="Which lessons did your child take at the ski school: skiing, snowboarding, avalanche safety, or fitness?",
    choices=[
        Choice(code="ski", label="skiing", synonyms=["ski lessons", "slalom"]),
        Choice(code="board", label="snowboarding", synonyms=["snowboard"]),
        Choice(code="safety", label="avalanche safety", synonyms=["safety course"]),
        Choice(code="fitness", label="fitness training", synonyms=["gym", "exercise"]),
    ],
)
_CLASS = Question(
    id="covered",
    type="multi_choice",
    text="What does the evening class at the depot cover: maths, writing, or science?",
    choices=[
        Choice(code="math", label="maths"),
        Choice(code="writing", label="writing", synonyms=["english"]),
        Choice(code="science", label="science", synonyms=["physics"]),
    ],
)


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_LESSONS, "Snowboarding and the avalanche drills.", ["board", "safety"]),
        (_CLASS, "Physics and handwriting.", ["writing", "science"]),
        (_CLASS, "Maths and biology.", ["math", "science"]),
    ],
)
def test_a_listed_item_named_loosely_joins_the_list_read_back(question, text, value):
    n = normalise(question, text)
    assert n.status == "valid" and n.value == value and n.method == "inferred"


def test_a_listed_item_of_no_choice_leaves_the_list_to_read_back():
    n = normalise(_CLASS, "Maths and the history bits.")
    assert n.status != "valid" or n.method == "inferred"


_CONFIDENCE = Question(
    id="confidence",
    type="scale",
    min=1,
    max=5,
    text="How much confidence has your child gained on the slopes, from one, no confidence, to five, a great deal of "
    "confidence?",
    labels={1: "no confidence", 3: "some confidence", 5: "a great deal of confidence"},
)


@pytest.mark.parametrize(("text", "value"), [("A great deal.", 5), ("Oh, a great deal, she loves it.", 5)])
def test_a_scale_label_said_without_the_topic_is_that_label(text, value):
    n = normalise(_CONFIDENCE, text)
    assert n.status == "valid" and n.value == value


@pytest.mark.parametrize("text", ["Not a great deal.", "We spent a great deal on lessons.", "No.", "Some."])
def test_a_label_without_its_topic_inside_a_story_or_negated_is_none(text):
    assert normalise(_CONFIDENCE, text).status == "invalid"


_SERVICES = Question(
    id="services",
    type="multi_choice",
    text="Which services did the groomer do: bath, haircut, or nail trim?",
    choices=[
        Choice(code="bath", label="bath"),
        Choice(code="cut", label="haircut", synonyms=["trim", "clip"]),
        Choice(code="nails", label="nail trim", synonyms=["nails"]),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "You'd have to ask my husband, he took the dog in.",
        "I wasn't there, my daughter handled it.",
        "Ask my wife.",
        "My son would know.",
        "That's my husband's department.",
    ],
)
def test_someone_else_who_knows_is_a_dont_know(text):
    assert normalise(_SERVICES, text).status == "dont_know"


@pytest.mark.parametrize(
    ("text", "value"),
    [("A bath. My daughter took him.", ["bath"]), ("Bath and nails, my wife sorted it.", ["bath", "nails"])],
)
def test_someone_else_beside_a_choice_keeps_the_choice(text, value):
    n = normalise(_SERVICES, text)
    assert n.status == "valid" and n.value == value


_DEPOT = Question(
    id="facilities",
    type="multi_choice",
    text="While you waited at the bus depot, which did you use: the toilets, the cafe, or the waiting room?",
    choices=[
        Choice(code="toilets", label="the toilets", synonyms=["toilet", "restroom", "loo"]),
        Choice(code="cafe", label="the cafe", synonyms=["food", "drinks", "snacks"]),
        Choice(code="waiting", label="the waiting room", synonyms=["waiting room", "benches"]),
    ],
)


def test_a_short_part_after_a_comma_names_a_choice_by_its_kind_read_back():
    n = normalise(_DEPOT, "I nipped to the loo, grabbed a coffee, and sat in the waiting room.")
    assert n.status == "valid" and n.value == ["toilets", "cafe", "waiting"] and n.method == "inferred"


_BARKED = Question(id="barked", type="yes_no", text="Did your dog bark at the groomer?")


@pytest.mark.parametrize("text", ["Of course he did, doesn't he always.", "Of course he did, doesn't he always?"])
def test_an_always_tag_strengthens_the_yes(text):
    n = normalise(_BARKED, text)
    assert n.status == "valid" and n.value == "yes"


def test_an_always_tag_alone_is_no_answer():
    assert normalise(_BARKED, "Doesn't he always.").status == "invalid"


_FIT = Question(
    id="fit",
    type="single_choice",
    text="How did the rented ski boots fit: too tight, about right, or too loose?",
    choices=[
        Choice(code="tight", label="too tight", synonyms=["tight", "small"]),
        Choice(code="right", label="about right", synonyms=["just right", "fine", "perfect"]),
        Choice(code="loose", label="too loose", synonyms=["loose", "big"]),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't say they were too tight, and they weren't too loose either.",
        "Not too tight, not too loose.",
        "Neither too tight nor too loose.",
    ],
)
def test_both_extremes_ruled_out_is_the_middle_read_back(text):
    n = normalise(_FIT, text)
    assert n.status == "valid" and n.value == "right" and n.method == "inferred"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They weren't too tight.", None),
        ("I wouldn't say they were too tight, they were too loose.", "loose"),
        ("I don't think they were tight, more loose.", "loose"),
    ],
)
def test_a_choice_the_caller_would_not_say_is_never_stored(text, value):
    n = normalise(_FIT, text)
    assert n.value == value and (value is not None or n.status == "invalid")


_KENNEL = Question(id="kennel", type="yes_no", text="Is the new kennel sturdy and working as it should?")
_GROOMER_WAIT = Question(id="groomer_wait", type="yes_no", text="Did you have to wait for the groomer?")


@pytest.mark.parametrize("text", ["Everything's grand, thanks.", "It's grand.", "All good, thanks."])
def test_all_good_to_a_question_about_a_good_state_is_a_yes_read_back(text):
    n = normalise(_KENNEL, text)
    assert n.status == "valid" and n.value == "yes" and n.method == "inferred"


@pytest.mark.parametrize(
    ("question", "text"), [(_KENNEL, "Great, but the door sticks."), (_GROOMER_WAIT, "All good, thanks.")]
)
def test_all_good_with_a_but_or_to_a_burden_is_no_yes(question, text):
    n = normalise(question, text)
    assert n.status != "valid" or n.value != "yes"


_RECOMMEND_SKI = Question(
    id="recommend_ski", type="nps", text="How likely are you to recommend the ski school to a friend, from zero to ten?"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Oh, a ten, sure, if you like frostbite and broken lifts. Realistically, a three.", 3),
        ("Ten. Joking aside, it was brilliant.", 10),
        ("Eight. Realistically it depends on the snow.", 8),
    ],
)
def test_a_score_said_in_jest_then_realistically_is_the_second(text, value):
    n = normalise(_RECOMMEND_SKI, text)
    assert n.status == "valid" and n.value == value


SKI_EXTRAS = """
name: ski_extras
kind: survey
organisation: Alpine Ski School
questions:
  - id: extras
    type: multi_choice
    text: Which extras did you use, the ski hire, the locker, the cafe, or the shuttle bus?
    choices:
      - {code: hire, label: the ski hire, synonyms: [ski hire, rental skis]}
      - {code: locker, label: the locker, synonyms: [lockers]}
      - {code: cafe, label: the cafe, synonyms: [cafe, coffee]}
      - {code: shuttle, label: the shuttle bus, synonyms: [shuttle, bus]}
  - id: instructor
    type: scale
    min: 1
    max: 5
    text: How would you rate your instructor, from 1 to 5?
  - id: again
    type: yes_no
    text: Would you come back next season?
"""


def _extras(tmp_path):
    path = tmp_path / "extras.yaml"
    path.write_text(SKI_EXTRAS, encoding="utf-8")
    now = datetime(2030, 2, 6, 12, tzinfo=timezone.utc)
    p = SurveyPolicy(load_definition(path), {"first_name": "Sam"}, tz="UTC", now=lambda: now)
    p.opening()
    p.respond("the locker and the cafe")
    return p


@pytest.mark.parametrize(
    "text",
    ["Oh, I forgot the shuttle bus, I used that as well.", "Before we go on, I missed the shuttle, I used that too."],
)
def test_a_choice_forgotten_at_an_earlier_question_joins_its_answer(tmp_path, text):
    p = _extras(tmp_path)
    assert p.current.id == "instructor"
    p.respond(text)
    assert p.phase == "confirm"  # read back before it is stored
    recs = _records(p.respond("yes"))
    assert recs and recs[0]["question_id"] == "extras" and recs[0]["value"] == ["locker", "cafe", "shuttle"]


def test_i_forgot_with_no_earlier_choice_is_no_dont_know_of_the_earlier_question(tmp_path):
    p = _extras(tmp_path)
    p.respond("I forgot my goggles, so a three.")
    recs = _records(p.respond("yes")) if p.phase == "confirm" else []
    assert all(r["question_id"] != "extras" for r in recs)


def test_a_mock_yes_concluded_never_is_a_no():
    q = Question(id="renew", type="yes_no", text="Will you renew your season pass at the ski school?")
    n = normalise(q, "Oh sure, I'll renew, right after they fix the chairlift. So never, probably.")
    assert n.status == "valid" and n.value == "no" and n.method == "inferred"


def test_a_missed_bus_in_a_story_is_no_forgotten_choice(tmp_path):
    p = _extras(tmp_path)
    p.respond("I missed the bus one morning, so a three.")
    recs = _records(p.respond("yes")) if p.phase == "confirm" else []
    assert all(r["question_id"] != "extras" for r in recs)


_HARD = Question(
    id="hard",
    type="multi_choice",
    text="Where is it hard to hear at the bus depot: phone calls, the announcements, or the ticket desk?",
    choices=[
        Choice(code="phone", label="phone calls", synonyms=["calls", "the phone"]),
        Choice(code="announcements", label="the announcements", synonyms=["tannoy", "speakers"]),
        Choice(code="desk", label="the ticket desk", synonyms=["ticket office", "counter"]),
    ],
)


def test_a_filler_after_a_comma_names_no_choice_by_its_spelling():
    n = normalise(_HARD, "Just the, what do you call it, the tannoy.")
    assert n.status == "valid" and n.value == ["announcements"]


def test_a_listed_part_named_only_to_be_ruled_out_adds_nothing():
    n = normalise(_HARD, "The tannoy, the counter's fine.")
    assert n.status == "valid" and n.value == ["announcements"]
