"""The support agent end to end on the conversation engine: console then SMS/email for one customer,
prior conversation in the agent's context, refunds above the threshold repeated, replies in the outbox."""

import asyncio
import json
from urllib.parse import urlencode

import pytest

pytest.importorskip("customario.conversation.engine")

from customario.errors import ExitCode  # noqa: E402


@pytest.fixture
def shop(db):
    import importlib

    from customario.definitions.catalog import resolve_campaign
    from customario.config import load_settings
    from customario.plugins.manager import discover

    discover()
    importlib.import_module("customario.campaigns.pc_store_support.catalogue").import_seed(db)
    settings = load_settings(env={}, load_dotenv_file=False, db=":memory:")
    return db, settings, resolve_campaign(db, "pc_store_support")


def _sms(db, sid, body, frm="+14155550101"):
    from customario.channels.inbound import InboundMessage, enqueue_inbound

    return enqueue_inbound(
        db, InboundMessage(provider="twilio", provider_message_id=sid, channel="sms", from_addr=frm, body=body)
    )[0]


def _process(db, settings):
    from customario.channels.inbox import process_batches

    return asyncio.run(process_batches(db, settings, "pc_store_support", force=True))


def test_console_then_sms_sees_prior_conversation(shop):
    from customario.conversation.engine import TextConversation
    from customario.leads.customers import get_customer, timeline

    db, settings, stored = shop

    async def console():
        conv = await TextConversation.start(db, settings, stored, contact={"e164": "+14155550101"}, channel="console")
        lines = list(conv.opening)
        lines += await conv.send("Where is my order ORD-1001?")
        lines += await conv.send("bye")
        await conv.close()
        return conv.call_id, lines

    call_id, lines = asyncio.run(console())
    assert any("Order ORD-1001 is delivered" in x for x in lines)
    _sms(db, "SM1", "hi")
    _sms(db, "SM2", "is the RTX 4090 in stock?")  # a burst: one batch, one agent turn
    [res] = _process(db, settings)
    assert res["status"] == "done" and res["messages"] == 2 and res["reply_channel"] == "sms"
    text = " ".join(res["replies"])
    assert "I see you asked about ORD-1001 in a chat earlier." in text
    assert "RTX 4090" in text and "in stock" in text
    out = db.execute("SELECT channel, to_addr, body FROM outbox WHERE id = ?", [res["outbox_ids"][0]]).fetchone()
    assert out[0] == "sms" and out[1] == "+14155550101" and "in stock" in out[2]
    # every tool call of the SMS turn is logged with arguments, result and duration
    tc = db.execute(
        "SELECT name, arguments, result, duration_ms FROM tool_calls WHERE call_id = ?", [res["call_id"]]
    ).fetchone()
    assert (
        tc[0] == "check_inventory"
        and json.loads(tc[1])["query"]
        and json.loads(tc[2])["sku"] == "GPU-4090"
        and tc[3] >= 0
    )
    customer = get_customer(db, "+14155550101")
    channels = [e["channel"] for e in timeline(db, customer["id"])]
    assert channels[:4] == ["console"] * 4 and channels[-3:] == ["sms", "sms", "sms"]
    assert db.execute("SELECT COUNT(*) FROM customer_calls WHERE customer_id = ?", [customer["id"]]).fetchone()[0] == 2
    assert call_id in [r[0] for r in db.execute("SELECT call_id FROM customer_calls")]


SAM = "+13125550177"


def test_sms_refund_above_threshold_repeated_then_email_on_other_channel(shop):
    from customario.channels.inbound import enqueue_inbound, parse_sendgrid_inbound

    db, settings, _ = shop
    _sms(db, "SM10", "I want a refund for ORD-1004", frm=SAM)
    [first] = _process(db, settings)
    assert "ticket #1" in " ".join(first["replies"]) and "No money has been moved" in " ".join(first["replies"])
    _sms(db, "SM11", "refund ORD-1004 now please", frm=SAM)  # the same thread, asked again
    [second] = _process(db, settings)
    assert second["thread"] == "continued" and second["call_id"] == first["call_id"]
    assert "ticket #1" in " ".join(second["replies"])
    assert db.execute("SELECT COUNT(*) FROM store_refunds").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM store_tickets").fetchone()[0] == 1
    # The customer asks for email: the agent links the address and answers on the other channel.
    _sms(db, "SM12", "please email me at sam.patel@example.com, is ORD-1004 delivered?", frm=SAM)
    [third] = _process(db, settings)
    assert third["reply_channel"] == "email"
    row = db.execute("SELECT channel, to_addr, subject FROM outbox WHERE id = ?", [third["outbox_ids"][0]]).fetchone()
    assert row == ("email", "sam.patel@example.com", "Re: Your support request")
    # An email from that address lands on the same customer and starts an email thread with the history.
    enqueue_inbound(
        db,
        parse_sendgrid_inbound(
            {
                "from": "Sam Patel <sam.patel@example.com>",
                "subject": "Return",
                "text": "Can I return ORD-1004?",
                "headers": "Message-ID: <m1@example.com>\n",
            }
        ),
    )
    [fourth] = _process(db, settings)
    assert (
        fourth["customer_id"] == first["customer_id"]
        and fourth["thread"] == "new"
        and fourth["reply_channel"] == "email"
    )
    assert "by text message earlier" in " ".join(fourth["replies"]) and "return label" in " ".join(fourth["replies"])


