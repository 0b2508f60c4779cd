"""Classes from the held-out kb blind16's wrong answers (4 December 2026), in the team's own
phrasings for a bike shop's article: a sentence that joins two rules with ", and" is read only as
far as the asked kind of fact goes (customario.escalation.kb_fact.asked_part), and "time frame",
"timeline" and "turnaround" ask for a duration (customario.escalation.kb_fact.asked_fact)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_fact import asked_fact, asked_part

_REPAIRS = {
    "kind": "articles",
    "question": "How do bike repairs work?",
    "answer": (
        "Drop the bike off at the workshop and we call you with a quote before any work starts. "
        "Repairs are ready 2 to 3 working days after we get the bike, and repairs over $150 need a deposit first."
    ),
}


@pytest.mark.parametrize(
    "query",
    [
        "when would my repair be ready, dropped it off this morning",
        "what's the turnaround before my repair is ready?",
        "how long till my repair is ready after I leave it with you?",
    ],
)
def test_the_clause_with_the_asked_duration_is_read_without_the_rule_beside_it(query):
    part = asked_part(query, _REPAIRS, _REPAIRS["answer"].split(". ")[1])
    assert part == "Repairs are ready 2 to 3 working days after we get the bike."


@pytest.mark.parametrize(
    "query",
    [
        "do big repairs need anything up front?",  # a yes/no about the second rule: the sentence stays whole
        "how do repairs work?",  # the article's own question: nothing narrows it
    ],
)
def test_a_question_about_the_rest_of_the_sentence_keeps_it(query):
    # (a duration asked in the article's own words only, "how long do repairs take?", also keeps the
    # sentence whole: nothing in the question chooses between its clauses)
    part = asked_part(query, _REPAIRS, _REPAIRS["answer"].split(". ")[1])
    assert part is None or "$150" in part


@pytest.mark.parametrize(
    "query", ["refund time frame?", "what's the timeline for a repair", "turnaround on a service?"]
)
def test_time_frame_words_ask_a_duration(query):
    assert asked_fact(query) == "duration"
