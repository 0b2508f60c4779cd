"""A visit asked on one named day is answered by that day's hours (issue 11, helper kb20, stop 39;
:mod:`customario.escalation.kb_closed_day`), on a made-up milliner's business profile: the caller
coming ("can I swing by", "could my husband come in") is a person moving, and on a day the shop is
closed a service named beside it ("for a fitting") is no other subject. A stylist on a day, a thing
coming ("my dog"), a service on an open day keep their other readings."""

from __future__ import annotations

import pytest

from customario.escalation.kb_closed_day import caller_comes, closed_that_day, nothing_that_day
from customario.escalation.kb_import import import_articles
from customario.escalation.knowledge import search

SHOP = "hat_shop"
PROFILE = """
business:
  name: Crown and Brim Milliners
  timezone: Europe/London
  currency: GBP
hours:
  mon: closed
  tue: "10:00-18:00"
  wed: "10:00-18:00"
  thu: "10:00-18:00"
  fri: "10:00-18:00"
  sat: "09:00-16:00"
  sun: closed
services:
  - {name: Hat fitting, price_cents: 3000, duration_min: 30}
  - {name: Hat steaming and reshaping, price_cents: 4500, duration_min: 45}
staff:
  - {name: Agnes Moore, role: milliner, specialties: [wedding hats, fascinators]}
parking: There is a pay-and-display car park behind the shop.
"""


@pytest.fixture
def shop(db, tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    import_articles(db, path, campaign=SHOP)
    return db


@pytest.mark.parametrize(
    "text",
    [
        "can i swing by on monday for a fitting",
        "My husband is only off on Sundays. Could he come in to get his hat steamed?",
        "Monday is my only day off work, any chance I could pop over for a fitting then?",
    ],
)
def test_a_visit_on_a_closed_day_is_closed(shop, text):
    result = search(shop, text, campaign=SHOP)
    assert result.confident
    assert "closed" in (result.best.get("excerpt") or result.best["answer"]).lower()


@pytest.mark.parametrize("text", ["Sunday's my only day off, any chance then?", "mondays possible at all??"])
def test_a_closed_day_asked_in_words_no_article_has_is_closed(shop, text):
    result = search(shop, text, campaign=SHOP)
    assert result.confident and "closed" in result.best["answer"].lower()


def test_another_subject_on_a_closed_day_is_not_the_days_hours(shop):
    result = search(shop, "Is the car park behind the shop pay-and-display on Sundays too?", campaign=SHOP)
    assert not (result.confident and result.best.get("kind") == "hours")


def test_a_visit_on_an_open_day_is_left_to_the_other_rules(shop):
    # On an open day a visit may be about parking or walk-ins: the caller coming is no cue there.
    result = search(shop, "I'll be coming at five on Wednesday, do I still have to pay at the car park?", campaign=SHOP)
    assert not (result.confident and result.best.get("kind") == "hours")


def test_a_day_in_short_is_not_read_as_closed(shop):
    result = search(shop, "how much is a fitting for a sun hat?", campaign=SHOP)
    assert not (result.confident and result.best.get("kind") == "hours")


@pytest.mark.parametrize(
    "text",
    [
        "Is Agnes in on Saturdays?",  # a person asked about
        "Can my dog come on Saturday?",  # a thing coming, not the caller
        "Do you do hat steaming on Saturdays?",  # a service on an open day
    ],
)
def test_other_subjects_are_not_the_days_hours(shop, text):
    result = search(shop, text, campaign=SHOP)
    assert not (result.confident and result.best.get("kind") == "hours")


def test_the_readings():
    assert caller_comes("could I swing by sunday") and caller_comes("would he still come in that day")
    assert not caller_comes("can my dog come on Saturday") and not caller_comes("I need a trim on Monday")
    closed = {"answer": "We are closed on Mondays."}
    assert closed_that_day(closed) and not closed_that_day({"answer": "On Tuesdays we are open from 10 am."})
    assert nothing_that_day(closed, "service", ["hat", "fitting"]) and nothing_that_day(closed, "policy", ["walkin"])
    assert not nothing_that_day(closed, "staff", ["agnes", "moore"]) and not nothing_that_day(closed, "parking", [])
