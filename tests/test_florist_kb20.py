"""Two questions in one turn, one answered (issue 11, helper kb20, 5 December 2026), through the real
``search_knowledge_base`` tool, the front-desk policy and ``escalate_to_supervisor`` on SQLite, on a
made-up florist's profile: the half the base answers is said and only the other half becomes the
supervisor's help request (:func:`customario.escalation.kb_tool.partial_answer`)."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
from _salon import context, drive, run_tool, salon

from customario.escalation.kb_import import import_articles
from customario.escalation.kb_tool import partial_answer

FLORIST = "florist_desk"
PROFILE = """
business:
  name: Fern & Thistle Flowers
  phone: "+1 503 555 0142"
  email: hello@fernthistle.example
hours:
  mon: "08:00-17:00"
  tue: "08:00-17:00"
  wed: "08:00-17:00"
  thu: "08:00-17:00"
  fri: "08:00-18:00"
  sat: "09:00-14:00"
  sun: closed
services:
  - {name: Bridal bouquet, price_cents: 18000, duration_min: 120}
  - {name: Funeral wreath, price_cents: 9500, duration_min: 90}
  - {name: Seasonal posy, price_cents: 3500, duration_min: 20}
staff:
  - {name: Maeve Lynch, role: head florist, specialties: [bridal bouquets, wreaths]}
location:
  address: 12 Alder Street, Portland, OR 97205
  directions: Opposite the tram depot.
parking: Two free spaces behind the shop.
policies:
  delivery: We deliver within 5 miles for $8.
"""


@pytest.fixture
def florist(db, tmp_path):
    """The front desk's campaign under another name, answering from the florist's profile only."""
    path = tmp_path / "florist.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    import_articles(db, path, campaign=FLORIST)
    stored = salon(db, deadline=0.05)
    definition = stored.campaign.model_copy(update={"name": FLORIST, "settings": {}})
    return dataclasses.replace(stored, name=FLORIST, campaign=definition)


TURNS = [
    "where are you, and do you sell vases?",
    "is there parking, and can I pay by cheque?",
    "Do you deliver to hospitals and who makes the wreaths?",
]


@pytest.mark.parametrize("turn", TURNS)
def test_the_tool_returns_the_known_half_and_the_question_left(db, florist, turn):
    ctx, _ = context(db, florist)
    result = asyncio.run(run_tool(ctx, "search_knowledge_base", {"query": turn}))
    assert not result["confident"] and result["answer"] is None
    partial = result["partial"]
    assert partial is not None, result
    assert partial["question"].endswith("?") and partial["question"][0].isupper()
    assert partial["answer"] and partial["answered"] and partial["unanswered"]


def test_the_desk_says_the_known_half_and_escalates_only_the_other(db, florist):
    from test_salon import policy_for

    ctx, _ = context(db, florist)
    lines, _ = asyncio.run(drive(policy_for(florist, ctx), ctx, [TURNS[0]]))
    reply = lines[lines.index(f"> {TURNS[0]}") + 1]
    assert reply.startswith("We are at 12 Alder Street") and "other part" in reply and "vases" not in reply
    [(question,)] = db.execute("SELECT question FROM help_requests").fetchall()
    assert question == "Do you sell vases?"


def test_a_half_held_back_on_the_salon_profile_is_said_and_the_rest_escalated(db):
    """A confident whole-turn answer that is only one ask's half (kb_two_asks.hold_half_answer)."""
    from test_salon import policy_for

    campaign = salon(db, deadline=0.05)
    ctx, _ = context(db, campaign)
    turn = "Are you open on Sundays, and if not, what's the first day you reopen?"
    lines, _ = asyncio.run(drive(policy_for(campaign, ctx), ctx, [turn]))
    reply = lines[lines.index(f"> {turn}") + 1]
    assert reply.startswith("We are closed on Sundays.")
    [(question,)] = db.execute("SELECT question FROM help_requests").fetchall()
    assert question == "What's the first day you reopen?"


def test_a_whole_answer_or_a_plain_miss_has_no_partial(db, florist):
    ctx, _ = context(db, florist)
    whole = asyncio.run(run_tool(ctx, "search_knowledge_base", {"query": "How much is a funeral wreath?"}))
    assert whole["confident"] and whole["partial"] is None
    miss = asyncio.run(run_tool(ctx, "search_knowledge_base", {"query": "Do you grow your own tulips?"}))
    assert not miss["confident"] and miss["partial"] is None


def test_partial_answer_shapes():
    assert partial_answer(None) is None
    assert partial_answer({"answered_asks": [], "unanswered_asks": ["do you sell vases"]}) is None
    best = {
        "answered_asks": [{"ask": "is there parking", "excerpt": "Two free spaces behind the shop."}],
        "unanswered_asks": ["do you sell vases, "],
    }
    assert partial_answer(best) == {
        "answer": "Two free spaces behind the shop.",
        "answered": ["is there parking"],
        "unanswered": ["do you sell vases"],
        "question": "Do you sell vases?",
    }


def test_the_store_says_the_known_half_then_offers_a_ticket():
    from customario.campaigns.pc_store_support.policy_replies import say_kb

    said = say_kb(
        {
            "confident": False,
            "answer": None,
            "partial": {"answer": "Two free spaces behind the shop.", "question": "Do you sell vases?"},
        }
    )
    assert said.startswith("Two free spaces behind the shop.") and "rest of your question" in said
