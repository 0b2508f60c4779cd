"""Command-line interface: one module per command group, assembled by :func:`build_app`.

Public for plug-in command groups: :func:`state` (``state(ctx).settings``, ``.db``, ``.plugins`` of
the running command) and the shared output options ``JsonOpt``, ``NlOpt``, ``CsvOpt``, ``LimitOpt``,
``DryRunOpt`` with :func:`output_format`.
"""

from customario.cli._common import CsvOpt, DryRunOpt, JsonOpt, LimitOpt, NlOpt, output_format, state  # noqa: F401
from customario.cli.app import build_app, main  # noqa: F401
