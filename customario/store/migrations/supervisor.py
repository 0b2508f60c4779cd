"""Migrations for the knowledge base, help requests, supervisors, notifications and follow-ups.

Append-only. Times are UTC ISO-8601 text. ``help_requests.status`` is pending | answered |
dismissed | timed-out; answers go through a guarded ``UPDATE ... WHERE status IN ('pending',
'timed-out')`` so the first answer wins (customario.escalation.supervisor_tool.answer_help_request).
"""

from sqlite_utils import Migrations

migrations = Migrations("customario.supervisor")


@migrations()
def m001_knowledge_base(db):
    db.executescript(
        """
        CREATE TABLE kb_articles (
            id INTEGER PRIMARY KEY,
            campaign TEXT NOT NULL DEFAULT '',   -- campaign/module name the article belongs to; '' = every campaign
            question TEXT NOT NULL,
            question_key TEXT NOT NULL,          -- normalised question (lower case, words only): duplicate detection
            answer TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '',       -- space-separated words (searched)
            source TEXT NOT NULL,                -- imported | supervisor | manual
            source_ref TEXT,                     -- import file (and key) or 'help-request:<id>'
            help_request_id INTEGER,             -- the help request it was learned from
            created_by TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (campaign, question_key)
        );

        CREATE TABLE kb_article_versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL,         -- no foreign key: history outlives a removed article
            version INTEGER NOT NULL,
            change TEXT NOT NULL,                -- created | edited | learned | imported | removed
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '',
            changed_by TEXT,
            source_ref TEXT,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX kb_article_versions_article ON kb_article_versions(article_id, version);
        """
    )
    # Full-text index kept in step by triggers; porter stemming lets "opening" match "open".
    db["kb_articles"].enable_fts(["question", "tags", "answer"], create_triggers=True, tokenize="porter")


@migrations()
def m002_help_requests_supervisors(db):
    db.executescript(
        """
        CREATE TABLE supervisors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL DEFAULT 'supervisor',   -- supervisor | owner (gets urgent requests)
            skills TEXT NOT NULL DEFAULT '[]',         -- JSON list of tags
            available INTEGER NOT NULL DEFAULT 1,      -- status set with `supervisor available NAME on|off`
            hours_start TEXT,                          -- on-duty hours HH:MM in `timezone`; NULL = always
            hours_end TEXT,
            days TEXT NOT NULL DEFAULT '["mon","tue","wed","thu","fri","sat","sun"]',
            timezone TEXT NOT NULL DEFAULT 'UTC',
            phone TEXT,                                -- E.164, for the SMS adapter
            email TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE help_requests (
            id INTEGER PRIMARY KEY,
            call_id INTEGER REFERENCES calls(id) ON DELETE SET NULL,
            campaign TEXT,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            caller TEXT,                               -- E.164 of the caller, if known
            channel TEXT,
            question TEXT NOT NULL,
            context TEXT NOT NULL DEFAULT '[]',        -- JSON: recent turns [{role, text}]
            priority TEXT NOT NULL,                    -- low | medium | high | urgent
            tags TEXT NOT NULL DEFAULT '[]',           -- JSON list
            status TEXT NOT NULL DEFAULT 'pending',    -- pending | answered | dismissed | timed-out
            hold_state TEXT NOT NULL DEFAULT 'none',   -- waiting | relayed | left | timed-out | none (no caller holding)
            assigned_to TEXT,                          -- supervisor name
            assignment_reason TEXT,
            answer TEXT,
            answered_by TEXT,
            answered_at TEXT,
            dismiss_reason TEXT,
            learned_article_id INTEGER,
            relayed_at TEXT,
            deadline_at TEXT,                          -- when the waiting caller stops holding
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX help_requests_status ON help_requests(status, id);
        CREATE INDEX help_requests_call ON help_requests(call_id);

        CREATE TABLE notifications (
            id INTEGER PRIMARY KEY,
            help_request_id INTEGER NOT NULL REFERENCES help_requests(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,                     -- log | webhook | sms | email
            target TEXT,                               -- URL host, masked number, address
            status TEXT NOT NULL,                      -- pending | sent | failed
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX notifications_request ON notifications(help_request_id);

        CREATE TABLE followups (
            id INTEGER PRIMARY KEY,
            help_request_id INTEGER REFERENCES help_requests(id) ON DELETE SET NULL,
            call_id INTEGER REFERENCES calls(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            campaign TEXT,
            caller TEXT,                               -- E.164, if known
            kind TEXT NOT NULL DEFAULT 'callback',
            reason TEXT NOT NULL,                      -- timed-out | caller-left | no-supervisor | booking | requested
            question TEXT,
            answer TEXT,                               -- filled in when the supervisor answers later
            status TEXT NOT NULL DEFAULT 'pending',    -- pending | ready (answer known) | done | cancelled
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX followups_status ON followups(status, id);
        CREATE UNIQUE INDEX followups_request ON followups(help_request_id) WHERE help_request_id IS NOT NULL;
        """
    )


