"""``import_leads``: a lead file → contacts on a list, in bounded batches of a resumable import, with a rejects report.

Per row, in this order: blank rows are skipped; the phone cell is normalised to E.164
(customario.leads.phones, i.e. phonenumbers' verdict) or the row is rejected with the reason; a number
seen earlier in the file is a duplicate (rejected, naming the first line); a number on the DNC
list is suppressed (no contact, not on the list); a number already in the database is a
duplicate (``on_duplicate="skip"``, the contact is still put on the list) or updated with the
file's non-empty values (``"update"``); otherwise a new contact is inserted.

Time zone: the row's column when it names an IANA zone (or a common US abbreviation such as
``EST``/``Pacific``), else the number's zone when phonenumbers gives exactly one; when it gives
several (907, 775, 986 ...) every candidate is stored in ``timezones`` and the dialer calls only
when the window is open in all of them; else the list default. ``timezone_source`` records which
(``column`` | ``number`` | ``number-ambiguous`` | ``list-default``). A ``state`` column (``FL``,
``Florida``) is stored as ``contacts.state`` for the state calling rules.
Consent (``yes/true/1/y`` → granted, ``no/false/0/n`` → denied, blank → unknown) is stored on the
contact and appended to ``consents``.

This module reads, classifies and writes the rows. What a cell means (zone, consent, names) is in
``lead_values``; resuming, refusing and rolling back an import in ``import_runs``; the summary and
the rejects file in ``import_report``; the phone worker processes in ``phones``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import InputDataError, UsageError
from customario.leads.reader import attribute_key, inspect_file, read_chunks, resolve_columns
from customario.leads.import_report import ImportSummary, Reject, write_rejects
from customario.leads.import_runs import (
    IMPORT_BATCH_ROWS,
    ensure_list,
    find_resume,
    refuse_live,
    rollback_import,
    running_import,
)
from customario.leads.lead_values import consent_of, row_names, row_state, row_zone, timezone_for
from customario.leads.phones import PhoneNormalizer, normalize_many, phone_pool

_json_str = json.encoder.encode_basestring  # JSON string literal, non-ASCII kept (as json_col does)
_CONTACT_COLS = (
    "id",
    "e164",
    "phone_raw",
    "phone_extension",
    "name",
    "first_name",
    "last_name",
    "email",
    "company",
    "title",
    "timezone",
    "timezone_source",
    "region",
    "consent",
    "attributes",
    "created_at",
    "updated_at",
    "timezones",
    "state",
    "import_id",
)


def parse_mapping(items: list[str] | None) -> dict[str, str]:
    """``["Mobile Nr=phone", ...]`` → ``{"Mobile Nr": "phone"}``; raises UsageError on a bad item."""
    mapping: dict[str, str] = {}
    for item in items or []:
        column, sep, fld = item.rpartition("=")
        if not sep or not column.strip() or not fld.strip():
            raise UsageError(f"--map {item!r} is not COLUMN=field", "Example: --map 'Mobile Nr=phone'")
        mapping[column.strip()] = fld.strip()
    return mapping


def _unique_keys(pairs) -> list[tuple[str, str]]:
    """Make attribute keys unique (``notes``, ``notes_2``...) when two headers slug alike."""
    seen: set[str] = set()
    out = []
    for column, key in pairs:
        base, n = key, 1
        while key in seen:
            n += 1
            key = f"{base}_{n}"
        seen.add(key)
        out.append((column, key))
    return out


def import_leads(
    db: Database,
    path: str | Path,
    list_name: str,
    *,
    region: str = "US",
    default_timezone: str = "America/New_York",
    mapping: dict[str, str] | None = None,
    on_duplicate: str = "skip",
    dry_run: bool = False,
    rejects_path: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    chunk_rows: int | None = None,
    limit: int | None = None,
    raw: bool = False,
) -> ImportSummary:
    """Import the lead file at ``path`` (CSV/TSV/XLSX) into list ``list_name``; all or nothing.

    ``region`` is the ISO 3166 region for numbers without ``+country``; ``default_timezone`` an
    IANA zone; ``mapping`` is ``{column: field}`` (fields: customario.leads.reader.FIELDS);
    ``on_duplicate`` is ``skip`` or ``update``. With ``dry_run`` everything is computed and nothing
    is written to the database. ``rejects_path`` receives every rejected row as CSV (``line``,
    ``reason`` and the row's cells; lines are 1-based physical lines, header included), its cells
    spreadsheet-safe (customario.render.csvsafe) unless ``raw``.
    ``progress(rows_done, estimated_total)`` is called after each chunk; ``limit`` reads only the
    first N data rows.

    Returns an ImportSummary. Raises UsageError (bad option), NotFoundError (missing file),
    InputDataError (unusable file, or no row with a valid phone number) and LockedError (another
    live process imports the same file into the same list, or the database stayed busy).

    Writes commit in batches of IMPORT_BATCH_ROWS rows (one short ``BEGIN IMMEDIATE`` each, phone
    numbers normalised before the lock is taken), so agent workers, the dialer and other imports
    are never locked out for the length of a big file. The ``imports`` row records the progress;
    on an error every batch is rolled back (a bad file changes nothing); a killed import is
    finished by running the same command again (same file, same list: it resumes after the last
    committed line, counts included).
    """
    if on_duplicate not in ("skip", "update"):
        raise UsageError(f"on_duplicate must be skip or update, not {on_duplicate!r}", "Use --on-duplicate skip|update")
    if not list_name or not list_name.strip():
        raise UsageError("a list name is required", "Pass --list NAME")
    if timezone_for(default_timezone) is None:
        raise UsageError(f"unknown time zone {default_timezone!r}", "Use an IANA name such as America/New_York")
    default_timezone = timezone_for(default_timezone)  # type: ignore[assignment]
    if rejects_path is not None:
        from customario.render.outputs import check_output_path

        check_output_path(rejects_path, what="rejects file", option="--rejects")
    phones = PhoneNormalizer(region)
    info = inspect_file(path)
    summary = ImportSummary(
        file=str(path), list_name=list_name, dry_run=dry_run, encoding=info.encoding, delimiter=info.delimiter
    )
    state = ImportState(db, summary, phones, default_timezone, on_duplicate, dry_run, str(path))
    stack = contextlib.ExitStack()
    try:
        if dry_run:
            state.run(info, mapping, chunk_rows, progress, limit)
            state.check_usable()
        else:
            # A bigger page cache keeps the e164 index in memory during a big insert (2 MB default).
            old_cache = db.execute("PRAGMA cache_size").fetchone()[0]
            db.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
            stack.callback(db.execute, f"PRAGMA cache_size = {old_cache}")
            find_resume(state, info, list_name)
            state.begin_args = (str(Path(path).resolve()), info.sha256, list_name, default_timezone, phones.region)
            try:
                state.run(info, mapping, chunk_rows, progress, limit)
                state.check_usable()
                with immediate(db):
                    state.ensure_begun()
                    state.save_progress(status="done")
            except Exception:
                # A bad file changes nothing: undo the batches this run (and an earlier, interrupted
                # run of the same file) committed. A killed process cannot get here: a re-run resumes.
                try:
                    rollback_import(db, summary.import_id, state.list_id)
                except sqlite3.OperationalError:  # still busy: the import stays resumable instead
                    pass
                raise
    finally:
        stack.close()
        if rejects_path is not None and info.columns:
            write_rejects(rejects_path, summary.rejects, info.columns, raw=raw)
            summary.rejects_path = str(rejects_path)
    return summary


IMPORT_CACHE_KIB = 256 * 1024  # SQLite page cache during an import (KiB)
PARALLEL_MIN_ROWS = 200_000  # files estimated smaller than this are normalised in-process
PARALLEL_MIN_NEW = 2_000  # chunks with fewer new phone cells are too


class _Chunk:
    """One chunk's cells (stripped, per column), phone verdicts and database look-ups."""

    def __init__(self, state: "ImportState", df, columns: list[str]):
        cols = state.s.columns
        self.columns = columns
        self.stripped = {c: [v.strip() for v in df[c].tolist()] for c in columns}
        self.phone_cells = self.stripped[cols["phone"]]
        mapped = set(cols.values())
        self.extra = sorted(
            _unique_keys((c, attribute_key(c, i)) for i, c in enumerate(columns) if c not in mapped),
            key=lambda ck: ck[1],
        )
        self.extra_cols = [(self.stripped[c], _json_str(key) + ":") for c, key in self.extra]
        self.get = {f: self.stripped[c] for f, c in cols.items()}
        self.results = [state.phones(p) for p in self.phone_cells]
        self.dnc: set[str] = set()
        self.existing: dict[str, tuple[int, str | None]] = {}
        self.now = utc_now()

    def lookup(self, state: "ImportState", rows: range) -> None:
        """Which of these rows' numbers are on the DNC list or already contacts: read inside the
        batch's write transaction, so a number another writer added meanwhile is seen."""
        candidates = {
            r.e164 for r in self.results[rows.start : rows.stop] if r.e164 is not None and r.e164 not in state.seen
        }
        self.dnc = state._existing("SELECT e164 FROM dnc WHERE e164 IN (SELECT value FROM json_each(?))", candidates)
        self.existing = state._existing_contacts(candidates - self.dnc)
        self.now = utc_now()

    def attributes(self, i: int) -> dict:
        """The row's unmapped non-empty cells as ``{attribute key: text}``."""
        return {key: self.stripped[c][i] for c, key in self.extra if self.stripped[c][i]}

    def attributes_json(self, i: int) -> str:
        """:meth:`attributes` as JSON text, built without a dict (the hot path of big imports)."""
        return "{" + ",".join(k + _json_str(col[i]) for col, k in self.extra_cols if col[i]) + "}"


@dataclass
class _Writes:
    inserts: list = field(default_factory=list)
    members: list = field(default_factory=list)
    consents: list = field(default_factory=list)
    updates: list = field(default_factory=list)


class ImportState:
    """The running state of one import (kept out of ``import_leads`` to keep it readable)."""

    def __init__(self, db, summary, phones, default_tz, on_duplicate, dry_run, source):
        self.db, self.s, self.phones, self.default_tz = db, summary, phones, default_tz
        self.update = on_duplicate == "update"
        self.dry_run, self.source = dry_run, source
        self.seen: dict[str, int] = {}
        self.list_id: int | None = None
        self.next_id = 0
        self.enc = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        self.first_reasons: dict[str, int] = {}
        self.pool_broken = False
        self.ragged: list = []  # reader.Mismatch rows, filled by read_chunks, drained per chunk
        self.ragged_rows = 0
        self.width = 0  # cells in the header row
        self.resume_after = 0  # physical line up to which an interrupted run of this import committed
        self.lines_done = 0
        self.begun = False  # the list and the imports row exist (written with the first batch)
        self.begin_args: tuple = ()

    def ensure_begun(self) -> None:
        """Inside the first write transaction: create the list and the ``imports`` row (status
        ``running``), or claim the interrupted import being resumed. Nothing is written before a
        batch has something to write, so a file that turns out unusable leaves the database
        byte-for-byte as it was."""
        import os

        if self.begun:
            return
        db, s = self.db, self.s
        file, sha256, list_name, default_tz, region = self.begin_args
        now = utc_now()
        if s.import_id is not None:
            row = db.execute("SELECT pid FROM imports WHERE id = ?", [s.import_id]).fetchone()
            refuse_live(row[0] if row else None, list_name)
            db.execute("UPDATE imports SET pid = ? WHERE id = ?", [os.getpid(), s.import_id])
        else:
            self.list_id = s.list_id = ensure_list(db, list_name, default_tz, region, now)
            prior = running_import(db, self.list_id, sha256)  # started meanwhile by another process
            if prior is not None:
                refuse_live(prior[1], list_name)
            s.import_id = db.execute(
                "INSERT INTO imports (list_id, file, sha256, rows, imported, updated, duplicates, invalid, dnc_suppressed,"
                " started_at, finished_at, status, lines_done, pid) VALUES (?,?,?,0,0,0,0,0,0,?,?,'running',0,?)",
                [self.list_id, file, sha256, now, now, os.getpid()],
            ).lastrowid
        self.begun = True

    def check_usable(self) -> None:
        s = self.s
        if s.rows == 0:
            raise InputDataError(f"{s.file} has no data rows", "Add the leads below the header row")
        if self.ragged_rows == s.rows:
            raise InputDataError(
                f"none of the {s.rows} rows of {s.file} can be imported: every row has more cells than the "
                f"{self.width}-column header",
                "Check the delimiter, quote cells that contain it, and see the rejects (--rejects FILE) for each line",
            )
        if s.invalid == s.rows:
            reasons = ", ".join(f"{r} ({n})" for r, n in sorted(self.first_reasons.items(), key=lambda kv: -kv[1])[:3])
            col = s.columns.get("phone")
            raise InputDataError(
                f"none of the {s.rows} rows of {s.file} has a valid phone number in column {col!r}: {reasons}",
                "Check that column holds phone numbers (else --map COLUMN=phone) and the --region for numbers "
                "without +country",
            )

    def save_progress(self, status: str = "running") -> None:
        """Write the counts so far and the last committed line into the ``imports`` row (inside the
        caller's transaction)."""
        s = self.s
        self.db.execute(
            "UPDATE imports SET rows=?, imported=?, updated=?, duplicates=?, invalid=?, dnc_suppressed=?, lines_done=?,"
            " status=?, finished_at=? WHERE id=?",
            [
                s.rows,
                s.imported,
                s.updated,
                s.duplicates,
                s.invalid,
                s.dnc_suppressed,
                max(self.lines_done, self.resume_after),
                status,
                utc_now(),
                s.import_id,
            ],
        )

    def _skip_done(self, df, lines: list[int]):
        """Drop the rows an interrupted run already committed (lines up to ``resume_after``)."""
        import bisect

        self.ragged[:] = [m for m in self.ragged if m[0] > self.resume_after]
        k = bisect.bisect_right(lines, self.resume_after)
        return (df.iloc[k:], lines[k:]) if k else (df, lines)

    def run(self, info, mapping, chunk_rows, progress, limit=None) -> None:
        """Read chunks and import them. Big files normalise the next chunk's new phone cells in
        worker processes while this one imports the current chunk (phonenumbers is CPU-bound)."""
        chunks = read_chunks(info, chunk_rows or 100_000, limit, ragged=self.ragged)
        done = 0
        pool = phone_pool() if info.est_rows >= PARALLEL_MIN_ROWS and limit is None else None
        pending = None  # (df, lines, futures) of the chunk read ahead
        try:
            for df, lines in chunks:
                if not self.s.columns:
                    self.s.columns = resolve_columns(info.columns, mapping, str(info.path))
                if self.resume_after:
                    df, lines = self._skip_done(df, lines)
                self._reject_ragged(info.columns)
                futures = self._submit(pool, df) if pool and not self.pool_broken else []
                if pending is not None:
                    done += self._finish(*pending, info, progress, done)
                pending = (df, lines, futures)
            if pending is not None:
                self._finish(*pending, info, progress, done)
            if self.ragged_rows:
                self.s.rejects.sort(key=lambda r: r.line)  # ragged rows were seen while reading ahead
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, pool, df) -> list:
        cache = self.phones._cache
        new = [p for p in {v.strip() for v in df[self.s.columns["phone"]].tolist()} if p not in cache]
        if len(new) < PARALLEL_MIN_NEW:
            return []
        parts = pool._max_workers  # type: ignore[attr-defined]
        step = -(-len(new) // parts)
        try:
            return [
                pool.submit(normalize_many, self.phones.region, new[i : i + step]) for i in range(0, len(new), step)
            ]
        except BrokenProcessPool:
            self.pool_broken = True
            return []

    def _finish(self, df, lines, futures, info, progress, done) -> int:
        cache = self.phones._cache
        for fut in futures:
            try:
                results = fut.result()
            except BrokenProcessPool:  # workers could not start: normalise in this process instead
                self.pool_broken = True
                continue
            for raw, res in results:
                cache[raw] = res
        self._chunk(df, lines, info.columns)
        if progress:
            progress(done + len(df), max(done + len(df), info.est_rows))
        return len(df)

    # -- one chunk ---------------------------------------------------------------------------
    def _chunk(self, df, lines: list[int], columns: list[str]) -> None:
        """Import one chunk: phone numbers are normalised first (no lock held); then, batch by batch
        (IMPORT_BATCH_ROWS rows, one short write transaction each), the rows are classified against
        the database (blank, invalid, duplicate, DNC), their contact values built and written (one
        executemany per table) together with the import's progress."""
        if not len(df):
            return
        c = _Chunk(self, df, columns)
        for start in range(0, len(df), IMPORT_BATCH_ROWS):
            rows = range(start, min(len(df), start + IMPORT_BATCH_ROWS))
            if self.dry_run or not (self.begun or any(r.e164 for r in c.results[rows.start : rows.stop])):
                self._batch(c, lines, rows)  # nothing to look up or write (dry run, or only invalid rows)
                continue
            with immediate(self.db):
                self.ensure_begun()
                self.next_id = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM contacts").fetchone()[0]
                self._batch(c, lines, rows)
                self.lines_done = lines[rows.stop - 1]
                self.save_progress()

    def _batch(self, c: "_Chunk", lines: list[int], rows: range) -> None:
        c.lookup(self, rows)
        out = _Writes()
        for i in rows:
            res = self._admit(c, lines, i)
            if res is not None:
                self._row(c, out, lines[i], i, res)
        if not self.dry_run:
            self._write(out.inserts, out.members, out.consents, out.updates, c.now)

    def _admit(self, c: "_Chunk", lines: list[int], i: int):
        """The row's phone verdict when it is to be imported; None after rejecting (or skipping) it."""
        s = self.s
        if not c.phone_cells[i] and not any(c.stripped[col][i] for col in c.columns):
            return None  # a blank row (every cell empty) is not a row
        s.rows += 1
        res = c.results[i]
        e164 = res.e164
        reason = None
        if e164 is None:
            s.invalid += 1
            self.first_reasons[res.reason] = self.first_reasons.get(res.reason, 0) + 1
            reason = res.reason
        elif e164 in self.seen:
            s.duplicates += 1
            reason = f"duplicate of line {self.seen[e164]}"
        else:
            self.seen[e164] = lines[i]
            if e164 in c.dnc:
                s.dnc_suppressed += 1
                reason = "on the DNC list"
        if reason is not None:
            self._reject(lines[i], reason, c.phone_cells[i], c.stripped, c.columns, i)
            return None
        return res

    def _row(self, c: "_Chunk", out: "_Writes", line: int, i: int, res) -> None:
        """Contact values of one admitted row; queued as an insert, an update or a list membership."""
        s, now = self.s, c.now
        tz_text = c.get["timezone"][i] if "timezone" in c.get else ""
        consent_text = c.get["consent"][i] if "consent" in c.get else ""
        attrs = None
        if res.alternatives or tz_text or consent_text:
            attrs = c.attributes(i)
        if res.alternatives:
            attrs["phone_alternatives"] = list(res.alternatives)
        name, first, last = row_names(c.get, i)
        tz, tz_source, zones = row_zone(tz_text, res, self.default_tz, attrs)
        consent = consent_of(consent_text) if consent_text else None
        if consent_text and consent is None:
            attrs["consent_text"] = consent_text  # type: ignore[index]
        values = {
            "e164": res.e164,
            "phone_raw": res.raw,
            "phone_extension": res.extension,
            "name": name or None,
            "first_name": first or None,
            "last_name": last or None,
            "email": (c.get["email"][i] or None) if "email" in c.get else None,
            "company": (c.get["company"][i] or None) if "company" in c.get else None,
            "title": (c.get["title"][i] or None) if "title" in c.get else None,
            "timezone": tz,
            "timezone_source": tz_source,
            "region": res.region,
            "consent": consent,
            "timezones": zones,
            "state": row_state(c.extra, c.stripped, i),
        }
        found = c.existing.get(res.e164)
        if found is not None:
            cid, old_consent = found
            if self.update:
                s.updated += 1
                out.updates.append((values, attrs if attrs is not None else c.attributes(i), cid))
                if consent and consent != old_consent:
                    out.consents.append((cid, 1 if consent == "granted" else 0, f"import:{self.source}", now))
            else:
                s.duplicates += 1
            out.members.append((self.list_id, cid, self.source, line, now, self.s.import_id))
            return
        s.imported += 1
        cid = self.next_id
        self.next_id += 1
        out.inserts.append(
            (
                cid,
                res.e164,
                res.raw,
                res.extension,
                values["name"],
                values["first_name"],
                values["last_name"],
                values["email"],
                values["company"],
                values["title"],
                tz,
                tz_source,
                res.region,
                consent,
                self.enc.encode(attrs) if attrs is not None else c.attributes_json(i),
                now,
                now,
                zones,
                values["state"],
                self.s.import_id,
            )
        )
        out.members.append((self.list_id, cid, self.source, line, now, self.s.import_id))
        if consent:
            out.consents.append((cid, 1 if consent == "granted" else 0, f"import:{self.source}", now))

    def _reject_ragged(self, columns: list[str]) -> None:
        """Reject the rows read so far that have more cells than the header (invalid, with line)."""
        s, width = self.s, len(columns)
        self.width = width
        phone_at = columns.index(s.columns["phone"])
        for line, cells, reason in self.ragged:
            s.rows += 1
            s.invalid += 1
            self.ragged_rows += 1
            self.first_reasons[reason] = self.first_reasons.get(reason, 0) + 1
            s.rejects.append(
                Reject(
                    line,
                    reason,
                    cells[phone_at].strip() if len(cells) > phone_at else "",
                    {c: v.strip() for c, v in zip(columns, cells)},
                    cells[width:],
                )
            )
        self.ragged.clear()

    def _reject(self, line, reason, phone, stripped, columns, i) -> None:
        self.s.rejects.append(Reject(line, reason, phone, {c: stripped[c][i] for c in columns}))

    def _existing(self, sql: str, values: set[str]) -> set[str]:
        if not values:
            return set()
        return {r[0] for r in self.db.execute(sql, [json.dumps(list(values))]).fetchall()}

    def _existing_contacts(self, values: set[str]) -> dict[str, tuple[int, str | None]]:
        if not values:
            return {}
        rows = self.db.execute(
            "SELECT e164, id, consent FROM contacts WHERE e164 IN (SELECT value FROM json_each(?))",
            [json.dumps(list(values))],
        ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def _write(self, inserts, members, consents, updates, now) -> None:
        db = self.db
        if inserts:
            db.conn.executemany(
                f"INSERT INTO contacts ({', '.join(_CONTACT_COLS)}) VALUES ({', '.join('?' * len(_CONTACT_COLS))})",
                inserts,
            )
        for values, attrs, cid in updates:
            if values["timezone_source"] == "list-default":  # keep a zone the contact already has
                values = {**values, "timezone": None, "timezone_source": None}
            sets = [f"{k} = COALESCE(?, {k})" for k in values if k != "e164"]
            params = [v for k, v in values.items() if k != "e164"]
            db.execute(
                f"UPDATE contacts SET {', '.join(sets)}, attributes = json_patch(attributes, ?), updated_at = ? WHERE id = ?",
                params + [self.enc.encode(attrs), now, cid],
            )
        if members:
            cur = db.conn.executemany(
                "INSERT OR IGNORE INTO list_members (list_id, contact_id, source_file, source_line, added_at, import_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                members,
            )
            self.s.added_to_list += max(0, cur.rowcount) - sum(1 for _ in inserts) if cur.rowcount >= 0 else 0
        if consents:
            db.conn.executemany(
                "INSERT INTO consents (contact_id, granted, channel, source, recorded_at) VALUES (?, ?, 'voice', ?, ?)",
                consents,
            )
