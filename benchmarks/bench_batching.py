"""Batching throughput of the inbound queue: N customers each send a burst of SMS; every message is
stored as a webhook would store it (one transaction each, idempotent insert, customer resolution),
then each customer's burst is claimed as one batch. Prints messages/s for both steps for a small
baseline (10 customers) and the target (1,000 customers) side by side.

    python3 benchmarks/bench_batching.py [--customers 1000] [--burst 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def run(customers: int, burst: int, folder: Path) -> dict:
    from customario.channels.inbound import InboundMessage, claim_ready_batches, enqueue_inbound
    from customario.plugins.manager import discover
    from customario.store.db import open_db

    db = open_db(folder / f"batch-{customers}.db", plugins=discover())
    t0 = datetime.now(timezone.utc)
    msgs = []
    for b in range(burst):  # interleaved bursts, as they arrive from many phones at once
        for c in range(customers):
            msgs.append(
                InboundMessage(
                    provider="twilio",
                    provider_message_id=f"SM{c:06d}{b:03d}",
                    channel="sms",
                    from_addr=f"+1415{5500000 + c:07d}",
                    body=f"message {b} from {c}",
                )
            )
    start = time.perf_counter()
    for i, m in enumerate(msgs):
        enqueue_inbound(db, m, received_at=(t0 + timedelta(milliseconds=i)).isoformat())
    ingest_s = time.perf_counter() - start
    start = time.perf_counter()
    dup = sum(not enqueue_inbound(db, m)[1] for m in msgs[: min(len(msgs), 500)])  # duplicate deliveries
    dup_s = time.perf_counter() - start
    start = time.perf_counter()
    batches = claim_ready_batches(db, 5.0, now=t0 + timedelta(seconds=len(msgs) / 1000 + 10))
    batch_s = time.perf_counter() - start
    assert len(batches) == customers and all(b["message_count"] == burst for b in batches)
    assert dup == min(len(msgs), 500)
    db.close()
    return {
        "messages": len(msgs),
        "ingest_per_s": len(msgs) / ingest_s,
        "batch_per_s": len(msgs) / batch_s,
        "batch_s": batch_s,
        "dup_per_s": dup / dup_s,
        "batches": len(batches),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=1000)
    ap.add_argument("--burst", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = run(10, a.burst, Path(tmp))
        big = run(a.customers, a.burst, Path(tmp))
    print(f"{'':34} {'baseline':>12} {'target':>12} {'ratio':>7}")
    print(f"{'customers x burst':34} {'10 x ' + str(a.burst):>12} {f'{a.customers} x {a.burst}':>12}")
    for key, label in (
        ("ingest_per_s", "stored (webhook path), msg/s"),
        ("dup_per_s", "duplicate deliveries, msg/s"),
        ("batch_per_s", "into batches, msg/s"),
    ):
        print(f"{label:34} {base[key]:12,.0f} {big[key]:12,.0f} {big[key] / base[key]:7.2f}")
    print(f"{'batches claimed':34} {base['batches']:12,} {big['batches']:12,}")
    print(f"{'claim time for all, s':34} {base['batch_s']:12.3f} {big['batch_s']:12.3f}")


if __name__ == "__main__":
    main()
