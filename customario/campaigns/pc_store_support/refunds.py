"""Refunds that hold together, checked and written in one ``BEGIN IMMEDIATE`` transaction.

The rules (campaign ``settings``, :class:`.store.Policy`), in the order they are checked:

1. **identity**: an automatic refund needs a caller verified for the order on this call
   (:mod:`.identity`); a human's approval (``approved_by``) stands in for it;
2. **order state**: only orders in ``refundable_statuses`` (delivered, returned) are refunded;
3. **the item**: the refund goes on the item the caller named (SKU or words such as "the RAM");
   words that fit two items, or a partial amount on an order of several items with no item named,
   are asked back (``needs-item``), never spread or guessed; a full refund without an item covers
   what is left of the whole order;
4. **arithmetic**: never more than is left on the item (line total minus earlier refunds) nor on
   the order;
5. **one refund per complaint**: each refund row has an ``idempotency_key`` (``call:<call>:item:<item>``,
   ``ticket:<ticket>/<approval>:item:<item>``; UNIQUE in the table): asking again in the same call returns
   the first refund and moves no money;
6. **fraud or dispute** (order flags or keywords in the caller's words) → ticket, no money;
7. **limits**: the automatic limit applies to the **cumulative** total — refunds already made on the
   order plus open refund tickets on it plus this one — and to the customer's total for the UTC day
   (same sum over all their orders); above either, a ticket for a human, so a limit cannot be split
   around. An open refund ticket on the order gets a comment instead of a second ticket.

Everything happens inside one IMMEDIATE transaction, so two conversations at once (threads or
processes on one SQLite file) cannot both pass a check that only one of them may pass.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import NotFoundError

from .store import Policy, RefundRefused, get_order, money, normalise_order_number

# Words a caller uses for a product category (matched against the order's items).
CATEGORY_WORDS = {
    "ram": ("ram", "memory", "ddr4", "ddr5", "dimm", "dimms", "sticks"),
    "ssd": ("ssd", "nvme", "drive", "storage", "m.2", "sata"),
    "gpu": ("gpu", "graphics", "video card", "graphics card", "rtx", "radeon", "geforce", "gfx"),
    "cpu": ("cpu", "processor", "ryzen", "core i5", "core i7", "core i9", "chip"),
    "psu": ("psu", "power supply", "power unit"),
    "motherboard": ("motherboard", "mobo", "mainboard", "board"),
}
_STOP = set("the a an my on of for it its this that order item refund please back money want need i me".split())


@dataclass
class RefundRequest:
    """What the caller asked for. ``amount_cents`` None = the whole item (or what is left of the
    order without an item). ``item`` is the caller's words for the item ("the RAM"); ``sku`` an exact SKU."""

    order_number: str
    amount_cents: int | None = None
    sku: str | None = None
    item: str | None = None
    reason: str = ""
    call_id: int | None = None
    customer_id: int | None = None
    channel: str | None = None
    extra_text: str = ""  # the caller's words, scanned for fraud/dispute keywords
    policy: Policy = field(default_factory=Policy)
    approved_by: str | None = None  # a human who approved it (ticket): no limits, same hard guards
    ticket_id: int | None = None
    contact: dict | None = None  # the caller's phone/e-mail, copied onto a ticket
    verified_by: str | None = None  # how the caller was verified (identity.py); rechecked in the DB for a call
    ticket_round: int = 1  # the how-many-th approval of ticket_id (a reopened ticket approves again)
    further: bool = False  # the caller asks for more ("another $25"), not the same refund again


def match_items(items: list[dict], words: str | None, sku: str | None = None) -> list[dict]:
    """The order items the caller's ``words`` (or ``sku``) point at: exact SKU, else every item
    whose SKU, name words or category words occur in ``words``. Empty when nothing fits."""
    if sku:
        exact = [i for i in items if i["sku"].lower() == sku.strip().lower()]
        if exact:
            return exact
        words = f"{words or ''} {sku}"
    low = f" {(words or '').lower()} "
    if not low.strip():
        return []
    hits = []
    for i in items:
        cat = (i.get("category") or "").lower()
        name_words = [w for w in re.findall(r"[a-z0-9]+", i["name"].lower()) if len(w) >= 3 and w not in _STOP]
        sku_parts = [p for p in i["sku"].lower().split("-") if len(p) >= 3]
        cat_hit = bool(cat) and bool(
            re.search(rf"\b{re.escape(cat)}s?\b", low)
            or any(re.search(rf"\b{re.escape(w)}\b", low) for w in CATEGORY_WORDS.get(cat, ()))
        )
        if i["sku"].lower() in low or cat_hit:
            hits.append(i)
            continue
        if sum(1 for w in name_words if re.search(rf"\b{re.escape(w)}\b", low)) >= 1 or any(
            re.search(rf"\b{re.escape(p)}\b", low) for p in sku_parts
        ):
            hits.append(i)
    return hits


