"""Benchmark: `customario leads import` vs `sqlite-utils insert --csv` on the same messy lead file.

Generates a seeded CSV of N leads (default 1,000,000) with US phone numbers written the ways real
lists write them (punctuation variants, +1/1 prefixes, extensions, "or" alternatives, 7-digit
local numbers, spreadsheet artefacts, blanks, ~8 % repeats, quoted multi-line notes) into
benchmarks/_data/ (gitignored), then runs both tools as child processes on fresh databases and
prints rows/s, the ratio (target: ours >= 0.5x) and each child's peak RSS (target: < 1.5 GB).
Prints figures only; asserts nothing.

    python3 benchmarks/bench_import.py --rows 100000
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "benchmarks" / "_data"

FORMATS = [
    "({a}) {b}-{c}",
    "{a}-{b}-{c}",
    "{a}.{b}.{c}",
    "+1 {a} {b} {c}",
    "1{a}{b}{c}",
    "{a}{b}{c}",
    "+1 ({a}) {b}-{c}",
    "1-{a}-{b}-{c}",
    "{a} {b} {c}",
    "+1{a}{b}{c}",
    "{a}{b}{c}.0",
]
FIRST = ["Ana", "Bob", "Chen", "Dana", "Émile", "Fatima", "Greg", "Hana", "Ivan", "José", "Kim", "Luis", "Mia", "Noah"]
LAST = ["Smith", "García", "Nguyen", "O'Brien", "Kowalski", "Müller", "Johnson", "Lee", "Brown", "Dubois"]
TITLES = ["Owner", "Office Manager", "VP Sales", "", "Director", "Buyer", "Clerk"]


def _area_codes() -> list[str]:
    from phonenumbers.tzdata import TIMEZONE_DATA

    return sorted(k[1:] for k in TIMEZONE_DATA if k.startswith("1") and len(k) == 4)


def generate(rows: int, path: Path, seed: int = 20261121) -> None:
    rnd = random.Random(seed)
    npas = _area_codes()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    previous: list[str] = []
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["First Name", "Last Name", "Phone", "Email", "Company", "Title", "City", "Notes"])
        for i in range(rows):
            roll = rnd.random()
            a, b, c = rnd.choice(npas), str(rnd.randint(200, 999)), f"{rnd.randint(0, 9999):04d}"
            phone = rnd.choice(FORMATS).format(a=a, b=b, c=c)
            if roll < 0.08 and previous:
                phone = rnd.choice(previous)  # repeat
            elif roll < 0.10:
                phone = f"({a}) {b}-{c} x{rnd.randint(1, 999)}"  # extension
            elif roll < 0.11:
                phone = f"{b}-{c} or ({a}) {rnd.randint(200, 999)}-{c}"  # alternatives
            elif roll < 0.13:
                phone = f"{b}-{c}"  # local number, no area code
            elif roll < 0.14:
                phone = rnd.choice(["", "N/A", "none", "call office", "4.15E+09", "12345"])
            if len(previous) < 50_000 and roll > 0.5:
                previous.append(phone)
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            note = (
                ""
                if rnd.random() < 0.9
                else rnd.choice(["prefers mornings", "met at expo, asked for pricing", "line one\nline two"])
            )
            w.writerow(
                [
                    first,
                    last,
                    phone,
                    f"{first.lower()}.{i}@example.com",
                    f"Company {i % 20000}",
                    rnd.choice(TITLES),
                    "Springfield",
                    note,
                ]
            )
    tmp.replace(path)


def run(cmd: list[str], env: dict | None = None) -> tuple[float, int, int, float]:
    """Run ``cmd``; returns (wall seconds, exit code, peak RSS in bytes, CPU seconds) of that child.

    CPU seconds are the child's user + system time, including its own children (our import's
    phone-number worker processes), read from ``os.wait4`` and RUSAGE_CHILDREN.
    """
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        print(f"  {cmd[0]} exited {proc.returncode}: {err.strip()[-500:]}")
    elif err.strip():
        print("  " + err.strip().splitlines()[-1][:300])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, proc.returncode, usage.ru_maxrss * 1024, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--regenerate", action="store_true")
    args = ap.parse_args()
    path = DATA / f"leads_{args.rows}.csv"
    if args.regenerate or not path.exists():
        t = time.perf_counter()
        generate(args.rows, path)
        print(f"generated {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")
    sqlite_utils = shutil.which("sqlite-utils")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(REPO), "CUSTOMARIO_DB": str(Path(tmp) / "ours.db")}
        ours, rc, rss, cpu = run(
            [sys.executable, "-m", "customario", "leads", "import", str(path), "--list", "bench"], env
        )
        print(
            f"customario leads import : {ours:7.1f} s wall {cpu:7.1f} s CPU  {args.rows / ours:9,.0f} rows/s  "
            f"peak RSS {rss / 2**20:,.0f} MiB  (exit {rc})"
        )
        if not sqlite_utils:
            print("sqlite-utils not found on PATH: no baseline")
            return
        base, rc2, rss2, cpu2 = run([sqlite_utils, "insert", str(Path(tmp) / "base.db"), "leads", str(path), "--csv"])
        print(
            f"sqlite-utils insert --csv: {base:7.1f} s wall {cpu2:7.1f} s CPU  {args.rows / base:9,.0f} rows/s  "
            f"peak RSS {rss2 / 2**20:,.0f} MiB  (exit {rc2})"
        )
        print(
            f"throughput ratio ours/baseline (wall): {base / ours:.2f}x (target >= 0.5x); "
            f"CPU-time ratio: {cpu2 / cpu:.2f}x; peak RSS target < 1536 MiB"
        )
        print(
            f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
            "(sqlite-utils commits every 100 rows, so its wall time depends on the disk's fsync)"
        )


if __name__ == "__main__":
    main()
