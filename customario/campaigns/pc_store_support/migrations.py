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
