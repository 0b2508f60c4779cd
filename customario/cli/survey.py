"""`customario survey validate|add|list|show|run`."""

from __future__ import annotations

import typer

from customario.cli._definitions import add_definition_commands


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Surveys: campaigns of kind survey with typed questions.", no_args_is_help=True)
    add_definition_commands(sub, "survey", "survey")
    import importlib

    try:
        survey_run = importlib.import_module("customario.cli.survey_run")
    except ModuleNotFoundError as exc:
        if exc.name != "customario.cli.survey_run":
            raise
    else:
        survey_run.add_run_command(sub)
    app.add_typer(sub, name="survey")
