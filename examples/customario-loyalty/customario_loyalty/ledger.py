"""The points ledger: one row per award, the balance is their sum (per E.164 number)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def balance(db, contact: Mapping[str, Any] | None) -> int:
    """Points of the contact's number (0 for an unknown caller)."""
    e164 = (contact or {}).get("e164")
    if not e164:
        return 0
    return db.execute("SELECT COALESCE(SUM(points), 0) FROM loyalty_points WHERE e164 = ?", [e164]).fetchone()[0]


def add_points(db, e164: str, points: int, reason: str = "manual") -> int:
    """Add ``points`` for ``e164``; returns the new balance."""
    with db.conn:
        db.execute(
            "INSERT INTO loyalty_points (e164, points, reason, created_at) VALUES (?, ?, ?, ?)",
            [e164, points, reason, _now()],
        )
    return balance(db, {"e164": e164})


def award_for_call(db, call_id: int, points: int) -> None:
    """Award ``points`` to the contact of call ``call_id`` (no-op without a contact or if already awarded)."""
    row = db.execute(
        "SELECT c.e164 FROM calls k JOIN contacts c ON c.id = k.contact_id WHERE k.id = ?", [call_id]
    ).fetchone()
    if row is None:
        return
    with db.conn:
        db.execute(
            "INSERT OR IGNORE INTO loyalty_points (e164, points, reason, call_id, created_at)"
            " VALUES (?, ?, 'check-in', ?, ?)",
            [row[0], points, call_id, _now()],
        )


def rows(db) -> list[dict]:
    return [
        dict(r)
        for r in db.query(
            "SELECT e164, SUM(points) AS points, COUNT(*) AS awards FROM loyalty_points GROUP BY e164 ORDER BY e164"
        )
    ]
