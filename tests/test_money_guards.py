"""The database holds the hardest money rules itself (triggers), so no code path, plug-in or hand-written
SQL can pay a simulated respondent, pay nobody, or refund more than was paid."""

import importlib
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from evalfixtures import add_feedback_campaign, make_call  # noqa: E402


def _payment(db, call_id, status, payee_kind="contact"):
    return (
        db["payments"]
        .insert(
            {
                "call_id": call_id,
                "campaign": "customer_feedback",
                "amount_cents": 300,
                "computed_cents": 300,
                "status": status,
                "payee_kind": payee_kind,
                "created_at": "x",
                "updated_at": "x",
            }
        )
        .last_pk
    )


def test_a_simulated_or_test_call_never_gets_a_payable_row(db):
    stored = add_feedback_campaign(db)
    for call in (
        make_call(db, stored, channel="simulation"),
        make_call(db, stored, channel="console"),
        make_call(db, stored, metadata={"test": True}),
    ):
        for status in ("pending", "approved", "paid"):
            with pytest.raises(sqlite3.IntegrityError, match="never payable"):
                _payment(db, call, status)
        pid = _payment(db, call, "test")
        for status in ("pending", "approved", "paid"):
            with pytest.raises(sqlite3.IntegrityError, match="never payable"):
                db.execute("UPDATE payments SET status = ? WHERE id = ?", [status, pid])
        db.execute("UPDATE payments SET status = 'void' WHERE id = ?", [pid])  # voiding stays possible
    real = make_call(db, stored)
    assert _payment(db, real, "pending")


def test_an_approved_or_paid_payment_names_its_payee(db):
    stored = add_feedback_campaign(db)
    pid = _payment(db, make_call(db, stored, contact=False), "held", payee_kind=None)
    for status in ("approved", "paid"):
        with pytest.raises(sqlite3.IntegrityError, match="needs a payee"):
            db.execute("UPDATE payments SET status = ? WHERE id = ?", [status, pid])
    with pytest.raises(sqlite3.IntegrityError, match="needs a payee"):
        _payment(db, make_call(db, stored, contact=False), "approved", payee_kind=None)


@pytest.fixture
def shop(db):
    importlib.import_module("customario.campaigns.pc_store_support.catalogue").import_seed(db)
    return db


def _refund(db, order, sku, cents, key):
    item = db.execute(
        "SELECT id FROM store_order_items WHERE sku = ? ORDER BY order_number = ? DESC LIMIT 1", [sku, order]
    ).fetchone()[0]
    return (
        db["store_refunds"]
        .insert(
            {
                "order_number": order,
                "order_item_id": item,
                "amount_cents": cents,
                "idempotency_key": key,
                "created_at": "x",
            }
        )
        .last_pk
    )


def test_refund_rows_never_exceed_the_item_or_the_order(shop):
    _refund(shop, "ORD-1001", "SSD-990PRO-2T", 17000, "k1")
    with pytest.raises(sqlite3.IntegrityError, match="for the item"):
        _refund(shop, "ORD-1001", "SSD-990PRO-2T", 1000, "k2")  # 170 + 10 > 179.99
    _refund(shop, "ORD-1001", "SSD-990PRO-2T", 999, "k3")  # exactly the line
    with pytest.raises(sqlite3.IntegrityError, match="not on the order"):
        _refund(shop, "ORD-1001", "GPU-4090", 100, "k4")  # the GPU is on ORD-1004
    rid = _refund(shop, "ORD-1001", "RAM-DDR5-32", 100, "k5")
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        shop.execute("UPDATE store_refunds SET amount_cents = 99999 WHERE id = ?", [rid])
    assert shop.execute("SELECT SUM(amount_cents) FROM store_refunds").fetchone()[0] == 17999 + 100


def test_order_total_below_its_items_is_the_cap(shop):
    """A discounted order (total below the sum of its lines): the refunds stop at what was paid, and
    the agent's path reports it as a refusal, not a traceback."""
    rf = importlib.import_module("customario.campaigns.pc_store_support.refunds")
    store = importlib.import_module("customario.campaigns.pc_store_support.store")
    shop.execute("UPDATE store_orders SET total_cents = 20000 WHERE order_number = 'ORD-1001'")
    pol = store.Policy(refund_threshold_cents=100000, daily_customer_limit_cents=100000)
    r = rf.process_refund(
        shop, rf.RefundRequest(order_number="ORD-1001", sku="SSD-990PRO-2T", verified_by="t", policy=pol)
    )
    assert r["status"] == "refunded"
    with pytest.raises(store.RefundRefused):
        rf.process_refund(
            shop, rf.RefundRequest(order_number="ORD-1001", sku="RAM-DDR5-32", verified_by="t", policy=pol)
        )
    assert shop.execute("SELECT SUM(amount_cents) FROM store_refunds").fetchone()[0] <= 20000
