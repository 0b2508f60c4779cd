"""Dial planning speed: pick the next 100 eligible leads among 1,000,000 contacts, and `dial --dry-run`.

Contacts are spread over 14 time zones (weights like a US-heavy list with some Europe/Asia/Pacific),
with real area codes for their zone (212, 305 FL, 312, 405 OK, 214 TX, 206 WA, 907 ...) and their
country's calling code outside the US (excluded: ``country-not-allowed``); 2 % have two candidate
zones (``timezones``: 907 Alaska/Aleutian, 775 Pacific/Mountain), 25 % of US contacts a ``state``
column (FL, OK, TX, WA ...), so the shipped state rules (customario/data/calling_rules.yaml) and the
campaign's ``max_calls_per_24h: 3`` apply. 5 % are on the DNC list, 8 % lack consent (the campaign
requires it), 1 % have no time zone, and 30 % have 1-3 earlier attempts (busy / no-answer / voicemail /
failed / complete / opted-out) in the last three days. The database is built once in a temp folder
(kept with --keep).

Printed side by side, median of --repeat runs at three instants (Wednesday 19:00Z, 23:30Z and
Thursday 05:30Z: different sets of open zones):
- ``pick_eligible`` (zone walk over ``contacts(timezone)`` + ``dial_state``): target < 50 ms;
- the baseline: one straightforward query that aggregates ``calls`` per lead and scans contacts in
  id order with the same rules;
- ``count_reasons`` (the full classification ``dial --dry-run`` prints) and ``plan`` (counts + the
  next 10 leads: what ``dial --dry-run`` computes); target < 2 s;
- ``customario dial bench --dry-run --json`` as a child process (start-up included).

``--before DIR`` also runs the same measures with the code in DIR (a checkout of an older commit,
e.g. ``git archive 875f977 | tar x -C /tmp/before``) on a database built by that code, and prints
both side by side.

    python3 benchmarks/bench_planning.py [--contacts 1000000] [--repeat 5] [--keep DIR] [--before DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ZONES = [
    ("America/New_York", 30),
    ("America/Chicago", 20),
    ("America/Denver", 7),
    ("America/Los_Angeles", 15),
    ("America/Phoenix", 3),
    ("America/Anchorage", 1),
    ("Pacific/Honolulu", 1),
    ("Europe/London", 5),
    ("Europe/Berlin", 5),
    ("Asia/Kolkata", 4),
    ("Asia/Tokyo", 3),
    ("Australia/Sydney", 3),
    ("America/Sao_Paulo", 2),
    ("Asia/Kathmandu", 1),
]
# (area codes, states) per zone: the state column, when set, is one of these; None = not in the US.
US_NUMBERS = {
    "America/New_York": (["212", "305", "404", "617"], ["NY", "FL", "GA", "MA"]),
    "America/Chicago": (["312", "214", "405", "612"], ["IL", "TX", "OK", "MN"]),
    "America/Denver": (["303", "801"], ["CO", "UT"]),
    "America/Los_Angeles": (["206", "213", "415"], ["WA", "CA", "CA"]),
    "America/Phoenix": (["602"], ["AZ"]),
    "America/Anchorage": (["907"], ["AK"]),
    "Pacific/Honolulu": (["808"], ["HI"]),
}
CALLING_CODES = {
    "Europe/London": ("44", "GB"),
    "Europe/Berlin": ("49", "DE"),
    "Asia/Kolkata": ("91", "IN"),
    "Asia/Tokyo": ("81", "JP"),
    "Australia/Sydney": ("61", "AU"),
    "America/Sao_Paulo": ("55", "BR"),
    "Asia/Kathmandu": ("977", "NP"),
}
CANDIDATES = {
    "America/Anchorage": "America/Adak|America/Anchorage",
    "America/Los_Angeles": "America/Denver|America/Los_Angeles",
}
CANDIDATE_SHARE = {"America/Anchorage": 0.5, "America/Los_Angeles": 0.1}  # about 2 % of all contacts
DISPOSITIONS = ["busy", "no-answer", "no-answer", "voicemail", "failed", "complete", "opted-out", "declined"]
NOW = datetime(2026, 11, 18, 19, 0, tzinfo=timezone.utc)  # Wednesday: 14:00 New York, 11:00 Los Angeles


def build(path: Path, n: int, seed: int = 7) -> None:
    from customario.definitions.catalog import add_campaign
    from customario.store.db import open_db
    from customario.definitions import parse_definition

    rnd = random.Random(seed)
    db = open_db(path)
    add_campaign(
        db,
        parse_definition(
            {
                "name": "bench",
                "kind": "outbound",
                "consent": {"required": True},
                "calling": {
                    "window": {"start": "09:00", "end": "20:00"},
                    "days": ["mon", "tue", "wed", "thu", "fri", "sat"],
                    "max_attempts": 3,
                    "max_calls_per_24h": 3,
                },
            },
            "bench",
        ),
    )
    names = [z for z, _ in ZONES]
    weights = [w for _, w in ZONES]
    created = NOW.isoformat()
    t0 = time.perf_counter()
    with db.conn:
        rows = []
        insert = (
            "INSERT INTO contacts (e164, timezone, timezones, state, region, consent, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?)"
        )
        numbers = []
        for i in range(n):
            zone = rnd.choices(names, weights)[0]
            tz = None if rnd.random() < 0.01 else zone
            consent = None if rnd.random() < 0.08 else "granted"
            if zone in US_NUMBERS:
                npas, states = US_NUMBERS[zone]
                k = rnd.randrange(len(npas))
                e164, region = f"+1{npas[k]}{i:07d}", "US"
                state = states[k] if rnd.random() < 0.25 else None
                candidates = CANDIDATES.get(zone) if tz and rnd.random() < CANDIDATE_SHARE.get(zone, 0.0) else None
            else:
                e164, region, state, candidates = (
                    f"+{CALLING_CODES[zone][0]}{7000000000 + i}",
                    CALLING_CODES[zone][1],
                    None,
                    None,
                )
            numbers.append(e164)
            rows.append((e164, tz, candidates, state, region, consent, created, created))
            if len(rows) == 50_000:
                db.conn.executemany(insert, rows)
                rows = []
        if rows:
            db.conn.executemany(insert, rows)
        db.conn.executemany(
            "INSERT OR IGNORE INTO dnc (e164, reason, added_at) VALUES (?, 'imported', ?)",
            ((e, created) for e in numbers if rnd.random() < 0.05),
        )
        calls = []
        for cid in range(1, n + 1):
            if rnd.random() < 0.30:
                for _ in range(rnd.choice([1, 1, 2, 3])):
                    ended = NOW - timedelta(seconds=rnd.uniform(60, 3 * 86400))
                    e = ended.isoformat()
                    calls.append(("bench", cid, "phone", "outbound", "ended", rnd.choice(DISPOSITIONS), e, e, e))
        # Bulk load: the dial_state triggers are dropped for the insert and dial_state is filled in one
        # pass with the same definition, then the triggers are put back (migrations.dialer).
        from customario.store.migrations import dialer as mig

        triggers = [
            r[0]
            for r in db.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'calls_dial_state%'"
            )
        ]
        for name in triggers:
            db.conn.execute(f"DROP TRIGGER {name}")
        db.conn.executemany(
            """INSERT INTO calls (campaign, contact_id, channel, direction, status, disposition, created_at, started_at,
                   ended_at) VALUES (?,?,?,?,?,?,?,?,?)""",
            calls,
        )
        db.conn.execute(
            """INSERT INTO dial_state (campaign, contact_id, attempts, active, last_call_id, last_disposition, last_status,
                   last_epoch, next_epoch)
               SELECT c.campaign, c.contact_id, g.n, 0, c.id, c.disposition, c.status,
                      (julianday(c.ended_at) - 2440587.5) * 86400.0, NULL
               FROM (SELECT campaign, contact_id, COUNT(*) AS n, MAX(id) AS last FROM calls GROUP BY campaign, contact_id) g
               JOIN calls c ON c.id = g.last"""
        )
    db.conn.executescript(
        mig._trigger("calls_dial_state_ins", "INSERT", "NEW")
        + mig._trigger(
            "calls_dial_state_upd_new",
            "UPDATE OF campaign, contact_id, direction, channel, status, "
            "disposition, started_at, ended_at, next_attempt_at",
            "NEW",
        )
        + mig._trigger("calls_dial_state_upd_old", "UPDATE OF campaign, contact_id, direction, channel", "OLD")
        + mig._trigger("calls_dial_state_del", "DELETE", "OLD")
    )
    db.execute("ANALYZE")
    print(f"built {n:,} contacts, {len(calls):,} calls in {time.perf_counter() - t0:.1f} s ({path})", file=sys.stderr)
    db.close()


def baseline(db, rules, now: datetime, limit: int = 100) -> list[int]:
    """Straightforward planning: aggregate calls per lead on the fly, scan contacts in id order."""
    from customario.dialing.eligibility import distinct_zones, zone_status

    open_zones = [z for z in distinct_zones(db) if z and zone_status(rules, z, now).open]
    bc = rules.backoff_sql().replace("s.last_disposition", "a.last_disposition")
    sql = f"""
        WITH a AS (
            SELECT contact_id, COUNT(*) AS attempts, SUM(status IN ('claimed','dialing','ringing','in-progress')) AS active,
                   (SELECT disposition FROM calls c2 WHERE c2.contact_id = c1.contact_id AND c2.campaign = :campaign
                    ORDER BY id DESC LIMIT 1) AS last_disposition,
                   (julianday(MAX(ended_at)) - 2440587.5) * 86400.0 AS last_epoch
            FROM calls c1 WHERE campaign = :campaign AND channel = 'phone' GROUP BY contact_id)
        SELECT c.id FROM contacts c LEFT JOIN a ON a.contact_id = c.id
        WHERE c.timezone IN (SELECT value FROM json_each(:open))
          AND NOT EXISTS (SELECT 1 FROM dnc d WHERE d.e164 = c.e164) AND c.consent = 'granted'
          AND (a.contact_id IS NULL OR (a.active = 0 AND a.attempts < :max AND {bc} IS NOT NULL AND a.last_epoch + {bc} <= :now))
        ORDER BY c.id LIMIT :n"""
    return [
        r[0]
        for r in db.execute(
            sql,
            {
                "campaign": rules.campaign,
                "open": json.dumps(open_zones),
                "max": rules.max_attempts,
                "now": now.timestamp(),
                "n": limit,
            },
        )
    ]


CPU_TIMES: list[float] = []  # CPU ms of the last timed() call's runs


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median wall milliseconds of ``repeat`` runs (CPU milliseconds in CPU_TIMES) and the result."""
    out, times = None, []
    CPU_TIMES.clear()
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
        CPU_TIMES.append((time.process_time() - c) * 1000)
    return statistics.median(times), out


