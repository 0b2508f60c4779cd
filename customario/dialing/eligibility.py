"""Who may be dialed now, and why the others may not (pure core over the database).

A lead (contact) is eligible for a campaign when, in this order:

1. no call to it is live for the campaign (claimed, dialing, ringing, in progress);
2. it has not completed the campaign or opted out, and its last disposition is not final
   (``complete``, ``refused``, ``opted-out``, ``invalid-number``, ``break-off``, ``answered``,
   ``hung-up``, or a back-off of ``never`` in the definition);
3. its number is not on the DNC list (TCPA 47 CFR 64.1200(d));
4. consent is granted when the campaign requires it (``consent.required``; FCC 24-17 puts AI voices
   under the TCPA's prior-consent rule);
5. it has a valid IANA time zone;
6. its attempts are below ``calling.max_attempts``;
5b. its number's country is in the campaign's ``calling.countries`` (default: the configured
   region): a +44 lead is excluded (``country-not-allowed``), never dialed by US hours in London;
7. it is inside the calling window *in its own time zone*: the campaign window intersected with
   the legal 08:00–21:00 local (TCPA 47 CFR 64.1200(c)(1)), on a calling day, not on a holiday
   (dates in the lead's local calendar); zoneinfo handles DST, so the window follows wall time.
   A number whose area code spans several zones (``contacts.timezones``) is inside only when the
   window is open in every candidate zone;
7b. its state's window is open (``customario/data/calling_rules.yaml``, e.g. Florida FTSA
   §501.059(8) and Oklahoma 15 O.S. §775C.4: 08:00–20:00), the state being the lead file's
   ``state`` column, else the area code's (``outside-state-window XX``);
7c. it had fewer than ``max_calls_per_24h`` attempts of this campaign in the last 24 h (campaign
   ``calling.max_calls_per_24h`` and the state's cap: FTSA and OTSA allow 3 per 24 h on the same
   subject) (``max-calls-24h``);
8. its back-off has passed: ``calling.backoff[last disposition]`` seconds after its last attempt
   ended (busy is never redialed sooner than 5 min, declined never sooner than 1 h, whatever the
   definition says), and not before the ``next_attempt_at`` recorded with that attempt.

A pending callback (``callbacks`` row, ``due_at`` UTC) that is due makes its lead eligible even
inside back-off or past ``max_attempts``, but only inside the legal 08:00–21:00 local window and
never when rules 1–5 exclude it.

Picking walks contacts per open time zone through the ``contacts(timezone)`` index in id order,
zones whose window closes soonest first, and joins ``dial_state`` (kept by triggers on ``calls``):
the next 100 of a million contacts take milliseconds (benchmarks/bench_planning.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from customario.definitions.models import Campaign

LEGAL_START = time(8, 0)  # TCPA 47 CFR 64.1200(c)(1): no calls before 8 a.m. local
LEGAL_END = time(21, 0)  # ... or after 9 p.m. local
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FINAL_DISPOSITIONS = ("complete", "refused", "opted-out", "invalid-number", "break-off", "answered", "hung-up")
# Floors on the back-off after SIP 486 Busy Here and 603 Decline (seconds): never an immediate redial.
MIN_BACKOFF_S = {"busy": 300.0, "declined": 3600.0}
DEFAULT_BACKOFF_S = 3600.0  # a disposition the definition has no back-off for
REASONS = (
    "eligible",
    "in-progress",
    "completed",
    "opted-out",
    "final-disposition",
    "dnc",
    "no-consent",
    "country-not-allowed",
    "no-timezone",
    "bad-timezone",
    "max-attempts",
    "outside-window",
    "max-calls-24h",
    "backoff",
)
# The key the dialer groups contacts by: every candidate zone of an ambiguous number, else its zone
# (an expression index, contacts_dial_zone, makes the per-zone walk an index range).
ZONE_SQL = "COALESCE(c.timezones, c.timezone)"
_NO_CAP = 1_000_000


@dataclass(frozen=True)
class Rules:
    """Calling rules of one campaign, derived from its definition (``calling`` and ``consent``)."""

    campaign: str
    window_start: time
    window_end: time
    days: frozenset[int]  # 0 = Monday
    holidays: frozenset[date]
    max_attempts: int
    backoff: dict  # disposition -> seconds, or None for "never"
    consent_required: bool
    countries: frozenset[str] = frozenset()  # ISO regions that may be called; empty = any
    max_calls_24h: int | None = None  # campaign cap on attempts per lead per 24 h
    state_rules: tuple = ()  # calling_rules.StateRule, one per state with a rule

    @classmethod
    def from_campaign(cls, campaign: Campaign, *, region: str = "US", calling_rules=None) -> "Rules":
        """Rules of ``campaign``: its window within the federal one, ``countries`` (default
        ``region``), ``max_calls_per_24h`` and the state rules of ``calling_rules`` (default: the
        shipped file, :func:`customario.dialing.calling_rules.load_calling_rules`)."""
        from customario.dialing.calling_rules import load_calling_rules

        cr = calling_rules or load_calling_rules()
        c = campaign.calling
        backoff = dict(c.backoff)
        for disp, floor in MIN_BACKOFF_S.items():
            if disp in backoff and backoff[disp] is not None:
                backoff[disp] = max(float(backoff[disp]), floor)
        return cls(
            campaign=campaign.name,
            window_start=max(c.window.start, LEGAL_START, cr.federal.start),
            window_end=min(c.window.end, LEGAL_END, cr.federal.end),
            days=frozenset(WEEKDAYS.index(d) for d in c.days),
            holidays=frozenset(c.holidays),
            max_attempts=c.max_attempts,
            backoff=backoff,
            consent_required=campaign.consent.required,
            countries=frozenset(c.countries or [region.upper()]),
            max_calls_24h=c.max_calls_per_24h,
            state_rules=tuple(sorted(cr.states.values(), key=lambda r: r.state)),
        )

    def backoff_for(self, disposition: str | None) -> float | None:
        """Seconds before the next attempt after ``disposition``; None = never again."""
        if disposition in FINAL_DISPOSITIONS:
            return None
        if disposition in self.backoff:
            return self.backoff[disposition]
        return max(DEFAULT_BACKOFF_S, MIN_BACKOFF_S.get(disposition or "", 0.0))

    def backoff_sql(self) -> str:
        """A SQL CASE over ``s.last_disposition`` giving seconds (NULL = never). Values are numbers we
        format ourselves; disposition names are quoted literals from a fixed vocabulary."""
        parts = []
        for disp in sorted(set(self.backoff) | set(FINAL_DISPOSITIONS)):
            secs = self.backoff_for(disp)
            parts.append(f"WHEN {_sql_str(disp)} THEN {'NULL' if secs is None else repr(float(secs))}")
        return f"(CASE s.last_disposition {' '.join(parts)} ELSE {self.backoff_for(None)!r} END)"


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return None


@dataclass(frozen=True)
class ZoneStatus:
    """The calling window of one time zone at one instant."""

    zone: str
    valid: bool
    open: bool  # inside the campaign ∩ legal window on a calling day
    legal_open: bool  # inside 08:00–21:00 local (callbacks)
    local: datetime | None
    closes_at: datetime | None  # UTC end of today's window when open


def zone_status(rules: Rules, zone: str, now: datetime) -> ZoneStatus:
    """Window status of ``zone`` (IANA name, or candidates joined by ``|``: open only when open in
    every one) at ``now`` (aware UTC). End times are exclusive."""
    if zone and "|" in zone:
        parts = [zone_status(rules, z, now) for z in zone.split("|")]
        ok = all(p.valid for p in parts)
        is_open = ok and all(p.open for p in parts)
        return ZoneStatus(
            zone,
            ok,
            is_open,
            ok and all(p.legal_open for p in parts),
            parts[0].local,
            min(p.closes_at for p in parts) if is_open else None,
        )
    tz = _zone(zone) if zone else None
    if tz is None:
        return ZoneStatus(zone, False, False, False, None, None)
    local = now.astimezone(tz)
    t = local.time().replace(tzinfo=None)
    legal = LEGAL_START <= t < LEGAL_END
    is_open = (
        rules.window_start < rules.window_end
        and rules.window_start <= t < rules.window_end
        and local.weekday() in rules.days
        and local.date() not in rules.holidays
    )
    closes = None
    if is_open:
        closes = datetime.combine(local.date(), rules.window_end, tzinfo=tz).astimezone(timezone.utc)
    return ZoneStatus(zone, True, is_open, legal, local, closes)


def distinct_zones(db: Database) -> list[str | None]:
    """Distinct zone keys (``COALESCE(timezones, timezone)``: a zone, or ``|``-joined candidates)
    via an index skip-scan (one seek per key)."""
    rows = db.execute(
        """
        WITH RECURSIVE z(tz) AS (
            SELECT MIN(COALESCE(timezones, timezone)) FROM contacts
            UNION ALL
            SELECT (SELECT MIN(COALESCE(timezones, timezone)) FROM contacts WHERE COALESCE(timezones, timezone) > z.tz)
            FROM z WHERE z.tz IS NOT NULL
        ) SELECT tz FROM z WHERE tz IS NOT NULL
        """
    ).fetchall()
    zones: list[str | None] = [r[0] for r in rows]
    if db.execute("SELECT 1 FROM contacts WHERE COALESCE(timezones, timezone) IS NULL LIMIT 1").fetchone():
        zones.append(None)
    return zones


@dataclass
class Lead:
    """A lead chosen for dialing. ``source`` is ``callback``, ``retry`` or ``new``."""

    contact_id: int
    e164: str
    timezone: str
    attempts: int
    last_disposition: str | None
    source: str
    local_time: str
    callback_id: int | None = None

    def as_dict(self, mask: bool = True) -> dict:
        from customario.render.tables import mask_phone

        return {
            "contact_id": self.contact_id,
            "phone": mask_phone(self.e164) if mask else self.e164,
            "timezone": self.timezone.replace("|", " + "),
            "local_time": self.local_time,
            "attempts": self.attempts,
            "last_disposition": self.last_disposition,
            "source": self.source,
        }


def _now(now: datetime | None) -> datetime:
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (UTC)")
    return now.astimezone(timezone.utc)


def _in(values) -> str:
    return "(" + ", ".join(_sql_str(v) for v in sorted(values)) + ")" if values else "(NULL)"


def _country_ok(rules: Rules) -> str:
    """SQL: the contact's number is in an allowed country (``contacts.region``; a row without a
    region goes by the calling code of its E.164)."""
    if not rules.countries:
        return "1"
    import phonenumbers

    codes = sorted({f"+{phonenumbers.country_code_for_region(r)}" for r in rules.countries})
    prefix = " OR ".join(f"substr(c.e164, 1, {len(cc)}) = {_sql_str(cc)}" for cc in codes)
    return f"(COALESCE(c.region, '') IN {_in(rules.countries)} OR (c.region IS NULL AND ({prefix})))"


def _state_match(states) -> str:
    """SQL: the contact's state is one of ``states`` (its ``state`` column, else its area code)."""
    from customario.dialing.states import npas_of

    npas = {n for st in states for n in npas_of(st)}
    return (
        f"(COALESCE(c.state, '') IN {_in(states)} OR (c.state IS NULL AND substr(c.e164, 1, 2) = '+1'"
        f" AND substr(c.e164, 3, 3) IN {_in(npas)}))"
    )


