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
    ("channels_cmd", None, "inbound sms|email|process, outbox, serve."),
)


class CustomarioGroup(TyperGroup):
    """Root group: maps our exceptions to exit codes, once, for every sub-command, and resolves
    plug-in command groups lazily (``--help`` and ``--version`` load no plug-in code)."""

    load_plugins = True

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

    def get_command(self, ctx, cmd_name):
        cmd = super().get_command(ctx, cmd_name)
        if cmd is None and self.load_plugins:
            cmd = plugin_command(ctx, cmd_name, core_names=set(self.commands))
        return cmd


def _state_for(ctx):
    """The invocation's AppState, created from the root options if the root callback has not run yet
    (click resolves the sub-command before it calls the group's callback)."""
    from customario.cli._common import AppState

    root = ctx.find_root()
    if not isinstance(root.obj, AppState):
        root.obj = AppState(db_flag=root.params.get("db"), config_flag=root.params.get("config"),
                            verbose=root.params.get("verbose") or 0)
    return root.obj


def plugin_command(ctx, name: str, core_names: set[str]):
    """The click command of plug-in group ``name`` (None if no healthy plug-in registers it).

    Raises CustomarioError when the plug-in's factory fails (the plug-in is then marked broken)."""
    plugins = _state_for(ctx).plugins
    check_command_names(plugins, core_names)
    found = plugins.commands().get(name)
    if found is None:
        return None
    owner, factory = found
    try:
        obj = factory()
        cmd = typer.main.get_command(obj) if isinstance(obj, typer.Typer) else obj
        if not callable(getattr(cmd, "main", None)):
            raise TypeError(f"the factory returned {type(obj).__name__}, not a Typer app or click command")
    except Exception as exc:
        plugins.mark_broken(owner, f"command group {name!r} failed: {type(exc).__name__}: {exc}", warn=False)
        raise CustomarioError(f"plug-in {owner} could not build its command group {name!r} ({exc})",
                              "Fix or uninstall the plug-in; `customario plugins` shows its status") from None
    return cmd


def check_command_names(plugins, core_names: set[str]) -> None:
    """Mark broken every plug-in that registers a command group a core command already uses."""
    for name, (owner, _factory) in plugins.commands().items():
        if name in core_names:
            plugins.mark_broken(owner, f"command group {name!r} clashes with the core command of that name")


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
    _state_for(ctx)
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def build_app(include_plugins: bool = True) -> typer.Typer:
    """Build the CLI from the core command modules. Plug-in command groups are resolved when they are
    invoked (:meth:`CustomarioGroup.get_command`), from the plug-ins of the invocation's settings;
    ``include_plugins=False`` leaves them out entirely."""

    class Group(CustomarioGroup):
        load_plugins = include_plugins

    app = typer.Typer(
        cls=Group,
        name="customario",
        no_args_is_help=True,
        rich_markup_mode="markdown",
        pretty_exceptions_enable=False,
        add_completion=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        epilog="Plug-ins can add command groups: `customario plugins` lists them.",
    )
    app.callback()(_root_callback)
    for modname, _group, _help in COMMAND_MODULES:
        try:
            mod = importlib.import_module(f"customario.cli.{modname}")
        except ModuleNotFoundError as exc:
            if exc.name == f"customario.cli.{modname}":
                continue
            raise
        mod.register(app)
    return app


def main() -> None:
    """Console-script entry point."""
    app = build_app()
    app()
