"""Carrier keywords and opt-outs in incoming SMS, handled as the message is stored.

- **Opt-out** — the CTIA keywords STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, FCC 24-24's
  REVOKE and OPT OUT (47 CFR 64.1200(a)(10): those words in reply to a text revoke consent), and any
  message that :func:`customario.dialogue.optout.detect` reads as an opt-out ("please stop texting
  me"): the number goes on the DNC list (reason ``opted-out``, source ``sms``), consent is withdrawn
  for every contact with that number, and ONE confirmation is queued in the outbox (the FCC allows
  one confirmation text, sent within five minutes, with no marketing). A repeated STOP from a
  number already opted out by SMS queues nothing. The message is kept (status ``opted-out``) and
  never reaches the agent, whose reply would be another text.
- **HELP / INFO** — one help reply (brand, how to opt out), status ``help``.
- **START / UNSTOP** — the number comes off the DNC list if it is there because of an opt-out
  (entries imported, added by hand or from a complaint stay: that is an operator's decision), a
  consent row is recorded for SMS, and one confirmation is queued; status ``opted-in``. Call
  consent for campaigns with ``consent.required`` is not restored by a text.

The brand in the replies is ``sms_brand`` from the config file, else the organisation of the
inbound/support campaign (newest), else of the newest campaign. ``sms_help`` overrides the help text.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from customario.store.db import utc_now

STATUS = {"stop": "opted-out", "help": "help", "start": "opted-in"}


def brand_name(db: Database, settings: Any = None) -> str:
    """The name texts are signed with (see module docstring)."""
    extra = getattr(settings, "extra", None) or {}
    if extra.get("sms_brand"):
        return str(extra["sms_brand"])
    row = db.execute(
        "SELECT json_extract(definition, '$.organisation') FROM campaigns_current "
        "ORDER BY (kind IN ('support', 'inbound')) DESC, id DESC LIMIT 1"
    ).fetchone()
    return str(row[0]) if row and row[0] else "This number"


def replies(brand: str, help_text: str | None = None) -> dict[str, str]:
    """The three replies (CTIA: brand name, what happened, how to undo it)."""
    return {
        "stop": f"{brand}: you're unsubscribed and won't get more texts or calls from us. Reply START to resubscribe.",
        "help": help_text
        or f"{brand}: reply STOP to stop texts and calls from us. Reply with your question and we'll answer.",
        "start": f"{brand}: you're resubscribed to texts from us. Reply STOP to opt out, HELP for help.",
    }


def classify(body: str) -> str | None:
    """``stop`` | ``help`` | ``start`` | None for one SMS body: the carrier keyword, else an opt-out
    in words (:func:`customario.dialogue.optout.detect` on the sms channel)."""
    from customario.dialogue.optout import detect, sms_keyword

    kw = sms_keyword(body)
    if kw:
        return kw
    return "stop" if detect(body, "sms").kind == "opt-out" else None


def handle_sms(db: Database, row: dict, settings: Any = None) -> dict | None:
    """Apply the keyword rules to a just-stored inbound SMS ``row`` (an ``inbound_messages`` row,
    ``from_addr`` in E.164). Call inside the transaction that stored it. Returns ``{"keyword",
    "status", "outbox_id", "dnc_added", "dnc_removed"}`` or None when the message is for the agent."""
    from customario.channels.outbox import enqueue
    from customario.leads.dnc import add_dnc

    kind = classify(row["body"])
    if kind is None:
        return None
    e164 = row["from_addr"]
    out = {"keyword": kind, "status": STATUS[kind], "outbox_id": None, "dnc_added": False, "dnc_removed": False}
    send = True
    if kind == "stop":
        prior = db.execute("SELECT reason, source FROM dnc WHERE e164 = ?", [e164]).fetchone()
        out["dnc_added"] = add_dnc(db, e164, reason="opted-out", source="sms")
        send = not (prior and prior[0] == "opted-out" and prior[1] == "sms")  # one confirmation per opt-out
        _consent(db, e164, granted=False, source=f"sms {row['id']}: opt-out")
    elif kind == "start":
        cur = db.execute("DELETE FROM dnc WHERE e164 = ? AND reason = 'opted-out'", [e164])
        out["dnc_removed"] = cur.rowcount == 1
        _consent(db, e164, granted=True, source=f"sms {row['id']}: START")
    if send:
        body = replies(brand_name(db, settings), (getattr(settings, "extra", None) or {}).get("sms_help"))[kind]
        out["outbox_id"] = enqueue(db, channel="sms", to=e164, body=body, customer_id=row.get("customer_id"))["id"]
    db.execute("UPDATE inbound_messages SET status = ? WHERE id = ?", [out["status"], row["id"]])
    row["status"] = out["status"]
    return out


def _consent(db: Database, e164: str, *, granted: bool, source: str) -> None:
    now = utc_now()
    ids = [r[0] for r in db.execute("SELECT id FROM contacts WHERE e164 = ?", [e164])]
    for cid in ids:
        db.execute(
            "INSERT INTO consents (contact_id, granted, channel, source, recorded_at) VALUES (?, ?, 'sms', ?, ?)",
            [cid, int(granted), source, now],
        )
        if not granted:
            db.execute("UPDATE contacts SET consent = 'denied', updated_at = ? WHERE id = ?", [now, cid])
