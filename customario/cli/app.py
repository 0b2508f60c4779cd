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
from typer._click.exceptions import NoArgsIsHelpError, UsageError as ClickUsageError
from typer.exceptions import TyperException

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
    """Root group: maps our exceptions to exit codes, once, for every sub-command, and resolves
    plug-in command groups lazily (``--help`` and ``--version`` load no plug-in code)."""

    load_plugins = True

    def invoke(self, ctx):  # noqa: D401 - click API
        try:
            return super().invoke(ctx)
        except CustomarioError as exc:
            typer.echo(f"Error: {_masked(exc.render())}", err=True)
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except ClickUsageError as exc:
            if isinstance(exc, NoArgsIsHelpError):
                raise
            _print_usage_error(exc)
            raise typer.Exit(int(ExitCode.USAGE)) from None
        except (TyperException, typer.Exit, typer.Abort, BrokenPipeError):
            raise
        except Exception as exc:
            mapped = unexpected_error(exc)
            if _verbosity(ctx) >= 2:
                raise
            typer.echo(f"Error: {_masked(mapped.render())}", err=True)
            raise typer.Exit(int(mapped.exit_code)) from None
        finally:
            obj = ctx.obj
            if obj is not None and hasattr(obj, "close"):
                try:
                    obj.close()
                except Exception:  # closing must never hide the real outcome
                    logging.getLogger(__name__).debug("closing the database failed", exc_info=True)

    def get_command(self, ctx, cmd_name):
        cmd = super().get_command(ctx, cmd_name)
        if cmd is None and self.load_plugins:
            cmd = plugin_command(ctx, cmd_name, core_names=set(self.commands))
        return cmd

    def make_context(self, info_name, args, parent=None, **extra):  # noqa: D401 - click API
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except ClickUsageError as exc:
            if isinstance(exc, NoArgsIsHelpError):
                raise
            _print_usage_error(exc)
            raise typer.Exit(int(ExitCode.USAGE)) from None


def _masked(text: str) -> str:
    """An error line with URL credentials and secret environment values masked (issue 16)."""
    from customario.config import mask_secrets

    return mask_secrets(text)


def _print_usage_error(exc) -> None:
    """A click usage error as one line: ``Error: <problem>. Run `<command> --help` ...``."""
    message = " ".join(exc.format_message().split()).rstrip(".")
    if not message.endswith(("?", "!")):
        message += "."
    command = exc.ctx.command_path if exc.ctx is not None else "customario"
    typer.echo(f"Error: {message} Run `{command} --help` to see the options and their allowed values.", err=True)


def _verbosity(ctx) -> int:
    return int(getattr(ctx.obj, "verbose", 0) or 0)


def unexpected_error(exc: BaseException) -> CustomarioError:
    """Last line of defence: map an exception no layer turned into a CustomarioError.

    Known operating-system and SQLite conditions get their documented exit code (a locked database
    75, an unusable database 3, a file problem 65, input too large or deep 65); anything else is a
    bug in customario (exit 1) and says so: ``-vv`` shows the traceback. Input is validated at the
    edge (issue 15), so reaching this for user input is itself a bug to fix.
    """
    import sqlite3

    from customario.errors import ConfigError, InputDataError, LockedError

    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return LockedError(
            f"the database is busy ({text})", "Another customario process is writing; run the command again"
        )
    if isinstance(exc, sqlite3.IntegrityError):
        return ConfigError(
            f"the database refused the change ({text})",
            "Its schema may come from a newer customario or have been changed by hand; "
            "run `customario db status` or restore a backup",
        )
    if isinstance(exc, sqlite3.DatabaseError):
        return ConfigError(
            f"the database cannot be used ({text})",
            "Check --db / CUSTOMARIO_DB, restore a backup (`customario db backup`) or run `customario db status`",
        )
    if isinstance(exc, (RecursionError, MemoryError)):
        return InputDataError(
            "the input is too large or too deeply nested to process",
            "Split or simplify the file; see docs/exit-codes.md for the limits",
        )
    if isinstance(exc, BrokenPipeError):
        return CustomarioError(
            "the output pipe was closed before everything was written", "Read the whole output, or use --limit"
        )
    if isinstance(exc, OSError) and exc.filename is not None:
        reason = exc.strerror or text
        return InputDataError(f"cannot use {exc.filename} ({reason})", "Check the path and its permissions")
    return CustomarioError(
        f"internal error: {type(exc).__name__}: {text[:300]}",
        "This is a bug in customario; run the command again with -vv to see the traceback and report it",
    )


