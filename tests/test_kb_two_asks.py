"""Two questions in one turn get both their parts, from one article or from two, each cut to the
item it names; a courier no article names is asked about, not guessed (issue 11). A made-up bakery
that posts its goods, so that no rule leans on the shipped knowledge bases' words; phrasings are
our own, not the corpora's."""

from types import SimpleNamespace

import pytest

from customario.escalation.kb_articles import upsert_article
from customario.escalation.kb_fact import joined_asks
from customario.escalation.kb_two_asks import answer_each_ask
from customario.escalation.kb_words import absent_instances
from customario.escalation.knowledge import search

BAKERY = "bakery_by_post"
ARTICLES = [
    (
        "How long do your bakes stay fresh?",
        "Every box carries a freshness date (usually 4 days for loaf cakes and 10 days for shortbread). "
        "Anything that arrives crushed is baked again and sent free of charge.",
    ),
    (
        "How long does posting take and which couriers do you use?",
        "Boxes ordered before 11 am leave the oven the same day. Posting takes 2 to 3 working days. "
        "Every box travels with UPS or USPS.",
    ),
    ("Can I order a cake with a name on it?", "Any cake can carry up to 20 letters of piped icing for $4."),
    ("Where is your shop?", "Our shop is at 14 Mill Lane, next to the old station."),
    ("Is there parking at the shop?", "Six free spaces behind the shop; the town car park is two minutes away."),
]


@pytest.fixture
def bakery(db):
    for question, answer in ARTICLES:
        upsert_article(db, question, answer, campaign=BAKERY, source="manual", by="test")
    return db


def test_a_question_word_and_its_thing_is_an_ask_of_its_own():
    # A typed turn drops the verb of its second question.
    assert joined_asks("how many days to post and which courier") == ["how many days to post", "which courier"]
    assert joined_asks("what does it cost and what colours") == ["what does it cost", "what colours"]
    # Two words without a question word ask nothing of their own.
    assert joined_asks("shortbread and lemon cake") == ["shortbread and lemon cake"]


def test_both_asks_are_read_when_the_second_drops_its_verb(bakery):
    r = search(bakery, "when do boxes leave and which courier", campaign=BAKERY)
    assert r.confident
    assert "11 am" in r.best["excerpt"] and "UPS or USPS" in r.best["excerpt"]


def test_each_ask_reads_only_the_item_it_names(bakery):
    r = search(bakery, "is a crushed box baked again and how long does shortbread stay fresh", campaign=BAKERY)
    assert r.confident
    excerpt = r.best["excerpt"]
    assert "10 days for shortbread" in excerpt and "baked again" in excerpt
    assert "4 days" not in excerpt


def test_a_courier_guessed_in_a_which_question_is_answered_by_the_one_named(bakery):
    assert absent_instances("Which courier is it, DHL?", ["courier", "dhl"], {"ups", "usps"}) == []
    assert absent_instances("Do you post with DHL?", ["post", "dhl"], {"ups", "usps"}) == ["dhl"]
    assert absent_instances("Do you post with UPS?", ["post", "ups"], {"ups", "usps"}) == []
    r = search(bakery, "which courier do you use, FedEx?", campaign=BAKERY)
    assert r.confident and "UPS or USPS" in r.best["excerpt"]


@pytest.mark.parametrize("text", ["Could the cake come by FedEx?", "is dhl an option for my parcel"])
def test_a_courier_no_article_names_is_not_answered_by_another(bakery, text):
    r = search(bakery, text, campaign=BAKERY)
    assert not r.confident


def test_two_asks_for_two_articles_get_both_parts(bakery):
    r = search(bakery, "where is the shop and is there somewhere to park?", campaign=BAKERY)
    assert r.confident
    assert "Mill Lane" in r.best["excerpt"] and "car park" in r.best["excerpt"]
    assert [a["question"] for a in r.best["asks"]] == ["Where is your shop?", "Is there parking at the shop?"]


def test_two_asks_in_sentences_of_their_own_get_both_parts(bakery):
    r = search(bakery, "How long does shortbread stay fresh? Where is your shop?", campaign=BAKERY)
    assert r.confident
    assert "10 days for shortbread" in r.best["excerpt"] and "Mill Lane" in r.best["excerpt"]


def _stub(answers: dict[str, tuple[int, str]]):
    """A search of one ask: confident with (article id, part) when ``answers`` has the text."""
    asked = []

    def search_one(text):
        asked.append(text)
        found = answers.get(text)
        hit = None
        if found:
            hit = {
                "id": found[0],
                "question": f"Q{found[0]}",
                "answer": found[1],
                "excerpt": found[1],
                "confidence": 0.8,
            }
        return SimpleNamespace(confident=bool(found), best=hit, hits=[hit] if hit else [])

    return search_one, asked


def test_an_ask_that_points_back_is_searched_with_the_leading_topic():
    search_one, asked = _stub(
        {"gift box, what does it cost": (1, "Gift boxes are $12."), "gift box who packs it": (2, "Ana packs them.")}
    )
    result = SimpleNamespace(hits=[{"id": 1, "question": "Q1", "answer": "", "excerpt": "", "confidence": 0.9}])
    answer_each_ask("gift box, what does it cost and who packs it", result, search_one)
    assert asked == ["gift box, what does it cost", "gift box who packs it"]
    assert result.hits[0]["excerpt"] == "Gift boxes are $12. Ana packs them."
    assert result.hits[0]["confidence"] == 0.8


def test_an_ask_not_answered_leaves_the_whole_turn_as_it_was():
    search_one, _ = _stub({"where is the shop": (1, "Mill Lane.")})
    # The whole turn read another article than the answered ask's: its own reading stands.
    before = {"id": 2, "question": "Q2", "answer": "Mill Lane.", "excerpt": "Mill Lane.", "confidence": 0.9}
    result = SimpleNamespace(hits=[dict(before)])
    answer_each_ask("where is the shop and do you sell coffee beans", result, search_one)
    assert result.hits == [before]


def test_half_an_answer_is_not_read_as_the_whole():
    # The whole turn's answer is the answered ask's part, and says nothing of coffee beans, which
    # another article is about (kb20, 5 December: kb_two_asks.hold_half_answer).
    answered = _stub({"where is the shop": (1, "Mill Lane.")})[0]
    beans = {
        "id": 4,
        "question": "Q4",
        "answer": "Beans.",
        "excerpt": "Beans.",
        "confidence": 0.4,
        "matched": ["beans"],
    }

    def search_one(text):
        if text == "do you sell coffee beans":
            return SimpleNamespace(confident=False, best=beans, hits=[beans])
        return answered(text)

    result = SimpleNamespace(
        hits=[{"id": 1, "question": "Q1", "answer": "Mill Lane.", "excerpt": "Mill Lane.", "confidence": 0.9}]
    )
    answer_each_ask("where is the shop and do you sell coffee beans", result, search_one)
    assert result.hits[0]["confidence"] < 0.6
    assert result.hits[0]["unanswered_asks"] == ["do you sell coffee beans"]


def test_one_ask_alone_is_searched_as_before(bakery):
    whole = search(bakery, "where is the shop?", campaign=BAKERY)
    assert whole.confident and "asks" not in whole.best
    same = search(bakery, "where is the shop?", campaign=BAKERY, split_asks=False)
    assert same.best["excerpt"] == whole.best["excerpt"]
