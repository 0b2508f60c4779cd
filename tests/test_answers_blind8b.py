"""Classes of caller answers blind8 re-asked where a value was expected (read once blind8 became a
development corpus, 3 December 2026). Every phrasing and question here is our own; each class has
near misses that must keep another reading, and lenient readings are read back, never stored as
said."""

from datetime import date, datetime, timezone

import pytest

from customario.definitions import Question, evaluate_when, load_definition
from customario.definitions.models import Choice
from customario.dialogue import references
from customario.dialogue.answers import LENIENT_METHODS, normalise
from customario.dialogue.codes import is_refusal
from customario.dialogue.date_answers import read_date
from customario.dialogue.policy import CallTool
from customario.dialogue.survey_flow import SurveyPolicy

TODAY = date(2026, 12, 10)  # a Thursday
SERVED = Question(id="served", type="date", text="When did you last eat with us?")
BOOKING = Question(id="booking", type="date", text="When would you like your next table?")
GUESTS = Question(id="guests", type="number", text="How many guests came to the party?", min=1, max=40)
SLICES = Question(id="slices", type="number", text="How many slices did you eat?", min=0, max=20)
RATING = Question(id="rating", type="scale", text="How tasty was it, from 1 to 5?", min=1, max=5)
QUEUE = Question(id="queue", type="number", text="How many minutes did you queue before ordering?", min=0, max=120)
LATE_BY = Question(
    id="late_by",
    type="number",
    text="How many minutes past your booked time did you wait for your table?",
    min=0,
    max=120,
)
TIP = Question(id="tip", type="number", text="How much did you spend on wine, in dollars?", min=0, max=500)
BAKE = Question(id="bake", type="number", text="How many minutes did the cake take to bake?", min=5, max=240)
AGAIN = Question(id="again", type="yes_no", text="Would you order from us again?")
SCORE = Question(id="score", type="nps", text="How likely are you to recommend us, from 0 to 10?")


def read(q, text):
    return normalise(q, text, today=TODAY)


# ---------------------------------------------------------------- skip logic reads yes/no by meaning
def test_a_yes_no_answer_is_true_or_false_in_skip_logic():
    # a yes/no answer is stored as "yes"/"no": both are non-empty strings, so "not renewing" was
    # never true and the question after a "no" was never asked (blind8 meal_kit cancel_reason)
    assert evaluate_when("not renewing", {"renewing": "no"}) is True
    assert evaluate_when("not renewing", {"renewing": "yes"}) is False
    assert evaluate_when("renewing", {"renewing": "no"}) is False
    assert evaluate_when("renewing and happy", {"renewing": "yes", "happy": "yes"}) is True
    assert evaluate_when("renewing == false", {"renewing": "no"}) is True
    assert evaluate_when("renewing != true", {"renewing": "yes"}) is False


def test_skip_logic_near_misses_keep_their_meaning():
    assert evaluate_when("renewing == 'no'", {"renewing": "no"}) is True  # compared as text
    assert evaluate_when("renewing == false", {}) is False  # unanswered compares as nothing
    assert evaluate_when("score <= 8", {"score": 7}) is True
    assert evaluate_when("'pool' in extras", {"extras": ["pool"]}) is True


def test_the_question_after_a_no_is_asked(tmp_path):
    path = tmp_path / "gym.yaml"
    path.write_text(
        "name: gym\nkind: survey\nopening: Hi, a quick survey?\nquestions:\n"
        "  - {id: stay, type: yes_no, text: Will you keep your gym membership?}\n"
        "  - {id: why, type: open, text: Why would you leave?, when: not stay, required: false}\n",
        encoding="utf-8",
    )
    noon = datetime(2026, 12, 10, 12, tzinfo=timezone.utc)
    policy = SurveyPolicy(load_definition(path), {}, now=lambda: noon)
    policy.opening()
    policy.respond("yes")
    policy.respond("no")
    assert policy.current is not None and policy.current.id == "why"


# ---------------------------------------------------------------- a weekday some weeks away
@pytest.mark.parametrize(
    "q,text,value",
    [
        (SERVED, "the Saturday before last", "2026-11-28"),
        (SERVED, "Hmm, three weeks ago Saturday", "2026-11-21"),
        # on a Thursday: the Tuesday of last week; the first Tuesday counted back is this week's,
        # which no caller calls "a week ago" (answers blind51's writer read it so; stop 48)
        (SERVED, "a week ago Tuesday", "2026-12-01"),
        (BOOKING, "the Wednesday after next", "2026-12-23"),
        (BOOKING, "The week after next, on the Monday.", "2026-12-21"),
        (BOOKING, "Monday of the week after next", "2026-12-21"),
    ],
)
def test_a_weekday_weeks_away_is_read_back(q, text, value):
    n = read(q, text)
    assert (n.value, n.method) == (value, "inferred")


