"""Insights on synthetic calls: wall time and peak memory of `compute_insights`.

Target: < 2 s wall for 100,000 calls with 10 questions (1,000,000 answers). The baseline printed
side by side is the same report on 1,000 calls, and a plain pandas read of every answer row (what
a naive implementation would start with).

    python benchmarks/bench_insights.py [--calls 100000] [--keep DB]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

QUESTIONS = [
    {"id": "recommend", "type": "nps", "text": "How likely are you to recommend us?"},
    {"id": "satisfaction", "type": "scale", "text": "How satisfied were you?", "min": 1, "max": 5},
    {"id": "ease", "type": "scale", "text": "How easy was ordering?", "min": 1, "max": 5},
    {"id": "value", "type": "scale", "text": "How was the value for money?", "min": 1, "max": 7},
    {"id": "on_time", "type": "yes_no", "text": "Did it arrive on time?"},
    {"id": "channel", "type": "single_choice", "text": "How did you order?", "choices": ["online", "phone", "store"]},
    {
        "id": "features",
        "type": "multi_choice",
        "text": "Which did you use?",
        "choices": ["chat", "tracking", "returns", "gift wrap"],
    },
    {"id": "orders", "type": "number", "text": "How many orders this year?", "min": 0, "max": 100},
    {"id": "age_band", "type": "single_choice", "text": "Your age band?", "choices": ["18-34", "35-54", "55+"]},
    {"id": "improve", "type": "open", "text": "What could we do better?", "required": False},
]
OPEN = [
    "delivery was slow",
    "faster delivery please",
    "the website checkout is confusing",
    "cheaper shipping",
    "better customer service on the phone",
    "more sizes in stock",
    "nothing, all good",
    "the app keeps crashing",
    "clearer return policy",
    "packaging was damaged",
    "friendly staff in store",
    "more payment options",
]
DISPOSITIONS = (
    ["complete"] * 60
    + ["partial"] * 5
    + ["break-off"] * 5
    + ["refused"] * 8
    + ["no-answer"] * 12
    + ["busy"] * 4
    + ["voicemail"] * 4
    + ["invalid-number"] * 2
)


def build(path: str, calls: int, seed: int = 7, all_complete: bool = False) -> None:
    from customario.definitions.catalog import add_campaign
    from customario.store.db import open_db
    from customario.definitions import parse_definition

    db = open_db(path)
    stored = add_campaign(
        db,
        parse_definition(
            {
                "name": "bench_survey",
                "kind": "survey",
                "questions": QUESTIONS,
                "evaluation": {"criteria": [{"id": "completed", "description": "all answered", "weight": 3}]},
                "payment": {"min_cents": 200, "max_cents": 500},
            },
            "bench",
        ),
    )[0]
    rnd = random.Random(seed)
    start = datetime(2026, 10, 1, tzinfo=timezone.utc)
    now = start.isoformat()
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO contacts (id, e164, created_at, updated_at) VALUES (?, ?, ?, ?)",
        [(i, f"+1202{i:07d}", now, now) for i in range(1, calls + 1)],
    )
    call_rows, answer_rows, eval_rows, pay_rows = [], [], [], []
    for i in range(1, calls + 1):
        disp = "complete" if all_complete else rnd.choice(DISPOSITIONS)
        t0 = start + timedelta(minutes=i * 0.5)
        dur = rnd.uniform(60, 300) if disp in ("complete", "partial", "break-off") else None
        call_rows.append((i, stored.id, "bench_survey", i, "phone", "ended", disp, now, t0.isoformat(), dur))
        if disp not in ("complete", "partial", "break-off"):
            continue
        n_q = len(QUESTIONS) if disp == "complete" else rnd.randint(1, 6)
        for q in QUESTIONS[:n_q]:
            status = "valid" if rnd.random() > 0.05 else rnd.choice(["dont_know", "refused"])
            t = q["type"]
            v = (
                rnd.choice(range(11))
                if t == "nps"
                else rnd.randint(q.get("min", 1), q.get("max", 5))
                if t == "scale"
                else rnd.random() > 0.3
                if t == "yes_no"
                else rnd.choice(q["choices"])
                if t == "single_choice"
                else rnd.sample(q["choices"], rnd.randint(1, 2))
                if t == "multi_choice"
                else rnd.randint(0, 12)
                if t == "number"
                else rnd.choice(OPEN)
            )
            answer_rows.append((i, q["id"], json.dumps(v) if status == "valid" else None, status, now))
        if disp == "complete":
            score = rnd.uniform(30, 100)
            eval_rows.append((i, "bench_survey", "rv", "offline", "done", score, now, now))
            pay_rows.append(
                (
                    i,
                    "bench_survey",
                    200 + int(3 * score) if score >= 50 else 0,
                    0,
                    "pending" if score >= 50 else "void",
                    now,
                    now,
                )
            )
    conn.executemany(
        "INSERT INTO calls (id, campaign_id, campaign, contact_id, channel, status, disposition, created_at, "
        "started_at, duration_s) VALUES (?,?,?,?,?,?,?,?,?,?)",
        call_rows,
    )
    conn.executemany(
        "INSERT INTO answers (call_id, question_id, value, status, recorded_at) VALUES (?,?,?,?,?)", answer_rows
    )
    conn.executemany(
        "INSERT INTO evaluations (call_id, campaign, rubric_version, evaluator, status, score, created_at, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?)",
        eval_rows,
    )
    conn.executemany(
        "INSERT INTO payments (call_id, campaign, amount_cents, computed_cents, status, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?)",
        pay_rows,
    )
    conn.execute("COMMIT")
    db.execute("ANALYZE")
    db.close()


def timed(fn, repeat: int = 3):
    """(result, best wall seconds of ``repeat`` untraced runs, Python-heap peak bytes of a traced run)."""
    walls = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        walls.append(time.perf_counter() - t)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return out, min(walls), peak


def run(path: str):
    from customario.definitions.catalog import get_campaign
    from customario.store.db import open_db
    from customario.analysis.insights import compute_insights

    db = open_db(path)
    stored = get_campaign(db, "bench_survey")
    compute_insights(db, stored)  # warm the page cache and imports
    report, wall, peak = timed(lambda: compute_insights(db, stored))
    return db, report, wall, peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=100_000)
    ap.add_argument("--keep", help="reuse/keep the generated database at this path")
    ap.add_argument("--all-complete", action="store_true", help="every call complete: 10 answers per call")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    big = args.keep or os.path.join(tmp, "big.db")
    if not os.path.exists(big):
        t = time.perf_counter()
        build(big, args.calls, all_complete=args.all_complete)
        print(f"generated {args.calls:,} calls in {time.perf_counter() - t:.1f} s")
    small = os.path.join(tmp, "small.db")
    build(small, 1000)
    import pandas as pd

    _, r_small, w_small, p_small = run(small)
    db, report, wall, peak = run(big)
    answers = db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    _, w_naive, p_naive = timed(lambda: pd.read_sql_query("SELECT * FROM answers", db.conn), repeat=1)
    print(f"{'case':<38} {'wall s':>8} {'peak MB':>9}")
    print(f"{'insights, 1,000 calls (baseline)':<38} {w_small:>8.3f} {p_small / 1e6:>9.1f}")
    print(f"{f'insights, {args.calls:,} calls, {answers:,} answers':<38} {wall:>8.3f} {peak / 1e6:>9.1f}")
    print(f"{'naive: pandas read of all answers':<38} {w_naive:>8.3f} {p_naive / 1e6:>9.1f}")
    print(
        f"target < 2 s: {'met' if wall < 2 else 'NOT met'} ({wall / 2:.2f} of the budget); "
        f"RR1 {report['calls']['aapor']['rr1']}, NPS {report['questions'][0]['nps']['nps']}"
    )
    import resource

    print(
        f"wall = best of 3; peak MB = Python-heap peak (tracemalloc) of one more run; process max RSS "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    main()
