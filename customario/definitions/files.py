"""Reading files a user hands customario: bounded size, known encodings, bounded JSON.

Every reader of a user file (definitions, personas, business profiles, KB lists, inbound payloads)
goes through :func:`read_user_bytes`, so a missing path, a folder, an endless stream
(``/dev/zero``) or a huge file ends in one ``Error:`` line instead of a traceback or a MemoryError.
Limits are in :mod:`customario.limits` and documented in docs/exit-codes.md.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from customario.errors import InputDataError, NotFoundError
from customario.limits import INT64_MAX, INT64_MIN, MAX_DEPTH, MAX_NODES


def _size_text(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n // 1024} KiB"


def read_user_bytes(path: str | os.PathLike, *, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of the file at ``path``, at most ``max_bytes``.

    Raises NotFoundError (exit 4) for a missing file and InputDataError (exit 65) for a folder,
    an unreadable file or one larger than ``max_bytes`` (also endless streams such as /dev/zero).
    """
    p = Path(path).expanduser()
    if not str(path).strip():
        raise InputDataError(f"the {what} path is empty", "Give the path of the file")
    try:
        st = p.stat()
    except FileNotFoundError:
        raise NotFoundError(f"{what} {p} does not exist", "Check the path") from None
    except NotADirectoryError:
        raise NotFoundError(f"{what} {p} does not exist (a part of the path is a file)", "Check the path") from None
    except OSError as exc:
        raise InputDataError(
            f"cannot read {what} {p} ({exc.strerror or exc})", "Check the path and its permissions"
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputDataError(f"{p} is a folder, not a {what}", "Give the path of a file inside it")
    if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise InputDataError(
            f"{p} is {_size_text(st.st_size)}, more than the {_size_text(max_bytes)} allowed for a {what}",
            "Split it into smaller files",
        )
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputDataError(
            f"cannot read {what} {p} ({exc.strerror or exc})", "Check the path and its permissions"
        ) from None
    if len(data) > max_bytes:
        raise InputDataError(
            f"{p} is larger than the {_size_text(max_bytes)} allowed for a {what}",
            "Give a regular file of a reasonable size",
        )
    return data


def decode_text(raw: bytes, path: str | os.PathLike, *, what: str = "file") -> str:
    """UTF-8 (with or without BOM) or UTF-16/32 with a BOM → str; NUL bytes and other encodings
    are InputDataError (exit 65) naming the byte offset."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
        nul = raw.find(b"\x00")
        if nul >= 0:
            raise InputDataError(
                f"{path} is a binary file (NUL byte at offset {nul}), not a text {what}",
                "Give the path of a UTF-8 text file",
            )
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputDataError(
            f"{path}:{line}: the {what} is not UTF-8 text (byte {exc.start})",
            "Save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
        ) from None
    if "\x00" in text:
        raise InputDataError(f"{path} contains NUL characters, not a text {what}", "Give the path of a UTF-8 text file")
    return text


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a finite number")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 19 or not INT64_MIN <= int(text) <= INT64_MAX:
        raise ValueError(f"the number {text[:30]} does not fit in 64 bits")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:30]} is too large")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key[:40]!r} appears twice in one object")
        out[key] = value
    return out


def check_structure(data: Any, source: str) -> None:
    """Refuse data nested deeper than MAX_DEPTH or with more than MAX_NODES values, and text that
    is not valid Unicode (a lone surrogate such as ``\\ud800``); iterative."""
    stack = [(data, 1)]
    seen = 0
    while stack:
        value, depth = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            raise InputDataError(f"{source} holds more than {MAX_NODES:,} values", "Split it into smaller files")
        if depth > MAX_DEPTH:
            raise InputDataError(f"{source} is nested more than {MAX_DEPTH} levels deep", "Flatten the structure")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
            stack.extend((k, depth + 1) for k in value)
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise InputDataError(
                    f"{source} holds text that is not valid Unicode (a lone surrogate escape)",
                    "Fix the \\uXXXX escapes",
                ) from None


def load_json_text(text: str, source: str) -> Any:
    """Parse JSON text strictly: no NaN/Infinity, integers within 64 bits, floats finite, depth
    and size bounded. Raises InputDataError (exit 65) with ``source:line:column``."""
    try:
        data = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as exc:
        raise InputDataError(
            f"invalid JSON: {exc.msg}", "Fix the JSON at that position", location=f"{source}:{exc.lineno}:{exc.colno}"
        ) from None
    except RecursionError:
        raise InputDataError(
            f"{source} is nested too deeply (more than {MAX_DEPTH} levels allowed)", "Flatten the structure"
        ) from None
    except ValueError as exc:
        raise InputDataError(f"{source}: {exc}", "Fix the JSON: plain finite numbers, each key once") from None
    check_structure(data, source)
    return data


def load_json_file(path: str | os.PathLike, *, max_bytes: int, what: str = "JSON file") -> Any:
    """Read and parse a JSON file with :func:`read_user_bytes` and :func:`load_json_text`."""
    text = decode_text(read_user_bytes(path, max_bytes=max_bytes, what=what), path, what=what)
    return load_json_text(text, str(path))