@pytest.mark.parametrize(
    "q,text",
    [
        (BOOKING, "the Friday after next"),  # on a Thursday: the 18th (not tomorrow's) or the 25th
        (SERVED, "the week before last"),  # seven days, not one
        (SERVED, "three weeks ago Monday"),  # the Monday of that week (16th) or the third one back (23rd)
    ],
)
def test_a_weekday_weeks_away_that_two_readings_split_is_asked_again(q, text):
    assert read(q, text).status == "invalid"
    assert read_date(text.lower(), TODAY, "nearest")[0] is None


# ---------------------------------------------------------------- a day said as a plain number
def test_a_plain_number_before_of_and_a_month_is_its_day():
    assert read(SERVED, "the four of December").value == "2026-12-04"
    assert read(BOOKING, "twenty one of January").value == "2027-01-21"
    # near misses: a count of things, and a number past the month's days
    assert read(SERVED, "the five of us in December").status == "invalid"
    assert read(SERVED, "the forty of December").status == "invalid"


# ---------------------------------------------------------------- mistyped and sound-alike words
@pytest.mark.parametrize(
    "q,text,value",
    [
        (SERVED, "novmber twenty eighth", "2026-11-28"),
        (BOOKING, "the fifteeth of january", "2027-01-15"),
        (QUEUE, "threeteen minutes", 13),
        (GUESTS, "fivety guests", None),  # read as fifty: out of 1-40, asked again
        (GUESTS, "Tree of them came", 3),
        (SLICES, "only too", 2),
        (SLICES, "Free slices.", 3),
        (RATING, "fife", 5),
        (AGAIN, "definitly", "yes"),
    ],
)
def test_mistyped_and_sound_alike_words_are_read_back(q, text, value):
    n = read(q, text)
    if value is None:
        assert n.status == "invalid"
        return
    assert n.value == value and n.method in LENIENT_METHODS


@pytest.mark.parametrize(
    "q,text",
    [
        (SLICES, "too many to count"),  # "too" where no number stands
        (SLICES, "I ate for the two of us"),  # "for" beside a real number
        (GUESTS, "we sat under a tree"),
        (RATING, "I'd go for it"),
    ],
)
def test_sound_alikes_where_no_number_stands_are_not_numbers(q, text):
    n = read(q, text)
    assert n.status == "invalid" or n.value == 2 and "two" in text


# ---------------------------------------------------------------- texting and Indian English yes
@pytest.mark.parametrize("text", ["defo", "yeah def", "ofc", "Haan, it was all clear."])
def test_texting_and_indian_english_yes(text):
    assert read(AGAIN, text).value == "yes"


@pytest.mark.parametrize("text", ["defo not", "def no", "haan ji nahi"])
def test_texting_near_misses_are_no_yes(text):
    assert read(AGAIN, text).value != "yes"


# ---------------------------------------------------------------- refusals with fillers
@pytest.mark.parametrize("text", ["hmm, pass", "uh, skip, please", "Pass, thanks."])
def test_a_refusal_keyword_beside_fillers(text):
    assert is_refusal(text) and read(SCORE, text).status == "refused"


@pytest.mark.parametrize("text", ["I passed", "pass the salt", "skipped breakfast, so a nine"])
def test_pass_and_skip_in_other_senses(text):
    assert not is_refusal(text)


# ---------------------------------------------------------------- corrections and question names
def test_a_contraction_never_names_a_question():
    # "don't" had the stem "don", which met an alias "what I had done"
    assert "don" not in references._stems("I don't know, can't think")
    assert references._stems("the hotel's pool") >= {"hotel", "pool"}


def test_an_answer_restating_the_question_with_another_determiner():
    renew = Question(id="renew", type="yes_no", text="Do you plan to renew your membership next year?")
    assert read(renew, "I will renew the membership").value == "yes"
    assert read(renew, "we won't renew the membership").value == "no"
    # near miss: a plan said as the past or a hope stays unread
    assert read(renew, "I was hoping to renew the membership").status == "invalid"


# ---------------------------------------------------------------- money said without its units
@pytest.mark.parametrize("text,value", [("Forty-two fifty.", 42.5), ("ninety nine ninety five", 99.95)])
def test_dollars_and_cents_without_units_are_read_back(text, value):
    n = read(TIP, text)
    assert (n.value, n.method) == (value, "inferred")


def test_dollars_and_cents_near_misses():
    assert read(TIP, "three fifty").value == 350  # a digit first: hundreds left out, as before
    assert read(TIP, "zero dollars, zero cents").value == 0
    assert read(TIP, "two dollars, fifty cents").value == 2.5
    assert read(QUEUE, "forty fifty").status == "invalid"  # minutes have no cents
    assert read(TIP, "forty, maybe fifty").status == "invalid"


