"""YAML reading that remembers where every value came from (ruamel.yaml round-trip nodes).

Definitions are validated by pydantic; when validation fails, :func:`locate` turns the pydantic
error location (a tuple of keys and indexes) into ``file:line:column`` of the offending value.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from customario.errors import InputDataError


def _yaml():
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.allow_duplicate_keys = False
    return y


def load_yaml(path: Path | str, text: str | None = None) -> Any:
    """Parse a YAML file into ruamel's commented (line-aware) mappings and sequences.

    Raises InputDataError (exit 65) with ``file:line:column`` on syntax errors, duplicate keys,
    undecodable bytes or an empty document.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    path = Path(path)
    if text is None:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InputDataError(f"file {path} does not exist", "Check the path") from None
        except IsADirectoryError:
            raise InputDataError(f"{path} is a folder, not a YAML file", "Give the path of a .yaml file") from None
        if b"\x00" in raw[:4096]:
            raise InputDataError(f"{path} is a binary file, not YAML", "Give the path of a .yaml file")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputDataError(
                f"{path} is not UTF-8 text (byte {exc.start})", "Save the file as UTF-8"
            ) from None
    try:
        data = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        if "duplicate key" in str(exc):
            problem = "duplicate key " + (str(exc).split('duplicate key "')[-1].split('"')[0] if 'duplicate key "' in str(exc) else "")
        raise InputDataError(f"YAML syntax error: {problem}", "Fix the YAML at that position", location=where) from None
    except YAMLError as exc:
        raise InputDataError(f"YAML error: {exc}", "Fix the YAML", location=str(path)) from None
    if data is None:
        raise InputDataError(f"{path} is empty", "Write a YAML mapping into it")
    return data


def load_yaml_mapping(path: Path | str) -> dict:
    """Like :func:`load_yaml` but the top level must be a mapping; returns ruamel's CommentedMap."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise InputDataError(
            f"the top level must be a mapping of keys to values, found {type(data).__name__}",
            "Start the file with `name: ...`",
            location=f"{path}:1:1",
        )
    return data


def locate(data: Any, loc: Sequence[Any]) -> tuple[int, int] | None:
    """1-based (line, column) of the value at ``loc`` inside ruamel-loaded ``data``.

    Falls back to the deepest known ancestor when ``loc`` points at a missing key.
    """
    node = data
    best: tuple[int, int] | None = (1, 1)
    for key in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(node, dict) and key in node:
                if lc is not None:
                    line, col = lc.value(key) if not isinstance(node[key], (dict, list)) else lc.key(key)
                    best = (line + 1, col + 1)
                node = node[key]
            elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
                if lc is not None:
                    line, col = lc.item(key)
                    best = (line + 1, col + 1)
                node = node[key]
            else:
                break
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    return best


def to_plain(data: Any) -> Any:
    """Convert ruamel containers into plain dicts/lists (for pydantic and JSON)."""
    if isinstance(data, dict):
        return {str(k): to_plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [to_plain(v) for v in data]
    if hasattr(data, "isoformat") or data is None or isinstance(data, (bool, int, float, str)):
        return data
    return str(data)
