"""Migrations for the web face (``customario serve``): survey sessions and supervisor sign-in tokens.

Append-only. Times are UTC ISO-8601 text. A ``web_sessions`` row is the HTTP handle of one survey
call: ``id`` is a random URL-safe token (the session's capability), ``status`` is open |
completing | completed. ``supervisor_tokens`` keeps only the SHA-256 of each token.
"""

from sqlite_utils import Migrations

migrations = Migrations("customario.web")


@migrations()
def m001_web_sessions_supervisor_tokens(db):
    db.executescript(
        """
        CREATE TABLE web_sessions (
            id TEXT PRIMARY KEY,
            survey TEXT NOT NULL,
            campaign_id INTEGER REFERENCES campaigns(id),
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            mode TEXT NOT NULL,                 -- text | voice
            status TEXT NOT NULL,               -- open | completing | completed
            room_name TEXT,
            respondent TEXT NOT NULL DEFAULT '{}',
            result TEXT,                        -- JSON of the completion: score, payment, message
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            completed_at TEXT
        );
        CREATE INDEX web_sessions_call ON web_sessions(call_id);

        CREATE TABLE supervisor_tokens (
            id INTEGER PRIMARY KEY,
            supervisor TEXT NOT NULL,
            token_sha256 TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            last_used_at TEXT,
            revoked_at TEXT
        );
        CREATE INDEX supervisor_tokens_name ON supervisor_tokens(supervisor);
        """
    )