def _state_for(ctx):
    """The invocation's AppState, created from the root options if the root callback has not run yet
    (click resolves the sub-command before it calls the group's callback)."""
    from customario.cli._common import AppState

    root = ctx.find_root()
    if not isinstance(root.obj, AppState):
        root.obj = AppState(
            db_flag=root.params.get("db"),
            config_flag=root.params.get("config"),
            env_file_flag=root.params.get("env_file"),
            verbose=root.params.get("verbose") or 0,
        )
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
        if isinstance(obj, typer.Typer):
            bound_numbers(obj)
        cmd = typer.main.get_command(obj) if isinstance(obj, typer.Typer) else obj
        if not callable(getattr(cmd, "main", None)):
            raise TypeError(f"the factory returned {type(obj).__name__}, not a Typer app or click command")
    except Exception as exc:
        plugins.mark_broken(owner, f"command group {name!r} failed: {type(exc).__name__}: {exc}", warn=False)
        raise CustomarioError(
            f"plug-in {owner} could not build its command group {name!r} ({exc})",
            "Fix or uninstall the plug-in; `customario plugins` shows its status",
        ) from None
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
    db: Annotated[
        Optional[str], typer.Option("--db", envvar="CUSTOMARIO_DB", help="SQLite database file.", show_envvar=True)
    ] = None,
    config: Annotated[Optional[str], typer.Option("--config", help="Config file (default: ./customario.yaml).")] = None,
    env_file: Annotated[
        Optional[str],
        typer.Option(
            "--env-file",
            envvar="CUSTOMARIO_ENV_FILE",
            show_envvar=True,
            help="Secrets file to load (default: .env next to customario.yaml; a .env elsewhere is never read).",
        ),
    ] = None,
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="More log output on stderr (-vv for debug).")
    ] = 0,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True, callback=_print_version)
    ] = False,
) -> None:
    """customario: AI voice campaigns from one CLI, all state in one SQLite file.

    Example: `customario quickstart`
    """
    _state_for(ctx)
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from customario.config import SecretMaskingFilter

    for handler in logging.getLogger().handlers:  # log lines never show keys, tokens or URL credentials
        if not any(isinstance(f, SecretMaskingFilter) for f in handler.filters):
            handler.addFilter(SecretMaskingFilter())


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
    bound_numbers(app)
    return app


from customario.limits import INT64_MAX, INT64_MIN, MAX_ABS_NUMBER as FLOAT_LIMIT  # noqa: E402


def _numeric_base(annotation):
    """``int``/``float`` under Optional[...] or list[...], else None (bool is not a number here)."""
    import types
    import typing

    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _numeric_base(args[0]) if len(args) == 1 else None
    if origin in (list, tuple):
        args = [a for a in typing.get_args(annotation) if a is not Ellipsis]
        return _numeric_base(args[0]) if len(args) == 1 else None
    return annotation if annotation in (int, float) else None


def _bound_callback(func) -> None:
    import inspect
    import typing

    from typer.models import ParameterInfo

    if func is None:
        return
    try:
        hints = typing.get_type_hints(func, include_extras=True)
    except Exception:  # a plug-in's odd annotation must not stop the CLI
        return
    for name, param in inspect.signature(func).parameters.items():
        hint = hints.get(name)
        info = param.default if isinstance(param.default, ParameterInfo) else None
        base = hint
        if typing.get_origin(hint) is typing.Annotated:
            base, *meta = typing.get_args(hint)
            info = next((m for m in meta if isinstance(m, ParameterInfo)), info)
        kind = _numeric_base(base)
        if info is None or kind is None or getattr(info, "count", False) or info.clamp:
            continue
        lo, hi = (INT64_MIN, INT64_MAX) if kind is int else (-FLOAT_LIMIT, FLOAT_LIMIT)
        if info.min is None:
            info.min = lo
        if info.max is None:
            info.max = hi
        # String annotations (``from __future__ import annotations``) are evaluated afresh on every
        # look-up, which would create a new, unbounded ParameterInfo: store the evaluated one.
        if param.default is not info and isinstance(func.__annotations__.get(name), str):
            func.__annotations__[name] = hint


def bound_numbers(app: typer.Typer) -> None:
    """Give every int/float parameter of every command a range (usage error, exit 2, outside it).

    Ids and counts stay within SQLite's signed 64-bit integers; floats within ±1e15, which also
    refuses ``nan`` and ``inf``. Parameters that declare their own ``min``/``max`` keep them.
    """
    if app.registered_callback is not None:
        _bound_callback(app.registered_callback.callback)
    for command in app.registered_commands:
        _bound_callback(command.callback)
    for group in app.registered_groups:
        _bound_callback(group.callback)
        if group.typer_instance is not None:
            bound_numbers(group.typer_instance)


def main() -> None:
    """Console-script entry point."""
    app = build_app()
    app()