def cli_dry_run(db_path: Path, code: Path, at: str | None, repeat: int = 3) -> tuple[float, float]:
    """(wall, CPU) seconds of ``customario dial bench --dry-run --json`` with the code in ``code``,
    the best of ``repeat`` runs. CPU = the child's user + system time, which a busy machine does not
    inflate the way it inflates wall time."""
    import os
    import resource
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(code), "CUSTOMARIO_DB": str(db_path)}
    args = [sys.executable, "-m", "customario", "dial", "bench", "--dry-run", "--json"] + (["--at", at] if at else [])
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(args, cwd=code, env=env, check=True, capture_output=True)
        wall = time.perf_counter() - t
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        best = min(best, (wall, cpu), key=lambda x: x[1])
    return best


def before(code: Path, n: int, repeat: int, folder: Path) -> dict:
    """Run ``code``'s own bench_planning.py (its schema, its planner) and time its CLI dry run."""
    import os
    import re
    import subprocess

    folder.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        [
            sys.executable,
            str(code / "benchmarks" / "bench_planning.py"),
            "--contacts",
            str(n),
            "--repeat",
            str(repeat),
            "--keep",
            str(folder),
        ],
        cwd=code,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(code)},
    ).stdout
    picks, counts = [], []
    for line in out.splitlines():
        m = re.match(r"^\w{3} \d\d:\d\dZ, \d+ zones open\s+([\d.]+)\s+([\d.]+)\s+\d+x\s+(\d+)", line)
        if m:
            picks.append(float(m.group(1)))
            counts.append(float(m.group(3)))
    wall, cpu = cli_dry_run(folder / f"planning-{n}.db", code, None)
    return {"pick_ms": max(picks), "count_ms": max(counts), "cli_s": wall, "cli_cpu_s": cpu}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", help="folder to keep (and reuse) the built database in")
    ap.add_argument("--before", help="a checkout of an older commit to measure the same way, side by side")
    args = ap.parse_args()
    from customario.definitions.catalog import get_campaign
    from customario.store.db import open_db
    from customario.dialing.calling_rules import load_calling_rules
    from customario.dialing.eligibility import Rules, count_reasons, pick_eligible, plan

    folder = Path(args.keep or tempfile.mkdtemp(prefix="bench-planning-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"planning-{args.contacts}.db"
    if not path.exists():
        build(path, args.contacts)
    db = open_db(path)
    rules = Rules.from_campaign(get_campaign(db, "bench").campaign, calling_rules=load_calling_rules([]))
    from customario.dialing.eligibility import distinct_zones, zone_status

    instants = {}
    for now in (NOW, NOW.replace(hour=23, minute=30), NOW.replace(hour=5, minute=30) + timedelta(days=1)):
        n_open = sum(1 for z in distinct_zones(db) if z and zone_status(rules, z, now).open)
        instants[f"{now:%a %H:%M}Z, {n_open} zones open"] = now
    print("wall ms (CPU ms)")
    print(f"{'instant':<26} {'pick 100':>16} {'baseline':>9} {'counts':>14} {'plan (dry run)':>16} {'eligible':>9}")
    worst = worst_cpu = worst_plan = worst_count = 0.0
    for label, now in instants.items():
        ms, leads = timed(lambda now=now: pick_eligible(db, rules, limit=100, now=now), args.repeat)
        pick_cpu = statistics.median(CPU_TIMES)
        base_ms, base = timed(lambda now=now: baseline(db, rules, now), 1)
        count_ms, counts = timed(lambda now=now: count_reasons(db, rules, now=now), 1)
        count_cpu = CPU_TIMES[0]
        plan_ms, _ = timed(lambda now=now: plan(db, rules, limit=10, now=now), 1)
        plan_cpu = CPU_TIMES[0]
        worst, worst_cpu = max(worst, ms), max(worst_cpu, pick_cpu)
        worst_plan, worst_count = max(worst_plan, plan_cpu), max(worst_count, count_cpu)
        assert len(leads) == min(100, counts["eligible"]), (len(leads), counts["eligible"])
        print(
            f"{label:<26} {ms:>7.1f} ({pick_cpu:>5.1f}) {base_ms:>9.0f} {count_ms:>6.0f} ({count_cpu:>5.0f}) "
            f"{plan_ms:>7.0f} ({plan_cpu:>5.0f}) {counts['eligible']:>9,}"
        )
    db.close()
    cli_s, cli_cpu = cli_dry_run(path, Path(__file__).resolve().parents[1], NOW.isoformat())
    print(
        f"worst pick: {worst:.1f} ms wall, {worst_cpu:.1f} ms CPU (target < 50 ms); dry run: plan {worst_plan / 1000:.2f} s CPU, "
        f"CLI {cli_s:.2f} s wall, {cli_cpu:.2f} s CPU (target < 2 s)"
    )
    if args.before:
        b = before(Path(args.before).resolve(), args.contacts, args.repeat, folder / "before")
        print()
        print(
            f"{'1,000,000 contacts' if args.contacts == 1_000_000 else f'{args.contacts:,} contacts':<34} {'before':>10} {'now':>10}"
        )
        print(f"{'pick 100, worst instant (wall ms)':<34} {b['pick_ms']:>10.1f} {worst:>10.1f}")
        print(f"{'dry-run counts, worst (wall ms)':<34} {b['count_ms']:>10.0f} {worst_count:>10.0f} (now: CPU)")
        print(f"{'dial --dry-run --json, wall (s)':<34} {b['cli_s']:>10.2f} {cli_s:>10.2f}")
        print(f"{'dial --dry-run --json, CPU (s)':<34} {b['cli_cpu_s']:>10.2f} {cli_cpu:>10.2f}")
        print(
            f"(before: {args.before}, its own schema and data generator: no candidate zones, no states, no state rules)"
        )


if __name__ == "__main__":
    main()
