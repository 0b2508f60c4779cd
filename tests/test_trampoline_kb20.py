"""A price for people of some ages is not the answer for someone outside them (issue 11, helper
kb20, 5 December 2026), on a made-up trampoline park's profile (:mod:`customario.escalation.kb_ages`):
a junior session "for children under 10" is neither read nor offered for a 13-year-old, an
eligibility question ("can she still ...?") hears the limit, and an age inside the limit is answered."""

from __future__ import annotations

import pytest

from customario.escalation.kb_ages import age_limits, ages_asked, outside_age_limit
from customario.escalation.kb_import import import_articles
from customario.escalation.kb_suggest import suggestion
from customario.escalation.knowledge import search

PARK = "bounce_desk"
PROFILE = """
business:
  name: Skyward Bounce Park
  phone: "+1 614 555 0190"
hours:
  mon: "10:00-20:00"
  tue: "10:00-20:00"
  wed: "10:00-20:00"
  thu: "10:00-20:00"
  fri: "10:00-21:00"
  sat: "09:00-21:00"
  sun: "09:00-18:00"
services:
  - {name: Open jump hour, price_cents: 1600, duration_min: 60}
  - {name: Junior jump session, price_cents: 900, duration_min: 45, note: for children under 10}
  - {name: Dodgeball league night, price_cents: 2000, duration_min: 90}
  - {name: Golden bounce, price_cents: 800, duration_min: 45, note: for guests aged 60 and over}
location:
  address: 88 Mill Road, Columbus, OH 43215
parking: Free parking in the retail lot.
"""


@pytest.fixture
def park(db, tmp_path):
    path = tmp_path / "park.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    import_articles(db, path, campaign=PARK)
    return db


@pytest.mark.parametrize(
    "text, ages",
    [
        ("How much for my 13-year-old to jump?", [(13, 13)]),
        ("what's the junior price, my nephew is twelve", [(12, 12)]),
        ("she just turned eleven, what does a session cost", [(11, 11)]),
        ("price for a jump, hes 8", [(8, 8)]),
        ("my twins, aged 6 and 7, what do they pay", [(6, 6), (7, 7)]),
        ("is there a price for teenagers?", [(13, 19)]),
        ("my phone is two years old", [(2, 2)]),
        ("it turned out to be closed", []),
        ("can I come at 6 pm", []),
    ],
)
def test_ages_asked(text, ages):
    assert ages_asked(text) == ages


@pytest.mark.parametrize(
    "part, limits",
    [
        ("Junior jump session is $9. Note: for children under 10.", [(0, 9)]),
        ("Golden bounce is for guests aged 60 and over.", [(60, 120)]),
        ("Toddler time, ages 2-4, on weekday mornings.", [(2, 4)]),
        ("Kids 12 and under jump half price.", [(0, 12)]),
        # measures and counts are no ages
        ("Orders over $50 ship free; refunds take under 10 days.", []),
        ("Up to 4 people per trampoline.", []),
    ],
)
def test_age_limits(part, limits):
    assert age_limits(part) == limits


def test_outside_and_inside_a_limit():
    part = "Junior jump session is $9. Note: for children under 10."
    assert outside_age_limit("How much is it for my 13-year-old?", part)
    assert outside_age_limit("is there a teen price?", part)
    assert outside_age_limit("what's the junior price for my 9 year old", part) is None
    assert outside_age_limit("two kids, ages 5 and 12, how much each?", part) is None  # one fits
    # whether someone still fits is answered by the limit itself
    assert outside_age_limit("My son just turned 10, can he still get the junior price?", part) is None
    assert outside_age_limit("How much is the junior session?", part) is None


@pytest.mark.parametrize(
    "text",
    [
        "How much is the junior jump for my 13-year-old?",
        "what's the kids session price? my daughter is fourteen",
        "junior jump price for a teenager?",
        "price of the golden bounce for my mum, she's 52",
    ],
)
def test_a_price_for_other_ages_is_neither_read_nor_offered(park, text):
    result = search(park, text, campaign=PARK)
    read = result.best.get("excerpt") if result.confident else ""
    assert "$9" not in (read or "") and "$8" not in (read or ""), read
    offered = suggestion(result)
    assert offered is None or ("$9" not in offered["answer"] and "$8" not in offered["answer"]), offered


def test_an_age_inside_the_limit_and_an_eligibility_question_are_answered(park):
    result = search(park, "How much is the junior jump session for my 7 year old?", campaign=PARK)
    assert result.confident and "$9" in result.best["excerpt"]
    result = search(park, "My son just turned 10, can he still do the junior jump session?", campaign=PARK)
    assert result.confident and "under 10" in result.best["excerpt"]
