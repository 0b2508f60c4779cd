"""The store: one SQLite file opened only through :func:`open_db`.

Every connection gets WAL journaling, ``foreign_keys=ON`` and a busy timeout so that cron jobs,
agent workers and the CLI can share the file. Migrations are ``sqlite_utils.Migrations`` sets: the
core sets listed in :data:`CORE_MIGRATION_SETS`, then one set per plug-in that registers one. The
plug-ins are handed in by the caller (``plugins=``, a :class:`customario.plugins.manager.Plugins`
or anything with ``migration_sets()`` and ``mark_broken()``): the store never loads plug-in code
itself. A failing plug-in set disables that plug-in only; a failing core set is an error.
Times are stored as UTC ISO-8601 text (``utc_now()``); money as integer cents.
"""

from __future__ import annotations

import contextlib
import importlib
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils
from sqlite_utils import Database, Migrations

from customario.errors import ConfigError, CustomarioError

# Waiting for another writer (issue 16). Every statement waits up to BUSY_TIMEOUT_MS while the
# database is locked (SQLite's busy handler retries with back-off: 1 ms growing to 100 ms between
# tries). A write transaction started with immediate() retries BEGIN IMMEDIATE on top of that, with
# back-off (50 ms doubling to 1 s between rounds), for up to WRITE_WAIT_S in total; then LockedError
# (exit 75, one line). Long writers (lead imports) commit in short batches, so waits stay far below.
BUSY_TIMEOUT_MS = 10_000
WRITE_WAIT_S = 60.0

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
    plugins: Any = None,
    create_parent: bool = True,
    check: bool = True,
) -> Database:
    """Open (creating if needed) the SQLite store at ``path`` and apply pending migrations.

    The core sets first, then the sets of ``plugins`` (see module docstring), then ``extra_sets``.
    ``create_parent=False`` refuses a missing folder instead of creating it (a path the user typed).
    ``check`` refuses a database from a newer customario or another application before anything is
    written (see customario.store.schema); only schema-agnostic commands (status, backup) pass
    False. Raises ConfigError (exit 3) when the path cannot hold a database or the file is not a
    usable one, and CustomarioError when a core migration fails.
    """
    from customario.store import schema

    if str(path) != ":memory:":
        schema.check_db_path(Path(path).expanduser(), create_parent=create_parent)
    path = Path(path).expanduser()
    if str(path) != ":memory:":
        from customario.private import create_private_file

        # SQLite would create the file 0644; its WAL and SHM files take the database file's mode.
        create_private_file(path)
    try:
        db = Database(path)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if check:
            schema.check_compatible(db, all_migration_sets(extra_sets, plugins), path)
        configure(db)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise ConfigError(
                f"{path} is not a SQLite database", "Check --db / CUSTOMARIO_DB points at a customario database"
            ) from None
        raise ConfigError(
            f"{path} cannot be used as a SQLite database ({exc})",
            "Check --db / CUSTOMARIO_DB points at a customario database",
        ) from None
    if migrate and apply_migrations(db, extra_sets=extra_sets, plugins=plugins):
        schema.record_version(db, utc_now())
    return db


def all_migration_sets(extra_sets: Iterable[Migrations] | None = None, plugins: Any = None) -> list[Migrations]:
    """Core sets, then the healthy plug-ins' sets, then ``extra_sets``."""
    plugin_sets = [m for _, m in plugins.migration_sets()] if plugins is not None else []
    return [*core_migration_sets(), *plugin_sets, *(extra_sets or [])]


def _apply_set(db: Database, mset: Migrations) -> list[str]:
    pending = [m.name for m in mset.pending(db)]
    if not pending:
        return []
    with _write_lock(db):
        # Re-check under the lock: another process may have migrated meanwhile.
        pending = [m.name for m in mset.pending(db)]
        if pending:
            mset.apply(db)
    return [f"{mset.name}:{n}" for n in pending]


