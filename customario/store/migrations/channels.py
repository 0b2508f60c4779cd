"""Text channels and cross-channel customers: customers, inbound messages (queue + record),
inbound batches, the outbox, and the customer ↔ call links. Append-only.

Phone numbers E.164, emails lower-case, times UTC ISO-8601.
"""

from sqlite_utils import Migrations

migrations = Migrations("customario.channels")


@migrations()
def m001_customers_messages_outbox(db):
    db.executescript(
        """
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            e164 TEXT UNIQUE,
            email TEXT UNIQUE,              -- lower-case
            name TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (e164 IS NOT NULL OR email IS NOT NULL)
        );

        CREATE TABLE customer_calls (
            call_id INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE
        );
        CREATE INDEX customer_calls_customer ON customer_calls(customer_id);

        CREATE TABLE inbound_batches (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            channel TEXT NOT NULL,          -- sms | email (channel of the latest message)
            message_count INTEGER NOT NULL,
            text TEXT NOT NULL,             -- the messages joined: one agent turn
            status TEXT NOT NULL DEFAULT 'pending',   -- pending | processing | done | failed
            campaign TEXT,
            call_id INTEGER REFERENCES calls(id),
            reply_channel TEXT,
            error TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            processed_at TEXT
        );
        CREATE INDEX inbound_batches_status ON inbound_batches(status, id);

        CREATE TABLE inbound_messages (
            id INTEGER PRIMARY KEY,
            provider TEXT NOT NULL,         -- twilio | sendgrid | console
            provider_message_id TEXT NOT NULL,   -- MessageSid / Message-ID: duplicate deliveries are ignored
            channel TEXT NOT NULL,          -- sms | email
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            from_addr TEXT NOT NULL,
            to_addr TEXT,
            subject TEXT,
            body TEXT NOT NULL,
            payload TEXT NOT NULL DEFAULT '{}',  -- provider fields as received (JSON)
            status TEXT NOT NULL DEFAULT 'pending',  -- pending | batched
            batch_id INTEGER REFERENCES inbound_batches(id),
            received_at TEXT NOT NULL,
            UNIQUE (provider, provider_message_id)
        );
        CREATE INDEX inbound_messages_pending ON inbound_messages(status, customer_id, received_at);
        CREATE INDEX inbound_messages_customer ON inbound_messages(customer_id, received_at);

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER REFERENCES customers(id),
            channel TEXT NOT NULL,          -- sms | email
            to_addr TEXT NOT NULL,
            subject TEXT,
            body TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'queued',   -- queued | sending | sent | failed
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            adapter TEXT,                   -- twilio | smtp | file
            provider_message_id TEXT,
            call_id INTEGER REFERENCES calls(id),
            batch_id INTEGER REFERENCES inbound_batches(id),
            created_at TEXT NOT NULL,
            claimed_at TEXT,
            sent_at TEXT
        );
        CREATE INDEX outbox_status ON outbox(status, id);
        CREATE INDEX outbox_customer ON outbox(customer_id, created_at);
        """
    )


@migrations()
def m002_outbox_threading_kinds_retries(db):
    """The outbox carries every message customario sends: replies, follow-ups, one-time codes and
    supervisor notifications (``channel`` webhook: ``to_addr`` is the URL, ``body`` the JSON signed at
    send time). E-mails keep their ``Message-ID`` (made when queued, so retries keep it),
    ``In-Reply-To`` and ``References`` (space-separated ids) for threading; a failed delivery waits
    until ``next_attempt_at`` (exponential back-off) and is retried by any later process."""
    db.executescript(
        """
        ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'message';  -- message | notification | code | followup
        ALTER TABLE outbox ADD COLUMN message_id TEXT;
        ALTER TABLE outbox ADD COLUMN in_reply_to TEXT;
        ALTER TABLE outbox ADD COLUMN references_ids TEXT;
        ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
        CREATE INDEX outbox_kind_status ON outbox(kind, status, id);
        """
    )


@migrations()
def m003_customer_links(db):
    """Pairs of a phone (E.164) and an e-mail known to belong to one person because they appear
    together on one record the business holds (an order, a contact): a message from either
    identifier lands on the same customer. Filled by imports (contacts, a campaign module's orders);
    an address a caller merely says is never a link."""
    db.executescript(
        """
        CREATE TABLE customer_links (
            e164 TEXT NOT NULL,
            email TEXT NOT NULL,          -- lower-case
            source TEXT NOT NULL,         -- e.g. order:ORD-1001, contact:12
            created_at TEXT NOT NULL,
            PRIMARY KEY (e164, email)
        );
        CREATE INDEX customer_links_email ON customer_links(email);
        """
    )