def closed_states(rules: Rules, zone: str, now: datetime) -> list[str]:
    """States whose rule window is closed at ``now`` in ``zone`` (any candidate zone)."""
    out = []
    for rule in rules.state_rules:
        for part in zone.split("|"):
            tz = _zone(part)
            if tz is None:
                continue
            local = now.astimezone(tz)
            if not rule.is_open(local.time().replace(tzinfo=None), local.weekday()):
                out.append(rule.state)
                break
    return out


def lead_state(state: str | None, e164: str) -> str | None:
    """A lead's state: its stored ``state``, else its area code's (US numbers only)."""
    if state:
        return state
    if e164 and e164.startswith("+1") and len(e164) == 12:
        from customario.dialing.states import npa_state

        return npa_state(e164[2:5])
    return None


def _calls_cap_sql(rules: Rules) -> str | None:
    """SQL true when the lead reached its cap of attempts in the last 24 h (``:since``), or None when
    no cap applies. The cap is the campaign's ``max_calls_per_24h`` and its state's, the smaller."""
    caps = [(r.state, r.max_calls_per_24h) for r in rules.state_rules if r.max_calls_per_24h]
    if not caps and not rules.max_calls_24h:
        return None
    camp = rules.max_calls_24h or _NO_CAP
    lowest = min([camp] + [c for _, c in caps])
    by_state = " ".join(f"WHEN {_state_match([st])} THEN {cap}" for st, cap in caps)
    cap = f"MIN({camp}, CASE {by_state} ELSE {_NO_CAP} END)" if caps else str(camp)
    recent = (
        "(SELECT COUNT(*) FROM calls x WHERE x.contact_id = c.id AND x.campaign = :campaign"
        " AND x.channel = 'phone' AND x.direction = 'outbound' AND x.started_at >= :since)"
    )
    return f"(s.contact_id IS NOT NULL AND s.attempts >= {lowest} AND {recent} >= {cap})"


