"""Command-line interface: one module per command group, assembled by :func:`build_app`."""

from customario.cli.app import build_app, main  # noqa: F401
