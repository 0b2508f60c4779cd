"""The store's core: catalogue, inventory, orders, refunds within policy, return labels, tickets.

Plain functions over a ``sqlite_utils.Database`` (tables of this module's migration set); they
raise :class:`customario.errors.CustomarioError` subclasses and never print. Money is integer cents,
times UTC ISO-8601, phone numbers E.164.

Refund policy (campaign ``settings``): a refund whose amount is above ``refund_threshold_cents``
(default 50000 = $500), an order flagged as disputed or as fraud, or a request whose words contain
one of ``fraud_keywords`` / ``dispute_keywords`` is never executed: a ticket for a human is opened
instead. Executed refunds are one row per order item (``UNIQUE``), written in one ``BEGIN
IMMEDIATE`` transaction that re-checks that refunds never exceed the order total.
"""

from __future__ import annotations

import difflib
import json
import re
import secrets
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import CustomarioError, NotFoundError, UsageError

ORDER_STATUSES = ("pending", "processing", "shipped", "delivered", "cancelled", "returned", "refunded")
# Allowed manual transitions (update_order_status); refunds and returns set their own statuses.
TRANSITIONS = {
    "pending": {"processing", "cancelled"},
    "processing": {"shipped", "cancelled"},
    "shipped": {"delivered", "returned"},
    "delivered": {"returned"},
    "returned": {"refunded"},
    "cancelled": set(),
    "refunded": set(),
}
PRIORITIES = ("low", "normal", "high", "urgent")
ORDER_RE = re.compile(r"\bORD-?\s?(\d{3,})\b", re.IGNORECASE)


class RefundRefused(CustomarioError):
    """A refund that policy or arithmetic does not allow (already refunded, larger than the order)."""


@dataclass(frozen=True)
class Policy:
    """Escalation rules from the campaign's ``settings`` (amounts in cents)."""

    refund_threshold_cents: int = 50_000
    fraud_keywords: tuple[str, ...] = ("stolen card", "chargeback", "not me", "fraud", "unauthorized")
    dispute_keywords: tuple[str, ...] = ("dispute", "bank", "lawyer")

    @classmethod
    def from_settings(cls, settings: dict[str, Any] | None) -> "Policy":
        s = settings or {}
        base = cls()
        return cls(
            refund_threshold_cents=int(s.get("refund_threshold_cents", base.refund_threshold_cents)),
            fraud_keywords=tuple(k.lower() for k in s.get("fraud_keywords", base.fraud_keywords)),
            dispute_keywords=tuple(k.lower() for k in s.get("dispute_keywords", base.dispute_keywords)),
        )

    def keyword_hit(self, text: str | None) -> tuple[str, str] | None:
        """``("fraud"|"dispute", keyword)`` for the first keyword found in ``text`` (case-insensitive)."""
        low = (text or "").lower()
        for kind, words in (("fraud", self.fraud_keywords), ("dispute", self.dispute_keywords)):
            for w in words:
                if re.search(r"\b" + re.escape(w) + r"\b", low):
                    return kind, w
        return None


def normalise_order_number(value: str) -> str:
    """``"ord 1001"``, ``"ORD1001"``, ``"1001"`` → ``"ORD-1001"``; raises UsageError if no digits."""
    m = ORDER_RE.search(value or "") or re.fullmatch(r"\s*#?(\d{3,})\s*", value or "")
    if not m:
        raise UsageError(f"{value!r} is not an order number", "Order numbers look like ORD-1001")
    return f"ORD-{m.group(1)}"


def money(cents: int) -> str:
    """``59999`` → ``"$599.99"`` (for the agent's sentences)."""
    return f"${cents / 100:,.2f}"


# ----------------------------------------------------------------------------------------- orders

def get_order(db: Database, order_number: str) -> dict[str, Any]:
    """One order with ``items`` (each with ``refunded_cents``), ``refunded_cents`` and
    ``refundable_cents``. Raises NotFoundError for an unknown order."""
    number = normalise_order_number(order_number)
    row = db.execute("SELECT * FROM store_orders WHERE order_number = ?", [number]).fetchone()
    if row is None:
        raise NotFoundError(f"no order {number}", "Check the order number (it looks like ORD-1001)")
    cols = [d[0] for d in db.execute("SELECT * FROM store_orders LIMIT 0").description]
    order = dict(zip(cols, row))
    items = list(db.query(
        """SELECT i.id, i.sku, COALESCE(p.name, i.sku) AS name, i.quantity, i.unit_price_cents,
                  i.quantity * i.unit_price_cents AS line_cents, COALESCE(r.amount_cents, 0) AS refunded_cents
           FROM store_order_items i LEFT JOIN store_products p ON p.sku = i.sku
           LEFT JOIN store_refunds r ON r.order_item_id = i.id
           WHERE i.order_number = ? ORDER BY i.id""", [number]))
    order["items"] = items
    order["refunded_cents"] = sum(i["refunded_cents"] for i in items)
    order["refundable_cents"] = order["total_cents"] - order["refunded_cents"]
    order["disputed"], order["fraud_flag"] = bool(order["disputed"]), bool(order["fraud_flag"])
    return order


