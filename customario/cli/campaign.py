"""`customario campaign validate|add|list|show`."""

from __future__ import annotations

import typer

from customario.cli._definitions import add_definition_commands


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Validate, add, list and show campaign definitions (YAML).", no_args_is_help=True)
    add_definition_commands(sub, "campaign", None)
    app.add_typer(sub, name="campaign")
