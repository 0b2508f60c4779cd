"""Classes of knowledge-base questions read in the development corpora (issue 11, helper kb20, 4
December 2026), each in the team's own phrasings on a made-up yoga studio's profile:

- the way there is asked in words the location article's own question lacks: the walk from the
  station, the zip for a GPS or sat nav, a ride-hailing app, "addy"
  (:data:`kb_location.LOCATION_WORDS`, tags of the profile's location article);
- a thing the caller tells arrived dead is answered with the dead-on-arrival rule, not the maker's
  warranty (:func:`kb_arrival.arrived_dead_part`);
- "my own mat" is the caller's, not the owner's: "own" after a possessive is no search term
  (it matched the "owns" tag of the owner's article);
- two things set side by side in front of the question ("Standard versus next-day — how many days
  is each?") choose the part read as the question's own words do (:func:`kb_contrast.fronted_contrast`),
  and each side of "X versus Y" gets its own rule read (:func:`kb_contrast.contrast_sides`);
- a caller asking only how to find the place is read the way there, not the address back, even
  when the street they tell is in the address sentence; one who will give it to a GPS or a driver
  is read the address (:func:`kb_location.whereabouts_part`).
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_import import import_articles
from customario.escalation.kb_location import whereabouts_part
from customario.escalation.kb_words import terms
from customario.escalation.knowledge import search

STUDIO = "studio_desk"
PROFILE = """
business:
  name: Lotus Loft Yoga
  phone: "+1 503 555 0199"
  email: hello@lotusloft.example
hours:
  mon: "07:00-21:00"
  tue: "07:00-21:00"
  wed: "07:00-21:00"
  thu: "07:00-21:00"
  fri: "07:00-19:00"
  sat: "08:00-14:00"
  sun: closed
services:
  - {name: Drop-in class, price_cents: 2200, duration_min: 60}
  - {name: Private session, price_cents: 9000, duration_min: 60}
staff:
  - {name: Mara Quinn, role: owner and lead teacher, specialties: [vinyasa, prenatal yoga]}
location:
  address: 88 Alder Avenue, Portland, OR 97205
  directions: Above the corner bookshop at Alder and 10th, a short walk from the Galleria streetcar stop.
parking: The Alder Avenue garage is half a block away; street parking is free after 7 pm.
policies:
  cancellation: Cancel at least 12 hours before class or the class counts as used.
"""
ADDRESS = "We are at 88 Alder Avenue, Portland, OR 97205."
WAY = "Above the corner bookshop at Alder and 10th, a short walk from the Galleria streetcar stop."


@pytest.fixture
def kb(db, tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    import_articles(db, path, campaign=STUDIO)
    return db


def _read(kb, text: str) -> str:
    result = search(kb, text, campaign=STUDIO)
    assert result.confident, (text, result.best)
    return result.best["excerpt"]


@pytest.mark.parametrize(
    "text",
    [
        "need your zip for the sat nav",
        "my GPS needs your postal code",
        "addy pls",
        "zip code for my cab please",
    ],
)
def test_the_address_asked_for_a_device_or_a_ride(kb, text):
    assert ADDRESS in _read(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "is it walkable from the streetcar?",
    ],
)
def test_the_walk_finds_the_location(kb, text):
    result = search(kb, text, campaign=STUDIO)
    assert result.confident and result.best["kind"] == "location", result.best


@pytest.mark.parametrize(
    "text",
    [
        "Once I'm on Alder Avenue, how do I find you?",
        "What neighbourhood are you in? I just moved to Portland.",
        "whereabouts on Alder are you, what are the cross streets?",
    ],
)
def test_the_way_there_not_the_address_the_caller_already_has(kb, text):
    read = _read(kb, text)
    assert WAY in read and ADDRESS not in read, read


@pytest.mark.parametrize(
    "text",
    ["Where are you exactly? I want to put you into my GPS.", "where's the studio? my taxi driver needs to know"],
)
def test_where_for_a_device_or_a_driver_is_the_address(kb, text):
    read = _read(kb, text)
    assert read == ADDRESS, read


def test_the_address_and_the_way_asked_together_read_both(kb):
    read = _read(kb, "what's the street address and which stop is nearest?")
    assert ADDRESS in read and WAY in read, read


def test_whereabouts_part_reads_the_part_asked_of_a_location_only():
    article = {"kind": "location", "answer": f"{ADDRESS} {WAY}"}
    assert whereabouts_part("which part of town are you in?", article) == WAY
    assert whereabouts_part("what's the street address?", article) == ADDRESS
    assert whereabouts_part("which part of town?", {"kind": "faq", "answer": WAY}) is None


@pytest.mark.parametrize("text", ["postal code?", "what's the post code", "zip codes for the venue"])
def test_a_zip_or_postal_code_is_one_word(text):
    got = terms(text)
    assert "zip" in got and "code" not in got and "codes" not in got, got


@pytest.mark.parametrize(
    "text",
    ["can I walk in for a class without booking?", "I'm only in town for the week, can I drop in?"],
)
def test_walking_in_is_no_location_question(kb, text):
    result = search(kb, text, campaign=STUDIO)
    assert result.best is None or result.best["kind"] != "location", result.best


# --- a thing that arrived dead (kb_arrival), on a made-up kitchen-appliance shop ---

SHOP = "appliance_desk"
SHOP_KB = """
articles:
  - question: What warranty do your appliances have?
    tags: [warranty, defective, broken, dead, arrival, replace, replacement]
    answer: >-
      Every appliance carries the maker's warranty (usually 2 years for kettles and 4 years for
      stand mixers). Appliances that are dead on arrival within 21 days are replaced by us directly.
  - question: How long does delivery take?
    tags: [delivery, deliver, shipping, courier, days]
    answer: >-
      Orders placed by noon leave our depot the same day. Standard delivery takes 4 to 6 working
      days, next-day 1 to 2. A refund reaches your card 3 to 5 working days after we get a return.
  - question: How do I send something back?
    tags: [returns, return, label, box]
    answer: >-
      We email a prepaid label for every approved return. Pack the appliance in its original box and
      drop it at any post office within 10 days.
