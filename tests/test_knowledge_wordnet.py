"""Knowledge base with WordNet (Debian wordnet-base): related words, the near-miss guard, answers cut
to the fact asked, and the fallback without WordNet (issue 11 item 6)."""

import logging

import pytest

from customario.escalation import kb_words, wordnet
from customario.escalation.kb_import import import_articles
from customario.escalation.kb_articles import upsert_article
from customario.escalation.knowledge import search

PROFILE = "customario/campaigns/salon_reception/knowledge/business_profile.yaml"
STORE_KB = "customario/campaigns/pc_store_support/knowledge/kb.yaml"
needs_wordnet = pytest.mark.skipif(
    not (wordnet.DEFAULT_ROOT / "data.noun").exists(), reason="Debian wordnet-base is not installed"
)


@pytest.fixture
def no_wordnet(monkeypatch, tmp_path):
    """WordNet absent, as on a machine where the wheel is installed without the Debian package."""
    kb_words.related_by_kind.cache_clear()
    monkeypatch.setattr(wordnet, "DEFAULT_ROOT", tmp_path / "no-wordnet")
    yield
    kb_words.related_by_kind.cache_clear()


@pytest.fixture
def learned(db):
    for q, a in (
        ("Can I bring my dog to the salon?", "Service animals are welcome; other pets cannot come inside."),
        ("Do you do eyelash extensions?", "Yes, lash extensions are $120."),
        ("What is your phone number?", "Call us on 555 0100."),
    ):
        upsert_article(db, q, a, campaign="salon_reception", source="supervisor", by="test")
    return db


@needs_wordnet
def test_reader_gives_lemmas_synonyms_derived_forms_and_broader_nouns():
    wn = wordnet.load()
    assert wn is not None
    assert wn.lemmas("daughters", "noun") == ["daughter"]
    assert "child" in wn.lemmas("children", "noun")  # from the exception list
    refund = wn.related("refund")
    assert refund["repay"] == "synonym" and refund["return"] == "synonym"
    assert wn.related("puppy")["dog"] == "broader"
    assert wn.related("manufacturer")["manufacture"] == "derived"
    assert wn.adverb_only("probably") and not wn.adverb_only("late")


@needs_wordnet
def test_a_narrower_word_finds_the_article_but_a_sibling_service_is_a_near_miss(learned):
    found = search(learned, "Can my puppy come in with me?", campaign="salon_reception")
    assert found.confident and found.best["question"] == "Can I bring my dog to the salon?"
    # "hair" is broader than "eyelash": the caller asks about something else, not a kind of it.
    miss = search(learned, "Do you do hair extensions?", campaign="salon_reception")
    assert not miss.confident
    assert "eyelash" in miss.best["refused"]


def test_the_answer_is_the_item_asked_for(db, monkeypatch):
    from conftest import REPO

    monkeypatch.chdir(REPO)
    import_articles(db, PROFILE, campaign="salon_reception")
    phone = search(db, "What's your phone number?", campaign="salon_reception")
    assert phone.confident and "555 0142" in phone.best["excerpt"] and "@" not in phone.best["excerpt"]
    email = search(db, "What is your email address?", campaign="salon_reception")
    assert "hello@lunahair.example" in email.best["excerpt"] and "555" not in email.best["excerpt"]
    weekend = search(db, "Are you open on weekends?", campaign="salon_reception")
    assert weekend.confident and "Saturday 9 am to 5 pm" in weekend.best["excerpt"]
    assert "Tuesday" not in weekend.best["excerpt"]
    kid = search(db, "My daughter's six and needs a trim, how much?", campaign="salon_reception")
    assert kid.confident and "$28" in kid.best["excerpt"]
    assert "junior" not in kid.best["excerpt"]  # a price, not Jonah's bio
    noshow = search(db, "Do you charge for no-shows?", campaign="salon_reception")
    assert noshow.confident and "50%" in noshow.best["excerpt"]


@pytest.fixture
def store(db, monkeypatch):
    from conftest import REPO

    monkeypatch.chdir(REPO)
    import_articles(db, STORE_KB, campaign="pc_store_support")
    return db


