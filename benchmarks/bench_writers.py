"""Several writers on one database (issue 16, item 2): a big lead import beside `simulate -n 50`, a
dialer and `evaluate`, all real `customario` processes on one SQLite file.

Each writer runs the real CLI in a child process whose SQLite connections time every write
statement (INSERT/UPDATE/DELETE/REPLACE/BEGIN/COMMIT, wait for the lock included). Printed per
writer: exit code, write statements, p50/p95/max time per write statement (≈ the wait for the
lock: most statements take well under a millisecond; the import's 5,000-row inserts take longer),
and the wall time (summed over the evaluate runs). Then what was
lost: lead rows not imported, simulate sessions without a call row or turns, dial attempts not
recorded.

    python benchmarks/bench_writers.py                 # 200,000-row import (default, ~2-4 min)
    python benchmarks/bench_writers.py --rows 1000000  # the full size of the issue
    python benchmarks/bench_writers.py --repo /path/to/other/checkout   # same load, other code

The dialer dials against the loopback LiveKit Twirp server of tests/twirp_server.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WRITE_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN", "COMMIT")
AREA_CODES = ("212", "646", "415", "310", "312", "305", "206", "503", "702", "404")


# -- child: run the CLI with timed SQLite connections ---------------------------------------------
def child(out_path: str, argv: list[str]) -> None:
    import atexit
    import sqlite3

    times: list[float] = []

    class TimedConnection(sqlite3.Connection):
        def _timed(self, fn, sql, *args):
            if not str(sql).lstrip()[:7].upper().startswith(WRITE_WORDS):
                return fn(sql, *args)
            t = time.perf_counter()
            try:
                return fn(sql, *args)
            finally:
                times.append(time.perf_counter() - t)

        def execute(self, sql, *args):
            return self._timed(super().execute, sql, *args)

        def executemany(self, sql, *args):
            return self._timed(super().executemany, sql, *args)

        def commit(self):
            t = time.perf_counter()
            try:
                return super().commit()
            finally:
                times.append(time.perf_counter() - t)

    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", TimedConnection)
        return real_connect(*args, **kwargs)

    sqlite3.connect = connect
    atexit.register(lambda: Path(out_path).write_text(json.dumps(times)))
    sys.argv = ["customario", *argv]
    from customario.cli.app import main

    main()


# -- parent ------------------------------------------------------------------------------------------
def write_leads(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("name,phone,email,company\n")
        for i in range(rows):
            rest = i // len(AREA_CODES)
            fh.write(
                f"Lead {i},+1 {AREA_CODES[i % len(AREA_CODES)]} {200 + rest // 10000:03d} {rest % 10000:04d},"
                f"lead{i}@example.com,Company {i % 997}\n"
            )


def setup(path: Path, leads: int) -> None:
    """Runs in a child whose PYTHONPATH names the checkout under test (its migrations)."""
    sys.path.append(str(REPO))
    from customario.plugins.manager import discover
    from customario.store.db import open_db
    from tests.dialer_helpers import add_contacts, add_test_campaign, open_zone_now

    db = open_db(path, plugins=discover())
    add_test_campaign(db, "bench", concurrency=10, cps=20, ringing_timeout=5, max_call_duration=60)
    add_contacts(db, leads, tz=open_zone_now(), prefix="+1617555")
    db.close()


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=200_000, help="lead rows to import (the issue: 1000000)")
    ap.add_argument("--sessions", type=int, default=50, help="simulate -n")
    ap.add_argument("--dial-leads", type=int, default=300)
    ap.add_argument("--repo", default=str(REPO), help="checkout whose customario the writers run")
    ap.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    ap.add_argument("--setup", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    if args.setup:
        setup(Path(args.setup[0]), int(args.setup[1]))
        return
    sys.path.insert(0, str(REPO))
    from tests.dialer_helpers import SECRET
    from tests.twirp_server import LoopbackLiveKit, Outcome

    folder = Path(tempfile.mkdtemp(prefix="bench-writers-"))
    db_path = folder / "bench.db"
    leads_csv = folder / "leads.csv"
    write_leads(leads_csv, args.rows)
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--setup", str(db_path), str(args.dial_leads)],
        env={**os.environ, "PYTHONPATH": str(args.repo)},
        check=True,
    )
    personas = Path(args.repo) / "customario" / "data" / "personas.yaml"
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.3), max_lifetime_s=3600) as lk:
        env = {
            **os.environ,
            "CUSTOMARIO_DB": str(db_path),
            "PYTHONPATH": str(args.repo),
            "LIVEKIT_URL": lk.url,
            "LIVEKIT_API_KEY": "devkey",
            "LIVEKIT_API_SECRET": SECRET,
        }

        def start(name: str, *cli: str) -> tuple[str, subprocess.Popen, Path, float]:
            out = folder / f"{name}.json"
            proc = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--child", str(out), *cli],
                env=env,
                cwd=folder,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            return name, proc, out, time.perf_counter()

        t0 = time.perf_counter()
        importer = start("import", "leads", "import", str(leads_csv), "--list", "big")
        time.sleep(1.0)  # let the import get going, then start the others
        others = [
            start(
                "simulate",
                "simulate",
                "customer_feedback",
                "--personas",
                str(personas),
                "-n",
                str(args.sessions),
                "--concurrency",
                "4",
            ),
            start("dial", "dial", "bench", "--no-lock", "--wait", "--json", "-q"),
        ]
        evaluations = []
        ended: dict[str, float] = {}

        def note_ends() -> bool:
            for name, proc, _out, _t in (importer, *others):
                if name not in ended and proc.poll() is not None:
                    ended[name] = time.perf_counter()
            return len(ended) < 1 + len(others)

        while note_ends():
            evaluations.append(start(f"evaluate{len(evaluations)}", "evaluate", "--pending", "--json"))
            evaluations[-1][1].wait()
            ended[evaluations[-1][0]] = time.perf_counter()
            time.sleep(0.5)
        evaluations.append(start(f"evaluate{len(evaluations)}", "evaluate", "--pending", "--json"))
        evaluations[-1][1].wait()
        ended[evaluations[-1][0]] = time.perf_counter()
        runs = [importer, *others, *evaluations]
        results = {}
        for name, proc, out, started in runs:
            stdout, stderr = proc.communicate()
            wall = ended.get(name, time.perf_counter()) - started
            waits = json.loads(out.read_text()) if out.exists() else []
            results[name] = {"code": proc.returncode, "waits": waits, "wall": wall, "stderr": stderr.strip()[-300:]}
        total = time.perf_counter() - t0
    sys.path.insert(0, str(args.repo))
    import sqlite3

    con = sqlite3.connect(db_path)
    imported = con.execute(
        "SELECT COUNT(*) FROM list_members m JOIN lists l ON l.id = m.list_id WHERE l.name = 'big'"
    ).fetchone()[0]
    sims = con.execute(
        "SELECT COUNT(*), SUM((SELECT COUNT(*) FROM turns t WHERE t.call_id = c.id) > 0) FROM calls c"
        " WHERE c.channel = 'simulation'"
    ).fetchone()
    attempts = con.execute(
        "SELECT COUNT(DISTINCT contact_id) FROM calls c WHERE c.channel != 'simulation' AND started_at IS NOT NULL"
    ).fetchone()[0]
    evaluated = con.execute("SELECT COUNT(*) FROM evaluations").fetchone()[0]
    con.close()

    print(
        f"code: {args.repo}; {args.rows:,} lead rows imported beside simulate -n {args.sessions}, a dialer over "
        f"{args.dial_leads} leads and evaluate --pending in a loop; {total:.1f} s in all"
    )
    print(f"{'writer':<12} {'exit':>4} {'writes':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>9} {'wall s':>7}")
    groups = {
        "import": ["import"],
        "simulate": ["simulate"],
        "dial": ["dial"],
        "evaluate": [n for n in results if n.startswith("evaluate")],
    }
    for label, names in groups.items():
        waits = [w for n in names for w in results[n]["waits"]]
        codes = sorted({results[n]["code"] for n in names})
        wall = sum(results[n]["wall"] for n in names)
        print(
            f"{label:<12} {','.join(map(str, codes)):>4} {len(waits):>7} {1000 * pct(waits, 0.5):>8.1f} "
            f"{1000 * pct(waits, 0.95):>8.1f} {1000 * max(waits, default=0):>9.1f} {wall:>7.1f}"
        )
    print(f"lead rows imported {imported:,} of {args.rows:,} (lost {args.rows - imported:,})")
    print(
        f"simulate sessions stored {sims[0]} of {args.sessions}, with turns {sims[1] or 0} "
        f"(lost {args.sessions - (sims[1] or 0)})"
    )
    print(
        f"dial attempts recorded for {attempts} of {args.dial_leads} leads (lost {args.dial_leads - attempts}); "
        f"dials at the server {sum(lk.dials.values())}"
    )
    print(f"evaluate runs {len(evaluations)}, evaluations stored {evaluated}")
    for name, r in results.items():
        if r["code"] not in (0, 6) and r["stderr"]:
            print(f"  {name} exit {r['code']}: {r['stderr']}")


if __name__ == "__main__":
    main()
