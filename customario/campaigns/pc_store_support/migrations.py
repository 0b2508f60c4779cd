"""Schema of the pc_store_support module (its own ``sqlite_utils.Migrations`` set, append-only).

Store data: products, inventory per warehouse, orders and order items, refunds, return labels,
tickets (knowledge-base articles live in the shared ``kb_articles``, scoped to the campaign). Money is integer cents,
times UTC ISO-8601. ``refunds`` has one row per refunded order item (UNIQUE), so a second refund
of the same item is refused by the database itself; the order-total guard lives in
``store.process_refund`` inside the same ``BEGIN IMMEDIATE`` transaction.
"""

from sqlite_utils import Migrations

migrations = Migrations("pc_store_support")


@migrations()
def m001_store(db):
    db.executescript(
        """
        CREATE TABLE store_products (
            sku TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            category TEXT NOT NULL,          -- gpu | cpu | ram | ssd | ...
            price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
            description TEXT
        );
        CREATE INDEX store_products_name ON store_products(name COLLATE NOCASE);

        CREATE TABLE store_inventory (
            sku TEXT NOT NULL REFERENCES store_products(sku) ON DELETE CASCADE,
            warehouse TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            low_stock_threshold INTEGER NOT NULL DEFAULT 5,
            PRIMARY KEY (sku, warehouse)
        ) WITHOUT ROWID;

        CREATE TABLE store_orders (
            order_number TEXT PRIMARY KEY,   -- ORD-1001
            customer_name TEXT,
            customer_email TEXT,
            customer_phone TEXT,             -- E.164
            status TEXT NOT NULL,            -- pending | processing | shipped | delivered | cancelled | returned | refunded
            total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
            tracking_number TEXT,
            carrier TEXT,
            placed_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            disputed INTEGER NOT NULL DEFAULT 0,
            fraud_flag INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX store_orders_email ON store_orders(customer_email);
        CREATE INDEX store_orders_phone ON store_orders(customer_phone);

        CREATE TABLE store_order_items (
            id INTEGER PRIMARY KEY,
            order_number TEXT NOT NULL REFERENCES store_orders(order_number) ON DELETE CASCADE,
            sku TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
            UNIQUE (order_number, sku)
        );

        CREATE TABLE store_refunds (
            id INTEGER PRIMARY KEY,
            order_number TEXT NOT NULL REFERENCES store_orders(order_number),
            order_item_id INTEGER NOT NULL REFERENCES store_order_items(id),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            reason TEXT,
            call_id INTEGER,
            created_at TEXT NOT NULL,
            UNIQUE (order_item_id)
        );
        CREATE INDEX store_refunds_order ON store_refunds(order_number);

        CREATE TABLE store_return_labels (
            id INTEGER PRIMARY KEY,
            order_number TEXT NOT NULL REFERENCES store_orders(order_number),
            carrier TEXT NOT NULL,
            tracking_number TEXT NOT NULL UNIQUE,
            reason TEXT,
            call_id INTEGER,
            created_at TEXT NOT NULL
        );

        CREATE TABLE store_tickets (
            id INTEGER PRIMARY KEY,
            order_number TEXT,
            customer_id INTEGER,             -- customers.id (core channels set), when known
            call_id INTEGER,
            channel TEXT,
            priority TEXT NOT NULL,          -- low | normal | high | urgent
            reason TEXT NOT NULL,            -- refund-over-threshold | fraud | dispute | customer-request | ...
            summary TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',   -- JSON: requested amount, extracted fields
            status TEXT NOT NULL DEFAULT 'open',  -- open | resolved
            resolution TEXT,
            created_at TEXT NOT NULL,
            resolved_at TEXT
        );
        CREATE INDEX store_tickets_status ON store_tickets(status, priority);

        CREATE TABLE store_customer_info (
            id INTEGER PRIMARY KEY,
            call_id INTEGER,
            customer_id INTEGER,
            name TEXT,
            email TEXT,
            phone TEXT,
            order_number TEXT,
            issue_type TEXT,                 -- order-status | refund | return | stock | technical | billing | other
            severity TEXT,                   -- low | medium | high | critical
            summary TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE store_kb_articles (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '[]'
        );
        CREATE VIRTUAL TABLE store_kb_fts USING fts5(title, body, tags, content='store_kb_articles', content_rowid='id');
        CREATE TRIGGER store_kb_ai AFTER INSERT ON store_kb_articles BEGIN
            INSERT INTO store_kb_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
        END;
        CREATE TRIGGER store_kb_ad AFTER DELETE ON store_kb_articles BEGIN
            INSERT INTO store_kb_fts(store_kb_fts, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);
        END;
        CREATE TRIGGER store_kb_au AFTER UPDATE ON store_kb_articles BEGIN
            INSERT INTO store_kb_fts(store_kb_fts, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);
            INSERT INTO store_kb_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
        END;
        """
    )


