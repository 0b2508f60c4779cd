"""Money that cannot go wrong in support: amounts, identity before money, refund rules, tickets, races.

Conversations run through the offline StorePolicy with the real tool handlers on a real SQLite file.
"""

import asyncio
import importlib
import json
import sys
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).parent / "corpus" / "money"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_money  # noqa: E402  (its store_call_context is the one way both build a store call)

ALEX, JORDAN, SAM = "+14155550101", "+12125550142", "+13125550177"


def _mod(name: str):
    return importlib.import_module(f"customario.campaigns.pc_store_support.{name}")


@pytest.fixture
def shop(db):
    _mod("catalogue").import_seed(db)
    return db


def _ctx(db, contact=None, channel="console"):
    return bench_money.store_call_context(db, contact, channel)


class Talk:
    """Drive the offline policy like the engine does: caller turns are recorded, tools really run."""

    def __init__(self, db, contact=None, channel="console"):
        from customario.plugins.manager import discover

        self.ctx = _ctx(db, contact, channel)
        self.db = db
        self.policy = _mod("policy").StorePolicy(self.ctx.campaign, self.ctx.contact, self.ctx)
        self.tools = discover().tools()
        self.called: list[tuple[str, dict]] = []
        self.seq = 0
        self.said = []
        self._run(self.policy.opening())

    def _run(self, actions):
        from customario.dialogue.policy import CallTool, Hangup, Say
        from customario.dialogue.tools import ToolFailure

        out = []
        for a in actions:
            if isinstance(a, Say):
                out.append(a.text)
            elif isinstance(a, Hangup):
                out.append("<hangup>")
            elif isinstance(a, CallTool):
                self.called.append((a.name, a.arguments))
                spec = self.tools[a.name]
                try:
                    result, error = (
                        asyncio.run(spec.handler(self.ctx, spec.parameters.model_validate(a.arguments))),
                        None,
                    )
                except ToolFailure as exc:
                    result, error = None, str(exc)
                out += self._run(self.policy.on_tool_result(a.name, json.loads(json.dumps(result, default=str)), error))
        self.said += out
        return out

    def __call__(self, text: str) -> str:
        self.seq += 1
        self.db["turns"].insert(
            {
                "call_id": self.ctx.call_id,
                "seq": self.seq,
                "role": "caller",
                "text": text,
                "started_at": "2026-11-20T10:00:00+00:00",
            }
        )
        return " ".join(self._run(self.policy.respond(text)))


def refunds(db, order=None):
    sql = "SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds" + (" WHERE order_number = ?" if order else "")
    return db.execute(sql, [order] if order else []).fetchone()[0]


# ------------------------------------------------------------------------------------------ amounts


def _grade(expect, reading):
    if expect == "none":
        return "right" if reading.status == "none" else ("wrong" if reading.status == "ok" else "asked")
    if expect == "ask":
        return "wrong" if reading.status in ("ok", "none") else "right"
    if reading.status == "ok":
        return "right" if reading.cents == expect else "wrong"
    return "asked" if reading.status in ("confirm", "ambiguous") else "wrong"


def test_own_amount_corpus_never_accepts_a_wrong_amount():
    from customario.dialogue.amounts import read_amount

    rows = yaml.safe_load((CORPUS / "amounts_own.yaml").read_text())
    assert len(rows) >= 100
    grades = {}
    for r in rows:
        g = _grade(r["expect"], read_amount(r["text"], currency=r.get("currency", "USD")))
        grades.setdefault(g, []).append(r["text"])
    assert not grades.get("wrong"), grades.get("wrong")
    assert len(grades.get("right", [])) >= 0.95 * len(rows)


