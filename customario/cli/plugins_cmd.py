"""`customario plugins`."""

from __future__ import annotations

from pathlib import Path

import typer

from customario.cli._common import JsonOpt, state


def register(app: typer.Typer) -> None:
    @app.command("plugins")
    def plugins(ctx: typer.Context, json_: JsonOpt = False) -> None:
        """List plug-ins: where they come from, what they register, and any that are broken (with why).

        Calls every registration hook and applies the plug-ins' migrations (to the database, or to a
        scratch in-memory one when the file does not exist yet), so an import, registration or
        migration failure shows up here.

        Example: `customario plugins --json`
        """
        from customario.cli.app import check_command_names
        from customario.render.tables import emit_rows, status

        st = state(ctx)
        registry = st.plugins.collect_all()
        check_command_names(registry, set(ctx.find_root().command.commands))
        if Path(st.settings.db).expanduser().exists():
            _ = st.db  # opening applies pending migrations; a failing plug-in set marks its plug-in broken
        else:
            _trial_migrations(registry)
        rows = [p.summary() for p in registry.modules]
        emit_rows(
            rows,
            "json" if json_ else "table",
            [
                "name",
                "source",
                "status",
                "definitions",
                "tools",
                "policies",
                "commands",
                "evaluators",
                "migrations",
                "error",
            ],
        )
        if not json_ and registry.broken:
            status(
                f"{len(registry.broken)} broken plug-in(s): their tools, commands, evaluators and tables are not used."
            )


def _trial_migrations(registry) -> None:
    """Apply every migration to a scratch in-memory database (no file is created), so a plug-in
    whose migration fails is reported before the first real database exists."""
    from sqlite_utils import Database

    from customario.store.db import apply_migrations

    scratch = Database(memory=True)
    try:
        apply_migrations(scratch, plugins=registry)
    finally:
        scratch.close()