@migrations()
def m003_durable_notifications_and_followup_contacts(db):
    """Notifications go through the outbox (``outbox_id``) for each ``event`` (created, answered,
    timed-out, caller-left). Follow-ups carry how to reach the caller (``caller`` E.164, ``email``),
    the request's ``priority``, whether the caller agreed to get the late answer by ``sms`` or
    ``email`` (``consent``) and the outbox message that sent it. A caller who hung up while holding
    is ``hold_state`` ``caller-left`` (was ``left``)."""
    db.executescript(
        """
        ALTER TABLE notifications ADD COLUMN event TEXT NOT NULL DEFAULT 'created';
        ALTER TABLE notifications ADD COLUMN outbox_id INTEGER;
        CREATE INDEX notifications_outbox ON notifications(outbox_id);
        ALTER TABLE followups ADD COLUMN email TEXT;
        ALTER TABLE followups ADD COLUMN priority TEXT;
        ALTER TABLE followups ADD COLUMN consent TEXT;          -- sms | email | NULL (call back only)
        ALTER TABLE followups ADD COLUMN outbox_id INTEGER;     -- the message that carried the late answer
        UPDATE followups SET priority = (SELECT priority FROM help_requests h WHERE h.id = followups.help_request_id);
        UPDATE help_requests SET hold_state = 'caller-left' WHERE hold_state = 'left';
        """
    )


@migrations()
def m004_learned_answer_review(db):
    """Answers a supervisor gives are checked for personal data before they are learned. One that
    holds any (or every one, with ``kb_learn: review``) waits in ``kb_review`` for a person to
    approve, edit or reject it; it is never searched while it waits. ``help_requests.learn_status``
    says what happened: learned | review | caller-only | not-learned."""
    db.executescript(
        """
        CREATE TABLE kb_review (
            id INTEGER PRIMARY KEY,
            help_request_id INTEGER REFERENCES help_requests(id) ON DELETE SET NULL,
            campaign TEXT NOT NULL DEFAULT '',
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '',
            redacted_question TEXT NOT NULL,     -- personal data replaced by [name], [card], ...
            redacted_answer TEXT NOT NULL,
            findings TEXT NOT NULL DEFAULT '[]', -- JSON: [{kind, text, start, end, field}]
            reason TEXT NOT NULL,                -- personal-data | review-all
            status TEXT NOT NULL DEFAULT 'pending',   -- pending | approved | rejected
            submitted_by TEXT,
            decided_by TEXT,
            decision_note TEXT,
            article_id INTEGER,                  -- the article approved into the knowledge base
            created_at TEXT NOT NULL,
            decided_at TEXT
        );
        CREATE INDEX kb_review_status ON kb_review(status, id);
        ALTER TABLE help_requests ADD COLUMN learn_status TEXT;
        """
    )
