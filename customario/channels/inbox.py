"""Answer batched text messages with the campaign's agent and queue the replies in the outbox.

One batch (a customer's rapid messages joined) is one agent turn on the customer's thread: the open
text thread on that channel is continued (the engine reloads its turns), or a new one is started
with the prior conversation of every channel in the agent's context; the batch text is sent, the agent's replies are queued on the channel the agent chose (``reply_on_channel`` records a
structured choice on the call; default: the channel the customer wrote on). A batch whose turn
fails is retried on the next run up to :data:`MAX_BATCH_ATTEMPTS` times, then marked failed; its
messages are never lost (they stay in ``inbound_messages`` linked to the batch).
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Awaitable, Callable

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import ConfigError, CustomarioError

MAX_BATCH_ATTEMPTS = 3

THREAD_IDLE_S = 24 * 3600  # a text thread idle longer than this starts a new conversation

# runner(db, settings, stored, contact, channel, text, call_id) -> (call_id, replies, ended)
Runner = Callable[..., Awaitable[tuple[int | None, list[str], bool]]]


async def run_with_engine(
    db: Database, settings: Any, stored: Any, contact: dict, channel: str, text: str, call_id: int | None = None
) -> tuple[int | None, list[str], bool]:
    """One agent turn through ``customario.conversation.engine.TextConversation``: a new thread
    (opening + answer) or, with ``call_id``, the customer's open thread continued (answer only).
    Returns (call id, agent lines, conversation ended)."""
    try:
        from customario.conversation.engine import TextConversation
    except ModuleNotFoundError as exc:
        raise ConfigError(
            "the conversation engine is not installed in this checkout",
            "Update customario; text replies need customario.conversation.engine",
        ) from exc
    conv = await TextConversation.start(db, settings, stored, contact=contact, channel=channel, call_id=call_id)
    try:
        replies = list(conv.opening) + await conv.send(text)
        ended = conv.ended
    finally:
        # An open text thread waits for the customer: "partial" until the agent hangs up.
        await conv.close(None if conv.ended else "partial")
    return conv.call_id, [r for r in replies if r and r.strip()], ended


def open_thread(
    db: Database, customer_id: int, channel: str, campaign: str, idle_s: float = THREAD_IDLE_S
) -> int | None:
    """The customer's open text thread on ``channel`` for ``campaign`` (a ``calls`` id) or None:
    the latest linked call on that channel, not ended by the agent (disposition complete), active
    within ``idle_s`` seconds."""
    from datetime import datetime, timedelta, timezone

    since = (datetime.now(timezone.utc) - timedelta(seconds=idle_s)).isoformat(timespec="microseconds")
    row = db.execute(
        "SELECT c.id FROM calls c JOIN customer_calls cc ON cc.call_id = c.id WHERE cc.customer_id = ? AND c.channel = ? "
        "AND c.campaign = ? AND COALESCE(c.disposition, '') != 'complete' AND COALESCE(c.heartbeat_at, c.created_at) >= ? "
        "ORDER BY c.id DESC LIMIT 1",
        [customer_id, channel, campaign, since],
    ).fetchone()
    return row[0] if row else None


def _contact_for(db: Database, customer: dict, channel: str, history: list[dict]) -> dict:
    """The contact the agent talks to: the contacts row with this E.164 (if any) plus the customer's
    identifiers, ``customer_id``, the prior conversation on every channel (``history``, for the
    offline policy) and a one-line summary in ``attributes.prior_conversation`` (model stacks)."""
    contact: dict[str, Any] = {}
    if customer.get("e164"):
        rows = list(db.query("SELECT * FROM contacts WHERE e164 = ?", [customer["e164"]]))
        contact = dict(rows[0]) if rows else {}
    contact.update(
        {
            k: v
            for k, v in {
                "e164": customer.get("e164"),
                "email": customer.get("email"),
                "name": customer.get("name"),
            }.items()
            if v and not contact.get(k)
        }
    )
    if contact.get("name") and not contact.get("first_name"):
        contact["first_name"] = contact["name"].split()[0]
    contact["customer_id"] = customer["id"]
    contact["history"] = history
    if history:
        import json

        attrs = contact.get("attributes") or {}
        if isinstance(attrs, str):
            attrs = json.loads(attrs or "{}")
        lines = [f"{h['channel']} {'customer' if h['role'] == 'user' else 'agent'}: {h['text']}" for h in history[-6:]]
        contact["attributes"] = {**attrs, "prior_conversation": " | ".join(lines)[:1500]}
    return contact


STALE_PROCESSING_S = 600  # a batch "processing" longer than this belonged to a process that died


def _take(db: Database, limit: int | None) -> list[dict]:
    """Claim pending batches for this process (status → processing); batches left "processing" by a
    process that died (claimed more than STALE_PROCESSING_S ago) are taken again."""
    from datetime import datetime, timedelta, timezone

    stale = (datetime.now(timezone.utc) - timedelta(seconds=STALE_PROCESSING_S)).isoformat(timespec="microseconds")
    with immediate(db):
        db.execute(
            "UPDATE inbound_batches SET status = 'pending' WHERE status = 'processing' AND "
            "COALESCE(processed_at, created_at) < ?",
            [stale],
        )
        rows = list(
            db.query(
                "SELECT * FROM inbound_batches WHERE status = 'pending' AND attempts < ? ORDER BY id"
                + (f" LIMIT {int(limit)}" if limit else ""),
                [MAX_BATCH_ATTEMPTS],
            )
        )
        for r in rows:
            db.execute(
                "UPDATE inbound_batches SET status = 'processing', attempts = attempts + 1, processed_at = ? "
                "WHERE id = ?",
                [utc_now(), r["id"]],
            )
    return rows


async def process_batches(
    db: Database,
    settings: Any,
    campaign_ref: str,
    *,
    window_s: float | None = None,
    force: bool = False,
    limit: int | None = None,
    runner: Runner | None = None,
) -> list[dict]:
    """Claim ready batches and answer each; returns ``[{batch_id, customer_id, channel, reply_channel,
    messages, replies, outbox_ids, call_id, status, error}]``. ``window_s`` defaults to the campaign's
    ``settings.batch_window_s``, else ``Settings.batch_window_s``. Raises NotFoundError for an unknown campaign."""
    from customario.definitions.catalog import resolve_campaign
    from customario.channels.inbound import claim_ready_batches, reply_channel_of
    from customario.leads.customers import get_customer, history_for_agent, link_call
    from customario.channels.outbox import enqueue

    stored = resolve_campaign(db, campaign_ref, getattr(settings, "campaigns_dir", None))
    if window_s is None:
        window_s = float(stored.campaign.settings.get("batch_window_s", settings.batch_window_s))
    claim_ready_batches(db, window_s, force=force, limit=limit, campaign=stored.name)
    runner = runner or run_with_engine
    results = []
    for batch in _take(db, limit):
        customer = get_customer(db, batch["customer_id"])
        thread = open_thread(db, customer["id"], batch["channel"], stored.name)
        history = [] if thread else history_for_agent(db, customer["id"], exclude_batch_id=batch["id"])
        subject = db.execute(
            "SELECT subject FROM inbound_messages WHERE batch_id = ? AND subject IS NOT NULL ORDER BY id DESC LIMIT 1",
            [batch["id"]],
        ).fetchone()
        out = {
            "batch_id": batch["id"],
            "customer_id": customer["id"],
            "channel": batch["channel"],
            "messages": batch["message_count"],
            "replies": [],
            "outbox_ids": [],
            "call_id": None,
            "reply_channel": None,
            "status": "failed",
            "error": None,
            "thread": "continued" if thread else "new",
        }
        try:
            call_id, replies, _ended = await runner(
                db,
                settings,
                stored,
                _contact_for(db, customer, batch["channel"], history),
                batch["channel"],
                batch["text"],
                call_id=thread,
            )
        except Exception as exc:  # the batch is retried; the messages are never lost
            msg = exc.render() if isinstance(exc, CustomarioError) else f"{type(exc).__name__}: {exc}"
            final = batch["attempts"] + 1 >= MAX_BATCH_ATTEMPTS
            db.execute(
                "UPDATE inbound_batches SET status = ?, error = ? WHERE id = ?",
                ["failed" if final else "pending", msg[:500], batch["id"]],
            )
            out.update(status="failed" if final else "retry", error=msg[:500])
            results.append(out)
            if isinstance(exc, ConfigError):
                raise
            continue
        customer = get_customer(db, customer["id"])  # the turn may have linked an email or phone
        chosen = (reply_channel_of(db, call_id) if call_id else None) or batch["channel"]
        to = customer["e164"] if chosen == "sms" else customer["email"]
        if not to:  # the agent picked a channel we have no address for: answer where they wrote
            chosen = batch["channel"]
            to = customer["e164"] if chosen == "sms" else customer["email"]
        with immediate(db):
            if call_id:
                link_call(db, customer["id"], call_id)
            ids = []
            if replies:
                subj = None
                if chosen == "email":
                    subj = subject[0] if subject else "Your support request"
                    subj = subj if subj.lower().startswith("re:") else f"Re: {subj}"
                thread = email_thread(db, batch["id"]) if chosen == "email" else {}
                ids.append(
                    enqueue(
                        db,
                        channel=chosen,
                        to=to,
                        body="\n\n".join(replies) if chosen == "email" else "\n".join(replies),
                        subject=subj,
                        customer_id=customer["id"],
                        call_id=call_id,
                        batch_id=batch["id"],
                        sender=getattr(settings, "smtp_from", None),
                        **thread,
                    )["id"]
                )
            db.execute(
                "UPDATE inbound_batches SET status = 'done', call_id = ?, reply_channel = ?, error = NULL, "
                "processed_at = ? WHERE id = ?",
                [call_id, chosen, utc_now(), batch["id"]],
            )
        out.update(status="done", replies=replies, outbox_ids=ids, call_id=call_id, reply_channel=chosen)
        results.append(out)
    return results


def email_thread(db: Database, batch_id: int) -> dict:
    """``{"in_reply_to", "references"}`` for a reply to the batch's latest e-mail (RFC 5322 3.6.4:
    In-Reply-To is its Message-ID; References is its References followed by its Message-ID). Empty
    when the batch holds no e-mail with a Message-ID."""
    import json
    import re

    row = db.execute(
        "SELECT provider_message_id, payload FROM inbound_messages WHERE batch_id = ? AND channel = 'email' "
        "ORDER BY received_at DESC, id DESC LIMIT 1",
        [batch_id],
    ).fetchone()
    if not row or not (row[0] or "").startswith("<"):
        return {}
    headers = ""
    try:
        headers = json.loads(row[1] or "{}").get("headers", "") or ""
    except ValueError:
        pass
    m = re.search(r"^References:\s*((?:.+\n?(?:[ \t].*\n?)*))", headers, re.IGNORECASE | re.MULTILINE)
    refs = re.findall(r"<[^<>\s]+>", m.group(1)) if m else []
    if not refs:
        m = re.search(r"^In-Reply-To:\s*(<[^<>\s]+>)", headers, re.IGNORECASE | re.MULTILINE)
        refs = [m.group(1)] if m else []
    return {"in_reply_to": row[0], "references": [r for r in refs if r != row[0]] + [row[0]]}


def process_batches_sync(*args: Any, **kwargs: Any) -> list[dict]:
    """:func:`process_batches` for synchronous callers (CLI, webhook server thread)."""
    return asyncio.run(process_batches(*args, **kwargs))


def background_worker(
    db_path: str,
    settings: Any,
    campaign: str | None,
    stop: "threading.Event",
    poll_s: float = 1.0,
    send: bool = True,
    window_s: float | None = None,
) -> "threading.Thread":
    """Start a daemon thread (own database connection) that answers ready batches (window:
    ``window_s``, else the campaign's, else the config's) and delivers the outbox — replies, codes,
    follow-ups and supervisor notifications left by any process — every ``poll_s`` seconds until
    ``stop`` is set. Without a ``campaign`` it only delivers the outbox (``serve --no-process``:
    supervisor notifications left queued by a killed process still go out). Used by
    ``customario serve``; failures are logged and retried."""
    import logging
    import threading

    from customario.adapters.messaging import messaging_from_settings
    from customario.channels.outbox import send_pending
    from customario.escalation.notify import sync_status
    from customario.store.db import open_db

    log = logging.getLogger("customario.channels.inbox")

    def loop() -> None:
        db = open_db(db_path, migrate=False)
        try:
            while not stop.is_set():
                try:
                    if campaign:
                        process_batches_sync(db, settings, campaign, window_s=window_s)
                    if send:
                        send_pending(db, messaging_from_settings(settings))
                        sync_status(db)
                except CustomarioError as exc:
                    log.warning("background processing: %s", exc.render())
                except Exception:  # keep serving; the batch stays queued for the next pass
                    log.exception("background processing failed")
                stop.wait(poll_s)
        finally:
            db.close()

    t = threading.Thread(target=loop, name="customario-inbox", daemon=True)
    t.start()
    return t
