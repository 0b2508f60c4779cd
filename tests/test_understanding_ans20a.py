"""Own phrasings (a beekeeping course, a sauna, a tram depot tour, a watch repairer, a falconry
centre) for the classes helper ans20a read from the re-asked and wrong items of answers blind31
and counted across the other development corpora:

- no answer found in memory at an optional open question ("Nothing springs to mind", "Nothing I
  can think of") is a don't-know, as five corpora of six code it; a judgement ("Nothing, it was
  perfect") and "not that I can think of" stay the open answer;
- a denial denied with only its auxiliary ("I wouldn't say it isn't", "it's not like it hasn't, ...")
  is a yes, read back; with more words, or "I can't say ..." (may mean "cannot tell"), unread.
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

TODAY = date(2031, 6, 12)
_HIVE_IDEAS = Question(
    id="hive_ideas", type="open", text="What would make the beekeeping course better?", required=False
)
_SAUNA_NOTES = Question(id="sauna_notes", type="open", text="Any other comments about the sauna?", required=False)
_STRICT_NOTES = Question(
    id="strict", type="open", text="What should the tram depot tour add?", required=False, allow_dont_know=False
)
_HEATED = Question(id="heated", type="yes_no", text="Is the sauna's changing room heated?")
_STRAP = Question(id="strap", type="yes_no", text="Did the watch repairer replace the strap?")
_RETURN = Question(id="return", type="yes_no", text="Would you visit the falconry centre again?")


def _n(q: Question, text: str):
    return normalise(q, text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing springs to mind.",
        "Hmm, nothing really comes to mind right now.",
        "Nothing I can think of.",
        "Nothing that I can recall, sorry.",
        "Um, nothing we can think of off the top of my head.",
        "Sorry, my mind has just gone blank.",
        "I'm drawing a blank.",
    ],
)
def test_no_answer_found_in_memory_is_a_dont_know(text):
    assert _n(_HIVE_IDEAS, text).status == "dont_know"
    assert _n(_SAUNA_NOTES, text).status == "dont_know"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing, it was perfect.",
        "Not that I can think of.",
        "Nothing I can think of beats the honey tasting, keep that.",
        "More protective suits in small sizes.",
    ],
)
def test_a_judgement_or_a_suggestion_is_the_open_answer(text):
    r = _n(_HIVE_IDEAS, text)
    assert r.status == "valid" and r.value == text


def test_no_answer_found_where_no_dont_know_is_allowed_is_asked_again():
    assert _n(_STRICT_NOTES, "Nothing comes to mind.").status == "invalid"
    assert _n(_STRICT_NOTES, "Nothing I can think of.").status == "invalid"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_HEATED, "I wouldn't say it isn't."),
        (_HEATED, "Well, I wouldn't say it isn't, the floor was warm."),
        (_STRAP, "I wouldn't say he didn't, the new one is brown."),
        (_STRAP, "It's not like he didn't."),
        (_HEATED, "It's not like it isn't, I was toasty in there."),
        (_RETURN, "It's not like I wouldn't."),
        (_STRAP, "It's not like it wasn't, it came back on a new strap for no reason."),
    ],
)
def test_a_denial_denied_with_only_its_auxiliary_is_a_yes_read_back(question, text):
    r = _n(question, text)
    assert (r.status, r.value, r.method) == ("valid", "yes", "inferred")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_HEATED, "I wouldn't say it isn't heated much."),  # more words: its degree is unclear
        (_STRAP, "I wouldn't say he didn't, but I'm not sure."),
        (_HEATED, "It's not like it isn't cold in there."),
    ],
)
def test_a_denial_denied_with_more_words_or_a_doubt_is_not_a_yes(question, text):
    r = _n(question, text)
    assert not (r.status == "valid" and r.value == "yes")


# ---------------------------------------------------------------- someone else holds the answer
_SAUNA_FEE = Question(
    id="sauna_fee", type="number", text="How much did you pay for your sauna session, in pounds?", min=0, max=100
)
_FLIGHT_DAY = Question(id="flight_day", type="date", text="When is your next falconry flying lesson?")
_TOUR_KIND = Question(
    id="tour_kind",
    type="single_choice",
    text="Which tram depot tour did you take?",
    choices=[{"code": "short", "label": "the short tour"}, {"code": "full", "label": "the full tour"}],
)
_WATCH_PARTS = Question(
    id="watch_parts",
    type="multi_choice",
    text="Which parts did the watch repairer replace?",
    choices=[
        {"code": "battery", "label": "the battery"},
        {"code": "strap", "label": "the strap"},
        {"code": "glass", "label": "the glass"},
    ],
)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_SAUNA_FEE, "My partner pays for it, ask her."),
        (_SAUNA_FEE, "It all goes on the club account, I never see it."),
        (_FLIGHT_DAY, "How am I supposed to know? Ask the falconer."),
        (_FLIGHT_DAY, "You'd have to ask the centre manager."),
        (_TOUR_KIND, "My brother booked it, I just came along."),
        (_WATCH_PARTS, "I'd have to check, my wife dropped it off."),
    ],
)
def test_someone_else_holds_the_answer_is_a_dont_know(question, text):
    assert _n(question, text).status == "dont_know"


def test_a_figure_or_a_request_beside_someone_else_is_not_a_dont_know():
    assert _n(_SAUNA_FEE, "My partner pays, it's twelve pounds I think.").status != "dont_know"
    assert _n(_SAUNA_FEE, "It goes on my card, about thirty.").value == 30
    r = _n(_HIVE_IDEAS, "Ask the tutors to slow down when they open the hive.")
    assert r.status == "valid"
    assert _n(_FLIGHT_DAY, "How would I know if it's on? Is it the 20th?").status != "dont_know"


# ---------------------------------------------------------------- a choice described, not named
_BIRD = Question(
    id="bird",
    type="single_choice",
    text="Which bird did you fly at the falconry centre?",
    choices=[
        {"code": "owl", "label": "an owl"},
        {"code": "hawk", "label": "a hawk"},
        {"code": "falcon", "label": "a falcon"},
    ],
)
_SITTER_PET = Question(
    id="sitter_pet",
    type="single_choice",
    text="Which animal did the pet sitter look after, a dog, a cat, or both?",
    choices=[
        {"code": "dog", "label": "a dog"},
        {"code": "cat", "label": "a cat"},
        {"code": "both", "label": "both a dog and a cat"},
    ],
)
_CHEESES = Question(
    id="cheeses",
    type="multi_choice",
    text="Which cheeses did you taste at the dairy?",
    choices=[
        {"code": "cheddar", "label": "cheddar"},
        {"code": "brie", "label": "brie"},
        {"code": "stilton", "label": "stilton"},
    ],
)


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_BIRD, "The one that hoots.", "owl"),
        (_SITTER_PET, "Oh, the one that purrs.", "cat"),
        (_CHEESES, "The blue one.", ["stilton"]),
        (_CHEESES, "The soft one and the blue one.", ["brie", "stilton"]),
        (_CHEESES, "The soft French ones.", ["brie"]),
    ],
)
def test_a_choice_described_by_what_its_definition_says_is_read_back(question, text, value):
    r = _n(question, text)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_BIRD, "The fast one."),  # no definition points at one bird
        (_BIRD, "The third one, the one that hoots."),  # not shaped as descriptions only
        (_SITTER_PET, "The one that purrs and the one that hoots."),  # two described, one choice asked
        (_CHEESES, "The crumbly one."),
    ],
)
def test_a_description_that_points_at_no_single_choice_is_not_read(question, text):
    from customario.dialogue import choice_described
    from customario.dialogue.spoken import clean

    assert choice_described.described(question, clean(text)) == []


def test_a_position_or_a_rank_is_no_description():
    from customario.dialogue import choice_described

    for text in ("the second one", "the last one", "the cheaper one", "the middle one"):
        assert choice_described.described(_BIRD, text) == []


# ---------------------------------------------------------------- another person's part beside the caller's
_TASTED_MEAD = Question(id="mead", type="yes_no", text="Did you taste the mead at the beekeeping open day?")
_USES_ROBE = Question(id="robe", type="yes_no", text="Do you use the sauna's robe service?")


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        (_TASTED_MEAD, "My brother did, I didn't.", "no"),
        (_TASTED_MEAD, "I didn't, but the kids did.", "no"),
        (_USES_ROBE, "My partner does, I don't.", "no"),
        (_USES_ROBE, "My daughter doesn't, I do.", "yes"),
    ],
)
def test_the_callers_own_part_beside_anothers_is_read_back(question, text, value):
    r = _n(question, text)
    assert (r.status, r.value, r.method) == ("valid", value, "inferred")


def test_the_same_part_for_both_is_not_read_back_for_it():
    r = _n(_TASTED_MEAD, "Yes, I did and my brother did too.")
    assert (r.status, r.value) == ("valid", "yes")


def test_a_decision_not_made_yet_by_the_household_is_a_dont_know():
    r = _n(_RETURN, "We haven't decided yet.")
    assert r.status == "dont_know"
    assert _n(_RETURN, "We haven't decided yet, probably yes though.").status != "dont_know"
