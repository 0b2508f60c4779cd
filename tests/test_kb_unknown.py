"""Words the knowledge base has never seen (issue 11): a noun that only narrows a word an article
uses on its own ("skin fades") no longer blocks the answer; one that differs from the article's own
modifier ("eyelash" against "hair extensions") still does."""

import pytest

from customario.escalation.kb_suggest import suggestion
from customario.escalation.kb_unknown import used_alone
from customario.escalation.kb_articles import upsert_article
from customario.escalation.knowledge import search

SALON = "salon_reception"


@pytest.fixture
def kb(db):
    from customario.definitions.catalog import resolve_campaign
    from customario.escalation.kb_import import ensure_campaign_knowledge

    ensure_campaign_knowledge(db, resolve_campaign(db, SALON))
    return db


def test_a_kind_of_something_an_article_offers_is_answered(kb):
    result = search(kb, "Do you do skin fades?", campaign=SALON)
    assert result.confident and "fades" in result.best["excerpt"] and "Marcus" in result.best["excerpt"]


def test_a_different_kind_of_the_same_thing_is_still_refused(kb):
    learned, _ = upsert_article(
        kb, "Do you do hair extensions?", "Yes, tape-in hair extensions from $300.", campaign=SALON, source="manual"
    )
    for question in ("Do you do eyelash extensions?", "Can I get eyelash extensions?"):
        result = search(kb, question, campaign=SALON)
        assert not result.confident, question
        # at most offered back ("Are you asking whether we do hair extensions?"), never answered
        offered = suggestion(result)
        assert offered is None or offered["ask"] == "Are you asking whether we do hair extensions?"
    assert search(kb, "Do you do hair extensions?", campaign=SALON).best["id"] == learned["id"]


@pytest.mark.parametrize(
    "term, text, alone",
    [
        ("fades", "Marcus specialises in men's cuts, fades, beard trims.", True),
        ("extensions", "Yes, tape-in hair extensions from $300.", False),
        ("treatments", "Keratin smoothing treatment is $280.", False),
        ("extensions", "We do extensions.", True),
        ("nails", "We do hair.", False),
    ],
)
def test_used_alone(term, text, alone):
    assert used_alone(term, text) is alone


# -- rules from the development corpora's misses (blind2, blind3) ---------------------------------
@pytest.mark.parametrize("question", ["Does the patch test cost anything?", "How much should I tip?"])
def test_a_price_question_is_not_answered_by_a_part_without_a_price(kb, question):
    result = search(kb, question, campaign=SALON)
    assert not result.confident and suggestion(result) is None
    assert "no price" in result.best["refused"]


def test_how_much_notice_is_not_a_price_question(kb):
    result = search(kb, "How much notice do I need to give to cancel?", campaign=SALON)
    assert result.confident and "24 hours" in result.best["excerpt"]


@pytest.mark.parametrize(
    "question", ["Are you open late on Fridays, like after 7?", "What time does the salon shut on Fridays?"]
)
def test_a_plural_weekday_gets_that_day_only(kb, question):
    result = search(kb, question, campaign=SALON)
    assert result.confident and "8 pm" in result.best["excerpt"] and "Tuesday" not in result.best["excerpt"]


def test_a_learned_answer_gives_its_price_from_another_clause(kb):
    upsert_article(
        kb,
        "Do you do perms?",
        "Yes, Priya does perms and body waves; they start at $150 and take about two and a half hours.",
        campaign=SALON,
        source="supervisor",
    )
    result = search(kb, "how much for a perm", campaign=SALON)
    assert result.confident and "$150" in result.best["excerpt"]