def _filters(rules: Rules, list_id: int | None) -> str:
    sql = " AND NOT EXISTS (SELECT 1 FROM dnc d WHERE d.e164 = c.e164)"
    if rules.consent_required:
        sql += " AND c.consent = 'granted'"
    if rules.countries:
        sql += f" AND {_country_ok(rules)}"
    cap = _calls_cap_sql(rules)
    if cap:
        sql += f" AND NOT {cap}"
    if list_id is not None:
        sql += " AND EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = :list_id AND m.contact_id = c.id)"
    return sql


def pick_eligible(
    db: Database,
    rules: Rules,
    *,
    limit: int = 100,
    now: datetime | None = None,
    list_id: int | None = None,
    exclude: Iterable[int] = (),
) -> list[Lead]:
    """The next ``limit`` eligible leads: due callbacks first, then per open zone (closing soonest
    first) in contact id order. ``exclude`` are contact ids to leave out (already dialed by this run).
    ``now`` is aware UTC (default: the current time). Read-only."""
    now = _now(now)
    excluded = set(exclude)
    epoch = now.timestamp()
    out: list[Lead] = []
    seen: set[int] = set()
    bc = rules.backoff_sql()
    params = {
        "campaign": rules.campaign,
        "now": epoch,
        "max": rules.max_attempts,
        "list_id": list_id,
        "now_iso": now.isoformat(timespec="microseconds"),
        "since": (now - timedelta(hours=24)).isoformat(timespec="microseconds"),
    }
    filters = _filters(rules, list_id)
    statuses = {z: zone_status(rules, z, now) for z in distinct_zones(db) if z}
    # 1. Callbacks that are due (legal window only; they override back-off and max attempts).
    for row in db.execute(
        f"""SELECT c.id, c.e164, {ZONE_SQL}, COALESCE(s.attempts, 0), s.last_disposition, cb.id, c.state
            FROM callbacks cb JOIN contacts c ON c.id = cb.contact_id
            LEFT JOIN dial_state s ON s.campaign = :campaign AND s.contact_id = c.id
            WHERE cb.status = 'pending' AND cb.campaign = :campaign AND cb.due_at <= :now_iso
              AND COALESCE(s.active, 0) = 0
              AND COALESCE(s.last_disposition, '') NOT IN ('complete', 'opted-out', 'refused', 'invalid-number')
              {filters}
            ORDER BY cb.due_at, cb.id""",
        params,
    ):
        st = statuses.get(row[2])
        if st is None or not st.legal_open or row[0] in seen or row[0] in excluded:
            continue
        if lead_state(row[6], row[1]) in closed_states(rules, row[2], now):
            continue
        seen.add(row[0])
        out.append(
            Lead(row[0], row[1], row[2], row[3], row[4], "callback", st.local.isoformat(timespec="minutes"), row[5])
        )
        if len(out) >= limit:
            return out
    # 2. Retries and new leads, zone by zone.
    open_zones = sorted((s for s in statuses.values() if s.open), key=lambda s: (s.closes_at, s.zone))
    state_ok = (
        f"(s.contact_id IS NULL OR (s.active = 0 AND s.attempts < :max AND {bc} IS NOT NULL"
        f" AND s.last_epoch + {bc} <= :now AND (s.next_epoch IS NULL OR s.next_epoch <= :now)))"
    )
    callable_zone = (
        (
            f"SELECT 1 FROM contacts c INDEXED BY contacts_dial_zone_region WHERE {ZONE_SQL} = :tz"
            f" AND (c.region IN {_in(rules.countries)} OR c.region IS NULL) LIMIT 1"
        )
        if rules.countries
        else None
    )
    for st in open_zones:
        if callable_zone and db.execute(callable_zone, {"tz": st.zone}).fetchone() is None:
            continue  # only numbers of other countries in this zone (index seek, not a scan)
        want = limit - len(out) + min(len(excluded), limit)
        closed = closed_states(rules, st.zone, now)
        state_filter = f" AND NOT {_state_match(closed)}" if closed else ""
        rows = db.execute(
            f"""SELECT c.id, c.e164, {ZONE_SQL}, COALESCE(s.attempts, 0), s.last_disposition
                FROM contacts c INDEXED BY contacts_dial_zone
                LEFT JOIN dial_state s ON s.campaign = :campaign AND s.contact_id = c.id
                WHERE {ZONE_SQL} = :tz {filters}{state_filter} AND {state_ok}
                ORDER BY c.id LIMIT :n""",
            {**params, "tz": st.zone, "n": want},
        ).fetchall()
        for row in rows:
            if row[0] in seen or row[0] in excluded:
                continue
            seen.add(row[0])
            out.append(
                Lead(
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    "retry" if row[3] else "new",
                    st.local.isoformat(timespec="minutes"),
                )
            )
            if len(out) >= limit:
                return out
    return out