@needs_wordnet
def test_a_synonym_from_wordnet_finds_the_article(store):
    res = search(store, "Will you repay me if I send it back?", campaign="pc_store_support")
    assert res.confident and res.best["question"] == "What is your return policy?"
    assert "repay" in res.best["matched"]


def test_a_plural_in_the_answer_is_the_named_thing(store):
    res = search(store, "How long is the warranty on an SSD?", campaign="pc_store_support")
    assert res.confident and "5 years for SSDs" in res.best["excerpt"]
    assert "3 years" not in res.best["excerpt"]


def test_without_wordnet_search_warns_once_and_matches_exact_words(store, learned, no_wordnet, caplog):
    with caplog.at_level(logging.WARNING, logger="customario.escalation.wordnet"):
        exact = search(learned, "Can I bring my dog?", campaign="salon_reception")
        repay = search(store, "Will you repay me if I send it back?", campaign="pc_store_support")
        miss = search(learned, "Do you do hair extensions?", campaign="salon_reception")
    assert exact.confident and exact.best["question"] == "Can I bring my dog to the salon?"
    assert not repay.confident  # no WordNet: "repay" is not known to mean a refund
    assert not miss.confident
    warnings = [r for r in caplog.records if "wordnet-base" in r.getMessage()]
    assert len(warnings) == 1 and "\n" not in warnings[0].getMessage()


def test_the_callers_own_word_picks_the_sentence_and_the_articles_topic_does_not(db, monkeypatch):
    from conftest import REPO

    monkeypatch.chdir(REPO)
    import_articles(db, PROFILE, campaign="salon_reception")
    garage = search(db, "Which street is the garage on?", campaign="salon_reception")
    assert garage.confident and "21st Street" in garage.best["excerpt"] and "metered" not in garage.best["excerpt"]
    park = search(db, "Where can I park?", campaign="salon_reception")
    assert park.confident and "metered" in park.best["excerpt"] and "garage" in park.best["excerpt"]


def test_a_question_that_fits_several_items_equally_is_not_answered_with_one(db, monkeypatch):
    from conftest import REPO

    monkeypatch.chdir(REPO)
    import_articles(db, PROFILE, campaign="salon_reception")
    haircut = search(db, "How much is a haircut?", campaign="salon_reception")
    assert not haircut.confident and "as well" in haircut.best["refused"]
    team = search(db, "Who's on your team?", campaign="salon_reception")
    assert team.confident and "Jonah Park" in team.best["excerpt"] and "Sofia Reyes" in team.best["excerpt"]


def test_the_form_of_the_question_and_a_plural_choose_between_equal_articles(db, store, monkeypatch):
    from conftest import REPO

    monkeypatch.chdir(REPO)
    import_articles(db, PROFILE, campaign="salon_reception")
    how = search(store, "how do i send back an item", campaign="pc_store_support")
    assert how.confident and how.best["question"] == "How do returns and return labels work?"
    assert "label" in how.best["excerpt"]
    listed = search(db, "What treatments do you have?", campaign="salon_reception")
    assert listed.confident and listed.best["question"] == "What services do you offer?"
    one = search(db, "How much is the keratin treatment?", campaign="salon_reception")
    assert one.confident and one.best["excerpt"].startswith("Keratin smoothing treatment is $280")


def test_a_synonym_only_in_a_long_answer_does_not_pick_the_article(store):
    # "where" shares a synonym group with "location", which the return-label answer has
    # ("any carrier location"); it must not make that article the answer to a shipping question.
    res = search(store, "Where do you ship from?", campaign="pc_store_support")
    assert not (res.confident and res.best["question"] == "How do returns and return labels work?")


def test_a_list_naming_the_words_in_different_items_is_no_answer(db, monkeypatch):
    from conftest import REPO

    monkeypatch.chdir(REPO)
    import_articles(db, PROFILE, campaign="salon_reception")
    # The services list has "Men's haircut" and "Single-process colour", not a men's colour.
    for question in ("Do you do men's colour?", "Do you do highlights for men?", "Do you accept checks?"):
        assert not search(db, question, campaign="salon_reception").confident, question
