"""Migrations for the dialer tables. Append-only.

``dial_state`` is one row per (campaign, contact) summarising the outbound phone attempts in
``calls``; SQLite triggers keep it in step with every insert/update/delete of ``calls``, whoever
writes the row (dialer, agent worker, conversation engine). Eligibility reads it instead of
aggregating ``calls`` so picking the next leads among a million contacts stays an index walk.
"""

from sqlite_utils import Migrations

migrations = Migrations("customario.dialer")

# The statuses of a call that is still live (counts against concurrency, blocks a second dial).
_LIVE = "('claimed', 'dialing', 'ringing', 'in-progress')"

# Recompute the dial_state row of (campaign, contact_id) from calls. ``{campaign}``/``{contact}``
# are NEW.x or OLD.x. Only outbound phone attempts count. An attempt is a row whose dial request
# was sent (started_at set); the "last" attempt is the newest row with started_at or disposition.
_RECOMPUTE = (
    """
    INSERT OR REPLACE INTO dial_state (campaign, contact_id, attempts, active, last_call_id,
        last_disposition, last_status, last_sip_status, last_epoch, next_epoch)
    SELECT {campaign}, {contact},
        (SELECT COUNT(*) FROM calls c WHERE c.campaign = {campaign} AND c.contact_id = {contact}
            AND c.direction = 'outbound' AND c.channel = 'phone' AND c.started_at IS NOT NULL),
        (SELECT COUNT(*) FROM calls c WHERE c.campaign = {campaign} AND c.contact_id = {contact}
            AND c.direction = 'outbound' AND c.channel = 'phone' AND c.status IN """
    + _LIVE
    + """),
        l.id, l.disposition, l.status, l.sip_status,
        (julianday(COALESCE(l.ended_at, l.answered_at, l.started_at, l.created_at)) - 2440587.5) * 86400.0,
        CASE WHEN l.next_attempt_at IS NULL THEN NULL
             ELSE (julianday(l.next_attempt_at) - 2440587.5) * 86400.0 END
    FROM (SELECT 1) AS one
    LEFT JOIN (SELECT * FROM calls c WHERE c.campaign = {campaign} AND c.contact_id = {contact}
            AND c.direction = 'outbound' AND c.channel = 'phone'
            AND (c.started_at IS NOT NULL OR c.disposition IS NOT NULL)
            ORDER BY c.id DESC LIMIT 1) AS l ON 1;
    DELETE FROM dial_state WHERE campaign = {campaign} AND contact_id = {contact}
        AND attempts = 0 AND active = 0 AND last_call_id IS NULL;
"""
)


def _trigger(name: str, event: str, ref: str) -> str:
    body = _RECOMPUTE.format(campaign=f"{ref}.campaign", contact=f"{ref}.contact_id")
    return f"""
        CREATE TRIGGER {name} AFTER {event} ON calls
        WHEN {ref}.campaign IS NOT NULL AND {ref}.contact_id IS NOT NULL
             AND {ref}.direction = 'outbound' AND {ref}.channel = 'phone'
        BEGIN {body} END;
    """