@dataclass
class Plan:
    """Dry-run result: counts per exclusion reason and the next leads."""

    campaign: str
    now: str
    counts: dict[str, int]
    next_leads: list[Lead]
    open_zones: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "campaign": self.campaign,
            "now": self.now,
            "eligible": self.counts.get("eligible", 0),
            "excluded": {k: v for k, v in self.counts.items() if k != "eligible" and v},
            "open_zones": self.open_zones,
            "next": [lead.as_dict() for lead in self.next_leads],
        }


def count_reasons(
    db: Database, rules: Rules, *, now: datetime | None = None, list_id: int | None = None
) -> dict[str, int]:
    """Every lead of the campaign (all contacts, or list ``list_id``) classified by the first rule that
    excludes it (see the module docstring), ``eligible`` otherwise. State windows add reasons
    ``outside-state-window XX``. One pass over contacts; zone lists are SQL literals (SQLite builds
    each IN list once), not per-row JSON look-ups."""
    now = _now(now)
    statuses = [zone_status(rules, z, now) for z in distinct_zones(db) if z]
    bc = rules.backoff_sql()
    params = {
        "campaign": rules.campaign,
        "now": now.timestamp(),
        "max": rules.max_attempts,
        "list_id": list_id,
        "now_iso": now.isoformat(timespec="microseconds"),
        "since": (now - timedelta(hours=24)).isoformat(timespec="microseconds"),
    }
    open_z = _in(s.zone for s in statuses if s.open)
    legal_z = _in(s.zone for s in statuses if s.legal_open)
    bad_z = _in(s.zone for s in statuses if not s.valid)
    consent = "AND COALESCE(c.consent, '') != 'granted'" if rules.consent_required else "AND 0"
    member = "JOIN list_members m ON m.contact_id = c.id AND m.list_id = :list_id" if list_id is not None else ""
    closed_by_state: dict[str, list[str]] = {}
    for st in statuses:
        if st.open:
            for code in closed_states(rules, st.zone, now):
                closed_by_state.setdefault(code, []).append(st.zone)
    state_cases = " ".join(
        f"WHEN {ZONE_SQL} IN {_in(zones)} AND {_state_match([code])} THEN 'outside-state-window {code}'"
        for code, zones in sorted(closed_by_state.items())
    )
    cap = _calls_cap_sql(rules)
    cap_case = f"WHEN {cap} THEN 'max-calls-24h'" if cap else ""
    country = f"WHEN NOT {_country_ok(rules)} THEN 'country-not-allowed'" if rules.countries else ""
    sql = f"""
        SELECT CASE
            WHEN s.active > 0 THEN 'in-progress'
            WHEN s.last_disposition = 'complete' THEN 'completed'
            WHEN s.last_disposition = 'opted-out' THEN 'opted-out'
            WHEN d.e164 IS NOT NULL THEN 'dnc'
            WHEN 1 {consent} THEN 'no-consent'
            {country}
            WHEN {ZONE_SQL} IS NULL OR {ZONE_SQL} = '' THEN 'no-timezone'
            WHEN {ZONE_SQL} IN {bad_z} THEN 'bad-timezone'
            WHEN {ZONE_SQL} IN {legal_z} AND EXISTS (
                SELECT 1 FROM callbacks cb WHERE cb.contact_id = c.id AND cb.campaign = :campaign
                AND cb.status = 'pending' AND cb.due_at <= :now_iso)
                AND COALESCE(s.last_disposition, '') NOT IN ('refused', 'invalid-number') THEN 'eligible'
            WHEN s.contact_id IS NOT NULL AND {bc} IS NULL THEN 'final-disposition'
            WHEN s.contact_id IS NOT NULL AND s.attempts >= :max THEN 'max-attempts'
            WHEN {ZONE_SQL} NOT IN {open_z} THEN 'outside-window'
            {state_cases}
            {cap_case}
            WHEN s.contact_id IS NOT NULL AND (s.last_epoch + {bc} > :now OR s.next_epoch > :now) THEN 'backoff'
            ELSE 'eligible' END AS reason
        FROM contacts c {member}
        LEFT JOIN dial_state s ON s.campaign = :campaign AND s.contact_id = c.id
        LEFT JOIN dnc d ON d.e164 = c.e164
    """
    # Reasons become small integers summed in one pass: a GROUP BY over a million strings spends
    # more time in its sorter than the classification itself; ``LIMIT -1`` keeps SQLite from
    # flattening the subquery, so the CASE runs once per row.
    labels = list(dict.fromkeys([*REASONS, *re.findall(r"THEN '([^']+)'", sql)]))
    code = {label: i for i, label in enumerate(labels)}
    numbered = re.sub(r"(THEN|ELSE) '([^']+)'", lambda m: f"{m.group(1)} {code[m.group(2)]}", sql)
    sums = ", ".join(f"TOTAL(reason = {i})" for i in range(len(labels)))
    row = db.execute(f"SELECT {sums} FROM ({numbered} LIMIT -1)", params).fetchone()
    counts = {r: 0 for r in REASONS}
    counts.update({label: int(n) for label, n in zip(labels, row) if n or label in counts})
    return counts


