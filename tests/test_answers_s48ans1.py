"""Classes of typed survey answers from the answers corpora blind48 to blind52 (6 December 2026,
stop 48), in the team's own phrasings at a bike workshop, a bakery and a pottery studio:

- refusals said with one more word than the stock ones: the data named with a modifier ("I don't
  give out banking details"), the business denied as a question ("Why is that any of your
  business?"), what is kept to oneself named by a clause ("keep what we paid to ourselves"), "not
  something I'll share", and a topic refused as the whole turn ("I'm not discussing money");
- don't-knows said in the progressive or as a track lost ("I wasn't counting, sorry", "I've
  completely lost track of the days");
- scales: a label said with a middling degree word between the label and its intensified form
  ("Pretty good." on good .. very good), the top named without its article ("Top score." on NPS),
  the scale's top said as a score sheet does ("two out of a possible five"), and a point asserted
  as an end of the scale and asked back ("And five is the top, yeah?");
- choices: a synonym written with stops ("a.m.") and a synonym written in the plural said once
  inside a longer choice ("morning and afternoon" for full days beside "afternoons").

Every class has near misses that must not change.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import references
from customario.dialogue.answers import normalise
from survey_helpers import policy_at, recorded

_TODAY = date(2031, 11, 6)
_PAYOUT = Question(
    id="payout",
    type="single_choice",
    text="How would you like the refund, by bank transfer, a cheque, or store credit?",
    choices=[
        Choice(code="bank", label="bank transfer", synonyms=["bank", "direct deposit"]),
        Choice(code="cheque", label="a cheque", synonyms=["check", "cheque in the post"]),
        Choice(code="credit", label="store credit", synonyms=["voucher", "credit"]),
    ],
)
_COST = Question(id="cost", type="number", text="How much did the course cost in total, in dollars?", min=10, max=5000)
_FIRED = Question(id="fired", type="yes_no", text="Did you glaze and fire a piece yourself?")
_KILNS = Question(id="kiln_loads", type="number", text="How many kiln loads did you fire?", min=0, max=50)
_START = Question(id="started", type="date", text="What day did your course start?")
_SOUND = Question(
    id="finish",
    type="scale",
    text="From one to five, where one is poor, two fair, three good, four very good and five excellent, "
    "how would you rate the finish?",
    min=1,
    max=5,
    labels={1: "poor", 2: "fair", 3: "good", 4: "very good", 5: "excellent"},
)
_PLAIN_LABELS = Question(
    id="glaze",
    type="scale",
    text="From one to four, how would you rate the glazes, poor, fair, good or excellent?",
    min=1,
    max=4,
    labels={1: "poor", 2: "fair", 3: "good", 4: "excellent"},
)
_NPS = Question(id="recommend", type="nps", text="How likely are you to recommend the studio, from 0 to 10?")
_SLOT = Question(
    id="slot",
    type="single_choice",
    text="Were your classes in the morning, in the afternoon, or full days?",
    choices=[
        Choice(code="morning", label="in the morning", synonyms=["morning", "mornings", "a.m.", "before lunch"]),
        Choice(code="afternoon", label="in the afternoon", synonyms=["afternoon", "afternoons", "p.m.", "after lunch"]),
        Choice(code="full_day", label="full days", synonyms=["full day", "all day", "morning and afternoon"]),
    ],
)


def _read(q: Question, text: str):
    return normalise(q, text, today=_TODAY)


@pytest.mark.parametrize(
    "q, text",
    [
        (_PAYOUT, "I don't give out banking details."),
        (_PAYOUT, "We never hand out personal financial information."),
        (_PAYOUT, "Why is that any of your business?"),
        (_FIRED, "How's that any of your concern?"),
        (_COST, "We'd prefer to keep what we paid to ourselves."),
        (_COST, "I'll keep how much I spent to myself, thanks."),
        (_COST, "Not something I'll share on the phone."),
        (_COST, "I'm not discussing money."),
        (_COST, "Sorry, we're not disclosing our finances."),
    ],
)
def test_refusals_with_one_more_word_are_refused(q, text):
    assert _read(q, text).status == "refused"


@pytest.mark.parametrize(
    "q, text, value",
    [
        (_PAYOUT, "Bank transfer, I don't give out cheques any more.", "bank"),  # a choice, then a habit
        (_FIRED, "I'm not going into town for it, but yes, I fired one.", "yes"),  # not a verb of telling
    ],
)
def test_near_refusals_keep_their_value(q, text, value):
    n = _read(q, text)
    assert n.status == "valid" and n.value == value


@pytest.mark.parametrize(
    "q, text",
    [
        (_KILNS, "I wasn't counting, sorry."),
        (_KILNS, "We weren't keeping track."),
        (_START, "I've completely lost track of the days, sorry."),
    ],
)
def test_counts_and_days_not_kept_are_dont_know(q, text):
    assert _read(q, text).status == "dont_know"


def test_track_lost_in_a_story_is_no_dont_know():
    assert _read(_START, "We lost track of time and were late.").status != "dont_know"
    assert _read(_KILNS, "I was counting sheep.").status != "dont_know"


def test_a_middling_label_between_a_label_and_its_intensified_form_is_asked_again():
    assert _read(_SOUND, "Pretty good.").status == "invalid"
    assert _read(_SOUND, "Quite good.").status == "invalid"
    # the labels themselves and a number beside the words keep their readings
    assert _read(_SOUND, "Good.").value == 3
    assert _read(_SOUND, "Very good.").value == 4
    assert _read(_SOUND, "Pretty good, a four.").value == 4
    # no stronger "good" to fall short of: "pretty good" is the label good
    assert _read(_PLAIN_LABELS, "Pretty good.").value == 3


def test_the_top_score_named_without_article_is_the_top_read_back():
    n = _read(_NPS, "Top score.")
    assert n.status == "valid" and n.value == 10 and n.method == "inferred"


def test_out_of_a_possible_top_is_the_scale_said():
    assert _read(_SOUND, "Two out of a possible five.").value == 2
    assert _read(_NPS, "Eight out of a possible ten.").value == 8
    # another scale said that way is still never converted
    assert _read(_SOUND, "Two out of a possible ten.").status == "invalid"


@pytest.mark.parametrize(
    "text, asks",
    [
        ("And five is the top, yeah?", True),
        ("Ten's the best, right?", True),
        ("So one is the worst?", True),
        ("Five, yeah?", False),
        ("Five. It is the top.", False),
        ("Five is the top, I love them.", False),
    ],
)
def test_a_point_asserted_as_an_end_and_asked_back_is_a_question(text, asks):
    assert references.asks_back(text) is asks


def test_a_point_asked_back_as_an_end_stores_nothing():
    survey = {
        "name": "pottery",
        "kind": "survey",
        "questions": [{"id": "tutor", "type": "scale", "text": "From 1 to 5, how was the tutor?", "min": 1, "max": 5}],
    }
    policy = policy_at(survey, "tutor", datetime(2031, 11, 6, 15, tzinfo=timezone.utc))
    assert recorded(policy.respond("And five is the top, yeah?")) == {}


@pytest.mark.parametrize(
    "text, code",
    [
        ("The a.m. ones.", "morning"),
        ("a.m.", "morning"),
        ("the p.m.", "afternoon"),
        ("Morning and afternoon.", "full_day"),
        ("Afternoons.", "afternoon"),
        ("Mornings.", "morning"),
    ],
)
def test_choices_written_with_stops_or_in_the_plural_are_named(text, code):
    n = _read(_SLOT, text)
    assert n.status == "valid" and n.value == code


_ON_TIME = Question(id="on_time", type="yes_no", text="Did the tutor arrive within the time slot you were given?")


@pytest.mark.parametrize("text", ["Nae bother, he was on time.", "No bother, he was on time."])
def test_no_bother_is_no_no(text):
    n = _read(_ON_TIME, text)
    assert n.status == "valid" and n.value == "yes"


def test_no_bother_alone_names_no_answer_and_a_plain_no_stays():
    assert _read(_ON_TIME, "No bother.").status == "invalid"
    assert _read(_ON_TIME, "Nae.").value == "no"


def test_the_idiom_to_be_fair_is_no_label_fair():
    n = _read(_SOUND, "Excellent, no, let me be fair, very good.")
    assert n.status == "valid" and n.value == 4 and n.method == "self-corrected"
    assert _read(_SOUND, "To be fair, good.").value == 3
    # the label itself still counts
    assert _read(_SOUND, "Fair.").value == 2
    assert _read(_SOUND, "Two. Fair at best.").value == 2


_ROOM_USE = Question(
    id="room_use",
    type="single_choice",
    text="What do you mainly use the studio space for, classes, open studio, or storage?",
    choices=[
        Choice(code="classes", label="classes", synonyms=["lessons", "courses"]),
        Choice(code="open_studio", label="open studio", synonyms=["drop in", "practice"]),
        Choice(code="storage", label="storage", synonyms=["store room", "boxes"]),
    ],
)


def test_a_bit_of_everything_to_a_single_choice_is_asked_again():
    assert _read(_ROOM_USE, "Bit of everything, storage and the odd party.").status == "invalid"
    # one singled out as the main one, or "all sorts of" things of one choice, keep that choice
    assert _read(_ROOM_USE, "A bit of everything, but mostly storage.").value == "storage"
    assert _read(_ROOM_USE, "Storage, all sorts of boxes.").value == "storage"


_EXTRAS = Question(
    id="extras",
    type="multi_choice",
    text="Did you buy any extras, a glaze kit, an adjustable wheel, or none of these?",
    choices=[
        Choice(code="kit", label="a glaze kit", synonyms=["glaze kit", "glazes"]),
        Choice(code="wheel", label="an adjustable wheel", synonyms=["adjustable wheel", "electric wheel"]),
        Choice(code="none", label="none of these", synonyms=["none", "nothing"]),
    ],
)


def test_the_bare_code_word_alone_is_read_back():
    n = _read(_EXTRAS, "A wheel.")
    assert n.status == "valid" and n.value == ["wheel"] and n.method == "inferred"
    # the label or a synonym said is the choice itself
    assert _read(_EXTRAS, "An adjustable wheel.").method == "exact"
    assert _read(_EXTRAS, "Glazes.").method == "exact"


_SEVEN = Question(
    id="photos",
    type="scale",
    text="From 1 to 7, how would you rate the photos?",
    min=1,
    max=7,
    labels={1: "very poor", 4: "acceptable", 7: "outstanding"},
)
_IDEAS = Question(id="ideas", type="open", text="Is there anything the studio could do better?")


def test_steps_from_an_end_of_the_scale_are_counted():
    n = _read(_SEVEN, "One below the top.")
    assert n.status == "valid" and n.value == 6 and n.method == "inferred"
    assert _read(_SEVEN, "Two up from the bottom.").value == 3
    assert _read(_SEVEN, "One below outstanding.").value == 6  # from a label, as before
    assert _read(_SEVEN, "One.").value == 1


def test_the_noun_skip_is_no_refusal_and_had_best_not_is():
    said = "The kilns, the skip that never gets emptied, and someone keeps nicking the aprons."
    n = _read(_IDEAS, said)
    assert n.status == "valid" and n.value == said
    assert _read(_IDEAS, "Skip that.").status == "refused"
    assert _read(_IDEAS, "I'd best not, I'm on the committee myself.").status == "refused"
    assert _read(_IDEAS, "It's best not to fire on Mondays.").status == "valid"
