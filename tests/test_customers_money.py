"""One customer across channels (phone + e-mail on one order or contact), threaded e-mail replies,
"my email is ..." acknowledged but never trusted for identity."""

import asyncio
import importlib

import pytest


@pytest.fixture
def shop(db):
    from customario.plugins.manager import discover

    discover()
    importlib.import_module("customario.campaigns.pc_store_support.catalogue").import_seed(db)
    return db


def _sms(db, sid, body, frm):
    from customario.channels.inbound import InboundMessage, enqueue_inbound

    return enqueue_inbound(
        db, InboundMessage(provider="twilio", provider_message_id=sid, channel="sms", from_addr=frm, body=body)
    )[0]


def _email(db, body, frm, mid, headers=""):
    from customario.channels.inbound import enqueue_inbound, parse_sendgrid_inbound

    return enqueue_inbound(
        db,
        parse_sendgrid_inbound(
            {"from": frm, "subject": "Help", "text": body, "headers": f"Message-ID: {mid}\n{headers}"}
        ),
    )[0]


def test_sms_and_email_on_one_order_are_one_customer(shop):
    a = _sms(shop, "SM1", "where is ORD-1004?", "+13125550177")
    b = _email(shop, "and the PSU?", "Sam Patel <sam.patel@example.com>", "<e1@example.com>")
    assert a["customer_id"] == b["customer_id"]
    c = _email(shop, "hello", "Jordan <jordan.lee@example.com>", "<e2@example.com>")
    d = _sms(shop, "SM2", "hi", "+14155550101")  # Alex: another person
    assert len({a["customer_id"], c["customer_id"], d["customer_id"]}) == 3


def test_a_stranger_saying_an_address_does_not_join_records(shop):
    from customario.leads.customers import get_customer, link_identifiers, resolve_customer

    alex = resolve_customer(shop, email="alex.rivera@example.com")
    stranger = resolve_customer(shop, e164="+15005550006")
    out = link_identifiers(shop, stranger["id"], email="alex.rivera@example.com")
    assert out["id"] == stranger["id"] and out["claimed"] == ["alex.rivera@example.com"]
    assert get_customer(shop, alex["id"])["e164"] == "+14155550101"  # filled from the order link
    assert get_customer(shop, stranger["id"])["email"] is None


def test_email_reply_threads_and_my_email_is_acknowledged(shop):
    from customario.channels.inbox import process_batches
    from customario.config import load_settings

    settings = load_settings(env={}, load_dotenv_file=False, db=":memory:")
    _email(
        shop,
        "Where is ORD-1004?",
        "Sam Patel <sam.patel@example.com>",
        "<m2@example.com>",
        "References: <m0@example.com> <m1@example.com>\nIn-Reply-To: <m1@example.com>\n",
    )
    [r] = asyncio.run(process_batches(shop, settings, "pc_store_support", force=True))
    row = shop.execute(
        "SELECT message_id, in_reply_to, references_ids, subject FROM outbox WHERE id = ?", [r["outbox_ids"][0]]
    ).fetchone()
    assert row[0].startswith("<") and row[1] == "<m2@example.com>"
    assert row[2] == "<m0@example.com> <m1@example.com> <m2@example.com>" and row[3] == "Re: Help"
    _sms(shop, "SM9", "my email is sam.p@example.org by the way", "+13125550177")
    [r] = asyncio.run(process_batches(shop, settings, "pc_store_support", force=True))
    assert "noted your e-mail address, sam.p@example.org" in " ".join(r["replies"])
    assert (
        shop.execute("SELECT email FROM customers WHERE e164 = '+13125550177'").fetchone()[0] == "sam.patel@example.com"
    )


def test_smtp_reply_carries_threading_headers(shop, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_channels import smtp_server

    from customario.channels.outbox import Adapters, enqueue, send_pending

    m = enqueue(
        shop,
        channel="email",
        to="sam.patel@example.com",
        body="It shipped.",
        subject="Re: Help",
        in_reply_to="<m2@example.com>",
        references=["<m1@example.com>", "<m2@example.com>"],
    )
    with smtp_server() as smtp:
        [r] = send_pending(shop, Adapters(outbox_dir=tmp_path, smtp_host="127.0.0.1", smtp_port=smtp.server_address[1]))
        assert r["status"] == "sent"
        raw = smtp.messages[0]
    text = raw if isinstance(raw, str) else str(raw)
    assert "In-Reply-To: <m2@example.com>" in text and "References: <m1@example.com> <m2@example.com>" in text
    assert f"Message-ID: {m['message_id']}" in text


def test_phone_and_email_on_one_contact_are_one_customer(shop):
    shop["contacts"].insert(
        {
            "e164": "+15035550111",
            "email": "Rae.Kim@example.org",
            "name": "Rae Kim",
            "created_at": "2026-11-01T00:00:00+00:00",
            "updated_at": "2026-11-01T00:00:00+00:00",
        }
    )
    a = _sms(shop, "SM40", "is my order on its way?", "+15035550111")
    b = _email(shop, "any news?", "Rae <rae.kim@example.org>", "<c1@example.com>")
    assert a["customer_id"] == b["customer_id"]
