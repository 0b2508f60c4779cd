"""Listing help requests with 100,000 rows in the table (target < 100 ms), side by side with a
1,000-row baseline: the core query behind `customario supervisor list` (newest 50, all statuses
and --status pending) and the whole command in-process (Typer, JSON rendering).

    python3 benchmarks/bench_help_requests.py [--rows 100000] [--repeat 50]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def fill(db, rows: int, rng: random.Random) -> None:
    from customario.store.db import json_col

    statuses = ["answered"] * 90 + ["dismissed"] * 4 + ["timed-out"] * 5 + ["pending"]
    context = json_col(
        [
            {"role": "caller", "text": "Do you do eyelash extensions?"},
            {"role": "agent", "text": "Let me check with my manager."},
        ]
    )

    def gen():
        for i in range(rows):
            st = rng.choice(statuses)
            ts = f"2026-{1 + i * 10 // rows:02d}-15T10:00:00.{i % 999999:06d}+00:00"
            yield {
                "call_id": None,
                "campaign": "salon_reception",
                "caller": f"+1415555{i % 10000:04d}",
                "channel": "phone",
                "question": f"Question number {i} about services?",
                "context": context,
                "priority": rng.choice(["low", "medium", "medium", "high", "urgent"]),
                "tags": '["salon"]',
                "status": st,
                "hold_state": "waiting" if st == "pending" else "none",
                "assigned_to": rng.choice(["sofia", "marcus", None]),
                "answer": "An answer." if st == "answered" else None,
                "created_at": ts,
                "updated_at": ts,
                "deadline_at": ts,
            }

    db["help_requests"].insert_all(gen(), batch_size=5000)


def timed(fn, repeat: int) -> tuple[float, float]:
    fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def measure(rows: int, repeat: int) -> dict[str, tuple[float, float]]:
    from typer.testing import CliRunner

    from customario.cli import build_app
    from customario.store.db import open_db
    from customario.escalation.help_requests import list_help_requests

    path = Path(tempfile.mkdtemp()) / "hr.db"
    db = open_db(path)
    fill(db, rows, random.Random(7))
    os.environ["CUSTOMARIO_DB"] = str(path)
    app, runner = build_app(), CliRunner()

    def cli(*args):
        r = runner.invoke(app, list(args))
        assert r.exit_code == 0, r.output
        json.loads(r.stdout)

    out = {
        "core: newest 50": timed(lambda: list_help_requests(db, limit=50), repeat),
        "core: --status pending (50)": timed(lambda: list_help_requests(db, status="pending", limit=50), repeat),
        "core: --status answered (50)": timed(lambda: list_help_requests(db, status="answered", limit=50), repeat),
        "CLI in-process: supervisor list --status pending --json": timed(
            lambda: cli("supervisor", "list", "--status", "pending", "--json"), repeat
        ),
    }
    db.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--baseline-rows", type=int, default=1_000)
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    base = measure(args.baseline_rows, args.repeat)
    big = measure(args.rows, args.repeat)
    print(
        f"help request listing: p50/p95 ms, {args.baseline_rows:,} rows (baseline) vs {args.rows:,} rows (target < 100 ms)"
    )
    print(f"{'query':58} {'base p50':>9} {'p50':>8} {'p95':>8} {'ratio':>7}")
    for name in big:
        print(
            f"{name:58} {base[name][0]:9.2f} {big[name][0]:8.2f} {big[name][1]:8.2f} {big[name][0] / base[name][0]:6.2f}x"
        )


if __name__ == "__main__":
    main()
