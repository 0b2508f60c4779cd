"""Reading lead files: encoding, delimiter, header aliases and chunks of rows with line numbers.

A lead file is CSV/TSV (any of ``, ; TAB |``) in UTF-8 (with or without BOM), UTF-16 with BOM,
or a legacy single-byte encoding (cp1252/latin-1, detected with charset-normalizer), or an XLSX
workbook (first sheet). Everything is read as text (pandas ``dtype=str``, no NA conversion).

Bad input raises InputDataError (exit 65) before anything is written.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from customario.errors import InputDataError, NotFoundError, UsageError

#: Fields of ``contacts`` that a column can feed (``--map COLUMN=field``).
FIELDS = ("phone", "name", "first_name", "last_name", "email", "company", "title", "timezone", "consent")

# Header aliases, compared after lower-casing and dropping everything but letters and digits,
# so "Phone Number", "phone_number" and "PHONE-NUMBER" are the same.
_ALIASES = {
    "phone": [
        "phone",
        "phonenumber",
        "phoneno",
        "mobile",
        "mobilephone",
        "mobilenumber",
        "tel",
        "telephone",
        "telephonenumber",
        "phone1",
        "cell",
        "cellphone",
        "cellnumber",
        "primaryphone",
        "contactnumber",
        "number",
        "msisdn",
        "businessphone",
        "workphone",
        "officephone",
        "telefono",
        "telefon",
        "handy",
    ],
    "name": ["name", "fullname", "prospectname", "contactname", "contact", "leadname", "customername", "nom", "nombre"],
    "first_name": ["firstname", "first", "givenname", "forename"],
    "last_name": ["lastname", "last", "surname", "familyname"],
    "email": ["email", "emailaddress", "mail", "email1"],
    "company": [
        "company",
        "companyname",
        "organization",
        "organisation",
        "org",
        "business",
        "businessname",
        "employer",
        "account",
        "accountname",
        "agency",
        "societe",
        "empresa",
        "firma",
    ],
    "title": ["title", "jobtitle", "position", "role"],
    "timezone": ["timezone", "tz", "tzname"],
    "consent": ["consent", "optin", "optedin", "consentgiven", "permission"],
}
ALIASES: dict[str, str] = {alias: fld for fld, names in _ALIASES.items() for alias in names}

MAX_LINE_BYTES = 1 << 20  # a physical line longer than 1 MiB is not a lead list
_BLOCK = 1 << 20
_SAMPLE = 64 * 1024
_WESTERN = {
    "cp1252",
    "windows-1252",
    "latin_1",
    "latin-1",
    "iso8859_1",
    "iso-8859-1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "mac_roman",
    "cp850",
    "ascii",
}
CHUNK_ROWS = 100_000


def norm_header(name: str) -> str:
    """``"Phone Number"`` → ``"phonenumber"``, ``"Téléphone"`` → ``"telephone"`` (alias key)."""
    text = unicodedata.normalize("NFKD", str(name).lower())
    return re.sub(r"[^0-9a-z]", "", text.encode("ascii", "ignore").decode())


def attribute_key(name: str, index: int) -> str:
    """Column header → snake_case key usable as a ``{{placeholder}}`` (``"Favourite Colour"`` →
    ``favourite_colour``); ``column_<n>`` (1-based) when nothing is left."""
    key = re.sub(r"[^0-9a-z]+", "_", str(name).strip().lower()).strip("_")
    return key or f"column_{index + 1}"


@dataclass
class SourceInfo:
    """What was learned about a file before parsing it."""

    path: Path
    kind: str  # csv | xlsx
    encoding: str = "utf-8"
    delimiter: str = ","
    size: int = 0
    sha256: str = ""
    has_quotes: bool = False
    est_rows: int = 0
    columns: list[str] = field(default_factory=list)


def inspect_file(path: str | Path) -> SourceInfo:
    """Check ``path`` is a readable lead file and detect encoding and delimiter.

    One streaming pass over the bytes computes the SHA-256, looks for NUL bytes (binary files),
    the longest physical line and UTF-8 validity. Raises NotFoundError for a missing file and
    InputDataError for an empty, binary or undecodable file or a line over 1 MiB.
    """
    p = Path(path).expanduser()
    size = _checked_size(p, path)
    with p.open("rb") as fh:
        head = fh.read(8)
    workbook = _workbook(p, path, head, size)
    if workbook is not None:
        return workbook
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    scan = _scan_bytes(p, path, utf16)
    if scan.longest > MAX_LINE_BYTES:
        raise InputDataError(
            f"line {scan.long_line} of {path} is {scan.longest / 1e6:.1f} MB long; a lead list has one short line per lead",
            "Check the file is CSV with line breaks (not a single-line export, JSON or a database dump)",
        )
    encoding = _encoding(p, scan.sample, utf16, scan.utf8_ok)
    text = scan.sample.decode(encoding, errors="ignore")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputDataError(f"{path} has no text (only blank lines)", "Export the lead list again with a header row")
    info = SourceInfo(p, "csv", encoding=encoding, size=size, sha256=scan.digest, has_quotes=scan.has_quotes)
    info.delimiter = sniff_delimiter(text)
    first = text.splitlines()[0] if text.splitlines() else ""
    info.est_rows = max(1, scan.newlines) if not utf16 else max(1, size // max(1, 2 * len(first) + 2))
    return info


def _checked_size(p: Path, path: str | Path) -> int:
    """The size of lead file ``p`` in bytes; raises for a folder, a missing or an empty file."""
    if p.is_dir():
        raise InputDataError(f"{path} is a folder, not a lead file", "Give the path of a CSV, TSV or XLSX file")
    if not p.is_file():
        raise NotFoundError(f"lead file {path} does not exist", "Check the path")
    size = p.stat().st_size
    if size == 0:
        raise InputDataError(f"{path} is empty", "Export the lead list again with a header row and one lead per line")
    return size


def _workbook(p: Path, path: str | Path, head: bytes, size: int) -> SourceInfo | None:
    """SourceInfo of an XLSX workbook, None for a text file; raises for a ZIP that is not a
    workbook and for a file named ``.xlsx`` that is not one."""
    is_xlsx_name = p.suffix.lower() in (".xlsx", ".xlsm")
    if head.startswith(b"PK\x03\x04"):
        if is_xlsx_name:
            return SourceInfo(p, "xlsx", size=size, sha256=_sha256(p))
        raise InputDataError(f"{path} is a ZIP archive, not a CSV file", "Unpack it, or save the sheet as CSV or XLSX")
    if is_xlsx_name:
        raise InputDataError(
            f"{path} is named .xlsx but is not an Excel workbook", "Save it again from the spreadsheet as XLSX or CSV"
        )
    return None


@dataclass
class _Scan:
    """What one streaming pass over a text file found (see :func:`_scan_bytes`)."""

    digest: str = ""
    utf8_ok: bool = True
    longest: int = 0  # bytes of the longest physical line
    long_line: int = 0  # its 1-based line number
    has_quotes: bool = False
    sample: bytes = b""  # the first _SAMPLE bytes
    newlines: int = 0


def _scan_bytes(p: Path, path: str | Path, utf16: bool) -> _Scan:
    """One pass over ``p``: SHA-256, NUL bytes (raises: a binary file), UTF-8 validity, quotes,
    the longest physical line and the line count. Stops early only for a NUL byte."""
    scan = _Scan()
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    current, line_no = 0, 1
    with p.open("rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
            if len(scan.sample) < _SAMPLE:
                scan.sample += block[: _SAMPLE - len(scan.sample)]
            if not utf16:
                if b"\x00" in block:
                    raise InputDataError(
                        f"{path} looks like a binary file (it contains NUL bytes), not CSV",
                        "Export the lead list as CSV (UTF-8) or XLSX",
                    )
                scan.utf8_ok = scan.utf8_ok and _decodes(decoder, block)
            scan.has_quotes = scan.has_quotes or b'"' in block
            parts = block.split(b"\n")
            for i, part in enumerate(parts):
                current += len(part)
                if i < len(parts) - 1:
                    if current > scan.longest:
                        scan.longest, scan.long_line = current, line_no
                    current = 0
                    line_no += 1
            scan.newlines += len(parts) - 1
            if current > MAX_LINE_BYTES and current > scan.longest:
                scan.longest, scan.long_line = current, line_no
    if not utf16 and scan.utf8_ok and scan.longest <= MAX_LINE_BYTES:
        scan.utf8_ok = _decodes(decoder, b"", final=True)
    scan.digest = digest.hexdigest()
    return scan


def _decodes(decoder: Any, block: bytes, final: bool = False) -> bool:
    try:
        decoder.decode(block, final=final)
    except UnicodeDecodeError:
        return False
    return True


def _encoding(p: Path, sample: bytes, utf16: bool, utf8_ok: bool) -> str:
    """The text encoding: UTF-16 by its BOM, UTF-8 (with or without BOM) when every byte decoded,
    else the legacy encoding charset-normalizer finds."""
    if utf16:
        return "utf-16"
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig" if utf8_ok else _legacy_encoding(p, sample)
    return "utf-8" if utf8_ok else _legacy_encoding(p, sample)


def _sha256(p: Path) -> str:
    digest = hashlib.sha256()
    with p.open("rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _legacy_encoding(p: Path, sample: bytes) -> str:
    """The encoding of a non-UTF-8 text file; cp1252 for Western single-byte guesses."""
    from charset_normalizer import from_bytes

    if _plausible_cp1252(sample):
        candidates = ["cp1252", "latin_1"]
    else:
        best = from_bytes(sample).best()
        if best is None:
            raise InputDataError(
                f"cannot tell the text encoding of {p}", "Save the file as CSV UTF-8 and import it again"
            )
        enc = best.encoding.lower()
        candidates = ["cp1252", "latin_1"] if enc in {e.replace("-", "_") for e in _WESTERN} else [enc]
    for candidate in candidates:
        try:
            with p.open("r", encoding=candidate, newline="") as fh:
                while fh.read(_BLOCK):
                    pass
            return candidate
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputDataError(f"cannot decode {p} as {candidates[0]}", "Save the file as CSV UTF-8 and import it again")


_TYPOGRAPHIC = set("’‘“”–—…€•·°«»¿¡ºª§©®™")


def _plausible_cp1252(sample: bytes) -> bool:
    """True when ``sample`` read as cp1252 gives ordinary accented text: every non-ASCII character
    a letter or common typographic punctuation, and rare. (charset-normalizer alone tends to read
    short accented Latin samples as CJK double-byte text.)"""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    odd = [ch for ch in text if ord(ch) > 127]
    if not odd or len(odd) > 0.5 * max(1, sum(ch.isalpha() for ch in text)):
        return False
    return all(ch.isalpha() or ch in _TYPOGRAPHIC for ch in odd)


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``, ; TAB |``: the one the header line uses most, else csv.Sniffer."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    header = lines[0] if lines else ""
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    if counts[best] > 0 and sorted(counts.values())[-2] < counts[best]:
        return best
    try:
        cut = text[: text.rfind("\n") + 1] or text
        return csv.Sniffer().sniff(cut, delimiters=",;\t|").delimiter
    except csv.Error:
        return best if counts[best] else ","


def resolve_columns(columns: list[str], mapping: dict[str, str] | None, path: str) -> dict[str, str]:
    """Map contact fields to file columns: explicit ``mapping`` (column → field) first, then aliases.

    Returns ``{field: column}``; the first column matching an alias wins. Raises UsageError for an
    unknown field and InputDataError for a mapped column that is not in the file or when no
    phone column is found (the message names the columns found and suggests ``--map``).
    """
    found = ", ".join(repr(c) for c in columns[:20]) + (" ..." if len(columns) > 20 else "")
    result: dict[str, str] = {}
    for column, fld in (mapping or {}).items():
        fld = fld.strip().lower().replace("-", "_")
        if fld not in FIELDS:
            raise UsageError(f"--map {column}={fld}: unknown field {fld!r}", f"Use one of: {', '.join(FIELDS)}")
        match = (
            column if column in columns else next((c for c in columns if norm_header(c) == norm_header(column)), None)
        )
        if match is None:
            raise InputDataError(
                f"--map names column {column!r}, which is not in {path} (columns found: {found})",
                "Copy the column name from the file's header row",
            )
        result[fld] = match
    taken = set(result.values())
    for column in columns:
        fld = ALIASES.get(norm_header(column))
        if fld and fld not in result and column not in taken:
            result[fld] = column
            taken.add(column)
    if "phone" not in result:
        hint = "Name the phone column with --map COLUMN=phone"
        if any(sum(ch.isdigit() for ch in c) >= 7 for c in columns):
            hint = "The first line looks like a lead, not a header: add a header row (e.g. name,phone) above it"
        if len(columns) == 1 and any(d in columns[0] for d in ",;\t|:"):
            hint = (
                "The delimiter was not recognised (the whole header is one column); save the file as CSV with commas, or "
                + hint[0].lower()
                + hint[1:]
            )
        raise InputDataError(f"no phone column in {path} (columns found: {found})", hint)
    return result


def read_chunks(
    info: SourceInfo, chunk_rows: int = CHUNK_ROWS, nrows: int | None = None, ragged: list["Mismatch"] | None = None
) -> Iterator[tuple["object", list[int]]]:
    """Yield ``(DataFrame of str, physical line numbers)`` chunks; ``info.columns`` is set first.

    Cells never shift between columns: every row is measured against the header row (the csv
    module reads the file; pandas' C parser silently takes an extra cell in the first data row as
    an index column and shifts every column, so it is not used). A row with exactly the header's
    number of cells is that row; a row with one extra trailing *empty* cell (the trailing
    delimiter of many spreadsheet exports) is that row without the empty cell; a row may leave
    out cells only under trailing *blank* header names (a header that ends with a delimiter);
    any other count, or broken quoting (``x,"y"z``), is a mismatch. Blank rows (no cells, or only
    empty cells) are left out. A mismatch raises InputDataError naming its line unless ``ragged``
    is a list: then a :class:`Mismatch` is appended to it before the chunk holding the rows around
    it is yielded (a chunk may then be empty). A quote left open at the end of the file raises
    InputDataError (everything after it would be one cell).

    Line numbers are 1-based physical lines of the file (header = line 1 for CSV; sheet row for
    XLSX), counting line breaks inside quoted cells. ``nrows`` stops after that many non-blank
    data rows (mismatched rows included). Raises InputDataError on malformed CSV.
    """
    if info.kind == "xlsx":
        yield from _read_xlsx(info, chunk_rows, nrows, ragged)
        return
    import pandas as pd

    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, info.size + 1))  # inspect_file already bounded line length
    try:
        with open(info.path, encoding=info.encoding, newline="") as fh:
            # strict: a quote that is never closed, or text after a closing quote, is an error
            # for that record (the reader resumes on the next physical line), not a guess.
            reader = csv.reader(
                fh, delimiter=info.delimiter, quotechar='"', doublequote=True, skipinitialspace=False, strict=True
            )
            records = _records(reader, info)
            header = next(records, None)
            while header is not None and isinstance(header[1], list) and not "".join(header[1]).strip():
                header = next(records, None)  # blank lines above the header
            if header is None:
                raise InputDataError(f"{info.path} has no columns", "Export the lead list again with a header row")
            if isinstance(header[1], str):
                raise InputDataError(
                    f"the header row of {info.path} is not well-formed CSV ({header[1]})",
                    "Fix the quotes in the first line and import again",
                )
            cells = header[1]
            if cells[0].startswith("\ufeff"):
                cells[0] = cells[0][1:]
            info.columns = columns = header_names(cells)
            width = len(columns)
            # Trailing header cells that are blank name no column: a row may leave them out.
            shortest = width
            while shortest > 1 and not cells[shortest - 1].strip():
                shortest -= 1
            rows: list[list[str]] = []
            lines: list[int] = []
            taken = 0
            for line, cells in records:
                if nrows is not None and taken >= nrows:
                    break
                if isinstance(cells, list) and not "".join(cells).strip():
                    continue  # a blank line, or only delimiters and spaces
                taken += 1
                if isinstance(cells, str) or len(cells) != width:
                    cells = _fit(cells, width, shortest)
                    if isinstance(cells, Mismatch):
                        if ragged is None:
                            raise InputDataError(
                                f"line {line} of {info.path}: {cells.reason}",
                                "Quote cells that contain the delimiter, or fix that line, and import again",
                            )
                        ragged.append(cells._replace(line=line))
                        continue
                rows.append(cells)
                lines.append(line)
                if len(rows) >= chunk_rows:
                    yield pd.DataFrame(rows, columns=columns, dtype=str), lines
                    rows, lines = [], []
            if rows or ragged or not taken:  # a header-only file yields one empty chunk
                yield pd.DataFrame(rows, columns=columns, dtype=str), lines
    except UnicodeDecodeError as exc:
        raise _decode_error(info, exc) from None
    finally:
        csv.field_size_limit(old_limit)


class Mismatch(NamedTuple):
    """A data row that does not fit the header: its first physical ``line``, the ``cells`` read
    (empty when the quoting was broken) and the ``reason`` given in the rejects."""

    line: int
    cells: list[str]
    reason: str


def _records(reader, info: SourceInfo) -> Iterator[tuple[int, list[str] | str]]:
    """``(first physical line, cells)`` per record; ``cells`` is the csv error text for a record
    with broken quoting. A quote still open at the end of the file raises InputDataError."""
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                raise InputDataError(
                    f"{info.path} is not well-formed CSV (line {start} opens a quote that is never closed)",
                    "Close the quote on that line (or remove it) and import again",
                ) from None
            line, start = start, reader.line_num + 1
            yield line, f"broken quoting ({exc})"
            continue
        line, start = start, reader.line_num + 1
        yield line, cells


def _fit(cells: list[str] | str, width: int, shortest: int) -> list[str] | Mismatch:
    """``cells`` made ``width`` long when that moves no cell: one extra trailing empty cell is
    dropped, and cells under trailing blank header names (``shortest``..``width``) may be missing.
    Anything else is a Mismatch (line filled in by the caller)."""
    if isinstance(cells, str):
        return Mismatch(0, [], cells)
    n = len(cells)
    if n == width + 1 and not cells[-1].strip():
        return cells[:width]
    if shortest <= n < width:
        return cells + [""] * (width - n)
    return Mismatch(0, cells, f"row has {n} cells, header has {width}")


def header_names(cells: list[str]) -> list[str]:
    """Column names for a header row: a blank cell becomes ``Unnamed: <i>`` (0-based) and a repeated
    name gets ``.1``, ``.2``... (pandas' naming, which the ``--map`` docs and earlier imports use)."""
    names: list[str] = []
    seen: dict[str, int] = {}
    taken = set(cells)
    for i, cell in enumerate(cells):
        name = cell if cell.strip() else f"Unnamed: {i}"
        if name in seen:
            n = seen[name]
            while f"{name}.{n}" in taken:
                n += 1
            seen[name] = n + 1
            name = f"{name}.{n}"
            taken.add(name)
        else:
            seen[name] = 1
        names.append(name)
    return names


def _decode_error(info: SourceInfo, exc: UnicodeDecodeError) -> InputDataError:
    return InputDataError(
        f"{info.path} is not valid {info.encoding} ({exc.reason} at byte {exc.start})",
        "Save the file as CSV UTF-8 and import it again",
    )


def _read_xlsx(info: SourceInfo, chunk_rows: int, nrows: int | None, ragged: list[Mismatch] | None):
    """The XLSX side of ``read_chunks``: first sheet, header in row 1 (a blank header cell is
    ``column_<n>``); cells are positioned, so only a non-empty cell beyond the sheet's header width
    makes a row a mismatch."""
    import pandas as pd

    try:
        from openpyxl import load_workbook

        wb = load_workbook(info.path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise InputDataError(
            f"cannot open {info.path} as an Excel workbook ({type(exc).__name__})", "Save it again as XLSX or CSV"
        ) from None
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None or all(v is None for v in header):
            raise InputDataError(
                f"the first sheet of {info.path} is empty", "Put the header in row 1 of the first sheet"
            )
        columns = [str(v) if v is not None else f"column_{i + 1}" for i, v in enumerate(header)]
        width = len(columns)
        info.columns = columns
        data: list[list[str]] = []
        lines: list[int] = []
        taken = 0
        for row_no, r in enumerate(rows, start=2):
            if nrows is not None and taken >= nrows:
                break
            cells = [_cell_text(v) for v in r]
            if not "".join(cells).strip():
                continue
            taken += 1
            if any(c.strip() for c in cells[width:]):
                if ragged is None:
                    raise InputDataError(
                        f"row {row_no} of {info.path} has cells beyond the header's last column",
                        "Give every column a header, or clear those cells",
                    )
                ragged.append(Mismatch(row_no, cells, f"row has cells beyond the header's {width} columns"))
                continue
            data.append(cells[:width] + [""] * (width - len(cells)))
            lines.append(row_no)
    finally:
        wb.close()
    for i in range(0, max(len(data), 1), chunk_rows):
        yield pd.DataFrame(data[i : i + chunk_rows], columns=columns, dtype=str), lines[i : i + chunk_rows]


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
