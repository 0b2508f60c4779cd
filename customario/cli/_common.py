"""Shared CLI plumbing: the per-invocation state (settings, database) and the output options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Optional

import typer

from customario.errors import UsageError

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON with stable keys on stdout.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="Print newline-delimited JSON, one object per line.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV on stdout.")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", min=1, help="Process or show at most N items.")]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="Show what would happen; write nothing.")]


def output_format(json_: bool = False, nl: bool = False, csv_: bool = False) -> str:
    """Map the three output flags to one format name; raises UsageError if more than one is set."""
    chosen = [name for name, on in (("json", json_), ("nl", nl), ("csv", csv_)) if on]
    if len(chosen) > 1:
        raise UsageError(
            f"choose one output format, not {' and '.join('--' + c for c in chosen)}",
            "Pass only one of --json, --nl, --csv",
        )
    return chosen[0] if chosen else "table"


@dataclass
class AppState:
    """Global options of one invocation; settings and database are opened on first use."""

    db_flag: str | None = None
    config_flag: str | None = None
    env_file_flag: str | None = None
    verbose: int = 0
    overrides: dict[str, Any] = field(default_factory=dict)
    _settings: Any = None
    _db: Any = None

    @property
    def settings(self):
        if self._settings is None:
            from customario.config import load_settings

            self._settings = load_settings(
                config=self.config_flag, env_file=self.env_file_flag, db=self.db_flag, **self.overrides
            )
        return self._settings

    @property
    def plugins(self):
        """The plug-ins for these settings (installed ones plus the trusted campaigns folder)."""
        from customario.plugins.manager import discover

        return discover(self.settings.campaigns_dir)

    @property
    def db(self):
        if self._db is None:
            from customario.store.db import open_db

            self._db = open_db(self.db_path, create_parent=self.db_is_default, plugins=self.plugins)
        return self._db

    @property
    def db_path(self) -> str:
        """The database path; an explicitly empty ``--db ''`` is a ConfigError (exit 3)."""
        if self.db_flag is not None and not self.db_flag.strip():
            from customario.errors import ConfigError

            raise ConfigError("--db is empty", "Pass --db FILE, or leave it out to use CUSTOMARIO_DB or the default")
        return self.settings.db

    @property
    def db_is_default(self) -> bool:
        """True when no --db, CUSTOMARIO_DB or config value chose the path (its folder may be created)."""
        from customario.config import _default_db_path

        return self.settings.db == _default_db_path()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def state(ctx: typer.Context) -> AppState:
    """The AppState of the root context (created by the root callback)."""
    root = ctx.find_root()
    if not isinstance(root.obj, AppState):
        root.obj = AppState()
    return root.obj
