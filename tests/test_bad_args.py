"""Ids, counts and numbers on the command line are bounded (issue 15, Deliver 2): a usage error
(exit 2) on one `Error:` line, never an OverflowError. Cases written by the badinput stream."""

import pytest
import typer
from typer.core import TyperGroup

from customario.cli.app import build_app
from customario.errors import ExitCode
from customario.limits import INT64_MAX

HUGE = str(2**64)


def _leaf_commands():
    def walk(cmd, path):
        if isinstance(cmd, TyperGroup):
            for name, sub in cmd.commands.items():
                yield from walk(sub, path + [name])
        else:
            yield path, cmd

    return list(walk(typer.main.get_command(build_app()), []))


def test_every_numeric_parameter_has_a_range():
    from customario.cli.app import _numeric_base

    missing, numeric = [], 0
    for path, cmd in _leaf_commands():
        for p in cmd.params:
            if getattr(p, "count", False) or _numeric_base(p.type_descriptor.annotation) is None:
                continue
            numeric += 1
            if p.min is None or p.max is None:
                missing.append(f"{' '.join(path)} {p.name}")
    assert numeric > 50 and not missing, missing


@pytest.mark.parametrize(
    "args",
    [
        ["calls", "show", HUGE],
        ["calls", "list", "--limit", HUGE],
        ["kb", "show", HUGE],
        ["payments", "approve", HUGE],
        ["payments", "approve", "1", "--amount", HUGE],
        ["supervisor", "show", str(INT64_MAX + 1)],
        ["followups", "done", HUGE],
        ["leads", "list", "--limit", "0"],
        ["simulate", "customer_feedback", "-n", HUGE],
        ["dial", "customer_feedback", "--cps", "nan"],
        ["dial", "customer_feedback", "--grace", "inf"],
        ["token", "--ttl", "-5"],
        ["serve", "--port", "70000"],
        ["calls", "show", "12abc"],
    ],
)
def test_out_of_range_numbers_are_usage_errors(cli, args):
    r = cli(*args)
    assert r.exit_code == ExitCode.USAGE, (r.stdout, r.stderr)
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "--help" in lines[0], r.stderr


def test_largest_id_is_simply_not_found(cli):
    r = cli("calls", "show", str(INT64_MAX))
    assert r.exit_code == ExitCode.NOT_FOUND, r.stderr
