"""Rendering of rows and records: rich tables on a TTY, plain text in pipes/cron, JSON, NL-JSON, CSV.

stdout is data, stderr is status (STYLE.md). Only the CLI calls these functions.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Mapping, Sequence

from customario.render import csvsafe

FORMATS = ("table", "json", "nl", "csv")


def is_tty(stream=None) -> bool:
    stream = stream or sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())


def to_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def emit_rows(
    rows: Sequence[Mapping[str, Any]],
    fmt: str = "table",
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out=None,
) -> None:
    """Write ``rows`` to stdout as a table (rich on a TTY, aligned plain text otherwise), JSON
    array, newline-delimited JSON or CSV. ``columns`` picks and orders table/CSV columns."""
    out = out or sys.stdout
    rows = list(rows)
    if fmt == "json":
        out.write(to_json(rows) + "\n")
        return
    if fmt == "nl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    cols = list(columns or (list(rows[0].keys()) if rows else []))
    if fmt == "csv":
        w = csvsafe.writer(out, lineterminator="\n")  # spreadsheet-safe; --json gives raw values
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
        return
    if not rows:
        print("(none)", file=sys.stderr)
        return
    if is_tty(out):
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, header_style="bold")
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[_cell(r.get(c)) for c in cols])
        Console(file=out).print(table)
        return
    cells = [[_cell(r.get(c)).replace("\n", " ") for c in cols] for r in rows]
    widths = [min(60, max([len(c)] + [len(row[i]) for row in cells])) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v[:60].ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")


def emit_record(record: Mapping[str, Any], fmt: str = "table", out=None) -> None:
    """One object: JSON, or ``key: value`` lines."""
    out = out or sys.stdout
    if fmt in ("json", "nl"):
        out.write((to_json(record) if fmt == "json" else json.dumps(record, default=str)) + "\n")
        return
    width = max((len(k) for k in record), default=0)
    for k, v in record.items():
        out.write(f"{k.ljust(width)}  {_cell(v)}\n")


def status(message: str) -> None:
    """A status line on stderr (never stdout)."""
    print(message, file=sys.stderr)


def mask_phone(e164: str | None) -> str:
    """``+14155550123`` → ``******0123`` for logs (STYLE.md: PII out of log bodies)."""
    if not e164:
        return ""
    return "******" + e164[-4:]
