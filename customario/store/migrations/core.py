"""Core schema: contacts, lists, DNC, consents, campaign versions, calls, turns, answers, tool calls.

Append-only. Times are UTC ISO-8601 text, money integer cents, phone numbers E.164.
"""

from sqlite_utils import Migrations

migrations = Migrations("customario.core")


@migrations()
def m001_contacts_lists_dnc(db):
    db.executescript(
        """
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            e164 TEXT NOT NULL UNIQUE,
            phone_raw TEXT,
            phone_extension TEXT,
            name TEXT,
            first_name TEXT,
            last_name TEXT,
            email TEXT,
            company TEXT,
            title TEXT,
            timezone TEXT,
            timezone_source TEXT,          -- column | number | list-default
            region TEXT,                   -- ISO 3166 region of the number
            consent TEXT,                  -- granted | denied | NULL (unknown)
            attributes TEXT NOT NULL DEFAULT '{}',  -- JSON: unknown CSV columns, usable as {{placeholders}}
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX contacts_email ON contacts(email);

        CREATE TABLE lists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            default_timezone TEXT,
            region TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE list_members (
            list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            source_file TEXT,
            source_line INTEGER,
            added_at TEXT NOT NULL,
            PRIMARY KEY (list_id, contact_id)
        ) WITHOUT ROWID;
        CREATE INDEX list_members_contact ON list_members(contact_id);

        CREATE TABLE dnc (
            e164 TEXT PRIMARY KEY,
            reason TEXT,                   -- opted-out | imported | manual | complaint
            source TEXT,
            call_id INTEGER,
            added_at TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            granted INTEGER NOT NULL,      -- 1 granted, 0 withdrawn/denied
            channel TEXT NOT NULL DEFAULT 'voice',
            source TEXT,                   -- import file, call id, manual
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX consents_contact ON consents(contact_id);

        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            list_id INTEGER REFERENCES lists(id),
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            rows INTEGER NOT NULL,
            imported INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            duplicates INTEGER NOT NULL,
            invalid INTEGER NOT NULL,
            dnc_suppressed INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_campaigns(db):
    db.executescript(
        """
        CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,        -- one row per stored version
            name TEXT NOT NULL,
            kind TEXT NOT NULL,            -- survey | outbound | inbound | support
            version INTEGER NOT NULL,      -- 1, 2, ... per name
            hash TEXT NOT NULL,            -- sha256 of the canonical definition JSON
            module TEXT,                   -- plug-in campaign module, if any
            definition TEXT NOT NULL,      -- canonical JSON of the validated definition
            source_path TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (name, version),
            UNIQUE (name, hash)
        );
        CREATE VIEW campaigns_current AS
            SELECT c.* FROM campaigns c
            WHERE c.version = (SELECT MAX(version) FROM campaigns c2 WHERE c2.name = c.name);
        """
    )


@migrations()
def m003_calls_turns_answers(db):
    db.executescript(
        """
        CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER REFERENCES campaigns(id),   -- the campaign version the call ran
            campaign TEXT,                                  -- campaign name (denormalised for queries)
            contact_id INTEGER REFERENCES contacts(id),
            list_id INTEGER REFERENCES lists(id),
            channel TEXT NOT NULL,          -- phone | console | simulation | sms | email
            direction TEXT NOT NULL DEFAULT 'outbound',     -- outbound | inbound
            status TEXT NOT NULL,           -- claimed | dialing | ringing | in-progress | ended | failed | interrupted
            disposition TEXT,               -- complete | partial | break-off | refused | opted-out | busy | no-answer | declined | voicemail | invalid-number | failed | interrupted | callback
            attempt INTEGER NOT NULL DEFAULT 1,
            sip_status INTEGER,
            sip_status_text TEXT,
            sip_call_id TEXT,
            room_name TEXT,
            trunk_id TEXT,
            stack TEXT,
            briefing TEXT,
            error TEXT,
            claimed_by TEXT,                -- host:pid of the process that owns the call
            heartbeat_at TEXT,
            created_at TEXT NOT NULL,
            started_at TEXT,
            answered_at TEXT,
            ended_at TEXT,
            duration_s REAL,
            next_attempt_at TEXT,           -- earliest redial time (UTC) decided from this attempt
            cost_cents INTEGER,
            metadata TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX calls_contact ON calls(contact_id, campaign);
        CREATE INDEX calls_campaign_status ON calls(campaign, status);
        CREATE INDEX calls_status ON calls(status);

        CREATE TABLE turns (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            role TEXT NOT NULL,             -- agent | caller | system | supervisor
            text TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            metrics TEXT,                   -- JSON: transcription_delay, end_of_turn_delay, llm_node_ttft, tts_node_ttfb, e2e_latency (seconds)
            UNIQUE (call_id, seq)
        );

        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT,                     -- JSON-encoded normalised value (int, str, list, ISO date)
            status TEXT NOT NULL,           -- valid | invalid | dont_know | refused | skipped
            evidence TEXT,                  -- the caller's words
            attempts INTEGER NOT NULL DEFAULT 1,
            recorded_at TEXT NOT NULL,
            UNIQUE (call_id, question_id)
        );

        CREATE TABLE tool_calls (
            id INTEGER PRIMARY KEY,
            call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            arguments TEXT NOT NULL DEFAULT '{}',
            result TEXT,
            error TEXT,
            duration_ms REAL,
            called_at TEXT NOT NULL
        );
        CREATE INDEX tool_calls_call ON tool_calls(call_id);

        CREATE TABLE callbacks (
            id INTEGER PRIMARY KEY,
            call_id INTEGER REFERENCES calls(id),
            contact_id INTEGER REFERENCES contacts(id),
            campaign TEXT,
            due_at TEXT NOT NULL,           -- UTC
            requested_text TEXT,            -- what the caller said
            status TEXT NOT NULL DEFAULT 'pending',   -- pending | dialed | done | cancelled
            created_at TEXT NOT NULL
        );
        CREATE INDEX callbacks_due ON callbacks(status, due_at);
        """
    )


@migrations()
def m004_answer_confidence(db):
    # How far each answer can be trusted (issue 11): the recogniser's or parser's confidence (0..1),
    # how the value was obtained ("text:exact", "voice:hedged", ...) and whether the caller
    # confirmed a read-back ("I heard seven, is that right?"): 1 confirmed, 0 not asked, NULL unknown
    # (answers recorded before this migration).
    db.executescript(
        """
        ALTER TABLE answers ADD COLUMN confidence REAL;
        ALTER TABLE answers ADD COLUMN method TEXT;
        ALTER TABLE answers ADD COLUMN confirmed INTEGER;
        """
    )


@migrations()
def m005_resumable_imports(db):
    # Issue 16: a lead import commits in bounded batches so other writers (agent workers, the
    # dialer, simulate) never wait behind it. The imports row says how far it got (status running
    # -> done, lines_done = last physical line committed, pid of the importer); a re-run of the
    # same file into the same list finishes it. import_id on contacts and list_members marks what
    # an import added, so a failed import can be rolled back batch by batch.
    db.executescript(
        """
        ALTER TABLE imports ADD COLUMN status TEXT NOT NULL DEFAULT 'done';
        ALTER TABLE imports ADD COLUMN lines_done INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE imports ADD COLUMN pid INTEGER;
        ALTER TABLE contacts ADD COLUMN import_id INTEGER;
        ALTER TABLE list_members ADD COLUMN import_id INTEGER;
        CREATE INDEX imports_running ON imports(list_id, sha256) WHERE status = 'running';
        """
    )