@migrations()
def m002_product_trigrams(db):
    """FTS5 trigram index over product names and SKUs: fuzzy lookups without scanning the catalogue."""
    db.executescript(
        """
        CREATE VIRTUAL TABLE store_products_tri USING fts5(sku, name, content='store_products', tokenize='trigram');
        INSERT INTO store_products_tri(store_products_tri) VALUES ('rebuild');
        CREATE TRIGGER store_products_tri_ai AFTER INSERT ON store_products BEGIN
            INSERT INTO store_products_tri(rowid, sku, name) VALUES (new.rowid, new.sku, new.name);
        END;
        CREATE TRIGGER store_products_tri_ad AFTER DELETE ON store_products BEGIN
            INSERT INTO store_products_tri(store_products_tri, rowid, sku, name) VALUES ('delete', old.rowid, old.sku, old.name);
        END;
        CREATE TRIGGER store_products_tri_au AFTER UPDATE ON store_products BEGIN
            INSERT INTO store_products_tri(store_products_tri, rowid, sku, name) VALUES ('delete', old.rowid, old.sku, old.name);
            INSERT INTO store_products_tri(rowid, sku, name) VALUES (new.rowid, new.sku, new.name);
        END;
        """
    )


@migrations()
def m003_kb_moves_to_core(db):
    """The store's articles now live in the shared knowledge base (customario.escalation.knowledge, kb_articles)."""
    db.executescript(
        """
        DROP TRIGGER IF EXISTS store_kb_ai;
        DROP TRIGGER IF EXISTS store_kb_ad;
        DROP TRIGGER IF EXISTS store_kb_au;
        DROP TABLE IF EXISTS store_kb_fts;
        DROP TABLE IF EXISTS store_kb_articles;
        """
    )


@migrations()
def m004_identity_refund_rules_tickets(db):
    """Identity checks, refund rules that hold together, and tickets a human can work on.

    - ``store_orders.shipping_postcode``: the second factor "postcode" (with the customer's last name).
    - ``store_refunds`` is rebuilt without ``UNIQUE(order_item_id)``: an item may be refunded in
      parts (a partial refund no longer blocks the rest), never above its line total. Each refund
      carries an ``idempotency_key`` (``call:<id>:item:<id>`` or ``ticket:<id>:item:<id>``, UNIQUE):
      one refund per complaint. ``customer_key`` (the order's e-mail, else phone) serves the
      per-customer daily limit; ``approved_by`` names the human who approved it (else NULL: automatic).
    - ``store_tickets`` gains the requested and approved amounts, the item, an assignee, the
      customer's contact, a decision and ``updated_at``; comments live in ``store_ticket_comments``.
    - ``store_verifications``: who proved to be whom, per call and order (caller ID, second
      factor, one-time code sent through the outbox; the code is stored as a salted hash).
    - ``store_refusals``: every refused order action with the reason (what the caller was told).
    """
    db.executescript(
        """
        ALTER TABLE store_orders ADD COLUMN shipping_postcode TEXT;

        CREATE TABLE store_refunds_new (
            id INTEGER PRIMARY KEY,
            order_number TEXT NOT NULL REFERENCES store_orders(order_number),
            order_item_id INTEGER NOT NULL REFERENCES store_order_items(id),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            reason TEXT,
            call_id INTEGER,
            customer_key TEXT,
            idempotency_key TEXT NOT NULL UNIQUE,
            ticket_id INTEGER,
            approved_by TEXT,
            created_at TEXT NOT NULL
        );
        INSERT INTO store_refunds_new (id, order_number, order_item_id, amount_cents, reason, call_id, customer_key,
                                       idempotency_key, created_at)
            SELECT r.id, r.order_number, r.order_item_id, r.amount_cents, r.reason, r.call_id,
                   COALESCE(lower(o.customer_email), o.customer_phone), 'legacy:' || r.id, r.created_at
            FROM store_refunds r LEFT JOIN store_orders o ON o.order_number = r.order_number;
        DROP TABLE store_refunds;
        ALTER TABLE store_refunds_new RENAME TO store_refunds;
        CREATE INDEX store_refunds_order ON store_refunds(order_number);
        CREATE INDEX store_refunds_item ON store_refunds(order_item_id);
        CREATE INDEX store_refunds_customer_day ON store_refunds(customer_key, created_at);

        ALTER TABLE store_tickets ADD COLUMN requested_cents INTEGER;   -- refund asked for (NULL: no refund)
        ALTER TABLE store_tickets ADD COLUMN approved_cents INTEGER;    -- what a human approved (may differ)
        ALTER TABLE store_tickets ADD COLUMN sku TEXT;                  -- the item named, when one was
        ALTER TABLE store_tickets ADD COLUMN assignee TEXT;
        ALTER TABLE store_tickets ADD COLUMN contact_phone TEXT;        -- E.164, to reach the customer
        ALTER TABLE store_tickets ADD COLUMN contact_email TEXT;
        ALTER TABLE store_tickets ADD COLUMN customer_key TEXT;         -- the order's customer (daily limit)
        ALTER TABLE store_tickets ADD COLUMN decision TEXT;             -- approved | declined | NULL
        ALTER TABLE store_tickets ADD COLUMN updated_at TEXT;
        UPDATE store_tickets SET requested_cents = json_extract(details, '$.requested_cents'),
                                 sku = json_extract(details, '$.sku'), updated_at = created_at;
        CREATE INDEX store_tickets_order ON store_tickets(order_number, status);

        CREATE TABLE store_ticket_comments (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES store_tickets(id) ON DELETE CASCADE,
            author TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX store_ticket_comments_ticket ON store_ticket_comments(ticket_id, id);

        CREATE TABLE store_verifications (
            id INTEGER PRIMARY KEY,
            call_id INTEGER,
            order_number TEXT NOT NULL,
            method TEXT NOT NULL,            -- caller-id | second-factor | one-time-code
            status TEXT NOT NULL,            -- verified | pending (code sent) | failed | locked
            detail TEXT,                     -- which factor matched / where the code went (masked)
            code_hash TEXT,                  -- salted SHA-256 of the one-time code
            attempts INTEGER NOT NULL DEFAULT 0,
            outbox_id INTEGER,
            expires_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX store_verifications_call ON store_verifications(call_id, order_number);

        CREATE TABLE store_refusals (
            id INTEGER PRIMARY KEY,
            call_id INTEGER,
            order_number TEXT,
            action TEXT NOT NULL,            -- refund | return-label | status-change | order-details | verification
            reason TEXT NOT NULL,            -- a code: unverified | not-delivered | over-item | ... (docs/support-and-channels.md)
            message TEXT NOT NULL,           -- the one sentence the caller was told
            details TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        );
        CREATE INDEX store_refusals_call ON store_refusals(call_id);
        """
    )


