"""The do-not-call (DNC) list: E.164 numbers that must never be dialed.

Opt-outs take effect at once (TCPA, 47 CFR 64.1200(d): honour do-not-call requests; FCC 24-17 puts
AI voices under the same rules). Numbers are normalised with phonenumbers before they are stored.
"""

from __future__ import annotations

from sqlite_utils import Database

from customario.store.db import utc_now

REASONS = ("opted-out", "imported", "manual", "complaint")

# (e164, reason, source, call_id, added_at); the first entry for a number is kept.
INSERT_SQL = "INSERT OR IGNORE INTO dnc (e164, reason, source, call_id, added_at) VALUES (?, ?, ?, ?, ?)"


def is_dnc(db: Database, e164: str) -> bool:
    """True when ``e164`` is on the DNC list."""
    return db.execute("SELECT 1 FROM dnc WHERE e164 = ?", [e164]).fetchone() is not None


def add_dnc(
    db: Database, e164: str, reason: str = "manual", source: str | None = None, call_id: int | None = None
) -> bool:
    """Put ``e164`` on the DNC list (commits; joins an open transaction). Returns False if it was
    already there (the first entry is kept)."""
    with db.atomic():
        cur = db.execute(INSERT_SQL, [e164, reason, source, call_id, utc_now()])
    return cur.rowcount == 1


def remove_dnc(db: Database, e164: str) -> bool:
    """Take ``e164`` off the list; returns False if it was not on it."""
    with db.atomic():
        cur = db.execute("DELETE FROM dnc WHERE e164 = ?", [e164])
    return cur.rowcount == 1


def list_dnc(db: Database, limit: int | None = None) -> list[dict]:
    """DNC entries, newest first: ``{"e164", "reason", "source", "call_id", "added_at"}``."""
    sql = "SELECT e164, reason, source, call_id, added_at FROM dnc ORDER BY added_at DESC, e164"
    params: list = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [dict(zip(("e164", "reason", "source", "call_id", "added_at"), r)) for r in db.execute(sql, params)]