@pytest.mark.parametrize(
    "text,cents",
    [
        ("I want a refund of $1,799.99 on ORD-1004", 179999),
        ("1,200 dollars", 120000),
        ("$1.5k", 150000),
        ("fifteen hundred dollars", 150000),
        ("I paid $1,799.99 but I want $200 back", 20000),
    ],
)
def test_issue_amounts(text, cents):
    from customario.dialogue.amounts import read_amount

    r = read_amount(text)
    assert (r.status, r.cents) == ("ok", cents)


# ----------------------------------------------------------------------------------------- identity


def test_stranger_gets_status_only_never_money_label_or_status_change(shop):
    talk = Talk(shop, {"e164": JORDAN})  # Jordan's phone, Alex's order
    said = talk("Where is my order ORD-1001?")
    assert "ORD-1001 is delivered" in said and "postcode or the last name" in said and "SSD" not in said
    said = talk("I want a refund of $150 for the SSD on ORD-1001")
    assert "confirm it's yours" in said
    talk("Rivers")  # wrong last name
    talk("my zip is 10001")  # wrong postcode (Jordan's own)
    said = talk("Smith")
    assert "can't try again" in said
    said = talk("then just send me a return label for ORD-1001")
    assert refunds(shop) == 0 and shop.execute("SELECT COUNT(*) FROM store_return_labels").fetchone()[0] == 0
    reasons = [
        r[0]
        for r in shop.execute("SELECT reason FROM store_refusals WHERE call_id = ? ORDER BY id", [talk.ctx.call_id])
    ]
    assert reasons[0] == "unverified" and "verification-locked" in reasons
    assert (
        shop.execute(
            "SELECT status FROM store_verifications WHERE call_id = ? ORDER BY id DESC LIMIT 1", [talk.ctx.call_id]
        ).fetchone()[0]
        == "locked"
    )
    # locked for this call: even the right postcode no longer verifies it
    said = talk("ok my postcode is 94107")
    assert refunds(shop) == 0


def test_second_factor_then_the_exact_amount_goes_to_a_human(shop):
    talk = Talk(shop, {})  # console, no caller ID
    said = talk("I want a refund of $1,799.99 on ORD-1004")
    assert "postcode" in said
    said = talk("60601")
    assert "matches order ORD-1004" in said and "ticket #1" in said
    t = shop.execute("SELECT requested_cents, sku, contact_phone, contact_email FROM store_tickets").fetchone()
    assert t == (179999, "GPU-4090", SAM, "sam.patel@example.com")  # the customer's contact, from the order
    assert refunds(shop) == 0


def test_one_time_code_goes_to_the_order_contact_not_the_caller(shop):
    import re

    talk = Talk(shop, {})
    talk("refund the RAM on ORD-1001 please")
    said = talk("can you text me a code?")
    assert "******0101" in said
    row = shop.execute("SELECT channel, to_addr, body FROM outbox").fetchone()
    assert row[0] == "sms" and row[1] == ALEX
    code = re.search(r"\b(\d{6})\b", row[2]).group(1)
    stored = shop.execute("SELECT code_hash FROM store_verifications WHERE status = 'pending'").fetchone()[0]
    assert code not in stored
    said = talk(f"the code is {code[:3]} {code[3:]}")
    assert "$119.99" in said and refunds(shop, "ORD-1001") == 11999


def test_wrong_code_three_times_locks(shop):
    talk = Talk(shop, {})
    talk("refund the RAM on ORD-1001")
    talk("send me a code")
    for _ in range(3):
        said = talk("code 000000")
    assert "can't try again" in said and refunds(shop) == 0


# ------------------------------------------------------------------------------------- refund rules


def test_one_refund_per_complaint_on_the_named_item(shop):
    talk = Talk(shop, {"e164": ALEX})
    said = talk("The RAM on ORD-1001 is faulty, I want $45 back")
    assert "$45.00" in said and "Corsair" in said
    said = talk("I want $45 back for the RAM on ORD-1001")
    assert "already refunded $45.00" in said
    rows = shop.execute(
        "SELECT i.sku, r.amount_cents FROM store_refunds r JOIN store_order_items i ON i.id = r.order_item_id"
    ).fetchall()
    assert rows == [("RAM-DDR5-32", 4500)]


