"""Classes of phrasing behind blind12's misses at development time (its two wrong values and its
re-asks), and those of blind10/blind11 that share them; the phrasings and the survey are our own,
for a public swimming pool."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import intents, references
from customario.dialogue.answers import normalise

TODAY = date(2027, 3, 16)  # a Tuesday
SWIMS = Question(id="swims", type="number", text="How many times did you swim with us last month?", min=0, max=60)
HOUSEHOLD = Question(
    id="household", type="number", text="How many people in your household hold a pool pass?", min=1, max=10
)
FEE = Question(id="fee", type="number", text="How much did your last lesson block cost, in dollars?", min=0, max=900)
LOCKER = Question(id="locker", type="yes_no", text="Did you rent a locker?")
RENEW = Question(id="renew", type="date", text="When does your pass run out?")
NPS = Question(id="nps", type="nps", text="How likely are you to recommend the pool to a friend?")
IDEAS = Question(id="ideas", type="open", text="If you could change one thing about the pool, what would it be?")
ENTRY = Question(
    id="entry",
    type="single_choice",
    text="How do you get in, with the wristband, the card, or at the front desk?",
    choices=[
        Choice(code="band", label="the wristband", synonyms=["band"]),
        Choice(code="card", label="the card", synonyms=["pass card"]),
        Choice(code="desk", label="the front desk", synonyms=["reception"]),
    ],
)
LANES = Question(
    id="lanes",
    type="multi_choice",
    text="Which pools do you use, the lap pool, the heated pool, or the diving pool?",
    choices=[
        Choice(code="lap", label="lap pool", synonyms=["lanes"]),
        Choice(code="heated", label="heated pool", synonyms=["warm pool", "heated"]),
        Choice(code="diving", label="diving pool", synonyms=["diving", "high board"]),
    ],
)


def _n(q, text):
    return normalise(q, text, today=TODAY)


# ---------------------------------------------------------------- sarcasm (a wrong value at first)
def test_a_mock_agreement_capped_with_an_absurd_addition_is_read_back():
    for text in ("Oh yeah, and my goldfish swims the butterfly too.", "Sure, and I'm the Queen of Sheba as well."):
        r = _n(LOCKER, text)
        assert r.method == "inferred"  # never stored as a plain yes
    assert _n(LOCKER, "Yes, and I'm keeping it for the summer.").method != "inferred"


# ---------------------------------------------------------------- open questions
def test_nothing_comes_to_mind_alone_is_a_dont_know():
    # five corpora of six code it don't know (codes.BLANK_MIND; helper ans20a)
    for text in ("Nothing springs to mind.", "Hmm, nothing really comes to mind right now"):
        assert _n(IDEAS, text).status == "dont_know"
    assert _n(IDEAS, "I don't know, nothing springs to mind.").status == "dont_know"
    assert _n(IDEAS, "Nothing, it's lovely.").status == "valid"


def test_a_change_verb_answering_an_open_question_names_no_earlier_answer():
    qs = [ENTRY, NPS, IDEAS]
    fits = lambda q, p: _n(q, p).status == "valid"  # noqa: E731
    asked = ["entry", "nps", "ideas"]
    for text in ("Fix the card reader, it never beeps.", "Change the desk hours, they close at six. Why?"):
        assert references.find_reference(text, qs, asked, fits=fits) is None
    ref = references.find_reference("Change my recommend score to a six.", qs, asked, fits=fits)
    assert ref is not None and ref.question.id == "nps"
    ref = references.find_reference("Correction, I go in with the band, not the card.", qs, asked, fits=fits)
    assert ref is not None and ref.question.id == "entry"


def test_a_suggestion_passed_on_through_the_agent_is_an_answer():
    assert intents.relays_suggestion("Could you tell them to open the diving pool on Sundays?")
    assert intents.relays_suggestion("Can you let the manager know the showers are cold?")
    assert not intents.relays_suggestion("Can I get a refund for my lessons?")
    assert not intents.relays_suggestion("Who are you calling for?")


def test_a_complaint_about_call_backs_is_no_callback_request():
    assert not intents.wants_callback("Call me back when you said you would, for once.")
    assert not intents.wants_callback("They never called me back about the lessons.")
    assert intents.wants_callback("Can you call me back after six?")


# ---------------------------------------------------------------- numbers
def test_a_rate_closed_with_the_callers_own_conversion_is_that_figure_read_back():
    r = _n(SWIMS, "Three times a week, so call it twelve.")
    assert (r.status, r.value, r.method) == ("valid", 12, "inferred")
    r = _n(SWIMS, "Once a day, so thirty a month")
    assert (r.status, r.value, r.method) == ("valid", 30, "inferred")
    assert _n(SWIMS, "Three times a week.").status == "invalid"
    assert _n(SWIMS, "Three times a week, so three a week.").status == "invalid"
    assert _n(SWIMS, "Twice a week, so eight or nine.").status == "invalid"


def test_half_a_dozen_and_people_lists():
    assert _n(HOUSEHOLD, "Half a dozen of us.").value == 6
    assert _n(HOUSEHOLD, "Half a dozen, I reckon.").value == 6
    assert _n(HOUSEHOLD, "half a dozen goldfish").status == "invalid"
    assert _n(HOUSEHOLD, "me n my girlfriend").value == 2
    assert _n(HOUSEHOLD, "Three people, me, my partner and our son.").value == 3
    assert _n(HOUSEHOLD, "One person, just me.").value == 1
    assert _n(HOUSEHOLD, "Two people: me, my partner and the twins.").status == "invalid"


def test_another_persons_figure_is_set_aside_and_the_callers_own_read_back():
    r = _n(SWIMS, "Ten. My daughter goes far more, probably thirty.")
    assert (r.value, r.method) == (10, "inferred")
    r = _n(FEE, "My brother paid three hundred, but mine was one fifty.")
    assert (r.value, r.method) == (150, "inferred")
    r = _n(NPS, "My roommate would give you a three, but I'm going with an eight.")
    assert (r.value, r.method) == (8, "inferred")


def test_a_usual_answer_with_an_occasional_exception_is_the_usual_one_read_back():
    r = _n(ENTRY, "Mostly the wristband, occasionally the desk when I forget it.")
    assert (r.value, r.method) == ("band", "inferred")
    r = _n(SWIMS, "Usually eight, twelve in the summer.")
    assert (r.value, r.method) == (8, "inferred")
    assert _n(SWIMS, "Eight, sometimes twelve.").status == "invalid"  # no usual value said


def test_a_surcharge_taken_back_leaves_the_total():
    r = _n(FEE, "Two forty plus tax, no, just two forty flat.")
    assert (r.status, r.value) == ("valid", 240)
    assert _n(FEE, "Two forty plus tax.").status == "invalid"


# ---------------------------------------------------------------- yes/no, don't know, dates, choices
def test_an_evident_no_with_its_reason():
    assert _n(LOCKER, "Clearly not, why would I pay for a box.").value == "no"


def test_a_dont_know_whose_reason_says_none_of_someone():
    assert _n(NPS, "No idea, none of my mates swim.").status == "dont_know"


def test_tax_day_and_other_named_days():
    assert _n(RENEW, "Around tax day.").value == "2027-04-15"
    assert _n(RENEW, "April Fools' Day").value == "2027-04-01"


def test_a_choice_never_actually_tried_is_not_chosen():
    r = _n(LANES, "The heated, hold on, I've never actually been in the heated. Just the lap pool.")
    assert r.value == ["lap"]


def test_a_wish_alone_is_a_no_read_back():
    r = _n(LOCKER, "Did I rent a locker? Ha. If only.")
    assert (r.value, r.method) == ("no", "inferred")
    assert _n(LOCKER, "Yes, I wish it was bigger.").value == "yes"


def test_so_not_right_now_closing_an_answer_is_no_callback_request():
    assert not intents.wants_callback("We had a locker but the lock broke, so not right now.")
    assert intents.wants_callback("Not right now, I'm driving.")


def test_what_is_used_now_beats_what_was_used_before():
    r = _n(ENTRY, "I used to go through reception, but they changed it, so now it's the wristband.")
    assert (r.value, r.method) == ("band", "inferred")


def test_a_no_that_agrees_with_its_not_then_another_time_stays_no():
    r = _n(LOCKER, "Not this season, no. Back in the autumn I did.")
    assert (r.value, r.method) == ("no", "inferred")
    assert _n(LOCKER, "Not really, no. Well, yes, once.").value == "yes"


def test_a_duration_said_again_in_another_unit_is_one_duration():
    waited = Question(id="waited", type="number", text="How many days did the pool stay closed?", min=0, max=60)
    assert _n(waited, "Fourteen days, two weeks.").value == 14
    assert _n(waited, "Seven days, two weeks.").status == "invalid"
    lesson = Question(id="lesson", type="number", text="How many minutes was your lesson?", min=0, max=300)
    assert _n(lesson, "an hour and ten minutes").value == 70


def test_an_age_beside_a_duration_is_no_second_duration():
    waited = Question(id="waited", type="number", text="How many days did the pool stay closed?", min=0, max=60)
    r = _n(waited, "Ten days, with a toddler of eighteen months at home.")
    assert (r.status, r.value) == ("valid", 10)