# ---------------------------------------------------------------- no wait past a booked time
@pytest.mark.parametrize("text", ["Nope, bang on time.", "they seated us early actually", "before our time even"])
def test_on_time_is_no_wait_past_the_booked_time(text):
    n = read(LATE_BY, text)
    assert (n.value, n.method) == (0, "inferred")


@pytest.mark.parametrize(
    "q,text", [(LATE_BY, "we got there early"), (LATE_BY, "they weren't on time"), (QUEUE, "right on time")]
)
def test_on_time_near_misses(q, text):
    assert read(q, text).status == "invalid"  # the caller early, a no, or a question with no booked time


# ---------------------------------------------------------------- a figure something written states
@pytest.mark.parametrize(
    "text,value",
    [
        ("Ninety, but the recipe says forty.", 90),
        ("The box said 45 but it's more like sixty", 60),
        ("the packet says thirty", 30),
    ],
)
def test_a_printed_figure_is_set_aside_or_read_back(text, value):
    n = read(BAKE, text)
    assert n.value == value and n.method in LENIENT_METHODS


def test_a_printed_figure_near_miss():
    assert read(BAKE, "forty, and I checked the recipe").value == 40
    assert read(BAKE, "the recipe says forty, the box says fifty").status == "invalid"


# ---------------------------------------------------------------- a scale label after a self-correction
CRUST = Question(
    id="crust",
    type="scale",
    text="How was the crust?",
    min=1,
    max=4,
    labels={1: "soggy", 2: "soft", 3: "crisp", 4: "perfect"},
)


def test_a_label_after_a_self_correction_is_read_back():
    n = read(CRUST, "Perfect. Well, crisp. Let's say crisp.")
    assert (n.value, n.method) == (3, "self-corrected")
    assert read(CRUST, "Soggy, no wait, soft.").value == 2


def test_two_labels_without_a_correction_are_asked_again():
    assert read(CRUST, "crisp or perfect").status == "invalid"
    assert read(CRUST, "somewhere between soft and crisp").status == "invalid"


# ---------------------------------------------------------------- none of the things asked about
PARCELS = Question(id="parcels", type="yes_no", text="Did any of your parcels arrive damaged or late?")


@pytest.mark.parametrize(
    "text", ["None were damaged.", "none of them arrived late", "Well, none of my parcels were late"]
)
def test_none_of_what_is_asked_is_a_no_read_back(text):
    n = read(PARCELS, text)
    assert (n.value, n.method) == ("no", "inferred")


def test_none_said_of_something_else_is_no_answer():
    assert read(PARCELS, "none were cold").status == "invalid"
    assert read(PARCELS, "one of them was late").value != "no"


# ---------------------------------------------------------------- corrections that name a question
def _meals(tmp_path):
    path = tmp_path / "meals.yaml"
    path.write_text(
        "name: meals\nkind: survey\nopening: Hi, a quick survey?\nquestions:\n"
        "  - id: diet\n    type: multi_choice\n    text: Which diets do you follow?\n    aliases: [diet, diets]\n"
        "    choices: [{code: vegan, label: vegan}, {code: nut_free, label: nut-free}, {code: none, label: none}]\n"
        "  - id: late\n    type: yes_no\n    text: Did any of your boxes arrive late?\n"
        "    aliases: [late boxes, the late one]\n"
        "  - {id: score, type: nps, text: 'How likely are you to recommend us, from 0 to 10?'}\n",
        encoding="utf-8",
    )
    noon = datetime(2026, 12, 10, 12, tzinfo=timezone.utc)
    policy = SurveyPolicy(load_definition(path), {}, now=lambda: noon)
    policy.opening()
    policy.respond("yes")
    policy.respond("vegan")
    policy.respond("yes")
    assert policy.current.id == "score"
    return policy


def test_going_back_a_bit_to_a_named_answer(tmp_path):
    policy = _meals(tmp_path)
    policy.respond("Going back a bit, my diet answer: we're nut-free as well as vegan.")
    assert policy.phase == "confirm" and sorted(policy.pending["n"].value) == ["nut_free", "vegan"]
    assert sorted(_stored(policy.respond("yes"))["diet"]["value"]) == ["nut_free", "vegan"]


def test_scratch_what_i_said_and_none_of_them(tmp_path):
    policy = _meals(tmp_path)
    policy.respond("Scratch what I said about late boxes, none of them were late, that was another firm.")
    assert policy.phase == "confirm" and policy.pending["n"].value == "no"
    assert _stored(policy.respond("yes"))["late"]["value"] == "no" and policy.current.id == "score"