def update_order_status(db: Database, order_number: str, status: str) -> dict[str, Any]:
    """Move an order to ``status`` if :data:`TRANSITIONS` allows it; returns ``{order_number, old, new}``.
    Raises NotFoundError, UsageError (unknown status or transition not allowed)."""
    if status not in ORDER_STATUSES:
        raise UsageError(f"unknown order status {status!r}", f"Use one of {', '.join(ORDER_STATUSES)}")
    number = normalise_order_number(order_number)
    with immediate(db):
        row = db.execute("SELECT status FROM store_orders WHERE order_number = ?", [number]).fetchone()
        if row is None:
            raise NotFoundError(f"no order {number}", "Check the order number (it looks like ORD-1001)")
        old = row[0]
        if status != old and status not in TRANSITIONS.get(old, set()):
            allowed = ", ".join(sorted(TRANSITIONS.get(old, set()))) or "none"
            raise UsageError(f"order {number} cannot go from {old} to {status}", f"Allowed from {old}: {allowed}")
        db.execute("UPDATE store_orders SET status = ?, updated_at = ? WHERE order_number = ?", [status, utc_now(), number])
    return {"order_number": number, "old_status": old, "status": status}


def list_orders(db: Database, status: str | None = None, limit: int | None = None) -> list[dict]:
    sql, params = "SELECT * FROM store_orders", []
    if status:
        sql, params = sql + " WHERE status = ?", [status]
    sql += " ORDER BY order_number"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, params))


# -------------------------------------------------------------------------------------- inventory

def find_products(db: Database, query: str, limit: int = 5) -> list[dict[str, Any]]:
    """Products matching ``query``: an exact SKU first, then names containing every word, then close
    spellings (candidates from the trigram index, difflib ratio ≥ 0.6). Empty list when nothing is close."""
    q = (query or "").strip()
    if not q:
        return []
    exact = list(db.query("SELECT * FROM store_products WHERE sku IN (?, ?)", [q, q.upper()]))
    if exact:
        return exact
    words = [w for w in re.split(r"[\s,]+", q) if w]
    where = " AND ".join("(name LIKE ? OR sku LIKE ?)" for _ in words)
    params: list[Any] = []
    for w in words:
        params += [f"%{w}%", f"%{w}%"]
    rows = list(db.query(f"SELECT * FROM store_products WHERE {where} ORDER BY length(name) LIMIT ?", params + [limit]))
    if rows:
        return rows
    # Fuzzy: the 40 products sharing the most trigrams with the query (FTS5 trigram index), then
    # difflib's ratio over name and SKU decides (>= 0.6).
    grams = sorted({w.lower()[i:i + 3] for w in words for i in range(max(0, len(w) - 2))} - {""})
    grams = [g for g in grams if len(g) == 3 and '"' not in g]
    if not grams:
        return []
    cands = list(db.query(
        "SELECT p.* FROM store_products_tri t JOIN store_products p ON p.rowid = t.rowid "
        "WHERE store_products_tri MATCH ? ORDER BY bm25(store_products_tri) LIMIT 40",
        [" OR ".join(f'"{g}"' for g in grams)]))
    low = q.lower()
    scored = []
    for p in cands:
        score = max(difflib.SequenceMatcher(None, low, p["name"].lower()).ratio(),
                    difflib.SequenceMatcher(None, low, p["sku"].lower()).ratio(),
                    _best_window(low, p["name"].lower()))
        if score >= 0.6:
            scored.append((score, p))
    scored.sort(key=lambda t: -t[0])
    return [p for _, p in scored[:limit]]


def _best_window(query: str, name: str) -> float:
    """difflib ratio of ``query`` against the best run of as many words of ``name`` (a misspelt
    "samsng 990 pro" against "samsung 990 pro 2tb nvme")."""
    q_words, n_words = query.split(), name.split()
    k = len(q_words)
    if k == 0 or len(n_words) <= k:
        return 0.0
    return max(difflib.SequenceMatcher(None, query, " ".join(n_words[i:i + k])).ratio() for i in range(len(n_words) - k + 1))


