"""Simulation throughput and memory: sessions per minute at concurrency 1 and 4, and peak memory
per concurrent session (tracemalloc, Python heap), with the shipped personas on the offline stack
(SQLite writes included). Target: >= 300 sessions/min.

    python3 benchmarks/bench_simulate.py [--sessions 120]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
REPO = Path(__file__).resolve().parents[1]


def setup(folder: Path, name: str):
    from customario.definitions.catalog import resolve_campaign
    from customario.config import load_settings
    from customario.store.db import open_db
    from customario.conversation.simulate import load_personas

    db = open_db(folder / f"{name}.db")
    settings = load_settings(env={}, db=str(folder / f"{name}.db"), load_dotenv_file=False)
    stored = resolve_campaign(db, "customer_feedback")
    return db, settings, stored, load_personas(REPO / "customario" / "data" / "personas.yaml", stored.campaign)


def throughput(folder: Path, sessions: int, concurrency: int) -> dict:
    from customario.conversation.simulate import run_simulation

    db, settings, stored, personas = setup(folder, f"c{concurrency}")
    started = time.perf_counter()
    summary = asyncio.run(run_simulation(db, settings, stored, personas, n=sessions, concurrency=concurrency, seed=1))
    seconds = time.perf_counter() - started
    db.close()
    return {
        "sessions": sessions,
        "per_min": 60 * sessions / seconds,
        "errors": summary.errors,
        "turns": summary.turns,
        "ms_per_turn": 1000 * seconds / max(1, summary.turns),
    }


def peak_bytes(folder: Path, concurrency: int) -> int:
    from customario.conversation.simulate import run_simulation

    db, settings, stored, personas = setup(folder, f"m{concurrency}")
    tracemalloc.start()
    asyncio.run(run_simulation(db, settings, stored, personas, n=concurrency, concurrency=concurrency, seed=2))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    db.close()
    return peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=120)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        throughput(folder, 4, 1)  # warm-up: imports, first sessions
        runs = {c: throughput(folder, args.sessions, c) for c in (1, 4)}
        p1, p16 = peak_bytes(folder, 1), peak_bytes(folder, 16)
    print(f"{'':28}{'concurrency 1':>16}{'concurrency 4':>16}")
    for key, fmt in (
        ("sessions", "{:>16d}"),
        ("per_min", "{:>16.0f}"),
        ("turns", "{:>16d}"),
        ("ms_per_turn", "{:>16.2f}"),
        ("errors", "{:>16d}"),
    ):
        print(f"{key:28}" + "".join(fmt.format(runs[c][key]) for c in (1, 4)))
    print(f"{'ratio (4 / 1)':28}{'':>16}{runs[4]['per_min'] / runs[1]['per_min']:>16.2f}")
    per_session = (p16 - p1) / 15
    print(
        f"peak Python heap: 1 session {p1 / 1e6:.1f} MB, 16 concurrent {p16 / 1e6:.1f} MB "
        f"-> {per_session / 1e3:.0f} kB per extra concurrent session"
    )
    ok = min(r["per_min"] for r in runs.values()) >= 300
    print(f"target >= 300 sessions/min: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