def plan(
    db: Database, rules: Rules, *, limit: int = 10, now: datetime | None = None, list_id: int | None = None
) -> Plan:
    """Counts per reason plus the next ``limit`` leads (what ``customario dial --dry-run`` prints)."""
    now = _now(now)
    counts = count_reasons(db, rules, now=now, list_id=list_id)
    leads = pick_eligible(db, rules, limit=limit, now=now, list_id=list_id)
    zones = [z for z in distinct_zones(db) if z and zone_status(rules, z, now).open]
    return Plan(rules.campaign, now.isoformat(timespec="seconds"), counts, leads, zones)


def still_eligible(
    db: Database, rules: Rules, contact_id: int, e164: str, zone: str, *, callback: bool, now: datetime | None = None
) -> str | None:
    """Re-check a claimed lead just before its dial request: returns the reason it may no longer be
    dialed (``dnc``, ``outside-window``, ``no-consent``) or None. Catches DNC entries and consent
    withdrawals made after the claim, and windows that closed while it waited for its rate slot."""
    now = _now(now)
    if db.execute("SELECT 1 FROM dnc WHERE e164 = ?", [e164]).fetchone():
        return "dnc"
    if rules.consent_required:
        row = db.execute("SELECT consent FROM contacts WHERE id = ?", [contact_id]).fetchone()
        if not row or row[0] != "granted":
            return "no-consent"
    st = zone_status(rules, zone, now)
    if not (st.legal_open if callback else st.open):
        return "outside-window"
    if rules.state_rules:
        row = db.execute("SELECT state FROM contacts WHERE id = ?", [contact_id]).fetchone()
        state = lead_state(row[0] if row else None, e164)
        if state and state in closed_states(rules, zone, now):
            return f"outside-state-window {state}"
    return None


