"""pc_store_support: seed data, store tools called through their handlers, refund policy, the offline policy."""

import asyncio
import importlib
import json

import pytest

from customario.errors import ExitCode


def _mod(name: str):
    from customario.plugins.manager import discover

    module = discover().get("pc_store_support")
    assert module is not None and module.error is None, module and module.error
    return importlib.import_module(f"customario.campaigns.pc_store_support.{name}")


@pytest.fixture
def store_db(db):
    _mod("catalogue").import_seed(db)
    return db


@pytest.fixture
def ctx(store_db):
    from customario.definitions.catalog import resolve_campaign
    from customario.config import load_settings
    from customario.dialogue.tools import ToolContext

    stored = resolve_campaign(store_db, "pc_store_support")
    settings = load_settings(env={}, load_dotenv_file=False, db=":memory:")
    call_id = (
        store_db["calls"]
        .insert(
            {
                "campaign": "pc_store_support",
                "channel": "console",
                "status": "in-progress",
                "created_at": "2026-11-20T10:00:00+00:00",
            }
        )
        .last_pk
    )
    return ToolContext(
        db=store_db,
        campaign=stored,
        settings=settings,
        channel="console",
        call_id=call_id,
        contact={"e164": "+14155550101", "email": "alex.rivera@example.com", "name": "Alex Rivera"},
    )


def call(ctx, tool, **args):
    """Validate ``args`` with the tool's own pydantic model and run its handler, like the engine does."""
    from customario.plugins.manager import discover

    spec = discover().tools()[tool]
    return asyncio.run(spec.handler(ctx, spec.parameters.model_validate(args)))


def test_module_registers_tools_policy_cli_and_migrations(db):
    from customario.plugins.manager import discover
    from customario.api import ToolSpec

    plugins = discover().collect_all()
    m = plugins.get("pc_store_support")
    assert [s.name for s in m.migrations] == ["pc_store_support"]
    assert sorted(m.commands) == ["store", "tickets"] and "pc_store_support" in m.policies
    tools = plugins.tools()
    for name in (
        "lookup_order",
        "check_inventory",
        "process_refund",
        "update_order_status",
        "create_return_label",
        "search_knowledge_base",
        "save_customer_info",
        "escalate_to_human",
        "send_followup",
        "reply_on_channel",
    ):
        assert isinstance(tools[name], ToolSpec)
        schema = tools[name].json_schema()
        assert schema["type"] == "object"
    assert "order_number" in tools["process_refund"].json_schema()["properties"]
    assert {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'store_%'")} >= {
        "store_products",
        "store_inventory",
        "store_orders",
        "store_order_items",
        "store_refunds",
        "store_return_labels",
        "store_tickets",
    }


def test_seed_orders_and_lookup(ctx):
    o = call(ctx, "lookup_order", order_number="ORD-1001")
    assert o["status"] == "delivered" and o["total_cents"] == 17999 + 11999
    assert call(ctx, "lookup_order", order_number="ord 1002")["status"] == "shipped"
    assert call(ctx, "lookup_order", order_number="ORD-1003")["status"] == "pending"
    from customario.dialogue.tools import ToolFailure

    with pytest.raises(ToolFailure, match="no order ORD-9999"):
        call(ctx, "lookup_order", order_number="ORD-9999")
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        call(ctx, "lookup_order", order_number="hello")


def test_inventory_by_sku_name_and_fuzzy(ctx):
    from customario.dialogue.tools import ToolFailure

    r = call(ctx, "check_inventory", query="GPU-4070S")
    assert (r["sku"], r["total"], r["in_stock"]) == ("GPU-4070S", 23, True)
    assert call(ctx, "check_inventory", query="rtx 4090")["sku"] == "GPU-4090"
    assert call(ctx, "check_inventory", query="samsng 990 pro")["sku"] == "SSD-990PRO-2T"  # misspelt
    out = call(ctx, "check_inventory", query="7800 XT")
    assert out["sku"] == "GPU-7800XT" and out["in_stock"] is False
    assert call(ctx, "check_inventory", query="MX500")["low_stock"] is True
    with pytest.raises(ToolFailure, match="no product matches"):
        call(ctx, "check_inventory", query="flux capacitor")


