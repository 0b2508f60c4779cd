"""Is this file a customario database this version may use? Checked on every open (issue 15).

- :func:`check_db_path` refuses, before SQLite touches anything: an empty path, a folder, a
  special file (a FIFO would block forever), a path under a regular file, a missing folder (unless
  the caller creates the default location); a file without SQLite's header is refused by SQLite's
  first read in ``open_db`` (never by opening the file here: that would drop the process's locks).
- :func:`check_compatible` refuses a database written by a newer customario: one with migrations
  this version does not know in a set it does know (core or an installed campaign module), or an
  unknown ``customario.*`` set. Sets of modules not installed here are none of our business. It also
  refuses another application's database (tables, but no customario migrations).
- :func:`record_version` stores which customario version created and last migrated the file in
  ``_customario_meta`` (written only when migrations are applied, so reads never write).

Every refusal is a ConfigError (exit 3) that says how to fix it; nothing is written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable

from customario.errors import ConfigError

SQLITE_HEADER = b"SQLite format 3\x00"  # what SQLite checks on its first read
META_TABLE = "_customario_meta"
_HINT = "Check --db / CUSTOMARIO_DB points at a customario database"


def check_db_path(path: Path, *, create_parent: bool) -> None:
    """Refuse a path that cannot hold a customario database; see the module doc."""
    text = str(path)
    if not text.strip():
        raise ConfigError("the database path is empty", "Pass --db FILE or unset an empty CUSTOMARIO_DB")
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        st = None
    except OSError as exc:
        raise ConfigError(f"cannot use {path} as the database ({exc.strerror or exc})", _HINT) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise ConfigError(
                f"the database path {path} is a folder",
                "Pass --db with a file name, e.g. " + str(path / "customario.db"),
            )
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError(f"the database path {path} is not a regular file (a pipe or device)", _HINT)
        # The header is NOT read here with open(): closing any other descriptor of a database file
        # drops every POSIX lock this process holds on it, so a process that already has the file
        # open (the web server, a worker thread) would lose its locks and could read a stale or
        # checkpointed-away WAL (SQLite, "How To Corrupt An SQLite Database File", 2.2). SQLite
        # itself refuses a file without its header on the first read: open_db reports that as
        # "is not a SQLite database".
        return
    parent = path.parent
    if parent.is_dir():
        if not os.access(parent, os.W_OK | os.X_OK):
            raise ConfigError(
                f"cannot create the database in folder {parent} (permission denied)", "Pick another --db path"
            )
        return
    for anc in path.parents:
        if anc.exists() and not anc.is_dir():
            raise ConfigError(
                f"{anc} is a file, so the database {path} cannot be created under it", "Pick another --db path"
            )
    if not create_parent:
        raise ConfigError(
            f"the folder {parent} of the database does not exist",
            f"Create it first (mkdir -p {parent}) or pick another --db path",
        )
    try:
        from customario.private import make_private_dirs

        make_private_dirs(parent)  # 0700: the database holds personal data
    except OSError as exc:
        raise ConfigError(
            f"cannot create the folder for database {path}: {exc.strerror}", "Pick another --db path"
        ) from None


def _user_tables(db) -> list[str]:
    return [
        r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]


def applied_migrations(db) -> list[tuple[str, str]]:
    """``[(set, name)]`` recorded in ``_sqlite_migrations`` (empty for a new database)."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        return []
    return [(r[0], r[1]) for r in db.execute("SELECT migration_set, name FROM _sqlite_migrations ORDER BY rowid")]


def unknown_migrations(db, sets: Iterable) -> list[str]:
    """``["set:name", ...]`` applied to ``db`` that this customario does not know (a newer version)."""
    known = {m.name: {x.name for x in m._migrations} for m in sets}
    out = []
    for set_name, name in applied_migrations(db):
        if set_name in known:
            if name not in known[set_name]:
                out.append(f"{set_name}:{name}")
        elif set_name.startswith("customario."):
            out.append(f"{set_name}:{name}")
    return out


def recorded_versions(db) -> dict[str, str]:
    """``{"created_by", "last_migrated_by", "last_migrated_at"}`` as far as recorded."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [META_TABLE]).fetchone():
        return {}
    return {r[0]: r[1] for r in db.execute(f"SELECT key, value FROM [{META_TABLE}]")}


def check_compatible(db, sets: Iterable, path: Path | str) -> None:
    """Refuse a database from a newer customario or another application (ConfigError, exit 3)."""
    from customario import __version__

    sets = list(sets)
    tables = _user_tables(db)
    applied = applied_migrations(db)
    if tables and not any(s.startswith("customario.") for s, _ in applied):
        raise ConfigError(
            f"{path} is another application's SQLite database (tables {', '.join(sorted(tables)[:3])}; "
            "no customario migrations)",
            "Pass --db with a new file or a customario database",
        )
    unknown = unknown_migrations(db, sets)
    if unknown:
        written = recorded_versions(db).get("last_migrated_by")
        by = f" (customario {written})" if written and written != __version__ else ""
        raise ConfigError(
            f"the database {path} was written by a newer customario{by}: migration(s) {', '.join(unknown[:3])} "
            f"are unknown to customario {__version__}",
            "Upgrade customario (pip install -U customario) or the campaign module that added them; "
            "nothing was changed",
        )


def record_version(db, now: str) -> None:
    """Remember which customario created and last migrated this file (called after migrating, with
    ``now`` the store's UTC ISO-8601 time; ``customario.store.db`` imports this module, not the
    other way round)."""
    from customario import __version__

    db.execute(f"CREATE TABLE IF NOT EXISTS [{META_TABLE}] (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(f"INSERT OR IGNORE INTO [{META_TABLE}] (key, value) VALUES ('created_by', ?)", [__version__])
    db.execute(f"INSERT OR REPLACE INTO [{META_TABLE}] (key, value) VALUES ('last_migrated_by', ?)", [__version__])
    db.execute(f"INSERT OR REPLACE INTO [{META_TABLE}] (key, value) VALUES ('last_migrated_at', ?)", [now])
    db.conn.commit()