def test_items_that_do_not_fit_are_asked_back_and_goodwill_goes_on_the_order(shop):
    talk = Talk(shop, {"e164": ALEX})
    said = talk("ORD-1001: the graphics card doesn't work, refund the GPU")  # no GPU on that order
    assert "can't find that item" in said and refunds(shop) == 0
    said = talk("the SSD")
    assert "Samsung" in said and refunds(shop) == 17999
    talk2 = Talk(shop, {"e164": ALEX})
    said = talk2("ORD-1001 came four days late, can you refund $25 for the trouble?")
    assert "$25.00" in said and refunds(shop) == 17999 + 2500  # on the order as a whole: what is left
    said = talk2("and another $25 please")
    assert "ticket #" in said and refunds(shop) == 17999 + 2500  # more in the same conversation: a person decides


def test_ambiguous_and_bare_amounts_are_asked_back(shop):
    talk = Talk(shop, {"e164": ALEX})
    said = talk("refund two fifty for the RAM on ORD-1001")
    assert "could be" in said and refunds(shop) == 0
    said = talk("$2.50")
    assert "$2.50" in said and refunds(shop) == 250
    talk2 = Talk(shop, {"e164": ALEX})
    said = talk2("refund 45 for the SSD on ORD-1001")
    assert "Just to confirm, that's $45.00?" in said and refunds(shop) == 250
    said = talk2("yes")
    assert refunds(shop) == 250 + 4500
    talk3 = Talk(shop, {"e164": ALEX})
    talk3("refund 30 for the SSD on ORD-1001")
    said = talk3("no, 20 dollars")
    assert "$20.00" in said and refunds(shop) == 250 + 4500 + 2000


def test_issue_1799_refunds_exactly_and_1_dollar_never(shop):
    talk = Talk(shop, {"e164": SAM})
    talk("I want a refund of $1,799.99 on ORD-1004")
    t = shop.execute("SELECT requested_cents FROM store_tickets").fetchone()
    assert t == (179999,) and refunds(shop) == 0


def test_limit_cannot_be_split_around_an_open_ticket_and_human_changes_amount(shop, cli):
    talk = Talk(shop, {"e164": SAM})
    talk("I want a refund of $1,799.99 on ORD-1004")
    said = talk("ok then refund 499 dollars on ORD-1004 for the graphics card")
    assert "already a refund request" in said and refunds(shop) == 0
    assert shop.execute("SELECT COUNT(*) FROM store_tickets").fetchone()[0] == 1
    r = cli("tickets", "assign", "1", "dana")
    assert r.exit_code == 0, r.stderr
    cli("tickets", "comment", "1", "courier confirms damage", "--by", "dana")
    r = cli("tickets", "approve", "1", "--by", "dana", "--amount", "1,500.00", "--json")
    assert r.exit_code == 0, r.stderr
    t = json.loads(r.stdout)
    assert t["approved_cents"] == 150000 and t["decision"] == "approved" and t["assignee"] == "dana"
    assert [c["body"] for c in t["comments"]][-1].startswith("approved a refund of $1,500.00 (requested $1,799.99)")
    assert refunds(shop, "ORD-1004") == 150000
    # reopened: only what is left on the GPU may still be approved
    assert cli("tickets", "reopen", "1", "-m", "customer called back").exit_code == 0
    r = cli("tickets", "approve", "1", "--by", "dana", "--amount", "400")
    assert r.exit_code != 0 and "more than" in r.stderr
    r = cli("tickets", "approve", "1", "--by", "dana", "--amount", "299.99")
    assert r.exit_code == 0, r.stderr
    assert refunds(shop, "ORD-1004") == 179999
    r = cli("tickets", "approve", "1", "--by", "dana", "--amount", "two fifty")
    assert r.exit_code != 0