def test_refund_partial_full_repeat_and_larger_than_order(ctx):
    from customario.dialogue.tools import ToolFailure

    db = ctx.db
    # an item the order does not hold: asked back, nothing moves
    r = call(ctx, "process_refund", order_number="ORD-1001", amount_dollars="50.00", item="the GPU", reason="dead")
    assert r["status"] == "needs-item" and len(r["choices"]) == 2
    r = call(
        ctx, "process_refund", order_number="ORD-1001", amount_dollars="50.00", item="the SSD", reason="scratched box"
    )
    assert r["status"] == "refunded" and r["amount_cents"] == 5000 and r["items"] == ["SSD-990PRO-2T"]
    # the same complaint again in the same call: the first refund, no money moved
    again = call(ctx, "process_refund", order_number="ORD-1001", amount_dollars="50.00", item="the SSD")
    assert again["status"] == "already-refunded" and again["refund_ids"] == r["refund_ids"]
    with pytest.raises(ToolFailure, match="more than order ORD-1001 cost"):
        call(ctx, "process_refund", order_number="ORD-1001", amount_dollars="900")
    with pytest.raises(ToolFailure, match="more than the Corsair"):
        call(ctx, "process_refund", order_number="ORD-1001", amount_dollars="150", item="the RAM")
    # full refund of the RAM: the whole line
    r2 = call(ctx, "process_refund", order_number="ORD-1001", item="the memory")
    assert r2["status"] == "refunded" and r2["items"] == ["RAM-DDR5-32"] and r2["amount_cents"] == 11999
    total = db.execute("SELECT SUM(amount_cents) FROM store_refunds WHERE order_number='ORD-1001'").fetchone()[0]
    assert total == 5000 + 11999 <= 29998
    with pytest.raises(ToolFailure, match="no order"):
        call(ctx, "process_refund", order_number="ORD-4242")
    reasons = [r[0] for r in db.execute("SELECT reason FROM store_refusals ORDER BY id")]
    assert reasons == ["over-order", "over-item"]


def test_refund_above_threshold_escalates_and_never_pays(ctx):
    db = ctx.db
    # ORD-1004 (delivered, $1,989.98) belongs to Sam: Alex's call gets no refund until verified
    from customario.dialogue.tools import ToolFailure

    with pytest.raises(ToolFailure, match="confirm it's yours"):
        call(ctx, "process_refund", order_number="ORD-1004", reason="changed my mind")
    assert call(ctx, "verify_identity", order_number="ORD-1004", last_name="patel")["verified"]
    r = call(ctx, "process_refund", order_number="ORD-1004", reason="changed my mind")
    assert r["status"] == "escalated" and r["reason"] == "refund-over-threshold" and r["refunded_cents"] == 0
    again = call(ctx, "process_refund", order_number="ORD-1004", reason="please, now")
    assert again["status"] == "escalated" and again["ticket_id"] == r["ticket_id"]  # repeated: same open ticket
    assert db.execute("SELECT COUNT(*) FROM store_refunds WHERE order_number='ORD-1004'").fetchone()[0] == 0
    t = db.execute(
        "SELECT priority, status, requested_cents FROM store_tickets WHERE id = ?", [r["ticket_id"]]
    ).fetchone()
    assert t == ("high", "open", 198998)
    # the $500 limit cannot be split around the open ticket
    split = call(ctx, "process_refund", order_number="ORD-1004", amount_dollars="499", item="the graphics card")
    assert split["status"] == "escalated" and split["ticket_id"] == r["ticket_id"]
    # a fraud keyword escalates even a small amount
    fraud = call(
        ctx, "process_refund", order_number="ORD-1001", amount_dollars="10", item="RAM", reason="this was a stolen card"
    )
    assert fraud["status"] == "escalated" and fraud["reason"] == "fraud" and fraud["priority"] == "urgent"
    dispute = call(
        ctx,
        "process_refund",
        order_number="ORD-1001",
        amount_dollars="20",
        item="SSD",
        reason="I opened a dispute with my bank",
    )
    # one open refund ticket per order: the second request is a comment on it
    assert dispute["status"] == "escalated" and dispute["ticket_id"] == fraud["ticket_id"] and dispute["existing"]
    comments = db.execute("SELECT body FROM store_ticket_comments WHERE ticket_id = ?", [fraud["ticket_id"]]).fetchall()
    assert "asked again for $20.00 on SSD-990PRO-2T" in comments[0][0]
    assert db.execute("SELECT COUNT(*) FROM store_refunds").fetchone()[0] == 0


