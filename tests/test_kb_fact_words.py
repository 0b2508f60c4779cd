"""Words that only shape a question by the kind of fact it asks (issue 11): "how long" is answered
by a duration the answer states, not by the word "long" (kb_fact_kind.fact_words_held). Our own
phrasings, on a bicycle shop."""

from customario.escalation.kb_articles import upsert_article
from customario.escalation.kb_fact_kind import fact_words_held
from customario.escalation.knowledge import search

ROWS = [
    {"id": 1, "answer": "Frames carry a 10-year guarantee and wheels 2 years."},
    {"id": 2, "answer": "We service every brand of bicycle."},
    {"id": 3, "answer": "How long a tune-up takes depends on the bike."},
]


def test_a_duration_question_is_held_by_an_answer_that_states_a_duration():
    strong, weak = {"long": {3}}, {}
    fact_words_held("how long is the guarantee on a frame?", ["long", "guarantee", "frame"], ROWS, strong, weak)
    assert weak == {"long": {1}}  # the article that has the word keeps its own match


def test_no_fact_kind_asked_or_no_such_fact_stated_holds_nothing():
    weak: dict = {}
    fact_words_held("do you have a long-tail cargo bike?", ["long", "tail", "cargo"], ROWS, {}, weak)
    assert weak == {}  # "long" here names a bike, no duration is asked
    fact_words_held("is a 250 W motor enough?", ["motor", "enough"], ROWS, {}, weak)
    assert weak == {}  # a wattage asked, none stated


def test_how_long_a_guarantee_lasts_is_answered_from_the_guarantee(db):
    for q, a in (
        ("What guarantee do your bikes have?", ROWS[0]["answer"]),
        ("Which brands do you service?", ROWS[1]["answer"]),
        ("Do you sell helmets?", "Yes, helmets from 40 dollars."),
        ("Where are you?", "On Harbour Road, next to the ferry."),
    ):
        upsert_article(db, q, a, campaign="bike_shop", source="manual")
    result = search(db, "how long is the guarantee on the frame?", campaign="bike_shop")
    assert result.confident and "10-year" in result.best["excerpt"]
    # a near miss on the same words stays unanswered: no article states a guarantee on a battery
    assert not search(db, "how long is the guarantee on a battery?", campaign="bike_shop").confident