def test_refunds_only_on_delivered_orders(shop):
    talk = Talk(shop, {"e164": "+16175550123"})  # Casey, ORD-1005 is processing
    said = talk("I want a refund for ORD-1005")
    assert "hasn't shipped yet" in said and refunds(shop) == 0
    assert shop.execute("SELECT reason FROM store_refusals").fetchone()[0] == "not-refundable-status"


def test_cumulative_order_and_daily_customer_limits(shop):
    store, refunds_mod = _mod("store"), _mod("refunds")
    pol = store.Policy(refund_threshold_cents=50000, daily_customer_limit_cents=25000)
    req = dict(order_number="ORD-1001", verified_by="test", policy=pol)
    r1 = refunds_mod.process_refund(shop, refunds_mod.RefundRequest(amount_cents=15000, sku="SSD-990PRO-2T", **req))
    assert r1["status"] == "refunded"
    r2 = refunds_mod.process_refund(shop, refunds_mod.RefundRequest(sku="RAM-DDR5-32", **req))
    assert r2["status"] == "escalated" and r2["reason"] == "daily-limit"  # 150 + 119.99 > 250 today
    pol2 = store.Policy(refund_threshold_cents=28000, daily_customer_limit_cents=100000)
    r3 = refunds_mod.process_refund(
        shop,
        refunds_mod.RefundRequest(
            amount_cents=2000, sku="SSD-990PRO-2T", order_number="ORD-1001", verified_by="t", policy=pol2
        ),
    )
    assert r3["status"] == "escalated" and r3["existing"]  # 150 + pending 119.99 + 20 > 280: joins the ticket
    assert refunds(shop) == 15000


# ---------------------------------------------------------------------------- concurrent conversations


def _invariants(db, policy):
    """Refunded totals never above an item's line, the order total, or (automatic ones) the limits."""
    over_item = db.execute(
        "SELECT COUNT(*) FROM store_order_items i WHERE (SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds r "
        "WHERE r.order_item_id = i.id) > i.quantity * i.unit_price_cents"
    ).fetchone()[0]
    over_order = db.execute(
        "SELECT COUNT(*) FROM store_orders o WHERE (SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds r "
        "WHERE r.order_number = o.order_number) > o.total_cents"
    ).fetchone()[0]
    auto_order = (
        db.execute(
            "SELECT MAX(s) FROM (SELECT SUM(amount_cents) AS s FROM store_refunds WHERE approved_by IS NULL "
            "GROUP BY order_number)"
        ).fetchone()[0]
        or 0
    )
    auto_day = (
        db.execute(
            "SELECT MAX(s) FROM (SELECT SUM(amount_cents) AS s FROM store_refunds WHERE approved_by IS NULL "
            "GROUP BY customer_key, substr(created_at, 1, 10))"
        ).fetchone()[0]
        or 0
    )
    dup_keys = db.execute("SELECT COUNT(*) - COUNT(DISTINCT idempotency_key) FROM store_refunds").fetchone()[0]
    assert over_item == 0 and over_order == 0 and dup_keys == 0
    assert auto_order <= policy.refund_threshold_cents and auto_day <= policy.daily_customer_limit_cents