def apply_migrations(db: Database, *, extra_sets: Iterable[Migrations] | None = None, plugins: Any = None) -> list[str]:
    """Apply every pending migration; returns ``["set:name", ...]`` of those applied now.

    A core or ``extra_sets`` migration that fails raises CustomarioError naming it (the file is
    left as the last good migration left it). A plug-in set that fails is rolled back migration by
    migration (each runs in its own transaction), reported with ``plugins.mark_broken`` and skipped.
    """
    applied: list[str] = []
    for mset in core_migration_sets():
        applied += _apply_core(db, mset)
    for owner, mset in plugins.migration_sets() if plugins is not None else []:
        try:
            applied += _apply_set(db, mset)
        except Exception as exc:  # one plug-in's bad migration never breaks the store
            if db.conn.in_transaction:
                db.conn.rollback()
            plugins.mark_broken(owner, f"migration set {mset.name} failed: {type(exc).__name__}: {exc}")
    for mset in extra_sets or []:
        applied += _apply_core(db, mset)
    return applied


def _apply_core(db: Database, mset: Migrations) -> list[str]:
    try:
        return _apply_set(db, mset)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise ConfigError(
                f"the file cannot be used as a SQLite database ({exc})",
                "Check --db / CUSTOMARIO_DB points at a customario database",
            ) from None
        raise CustomarioError(
            f"migration set {mset.name} could not be applied ({type(exc).__name__}: {exc})",
            "Restore the database from a backup (`customario db backup` makes one) or report this bug",
        ) from None


@contextlib.contextmanager
def _write_lock(db: Database) -> Iterator[None]:
    """Serialise migrations across processes with an advisory lock file next to the database."""
    filename = db.execute("PRAGMA database_list").fetchone()[2]
    if not filename:
        yield
        return
    import fcntl

    from customario.private import private_opener

    with open(filename + ".migrate.lock", "a", opener=private_opener) as fh:
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
    begin_immediate(db)
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def _is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def begin_immediate(db: Database, wait_s: float | None = None) -> float:
    """``BEGIN IMMEDIATE``, retried with back-off while another process holds the write lock, for up
    to ``wait_s`` seconds (default WRITE_WAIT_S). Returns the seconds waited. Raises LockedError
    (exit 75) when the lock stays taken; other SQLite errors propagate."""
    import time

    from customario.errors import LockedError

    limit = WRITE_WAIT_S if wait_s is None else wait_s
    started = time.monotonic()
    delay = 0.05
    while True:
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            return time.monotonic() - started
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise
            waited = time.monotonic() - started
            if waited + delay > limit:
                raise LockedError(
                    f"the database stayed busy for {waited:.0f} s (another process kept writing)",
                    "Run the command again later; see docs/database.md#several-writers",
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def migration_status(db: Database, plugins: Any = None) -> list[dict]:
    """One row per known migration: ``{"set", "name", "applied_at"}`` (``applied_at`` None if pending),
    core sets first, then the sets of ``plugins``."""
    sets = core_migration_sets() + [m for _, m in (plugins.migration_sets() if plugins is not None else [])]
    rows = []
    for mset in sets:
        applied = {m.name: m.applied_at for m in mset.applied(db)}
        for m in mset._migrations:
            rows.append({"set": mset.name, "name": m.name, "applied_at": applied.get(m.name)})
    return rows


def backup(db: Database, target: str | Path) -> Path:
    """Write a consistent copy of the database to ``target`` with ``VACUUM INTO`` (created 0600).

    Raises ConfigError (exit 3) if ``target`` exists (never overwrite a backup silently) or cannot
    be created (see customario.render.outputs.check_output_path).
    """
    from customario.private import create_private_file
    from customario.render.outputs import check_output_path

    target = check_output_path(target, what="backup", overwrite=False)
    created = False
    try:
        created = create_private_file(target)  # 0600; VACUUM INTO accepts an empty file
        db.execute("VACUUM INTO ?", [str(target)])
    except OSError as exc:
        raise ConfigError(
            f"cannot write the backup {target} ({exc.strerror or exc})", "Choose another backup path"
        ) from None
    except sqlite3.OperationalError as exc:
        if created:
            with contextlib.suppress(OSError):
                target.unlink()
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
    "begin_immediate",
    "utc_now",
    "apply_migrations",
    "migration_status",
    "backup",
    "json_col",
    "sqlite_utils",
]