@migrations()
def m005_customer_links_from_orders(db):
    """An order's phone and e-mail belong to one customer: record them as a customer link (core
    table ``customer_links``) so an SMS and an e-mail from that person are one customer."""
    if "customer_links" in db.table_names():
        db.execute(
            "INSERT OR IGNORE INTO customer_links (e164, email, source, created_at) "
            "SELECT customer_phone, lower(customer_email), 'order:' || order_number, updated_at FROM store_orders "
            "WHERE customer_phone IS NOT NULL AND customer_email IS NOT NULL"
        )


@migrations()
def m006_refund_guards(db):
    """The hard refund limits, held by the database as well as by ``refunds.process_refund``: a
    refund row names an item of its own order, and the refunds of an item never add up to more
    than its line (quantity x unit price), nor those of an order to more than its total. A write
    that breaks one aborts (``RAISE(ABORT)``), whichever process or code path made it. (The
    campaign's automatic threshold and daily limit are policy, checked in code.)"""
    db.executescript(
        """
        CREATE TRIGGER store_refunds_guard_insert BEFORE INSERT ON store_refunds
        BEGIN
            SELECT RAISE(ABORT, 'refund of an item that is not on the order')
            WHERE NOT EXISTS (SELECT 1 FROM store_order_items i WHERE i.id = NEW.order_item_id
                              AND i.order_number = NEW.order_number);
            SELECT RAISE(ABORT, 'refunds would exceed what was paid for the item')
            WHERE NEW.amount_cents + (SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds
                                      WHERE order_item_id = NEW.order_item_id)
                  > (SELECT quantity * unit_price_cents FROM store_order_items WHERE id = NEW.order_item_id);
            SELECT RAISE(ABORT, 'refunds would exceed the order total')
            WHERE NEW.amount_cents + (SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds
                                      WHERE order_number = NEW.order_number)
                  > (SELECT total_cents FROM store_orders WHERE order_number = NEW.order_number);
        END;

        CREATE TRIGGER store_refunds_guard_update BEFORE UPDATE OF amount_cents, order_item_id, order_number
        ON store_refunds
        BEGIN
            SELECT RAISE(ABORT, 'a refund row is never changed: write a new one');
        END;
        """
    )
