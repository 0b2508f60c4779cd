"""Voice classes of 7 December 2026 (issue 11, stop 52), read from the answers blind62 voice sample.

- A promise withheld ("I'd rather not commit to a date", "sooner not promise anything") is a
  refusal the parser codes; the closed questions' models now have a path for its words.
- A rating changed with its indefinite article ("make it a nine, not a seven") is in the change
  frames of the questions asked after it.
- A group counted with "of us" ("there were five of us") is in the model of a question that counts
  people, and in the change frames of the questions asked after it.
- A question skipped with "that one" or a head ("I'll skip that one", "I'd rather skip it") is a
  refusal the models know (from the answers blind59 voice sample).
"""

import pytest

from customario.conversation.voice.phrases import (
    correction_phrases,
    decoder_phrases,
    people_counted_forms,
)
from customario.conversation.voice.refusal_forms import committing_forms, refusal_forms
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise

KAYAK = {
    "name": "kayak_tour",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "guide", "type": "scale", "text": "From 1 to 5, how was your guide?", "min": 1, "max": 5},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the tour?"},
        {"id": "party", "type": "number", "text": "How many people came on the tour with you, counting yourself?",
         "min": 1, "max": 30},
        {"id": "fee", "type": "number", "text": "How much did you pay, in dollars?", "min": 0, "max": 900},
        {"id": "again", "type": "date", "text": "When are you thinking of coming back?"},
        {"id": "lunch", "type": "yes_no", "text": "Did you have the picnic lunch?"},
    ],
}  # fmt: skip


def _campaign():
    return parse_definition(KAYAK, "test")


# --- a promise withheld ------------------------------------------------------------------------


def test_committing_forms_are_refusal_forms():
    forms = committing_forms()
    assert "i'd rather not commit to a date" in forms
    assert "i'd sooner not promise anything" in forms
    assert set(forms) <= set(refusal_forms())


@pytest.mark.parametrize("qid", ["guide", "recommend", "party", "again", "lunch"])
def test_every_committing_form_is_coded_refused(qid):
    q = _campaign().question(qid)
    for form in committing_forms():
        assert normalise(q, form).status == "refused", form


def test_the_date_model_holds_a_promise_withheld():
    assert "rather not commit to anything" in decoder_phrases(_campaign().question("again"))


# --- a rating changed with its article ---------------------------------------------------------


def test_rating_change_frames_carry_the_article():
    c = _campaign()
    frames = correction_phrases(c.questions[:2])
    assert "make it a four" in frames
    assert "make that an eight" in frames
    assert "not an eleven" not in frames  # the nps range ends at ten
    assert "not a one" in frames and "make it an one" not in frames


def test_a_count_is_not_changed_with_an_article():
    frames = correction_phrases([_campaign().question("fee")])
    assert not any(f.startswith("make it a ") and f.split()[-1] == "seven" for f in frames)


@pytest.mark.parametrize(
    "said, value",
    [("make it a four, not a three", 4), ("sorry, the guide one, make that a two not a five", 2)],
)
def test_the_parser_reads_the_article_frames(said, value):
    assert normalise(_campaign().question("guide"), said).value == value


# --- a group counted with "of us" --------------------------------------------------------------


def test_people_counted_forms_only_for_a_count_of_people():
    c = _campaign()
    forms = people_counted_forms(c.question("party"))
    assert "there were four of us" in forms and "the two of us" in forms
    assert not any(f.startswith(("one ", "there were one")) for f in forms)  # a group is two or more
    assert people_counted_forms(c.question("fee")) == []
    assert people_counted_forms(c.question("guide")) == []


def test_people_counted_forms_are_read_as_their_number():
    q = _campaign().question("party")
    assert normalise(q, "there were nine of us").value == 9
    assert normalise(q, "the three of us").value == 3
    for form in people_counted_forms(q):
        assert normalise(q, form).status == "valid", form


def test_the_party_model_and_later_change_frames_hold_the_group_count():
    c = _campaign()
    assert "there were six of us" in decoder_phrases(c.question("party"))
    assert "there were six of us" in correction_phrases([c.question("party")])


# --- a question skipped with "that one" or a head of intention -----------------------------------


def test_skip_forms_with_that_one_and_a_head():
    forms = refusal_forms()
    for form in ("skip that one", "i'll skip that one", "i'll skip it", "i'd rather skip this one"):
        assert form in forms


@pytest.mark.parametrize("qid", ["guide", "party", "again", "lunch"])
def test_every_skip_form_is_coded_refused(qid):
    from customario.conversation.voice.refusal_forms import SKIP_FORMS

    q = _campaign().question(qid)
    for form in SKIP_FORMS:
        assert normalise(q, form).status == "refused", form
