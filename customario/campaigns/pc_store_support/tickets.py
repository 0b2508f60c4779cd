"""Tickets for humans: escalated refunds, fraud, disputes and requests, with the customer's contact.

A ticket has a priority, a reason, a summary, the refund it holds (``requested_cents``, ``sku``),
the customer's phone and e-mail (to call or write back), an ``assignee``, comments
(``store_ticket_comments``) and a status (``open`` | ``resolved``). A human may:

- **approve** the refund with the requested amount or **another amount** (:func:`approve_ticket`):
  it runs through :func:`.refunds.process_refund` with ``approved_by`` — past the automatic limits,
  never past the hard guards (identity is the human's call; the order state, the item's and the
  order's totals, one refund per ticket and item still hold);
- **decline** it, **assign** it, **comment** on it, **resolve** it with a note, **reopen** it.

Every change is a comment line too, so the ticket's history reads top to bottom.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import NotFoundError, UsageError

from .store import PRIORITIES, Policy, money


def open_ticket(db: Database, *, priority: str, reason: str, summary: str, order_number: str | None = None,
                details: dict | None = None, call_id: int | None = None, customer_id: int | None = None,
                channel: str | None = None, reuse_open: bool = False, requested_cents: int | None = None,
                sku: str | None = None, customer_key: str | None = None, contact_phone: str | None = None,
                contact_email: str | None = None) -> dict[str, Any]:
    """Open a ticket for a human; with ``reuse_open`` an open ticket for the same order and reason is
    returned instead of a duplicate. Without a contact given, the order's phone and e-mail are copied
    onto the ticket. Raises UsageError for an unknown priority."""
    if priority not in PRIORITIES:
        raise UsageError(f"unknown priority {priority!r}", f"Use one of {', '.join(PRIORITIES)}")
    with immediate(db):
        if reuse_open and order_number:
            rows = list(db.query("SELECT * FROM store_tickets WHERE order_number = ? AND reason = ? AND status = 'open' "
                                 "ORDER BY id LIMIT 1", [order_number, reason]))
            if rows:
                return {**rows[0], "created": False}
        if order_number and not (contact_phone or contact_email):
            o = db.execute("SELECT customer_phone, customer_email FROM store_orders WHERE order_number = ?",
                           [order_number]).fetchone()
            if o:
                contact_phone, contact_email = o[0], o[1]
        now = utc_now()
        row = {"order_number": order_number, "customer_id": customer_id, "call_id": call_id, "channel": channel,
               "priority": priority, "reason": reason, "summary": summary,
               "details": json.dumps(details or {}, default=str), "status": "open", "created_at": now,
               "requested_cents": requested_cents, "sku": sku, "customer_key": customer_key,
               "contact_phone": contact_phone, "contact_email": contact_email, "updated_at": now}
        row["id"] = db["store_tickets"].insert(row).last_pk
    return {**row, "created": True}


def list_tickets(db: Database, status: str | None = "open", limit: int | None = None,
                 assignee: str | None = None) -> list[dict]:
    """Tickets, most urgent first (urgent, high, normal, low), then oldest first."""
    where, params = [], []
    if status:
        where.append("status = ?")
        params.append(status)
    if assignee:
        where.append("assignee = ?")
        params.append(assignee)
    sql = ("SELECT * FROM store_tickets" + (" WHERE " + " AND ".join(where) if where else "") +
           " ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, params))


def get_ticket(db: Database, ticket_id: int) -> dict[str, Any]:
    """One ticket with ``details`` decoded, its ``comments`` (oldest first) and ``refunds`` made by it.
    Raises NotFoundError."""
    rows = list(db.query("SELECT * FROM store_tickets WHERE id = ?", [ticket_id]))
    if not rows:
        raise NotFoundError(f"no ticket #{ticket_id}", "List them with `customario tickets list`")
    t = rows[0]
    t["details"] = json.loads(t["details"] or "{}")
    t["comments"] = list(db.query("SELECT author, body, created_at FROM store_ticket_comments WHERE ticket_id = ? "
                                  "ORDER BY id", [ticket_id]))
    t["refunds"] = list(db.query("SELECT id, order_item_id, amount_cents, approved_by, created_at FROM store_refunds "
                                 "WHERE ticket_id = ? ORDER BY id", [ticket_id]))
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
        cid = db["store_ticket_comments"].insert({"ticket_id": ticket_id, "author": author or "human", "body": body,
                                                  "created_at": now}).last_pk
        db.execute("UPDATE store_tickets SET updated_at = ? WHERE id = ?", [now, ticket_id])
    return {"id": cid, "ticket_id": ticket_id, "author": author, "body": body, "created_at": now}


def assign_ticket(db: Database, ticket_id: int, assignee: str, by: str = "human") -> dict[str, Any]:
    """Give the ticket to ``assignee`` (a person's name; empty string = unassign)."""
    with immediate(db):
        t = get_ticket(db, ticket_id)
        db.execute("UPDATE store_tickets SET assignee = ?, updated_at = ? WHERE id = ?",
                   [assignee or None, utc_now(), ticket_id])
        add_comment(db, ticket_id, by, f"assigned to {assignee}" if assignee else f"unassigned (was {t['assignee']})")
    return get_ticket(db, ticket_id)


def reopen_ticket(db: Database, ticket_id: int, note: str = "", by: str = "human") -> dict[str, Any]:
    """Open a resolved ticket again (its refunds stay; an approval can run again only for what is
    left). Raises UsageError when it is open."""
    with immediate(db):
        t = get_ticket(db, ticket_id)
        if t["status"] == "open":
            raise UsageError(f"ticket #{ticket_id} is already open", "Nothing to do")
        db.execute("UPDATE store_tickets SET status = 'open', decision = NULL, resolved_at = NULL, updated_at = ? "
                   "WHERE id = ?", [utc_now(), ticket_id])
        add_comment(db, ticket_id, by, "reopened" + (f": {note}" if note else ""))
    return get_ticket(db, ticket_id)


def approve_ticket(db: Database, ticket_id: int, *, by: str, amount_cents: int | None = None, note: str = "",
                   policy: Policy | None = None) -> dict[str, Any]:
    """Approve the refund the ticket holds — ``amount_cents`` when the human changes it, else the
    requested amount — and resolve the ticket, in one transaction. Returns the ticket with
    ``refund``. Raises NotFoundError, UsageError (resolved, no refund on it, bad amount),
    RefundRefused (hard guards)."""
    from .refunds import RefundRequest, process_refund

    if not by or not by.strip():
        raise UsageError("an approval needs the approver's name", "Pass --by NAME")
    policy = policy or Policy.from_db(db)
    with immediate(db):
        t = get_ticket(db, ticket_id)
        if t["status"] != "open":
            raise UsageError(f"ticket #{ticket_id} is {t['status']}", "Reopen it first: customario tickets reopen ID")
        requested = t["requested_cents"] or t["details"].get("requested_cents")
        if not t["order_number"] or (not requested and amount_cents is None):
            raise UsageError(f"ticket #{ticket_id} holds no refund request", "Resolve it without approving a refund")
        cents = int(amount_cents if amount_cents is not None else requested)
        rounds = db.execute("SELECT COUNT(DISTINCT substr(idempotency_key, 1, instr(idempotency_key, ':item:'))) "
                            "FROM store_refunds WHERE ticket_id = ?", [ticket_id]).fetchone()[0]
        if cents <= 0:
            raise UsageError("the approved amount must be more than zero", "Decline the ticket instead")
        refund = process_refund(db, RefundRequest(order_number=t["order_number"], amount_cents=cents,
                                                  sku=t["sku"] or t["details"].get("sku"), reason=f"ticket #{ticket_id}",
                                                  approved_by=by, ticket_id=ticket_id, call_id=t["call_id"],
                                                  ticket_round=rounds + 1, policy=policy))
        if refund["status"] != "refunded":
            raise UsageError(f"ticket #{ticket_id}: {refund.get('message', refund['status'])}",
                             "Nothing was refunded; check the order with `customario store list refunds`")
        now = utc_now()
        changed = "" if amount_cents is None or amount_cents == requested else f" (requested {money(requested or 0)})"
        db.execute("UPDATE store_tickets SET status = 'resolved', decision = 'approved', approved_cents = ?, "
                   "resolution = ?, resolved_at = ?, updated_at = ? WHERE id = ?",
                   [cents, note or f"refund of {money(cents)} approved by {by}", now, now, ticket_id])
        add_comment(db, ticket_id, by, f"approved a refund of {money(cents)}{changed}" + (f": {note}" if note else ""))
    out = get_ticket(db, ticket_id)
    out["refund"] = refund
    return out


def resolve_ticket(db: Database, ticket_id: int, resolution: str, *, approve_refund: bool = False,
                   by: str = "human", amount_cents: int | None = None, decline: bool = False) -> dict[str, Any]:
    """Resolve with the human's ``resolution`` text; ``approve_refund`` approves the refund it holds
    (``amount_cents`` to change it, see :func:`approve_ticket`); ``decline`` records a refusal of the
    refund. Raises NotFoundError, UsageError, RefundRefused."""
    if approve_refund and decline:
        raise UsageError("a ticket cannot be approved and declined at once", "Choose --approve-refund or --decline")
    if approve_refund:
        return approve_ticket(db, ticket_id, by=by, amount_cents=amount_cents, note=resolution)
    with immediate(db):
        t = get_ticket(db, ticket_id)
        if t["status"] == "resolved":
            raise UsageError(f"ticket #{ticket_id} is already resolved", "Nothing to do; reopen it to change it")
        now = utc_now()
        db.execute("UPDATE store_tickets SET status = 'resolved', decision = ?, resolution = ?, resolved_at = ?, "
                   "updated_at = ? WHERE id = ?", ["declined" if decline else None, resolution, now, now, ticket_id])
        add_comment(db, ticket_id, by, ("declined the refund: " if decline else "resolved: ") + resolution)
    return get_ticket(db, ticket_id)