def check_inventory(db: Database, query: str) -> dict[str, Any]:
    """Stock of the best-matching product: ``{sku, name, price_cents, total, in_stock, low_stock,
    warehouses: [{warehouse, quantity, low_stock}], other_matches}``. Raises NotFoundError."""
    matches = find_products(db, query)
    if not matches:
        raise NotFoundError(f"no product matches {query!r}", "Give the SKU (like GPU-4070S) or the product name")
    p = matches[0]
    wh = list(db.query(
        "SELECT warehouse, quantity, low_stock_threshold, quantity <= low_stock_threshold AS low_stock "
        "FROM store_inventory WHERE sku = ? ORDER BY warehouse", [p["sku"]]))
    total = sum(w["quantity"] for w in wh)
    threshold = sum(w["low_stock_threshold"] for w in wh)
    return {
        "sku": p["sku"], "name": p["name"], "category": p["category"], "price_cents": p["price_cents"],
        "total": total, "in_stock": total > 0, "low_stock": 0 < total <= threshold,
        "warehouses": [{"warehouse": w["warehouse"], "quantity": w["quantity"], "low_stock": bool(w["low_stock"])} for w in wh],
        "other_matches": [m["sku"] for m in matches[1:]],
    }


# ---------------------------------------------------------------------------------------- refunds

@dataclass
class RefundRequest:
    """What the caller asked for. ``amount_cents`` None = full refund (of ``sku`` or of the order)."""

    order_number: str
    amount_cents: int | None = None
    sku: str | None = None
    reason: str = ""
    call_id: int | None = None
    customer_id: int | None = None
    channel: str | None = None
    extra_text: str = ""      # the caller's words, scanned for fraud/dispute keywords
    policy: Policy = field(default_factory=Policy)
    approved_by: str | None = None   # a human who approved it (ticket): no escalation, same guards


def process_refund(db: Database, req: RefundRequest) -> dict[str, Any]:
    """Refund within policy, or escalate. Returns ``{"status": "refunded", "refund_ids", "amount_cents",
    "order_number", "order_status"}`` or ``{"status": "escalated", "ticket_id", "reason", ...}``.

    Raises NotFoundError (order or item), RefundRefused (larger than the order or than what is left,
    item already refunded, nothing left to refund). Escalation rules: see the module docstring.
    Money moves only on the ``refunded`` path, in one ``BEGIN IMMEDIATE`` transaction.
    """
    number = normalise_order_number(req.order_number)
    if req.amount_cents is not None and req.amount_cents <= 0:
        raise RefundRefused("a refund amount must be positive", "Say the amount in dollars and cents")
    with immediate(db):
        order = get_order(db, number)
        items = order["items"]
        if req.amount_cents is not None and req.amount_cents > order["total_cents"]:
            raise RefundRefused(
                f"{money(req.amount_cents)} is larger than order {number} ({money(order['total_cents'])})",
                "A refund can be at most the order total")
        if req.sku:
            chosen = [i for i in items if i["sku"].lower() == req.sku.lower()]
            if not chosen:
                raise NotFoundError(f"order {number} has no item {req.sku}", "Check the SKU on the order")
        else:
            chosen = [i for i in items if i["refunded_cents"] == 0]
        already = [i for i in chosen if i["refunded_cents"] > 0]
        if already:
            raise RefundRefused(f"{already[0]['name']} on order {number} was already refunded",
                                "Each item can be refunded once; open a ticket for anything else")
        if not chosen:
            raise RefundRefused(f"order {number} is already fully refunded", "Nothing is left to refund")
        if req.amount_cents is None:
            amount = sum(i["line_cents"] for i in chosen)
        else:
            amount = req.amount_cents
            if req.sku is None:
                # A partial amount without an item goes on the first item that can hold it.
                fits = [i for i in chosen if i["line_cents"] >= amount]
                if amount == sum(i["line_cents"] for i in chosen):
                    fits = chosen
                elif not fits:
                    raise RefundRefused(f"{money(amount)} does not fit a single item of order {number}",
                                        "Name the item (SKU) to refund, or ask for a full refund")
                else:
                    chosen = fits[:1]
            elif amount > chosen[0]["line_cents"]:
                raise RefundRefused(f"{money(amount)} is more than {chosen[0]['name']} cost "
                                    f"({money(chosen[0]['line_cents'])})", "Refund at most the item's price")
        if amount > order["refundable_cents"]:
            raise RefundRefused(f"{money(amount)} is more than is left to refund on order {number} "
                                f"({money(order['refundable_cents'])})", "Refunds never exceed the order total")
        escalation = None if req.approved_by else _escalation_reason(order, amount, req)
        if escalation:
            reason, priority, summary = escalation
            ticket = open_ticket(db, order_number=number, priority=priority, reason=reason, summary=summary,
                                 details={"requested_cents": amount, "sku": req.sku, "request": req.reason},
                                 call_id=req.call_id, customer_id=req.customer_id, channel=req.channel,
                                 reuse_open=True)
            return {"status": "escalated", "ticket_id": ticket["id"], "reason": reason, "priority": priority,
                    "order_number": number, "requested_cents": amount, "refunded_cents": 0,
                    "message": f"A specialist will review this refund (ticket #{ticket['id']}). No money was moved."}
        now = utc_now()
        ids = []
        remaining = amount
        for item in chosen:
            part = min(remaining, item["line_cents"]) if len(chosen) > 1 else remaining
            if part <= 0:
                break
            ids.append(db["store_refunds"].insert({
                "order_number": number, "order_item_id": item["id"], "amount_cents": part,
                "reason": (req.reason or "") + (f" (approved by {req.approved_by})" if req.approved_by else "") or None,
                "call_id": req.call_id, "created_at": now}).last_pk)
            remaining -= part
        # The guard: never more than the order total, whatever happened concurrently.
        total_refunded = db.execute("SELECT COALESCE(SUM(amount_cents), 0) FROM store_refunds WHERE order_number = ?",
                                    [number]).fetchone()[0]
        if total_refunded > order["total_cents"]:
            raise RefundRefused(f"refunds on order {number} would exceed its total", "Nothing was refunded")
        new_status = "refunded" if total_refunded == order["total_cents"] else order["status"]
        db.execute("UPDATE store_orders SET status = ?, updated_at = ? WHERE order_number = ?", [new_status, now, number])
    return {"status": "refunded", "refund_ids": ids, "amount_cents": amount, "order_number": number,
            "order_status": new_status, "items": [i["sku"] for i in chosen],
            "message": f"Refunded {money(amount)} on order {number}; it reaches the original payment method in 5-7 business days."}