def test_failed_turn_keeps_messages_and_retries(shop):
    from customario.channels.inbox import MAX_BATCH_ATTEMPTS, process_batches

    db, settings, _ = shop
    _sms(db, "SM20", "where is ORD-1003?")

    async def broken(*args, **kwargs):
        raise RuntimeError("model unavailable")

    for attempt in range(1, MAX_BATCH_ATTEMPTS + 1):
        [r] = asyncio.run(process_batches(db, settings, "pc_store_support", force=True, runner=broken))
        assert (
            r["status"] == ("failed" if attempt == MAX_BATCH_ATTEMPTS else "retry")
            and "model unavailable" in r["error"]
        )
    assert db.execute("SELECT COUNT(*) FROM inbound_messages WHERE provider_message_id = 'SM20'").fetchone()[0] == 1
    assert db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0


def test_cli_console_then_inbound_sms_and_timeline(run_cli, tmp_path):
    assert run_cli("store", "import", "--seed").returncode == 0
    r = run_cli("console", "pc_store_support", "--text", "--phone", "+14155550101", input="Where is ORD-1001?\nbye\n")
    assert r.returncode == 0, r.stderr
    assert "ORD-1001 is delivered" in r.stdout
    payload = tmp_path / "sms.txt"
    payload.write_text(
        urlencode(
            {
                "MessageSid": "SMcli1",
                "From": "+14155550101",
                "To": "+18005550100",
                "Body": "Do AM5 CPUs work with DDR4?",
            }
        )
    )
    assert run_cli("inbound", "sms", str(payload)).returncode == 0
    r = run_cli("inbound", "process", "--now", "--json")
    assert r.returncode == 0, r.stderr
    [res] = json.loads(r.stdout)
    assert "I see you asked about ORD-1001 in a chat earlier." in res["replies"][0]
    assert "DDR5 memory only" in " ".join(res["replies"])
    shown = json.loads(run_cli("customers", "show", "+14155550101", "--timeline", "--json").stdout)
    assert {e["channel"] for e in shown["timeline"]} == {"console", "sms"}
    r = run_cli("outbox", "send", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)[0]["adapter"] == "file"
    assert run_cli("tickets", "resolve", "99").returncode == ExitCode.NOT_FOUND


def test_webhook_server_answers_in_background(shop, db_path, tmp_path):
    import time

    from customario.config import load_settings
    from customario.web.app import WebConfig
    from tests.web_helpers import request, running_server

    db, _, _ = shop
    settings = load_settings(env={}, load_dotenv_file=False, db=str(db_path))
    config = WebConfig(settings=settings, inbound_campaign="pc_store_support", inbound_poll_s=0.1, inbound_window_s=0)
    with running_server(config) as srv:
        body = urlencode(
            {"MessageSid": "SMbg", "From": "+12125550142", "To": "+18005550100", "Body": "status of ORD-1003?"}
        )
        status, _, _ = request(
            "POST",
            srv.url + "/twilio/sms",
            raw=body.encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert status == 200
        deadline = time.monotonic() + 60
        row = None
        while time.monotonic() < deadline and (row is None or row[3] != "sent"):  # bounded wait, no timing asserted
            row = db.execute("SELECT channel, to_addr, body, status FROM outbox").fetchone()
            time.sleep(0.1)
    assert row is not None and row[0] == "sms" and row[1] == "+12125550142" and "ORD-1003 is pending" in row[2]
    assert row[3] == "sent"  # delivered by the worker to the file adapter (nothing configured)
    assert list((db_path.parent / "outbox").glob("*-sms.json"))


def test_batch_left_processing_by_a_dead_process_is_taken_again(shop):
    from customario.channels.inbound import claim_ready_batches

    db, settings, _ = shop
    _sms(db, "SM30", "where is ORD-1002?")
    [batch] = claim_ready_batches(db, 0, force=True)
    db.execute(
        "UPDATE inbound_batches SET status = 'processing', attempts = 1, processed_at = '2026-01-01T00:00:00+00:00' "
        "WHERE id = ?",
        [batch["id"]],
    )
    [r] = _process(db, settings)
    assert r["batch_id"] == batch["id"] and r["status"] == "done" and "ORD-1002 is shipped" in " ".join(r["replies"])


def test_model_stack_instructions_carry_prior_conversation(shop):
    """On a model stack the prior conversation reaches the agent's instructions (lead field)."""
    from customario.conversation.builder import build_instructions, lead_context
    from customario.leads.customers import history_for_agent, resolve_customer
    from customario.channels.inbox import _contact_for

    db, settings, stored = shop
    _sms(db, "SM40", "Where is ORD-1001?")
    customer = resolve_customer(db, e164="+14155550101")
    contact = _contact_for(db, customer, "email", history_for_agent(db, customer["id"]))
    text = build_instructions(stored, lead_context(contact, stored, settings))
    assert "prior_conversation: sms customer: Where is ORD-1001?" in text
