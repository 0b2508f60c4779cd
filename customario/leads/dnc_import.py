"""Bulk DNC: add numbers typed by a person or read from a file, in one transaction.

Numbers are normalised exactly as lead imports do (customario.leads.phones); a file needs a phone
column (same header aliases and ``--map`` as ``leads import``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.leads.dnc import INSERT_SQL as _SQL
from customario.errors import InputDataError
from customario.leads.import_report import Reject
from customario.leads.reader import inspect_file, read_chunks, resolve_columns
from customario.leads.phones import PhoneNormalizer


@dataclass
class DncImportSummary:
    """``rows`` = added + already + duplicates + invalid."""

    rows: int = 0
    added: int = 0
    already: int = 0
    duplicates: int = 0
    invalid: int = 0
    rejects: list[Reject] = field(default_factory=list)
    dry_run: bool = False

    def to_dict(self) -> dict:
        data = asdict(self)
        data["rejects"] = [{"line": r.line, "reason": r.reason} for r in self.rejects]
        return data


def add_numbers(
    db: Database,
    numbers: list[str],
    *,
    reason: str = "manual",
    source: str | None = None,
    region: str = "US",
    dry_run: bool = False,
) -> list[dict]:
    """Normalise every number first (InputDataError naming the first bad one, nothing written),
    then add them in one transaction. Returns ``[{"input", "e164", "added"}]``."""
    norm = PhoneNormalizer(region)
    results = []
    for raw in numbers:
        res = norm(raw)
        if not res.valid:
            raise InputDataError(
                f"{raw!r} is not a usable phone number ({res.reason})",
                "Write it with its country code, e.g. +1 415 555 0123; nothing was added",
            )
        results.append({"input": raw, "e164": res.e164, "added": False})
    if dry_run:
        for r in results:
            r["added"] = db.execute("SELECT 1 FROM dnc WHERE e164 = ?", [r["e164"]]).fetchone() is None
        return results
    now = utc_now()
    with immediate(db):
        for r in results:
            r["added"] = db.execute(_SQL, [r["e164"], reason, source, None, now]).rowcount == 1
    return results


def import_dnc(
    db: Database,
    path: str | Path,
    *,
    region: str = "US",
    reason: str = "imported",
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
) -> DncImportSummary:
    """Add every valid number in the file at ``path`` to the DNC list (one transaction).

    Invalid cells are counted and listed in ``rejects`` with their line; a file where no number
    is valid raises InputDataError and changes nothing.
    """
    norm = PhoneNormalizer(region)
    info = inspect_file(path)
    s = DncImportSummary(dry_run=dry_run)
    seen: set[str] = set()
    batch: list[str] = []
    for df, lines in read_chunks(info):
        col = resolve_columns(info.columns, mapping, str(path))["phone"]
        for cell, line in zip(df[col].tolist(), lines):
            if not cell.strip():
                continue
            s.rows += 1
            res = norm(cell)
            if not res.valid:
                s.invalid += 1
                s.rejects.append(Reject(line, res.reason or "invalid", cell))
            elif res.e164 in seen:
                s.duplicates += 1
            else:
                seen.add(res.e164)
                batch.append(res.e164)
    if s.rows == 0 or s.invalid == s.rows:
        raise InputDataError(
            f"no valid phone number in {path} ({s.rows} row(s))",
            "Check the phone column (--map COLUMN=phone) and --region; nothing was added",
        )
    now, source = utc_now(), f"import:{path}"
    if dry_run:
        existing = {r[0] for r in db.execute("SELECT e164 FROM dnc")} if batch else set()
        s.already = sum(1 for e in batch if e in existing)
        s.added = len(batch) - s.already
        return s
    with immediate(db):
        cur = db.conn.executemany(_SQL, [(e, reason, source, None, now) for e in batch])
        s.added = cur.rowcount
        s.already = len(batch) - s.added
    return s