def test_an_answer_named_is_never_the_current_question(tmp_path):
    policy = _meals(tmp_path)
    said = policy.respond("Nine, as well as I can say.")  # "as well as" marks no new value
    assert _stored(said)["score"]["value"] == 9


# ---------------------------------------------------------------- choices spelt out
CONTACT = Question(
    id="contact",
    type="single_choice",
    text="How should we remind you: text message, email or phone call?",
    choices=[
        Choice(code="text", label="text message"),
        Choice(code="email", label="email"),
        Choice(code="call", label="phone call"),
    ],
)
BAGEL = Question(
    id="bagel",
    type="single_choice",
    text="Which bagel did you have: plain bagel, sesame for one, or sesame for two?",
    choices=[
        Choice(code="plain", label="plain bagel"),
        Choice(code="sesame_one", label="sesame for one"),
        Choice(code="sesame_two", label="sesame for two"),
    ],
)


@pytest.mark.parametrize(
    "q,text,value",
    [
        (CONTACT, "txt pls", "text"),
        (CONTACT, "emial", "email"),
        (BAGEL, "sesmae 4 two", "sesame_two"),
        (BAGEL, "the plane one", "plain"),  # sounds exactly like the choice's word
    ],
)
def test_choices_spelt_out_are_read_back(q, text, value):
    n = read(q, text)
    assert (n.value, n.method) == (value, "fuzzy")


@pytest.mark.parametrize("q,text", [(BAGEL, "sesame"), (CONTACT, "whatever works"), (BAGEL, "we took the plane")])
def test_choices_spelt_out_near_misses(q, text):
    n = read(q, text)
    assert n.status == "invalid" or n.method in LENIENT_METHODS


# ---------------------------------------------------------------- a two-word synonym with a gap
TREATMENT = Question(
    id="treatment",
    type="multi_choice",
    text="What did the garage do: tyres, brakes, or none of these?",
    choices=[
        Choice(code="tyres", label="tyres", synonyms=["tyres rotated"]),
        Choice(code="brakes", label="brakes", synonyms=["brake pads"]),
        Choice(code="none", label="none of these"),
    ],
)


def test_a_two_word_synonym_with_words_between():
    n = read(TREATMENT, "brake pads swapped and tyres all rotated")
    assert n.value == ["tyres", "brakes"]
    # near misses: a negation inside the gap, and a choice said with a negated predicate (read back)
    n = read(TREATMENT, "brake pads, tyres never rotated")
    assert "tyres" not in (n.value or []) or n.method in LENIENT_METHODS
    assert read(TREATMENT, "brake pads, the tyres were not done").method in LENIENT_METHODS


# ---------------------------------------------------------------- a choice that failed, then another
def test_a_choice_that_failed_in_the_next_clause():
    n = read(CONTACT, "Tried the email, it bounced, so a phone call")
    assert n.status == "invalid" or n.value == "call"
    n = read(CONTACT, "Tried text message, it wouldn't send, so a phone call")
    assert (n.value, n.method) == ("call", "inferred")
    # near miss: two choices and no failure are asked again
    assert read(CONTACT, "text message, and a phone call").status == "invalid"


def _stored(actions):
    return {a.arguments["question_id"]: a.arguments for a in actions if isinstance(a, CallTool)}


# ---------------------------------------------------------------- a count with the rate that makes it
COOKED = Question(id="cooked", type="number", text="How many dinners did you cook last week?", min=0, max=21)


@pytest.mark.parametrize("text,value", [("Seven, one every night.", 7), ("fourteen, two a day", 14)])
def test_a_count_with_the_rate_that_makes_it_is_read_back(text, value):
    n = read(COOKED, text)
    assert (n.value, n.method) == (value, "inferred")


@pytest.mark.parametrize("text", ["Five, one every night", "seven, one every night, sometimes two"])
def test_a_count_its_rate_does_not_make_is_asked_again(text):
    assert read(COOKED, text).status == "invalid"


# ---------------------------------------------------------------- the opposite of keeping, and of booked
MEMBER = Question(id="member", type="yes_no", text="Will you keep your gym membership next year?")
BOOKED = Question(id="booked", type="yes_no", text="Do you already have your next cleaning booked?")


@pytest.mark.parametrize(
    "q,text,value",
    [
        (MEMBER, "I was about to cancel it, to be honest", "no"),
        (MEMBER, "no way I'd cancel", "yes"),
        (BOOKED, "They'll text me to book one.", "no"),
        (BOOKED, "no need to book one, they did it for me", "yes"),
    ],
)
def test_the_opposite_of_what_is_asked_is_read_back(q, text, value):
    n = read(q, text)
    assert (n.value, n.method) == (value, "inferred")


def test_the_opposite_said_with_a_yes_is_asked_again():
    assert read(BOOKED, "yes, I had to call to book it").status == "invalid"
