"""The part of an answer read for a question with a story around it (issue 11, helper kb20, 5 December
2026), on a made-up aquarium shop's article list: the caller's ask picks the part before the words of
their story do (:func:`customario.escalation.knowledge._ask_picks`)."""

from __future__ import annotations

import pytest

from customario.escalation.kb_import import import_articles
from customario.escalation.knowledge import search

CAMPAIGN = "aquarium_shop"
ARTICLES = """
articles:
  - question: How long does delivery take and who carries the parcels?
    tags: [delivery, deliver, courier, parcel, tracking, next-day]
    answer: >-
      Orders paid before noon go out for delivery from our Leeds unit the same working day. Standard delivery takes 2 to
      4 working days, next-day delivery costs $9. Every parcel goes with DPD and has a tracking link.
  - question: Can live fish be sent back?
    tags: [fish, livestock, return, returns, refund]
    answer: >-
      Live fish cannot be sent back once delivered. Fish that arrive dead are refunded if you email a
      photo within 2 days of delivery; refunds take 3 days.
  - question: What guarantee do pumps and heaters have?
    tags: [guarantee, warranty, pump, pumps, heater, heaters, faulty]
    answer: >-
      Standard pumps carry a 2-year guarantee and heaters a 1-year guarantee from the maker. A pump dead on
      arrival is swapped by us within 30 days.
"""


@pytest.fixture
def shop(db, tmp_path):
    path = tmp_path / "aquarium.yaml"
    path.write_text(ARTICLES, encoding="utf-8")
    import_articles(db, path, campaign=CAMPAIGN)
    return db


def _read(db, text: str) -> str:
    hit = search(db, text, campaign=CAMPAIGN).best
    return hit.get("excerpt") or hit["answer"]


@pytest.mark.parametrize(
    "text",
    [
        # The story's verb ("ordering") is in the cutoff sentence; the ask asks the usual delivery's days.
        "My neighbour is ordering a filter for me, how many days would the usual delivery take?",
        "We're ordering plants for the pond this week. How many days does ordinary delivery take?",
    ],
)
def test_the_ask_picks_the_part_before_the_story(shop, text):
    part = _read(shop, text)
    assert "2 to 4 working days" in part
    assert "noon" not in part


def test_a_story_still_picks_when_the_ask_names_the_whole_article(shop):
    # "guarantee" is the article's own subject and picks no part: the heater the story names does.
    part = _read(shop, "The heater stopped warming the tank. Is there a guarantee?")
    assert "1-year" in part


# The rule itself, with a stand-in reader: the cutoff sentence is what the story's "ordering" picks.
_ANSWER = "Orders paid before noon go out the same day. Standard delivery takes 2 to 4 days. Every parcel is tracked."


def _reader(parts: dict[tuple[str, ...], str]):
    return lambda pickers: parts.get(tuple(pickers), _ANSWER)


def test_ask_picks_unit():
    from customario.escalation.kb_focus import ask_picks as _ask_picks

    cutoff, standard = "Orders paid before noon go out the same day.", "Standard delivery takes 2 to 4 days."
    read = _reader({("days", "usual"): standard})
    # The ask's own words pick the standard delivery; the story's reading (the cutoff) gives way.
    assert _ask_picks(_ANSWER, ["ordering", "days", "usual"], ["ordering"], read, cutoff) == standard
    # No story told: the usual reading stands.
    assert _ask_picks(_ANSWER, ["days", "usual"], [], read, cutoff) is None
    # The ask picks nothing of its own (the whole answer): the story's things pick as before.
    assert _ask_picks(_ANSWER, ["ordering", "guarantee"], ["ordering"], _reader({}), cutoff) is None
    # The story only narrows the ask's part: the narrower reading stands.
    sentence = "Pumps carry a 2-year guarantee and heaters a 1-year guarantee."
    narrow = "heaters a 1-year guarantee."
    read = _reader({("years",): sentence})
    assert _ask_picks(sentence + " More.", ["heater", "years"], ["heater"], read, narrow) is None
    # No usual reading (no part names the things the caller named): the refusal stands.
    assert (
        _ask_picks(_ANSWER, ["ordering", "days", "usual"], ["ordering"], _reader({("days", "usual"): "x."}), None)
        is None
    )
    # The ask names nothing of its part's subject (it shares only "fee" with it): the usual reading stands.
    fee = "Installed pumps are refunded minus a 15% fee."
    read = _reader({("charge", "return"): fee})
    assert _ask_picks(fee + " " + _ANSWER, ["opened", "charge", "return"], ["opened"], read, cutoff) is None
