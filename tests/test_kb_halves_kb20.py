"""Classes of knowledge-base questions read in kb blind26 (issue 11, helper kb20, 5 December 2026),
each in the team's own phrasings on a made-up tailor's profile:

- "Which of your people / crew / employees does X?" asks for the person who does X, never the list
  of services (:func:`kb_staff.one_specialist`, :func:`kb_plain.plain_question`);
- a turn asking two things is not answered by half: when one ask has no confident answer and the
  other's answer would be read as the whole, the turn is held back and says which ask is known and
  which is not; a second question that depends on the first ("and if not, ...") is an ask of its
  own (:func:`kb_two_asks.hold_half_answer`);
- one more of a thing a service only includes ("a second fitting") is not that service's price
  (:func:`kb_service.one_more_of_included`);
- a thing named by words of two services' names ("a hem for a child") is neither service
  (:func:`kb_service.names_two_services`).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from customario.escalation.kb_import import import_articles
from customario.escalation.kb_suggest import suggestion
from customario.escalation.kb_two_asks import _asks, hold_half_answer
from customario.escalation.knowledge import search

TAILOR = "tailor_desk"
PROFILE = """
business:
  name: Needle Row Tailors
  phone: "+1 312 555 0177"
  email: hello@needlerow.example
hours:
  mon: closed
  tue: "09:00-18:00"
  wed: "09:00-18:00"
  thu: "09:00-18:00"
  fri: "09:00-18:00"
  sat: "10:00-16:00"
  sun: closed
