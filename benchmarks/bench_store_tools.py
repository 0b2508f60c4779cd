"""Tool-call overhead of the pc_store_support tools: p50/p95 ms per call, on the shipped seed store
(baseline) and on a generated store of 100,000 orders and 10,000 products, side by side.

Each call goes through the tool's pydantic model and async handler against a real SQLite file
(WAL). The last rows are whole agent turns through the conversation engine (offline policy →
function tool → ``tool_calls`` log → reply), with the tool duration the engine logged.

    python3 benchmarks/bench_store_tools.py [--orders 100000] [--products 10000] [--calls 300]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _mods():
    return (
        importlib.import_module("customario.campaigns.pc_store_support.catalogue"),
        importlib.import_module("customario.campaigns.pc_store_support.store"),
    )


def build_big(db, n_orders: int, n_products: int, rng: random.Random) -> None:
    cats = [
        ("gpu", "GeForce RTX", 29999, 179999),
        ("cpu", "Ryzen", 12900, 69900),
        ("ram", "DDR5 Kit", 4999, 29999),
        ("ssd", "NVMe SSD", 4999, 39999),
    ]
    products = []
    for i in range(n_products):
        cat, word, lo, hi = cats[i % 4]
        products.append(
            {
                "sku": f"{cat.upper()}-{i:05d}",
                "name": f"Brand{i % 97} {word} {i:05d} Model {rng.randint(100, 999)}",
                "category": cat,
                "price_cents": rng.randint(lo, hi),
                "description": None,
            }
        )
    db["store_products"].insert_all(products, batch_size=2000)
    db["store_inventory"].insert_all(
        (
            {"sku": p["sku"], "warehouse": w, "quantity": rng.randint(0, 50), "low_stock_threshold": 5}
            for p in products
            for w in ("east", "west")
        ),
        batch_size=5000,
    )
    statuses = ["delivered"] * 5 + ["shipped"] * 3 + ["pending", "processing"]
    orders, items = [], []
    for n in range(n_orders):
        number = f"ORD-{100000 + n}"
        chosen = rng.sample(products, rng.randint(1, 3))
        total = 0
        for p in chosen:
            q = rng.randint(1, 2)
            items.append({"order_number": number, "sku": p["sku"], "quantity": q, "unit_price_cents": p["price_cents"]})
            total += q * p["price_cents"]
        orders.append(
            {
                "order_number": number,
                "customer_name": f"Customer {n}",
                "customer_email": f"c{n}@example.com",
                "customer_phone": f"+1415{5500000 + n % 9999999:07d}",
                "status": rng.choice(statuses),
                "total_cents": total,
                "placed_at": "2026-11-01T00:00:00+00:00",
                "updated_at": "2026-11-01T00:00:00+00:00",
                "disputed": 0,
                "fraud_flag": 0,
            }
        )
    db["store_orders"].insert_all(orders, batch_size=5000)
    db["store_order_items"].insert_all(items, batch_size=5000)


def measure(
    db, stored, settings, order_numbers, skus, names, calls: int, rng: random.Random
) -> dict[str, tuple[float, float]]:
    from customario.dialogue.tools import ToolContext
    from customario.plugins.manager import discover

    tools = discover().tools()
    ctx = ToolContext(db=db, campaign=stored, settings=settings, channel="console")
    delivered = [o for o in order_numbers if o[1] in ("delivered", "shipped")]
    refund_pool = list(delivered)
    cases = {
        "lookup_order": lambda: ("lookup_order", {"order_number": rng.choice(order_numbers)[0]}),
        "check_inventory (SKU)": lambda: ("check_inventory", {"query": rng.choice(skus)}),
        "check_inventory (name words)": lambda: (
            "check_inventory",
            {"query": " ".join(rng.choice(names).split()[1:3])},
        ),
        "check_inventory (misspelt)": lambda: (
            "check_inventory",
            {"query": rng.choice(names).replace("e", "", 1)[:18]},
        ),
        "process_refund (partial $1)": lambda: (
            "process_refund",
            {"order_number": refund_pool.pop()[0], "amount_dollars": "1.00"},
        ),
        "create_return_label": lambda: ("create_return_label", {"order_number": rng.choice(delivered)[0]}),
        "search_knowledge_base": lambda: ("search_knowledge_base", {"query": "is DDR4 compatible with AM5"}),
    }
    out = {}

    async def run_case(make) -> tuple[list[float], int]:
        times, failed = [], 0
        for _ in range(calls):
            name, args = make()
            spec = tools[name]
            t = time.perf_counter()
            try:
                await spec.handler(ctx, spec.parameters.model_validate(args))
            except Exception:  # expected failures (nothing close enough, already refunded) still count
                failed += 1
            times.append((time.perf_counter() - t) * 1000)
        return times, failed

    for label, make in cases.items():
        times, failed = asyncio.run(run_case(make))
        times.sort()
        out[label] = (statistics.median(times), times[int(len(times) * 0.95) - 1], failed, len(times))
    return out


def measure_turns(db, stored, settings, order_numbers, turns: int) -> tuple[float, float, float, float]:
    """Whole agent turns through the conversation engine (offline policy, tool wrapping, logging):
    (turn p50, turn p95, logged tool duration p50, p95) in ms for "where is ORD-n?" turns."""
    from customario.conversation.engine import TextConversation

    async def run() -> list[float]:
        conv = await TextConversation.start(db, settings, stored, channel="console")
        times = []
        for i in range(turns):
            t = time.perf_counter()
            await conv.send(f"where is {order_numbers[i % len(order_numbers)][0]}?")
            times.append((time.perf_counter() - t) * 1000)
        await conv.close()
        logged = [r[0] for r in db.execute("SELECT duration_ms FROM tool_calls WHERE call_id = ?", [conv.call_id])]
        return times, logged

    times, logged = asyncio.run(run())
    times.sort()
    logged.sort()
    return (
        statistics.median(times),
        times[int(len(times) * 0.95) - 1],
        statistics.median(logged),
        logged[int(len(logged) * 0.95) - 1],
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, default=100_000)
    ap.add_argument("--products", type=int, default=10_000)
    ap.add_argument("--calls", type=int, default=300)
    a = ap.parse_args()
    from customario.definitions.catalog import resolve_campaign
    from customario.config import load_settings
    from customario.plugins.manager import discover
    from customario.store.db import open_db

    catalogue, _store = _mods()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for label in ("seed", "big"):
            db = open_db(Path(tmp) / f"{label}.db", plugins=discover())
            settings = load_settings(env={}, load_dotenv_file=False, db=str(Path(tmp) / f"{label}.db"))
            stored = resolve_campaign(db, "pc_store_support")
            t = time.perf_counter()
            if label == "seed":
                catalogue.import_seed(db)
                orders = [(r[0], r[1]) for r in db.execute("SELECT order_number, status FROM store_orders")]
                orders = orders * 100
            else:
                catalogue.import_file(db, "kb", catalogue.SEED_DIR / "kb.yaml")
                build_big(db, a.orders, a.products, rng)
                orders = [(r[0], r[1]) for r in db.execute("SELECT order_number, status FROM store_orders")]
            rng.shuffle(orders)
            build_s = time.perf_counter() - t
            skus = [r[0] for r in db.execute("SELECT sku FROM store_products")]
            names = [r[0] for r in db.execute("SELECT name FROM store_products")]
            counts = db.execute(
                "SELECT (SELECT COUNT(*) FROM store_orders), (SELECT COUNT(*) FROM store_products)"
            ).fetchone()
            print(f"{label}: {counts[0]:,} orders, {counts[1]:,} products (built in {build_s:.1f} s)", file=sys.stderr)
            results[label] = measure(db, stored, settings, orders, skus, names, a.calls, rng)
            results[label]["agent turn: lookup_order (engine)"] = measure_turns(
                db, stored, settings, orders, min(a.calls, 100)
            )
            db.close()
    print(
        f"{'tool call':30} {'seed p50':>9} {'seed p95':>9} {'big p50':>9} {'big p95':>9} {'ratio':>6} {'big failed/calls':>16}"
    )
    for label in results["big"]:
        s = results["seed"].get(label, (float("nan"), float("nan"), 0, 0))
        b = results["big"][label]
        if "engine" in label:
            print(f"{label:30} {s[0]:9.3f} {s[1]:9.3f} {b[0]:9.3f} {b[1]:9.3f} {b[0] / s[0]:6.1f}")
            print(
                f"{'  of which logged tool time':30} {s[2]:9.3f} {s[3]:9.3f} {b[2]:9.3f} {b[3]:9.3f} {b[2] / s[2]:6.1f}"
            )
            continue
        print(f"{label:30} {s[0]:9.3f} {s[1]:9.3f} {b[0]:9.3f} {b[1]:9.3f} {b[0] / s[0]:6.1f} {f'{b[2]}/{b[3]}':>16}")
    print("(milliseconds per call; seed = data/pc_store, big = generated store)")


if __name__ == "__main__":
    main()
