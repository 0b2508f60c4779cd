"""Import the store's catalogue, stock, orders and KB from CSV/YAML files (seed data or the user's own).

File shapes (header row required, extra columns ignored):

- ``products.csv``: sku, name, category, price_cents[, description]
- ``inventory.csv``: sku, warehouse, quantity[, low_stock_threshold (default 5)]
- ``orders.csv``: order_number, customer_name, customer_email, customer_phone (E.164 or national),
  status, placed_at[, tracking_number, carrier, total_cents, disputed, fraud_flag, shipping_postcode]
  (the postcode and the last name of ``customer_name`` are the second factors of identity checks)
- ``order_items.csv``: order_number, sku, quantity, unit_price_cents
- ``kb.yaml``: knowledge-base articles ``{question, answer, tags}`` (imported into the shared
  knowledge base, scoped to the ``pc_store_support`` campaign)

Imports upsert by key, validate every row first and write nothing if one row is bad
(InputDataError naming ``file:line``). Order totals are recomputed from their items when the file
has no ``total_cents``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from customario.store.db import utc_now
from customario.errors import InputDataError, NotFoundError

KINDS = ("products", "inventory", "orders", "order_items", "kb")
CAMPAIGN = "pc_store_support"
SEED_DIR = Path(__file__).resolve().parent / "seed"
KB_FILE = Path(__file__).resolve().parent / "knowledge" / "kb.yaml"

_REQUIRED = {
    "products": ("sku", "name", "category", "price_cents"),
    "inventory": ("sku", "warehouse", "quantity"),
    "orders": ("order_number", "status"),
    "order_items": ("order_number", "sku", "quantity", "unit_price_cents"),
}


def _int(value: str, what: str, where: str, minimum: int = 0) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        raise InputDataError(
            f"{what} must be a whole number, got {value!r}", "Money is in integer cents", location=where
        ) from None
    if n < minimum:
        raise InputDataError(f"{what} must be at least {minimum}, got {n}", "Fix the value", location=where)
    return n


def _read_csv(path: Path, kind: str) -> list[tuple[str, dict[str, str]]]:
    if not path.is_file():
        raise NotFoundError(f"{path} does not exist", "Check the file path")
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _REQUIRED[kind] if c not in (reader.fieldnames or [])]
        if missing:
            raise InputDataError(
                f"missing column(s) {', '.join(missing)} for {kind}",
                f"Expected columns: {', '.join(_REQUIRED[kind])}",
                location=f"{path}:1",
            )
        return [(f"{path}:{reader.line_num}", {k: (v or "").strip() for k, v in row.items() if k}) for row in reader]


def _phone(value: str, region: str, where: str) -> str | None:
    if not value:
        return None
    from customario.leads.phones import possible_e164

    e164 = possible_e164(value, region)
    if e164 is None:
        raise InputDataError(
            f"{value!r} is not a phone number (or not a possible one)", "Use E.164 like +14155550101", location=where
        )
    return e164


def import_file(
    db: Database, kind: str, path: str | Path, *, region: str = "US", dry_run: bool = False
) -> dict[str, Any]:
    """Import one file of ``kind`` (see module docstring); returns ``{kind, file, rows}``.
    Raises InputDataError (bad row, with file:line), NotFoundError (missing file or unknown SKU/order)."""
    from customario.errors import UsageError
    from . import store

    path = Path(path)
    if kind not in KINDS:
        raise UsageError(f"unknown import kind {kind!r}", f"Use one of {', '.join(KINDS)}")
    if kind == "kb":
        return _import_kb(db, path, dry_run)
    rows = _read_csv(path, kind)
    out: list[dict[str, Any]] = []
    now = utc_now()
    for where, r in rows:
        if kind == "products":
            out.append(
                {
                    "sku": r["sku"],
                    "name": r["name"],
                    "category": r["category"] or "other",
                    "price_cents": _int(r["price_cents"], "price_cents", where),
                    "description": r.get("description") or None,
                }
            )
        elif kind == "inventory":
            out.append(
                {
                    "sku": r["sku"],
                    "warehouse": r["warehouse"],
                    "quantity": _int(r["quantity"], "quantity", where),
                    "low_stock_threshold": _int(r.get("low_stock_threshold") or 5, "low_stock_threshold", where),
                }
            )
        elif kind == "orders":
            number = store.normalise_order_number(r["order_number"])
            if r["status"] not in store.ORDER_STATUSES:
                raise InputDataError(
                    f"unknown status {r['status']!r}", f"Use one of {', '.join(store.ORDER_STATUSES)}", location=where
                )
            out.append(
                {
                    "order_number": number,
                    "customer_name": r.get("customer_name") or None,
                    "customer_email": (r.get("customer_email") or "").lower() or None,
                    "customer_phone": _phone(r.get("customer_phone", ""), region, where),
                    "status": r["status"],
                    "tracking_number": r.get("tracking_number") or None,
                    "carrier": r.get("carrier") or None,
                    "shipping_postcode": (r.get("shipping_postcode") or "").strip().upper() or None,
                    "total_cents": _int(r["total_cents"], "total_cents", where) if r.get("total_cents") else 0,
                    "_has_total": bool(r.get("total_cents")),
                    "placed_at": r.get("placed_at") or now,
                    "updated_at": now,
                    "disputed": int(r.get("disputed", "0") in ("1", "true", "yes")),
                    "fraud_flag": int(r.get("fraud_flag", "0") in ("1", "true", "yes")),
                }
            )
        else:
            out.append(
                {
                    "order_number": store.normalise_order_number(r["order_number"]),
                    "sku": r["sku"],
                    "quantity": _int(r["quantity"], "quantity", where, 1),
                    "unit_price_cents": _int(r["unit_price_cents"], "unit_price_cents", where),
                    "_where": where,
                }
            )
    if dry_run:
        return {"kind": kind, "file": str(path), "rows": len(out), "dry_run": True}
    with db.atomic():
        if kind == "products":
            db["store_products"].upsert_all(out, pk="sku")
        elif kind == "inventory":
            _check_skus(db, [(r["sku"], f"{path}") for r in out])
            db["store_inventory"].upsert_all(out, pk=("sku", "warehouse"))
        elif kind == "orders":
            keep = [{k: v for k, v in r.items() if k != "_has_total"} for r in out]
            db["store_orders"].upsert_all(keep, pk="order_number")
            _recompute_totals(db, [r["order_number"] for r in out if not r["_has_total"]])
            from customario.leads.customers import add_link

            for r in keep:  # an order's phone and e-mail are one customer (SMS and e-mail land together)
                if r["customer_phone"] and r["customer_email"]:
                    add_link(db, r["customer_phone"], r["customer_email"], f"order:{r['order_number']}")
        else:
            for r in out:
                if (
                    db.execute("SELECT 1 FROM store_orders WHERE order_number = ?", [r["order_number"]]).fetchone()
                    is None
                ):
                    raise NotFoundError(
                        f"order {r['order_number']} is not imported",
                        "Import orders.csv before order_items.csv",
                        location=r["_where"],
                    )
            _check_skus(db, [(r["sku"], r["_where"]) for r in out])
            for r in out:
                db.execute(
                    "INSERT INTO store_order_items (order_number, sku, quantity, unit_price_cents) VALUES (?,?,?,?) "
                    "ON CONFLICT (order_number, sku) DO UPDATE SET quantity = excluded.quantity, "
                    "unit_price_cents = excluded.unit_price_cents",
                    [r["order_number"], r["sku"], r["quantity"], r["unit_price_cents"]],
                )
            _recompute_totals(db, sorted({r["order_number"] for r in out}))
    return {"kind": kind, "file": str(path), "rows": len(out)}


def _check_skus(db: Database, pairs: list[tuple[str, str]]) -> None:
    known = {r[0] for r in db.execute("SELECT sku FROM store_products")}
    for sku, where in pairs:
        if sku not in known:
            raise NotFoundError(f"unknown SKU {sku}", "Import products.csv first", location=where)


def _recompute_totals(db: Database, numbers: list[str]) -> None:
    for n in numbers:
        db.execute(
            "UPDATE store_orders SET total_cents = (SELECT COALESCE(SUM(quantity * unit_price_cents), 0) "
            "FROM store_order_items WHERE order_number = ?) WHERE order_number = ?",
            [n, n],
        )


def _import_kb(db: Database, path: Path, dry_run: bool) -> dict[str, Any]:
    """KB articles go to the shared knowledge base (customario.escalation.knowledge), scoped to this campaign."""
    from customario.escalation.kb_import import import_articles

    result = import_articles(db, path, campaign=CAMPAIGN, by="store import", dry_run=dry_run)
    rows = sum(1 for r in result.rows if r["outcome"] != "duplicate")
    return {"kind": "kb", "file": str(path), "rows": rows, **({"dry_run": True} if dry_run else {})}


def import_seed(db: Database, folder: str | Path | None = None, *, region: str = "US") -> list[dict[str, Any]]:
    """Import the shipped PC-parts shop (``seed/`` and ``knowledge/kb.yaml`` of this module) or another
    folder with the same files (``kb.yaml`` beside the CSVs)."""
    folder = Path(folder) if folder else SEED_DIR
    files = [
        (kind, folder / name)
        for kind, name in (
            ("products", "products.csv"),
            ("inventory", "inventory.csv"),
            ("orders", "orders.csv"),
            ("order_items", "order_items.csv"),
        )
    ]
    files.append(("kb", KB_FILE if folder == SEED_DIR else folder / "kb.yaml"))
    return [import_file(db, kind, path, region=region) for kind, path in files if path.is_file()]


def ensure_seeded(db: Database) -> bool:
    """Import the shipped seed data when the store is empty (demo and console use); True if it did."""
    if db.execute("SELECT COUNT(*) FROM store_products").fetchone()[0]:
        return False
    import_seed(db)
    return True