@migrations()
def m001_dial_state_and_claims(db):
    db.executescript(
        """
        CREATE TABLE dial_state (
            campaign TEXT NOT NULL,
            contact_id INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,   -- dial requests sent
            active INTEGER NOT NULL DEFAULT 0,     -- live calls (claimed/dialing/ringing/in-progress)
            last_call_id INTEGER,
            last_disposition TEXT,
            last_status TEXT,
            last_sip_status INTEGER,
            last_epoch REAL,                       -- unix seconds of the last attempt's end
            next_epoch REAL,                       -- unix seconds: calls.next_attempt_at of the last attempt
            PRIMARY KEY (campaign, contact_id)
        ) WITHOUT ROWID;

        -- Eligibility walks contacts per time zone in id order (rowid is implied in the index).
        CREATE INDEX IF NOT EXISTS contacts_timezone ON contacts(timezone);

        -- A lead can have at most one live outbound phone call per campaign: the database itself
        -- refuses a second claim even if two dialers raced past every other check.
        CREATE UNIQUE INDEX calls_one_live_per_lead ON calls(campaign, contact_id)
            WHERE direction = 'outbound' AND channel = 'phone'
              AND status IN ('claimed', 'dialing', 'ringing', 'in-progress');

        ALTER TABLE calls ADD COLUMN dial_at TEXT;  -- the rate-limit slot the dial was scheduled for (UTC)
        CREATE INDEX calls_campaign_dial_at ON calls(campaign, dial_at);
        CREATE INDEX calls_claimed_by ON calls(claimed_by) WHERE claimed_by IS NOT NULL;
        """
    )
    db.executescript(
        _trigger("calls_dial_state_ins", "INSERT", "NEW")
        + _trigger(
            "calls_dial_state_upd_new",
            "UPDATE OF campaign, contact_id, direction, channel, status, "
            "disposition, started_at, ended_at, next_attempt_at",
            "NEW",
        )
        + _trigger("calls_dial_state_upd_old", "UPDATE OF campaign, contact_id, direction, channel", "OLD")
        + _trigger("calls_dial_state_del", "DELETE", "OLD")
    )
    # Backfill from existing calls.
    db.executescript(
        """
        INSERT OR REPLACE INTO dial_state (campaign, contact_id, attempts, active)
        SELECT campaign, contact_id,
               SUM(started_at IS NOT NULL),
               SUM(status IN ('claimed', 'dialing', 'ringing', 'in-progress'))
        FROM calls WHERE campaign IS NOT NULL AND contact_id IS NOT NULL
             AND direction = 'outbound' AND channel = 'phone'
        GROUP BY campaign, contact_id;
        UPDATE calls SET status = status WHERE id IN (
            SELECT MAX(id) FROM calls WHERE campaign IS NOT NULL AND contact_id IS NOT NULL
            AND direction = 'outbound' AND channel = 'phone' GROUP BY campaign, contact_id);
        """
    )


@migrations()
def m002_rate_index(db):
    # MAX(started_at) per campaign for the cross-process dial-rate check (dialer.start_dial).
    db.executescript(
        """
        CREATE INDEX calls_phone_started ON calls(campaign, started_at)
            WHERE channel = 'phone' AND direction = 'outbound';
        """
    )


@migrations()
def m003_answer_to_audio(db):
    # When the agent's first audio of an answered call started playing (UTC), and how long after
    # the answer (``sip.callStatus`` active) that was: the basis of the abandonment rate
    # (Telemarketing Sales Rule 16 CFR 310.4(b)(4)). Index for the 30-day per-campaign report.
    db.executescript(
        """
        ALTER TABLE calls ADD COLUMN first_audio_at TEXT;
        ALTER TABLE calls ADD COLUMN answer_to_audio_ms REAL;
        CREATE INDEX calls_campaign_answered ON calls(campaign, answered_at) WHERE answered_at IS NOT NULL;
        """
    )


@migrations()
def m004_contact_zones_and_state(db):
    # Every candidate zone of a number whose area code spans several (``|``-joined, NULL when the
    # number has one zone); the dialer walks contacts by COALESCE(timezones, timezone). ``state``: the
    # lead's US state from its file (the state calling rules); NULL = go by area code.
    db.executescript(
        """
        ALTER TABLE contacts ADD COLUMN timezones TEXT;
        ALTER TABLE contacts ADD COLUMN state TEXT;
        CREATE INDEX contacts_dial_zone ON contacts(COALESCE(timezones, timezone));
        """
    )


@migrations()
def m005_greeting_end(db):
    # When the callee's first words (their greeting) ended, before the agent's first audio, and the
    # milliseconds from then to that audio: the 2-second rule of the Telemarketing Sales Rule
    # (16 CFR 310.4(b)(4)); see customario/dialing/abandonment.py for what is measured.
    db.executescript(
        """
        ALTER TABLE calls ADD COLUMN greeting_end_at TEXT;
        ALTER TABLE calls ADD COLUMN greeting_to_audio_ms REAL;
        """
    )


@migrations()
def m006_zone_region_index(db):
    # The dialer walks contacts zone by zone; with a campaign's countries allow-list it first asks
    # whether a zone holds any callable number at all (region allowed or unknown), so a zone of
    # foreign numbers is skipped by an index seek instead of a scan. contacts_dial_zone stays: the
    # zone walk needs its contact-id order (this index orders by region first).
    db.execute("CREATE INDEX contacts_dial_zone_region ON contacts(COALESCE(timezones, timezone), region)")