def _escalation_reason(order: dict, amount: int, req: RefundRequest) -> tuple[str, str, str] | None:
    pol = req.policy
    hit = pol.keyword_hit(" ".join([req.reason or "", req.extra_text or ""]))
    if order["fraud_flag"] or (hit and hit[0] == "fraud"):
        return "fraud", "urgent", f"Refund of {money(amount)} on {order['order_number']} with suspected fraud" + (f" ({hit[1]!r})" if hit else "")
    if order["disputed"] or (hit and hit[0] == "dispute"):
        return "dispute", "high", f"Refund of {money(amount)} on {order['order_number']} under dispute" + (f" ({hit[1]!r})" if hit else "")
    if amount > pol.refund_threshold_cents:
        return ("refund-over-threshold", "high",
                f"Refund of {money(amount)} on {order['order_number']} is above the {money(pol.refund_threshold_cents)} limit")
    return None


# ---------------------------------------------------------------------------------- return labels

def create_return_label(db: Database, order_number: str, reason: str = "", call_id: int | None = None,
                        carrier: str = "UPS") -> dict[str, Any]:
    """A prepaid return label record for a shipped or delivered order (idempotent: an order keeps
    its first label). Returns ``{id, order_number, carrier, tracking_number, created, ...}``.
    Raises NotFoundError, UsageError (order not shipped yet)."""
    number = normalise_order_number(order_number)
    with immediate(db):
        order = get_order(db, number)
        existing = list(db.query("SELECT * FROM store_return_labels WHERE order_number = ? ORDER BY id LIMIT 1", [number]))
        if existing:
            return {**existing[0], "created": False}
        if order["status"] not in ("shipped", "delivered"):
            raise UsageError(f"order {number} is {order['status']}, so there is nothing to return yet",
                             "Cancel a pending order instead of returning it")
        tracking = "1ZRET" + "".join(secrets.choice("0123456789") for _ in range(13))
        row = {"order_number": number, "carrier": carrier, "tracking_number": tracking, "reason": reason or None,
               "call_id": call_id, "created_at": utc_now()}
        row["id"] = db["store_return_labels"].insert(row).last_pk
    return {**row, "created": True}


# ---------------------------------------------------------------------------------------- tickets

