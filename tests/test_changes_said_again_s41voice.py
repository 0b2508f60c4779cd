"""A change of an earlier answer said again at the question it changes, at a glass-blowing
workshop's survey of the test's own (issue 11, voice of 5 December 2026, stop 41).

When the new value of a change is not understood ("go back to the pieces" and the rest lost, as
the telephone band often loses it), the agent takes the caller back to that question ("Sure, let's
go back to that one."). A caller then says their change again in the same words: "go back to the
pieces, it was four, not three" is, as a whole, no number, so it had been asked again until the
caller gave up. At the question the caller was taken back to, the one value its clauses give is the
answer, read back; two values, or an out-of-range one, are still asked again, and nothing is
stored unconfirmed. The policy only, no recogniser.
"""

from datetime import datetime, timezone

from survey_helpers import policy_at, recorded, said

NOW = datetime(2031, 5, 14, 12, tzinfo=timezone.utc)
WORKSHOP = {
    "name": "glass_workshop",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "visited_on", "type": "date", "text": "On what date did you come to the workshop?",
         "aliases": ["date", "day we came"]},
        {"id": "pieces", "type": "number", "text": "How many pieces did you blow?", "min": 0, "max": 8,
         "aliases": ["pieces", "how many pieces"]},
        {"id": "rating", "type": "scale", "text": "How would you rate the tutor, from 1 to 5?", "min": 1, "max": 5},
        {"id": "again", "type": "yes_no", "text": "Would you come again?"},
    ],
}  # fmt: skip


def _taken_back_to_pieces(confidence=None):
    """A policy at the last question that took the caller back to the pieces (answered three)."""
    policy = policy_at(WORKSHOP, "visited_on", NOW)
    for answer, value in (("the tenth of May", "2031-05-10"), ("three", 3), ("four", 4)):
        assert list(recorded(policy.respond(answer)).values()) == [value]
    actions = policy.respond("go back to the pieces", confidence=confidence)
    assert "go back" in said(actions).lower() and policy.current.id == "pieces"
    return policy


def test_the_change_said_again_in_the_same_words_is_read_back_and_stored_on_yes():
    policy = _taken_back_to_pieces()
    actions = policy.respond("Go back to the pieces, it was four, not three.")
    assert "four" in said(actions) and policy.phase == "confirm" and not recorded(actions)
    actions = policy.respond("yes")
    assert recorded(actions) == {"pieces": 4} and policy.current.id == "again"


def test_spoken_without_commas_it_is_read_back_too():
    policy = _taken_back_to_pieces(confidence=0.9)
    actions = policy.respond("sorry the pieces i made four not three", confidence=0.9)
    assert "four" in said(actions) and policy.phase == "confirm" and not recorded(actions)


def test_a_no_to_the_read_back_stores_nothing():
    policy = _taken_back_to_pieces()
    policy.respond("Go back to the pieces, it was four, not three.")
    actions = policy.respond("no")
    assert not recorded(actions) and policy.current.id == "pieces"


def test_an_out_of_range_value_is_never_the_one_taken_back():
    policy = _taken_back_to_pieces()
    actions = policy.respond("Go back to the pieces, it was eleven, not seven.")
    assert not recorded(actions) and policy.phase == "question" and "seven" not in said(actions)


def test_two_new_values_are_asked_again():
    policy = _taken_back_to_pieces()
    actions = policy.respond("Go back to the pieces, it was four, or maybe five.")
    assert not recorded(actions) and policy.phase == "question"


def test_a_plain_answer_there_is_taken_as_before():
    policy = _taken_back_to_pieces()
    assert recorded(policy.respond("Five.")) == {"pieces": 5} and policy.current.id == "again"


def test_the_same_words_at_a_question_asked_in_order_are_unchanged():
    # Not taken back: the words name the question being asked, whose value it gives (read back or
    # stored as before this change); the new rule does not apply.
    policy = policy_at(WORKSHOP, "pieces", NOW)
    before = policy.respond("Go back to the pieces, it was four, not three.")
    assert recorded(before) in ({}, {"pieces": 4}) and "three" not in said(before)


def test_the_same_words_after_a_no_are_not_read_back_as_the_same_value_again():
    # A no to the read-back means the words were misread (answers blind24's "the last time I
    # charged" read as one charging session): read so again, they would be misread again.
    policy = _taken_back_to_pieces()
    policy.respond("Go back to the pieces, it was four, not three.")
    policy.respond("no")
    actions = policy.respond("Go back to the pieces, it was four, not three.")
    assert not recorded(actions) and "I heard four" not in said(actions)
