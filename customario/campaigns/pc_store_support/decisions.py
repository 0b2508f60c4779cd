"""A human's decisions on a ticket: approve the refund it holds (another amount allowed), decline
or resolve it. Approving executes the refund through :func:`.refunds.process_refund` with
``approved_by``, so the hard guards still hold. Kept apart from ``tickets.py`` because refunds
open tickets: tickets → refunds → tickets would be an import cycle.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from customario.errors import UsageError
from customario.store.db import immediate, utc_now

from .refunds import RefundRequest, process_refund
from .store import Policy, money
from .tickets import add_comment, get_ticket


def approve_ticket(
    db: Database,
    ticket_id: int,
    *,
    by: str,
    amount_cents: int | None = None,
    note: str = "",
    policy: Policy | None = None,
) -> dict[str, Any]:
    """Approve the refund the ticket holds — ``amount_cents`` when the human changes it, else the
    requested amount — and resolve the ticket, in one transaction. Returns the ticket with
    ``refund``. Raises NotFoundError, UsageError (resolved, no refund on it, bad amount),
    RefundRefused (hard guards)."""
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
        rounds = db.execute(
            "SELECT COUNT(DISTINCT substr(idempotency_key, 1, instr(idempotency_key, ':item:'))) "
            "FROM store_refunds WHERE ticket_id = ?",
            [ticket_id],
        ).fetchone()[0]
        if cents <= 0:
            raise UsageError("the approved amount must be more than zero", "Decline the ticket instead")
        refund = process_refund(
            db,
            RefundRequest(
                order_number=t["order_number"],
                amount_cents=cents,
                sku=t["sku"] or t["details"].get("sku"),
                reason=f"ticket #{ticket_id}",
                approved_by=by,
                ticket_id=ticket_id,
                call_id=t["call_id"],
                ticket_round=rounds + 1,
                policy=policy,
            ),
        )
        if refund["status"] != "refunded":
            raise UsageError(
                f"ticket #{ticket_id}: {refund.get('message', refund['status'])}",
                "Nothing was refunded; check the order with `customario store list refunds`",
            )
        now = utc_now()
        changed = "" if amount_cents is None or amount_cents == requested else f" (requested {money(requested or 0)})"
        db.execute(
            "UPDATE store_tickets SET status = 'resolved', decision = 'approved', approved_cents = ?, "
            "resolution = ?, resolved_at = ?, updated_at = ? WHERE id = ?",
            [cents, note or f"refund of {money(cents)} approved by {by}", now, now, ticket_id],
        )
        add_comment(db, ticket_id, by, f"approved a refund of {money(cents)}{changed}" + (f": {note}" if note else ""))
    out = get_ticket(db, ticket_id)
    out["refund"] = refund
    return out


def resolve_ticket(
    db: Database,
    ticket_id: int,
    resolution: str,
    *,
    approve_refund: bool = False,
    by: str = "human",
    amount_cents: int | None = None,
    decline: bool = False,
) -> dict[str, Any]:
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
        db.execute(
            "UPDATE store_tickets SET status = 'resolved', decision = ?, resolution = ?, resolved_at = ?, "
            "updated_at = ? WHERE id = ?",
            ["declined" if decline else None, resolution, now, now, ticket_id],
        )
        add_comment(db, ticket_id, by, ("declined the refund: " if decline else "resolved: ") + resolution)
    return get_ticket(db, ticket_id)