def open_ticket(db: Database, *, priority: str, reason: str, summary: str, order_number: str | None = None,
                details: dict | None = None, call_id: int | None = None, customer_id: int | None = None,
                channel: str | None = None, reuse_open: bool = False) -> dict[str, Any]:
    """Open a ticket for a human; with ``reuse_open`` an open ticket for the same order and reason is
    returned instead of a duplicate. Raises UsageError for an unknown priority."""
    if priority not in PRIORITIES:
        raise UsageError(f"unknown priority {priority!r}", f"Use one of {', '.join(PRIORITIES)}")
    with immediate(db):
        if reuse_open and order_number:
            rows = list(db.query("SELECT * FROM store_tickets WHERE order_number = ? AND reason = ? AND status = 'open' "
                                 "ORDER BY id LIMIT 1", [order_number, reason]))
            if rows:
                return {**rows[0], "created": False}
        row = {"order_number": order_number, "customer_id": customer_id, "call_id": call_id, "channel": channel,
               "priority": priority, "reason": reason, "summary": summary,
               "details": json.dumps(details or {}, default=str), "status": "open", "created_at": utc_now()}
        row["id"] = db["store_tickets"].insert(row).last_pk
    return {**row, "created": True}


def list_tickets(db: Database, status: str | None = "open", limit: int | None = None) -> list[dict]:
    """Tickets, most urgent first (urgent, high, normal, low), then oldest first."""
    sql = ("SELECT * FROM store_tickets" + (" WHERE status = ?" if status else "") +
           " ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, [status] if status else []))


def get_ticket(db: Database, ticket_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM store_tickets WHERE id = ?", [ticket_id]))
    if not rows:
        raise NotFoundError(f"no ticket #{ticket_id}", "List them with `customario tickets list`")
    t = rows[0]
    t["details"] = json.loads(t["details"] or "{}")
    return t


def resolve_ticket(db: Database, ticket_id: int, resolution: str, *, approve_refund: bool = False,
                   by: str = "human") -> dict[str, Any]:
    """Mark a ticket resolved with the human's ``resolution`` text; with ``approve_refund`` the refund
    the ticket holds (``details.requested_cents`` on its order) is executed first, in the same
    transaction, past the escalation rules but with every other guard (item refunded once, never
    more than the order). Returns the ticket (``refund`` added when one was made). Raises
    NotFoundError, UsageError (already resolved, no refund on the ticket), RefundRefused."""
    with immediate(db):
        t = get_ticket(db, ticket_id)
        if t["status"] == "resolved":
            raise UsageError(f"ticket #{ticket_id} is already resolved", "Nothing to do")
        refund = None
        if approve_refund:
            cents = t["details"].get("requested_cents")
            if not t["order_number"] or not cents:
                raise UsageError(f"ticket #{ticket_id} holds no refund request", "Resolve it without --approve-refund")
            refund = process_refund(db, RefundRequest(order_number=t["order_number"], amount_cents=int(cents),
                                                      sku=t["details"].get("sku"), reason=f"ticket #{ticket_id}",
                                                      approved_by=by))
        db.execute("UPDATE store_tickets SET status = 'resolved', resolution = ?, resolved_at = ? WHERE id = ?",
                   [resolution, utc_now(), ticket_id])
    out = get_ticket(db, ticket_id)
    if refund:
        out["refund"] = refund
    return out


# ---------------------------------------------------------------------------- customer information

def save_customer_info(db: Database, fields: dict[str, Any]) -> dict[str, Any]:
    """Store one structured extraction (name, email, phone, order_number, issue_type, severity,
    summary, call_id, customer_id); returns the row with its id."""
    row = {k: fields.get(k) for k in ("call_id", "customer_id", "name", "email", "phone", "order_number",
                                      "issue_type", "severity", "summary")}
    row["created_at"] = utc_now()
    row["id"] = db["store_customer_info"].insert(row).last_pk
    return row


def orders_for_customer(db: Database, e164: str | None, email: str | None, limit: int = 5) -> list[dict]:
    """Recent orders placed with this phone (E.164) or email, newest first."""
    if not e164 and not email:
        return []
    return list(db.query(
        "SELECT order_number, status, total_cents, placed_at FROM store_orders "
        "WHERE customer_phone = ? OR lower(customer_email) = lower(?) ORDER BY placed_at DESC LIMIT ?",
        [e164 or "", email or "", limit]))


def count_rows(db: Database, tables: Iterable[str] = ("store_products", "store_inventory", "store_orders",
                                                       "store_order_items")) -> dict[str, int]:
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