def names_a_product(words: str | None) -> bool:
    """True when ``words`` name a kind of product ("the GPU", "my RAM", a SKU): an item the caller
    means, so an order without it must not be refunded as a whole instead."""
    low = f" {(words or '').lower()} "
    if re.search(r"\b[a-z]{2,5}-[a-z0-9]+\b", low) and not re.search(r"\bord-\d", low):
        return True
    return any(re.search(rf"\b{re.escape(w)}s?\b", low) for ws in CATEGORY_WORDS.values() for w in ws)


def _day_start() -> str:
    now = datetime.now(timezone.utc)
    return now.replace(hour=0, minute=0, second=0, microsecond=0).isoformat(timespec="microseconds")


def _pending_on_order(db: Database, number: str, exclude_ticket: int | None) -> int:
    return db.execute(
        "SELECT COALESCE(SUM(requested_cents), 0) FROM store_tickets WHERE order_number = ? AND "
        "status = 'open' AND requested_cents IS NOT NULL AND id != ?",
        [number, exclude_ticket or 0],
    ).fetchone()[0]


def _customer_today(db: Database, key: str | None, exclude_ticket: int | None) -> int:
    if not key:
        return 0
    since = _day_start()
    done = db.execute(
        "SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds WHERE customer_key = ? AND created_at >= ?",
        [key, since],
    ).fetchone()[0]
    pending = db.execute(
        "SELECT COALESCE(SUM(requested_cents), 0) FROM store_tickets WHERE customer_key = ? AND "
        "status = 'open' AND requested_cents IS NOT NULL AND created_at >= ? AND id != ?",
        [key, since, exclude_ticket or 0],
    ).fetchone()[0]
    return done + pending


def _choose(order: dict, req: RefundRequest) -> tuple[list[dict], int] | dict:
    """(items, amount) for the request, or a ``needs-item`` answer. Raises RefundRefused."""
    number = order["order_number"]
    items = order["items"]
    left = [i for i in items if i["remaining_cents"] > 0]
    chosen = match_items(items, req.item, req.sku)
    if req.sku and not chosen:
        raise NotFoundError(f"order {number} has no item {req.sku}", "Check the SKU on the order")
    if not chosen and names_a_product(req.item):
        # "Refund the GPU" on an order without one: never fall back to the whole order
        return {
            "status": "needs-item",
            "order_number": number,
            "choices": [i["name"] for i in left],
            "message": f"I can't find that item on order {number}; it has "
            + " and ".join(f"the {i['name']}" for i in items)
            + ". Which one do you mean?",
        }
    if chosen:
        if len(chosen) > 1:
            return {
                "status": "needs-item",
                "order_number": number,
                "choices": [i["name"] for i in chosen],
                "message": "Which item is the refund for: " + " or ".join(f"the {i['name']}" for i in chosen) + "?",
            }
        item = chosen[0]
        if item["remaining_cents"] <= 0:
            raise RefundRefused(
                f"The {item['name']} on order {number} has already been fully refunded", code="already-refunded"
            )
        amount = item["remaining_cents"] if req.amount_cents is None else req.amount_cents
        if amount > item["remaining_cents"]:
            what = "cost" if item["refunded_cents"] == 0 else "has left to refund"
            raise RefundRefused(
                f"{money(amount)} is more than the {item['name']} {what} ({money(item['remaining_cents'])})",
                code="over-item",
            )
        return [item], amount
    if not left:
        raise RefundRefused(f"Order {number} has already been fully refunded", code="already-refunded")
    if req.amount_cents is None:
        return left, sum(i["remaining_cents"] for i in left)
    if req.amount_cents > order["refundable_cents"]:
        code = "over-order" if req.amount_cents > order["total_cents"] else "over-remaining"
        raise RefundRefused(
            f"{money(req.amount_cents)} is more than {'order ' + number + ' cost' if code == 'over-order' else 'is left to refund on order ' + number} "
            f"({money(order['total_cents'] if code == 'over-order' else order['refundable_cents'])})",
            code=code,
        )
    if len(left) == 1:
        return left, req.amount_cents
    exact = [i for i in left if i["remaining_cents"] == req.amount_cents]
    if len(exact) == 1:
        return exact, req.amount_cents  # "$1,799.99 on ORD-1004": exactly what the GPU cost
    # A partial amount on the order as a whole (goodwill for a late delivery, "$25 for the trouble"):
    # written against the order's items in order, each at most what is left on it.
    return left, req.amount_cents


