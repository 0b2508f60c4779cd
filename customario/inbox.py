"""Answer batched text messages with the campaign's agent and queue the replies in the outbox.

One batch (a customer's rapid messages joined) is one agent turn: a text conversation is started
on the customer's thread with the cross-channel history in the agent's context, the batch text is
sent, the agent's replies are queued on the channel the agent chose (``reply_on_channel`` records a
structured choice on the call; default: the channel the customer wrote on). A batch whose turn
fails is retried on the next run up to :data:`MAX_BATCH_ATTEMPTS` times, then marked failed; its
messages are never lost (they stay in ``inbound_messages`` linked to the batch).
"""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable

from sqlite_utils import Database

from customario.db import immediate, utc_now
from customario.errors import ConfigError, CustomarioError

MAX_BATCH_ATTEMPTS = 3

# runner(db, settings, stored_campaign, contact, channel, history, text) -> (call_id, replies)
Runner = Callable[..., Awaitable[tuple[int | None, list[str]]]]


async def run_with_engine(db: Database, settings: Any, stored: Any, contact: dict, channel: str,
                          history: list[dict], text: str) -> tuple[int | None, list[str]]:
    """One agent turn through ``customario.conversation.engine.TextConversation``."""
    try:
        from customario.conversation.engine import TextConversation
    except ModuleNotFoundError as exc:
        raise ConfigError("the conversation engine is not installed in this checkout",
                          "Update customario; text replies need customario.conversation.engine") from exc
    conv = await TextConversation.start(db, settings, stored, contact=contact, channel=channel, history=history)
    try:
        replies = await conv.send(text)
    finally:
        await conv.close()
    return conv.call_id, [r for r in replies if r and r.strip()]


def _contact_for(db: Database, customer: dict, channel: str) -> dict:
    contact: dict[str, Any] = {}
    if customer.get("e164"):
        rows = list(db.query("SELECT * FROM contacts WHERE e164 = ?", [customer["e164"]]))
        contact = dict(rows[0]) if rows else {}
    contact.update({k: v for k, v in {"e164": customer.get("e164"), "email": customer.get("email"),
                                      "name": customer.get("name")}.items() if v and not contact.get(k)})
    if contact.get("name") and not contact.get("first_name"):
        contact["first_name"] = contact["name"].split()[0]
    contact["customer_id"] = customer["id"]
    contact["channel"] = channel
    return contact


def _take(db: Database, limit: int | None) -> list[dict]:
    """Claim pending batches for this process (status → processing)."""
    with immediate(db):
        rows = list(db.query("SELECT * FROM inbound_batches WHERE status = 'pending' AND attempts < ? ORDER BY id"
                             + (f" LIMIT {int(limit)}" if limit else ""), [MAX_BATCH_ATTEMPTS]))
        for r in rows:
            db.execute("UPDATE inbound_batches SET status = 'processing', attempts = attempts + 1 WHERE id = ?", [r["id"]])
    return rows


async def process_batches(db: Database, settings: Any, campaign_ref: str, *, window_s: float | None = None,
                          force: bool = False, limit: int | None = None, runner: Runner | None = None) -> list[dict]:
    """Claim ready batches and answer each; returns ``[{batch_id, customer_id, channel, reply_channel,
    messages, replies, outbox_ids, call_id, status, error}]``. ``window_s`` defaults to the campaign's
    ``settings.batch_window_s``, else ``Settings.batch_window_s``. Raises NotFoundError for an unknown campaign."""
    from customario.catalog import resolve_campaign
    from customario.channels import claim_ready_batches, reply_channel_of
    from customario.customers import get_customer, history_for_agent, link_call
    from customario.outbox import enqueue

    stored = resolve_campaign(db, campaign_ref, getattr(settings, "campaigns_dir", "campaigns"))
    if window_s is None:
        window_s = float(stored.campaign.settings.get("batch_window_s", settings.batch_window_s))
    claim_ready_batches(db, window_s, force=force, limit=limit, campaign=stored.name)
    runner = runner or run_with_engine
    results = []
    for batch in _take(db, limit):
        customer = get_customer(db, batch["customer_id"])
        history = history_for_agent(db, customer["id"], exclude_batch_id=batch["id"])
        subject = db.execute("SELECT subject FROM inbound_messages WHERE batch_id = ? AND subject IS NOT NULL "
                             "ORDER BY id DESC LIMIT 1", [batch["id"]]).fetchone()
        out = {"batch_id": batch["id"], "customer_id": customer["id"], "channel": batch["channel"],
               "messages": batch["message_count"], "replies": [], "outbox_ids": [], "call_id": None,
               "reply_channel": None, "status": "failed", "error": None}
        try:
            call_id, replies = await runner(db, settings, stored, _contact_for(db, customer, batch["channel"]),
                                            batch["channel"], history, batch["text"])
        except (CustomarioError, Exception) as exc:  # the batch is retried; never lose the messages
            msg = exc.render() if isinstance(exc, CustomarioError) else f"{type(exc).__name__}: {exc}"
            final = batch["attempts"] + 1 >= MAX_BATCH_ATTEMPTS
            db.execute("UPDATE inbound_batches SET status = ?, error = ? WHERE id = ?",
                       ["failed" if final else "pending", msg[:500], batch["id"]])
            out.update(status="failed" if final else "retry", error=msg[:500])
            results.append(out)
            if isinstance(exc, ConfigError):
                raise
            continue
        chosen = (reply_channel_of(db, call_id) if call_id else None) or batch["channel"]
        to = customer["e164"] if chosen == "sms" else customer["email"]
        if not to:   # the agent picked a channel we have no address for: answer where they wrote
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
                ids.append(enqueue(db, channel=chosen, to=to, body="\n\n".join(replies) if chosen == "email" else "\n".join(replies),
                                   subject=subj, customer_id=customer["id"], call_id=call_id, batch_id=batch["id"])["id"])
            db.execute("UPDATE inbound_batches SET status = 'done', call_id = ?, reply_channel = ?, error = NULL, "
                       "processed_at = ? WHERE id = ?", [call_id, chosen, utc_now(), batch["id"]])
        out.update(status="done", replies=replies, outbox_ids=ids, call_id=call_id, reply_channel=chosen)
        results.append(out)
    return results


def process_batches_sync(*args: Any, **kwargs: Any) -> list[dict]:
    """:func:`process_batches` for synchronous callers (CLI, webhook server thread)."""
    return asyncio.run(process_batches(*args, **kwargs))
