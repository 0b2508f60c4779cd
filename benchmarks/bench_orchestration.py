"""Dial orchestration against the loopback LiveKit Twirp server (tests/twirp_server.py).

A. One dialer, ``--leads`` leads, concurrency K and rate R, random answer delays and call lengths
   plus busy / no-answer / 500 outcomes: prints the largest number of calls in flight seen by the
   server (must equal K), the most dials in any 1-second window (must be <= R), the achieved dial
   rate against the ideal R, and whether every lead got exactly one recorded attempt.
B. ``--procs`` dial processes (``customario dial --no-lock --wait``) at once over ``--leads-b``
   leads: each lead dialed at most once (and exactly once overall), K and R held across processes.

    python3 benchmarks/bench_orchestration.py [--leads 300 --k 20 --r 10] [--procs 4 --leads-b 10000 --kb 100 --rb 100]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def outcomes(seed: int, fast: bool = False):
    from tests.twirp_server import Outcome

    rnd = random.Random(seed)
    cache: dict = {}

    def pick(number: str, attempt: int):
        if number not in cache:
            x = rnd.random()
            if x < 0.10:
                cache[number] = Outcome.sip(486, rnd.uniform(0.05, 0.5))
            elif x < 0.15:
                cache[number] = Outcome.sip(480, rnd.uniform(0.2, 1.0))
            elif x < 0.18:
                cache[number] = Outcome.http500(rnd.uniform(0.0, 0.1))
            elif fast:
                cache[number] = Outcome.answer(rnd.uniform(0.02, 0.3), rnd.uniform(0.1, 0.8))
            else:
                cache[number] = Outcome.answer(rnd.uniform(0.05, 1.5), rnd.uniform(0.2, 3.0))
        return cache[number]

    return pick


def setup(path: Path, leads: int, k: int, r: float):
    from customario.store.db import open_db
    from tests.dialer_helpers import add_contacts, add_test_campaign, open_zone_now

    db = open_db(path)
    stored, rules = add_test_campaign(db, "bench", concurrency=k, cps=r, ringing_timeout=5, max_call_duration=60)
    zone = open_zone_now()
    for start in range(0, leads, 5000):
        add_contacts(db, min(5000, leads - start), tz=zone, start=start, prefix="+1212")
    return db, stored, rules


def part_a(folder: Path, leads: int, k: int, r: float) -> dict:
    from customario.dialing.loop import DialOptions, DialRun
    from customario.adapters.livekit_api import LiveKit
    from tests.dialer_helpers import SECRET
    from tests.twirp_server import LoopbackLiveKit

    db, stored, rules = setup(folder / "a.db", leads, k, r)
    with LoopbackLiveKit(api_secret=SECRET, outcomes=outcomes(1), max_lifetime_s=leads / r * 3 + 120) as lk:

        async def go():
            async with LiveKit(lk.url, "devkey", SECRET, timeout_s=5) as tel:
                opts = DialOptions(
                    stored.id,
                    "bench-agent",
                    "ST_test",
                    concurrency=k,
                    cps=r,
                    poll_s=0.25,
                    ringing_timeout_s=5,
                    max_call_duration_s=60,
                )
                return await DialRun(db, rules, tel, opts).run()

        t = time.perf_counter()
        summary = asyncio.run(go())
        elapsed = time.perf_counter() - t
        times = sorted(lk.dial_times)
        attempts = db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT contact_id) FROM calls WHERE started_at IS NOT NULL"
        ).fetchone()
        return {
            "leads": leads,
            "K": k,
            "R": r,
            "max_in_flight": lk.max_in_flight,
            "max_dials_per_1s": lk.max_dials_in_window(1.0),
            "dials": len(times),
            "dial_rate": (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0,
            "elapsed_s": elapsed,
            "ideal_s": leads / r,
            "attempts_recorded": attempts[0],
            "leads_attempted": attempts[1],
            "max_dials_per_number": max(lk.dials.values()),
            "answered": summary.answered,
            "failed": summary.failed,
        }


def part_b(folder: Path, procs: int, leads: int, k: int, r: float) -> dict:
    from tests.dialer_helpers import SECRET
    from tests.twirp_server import LoopbackLiveKit

    path = folder / "b.db"
    db, stored, rules = setup(path, leads, k, r)
    db.close()
    with LoopbackLiveKit(api_secret=SECRET, outcomes=outcomes(2, fast=True), max_lifetime_s=leads / r * 4 + 300) as lk:
        env = {
            **os.environ,
            "CUSTOMARIO_DB": str(path),
            "PYTHONPATH": str(REPO),
            "LIVEKIT_URL": lk.url,
            "LIVEKIT_API_KEY": "devkey",
            "LIVEKIT_API_SECRET": SECRET,
        }
        t = time.perf_counter()
        ps = [
            subprocess.Popen(
                [sys.executable, "-m", "customario", "dial", "bench", "--no-lock", "--wait", "--json", "-q"],
                env=env,
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(procs)
        ]
        outs = [p.communicate() for p in ps]
        elapsed = time.perf_counter() - t
        per_proc = [json.loads(o[0])["dialed"] if o[0].strip() else None for o in outs]
        codes = [p.returncode for p in ps]
        from customario.store.db import open_db

        db = open_db(path)
        rows = db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT contact_id) FROM calls WHERE started_at IS NOT NULL"
        ).fetchone()
        return {
            "procs": procs,
            "leads": leads,
            "K": k,
            "R": r,
            "exit_codes": codes,
            "dialed_per_process": per_proc,
            "dials_at_server": sum(lk.dials.values()),
            "numbers_dialed": len(lk.dials),
            "max_dials_per_number": max(lk.dials.values()),
            "max_in_flight": lk.max_in_flight,
            "max_dials_per_1s": lk.max_dials_in_window(1.0),
            "attempts_recorded": rows[0],
            "leads_attempted": rows[1],
            "elapsed_s": elapsed,
            "ideal_s": leads / r,
            "stderr_tail": [o[1][-300:] for o, c in zip(outs, codes) if c not in (0, 6)],
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--leads", type=int, default=300)
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--r", type=float, default=10.0)
    ap.add_argument("--procs", type=int, default=4)
    ap.add_argument("--leads-b", type=int, default=10_000)
    ap.add_argument("--kb", type=int, default=100)
    ap.add_argument("--rb", type=float, default=100.0)
    ap.add_argument("--skip-a", action="store_true")
    ap.add_argument("--skip-b", action="store_true")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-orch-"))
    if not args.skip_a:
        a = part_a(folder, args.leads, args.k, args.r)
        print("A. one dialer")
        print(
            f"   max calls in flight {a['max_in_flight']} (K = {a['K']}) -> {'OK' if a['max_in_flight'] == a['K'] else 'MISSED'}"
        )
        print(
            f"   most dials in any 1 s {a['max_dials_per_1s']} (R = {a['R']:g}) -> {'OK' if a['max_dials_per_1s'] <= a['R'] else 'MISSED'}"
        )
        print(
            f"   dial rate {a['dial_rate']:.2f}/s vs ideal {a['R']:g}/s ({a['dial_rate'] / a['R']:.0%}); "
            f"{a['elapsed_s']:.1f} s vs ideal {a['ideal_s']:.1f} s"
        )
        print(
            f"   attempts recorded {a['attempts_recorded']} for {a['leads_attempted']} of {a['leads']} leads; "
            f"max dials per number {a['max_dials_per_number']}; answered {a['answered']}, failed {a['failed']}"
        )
    if not args.skip_b:
        b = part_b(folder, args.procs, args.leads_b, args.kb, args.rb)
        print(f"B. {b['procs']} dial processes at once over {b['leads']:,} leads")
        print(f"   exit codes {b['exit_codes']}, dialed per process {b['dialed_per_process']}")
        ok = b["max_dials_per_number"] == 1 and b["numbers_dialed"] == b["leads"]
        print(
            f"   numbers dialed {b['numbers_dialed']:,}, dials at server {b['dials_at_server']:,}, max dials per number "
            f"{b['max_dials_per_number']} -> {'OK (each lead once)' if ok else 'MISSED'}"
        )
        print(
            f"   max calls in flight {b['max_in_flight']} (K = {b['K']}), most dials in any 1 s {b['max_dials_per_1s']} "
            f"(R = {b['R']:g}); {b['elapsed_s']:.1f} s vs ideal {b['ideal_s']:.1f} s"
        )
        if b["stderr_tail"]:
            print("   stderr:", b["stderr_tail"])


if __name__ == "__main__":
    main()