services:
  - {name: Trouser hem, price_cents: 1500, duration_min: 30}
  - {name: Children's uniform alteration, price_cents: 1200, duration_min: 30, note: for children under 14}
  - {name: Wedding dress alteration, price_cents: 25000, duration_min: 90, note: first fitting included}
  - {name: Suit tailoring, price_cents: 12000, duration_min: 60}
  - {name: Zip replacement, price_cents: 1800, duration_min: 40}
staff:
  - {name: Ines Duarte, role: owner and master tailor, specialties: [wedding dresses, suit tailoring]}
  - {name: Tom Reed, role: junior tailor, specialties: [trouser hems, zip replacements]}
location:
  address: 41 Wabash Court, Chicago, IL 60605
  directions: Next to the flower market, three minutes from the Roosevelt station.
parking: Meters on Wabash Court until 8 pm; a public garage is on 11th Street.
policies:
  collection: Garments not collected within 60 days are given to charity.
  fittings: A first fitting is booked 7 days before a wedding dress alteration is collected.
"""


@pytest.fixture
def kb(db, tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    import_articles(db, path, campaign=TAILOR)
    return db


def _answer(kb, text: str) -> str | None:
    result = search(kb, text, campaign=TAILOR)
    return result.best["excerpt"] if result.confident else None


# --- the person asked for, not the list of services ---------------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        ("Which of your people does zip replacements?", "Tom Reed"),
        ("which of your crew takes care of hems", "Tom Reed"),
        ("Which of your employees handles wedding dresses?", "Ines Duarte"),
        ("Which member of staff does suit tailoring?", "Ines Duarte"),
    ],
)
def test_which_of_your_people_is_the_person_who_does_it(kb, text, person):
    answer = _answer(kb, text)
    assert answer is not None and person in answer, answer
    assert "We offer" not in answer


# --- two asks, one answered -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, second",
    [
        (
            "Are you open on Mondays, and if not, what's the earliest weekday I could drop off?",
            "what's the earliest weekday I could drop off",
        ),
        ("is Sunday a working day for you, and if you're not, which day do you reopen?", "which day do you reopen"),
    ],
)
def test_a_second_ask_that_depends_on_the_first_is_its_own_ask(text, second):
    asks = _asks(text)
    assert len(asks) == 2 and asks[1] == second, asks


def test_a_turn_answered_by_half_is_held_back_and_says_which_half(kb):
    result = search(
        kb, "Are you open on Mondays, and if not, what's the first day of the week you are?", campaign=TAILOR
    )
    assert not result.confident
    best = result.best
    assert best["unanswered_asks"] == ["what's the first day of the week you are"]
    assert [a["ask"] for a in best["answered_asks"]] == ["Are you open on Mondays"]
    assert "closed" in best["answered_asks"][0]["excerpt"].lower()
    # The known half is never offered as if it were the whole ("Are you asking about ...?").
    assert suggestion(result) is None


def test_a_dependent_second_ask_another_article_answers_gets_both_parts(kb):
    answer = _answer(kb, "Is the shop open on Monday, and if not, which is the first weekday you open?")
    assert answer is not None and "closed on Mondays" in answer and "Tuesday 9 am" in answer, answer


def _sub(confident: bool, hit_id: int = 0, excerpt: str = "", matched: tuple[str, ...] = ()):
    hit = {
        "id": hit_id,
        "question": f"Q{hit_id}",
        "answer": excerpt,
        "excerpt": excerpt,
        "confidence": 0.8 if confident else 0.4,
        "matched": list(matched),
    }
    return SimpleNamespace(confident=confident, best=hit if hit_id else None)


def test_hold_half_answer_holds_only_a_half_read_as_the_whole():
    asks = ["where do you take in parcels", "do you sell buttons"]
    # The unsure ask leans to another article (a shop article matched by "buttons").
    subs = [_sub(True, 3, "Parcels go to the side door."), _sub(False, 5, "We sell thread.", ("buttons",))]
    whole = {"id": 3, "question": "Q3", "answer": "", "excerpt": "Parcels go to the side door.", "confidence": 0.9}
    result = SimpleNamespace(hits=[dict(whole)])
    assert hold_half_answer(asks, subs, result, 0.6)
    assert result.hits[0]["confidence"] < 0.6 and result.hits[0]["unanswered_asks"] == ["do you sell buttons"]
    # A part that also speaks to the unsure ask is an answer to both: left as it is.
    whole_both = dict(whole, excerpt="Parcels and button orders go to the side door.")
    result = SimpleNamespace(hits=[dict(whole_both)])
    assert not hold_half_answer(asks, subs, result, 0.6)
    assert result.hits == [whole_both]
    # An answer from an article neither ask got alone is the whole turn's own reading.
    result = SimpleNamespace(hits=[dict(whole, id=9)])
    assert not hold_half_answer(asks, subs, result, 0.6)
    # An unsure ask that finds nothing of its own, or the article read, may be about that article.
    for unsure in (_sub(False), _sub(False, 3, "Parcels go to the side door.", ("buttons",))):
        result = SimpleNamespace(hits=[dict(whole)])
        assert not hold_half_answer(asks, [subs[0], unsure], result, 0.6)


@pytest.mark.parametrize(
    "text, facts",
    [
        ("How much is a trouser hem and how long does it take?", ("$15", "30 minutes")),
        # The part states the value the second ask wants, though it names no coat.
        ("Do you do zip replacements, and if so, how long do I leave the coat with you?", ("40 minutes",)),
    ],
)
def test_a_turn_whose_part_answers_both_asks_is_still_answered(kb, text, facts):
    answer = _answer(kb, text)
    assert answer is not None and all(f in answer for f in facts), answer


# --- one more of a thing the service includes -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'll need a second fitting for my wedding dress, what does that cost?",
        "how much is the wedding dress fitting if I want another one",
        "Is an extra fitting included with the wedding dress alteration?",
    ],
)
def test_one_more_of_an_included_thing_is_not_the_service(kb, text):
    answer = _answer(kb, text)
    assert answer is None or "$250" not in answer, answer


@pytest.mark.parametrize(
    "text", ["How much is a wedding dress alteration?", "Does the wedding dress alteration include a fitting?"]
)
def test_the_service_itself_and_what_it_includes_are_still_answered(kb, text):
    answer = _answer(kb, text)
    assert answer is not None and "$250" in answer, answer


# --- a thing named by two services' words -----------------------------------------------------------


@pytest.mark.parametrize("text", ["How much is a zip replacement for a child?", "price of a kid's suit tailoring"])
def test_words_of_two_services_name_neither(kb, text):
    # Neither the adult service's price nor the children's alteration's is a child's zip or suit.
    assert _answer(kb, text) is None


@pytest.mark.parametrize(
    "text, price",
    [
        ("How much is a zip replacement?", "$18"),
        ("price of a children's uniform alteration", "$12"),
        # Who the caller speaks for, or their story, names no service.
        ("My son wants to know what a zip replacement costs.", "$18"),
        ("How much is a trouser hem? I have to fetch the kids from school after.", "$15"),
    ],
)
def test_one_service_named_is_still_answered(kb, text, price):
    answer = _answer(kb, text)
    assert answer is not None and price in answer, answer


# --- texted asks and who the caller speaks for ------------------------------------------------------


def test_a_texted_n_joins_two_asks_and_it_points_back_at_the_first(kb):
    answer = _answer(kb, "wedding dress alteration how much n who does it")
    assert answer is not None and "$250" in answer and "Ines Duarte" in answer, answer
    assert "Tom Reed" not in answer


def test_who_the_caller_speaks_for_picks_no_service(kb):
    answer = _answer(kb, "My son is getting married and his four groomsmen need fittings too. Is there a group rate?")
    assert answer is None or "$12" not in answer, answer


# --- a service asked against a state; a thing that shows up ------------------------------------------

BIKES = "bike_shop_desk"
BIKE_ARTICLES = [
    (
        "What is your return policy?",
        "Unridden bikes can be returned within 21 days for a full refund; assembled bikes are refunded minus "
        "a 10% handling fee. Refunds reach your card 3 to 4 business days after the bike is back with us.",
        "returns, return, refund, refunds, fee",
    ),
    ("Can I come in without an appointment?", "Walk-ins are welcome on weekdays until 5 pm.", "walkin, walk-ins"),
]


@pytest.fixture
def bikes(db):
    from customario.escalation.kb_articles import upsert_article

    for question, answer, tags in BIKE_ARTICLES:
        upsert_article(db, question, answer, campaign=BIKES, source="manual", by="test", tags=tags)
    return db


@pytest.mark.parametrize(
    "query, service_asked",
    [
        ("Will you assemble the bike for me?", True),
        ("could your team assemble my new bike", True),
        ("Can I return a bike once it's been assembled?", False),
        ("Will you refund me if it was assembled?", False),  # "Refunds reach your card": the shop's act
    ],
)
def test_a_service_asked_is_not_an_article_about_items_in_that_state(query, service_asked):
    from customario.escalation.kb_request import asks_done_to_a_state

    assert asks_done_to_a_state(query, BIKE_ARTICLES[0][1]) is service_asked


def test_will_you_assemble_is_not_read_the_return_fee(bikes):
    result = search(bikes, "Will you assemble the bike for me?", campaign=BIKES)
    assert not result.confident or "10%" not in result.best["excerpt"]
    result = search(bikes, "is there a fee to return an assembled bike?", campaign=BIKES)
    assert result.confident and "10%" in result.best["excerpt"]


def test_a_refund_that_shows_up_is_no_walk_in(bikes):
    from customario.escalation.kb_words import terms

    assert "walkin" not in terms("how long until my refund shows up on the card?")
    assert "walkin" in terms("can I just show up on a Tuesday?")
    assert "walkin" in terms("would I be able to turn up without booking?")
    result = search(bikes, "How long after you get the bike back does my refund show up?", campaign=BIKES)
    assert not result.confident or "Walk-ins" not in result.best["excerpt"]


# --- a rule stated for one service is no rule for another ---------------------------------------------


def test_a_rule_for_one_service_is_not_read_for_another(kb):
    assert _answer(kb, "Do I need a first fitting before my suit tailoring too?") is None
    # The business's own name ("Needle Row *Tailors*") names no service.
    answer = _answer(kb, "I've never been to a tailor, is a first fitting needed before a wedding dress alteration?")
    assert answer is not None and "7 days" in answer, answer
    answer = _answer(kb, "do I need a fitting before the wedding dress alteration is collected?")
    assert answer is not None and "7 days" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "My boy just turned six. What do you charge for the little ones?",
        "My daughter is nine, can she still get the children's price on a uniform alteration?",
    ],
)
def test_a_child_the_caller_speaks_for_still_names_the_childrens_service(kb, text):
    answer = _answer(kb, text)
    assert answer is not None and "$12" in answer, answer


def test_a_time_the_caller_would_come_is_answered_by_the_days_hours(kb):
    answer = _answer(kb, "Are you open Thursday evening? Could I come straight from the office, around five-ish?")
    assert answer is not None and "6 pm" in answer, answer
