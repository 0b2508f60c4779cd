"""Words the knowledge base has never seen (issue 11): a noun that only narrows a word an article
uses on its own ("skin fades") no longer blocks the answer; one that differs from the article's own
modifier ("eyelash" against "hair extensions") still does."""

import pytest

from customario.escalation.kb_suggest import suggestion
from customario.escalation.kb_unknown import used_alone
from customario.escalation.knowledge import search, upsert_article

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
