"""The command reference (docs/commands.md), generated from the CLI itself.

:func:`command_paths` lists every command (core and the built-in plug-ins' groups) as
``("db", "migrate")`` tuples; :func:`reference_markdown` renders each one's summary, example and
options. ``python scripts/gen_docs.py`` writes the page and ``tests/test_docs.py`` fails when it is
stale, so a new command or option cannot go undocumented.
"""

from __future__ import annotations

from typing import Any, Iterator

HEADER = """# Command reference

<!-- Generated from the CLI by `python scripts/gen_docs.py`; do not edit. -->

Every command with its options, as `customario COMMAND --help` prints them. Listing commands share
`--json`, `--nl` and `--csv`; exit codes are listed in [exit codes](exit-codes.md). Global options
go before the command: `customario --db FILE --config FILE -v COMMAND ...`.
"""


def root_command() -> Any:
    """The click group of the whole CLI, with the built-in plug-ins' command groups added."""
    from typer.main import get_command

    from customario.cli.app import build_app
    from customario.plugins.manager import discover

    group = get_command(build_app(include_plugins=False))
    for name, (owner, factory) in sorted(discover().commands().items()):
        plugin = discover().get(owner)
        if plugin is not None and plugin.distribution == "customario" and name not in group.commands:
            import typer

            obj = factory()
            group.add_command(get_command(obj) if isinstance(obj, typer.Typer) else obj, name)
    return group


def walk(cmd: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """``(path, command)`` for every leaf command under ``cmd``, in name order."""
    subs = getattr(cmd, "commands", None)
    if subs is None:
        yield path, cmd
        return
    for name in sorted(subs):
        yield from walk(subs[name], path + (name,))


def command_paths() -> list[tuple[str, ...]]:
    return [path for path, _ in walk(root_command())]


def _option_line(param: Any) -> str | None:
    if getattr(param, "hidden", False) or param.name in ("help",):
        return None
    if param.param_type_name == "argument":
        name = f"`{(param.metavar or param.name).upper()}`"
    else:
        name = ", ".join(f"`{o}`" for o in [*param.opts, *param.secondary_opts])
    help_text = " ".join((getattr(param, "help", None) or "").split())
    extra = []
    envvar = getattr(param, "envvar", None)
    if envvar and getattr(param, "show_envvar", False):
        extra.append(f"env `{envvar}`")
    default = getattr(param, "default", None)
    if param.param_type_name == "option" and not getattr(param, "is_flag", False) and default not in (None, (), []):
        extra.append(f"default `{default}`")
    return f"- {name}: {help_text}" + (f" ({'; '.join(extra)})" if extra else "")


def _help_blocks(text: str) -> list[str]:
    """The docstring as paragraphs, with ``Example: `cmd``` lines turned into code blocks."""
    out = []
    for para in [p.strip() for p in (text or "").split("\n\n") if p.strip()]:
        flat = " ".join(para.split())
        if flat.startswith("Example:") and "`" in flat:
            examples = [part for i, part in enumerate(flat.split("`")) if i % 2 == 1]
            out.append("```bash\n" + "\n".join(examples) + "\n```")
        else:
            out.append(flat)
    return out


def reference_markdown() -> str:
    parts = [HEADER]
    for path, cmd in walk(root_command()):
        parts.append(f"## customario {' '.join(path)}")
        parts += _help_blocks(cmd.help or "")
        lines = [line for line in (_option_line(p) for p in cmd.params) if line]
        if lines:
            parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"