def test_status_return_label_kb_info_ticket_followup(ctx):
    from customario.dialogue.tools import ToolFailure

    with pytest.raises(ToolFailure, match="confirm it's yours"):
        call(ctx, "update_order_status", order_number="ORD-1003", status="cancelled")
    assert call(ctx, "verify_identity", order_number="ORD-1003", postcode="10001")["verified"]
    assert call(ctx, "update_order_status", order_number="ORD-1003", status="cancelled")["status"] == "cancelled"
    with pytest.raises(ToolFailure, match="cannot go from cancelled to shipped"):
        call(ctx, "update_order_status", order_number="ORD-1003", status="shipped")
    label = call(ctx, "create_return_label", order_number="ORD-1001", reason="wrong size")
    assert label["tracking_number"].startswith("1ZRET") and label["created"]
    assert call(ctx, "create_return_label", order_number="ORD-1001")["tracking_number"] == label["tracking_number"]
    call(ctx, "verify_identity", order_number="ORD-1005", last_name="Morgan")
    with pytest.raises(ToolFailure, match="nothing to return"):
        call(ctx, "create_return_label", order_number="ORD-1005")
    # KB questions go to the shared knowledge base, articles scoped to this campaign
    kb = call(ctx, "search_knowledge_base", query="Does the Ryzen 7800X3D work with DDR4 memory?")
    assert kb["confident"] and "DDR5 memory only" in kb["answer"]
    assert "30 days" in call(ctx, "search_knowledge_base", query="what is your return policy")["answer"]
    assert not call(ctx, "search_knowledge_base", query="can I pay with bitcoin")["confident"]
    info = call(
        ctx,
        "save_customer_info",
        name="Alex Rivera",
        email="Alex.Rivera@example.com",
        order_number="1001",
        issue_type="refund",
        severity="high",
        summary="wants a refund",
    )
    assert info["saved"] and info["order_number"] == "ORD-1001"
    row = ctx.db.execute("SELECT issue_type, severity, order_number FROM store_customer_info").fetchone()
    assert row == ("refund", "high", "ORD-1001")
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        call(ctx, "save_customer_info", severity="apocalyptic")
    t = call(ctx, "escalate_to_human", reason="wants to talk to a person", priority="urgent", order_number="ORD-1002")
    assert ctx.db.execute("SELECT priority FROM store_tickets WHERE id = ?", [t["ticket_id"]]).fetchone()[0] == "urgent"
    f = call(ctx, "send_followup", channel="email", message="Your label: 1ZRET...", subject="Return label")
    out = ctx.db.execute("SELECT channel, to_addr, status FROM outbox WHERE id = ?", [f["outbox_id"]]).fetchone()
    assert out == ("email", "alex.rivera@example.com", "queued")


def _run_policy(policy, ctx, caller_turns):
    """Drive the policy like the engine: tool calls go to the real handlers; returns (said, tool names)."""
    from customario.dialogue.policy import CallTool, Hangup, Say
    from customario.dialogue.tools import ToolFailure
    from customario.plugins.manager import discover

    tools = discover().tools()
    said, called = [], []

    def run(actions):
        for a in actions:
            if isinstance(a, Say):
                said.append(a.text)
            elif isinstance(a, Hangup):
                said.append("<hangup>")
            elif isinstance(a, CallTool):
                called.append((a.name, a.arguments))
                spec = tools[a.name]
                try:
                    result, error = asyncio.run(spec.handler(ctx, spec.parameters.model_validate(a.arguments))), None
                except ToolFailure as exc:
                    result, error = None, str(exc)
                run(policy.on_tool_result(a.name, json.loads(json.dumps(result, default=str)), error))

    run(policy.opening())
    for turn in caller_turns:
        run(policy.respond(turn))
    return said, called


def test_policy_intents(ctx):
    policy = _mod("policy").StorePolicy(ctx.campaign, ctx.contact, ctx)
    said, called = _run_policy(
        policy,
        ctx,
        [
            "Where is my order ORD-1002?",
            "Is the RTX 4070 Super in stock?",
            "I'd like a refund for it",  # remembers ORD-1002: shipped, not delivered → refused
            "Do AM5 processors support DDR4?",
            "I want to return ORD-1001",
            "Can I talk to a human?",
            "ok bye",
        ],
    )
    names = [n for n, _ in called]
    assert names == [
        "lookup_order",
        "check_inventory",
        "process_refund",
        "search_knowledge_base",
        "create_return_label",
        "escalate_to_human",
    ]
    assert called[2][1]["order_number"] == "ORD-1002"
    text = " ".join(said)
    assert "Order ORD-1002 is shipped" in text and "is in stock" in text
    assert "still on its way" in text and "ticket #" in text
    assert ctx.db.execute("SELECT reason FROM store_refusals").fetchall() == [("not-refundable-status",)]
    assert said[-1] == "<hangup>"


def test_policy_asks_for_order_number_and_parses_amount(ctx):
    policy = _mod("policy").StorePolicy(ctx.campaign, ctx.contact, ctx)
    said, called = _run_policy(policy, ctx, ["I want a refund of $25.50 on the RAM", "It's ORD-1001"])
    assert "order number" in said[1].lower()
    text = "I want a refund of $25.50 on the RAM"
    assert called == [
        ("process_refund", {"order_number": "ORD-1001", "reason": text, "item": text, "amount_dollars": "25.50"})
    ]
    assert "refunded $25.50 on order ORD-1001 for the Corsair" in said[-1]
    assert ctx.db.execute("SELECT COUNT(*) FROM store_refunds WHERE order_number = 'ORD-1001'").fetchone()[0] == 1


