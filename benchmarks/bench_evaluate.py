"""Evaluation throughput against a loopback Anthropic-compatible server with injected latency.

For concurrency 1, 8 and 32 it evaluates 10 x concurrency calls with the ``anthropic`` evaluator
(each request answered after ``--latency`` seconds, 0.3 by default) and prints evaluations/s and
the ratio to the ideal (concurrency / latency). Target: >= 0.8 of ideal at 32. The offline
evaluator on the same calls is printed side by side as the baseline (no network).

No real Anthropic API is called: the server is tests/loopback_anthropic.py on 127.0.0.1.

    python benchmarks/bench_evaluate.py [--latency 0.3] [--levels 1,8,32]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def setup(path: str, n: int):
    from evalfixtures import add_feedback_campaign, make_call

    from customario.store.db import open_db

    db = open_db(path)
    stored = add_feedback_campaign(db)
    with db.conn:
        for _ in range(n):
            make_call(db, stored)
    return db, stored


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--latency", type=float, default=0.3)
    ap.add_argument("--levels", default="1,8,32")
    ap.add_argument("--per-worker", type=int, default=10, help="calls per unit of concurrency")
    args = ap.parse_args()
    import subprocess

    from customario.config import load_settings
    from customario.analysis.evaluation import evaluate_campaign
    from customario.analysis.judge import AnthropicEvaluator

    print(
        f"{'concurrency':>11} {'calls':>6} {'wall s':>7} {'eval/s':>8} {'ideal/s':>8} {'ratio':>6} "
        f"{'max in flight':>13} {'offline eval/s':>15}"
    )
    results = {}
    for k in [int(x) for x in args.levels.split(",")]:
        n = args.per_worker * k
        tmp = tempfile.mkdtemp()
        db, stored = setup(os.path.join(tmp, "bench.db"), n)
        # the server runs in its own process, as a remote API would (its CPU is not on our GIL)
        proc = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "loopback_anthropic.py"), "--latency", str(args.latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        url = proc.stdout.readline().strip()
        try:
            settings = load_settings(
                env={"ANTHROPIC_API_KEY": "bench", "ANTHROPIC_BASE_URL": url},
                db=os.path.join(tmp, "bench.db"),
                load_dotenv_file=False,
            )
            ev = AnthropicEvaluator(settings)
            ev._model(stored.campaign)  # list models once, outside the timing
            t = time.perf_counter()
            out = evaluate_campaign(db, stored, settings, evaluator="anthropic", concurrency=k, evaluator_obj=ev)
            wall = time.perf_counter() - t
            assert out["evaluated"] == n and out["failed"] == 0, out
            t = time.perf_counter()
            off = evaluate_campaign(db, stored, settings, evaluator="offline")
            off_wall = time.perf_counter() - t
            assert off["evaluated"] == n
            import json
            import urllib.request

            with urllib.request.urlopen(url + "/_stats") as resp:
                in_flight = json.load(resp)["max_in_flight"]
            rate, ideal = n / wall, k / args.latency
            results[k] = rate / ideal
            print(
                f"{k:>11} {n:>6} {wall:>7.2f} {rate:>8.1f} {ideal:>8.1f} {rate / ideal:>6.2f} {in_flight:>13} "
                f"{n / off_wall:>15.0f}"
            )
        finally:
            proc.stdin.close()
            proc.wait(timeout=10)
        db.close()
    top = max(results)
    print(
        f"target >= 0.8 of ideal at {top}: {'met' if results[top] >= 0.8 else 'NOT met'} ({results[top]:.2f}); "
        f"latency {args.latency} s injected per request; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    main()
