"""Dial planning speed: pick the next 100 eligible leads among 1,000,000 contacts.

Contacts are spread over 14 time zones (weights like a US-heavy list with some Europe/Asia/Pacific),
5 % are on the DNC list, 8 % lack consent (the campaign requires it), 1 % have no time zone, and
30 % have 1-3 earlier attempts (busy / no-answer / voicemail / failed / complete / opted-out) in
the last three days. The database is built once in a temp folder (kept with --keep).

Printed side by side, median of --repeat runs at three instants (Wednesday 19:00Z, 23:30Z and
Thursday 05:30Z: different sets of open zones):
- ``pick_eligible`` (zone walk over ``contacts(timezone)`` + ``dial_state``): target < 50 ms;
- the baseline: one straightforward query that aggregates ``calls`` per lead and scans contacts in
  id order with the same rules;
- ``count_reasons`` (the full classification ``dial --dry-run`` prints) for reference.

    python3 benchmarks/bench_planning.py [--contacts 1000000] [--repeat 5] [--keep DIR]
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

ZONES = [("America/New_York", 30), ("America/Chicago", 20), ("America/Denver", 7), ("America/Los_Angeles", 15),
         ("America/Phoenix", 3), ("America/Anchorage", 1), ("Pacific/Honolulu", 1), ("Europe/London", 5),
         ("Europe/Berlin", 5), ("Asia/Kolkata", 4), ("Asia/Tokyo", 3), ("Australia/Sydney", 3),
         ("America/Sao_Paulo", 2), ("Asia/Kathmandu", 1)]
DISPOSITIONS = ["busy", "no-answer", "no-answer", "voicemail", "failed", "complete", "opted-out", "declined"]
NOW = datetime(2026, 11, 18, 19, 0, tzinfo=timezone.utc)  # Wednesday: 14:00 New York, 11:00 Los Angeles


def build(path: Path, n: int, seed: int = 7) -> None:
    from customario.definitions.catalog import add_campaign
    from customario.store.db import open_db
    from customario.definitions import parse_definition

    rnd = random.Random(seed)
    db = open_db(path)
    add_campaign(db, parse_definition({
        "name": "bench", "kind": "outbound", "consent": {"required": True},
        "calling": {"window": {"start": "09:00", "end": "20:00"}, "days": ["mon", "tue", "wed", "thu", "fri", "sat"],
                    "max_attempts": 3}}, "bench"))
    names = [z for z, _ in ZONES]
    weights = [w for _, w in ZONES]
    created = NOW.isoformat()
    t0 = time.perf_counter()
    with db.conn:
        rows = []
        for i in range(n):
            tz = None if rnd.random() < 0.01 else rnd.choices(names, weights)[0]
            consent = None if rnd.random() < 0.08 else "granted"
            rows.append((f"+1{2000000000 + i * 7:010d}", tz, consent, created, created))
            if len(rows) == 50_000:
                db.conn.executemany("INSERT INTO contacts (e164, timezone, consent, created_at, updated_at) VALUES (?,?,?,?,?)", rows)
                rows = []
        if rows:
            db.conn.executemany("INSERT INTO contacts (e164, timezone, consent, created_at, updated_at) VALUES (?,?,?,?,?)", rows)
        db.conn.executemany("INSERT OR IGNORE INTO dnc (e164, reason, added_at) VALUES (?, 'imported', ?)",
                            ((f"+1{2000000000 + i * 7:010d}", created) for i in range(n) if rnd.random() < 0.05))
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

        triggers = [r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'calls_dial_state%'")]
        for name in triggers:
            db.conn.execute(f"DROP TRIGGER {name}")
        db.conn.executemany(
            """INSERT INTO calls (campaign, contact_id, channel, direction, status, disposition, created_at, started_at,
                   ended_at) VALUES (?,?,?,?,?,?,?,?,?)""", calls)
        db.conn.execute(
            """INSERT INTO dial_state (campaign, contact_id, attempts, active, last_call_id, last_disposition, last_status,
                   last_epoch, next_epoch)
               SELECT c.campaign, c.contact_id, g.n, 0, c.id, c.disposition, c.status,
                      (julianday(c.ended_at) - 2440587.5) * 86400.0, NULL
               FROM (SELECT campaign, contact_id, COUNT(*) AS n, MAX(id) AS last FROM calls GROUP BY campaign, contact_id) g
               JOIN calls c ON c.id = g.last""")
    db.conn.executescript(
        mig._trigger("calls_dial_state_ins", "INSERT", "NEW")
        + mig._trigger("calls_dial_state_upd_new", "UPDATE OF campaign, contact_id, direction, channel, status, "
                       "disposition, started_at, ended_at, next_attempt_at", "NEW")
        + mig._trigger("calls_dial_state_upd_old", "UPDATE OF campaign, contact_id, direction, channel", "OLD")
        + mig._trigger("calls_dial_state_del", "DELETE", "OLD"))
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
    return [r[0] for r in db.execute(sql, {"campaign": rules.campaign, "open": json.dumps(open_zones),
                                           "max": rules.max_attempts, "now": now.timestamp(), "n": limit})]


def timed(fn, repeat: int) -> tuple[float, object]:
    out, times = None, []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", help="folder to keep (and reuse) the built database in")
    args = ap.parse_args()
    from customario.definitions.catalog import get_campaign
    from customario.store.db import open_db
    from customario.dialing.eligibility import Rules, count_reasons, pick_eligible

    folder = Path(args.keep or tempfile.mkdtemp(prefix="bench-planning-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"planning-{args.contacts}.db"
    if not path.exists():
        build(path, args.contacts)
    db = open_db(path)
    rules = Rules.from_campaign(get_campaign(db, "bench").campaign)
    from customario.dialing.eligibility import distinct_zones, zone_status

    instants = {}
    for now in (NOW, NOW.replace(hour=23, minute=30), NOW.replace(hour=5, minute=30) + timedelta(days=1)):
        n_open = sum(1 for z in distinct_zones(db) if z and zone_status(rules, z, now).open)
        instants[f"{now:%a %H:%M}Z, {n_open} zones open"] = now
    print(f"{'instant':<26} {'pick 100 (ms)':>14} {'baseline (ms)':>14} {'ratio':>7} {'dry-run counts (ms)':>20} {'eligible':>9}")
    worst = 0.0
    for label, now in instants.items():
        ms, leads = timed(lambda now=now: pick_eligible(db, rules, limit=100, now=now), args.repeat)
        base_ms, base = timed(lambda now=now: baseline(db, rules, now), 1)
        count_ms, counts = timed(lambda now=now: count_reasons(db, rules, now=now), 1)
        worst = max(worst, ms)
        assert len(leads) == min(100, counts["eligible"]), (len(leads), counts["eligible"])
        print(f"{label:<26} {ms:>14.1f} {base_ms:>14.1f} {base_ms / ms:>6.0f}x {count_ms:>20.0f} {counts['eligible']:>9,}")
    print(f"worst pick: {worst:.1f} ms (target < 50 ms) -> {'OK' if worst < 50 else 'MISSED'}")
    db.close()


if __name__ == "__main__":
    main()
