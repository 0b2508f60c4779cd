"""The Typer application, built by :func:`build_app` (no import-time side effects).

Error mapping happens in one place, :class:`CustomarioGroup.invoke`: a CustomarioError becomes
``Error: <what happened>. <how to fix it>`` on stderr and its exit code; Ctrl-C exits 130.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from customario.errors import CustomarioError, ExitCode

# (module under customario.cli, command-group name or None for top-level commands, help)
COMMAND_MODULES: tuple[tuple[str, Optional[str], str], ...] = (
    ("config_cmd", "config", "Show the resolved configuration."),
    ("db_cmd", "db", "Database path, migrations, status and backups."),
    ("leads", "leads", "Import, list and export leads (contacts)."),
    ("dnc", "dnc", "The do-not-call list."),
    ("campaign", "campaign", "Validate, add, list and show campaign definitions."),
    ("survey", "survey", "Validate, add, list, show and run surveys."),
    ("plugins_cmd", None, "Campaign modules."),
    ("conversation_cmd", None, "console, simulate, quickstart."),
    ("calls", "calls", "Calls and transcripts."),
    ("evaluate_cmd", None, "evaluate, insights, export."),
    ("payments", "payments", "Participant payments ledger."),
    ("dial_cmd", None, "dial, agent, trunk, token, monitor, doctor."),
    ("supervisor", "supervisor", "Help requests and supervisors."),
    ("kb", "kb", "Knowledge base."),
    ("followups", "followups", "Follow-ups queued for callbacks."),
    ("customers", "customers", "Customers across channels and their timelines."),
    ("channels_cmd", None, "inbound sms|email|process, outbox."),
    ("web_cmd", None, "serve: the web face (API, widget, supervisor dashboard, webhooks)."),
)


class CustomarioGroup(TyperGroup):
    """Root group: maps our exceptions to exit codes, once, for every sub-command."""

    def invoke(self, ctx):  # noqa: D401 - click API
        try:
            return super().invoke(ctx)
        except CustomarioError as exc:
            typer.echo(f"Error: {exc.render()}", err=True)
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        finally:
            obj = ctx.obj
            if obj is not None and hasattr(obj, "close"):
                obj.close()


def _print_version(value: bool) -> None:
    if value:
        from customario import __version__

        typer.echo(f"customario {__version__}")
        raise typer.Exit()


def _root_callback(
    ctx: typer.Context,
    db: Annotated[Optional[str], typer.Option("--db", envvar="CUSTOMARIO_DB", help="SQLite database file.", show_envvar=True)] = None,
    config: Annotated[Optional[str], typer.Option("--config", help="Config file (default: ./customario.yaml).")] = None,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output on stderr (-vv for debug).")] = 0,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", is_eager=True, callback=_print_version)] = False,
) -> None:
    """customario: AI voice campaigns from one CLI, all state in one SQLite file.

    Example: `customario quickstart`
    """
    from customario.cli._common import AppState

    ctx.obj = AppState(db_flag=db, config_flag=config, verbose=verbose)
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def build_app(include_plugins: bool = True, campaigns_dir: str | None = "campaigns") -> typer.Typer:
    """Build the CLI. Command modules that are not present yet are skipped; plug-in CLI groups
    are added from healthy campaign modules (a broken module never stops the CLI)."""
    app = typer.Typer(
        cls=CustomarioGroup,
        name="customario",
        no_args_is_help=True,
        rich_markup_mode="markdown",
        pretty_exceptions_enable=False,
        add_completion=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root_callback)
    for modname, group, _help in COMMAND_MODULES:
        try:
            mod = importlib.import_module(f"customario.cli.{modname}")
        except ModuleNotFoundError as exc:
            if exc.name == f"customario.cli.{modname}":
                continue
            raise
        mod.register(app)
    if include_plugins:
        _add_plugin_groups(app, campaigns_dir)
    return app


def _add_plugin_groups(app: typer.Typer, campaigns_dir: str | None) -> None:
    from customario.plugins.manager import discover

    registry = discover(campaigns_dir)
    for module in registry.healthy:
        for name, factory in module.cli:
            try:
                app.add_typer(factory(), name=name)
            except Exception as exc:  # a broken module must not stop the CLI
                module.error = f"CLI group {name!r} failed: {type(exc).__name__}: {exc}"


def main() -> None:
    """Console-script entry point."""
    app = build_app()
    app()