def test_concurrent_conversations_never_exceed_totals_or_caps(tmp_path):
    """Property: whatever two conversations ask at the same moment (hypothesis draws the requests),
    the refunded totals stay within the items, the orders and the automatic limits."""
    import threading

    from hypothesis import HealthCheck, given, settings, strategies as st

    from customario.store.db import open_db

    store, rf = _mod("store"), _mod("refunds")
    _mod("catalogue")
    orders = ["ORD-1001", "ORD-1004"]
    skus = {"ORD-1001": ["SSD-990PRO-2T", "RAM-DDR5-32", None], "ORD-1004": ["GPU-4090", "PSU-RM1000X", None]}
    request = st.tuples(
        st.sampled_from(orders), st.integers(0, 2), st.one_of(st.none(), st.integers(1, 60000)), st.integers(1, 3)
    )
    counter = iter(range(10_000))
    import shutil

    from customario.plugins.manager import discover

    template = tmp_path / "template.db"
    db = open_db(template, plugins=discover())
    _mod("catalogue").import_seed(db)
    for call in range(1, 11):
        for order in orders:
            db["store_verifications"].insert(
                {
                    "call_id": call,
                    "order_number": order,
                    "method": "test",
                    "status": "verified",
                    "created_at": "x",
                    "updated_at": "x",
                }
            )
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
    @given(st.lists(request, min_size=2, max_size=8), st.integers(10000, 60000), st.integers(10000, 80000))
    def run(reqs, threshold, daily):
        path = tmp_path / f"race{next(counter)}.db"
        shutil.copy(template, path)
        policy = store.Policy(refund_threshold_cents=threshold, daily_customer_limit_cents=daily)
        halves = [reqs[0::2], reqs[1::2]]
        barrier = threading.Barrier(2)
        errors = []

        def worker(mine, offset):
            conn = open_db(path, migrate=False)
            try:
                barrier.wait(timeout=10)
                for order, k, cents, call in mine:
                    try:
                        rf.process_refund(
                            conn,
                            rf.RefundRequest(
                                order_number=order,
                                amount_cents=cents,
                                sku=skus[order][k],
                                call_id=call + offset,
                                verified_by="test",
                                policy=policy,
                            ),
                        )
                    except store.RefundRefused:
                        pass
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)
            finally:
                conn.close()

        threads = [threading.Thread(target=worker, args=(h, 3 * i)) for i, h in enumerate(halves)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors, errors
        db = open_db(path, migrate=False)
        try:
            _invariants(db, policy)
        finally:
            db.close()

    run()


def _race_process(path: str, order: str, sku: str, call_id: int, out) -> None:
    """One conversation in its own process: verify by caller ID, then ask for the whole item."""
    from customario.store.db import open_db

    rf = importlib.import_module("customario.campaigns.pc_store_support.refunds")
    store = importlib.import_module("customario.campaigns.pc_store_support.store")
    db = open_db(path, migrate=False)
    try:
        r = rf.process_refund(
            db, rf.RefundRequest(order_number=order, sku=sku, call_id=call_id, verified_by="t", policy=store.Policy())
        )
        out.put(r["status"])
    except store.RefundRefused as exc:
        out.put(exc.code)
    finally:
        db.close()


def test_two_processes_refund_one_item_once(shop, db_path):
    import multiprocessing as mp

    for call in (101, 102):
        shop["store_verifications"].insert(
            {
                "call_id": call,
                "order_number": "ORD-1001",
                "method": "test",
                "status": "verified",
                "created_at": "x",
                "updated_at": "x",
            }
        )
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    procs = [
        ctx.Process(target=_race_process, args=(str(db_path), "ORD-1001", "SSD-990PRO-2T", c, q)) for c in (101, 102)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
    outcomes = sorted(q.get(timeout=5) for _ in procs)
    assert outcomes == ["already-refunded", "refunded"]
    assert refunds(shop) == 17999


def test_another_amount_confirmed_by_a_bare_yes_goes_to_a_person(shop):
    """ "and another five hundred" is read back; the "yes" that confirms it is not a repeat of the first
    complaint: a ticket for a human, never a second automatic refund nor a silent "already refunded"."""
    talk = Talk(shop, {"e164": SAM})
    talk("ORD-1004 refund me five hundred for the card")
    talk("yes")
    assert refunds(shop) == 50000
    talk("and another five hundred")
    said = talk("yes")
    assert "ticket #" in said and refunds(shop) == 50000
    assert shop.execute("SELECT reason, requested_cents FROM store_tickets").fetchone() == ("repeat-request", 50000)
