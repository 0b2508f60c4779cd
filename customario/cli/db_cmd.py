"""`customario db path|migrate|status|backup`."""

from __future__ import annotations

from typing import Annotated

import typer

from customario.cli._common import JsonOpt, state


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Database path, migrations, status and backups.", no_args_is_help=True)

    @sub.command("path")
    def path(ctx: typer.Context) -> None:
        """Print the database file path (--db > CUSTOMARIO_DB > config > app dir).

        Example: `customario db path`
        """
        typer.echo(state(ctx).settings.db)

    @sub.command("migrate")
    def migrate(
        ctx: typer.Context,
        list_: Annotated[
            bool, typer.Option("--list", help="List migrations and whether they are applied; change nothing.")
        ] = False,
        json_: JsonOpt = False,
    ) -> None:
        """Apply pending migrations (core, then each plug-in's set; a failing plug-in set is reported and skipped).

        Example: `customario db migrate --list`
        """
        from customario.store.db import apply_migrations, migration_status, open_db
        from customario.render.tables import emit_rows, status

        st = state(ctx)
        db = open_db(st.db_path, migrate=False, check=not list_, create_parent=st.db_is_default, plugins=st.plugins)
        try:
            if list_:
                emit_rows(migration_status(db, st.plugins), "json" if json_ else "table", ["set", "name", "applied_at"])
                return
            applied = apply_migrations(db, plugins=st.plugins)
            _warn_broken(st.plugins)
            if json_:
                from customario.render.tables import to_json

                typer.echo(to_json({"applied": applied}))
            else:
                status(f"Applied {len(applied)} migration(s)." if applied else "Database is up to date.")
        finally:
            db.close()

    @sub.command("status")
    def status_cmd(ctx: typer.Context, json_: JsonOpt = False) -> None:
        """Path, size, journal mode, pending and unknown migrations, versions and row counts per table.

        Works on a database from a newer customario too (it only reads), so you can see why other
        commands refuse it (`migrations_unknown`).

        Example: `customario db status --json`
        """
        import os

        from customario.store.db import all_migration_sets, migration_status, open_db
        from customario.store.schema import recorded_versions, unknown_migrations
        from customario.render.tables import emit_record

        st = state(ctx)
        db = open_db(st.db_path, migrate=False, check=False, create_parent=st.db_is_default)
        try:
            counts = {
                t: db.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0]
                for t in db.table_names()
                if not t.startswith(("_", "sqlite_")) and "_fts" not in t
            }
            rows = migration_status(db, st.plugins)
            record = {
                "path": st.settings.db,
                "size_bytes": os.path.getsize(st.settings.db) if os.path.exists(st.settings.db) else 0,
                "journal_mode": db.execute("PRAGMA journal_mode").fetchone()[0],
                "migrations_applied": sum(1 for r in rows if r["applied_at"]),
                "migrations_pending": [f"{r['set']}:{r['name']}" for r in rows if not r["applied_at"]],
                "migrations_unknown": unknown_migrations(db, all_migration_sets(plugins=st.plugins)),
                "written_by": recorded_versions(db),
                "tables": counts,
            }
            emit_record(record, "json" if json_ else "table")
        finally:
            db.close()

    @sub.command("backup")
    def backup_cmd(
        ctx: typer.Context, file: Annotated[str, typer.Argument(help="Backup file to create (must not exist).")]
    ) -> None:
        """Write a consistent copy of the database with VACUUM INTO (safe while others write).

        Example: `customario db backup backups/2026-11-21.db`
        """
        from customario.render.outputs import check_output_path
        from customario.store.db import backup
        from customario.render.tables import status

        from customario.store.db import open_db

        check_output_path(file, what="backup", overwrite=False)  # before the database is opened
        st = state(ctx)
        # VACUUM INTO copies pages whatever the schema: a backup of a newer database is allowed.
        db = open_db(st.db_path, migrate=False, check=False, create_parent=False)
        try:
            target = backup(db, file)
        finally:
            db.close()
        status(f"Backup written to {target}.")

    app.add_typer(sub, name="db")


def _warn_broken(plugins) -> None:
    from customario.render.tables import status

    for p in plugins.broken:
        if p.error and p.error.startswith("migration set"):
            status(f"Warning: plug-in {p.name} is disabled: {p.error}. See `customario plugins`.")
