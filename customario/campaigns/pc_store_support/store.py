"""The store's core: catalogue, inventory, orders, return labels and the campaign's rules (:class:`Policy`).

Plain functions over a ``sqlite_utils.Database`` (tables of this module's migration set); they
raise :class:`customario.errors.CustomarioError` subclasses and never print. Money is integer cents,
times UTC ISO-8601, phone numbers E.164. Refunds live in :mod:`.refunds`, tickets in
:mod:`.tickets`, identity checks in :mod:`.identity` (names re-exported here for callers of the
old single module).
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from typing import Any, Iterable

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import ConfigError, CustomarioError, NotFoundError, UsageError

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
SECOND_FACTORS = ("postcode", "last_name")


class RefundRefused(CustomarioError):
    """An order action the rules do not allow. ``code`` names the rule (``unverified``,
    ``not-delivered``, ``over-item``, ``over-order``, ``already-refunded``, ...); ``message`` is the
    one sentence the caller is told; the tools record it in ``store_refusals``."""

    def __init__(self, message: str, hint: str | None = None, *, code: str = "refused", **kwargs: Any):
        super().__init__(message, hint, **kwargs)
        self.code = code

    @property
    def say(self) -> str:
        """The sentence for the caller (no operator hint)."""
        return self.message + "."


@dataclass(frozen=True)
class Policy:
    """The campaign's money and identity rules, from its ``settings`` (amounts in cents).

    - ``refund_threshold_cents`` (default 50000 = $500): the most the agent refunds on its own,
      **cumulatively per order** (refunds already made plus open refund tickets plus this one);
      above it a ticket for a human is opened instead.
    - ``daily_customer_limit_cents`` (default: the threshold): the same, per customer (the order's
      e-mail, else phone) per UTC day, across all their orders.
    - ``refundable_statuses`` (default delivered, returned): orders in other states get no refund.
    - ``currency`` (default USD): the caller's currency; amounts in another one are asked back.
    - ``verification.second_factors`` (default postcode, last_name), ``verification.unverified_can_see``
      (``status`` or ``nothing``), ``verification.one_time_code`` (default true),
      ``verification.code_ttl_s`` (600) and ``verification.max_attempts`` (3).
    Raises ConfigError for values it cannot use.
    """

    refund_threshold_cents: int = 50_000
    daily_customer_limit_cents: int = 50_000
    refundable_statuses: tuple[str, ...] = ("delivered", "returned")
    currency: str = "USD"
    fraud_keywords: tuple[str, ...] = ("stolen card", "chargeback", "not me", "fraud", "unauthorized")
    dispute_keywords: tuple[str, ...] = ("dispute", "bank", "lawyer")
    second_factors: tuple[str, ...] = SECOND_FACTORS
    unverified_can_see: str = "status"
    one_time_code: bool = True
    code_ttl_s: int = 600
    max_attempts: int = 3

    @classmethod
    def from_settings(cls, settings: dict[str, Any] | None) -> "Policy":
        s = settings or {}
        base = cls()
        v = s.get("verification") or {}
        if not isinstance(v, dict):
            raise ConfigError("settings.verification must be a mapping", "See docs/support-and-channels.md")
        threshold = int(s.get("refund_threshold_cents", base.refund_threshold_cents))
        factors = tuple(
            str(f).lower().replace("-", "_").replace(" ", "_") for f in v.get("second_factors", base.second_factors)
        )
        bad = [f for f in factors if f not in SECOND_FACTORS]
        if bad:
            raise ConfigError(f"unknown second factor {bad[0]!r}", f"Use {', '.join(SECOND_FACTORS)}")
        statuses = tuple(s.get("refundable_statuses", base.refundable_statuses))
        bad = [x for x in statuses if x not in ORDER_STATUSES]
        if bad:
            raise ConfigError(
                f"unknown order status {bad[0]!r} in refundable_statuses", f"Use {', '.join(ORDER_STATUSES)}"
            )
        see = str(v.get("unverified_can_see", base.unverified_can_see))
        if see not in ("status", "nothing"):
            raise ConfigError(f"verification.unverified_can_see is {see!r}", "Use status or nothing")
        if threshold < 0:
            raise ConfigError("refund_threshold_cents cannot be negative", "Use 0 to send every refund to a human")
        return cls(
            refund_threshold_cents=threshold,
            daily_customer_limit_cents=int(s.get("daily_customer_limit_cents", threshold)),
            refundable_statuses=statuses,
            currency=str(s.get("currency", base.currency)).upper(),
            fraud_keywords=tuple(k.lower() for k in s.get("fraud_keywords", base.fraud_keywords)),
            dispute_keywords=tuple(k.lower() for k in s.get("dispute_keywords", base.dispute_keywords)),
            second_factors=factors,
            unverified_can_see=see,
            one_time_code=bool(v.get("one_time_code", base.one_time_code)),
            code_ttl_s=int(v.get("code_ttl_s", base.code_ttl_s)),
            max_attempts=max(1, int(v.get("max_attempts", base.max_attempts))),
        )

    @classmethod
    def from_db(cls, db: Database, campaign: str = "pc_store_support") -> "Policy":
        """The policy of the stored campaign ``campaign`` (latest version), else the defaults."""
        try:
            from customario.definitions.catalog import resolve_campaign

            stored = resolve_campaign(db, campaign)
            return cls.from_settings(getattr(stored.campaign, "settings", None))
        except ConfigError:
            raise
        except Exception:
            return cls()

    def keyword_hit(self, text: str | None) -> tuple[str, str] | None:
        """``("fraud"|"dispute", keyword)`` for the first keyword found in ``text``. Matching is
        case-insensitive, ignores hyphens and look-alike digits ("charge-back", "st0len"), allows
        inflections ("stolen card" also matches "my card was stolen": the words of a keyword within
        five words of each other, any order) and adds fixed fraud phrasings (hacked, identity theft,
        "I didn't order this")."""
        low = _fold_keywords(text)
        for kind, words in (("fraud", self.fraud_keywords + _FRAUD_EXTRA), ("dispute", self.dispute_keywords)):
            for w in words:
                parts = _fold_keywords(w).split()
                if not parts:
                    continue
                if len(parts) == 1:
                    if re.search(r"\b" + re.escape(parts[0]), low):
                        return kind, w
                    continue
                tokens = low.split()
                for i in range(len(tokens)):
                    window = " ".join(tokens[i : i + 6])
                    if all(re.search(r"\b" + re.escape(p), window) for p in parts):
                        return kind, w
        return None


_FRAUD_EXTRA = (
    "hacked",
    "identity theft",
    "scam",
    "scammed",
    "didn't order",
    "did not order",
    "never ordered",
    "didnt order",
    "not authorized",
    "not authorised",
    "unauthorised",
    "chargeback",
    "stolen",
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s", "@": "a"})


def _fold_keywords(text: str | None) -> str:
    """Lower case, hyphens and dots inside words removed, look-alike digits inside words turned into letters."""
    low = (text or "").lower().replace("\u2019", "'")
    low = re.sub(r"(?<=[a-z])[-.](?=[a-z])", "", low)
    return re.sub(
        r"\b\w*[a-z]\w*\b",
        lambda m: m.group(0).translate(_LEET) if re.search(r"[a-z]", m.group(0)) else m.group(0),
        low,
    )


def normalise_order_number(value: str) -> str:
    """``"ord 1001"``, ``"ORD1001"``, ``"1001"`` → ``"ORD-1001"``; raises UsageError if no digits."""
    m = ORDER_RE.search(value or "") or re.fullmatch(r"\s*#?(\d{3,})\s*", value or "")
    if not m:
        raise UsageError(f"{value!r} is not an order number", "Order numbers look like ORD-1001")
    return f"ORD-{m.group(1)}"


def money(cents: int) -> str:
    """``59999`` → ``"$599.99"`` (for the agent's sentences)."""
    return f"${cents / 100:,.2f}"


def record_refusal(
    db: Database,
    *,
    action: str,
    reason: str,
    message: str,
    call_id: int | None = None,
    order_number: str | None = None,
    details: dict | None = None,
) -> int:
    """Write the row that says why an order action was refused; returns its id. Never raises
    for bookkeeping problems the caller cannot fix (a refusal must still reach the caller)."""
    try:
        return (
            db["store_refusals"]
            .insert(
                {
                    "call_id": call_id,
                    "order_number": order_number,
                    "action": action,
                    "reason": reason,
                    "message": message,
                    "details": json.dumps(details or {}, default=str),
                    "created_at": utc_now(),
                }
            )
            .last_pk
        )
    except Exception:
        return 0


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
    items = list(
        db.query(
            """SELECT i.id, i.sku, COALESCE(p.name, i.sku) AS name, COALESCE(p.category, '') AS category, i.quantity,
                  i.unit_price_cents, i.quantity * i.unit_price_cents AS line_cents,
                  COALESCE((SELECT SUM(r.amount_cents) FROM store_refunds r WHERE r.order_item_id = i.id), 0) AS refunded_cents
           FROM store_order_items i LEFT JOIN store_products p ON p.sku = i.sku
           WHERE i.order_number = ? ORDER BY i.id""",
            [number],
        )
    )
    for i in items:
        i["remaining_cents"] = i["line_cents"] - i["refunded_cents"]
    order["items"] = items
    order["refunded_cents"] = sum(i["refunded_cents"] for i in items)
    order["refundable_cents"] = order["total_cents"] - order["refunded_cents"]
    order["disputed"], order["fraud_flag"] = bool(order["disputed"]), bool(order["fraud_flag"])
    order["customer_key"] = customer_key(order)
    return order


def customer_key(order: dict[str, Any]) -> str | None:
    """The key of the order's customer for per-customer limits: the e-mail (lower case), else the phone."""
    return (order.get("customer_email") or "").lower() or order.get("customer_phone") or None


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
        db.execute(
            "UPDATE store_orders SET status = ?, updated_at = ? WHERE order_number = ?", [status, utc_now(), number]
        )
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
    spellings (candidates from the trigram index, rapidfuzz similarity ≥ 60). Empty list when nothing is close."""
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
    # rapidfuzz's normalised similarity (0-100) over name, SKU and the best run of words decides (>= 60).
    grams = sorted({w.lower()[i : i + 3] for w in words for i in range(max(0, len(w) - 2))} - {""})
    grams = [g for g in grams if len(g) == 3 and '"' not in g]
    if not grams:
        return []
    cands = list(
        db.query(
            "SELECT p.* FROM store_products_tri t JOIN store_products p ON p.rowid = t.rowid "
            "WHERE store_products_tri MATCH ? ORDER BY bm25(store_products_tri) LIMIT 40",
            [" OR ".join(f'"{g}"' for g in grams)],
        )
    )
    from rapidfuzz import fuzz

    low = q.lower()
    scored = []
    for p in cands:
        score = max(
            fuzz.ratio(low, p["name"].lower()), fuzz.ratio(low, p["sku"].lower()), _best_window(low, p["name"].lower())
        )
        if score >= 60:
            scored.append((score, p))
    scored.sort(key=lambda t: -t[0])
    return [p for _, p in scored[:limit]]


def _best_window(query: str, name: str) -> float:
    """rapidfuzz similarity (0-100) of ``query`` against the best run of as many words of ``name``
    (a misspelt "samsng 990 pro" against "samsung 990 pro 2tb nvme")."""
    from rapidfuzz import fuzz

    q_words, n_words = query.split(), name.split()
    k = len(q_words)
    if k == 0 or len(n_words) <= k:
        return 0.0
    return max(fuzz.ratio(query, " ".join(n_words[i : i + k])) for i in range(len(n_words) - k + 1))


def check_inventory(db: Database, query: str) -> dict[str, Any]:
    """Stock of the best-matching product: ``{sku, name, price_cents, total, in_stock, low_stock,
    warehouses: [{warehouse, quantity, low_stock}], other_matches}``. Raises NotFoundError."""
    matches = find_products(db, query)
    if not matches:
        raise NotFoundError(f"no product matches {query!r}", "Give the SKU (like GPU-4070S) or the product name")
    p = matches[0]
    wh = list(
        db.query(
            "SELECT warehouse, quantity, low_stock_threshold, quantity <= low_stock_threshold AS low_stock "
            "FROM store_inventory WHERE sku = ? ORDER BY warehouse",
            [p["sku"]],
        )
    )
    total = sum(w["quantity"] for w in wh)
    threshold = sum(w["low_stock_threshold"] for w in wh)
    return {
        "sku": p["sku"],
        "name": p["name"],
        "category": p["category"],
        "price_cents": p["price_cents"],
        "total": total,
        "in_stock": total > 0,
        "low_stock": 0 < total <= threshold,
        "warehouses": [
            {"warehouse": w["warehouse"], "quantity": w["quantity"], "low_stock": bool(w["low_stock"])} for w in wh
        ],
        "other_matches": [m["sku"] for m in matches[1:]],
    }


# ---------------------------------------------------------------------------------- return labels


def create_return_label(
    db: Database, order_number: str, reason: str = "", call_id: int | None = None, carrier: str = "UPS"
) -> dict[str, Any]:
    """A prepaid return label record for a shipped or delivered order (idempotent: an order keeps
    its first label). Returns ``{id, order_number, carrier, tracking_number, created, ...}``.
    Raises NotFoundError, UsageError (order not shipped yet)."""
    number = normalise_order_number(order_number)
    with immediate(db):
        order = get_order(db, number)
        existing = list(
            db.query("SELECT * FROM store_return_labels WHERE order_number = ? ORDER BY id LIMIT 1", [number])
        )
        if existing:
            return {**existing[0], "created": False}
        if order["status"] not in ("shipped", "delivered"):
            raise UsageError(
                f"order {number} is {order['status']}, so there is nothing to return yet",
                "Cancel a pending order instead of returning it",
            )
        tracking = "1ZRET" + "".join(secrets.choice("0123456789") for _ in range(13))
        row = {
            "order_number": number,
            "carrier": carrier,
            "tracking_number": tracking,
            "reason": reason or None,
            "call_id": call_id,
            "created_at": utc_now(),
        }
        row["id"] = db["store_return_labels"].insert(row).last_pk
    return {**row, "created": True}


# ---------------------------------------------------------------------------- customer information


def save_customer_info(db: Database, fields: dict[str, Any]) -> dict[str, Any]:
    """Store one structured extraction (name, email, phone, order_number, issue_type, severity,
    summary, call_id, customer_id); returns the row with its id."""
    row = {
        k: fields.get(k)
        for k in (
            "call_id",
            "customer_id",
            "name",
            "email",
            "phone",
            "order_number",
            "issue_type",
            "severity",
            "summary",
        )
    }
    row["created_at"] = utc_now()
    row["id"] = db["store_customer_info"].insert(row).last_pk
    return row


def orders_for_customer(db: Database, e164: str | None, email: str | None, limit: int = 5) -> list[dict]:
    """Recent orders placed with this phone (E.164) or email, newest first."""
    if not e164 and not email:
        return []
    return list(
        db.query(
            "SELECT order_number, status, total_cents, placed_at FROM store_orders "
            "WHERE customer_phone = ? OR lower(customer_email) = lower(?) ORDER BY placed_at DESC LIMIT ?",
            [e164 or "", email or "", limit],
        )
    )


def count_rows(
    db: Database, tables: Iterable[str] = ("store_products", "store_inventory", "store_orders", "store_order_items")
) -> dict[str, int]:
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


# Refunds and tickets used to live in this module: their names are still served from here (lazily,
# so that importing refunds.py or tickets.py first does not make a cycle).
_MOVED = {
    "RefundRequest": "refunds",
    "process_refund": "refunds",
    "match_items": "refunds",
    **{
        n: "tickets"
        for n in ("add_comment", "assign_ticket", "get_ticket", "list_tickets", "open_ticket", "reopen_ticket")
    },
    "approve_ticket": "decisions",
    "resolve_ticket": "decisions",
}


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(f"{__package__}.{_MOVED[name]}"), name)
    raise AttributeError(name)
