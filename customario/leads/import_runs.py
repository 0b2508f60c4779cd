"""The ``imports`` row of a lead import across runs: resume an interrupted one, refuse while a live
process holds it, roll a failed one back.

An import writes in batches of :data:`IMPORT_BATCH_ROWS` rows; its ``imports`` row (status
``running``, the importing ``pid``, the last committed line) lets the same command, run again on
the same file and list, take over after a kill (:func:`find_resume`), and lets a failed import
undo every batch it committed (:func:`rollback_import`). Used by :mod:`customario.leads.importer`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from typing import TYPE_CHECKING

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.store.owners import pid_alive

if TYPE_CHECKING:
    from customario.leads.importer import ImportState

IMPORT_BATCH_ROWS = 5_000  # rows per write transaction: other writers wait at most one batch


def running_import(db: Database, list_id: int, sha256: str):
    """The newest ``running`` import of file ``sha256`` into list ``list_id`` as a row (id, pid, counts...,
    lines_done), else None."""
    return db.execute(
        "SELECT id, pid, rows, imported, updated, duplicates, invalid, dnc_suppressed, lines_done FROM imports"
        " WHERE list_id = ? AND sha256 = ? AND status = 'running' ORDER BY id DESC LIMIT 1",
        [list_id, sha256],
    ).fetchone()


def refuse_live(pid: int | None, list_name: str) -> None:
    """Raise LockedError (exit 75) when ``pid`` is another live process on this host."""
    import os

    from customario.errors import LockedError

    if pid is not None and pid != os.getpid() and pid_alive(pid):
        raise LockedError(
            f"another process (pid {pid}) is importing this file into list {list_name!r}",
            "Wait for it to finish; run the command again afterwards if it was stopped",
        )


def find_resume(state: "ImportState", info, list_name: str) -> None:
    """Before anything is written: take over an interrupted import of the same file (same SHA-256)
    into the same list, if there is one. Its counts are restored, the numbers it stored are marked
    seen and reading resumes after its last committed line. Raises LockedError (exit 75) when a
    live process is importing that file into that list right now. Reads only."""
    db, s = state.db, state.s
    row = db.execute("SELECT id FROM lists WHERE name = ?", [list_name]).fetchone()
    prior = running_import(db, row[0], info.sha256) if row else None
    if prior is None:
        return
    refuse_live(prior[1], list_name)
    state.list_id = s.list_id = row[0]
    s.import_id = prior[0]
    s.rows, s.imported, s.updated, s.duplicates, s.invalid, s.dnc_suppressed = prior[2:8]
    state.resume_after = s.resumed_after_line = prior[8]
    state.seen.update(
        db.execute(
            "SELECT c.e164, m.source_line FROM list_members m JOIN contacts c ON c.id = m.contact_id"
            " WHERE m.list_id = ? AND m.import_id = ?",
            [state.list_id, s.import_id],
        ).fetchall()
    )


def rollback_import(db: Database, import_id: int | None, list_id: int | None) -> None:
    """Undo what import ``import_id`` committed: its list memberships, the contacts it created
    (except any another writer has referenced meanwhile, e.g. a call already placed) and its
    ``imports`` row, in batches of IMPORT_BATCH_ROWS so other writers keep their turn. Values an
    ``--on-duplicate update`` import wrote into existing contacts stay (a re-run writes the same)."""
    if import_id is None:
        return
    if db.conn.in_transaction:
        db.conn.rollback()
    refs = " AND ".join(
        f"NOT EXISTS (SELECT 1 FROM {t} x WHERE x.contact_id = contacts.id)" for t in _contact_referrers(db)
    )
    while True:
        with immediate(db):
            ids = [
                r[0]
                for r in db.execute(
                    "SELECT contact_id FROM list_members WHERE list_id = ? AND import_id = ? LIMIT ?",
                    [list_id, import_id, IMPORT_BATCH_ROWS],
                )
            ]
            if not ids:
                row = db.execute("SELECT started_at FROM imports WHERE id = ?", [import_id]).fetchone()
                db.execute("DELETE FROM imports WHERE id = ?", [import_id])
                if row is not None:  # a list this import created, still empty and unused, goes too
                    with contextlib.suppress(sqlite3.IntegrityError):
                        db.execute(
                            "DELETE FROM lists WHERE id = ? AND created_at >= ?"
                            " AND NOT EXISTS (SELECT 1 FROM list_members WHERE list_id = lists.id)"
                            " AND NOT EXISTS (SELECT 1 FROM imports WHERE list_id = lists.id)",
                            [list_id, row[0]],
                        )
                return
            marks = ",".join("?" * len(ids))
            db.execute(f"DELETE FROM list_members WHERE list_id = ? AND contact_id IN ({marks})", [list_id, *ids])
            db.execute(
                f"DELETE FROM contacts WHERE import_id = ? AND id IN ({marks})"
                + (f" AND {refs}" if refs else "")
                + " AND NOT EXISTS (SELECT 1 FROM list_members lm"
                " WHERE lm.contact_id = contacts.id)",
                [import_id, *ids],
            )


def _contact_referrers(db: Database) -> list[str]:
    """Tables with a ``contact_id`` column whose foreign key does not cascade (calls, payments...)."""
    out = []
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        for fk in db.execute(f"PRAGMA foreign_key_list({json.dumps(name)})"):
            if fk[2] == "contacts" and fk[3] == "contact_id" and str(fk[6]).upper() != "CASCADE":
                out.append(json.dumps(name))
    return out


def ensure_list(db: Database, name: str, default_timezone: str, region: str, now: str | None = None) -> int:
    """The id of list ``name``, created (inside the caller's transaction) when missing."""
    row = db.execute("SELECT id FROM lists WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return db.execute(
        "INSERT INTO lists (name, default_timezone, region, created_at) VALUES (?, ?, ?, ?)",
        [name, default_timezone, region, now or utc_now()],
    ).lastrowid