"""
DOA_RULE = "Appliances that are dead on arrival within 21 days are replaced by us directly."


@pytest.fixture
def shop(db, tmp_path):
    path = tmp_path / "kb.yaml"
    path.write_text(SHOP_KB, encoding="utf-8")
    import_articles(db, path, campaign=SHOP)
    return db


@pytest.mark.parametrize(
    "text",
    [
        "the kettle came dead out of the box",
        "my mixer arrived faulty yesterday",
        "the toaster was dead from day one",
        "it arrived broken, what now",
    ],
)
def test_an_item_that_arrived_not_working_is_dead_on_arrival(text):
    from customario.escalation.kb_arrival import arrived_dead

    assert arrived_dead(text)


@pytest.mark.parametrize("text", ["my order arrived today", "when will the kettle arrive?", "the box is broken open"])
def test_arriving_alone_is_no_dead_item(text):
    from customario.escalation.kb_arrival import arrived_dead

    assert not arrived_dead(text)


def _part(db, text: str, campaign: str) -> str | None:
    from customario.escalation.kb_suggest import suggestion

    result = search(db, text, campaign=campaign)
    if result.confident:
        return result.best["excerpt"]
    offer = suggestion(result)
    return offer["answer"] if offer else None


@pytest.mark.parametrize(
    "text",
    [
        "The kettle was DOA. Do I have to go to the maker's warranty for that?",
        "my stand mixer arrived dead, do you replace it or do I deal with the maker?",
    ],
)
def test_the_dead_on_arrival_rule_not_the_makers_warranty(shop, text):
    read = _part(shop, text, SHOP)
    assert read is not None and DOA_RULE in read and "maker's warranty" not in read, read


def test_the_warranty_length_asked_of_a_dead_item_is_the_makers(shop):
    from customario.escalation.kb_arrival import arrived_dead_part

    article = {"answer": SHOP_KB.split("answer: >-")[1]}
    assert arrived_dead_part("the kettle arrived dead, how many years is the warranty?", article) is None
    assert arrived_dead_part("how long is the kettle warranty?", article) is None
    assert "dead on arrival" in (arrived_dead_part("the kettle arrived dead, what now?", article) or "")


# --- two things set side by side in front of the question (kb_contrast) ---


@pytest.mark.parametrize(
    "text",
    [
        "Standard versus next-day — how many working days is each?",
        "next-day vs standard, how many working days each?",
    ],
)
def test_both_things_compared_in_front_are_read(shop, text):
    read = _part(shop, text, SHOP)
    assert read is not None and "4 to 6" in read and "1 to 2" in read, read


@pytest.mark.parametrize(
    ("text", "fronted"),
    [
        ("Gold versus silver plan — what does each cost a month?", "Gold versus silver plan"),
        ("oak or walnut, which lasts longer?", "oak or walnut"),
        ("My kettle died — what now?", ""),
        ("Is it the lid or the base that leaks, do you know?", ""),
        ("how much is the gold plan?", ""),
    ],
)
def test_a_fronted_contrast_is_a_fragment_without_a_clause(text, fronted):
    from customario.escalation.kb_contrast import fronted_contrast

    assert fronted_contrast(text) == fronted


@pytest.mark.parametrize(
    "text",
    [
        "Is the refund different for a kettle I've used versus one that's still sealed?",
        "refund for a used mixer compared to an unopened one?",
    ],
)
def test_each_side_of_a_versus_gets_its_rule(text):
    from customario.escalation.kb_fact import asked_part

    answer = (
        "Unopened appliances can be returned within 30 days for a full refund. Opened appliances can be "
        "returned within 30 days in their box; used appliances are refunded minus a 10% cleaning fee."
    )
    article = {"question": "What is your refund policy?", "answer": answer, "kind": "articles"}
    read = asked_part(text, article, "Used appliances are refunded minus a 10% cleaning fee.")
    assert read is not None and "full refund" in read and "10%" in read, read


def test_contrast_sides_are_the_words_next_to_versus():
    from customario.escalation.kb_contrast import contrast_sides

    assert contrast_sides("a toaster I used versus one that's still sealed?") == [["toaster", "used"], ["unopened"]]
    assert contrast_sides("how much is the gold plan?") == []


# --- the caller's own thing is no owner (kb_words.terms) ---


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Can I bring my own mat and blocks?", ["mat", "blocks"]),
        ("do I print the pass myself or make my own", ["print", "pass", "make"]),
        ("is a private session sold on its own?", ["private", "session", "sold", "own"]),
        ("who owns the studio?", ["who", "owns", "studio"]),
    ],
)
def test_my_own_is_no_owner(text, kept):
    assert terms(text) == kept


def test_bringing_ones_own_mat_is_not_the_owners_bio(kb):
    result = search(kb, "Can I bring my own mat for the class?", campaign=STUDIO)
    assert not (result.confident and result.best["kind"] == "staff"), result.best