def test_policy_opening_mentions_prior_conversation(ctx):
    policy = _mod("policy").StorePolicy(
        ctx.campaign,
        {
            **ctx.contact,
            "history": [
                {"role": "user", "channel": "email", "text": "Hi, where is ORD-1001?"},
                {"role": "assistant", "channel": "email", "text": "It was delivered."},
            ],
        },
        ctx,
    )
    opening = policy.opening()[0].text
    assert "I see you asked about ORD-1001 by email earlier." in opening
    assert "Voltage PC Parts" in opening


def test_store_cli_import_list_and_tickets(cli, tmp_path):
    r = cli("store", "import", "--seed", "--json")
    assert r.exit_code == 0, r.stderr
    assert {x["kind"]: x["rows"] for x in json.loads(r.stdout)}["orders"] == 5
    orders = json.loads(cli("store", "list", "orders", "--json").stdout)
    assert {o["order_number"]: o["status"] for o in orders}["ORD-1003"] == "pending"
    bad = tmp_path / "products.csv"
    bad.write_text("sku,name,category,price_cents\nX-1,Thing,misc,12.50\n")
    r = cli("store", "import", "products", str(bad))
    assert r.exit_code == ExitCode.DATA and f"{bad}:2" in r.stderr and "whole number" in r.stderr
    items = tmp_path / "items.csv"
    items.write_text("order_number,sku,quantity,unit_price_cents\nORD-1001,NOPE-1,1,100\n")
    r = cli("store", "import", "order_items", str(items))
    assert r.exit_code == ExitCode.NOT_FOUND and "unknown SKU NOPE-1" in r.stderr
    assert json.loads(cli("tickets", "list", "--json").stdout) == []
    r = cli("tickets", "show", "7")
    assert r.exit_code == ExitCode.NOT_FOUND


def test_human_approves_escalated_refund_once(ctx):
    from customario.errors import UsageError
    from customario.dialogue.tools import ToolFailure

    call(ctx, "verify_identity", order_number="ORD-1004", postcode="60601")
    r = call(ctx, "process_refund", order_number="ORD-1004", reason="both arrived dead")
    assert r["status"] == "escalated" and r["requested_cents"] == 198998
    store = _mod("store")
    t = store.resolve_ticket(ctx.db, r["ticket_id"], "checked with the courier", approve_refund=True, by="Dana")
    assert (
        t["status"] == "resolved"
        and t["refund"]["amount_cents"] == 198998
        and t["refund"]["order_status"] == "refunded"
    )
    with pytest.raises(UsageError, match="is resolved"):
        store.resolve_ticket(ctx.db, r["ticket_id"], "again", approve_refund=True, by="Dana")
    with pytest.raises(ToolFailure, match="already refunded"):
        call(ctx, "process_refund", order_number="ORD-1004")
    assert (
        ctx.db.execute("SELECT SUM(amount_cents) FROM store_refunds WHERE order_number='ORD-1004'").fetchone()[0]
        == 198998
    )


def test_policy_on_voice_sends_followup_through_outbox(ctx):
    policy = _mod("policy").StorePolicy(ctx.campaign, ctx.contact, ctx)
    said, called = _run_policy(policy, ctx, ["Where is ORD-1002?", "Can you text me the tracking number?"])
    assert called[-1][0] == "send_followup" and called[-1][1]["channel"] == "sms"
    assert "9400111899223100001234" in called[-1][1]["message"]
    assert "I've sent the details by text message." in said
    row = ctx.db.execute("SELECT channel, to_addr, body FROM outbox").fetchone()
    assert row[0] == "sms" and row[1] == "+14155550101" and "ORD-1002" in row[2]


def test_concurrent_refunds_of_one_item_pay_once(store_db, db_path):
    import threading

    from customario.store.db import open_db

    store = _mod("store")
    barrier, outcomes = threading.Barrier(4), []

    def worker():
        conn = open_db(db_path)
        try:
            barrier.wait(timeout=10)
            try:
                r = store.process_refund(
                    conn, store.RefundRequest(order_number="ORD-1001", sku="SSD-990PRO-2T", verified_by="test")
                )
                outcomes.append(r["status"])
            except store.RefundRefused as exc:
                outcomes.append("refused: " + exc.message)
        finally:
            conn.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(outcomes) == 4 and outcomes.count("refunded") == 1
    assert all("already been fully refunded" in o for o in outcomes if o != "refunded")
    assert store_db.execute("SELECT COUNT(*), SUM(amount_cents) FROM store_refunds").fetchone() == (1, 17999)