def _escalation_reason(
    order: dict, amount: int, req: RefundRequest, cumulative: int, today: int
) -> tuple[str, str, str] | None:
    pol = req.policy
    hit = pol.keyword_hit(" ".join([req.reason or "", req.extra_text or ""]))
    number = order["order_number"]
    if order["fraud_flag"] or (hit and hit[0] == "fraud"):
        return (
            "fraud",
            "urgent",
            f"Refund of {money(amount)} on {number} with suspected fraud" + (f" ({hit[1]!r})" if hit else ""),
        )
    if order["disputed"] or (hit and hit[0] == "dispute"):
        return (
            "dispute",
            "high",
            f"Refund of {money(amount)} on {number} under dispute" + (f" ({hit[1]!r})" if hit else ""),
        )
    if cumulative > pol.refund_threshold_cents:
        already = cumulative - amount
        return (
            "refund-over-threshold",
            "high",
            f"Refund of {money(amount)} on {number}"
            + (f" (with {money(already)} refunded or pending)" if already else "")
            + f" is above the {money(pol.refund_threshold_cents)} limit",
        )
    if today > pol.daily_customer_limit_cents:
        return (
            "daily-limit",
            "high",
            f"Refund of {money(amount)} on {number} takes the customer's refunds today to "
            f"{money(today)}, above the {money(pol.daily_customer_limit_cents)} daily limit",
        )
    return None


def process_refund(db: Database, req: RefundRequest) -> dict[str, Any]:
    """Refund within the rules (module docstring), escalate, or ask. Returns one of
    ``{"status": "refunded", "refund_ids", "amount_cents", "items", "order_status", "message"}``,
    ``{"status": "already-refunded", ...}`` (same call, same item: no money moved),
    ``{"status": "escalated", "ticket_id", "reason", "requested_cents", "message"}`` or
    ``{"status": "needs-item", "choices", "message"}``.

    Raises RefundRefused (``code``: unverified, not-refundable-status, over-item, over-order,
    over-remaining, already-refunded, bad-amount) and NotFoundError (order or SKU)."""
    from . import identity

    number = normalise_order_number(req.order_number)
    if req.amount_cents is not None and req.amount_cents <= 0:
        raise RefundRefused("A refund amount must be more than zero", code="bad-amount")
    with immediate(db):
        order = get_order(db, number)
        verified = identity.is_verified(db, req.call_id, number) if req.call_id is not None else bool(req.verified_by)
        if not req.approved_by and not verified:
            raise RefundRefused(
                f"I can't make changes to order {number} until I've confirmed it's your order", code="unverified"
            )
        if order["status"] not in req.policy.refundable_statuses:
            raise RefundRefused(_status_sentence(number, order["status"]), code="not-refundable-status")
        picked = _choose(order, req)
        if isinstance(picked, dict):
            return picked
        chosen, amount = picked
        keys = [_key(req, item) for item in chosen]
        done = list(
            db.query(f"SELECT * FROM store_refunds WHERE idempotency_key IN ({','.join('?' * len(keys))})", keys)
        )
        if done:
            total = sum(r["amount_cents"] for r in done)
            if (req.further or (req.amount_cents is not None and req.amount_cents != total)) and not req.approved_by:
                # More for the same item in the same conversation: not the same complaint again, and
                # never a second automatic refund: a person decides.
                return _escalate(
                    db,
                    order,
                    amount,
                    chosen,
                    req,
                    (
                        "repeat-request",
                        "normal",
                        f"Further refund of {money(amount)} asked on {number} after "
                        f"{money(total)} was refunded in the same conversation",
                    ),
                )
            return {
                "status": "already-refunded",
                "order_number": number,
                "amount_cents": total,
                "refund_ids": [r["id"] for r in done],
                "items": [i["sku"] for i in chosen],
                "message": f"I've already refunded {money(total)} for that on order {number} in this conversation; "
                "no further money was moved.",
            }
        if not req.approved_by:
            cumulative = order["refunded_cents"] + _pending_on_order(db, number, req.ticket_id) + amount
            today = _customer_today(db, order["customer_key"], req.ticket_id) + amount
            escalation = _escalation_reason(order, amount, req, cumulative, today)
            if escalation:
                return _escalate(db, order, amount, chosen, req, escalation)
        ids = _write(db, order, chosen, amount, req)
    out = get_order(db, number)
    return {
        "status": "refunded",
        "refund_ids": ids,
        "amount_cents": amount,
        "order_number": number,
        "order_status": out["status"],
        "items": [i["sku"] for i in chosen],
        "message": f"I've refunded {money(amount)} on order {number}"
        + (f" for the {chosen[0]['name']}" if len(chosen) == 1 else "")
        + "; it reaches the original payment method in 5-7 business days.",
    }


def _status_sentence(number: str, status: str) -> str:
    if status in ("pending", "processing"):
        return f"Order {number} hasn't shipped yet, so there's nothing to refund; I can cancel it instead"
    if status == "shipped":
        return f"Order {number} is still on its way; a refund is possible once it's delivered or returned"
    if status in ("refunded", "cancelled"):
        return f"Order {number} is already {status}"
    return f"Order {number} is {status}, so it can't be refunded"


