"""Typed survey answers, classes found in answers blind39, blind40 and blind42 (stop 42, helper
ans2), in the team's own phrasings (a cider farm, a museum, a spa, a bowling alley, a boat trip):

- refusals without a refusal word: the question waved past, privacy claimed of nobody, the kind of
  thing asked for withheld, "next one" said alone;
- a run of places not chosen between ("the first two or three") is asked again, never a don't-know;
- members of a choice's kind when its name is a compound WordNet knows ("a merlot" for red wine,
  "the port" for dessert wine, "the pink one" for rose), every reading read back;
- none said by an idiom or the question's own kind ("Not a drop", "No extras at all"), every part
  said ("every single bit of it"), a choice's name by its initials ("the gm");
- a choice described by a noun phrase or a quality and what it has; a choice taken back as another
  occasion's ("we did the tomb last time");
- yes and no: "I can't say it didn't fit" (the question's own word), "no complaints", antonyms of
  "smooth" and of a time window, a mock yes undone by its condition, faint praise;
- don't-know: "lost count" with a reason, "hard to judge", "didn't look, I just ...";
- an earlier answer changed by restating its subject while another question is asked;
- opt-outs: "I want my number off your system", "take this number off for good".
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import optout
from customario.dialogue.answers import normalise
from tests.survey_helpers import policy_at, recorded

_CIDERS = Question(
    id="ciders",
    type="multi_choice",
    text="Which wines did you try with your meal, red, white, rose, sparkling or dessert wine, or none of these?",
    choices=[
        Choice(code="red", label="red", synonyms=["red wine", "reds"]),
        Choice(code="white", label="white", synonyms=["white wine", "whites"]),
        Choice(code="rose", label="rose", synonyms=["rose wine"]),
        Choice(code="sparkling", label="sparkling", synonyms=["sparkling wine"]),
        Choice(code="dessert", label="dessert wine", synonyms=["sweet wine"]),
        Choice(code="none", label="none of these", synonyms=["none"]),
    ],
)
_TREATMENTS = Question(
    id="treatments",
    type="multi_choice",
    text="Which treatments did you have, a massage, a facial, the sauna, or the mud wrap?",
    choices=[
        Choice(code="massage", label="a massage", synonyms=["massage"]),
        Choice(code="facial", label="a facial", synonyms=["facial"]),
        Choice(code="sauna", label="the sauna", synonyms=["sauna"]),
        Choice(code="wrap", label="the mud wrap", synonyms=["mud wrap", "wrap"]),
    ],
    aliases=["treatments", "extras"],
)
_HIGHLIGHTS = Question(
    id="highlights",
    type="multi_choice",
    text="What did you like, the lanes, the bar, the music, the party host or the prizes?",
    choices=[
        Choice(code="lanes", label="the lanes"),
        Choice(code="bar", label="the bar"),
        Choice(code="music", label="the music"),
        Choice(code="host", label="the party host", synonyms=["party host", "host"]),
        Choice(code="prizes", label="the prizes"),
    ],
)
_WING = Question(
    id="wing",
    type="single_choice",
    text="Which wing did you visit, the Egyptian galleries, the psychiatric hospital exhibit, or the railway hall?",
    choices=[
        Choice(code="ancient", label="the pharaoh galleries", synonyms=["pharaoh", "pharaohs"]),
        Choice(code="asylum", label="the asylum exhibit", synonyms=["asylum"]),
        Choice(code="rail", label="the railway hall", synonyms=["railway", "trains"]),
    ],
)
_SMOOTH = Question(id="smooth", type="yes_no", text="Was the crossing smooth?")
_FIT = Question(id="fit", type="yes_no", text="Did the wetsuit you were given fit you properly?")
_WINDOW = Question(id="window", type="yes_no", text="Did the plumber arrive within the time window you were given?")
_PRICE = Question(id="price", type="number", text="How much did you pay per person, in US dollars?", min=0, max=500)
_GUESTS = Question(id="guests", type="number", text="How many guests came to the party, counting you?", min=1, max=60)
_RATING = Question(id="rating", type="scale", text="How relaxing was the spa, from one to five?", min=1, max=5)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_PRICE, "Honestly, that's nobody's business."),
        (_PRICE, "I'm not discussing money with a robot."),
        (_GUESTS, "Let's move past that one."),
        (_GUESTS, "I'd rather skip over that question."),
        (_TREATMENTS, "I'll give that one a miss, thanks."),
        (_TREATMENTS, "Not something I'm willing to share."),
        (_TREATMENTS, "I really don't want to get into that."),
        (_GUESTS, "We never give that sort of information out."),
        (_GUESTS, "Nah, next one."),
        (_SMOOTH, "Move on, please."),
        (_GUESTS, "Can we leave that one blank?"),
    ],
)
def test_refusals_without_a_refusal_word(question, text):
    assert normalise(question, text).status == "refused"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_PRICE, "It was nobody's fault, forty dollars."),  # a value, not a refusal
        (_TREATMENTS, "The massage, and we moved on to the sauna."),
        (_TREATMENTS, "The next one after the facial."),
    ],
)
def test_near_misses_of_refusals_are_not_refusals(question, text):
    assert normalise(question, text).status != "refused"


def test_a_run_of_places_not_chosen_between_is_asked_again_not_a_dont_know():
    for text in ("The first two or three, not sure.", "The last two or so, I can't remember."):
        assert normalise(_HIGHLIGHTS, text).status == "invalid", text
    assert normalise(_HIGHLIGHTS, "The first two.").value == ["lanes", "bar"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("A merlot and a riesling.", ["red", "white"]),
        ("Just a glass of zinfandel.", ["red"]),
        ("The port with the cheese, and some whites.", ["white", "dessert"]),
        ("Whites. And the pink one.", ["white", "rose"]),
        ("The champagne-style one.", ["sparkling"]),
    ],
)
def test_members_of_a_compound_kind_name_the_choice_read_back(text, codes):
    got = normalise(_CIDERS, text)
    assert (got.status, got.value, got.method) == ("valid", codes, "inferred")


def test_a_member_of_no_choice_is_asked_again():
    assert normalise(_CIDERS, "A pint of lager.").status == "invalid"


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_CIDERS, "Not a drop, I was driving.", ["none"]),
        (_CIDERS, "We didn't try none of them.", ["none"]),
        (_TREATMENTS, "No extras at all, just a swim.", []),
        (_TREATMENTS, "Didn't book any treatments, mate.", []),
    ],
)
def test_none_said_by_an_idiom_or_by_the_question_s_own_kind(question, text, value):
    got = normalise(question, text)
    assert (got.status, got.value) == ("valid", value)


def test_no_before_a_choice_is_that_choice_ruled_out_not_none():
    got = normalise(_TREATMENTS, "No extras, just the facial.")
    assert got.value == ["facial"]
    got = normalise(_CIDERS, "Not a drop of the red, only white.")
    assert got.value == ["white"]


def test_every_part_said_is_every_choice_and_one_part_of_a_choice_is_that_choice():
    assert normalise(_HIGHLIGHTS, "Every single bit of it!").value == ["lanes", "bar", "music", "host", "prizes"]
    assert normalise(_HIGHLIGHTS, "Every part of the music.").value == ["music"]


def test_a_choice_named_by_its_initials_is_read_back_and_a_word_is_never_initials():
    got = normalise(_HIGHLIGHTS, "the lanes n the ph")
    assert (got.value, got.method) == (["lanes", "host"], "inferred")
    assert normalise(_HIGHLIGHTS, "lanes, to be fair").value == ["lanes"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The spooky old hospital.", "asylum"),
        ("The Egyptian one with the sarcophagus.", "ancient"),
    ],
)
def test_a_choice_described_by_a_noun_phrase_or_quality_is_read_back(text, code):
    got = normalise(_WING, text)
    assert (got.status, got.value, got.method) == ("valid", code, "inferred")


def test_a_description_that_fits_no_choice_clearly_is_asked_again():
    assert normalise(_WING, "The big one.").status == "invalid"
    assert normalise(_WING, "The one my cousin liked.").status == "invalid"


def test_a_choice_taken_back_as_another_occasion_leaves_the_new_one():
    got = normalise(_WING, "Railway hall. No, wait, we did the railway hall last time. Today it was the asylum.")
    assert (got.status, got.value) == ("valid", "asylum")
    assert normalise(_WING, "Railway hall. No wait, the railway hall was great, then the asylum.").status == "invalid"


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_FIT, "I can't say it didn't fit.", "yes"),
        (_SMOOTH, "I can't say it wasn't smooth, it was glorious.", "yes"),
        (_SMOOTH, "Yep, no complaints.", "yes"),
        (_SMOOTH, "Choppy. Really choppy.", "no"),
        (_SMOOTH, "Not rough at all.", "yes"),
        (_WINDOW, "Late, very late.", "no"),
        (_FIT, "Oh sure, it fitted, if a bin bag counts as a wetsuit.", "no"),
    ],
)
def test_yes_and_no_said_otherwise(question, text, value):
    got = normalise(question, text)
    assert (got.status, got.value) == ("valid", value), got
    assert got.method in ("inferred", "exact", "phrase")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_SMOOTH, "I can't say we didn't wobble."),  # not the question's own word: unread
        (_FIT, "I can't say it didn't fit, but it pinched."),
        (_SMOOTH, "Smoother than the ferry, which isn't saying much."),
    ],
)
def test_yes_no_with_no_safe_reading_is_asked_again(question, text):
    assert normalise(question, text).status == "invalid"


def test_a_yes_with_a_hedge_condition_stays_yes():
    assert normalise(_FIT, "Oh yes, a good fit, if a little snug.").value == "yes"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_GUESTS, "I lost count, there were loads of kids running about."),
        (_RATING, "Hard to judge, I fell asleep on the lounger."),
        (_RATING, "No idea, I've never had one before so I can't compare."),
        (_RATING, "Didn't notice, honestly, I just grabbed my robe and left."),
    ],
)
def test_dont_know_said_with_a_reason(question, text):
    assert normalise(question, text).status == "dont_know"


def test_a_figure_beside_a_dont_know_still_gives_the_value():
    got = normalise(_RATING, "Hard to judge, a four maybe.")
    assert (got.status, got.value) == ("valid", 4)
    assert normalise(_RATING, "Not sure, I'd give it one.").value == 1


_TRIP = {
    "name": "boat_trip",
    "kind": "survey",
    "organisation": "Harbour Boats",
    "opening": "Hi, a quick survey about your boat trip?",
    "closing": "Thanks, bye.",
    "questions": [
        {
            "id": "party",
            "type": "number",
            "text": "How many people were in your party, counting you?",
            "min": 1,
            "max": 20,
        },
        {
            "id": "deck",
            "type": "single_choice",
            "text": "Where did you sit, the upper deck or the cabin?",
            "choices": [{"code": "upper", "label": "the upper deck"}, {"code": "cabin", "label": "the cabin"}],
        },
        {"id": "snacks", "type": "yes_no", "text": "Did you buy any snacks on board?"},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend us, zero to ten?"},
    ],
}
_NOW = datetime(2032, 7, 2, 12, tzinfo=timezone.utc)


def _at(question_id: str, answers: dict[str, str]):
    p = policy_at(_TRIP, "party", _NOW)
    for qid, said in answers.items():
        p._ask(p.campaign.question(qid))
        p.respond(said)
        if p.phase == "confirm":
            p.respond("yes")
    p._ask(p.campaign.question(question_id))
    return p


@pytest.mark.parametrize(
    ("at", "text", "target", "value"),
    [
        ("deck", "Before we go on, there were six of us, not five.", "party", 6),
        ("recommend", "Oh, and we did buy snacks, I forgot, so yes to that.", "snacks", "yes"),
    ],
)
def test_an_earlier_answer_changed_by_restating_its_subject_is_read_back(at, text, target, value):
    p = _at(at, {"party": "five", "deck": "the cabin", "snacks": "no"} if at == "recommend" else {"party": "five"})
    p.respond(text)
    assert p.phase == "confirm" and p.pending["question"].id == target
    assert recorded(p.respond("yes")) == {target: value}


def test_words_that_answer_the_current_question_change_nothing_earlier():
    p = _at("deck", {"party": "five"})
    out = p.respond("Actually the upper deck, there were five of us.")
    assert p.phase == "confirm" or recorded(out).get("deck") == "upper"
    assert "party" not in recorded(out)


@pytest.mark.parametrize(
    "text",
    [
        "That's all. And I want my number off your system after this.",
        "You ring every week. Take this number off for good.",
    ],
)
def test_opt_outs_said_as_a_wish_or_with_for_good(text):
    assert optout.detect(text).kind == "opt-out"


@pytest.mark.parametrize("text", ["I want it off the list of chores.", "I'd like my name off your waiting list."])
def test_near_misses_of_opt_outs(text):
    assert optout.detect(text).kind == "none"
