"""The store: one SQLite file opened only through :func:`open_db`.

Every connection gets WAL journaling, ``foreign_keys=ON`` and a busy timeout so that cron jobs,
agent workers and the CLI can share the file. Migrations are ``sqlite_utils.Migrations`` sets: the
core sets listed in :data:`CORE_MIGRATION_SETS`, then one set per campaign module that declares one.
Times are stored as UTC ISO-8601 text (``utc_now()``); money as integer cents.
"""

from __future__ import annotations

import contextlib
import importlib
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import sqlite_utils
from sqlite_utils import Database, Migrations

from customario.errors import ConfigError

BUSY_TIMEOUT_MS = 10_000

# Module paths of the core migration sets, applied in this order. Each module defines
# ``migrations = sqlite_utils.Migrations("customario.<name>")``.
CORE_MIGRATION_SETS = (
    "customario.store.migrations.core",
    "customario.store.migrations.evaluation",
    "customario.store.migrations.dialer",
    "customario.store.migrations.supervisor",
    "customario.store.migrations.channels",
    "customario.store.migrations.web",
)


def utc_now() -> str:
    """Current UTC time as ISO-8601 with microseconds and ``+00:00``, the store's time format."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def core_migration_sets() -> list[Migrations]:
    """The core ``Migrations`` objects in application order."""
    return [importlib.import_module(name).migrations for name in CORE_MIGRATION_SETS]


def _plugin_migration_sets() -> list[Migrations]:
    from customario.plugins.manager import discover

    return [m.migrations for m in discover().modules if m.migrations is not None]


def configure(db: Database) -> Database:
    """Apply connection pragmas: busy timeout, foreign keys, WAL (outside any transaction)."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if not db.memory:
        if db.conn.in_transaction:
            db.conn.commit()
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
    return db


def open_db(
    path: str | Path,
    *,
    migrate: bool = True,
    extra_sets: Iterable[Migrations] | None = None,
    include_plugins: bool = True,
    create_parent: bool = True,
    check: bool = True,
) -> Database:
    """Open (creating if needed) the SQLite store at ``path`` and apply pending migrations.

    ``extra_sets`` are applied after the core and plug-in sets. ``create_parent=False`` refuses a
    missing folder instead of creating it (a path the user typed). ``check`` refuses a database
    from a newer customario or another application before anything is written (see
    customario.store.schema); only schema-agnostic commands (status, backup) pass False. Raises
    ConfigError (exit 3) when the path cannot hold a database or the file is not a usable one.
    """
    from customario.store import schema

    if str(path) != ":memory:":
        schema.check_db_path(Path(path).expanduser(), create_parent=create_parent)
    path = Path(path).expanduser()
    try:
        db = Database(path)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if check:
            schema.check_compatible(db, all_migration_sets(extra_sets, include_plugins), path)
        configure(db)
        if migrate and apply_migrations(db, extra_sets=extra_sets, include_plugins=include_plugins):
            schema.record_version(db)
    except sqlite3.DatabaseError as exc:
        raise ConfigError(
            f"{path} cannot be used as a SQLite database ({exc})",
            "Check --db / CUSTOMARIO_DB points at a customario database",
        ) from None
    return db


def all_migration_sets(extra_sets: Iterable[Migrations] | None = None, include_plugins: bool = True) -> list[Migrations]:
    sets = core_migration_sets()
    if include_plugins:
        sets += _plugin_migration_sets()
    sets += list(extra_sets or [])
    return sets


def apply_migrations(db: Database, *, extra_sets: Iterable[Migrations] | None = None, include_plugins: bool = True) -> list[str]:
    """Apply every pending migration; returns ``["set:name", ...]`` of those applied now."""
    applied: list[str] = []
    for mset in all_migration_sets(extra_sets, include_plugins):
        pending = [m.name for m in mset.pending(db)]
        if pending:
            with _write_lock(db):
                # Re-check under the lock: another process may have migrated meanwhile.
                pending = [m.name for m in mset.pending(db)]
                if pending:
                    mset.apply(db)
                    applied += [f"{mset.name}:{n}" for n in pending]
    return applied


@contextlib.contextmanager
def _write_lock(db: Database) -> Iterator[None]:
    """Serialise migrations across processes with an advisory lock file next to the database."""
    filename = db.execute("PRAGMA database_list").fetchone()[2]
    if not filename:
        yield
        return
    import fcntl

    with open(filename + ".migrate.lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextlib.contextmanager
def immediate(db: Database) -> Iterator[Database]:
    """A write transaction that takes SQLite's write lock at once (``BEGIN IMMEDIATE``).

    Use it for read-then-write sequences that must not interleave across processes (claims,
    idempotent inserts). Commits on success, rolls back on any exception.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def migration_status(db: Database) -> list[dict]:
    """One row per known migration: ``{"set", "name", "applied_at"}`` (``applied_at`` None if pending)."""
    rows = []
    for mset in all_migration_sets():
        applied = {m.name: m.applied_at for m in mset.applied(db)}
        for m in mset._migrations:
            rows.append({"set": mset.name, "name": m.name, "applied_at": applied.get(m.name)})
    return rows


def backup(db: Database, target: str | Path) -> Path:
    """Write a consistent copy of the database to ``target`` with ``VACUUM INTO``.

    Raises ConfigError (exit 3) if ``target`` exists (never overwrite a backup silently) or cannot
    be created (see customario.render.outputs.check_output_path).
    """
    from customario.render.outputs import check_output_path

    target = check_output_path(target, what="backup", overwrite=False)
    try:
        db.execute("VACUUM INTO ?", [str(target)])
    except sqlite3.OperationalError as exc:
        raise ConfigError(f"cannot write the backup {target} ({exc})", "Choose another backup path") from None
    return target


def json_col(value) -> str:
    """Serialise a value for a JSON text column (compact, UTF-8, stable key order)."""
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


__all__ = [
    "Database",
    "open_db",
    "immediate",
    "utc_now",
    "apply_migrations",
    "migration_status",
    "backup",
    "json_col",
    "sqlite_utils",
]
