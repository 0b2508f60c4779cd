"""Synthetic calls, turns and answers for evaluation/insights tests (rows inserted directly)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FEEDBACK = REPO / "customario" / "campaigns" / "customer_feedback" / "customer_feedback.yaml"

GOOD = {
    "recommend": 9,
    "satisfaction": 5,
    "delivered_on_time": True,
    "channel": "online",
    "praise": "The staff were friendly and delivery was quick",
}


def add_feedback_campaign(db):
    from customario.definitions.catalog import add_campaign
    from customario.definitions import load_definition

    return add_campaign(db, load_definition(FEEDBACK), str(FEEDBACK))[0]


def add_campaign_from_dict(db, data: dict):
    from customario.definitions.catalog import add_campaign
    from customario.definitions import parse_definition

    return add_campaign(db, parse_definition(data, "test"))[0]


def make_call(
    db,
    stored,
    answers: dict | None = None,
    *,
    disposition: str = "complete",
    seconds: float = 120.0,
    turns: list[tuple[str, str]] | None = None,
    statuses: dict | None = None,
    attempts: dict | None = None,
    started: datetime | None = None,
    phone: str | None = None,
    contact: bool = True,
    channel: str = "phone",
    metadata: dict | None = None,
) -> int:
    """Insert one ended call with answers ({qid: value}) and turns; returns the call id."""
    started = started or datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)
    now = started.isoformat()
    contact_id = None
    if contact:
        n = db.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] + 1
        contact_id = (
            db["contacts"]
            .insert(
                {
                    "e164": phone or f"+1415555{n:04d}",
                    "name": f"Person {n}",
                    "first_name": "Person",
                    "email": f"p{n}@example.com",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            .last_pk
        )
    answers = dict(GOOD if answers is None else answers)
    if turns is None:
        turns = []
        for q in stored.campaign.questions:
            if q.id in answers:
                turns += [("agent", q.text), ("caller", str(answers[q.id]))]
    call_id = (
        db["calls"]
        .insert(
            {
                "campaign_id": stored.id,
                "campaign": stored.name,
                "contact_id": contact_id,
                "channel": channel,
                "metadata": json.dumps(metadata or {}),
                "status": "ended",
                "disposition": disposition,
                "created_at": now,
                "started_at": now,
                "answered_at": now,
                "ended_at": (started + timedelta(seconds=seconds)).isoformat(),
                "duration_s": seconds,
            }
        )
        .last_pk
    )
    for i, (role, text) in enumerate(turns):
        t = (started + timedelta(seconds=i * 2)).isoformat()
        db["turns"].insert({"call_id": call_id, "seq": i, "role": role, "text": text, "started_at": t, "ended_at": t})
    for qid, value in answers.items():
        st = (statuses or {}).get(qid, "valid")
        db["answers"].insert(
            {
                "call_id": call_id,
                "question_id": qid,
                "value": json.dumps(value),
                "status": st,
                "evidence": str(value),
                "attempts": (attempts or {}).get(qid, 1),
                "recorded_at": now,
            }
        )
    return call_id