def next_due(db: Database, rules: Rules, *, now: datetime | None = None) -> datetime | None:
    """The earliest future time a lead in back-off or a pending callback becomes due (UTC), or None.
    ``dial --wait`` sleeps until then instead of polling."""
    now = _now(now)
    bc = rules.backoff_sql()
    row = db.execute(
        f"""SELECT MIN(MAX(s.last_epoch + {bc}, COALESCE(s.next_epoch, 0))) FROM dial_state s
            WHERE s.campaign = ? AND s.active = 0 AND s.attempts < ? AND {bc} IS NOT NULL
              AND MAX(s.last_epoch + {bc}, COALESCE(s.next_epoch, 0)) > ?""",
        [rules.campaign, rules.max_attempts, now.timestamp()],
    ).fetchone()
    candidates = []
    if row and row[0] is not None:
        candidates.append(datetime.fromtimestamp(row[0], timezone.utc))
    cb = db.execute(
        "SELECT MIN(due_at) FROM callbacks WHERE status = 'pending' AND campaign = ? AND due_at > ?",
        [rules.campaign, now.isoformat(timespec="microseconds")],
    ).fetchone()
    if cb and cb[0]:
        candidates.append(datetime.fromisoformat(cb[0]).astimezone(timezone.utc))
    return min(candidates) if candidates else None


def window_closes_in(db: Database, rules: Rules, now: datetime | None = None) -> timedelta | None:
    """Time until the last open zone's window closes, or None when no zone is open."""
    now = _now(now)
    closes = [s.closes_at for s in (zone_status(rules, z, now) for z in distinct_zones(db) if z) if s.open]
    return max(closes) - now if closes else None
