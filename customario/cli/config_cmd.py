"""`customario config show`."""

from __future__ import annotations

import typer

from customario.cli._common import JsonOpt, state


def register(app: typer.Typer) -> None:
    sub = typer.Typer(
        help="Show the resolved configuration (flag > env > customario.yaml > default).", no_args_is_help=True
    )

    @sub.command("show")
    def show(ctx: typer.Context, json_: JsonOpt = False) -> None:
        """Print every setting with secrets redacted.

        Example: `customario config show --json`
        """
        from customario.render.tables import emit_record

        emit_record(state(ctx).settings.redacted(), "json" if json_ else "table")

    app.add_typer(sub, name="config")
