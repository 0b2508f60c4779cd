"""Tickets for humans: escalated refunds, fraud, disputes and requests, with the customer's contact.

A ticket has a priority, a reason, a summary, the refund it holds (``requested_cents``, ``sku``),
the customer's phone and e-mail (to call or write back), an ``assignee``, comments
(``store_ticket_comments``) and a status (``open`` | ``resolved``). A human may:

- **approve** the refund with the requested amount or **another amount**
  (:func:`.decisions.approve_ticket`): it runs through :func:`.refunds.process_refund` with
  ``approved_by`` — past the automatic limits, never past the hard guards (identity is the human's
  call; the order state, the item's and the order's totals, one refund per ticket and item still hold);
- **decline** it or **resolve** it with a note (:func:`.decisions.resolve_ticket`), **assign** it,
  **comment** on it, **reopen** it.

This module holds the ticket records; the decisions that execute refunds live in ``decisions.py``
(refunds open tickets, so tickets must not import refunds: no import cycle).

Every change is a comment line too, so the ticket's history reads top to bottom.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import NotFoundError, UsageError

from .store import PRIORITIES


def open_ticket(
    db: Database,
    *,
    priority: str,
    reason: str,
    summary: str,
    order_number: str | None = None,
    details: dict | None = None,
    call_id: int | None = None,
    customer_id: int | None = None,
    channel: str | None = None,
    reuse_open: bool = False,
    requested_cents: int | None = None,
    sku: str | None = None,
    customer_key: str | None = None,
    contact_phone: str | None = None,
    contact_email: str | None = None,
) -> dict[str, Any]:
    """Open a ticket for a human; with ``reuse_open`` an open ticket for the same order and reason is
    returned instead of a duplicate. Without a contact given, the order's phone and e-mail are copied
    onto the ticket. Raises UsageError for an unknown priority."""
    if priority not in PRIORITIES:
        raise UsageError(f"unknown priority {priority!r}", f"Use one of {', '.join(PRIORITIES)}")
    with immediate(db):
        if reuse_open and order_number:
            rows = list(
                db.query(
                    "SELECT * FROM store_tickets WHERE order_number = ? AND reason = ? AND status = 'open' "
                    "ORDER BY id LIMIT 1",
                    [order_number, reason],
                )
            )
            if rows:
                return {**rows[0], "created": False}
        if order_number and not (contact_phone or contact_email):
            o = db.execute(
                "SELECT customer_phone, customer_email FROM store_orders WHERE order_number = ?", [order_number]
            ).fetchone()
            if o:
                contact_phone, contact_email = o[0], o[1]
        now = utc_now()
        row = {
            "order_number": order_number,
            "customer_id": customer_id,
            "call_id": call_id,
            "channel": channel,
            "priority": priority,
            "reason": reason,
            "summary": summary,
            "details": json.dumps(details or {}, default=str),
            "status": "open",
            "created_at": now,
            "requested_cents": requested_cents,
            "sku": sku,
            "customer_key": customer_key,
            "contact_phone": contact_phone,
            "contact_email": contact_email,
            "updated_at": now,
        }
        row["id"] = db["store_tickets"].insert(row).last_pk
    return {**row, "created": True}


def list_tickets(
    db: Database, status: str | None = "open", limit: int | None = None, assignee: str | None = None
) -> list[dict]:
    """Tickets, most urgent first (urgent, high, normal, low), then oldest first."""
    filters = {k: v for k, v in (("status", status), ("assignee", assignee)) if v}
    return list(
        db["store_tickets"].rows_where(
            " AND ".join(f"{k} = ?" for k in filters) or None,
            list(filters.values()),
            order_by="CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, id",
            limit=int(limit) if limit else None,
        )
    )


def get_ticket(db: Database, ticket_id: int) -> dict[str, Any]:
    """One ticket with ``details`` decoded, its ``comments`` (oldest first) and ``refunds`` made by it.
    Raises NotFoundError."""
    rows = list(db.query("SELECT * FROM store_tickets WHERE id = ?", [ticket_id]))
    if not rows:
        raise NotFoundError(f"no ticket #{ticket_id}", "List them with `customario tickets list`")
    t = rows[0]
    t["details"] = json.loads(t["details"] or "{}")
    t["comments"] = list(
        db.query(
            "SELECT author, body, created_at FROM store_ticket_comments WHERE ticket_id = ? ORDER BY id", [ticket_id]
        )
    )
    t["refunds"] = list(
        db.query(
            "SELECT id, order_item_id, amount_cents, approved_by, created_at FROM store_refunds "
            "WHERE ticket_id = ? ORDER BY id",
            [ticket_id],
        )
    )
    return t


def add_comment(db: Database, ticket_id: int, author: str, body: str) -> dict[str, Any]:
    """Append a comment. Raises NotFoundError, UsageError (empty text)."""
    body = (body or "").strip()
    if not body:
        raise UsageError("the comment is empty", "Write what happened or what you decided")
    with immediate(db):
        if db.execute("SELECT 1 FROM store_tickets WHERE id = ?", [ticket_id]).fetchone() is None:
            raise NotFoundError(f"no ticket #{ticket_id}", "List them with `customario tickets list`")
        now = utc_now()
        cid = (
            db["store_ticket_comments"]
            .insert({"ticket_id": ticket_id, "author": author or "human", "body": body, "created_at": now})
            .last_pk
        )
        db.execute("UPDATE store_tickets SET updated_at = ? WHERE id = ?", [now, ticket_id])
    return {"id": cid, "ticket_id": ticket_id, "author": author, "body": body, "created_at": now}


def assign_ticket(db: Database, ticket_id: int, assignee: str, by: str = "human") -> dict[str, Any]:
    """Give the ticket to ``assignee`` (a person's name; empty string = unassign)."""
    with immediate(db):
        t = get_ticket(db, ticket_id)
        db.execute(
            "UPDATE store_tickets SET assignee = ?, updated_at = ? WHERE id = ?",
            [assignee or None, utc_now(), ticket_id],
        )
        add_comment(db, ticket_id, by, f"assigned to {assignee}" if assignee else f"unassigned (was {t['assignee']})")
    return get_ticket(db, ticket_id)


def reopen_ticket(db: Database, ticket_id: int, note: str = "", by: str = "human") -> dict[str, Any]:
    """Open a resolved ticket again (its refunds stay; an approval can run again only for what is
    left). Raises UsageError when it is open."""
    with immediate(db):
        t = get_ticket(db, ticket_id)
        if t["status"] == "open":
            raise UsageError(f"ticket #{ticket_id} is already open", "Nothing to do")
        db.execute(
            "UPDATE store_tickets SET status = 'open', decision = NULL, resolved_at = NULL, updated_at = ? "
            "WHERE id = ?",
            [utc_now(), ticket_id],
        )
        add_comment(db, ticket_id, by, "reopened" + (f": {note}" if note else ""))
    return get_ticket(db, ticket_id)
