"""Sign-in tokens for the supervisor dashboard (``customario supervisor token NAME``).

A token is 32 random bytes (URL-safe base64, prefix ``sv_``) shown once when issued; the store
keeps only its SHA-256, so a copied database does not hand out sign-ins. Issuing a new token does
not revoke older ones; ``revoke_tokens`` does. Tokens name a supervisor of the roster
(``customario supervisor add``); removing the supervisor makes their tokens useless.
"""

from __future__ import annotations

import hashlib
import secrets

from sqlite_utils import Database

from customario.store.db import immediate, utc_now

PREFIX = "sv_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(db: Database, name: str) -> dict:
    """A new token for supervisor ``name``: ``{"supervisor", "token", "id", "created_at"}``.
    The plain token is only in this return value. Raises NotFoundError for an unknown supervisor."""
    from customario.escalation.help_requests import get_supervisor

    sup = get_supervisor(db, name)
    token = PREFIX + secrets.token_urlsafe(32)
    now = utc_now()
    with immediate(db):
        tid = (
            db["supervisor_tokens"]
            .insert({"supervisor": sup["name"], "token_sha256": _digest(token), "created_at": now})
            .last_pk
        )
    return {"supervisor": sup["name"], "token": token, "id": tid, "created_at": now}


def verify_token(db: Database, token: str | None) -> str | None:
    """The supervisor name a token signs in, or None (unknown, revoked, malformed, or the supervisor
    was removed). Constant work per call: one indexed lookup by digest."""
    if not token or not token.startswith(PREFIX) or len(token) > 200:
        return None
    row = db.execute(
        "SELECT t.supervisor FROM supervisor_tokens t JOIN supervisors s ON s.name = t.supervisor "
        "WHERE t.token_sha256 = ? AND t.revoked_at IS NULL",
        [_digest(token)],
    ).fetchone()
    return row[0] if row else None


def revoke_tokens(db: Database, name: str) -> int:
    """Revoke every token of supervisor ``name``; returns how many were active."""
    with immediate(db):
        cur = db.execute(
            "UPDATE supervisor_tokens SET revoked_at = ? WHERE supervisor = ? AND revoked_at IS NULL", [utc_now(), name]
        )
    return cur.rowcount
