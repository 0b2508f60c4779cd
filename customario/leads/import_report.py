"""What an import reports: its counts (:class:`ImportSummary`), the rows it refused
(:class:`Reject`) and the rejects file (:func:`write_rejects`).

:mod:`customario.leads.importer` fills these; ``dnc_import`` uses :class:`Reject` too.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Reject:
    """A row that was not imported: 1-based physical ``line`` in the file, ``reason``, the raw
    phone cell and the row's cells (column → text); ``extra`` holds the cells beyond the header of
    a row that has more cells than the header."""

    line: int
    reason: str
    phone: str
    row: dict[str, str] = field(default_factory=dict)
    extra: list[str] = field(default_factory=list)


@dataclass
class ImportSummary:
    """Counts of one import. ``rows`` = non-blank data rows = imported + updated + duplicates +
    invalid + dnc_suppressed. ``duplicates`` counts repeats within the file and numbers already
    in the database (skip mode); ``added_to_list`` counts existing contacts newly put on the list."""

    file: str
    list_name: str
    rows: int = 0
    imported: int = 0
    updated: int = 0
    duplicates: int = 0
    invalid: int = 0
    dnc_suppressed: int = 0
    added_to_list: int = 0
    rejects: list[Reject] = field(default_factory=list)
    dry_run: bool = False
    import_id: int | None = None
    list_id: int | None = None
    encoding: str = ""
    delimiter: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    rejects_path: str | None = None
    resumed_after_line: int = 0  # > 0: this run finished an interrupted import after that line

    def to_dict(self) -> dict:
        """JSON-ready summary; rejects reduced to ``{line, reason}`` pairs."""
        data = asdict(self)
        data["rejects"] = [{"line": r.line, "reason": r.reason} for r in self.rejects]
        return data


def write_rejects(path: str | Path, rejects: list[Reject], columns: list[str], *, raw: bool = False) -> None:
    """Write rejects as CSV: ``line,reason,<original columns...>`` (UTF-8), plus a last column
    ``extra_cells`` (JSON list of the cells beyond the header) when some row had too many cells.
    Cells a spreadsheet would run as formulas get a leading ``'`` unless ``raw`` (csvsafe)."""
    header = ["line", "reason"] + [c for c in columns if c not in ("line", "reason")]
    with_extra = any(r.extra for r in rejects)
    from customario.render import csvsafe
    from customario.render.outputs import open_output

    with open_output(path, "w", what="rejects file", newline="") as fh:
        w = csvsafe.writer(fh, raw=raw)
        w.writerow(header + (["extra_cells"] if with_extra else []))
        for r in rejects:
            tail = [json.dumps(r.extra, ensure_ascii=False) if r.extra else ""] if with_extra else []
            w.writerow([r.line, r.reason] + [r.row.get(c, "") for c in header[2:]] + tail)