def _key(req: RefundRequest, item: dict) -> str:
    if req.ticket_id is not None:
        return f"ticket:{req.ticket_id}/{req.ticket_round}:item:{item['id']}"
    if req.call_id is not None:
        return f"call:{req.call_id}:item:{item['id']}"
    return f"manual:{uuid.uuid4().hex}:item:{item['id']}"


def _write(db: Database, order: dict, chosen: list[dict], amount: int, req: RefundRequest) -> list[int]:
    """Insert the refund rows (inside the caller's transaction) and re-check the hard guards."""
    number = order["order_number"]
    now = utc_now()
    ids, remaining = [], amount
    for item in chosen:
        part = min(remaining, item["remaining_cents"])
        if part <= 0:
            continue
        note = (req.reason or "")[:500] + (f" (approved by {req.approved_by})" if req.approved_by else "")
        try:
            ids.append(
                db["store_refunds"]
                .insert(
                    {
                        "order_number": number,
                        "order_item_id": item["id"],
                        "amount_cents": part,
                        "reason": note.strip() or None,
                        "call_id": req.call_id,
                        "customer_key": order["customer_key"],
                        "idempotency_key": _key(req, item),
                        "ticket_id": req.ticket_id,
                        "approved_by": req.approved_by,
                        "created_at": now,
                    }
                )
                .last_pk
            )
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc):
                raise
            # the database's own guard (store migration m006): never above the item or the order
            raise RefundRefused(f"Refunds on order {number} would exceed what was paid", code="over-order") from None
        remaining -= part
    if remaining:
        raise RefundRefused(f"{money(amount)} does not fit what is left on order {number}", code="over-remaining")
    # The guards, re-read inside the same transaction: never above an item's line nor the order total.
    over_item = db.execute(
        "SELECT i.sku FROM store_order_items i WHERE i.order_number = ? AND (SELECT COALESCE(SUM(amount_cents), 0) "
        "FROM store_refunds r WHERE r.order_item_id = i.id) > i.quantity * i.unit_price_cents",
        [number],
    ).fetchone()
    total = db.execute(
        "SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds WHERE order_number = ?", [number]
    ).fetchone()[0]
    if over_item or total > order["total_cents"]:
        raise RefundRefused(f"Refunds on order {number} would exceed what was paid", code="over-order")
    new_status = "refunded" if total == order["total_cents"] else order["status"]
    db.execute("UPDATE store_orders SET status = ?, updated_at = ? WHERE order_number = ?", [new_status, now, number])
    return ids


def _escalate(
    db: Database, order: dict, amount: int, chosen: list[dict], req: RefundRequest, escalation: tuple[str, str, str]
) -> dict[str, Any]:
    from .tickets import add_comment, open_ticket

    reason, priority, summary = escalation
    number = order["order_number"]
    sku = chosen[0]["sku"] if len(chosen) == 1 else None
    existing = list(
        db.query(
            "SELECT * FROM store_tickets WHERE order_number = ? AND status = 'open' AND "
            "requested_cents IS NOT NULL ORDER BY id LIMIT 1",
            [number],
        )
    )
    if existing:
        t = existing[0]
        add_comment(
            db,
            t["id"],
            "agent",
            f"Customer asked again for {money(amount)}"
            + (f" on {sku}" if sku else "")
            + (f" (call {req.call_id})" if req.call_id else "")
            + ": "
            + (req.reason or "")[:300],
        )
        return {
            "status": "escalated",
            "ticket_id": t["id"],
            "reason": t["reason"],
            "priority": t["priority"],
            "order_number": number,
            "requested_cents": t["requested_cents"],
            "refunded_cents": 0,
            "existing": True,
            "message": f"There's already a refund request for order {number} with a colleague (ticket #{t['id']}); "
            "I've added this to it. No money was moved.",
        }
    contact = req.contact or {}
    ticket = open_ticket(
        db,
        order_number=number,
        priority=priority,
        reason=reason,
        summary=summary,
        details={"requested_cents": amount, "sku": sku, "request": req.reason},
        call_id=req.call_id,
        customer_id=req.customer_id,
        channel=req.channel,
        requested_cents=amount,
        sku=sku,
        customer_key=order["customer_key"],
        contact_phone=contact.get("e164") or order.get("customer_phone"),
        contact_email=contact.get("email") or order.get("customer_email"),
    )
    return {
        "status": "escalated",
        "ticket_id": ticket["id"],
        "reason": reason,
        "priority": priority,
        "order_number": number,
        "requested_cents": amount,
        "refunded_cents": 0,
        "message": f"A specialist will review this refund (ticket #{ticket['id']}). No money was moved.",
    }
