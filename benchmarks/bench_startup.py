"""Benchmark: CLI start-up, `python -m customario --help` vs `sqlite-utils --help`.

Runs each command N times (default 15, after one warm-up run each), alternating so that machine
load affects both alike, and prints the median wall time of each and the ratio (target: <= 1.5x).
Prints figures only; asserts nothing.

    python3 benchmarks/bench_startup.py --runs 21
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=REPO)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    ours_cmd = [sys.executable, "-m", "customario", "--help"]
    base_exe = shutil.which("sqlite-utils")
    base_cmd = [base_exe, "--help"] if base_exe else None
    timed(ours_cmd, env)
    if base_cmd:
        timed(base_cmd, env)
    ours, base = [], []
    for _ in range(args.runs):
        ours.append(timed(ours_cmd, env))
        if base_cmd:
            base.append(timed(base_cmd, env))
    m_ours = statistics.median(ours)
    print(
        f"python -m customario --help: median {m_ours * 1000:7.1f} ms over {args.runs} runs "
        f"(min {min(ours) * 1000:.1f}, max {max(ours) * 1000:.1f})"
    )
    if not base:
        print("sqlite-utils not found on PATH: no baseline")
        return
    m_base = statistics.median(base)
    print(
        f"sqlite-utils --help        : median {m_base * 1000:7.1f} ms over {args.runs} runs "
        f"(min {min(base) * 1000:.1f}, max {max(base) * 1000:.1f})"
    )
    print(
        f"ratio ours/baseline: {m_ours / m_base:.2f}x (target <= 1.5x); "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    main()
