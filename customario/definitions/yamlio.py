"""YAML reading that remembers where every value came from (ruamel.yaml round-trip nodes).

Safe YAML 1.2: the composed node graph is checked before any object is built (core-schema tags
only, finite 64-bit numbers, depth and alias expansion bounded), see :func:`load_yaml`.

Definitions are validated by pydantic; when validation fails, :func:`locate` turns the pydantic
error location (a tuple of keys and indexes) into ``file:line:column`` of the offending value.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any, Sequence

from customario.definitions.files import decode_text, read_user_bytes
from customario.errors import InputDataError
from customario.limits import INT64_MAX, INT64_MIN, MAX_DEPTH, MAX_NODES, MAX_YAML_BYTES


_CORE = "tag:yaml.org,2002:"
# YAML 1.2 core schema (plus merge keys ``<<``). Timestamps are read as text: the model that wants a
# date parses it, so an impossible date is a validation error with its position, not a crash.
ALLOWED_TAGS = frozenset(_CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "merge"))
_TIMESTAMP = _CORE + "timestamp"
_NON_FINITE = {".nan", ".inf", "+.inf", "-.inf"}


def _yaml():
    from ruamel.yaml import YAML

    y = YAML(typ="rt")
    y.allow_duplicate_keys = False
    y.max_depth = MAX_DEPTH + 1
    return y


def _where(path: Path, node: Any) -> str:
    mark = getattr(node, "start_mark", None)
    return f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _check_nodes(root: Any, path: Path) -> None:
    """Walk the composed node graph (aliases expanded, iteratively) before anything is built:
    only core-schema tags, finite numbers within 64 bits, bounded depth and size."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    stack = [(root, 1)]
    seen = 0
    while stack:
        node, depth = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            raise InputDataError(
                f"the document holds more than {MAX_NODES:,} values (aliases included)",
                "Split the file or use fewer aliases",
                location=_where(path, node),
            )
        if depth > MAX_DEPTH:
            raise InputDataError(
                f"values are nested more than {MAX_DEPTH} levels deep",
                "Flatten the structure",
                location=_where(path, node),
            )
        tag = str(node.tag)
        if tag == _TIMESTAMP:
            node.tag = _CORE + "str"
        elif tag not in ALLOWED_TAGS:
            raise InputDataError(
                f"the YAML tag {_show_tag(tag)} is not allowed",
                "Remove the tag: only plain YAML values (text, numbers, true/false, lists, mappings) are read",
                location=_where(path, node),
            )
        if isinstance(node, ScalarNode):
            _check_number(node, tag, path)
        elif isinstance(node, SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))


def _check_number(node: Any, tag: str, path: Path) -> None:
    text = str(node.value).strip().replace("_", "")
    if tag == _CORE + "float":
        if text.lower() in _NON_FINITE:
            raise InputDataError(
                f"{node.value} is not a finite number", "Write a plain number", location=_where(path, node)
            )
        try:
            value = float(text)
        except ValueError:
            return
        if not math.isfinite(value):
            raise InputDataError(
                f"the number {node.value[:30]} is too large", "Write a number below 1e15", location=_where(path, node)
            )
    elif tag == _CORE + "int":
        try:
            value = int(text, 0)
        except ValueError:
            try:
                value = int(text)
            except ValueError:
                return
        if not INT64_MIN <= value <= INT64_MAX:
            raise InputDataError(
                f"the number {node.value[:30]} does not fit in 64 bits",
                "Write a smaller number",
                location=_where(path, node),
            )


def load_yaml(
    path: Path | str, text: str | None = None, *, max_bytes: int = MAX_YAML_BYTES, what: str = "YAML file"
) -> Any:
    """Parse a YAML 1.2 file into ruamel's commented (line-aware) mappings and sequences.

    Safe and bounded: at most ``max_bytes`` are read, only the core schema's tags are accepted
    (``!!python/object`` and custom ``!tags`` are errors), numbers must be finite and fit in 64
    bits, nesting and alias expansion are bounded (customario.limits). Timestamps stay text.

    Raises NotFoundError (exit 4) for a missing file and InputDataError (exit 65) with
    ``file:line:column`` on syntax errors, duplicate keys, forbidden tags, undecodable bytes,
    oversized input or an empty document.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    path = Path(path)
    if text is None:
        text = decode_text(read_user_bytes(path, max_bytes=max_bytes, what=what), path, what=what)
    elif len(text) > max_bytes:
        raise InputDataError(
            f"{path} is larger than the {max_bytes // 1024} KiB allowed", "Split it into smaller files"
        )
    y = _yaml()
    try:
        constructor, parser = y.get_constructor_parser(io.StringIO(text))
        try:
            node = constructor.composer.get_single_node()
            if node is None:
                data = None
            else:
                _check_nodes(node, path)
                data = constructor.construct_document(node)
        finally:
            parser.dispose()
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        if "duplicate key" in str(exc):
            problem = "duplicate key " + (
                str(exc).split('duplicate key "')[-1].split('"')[0] if 'duplicate key "' in str(exc) else ""
            )
        elif "maximum depth" in problem:
            raise InputDataError(
                f"values are nested more than {MAX_DEPTH} levels deep", "Flatten the structure", location=where
            ) from None
        elif "another document" in problem:
            raise InputDataError(
                "the file holds more than one YAML document (a second `---`)",
                "Keep one document per file",
                location=where,
            ) from None
        raise InputDataError(f"YAML syntax error: {problem}", "Fix the YAML at that position", location=where) from None
    except YAMLError as exc:
        raise InputDataError(
            f"YAML error: {' '.join(str(exc).split())[:200]}", "Fix the YAML", location=str(path)
        ) from None
    except RecursionError:
        raise InputDataError(
            f"values are nested more than {MAX_DEPTH} levels deep", "Flatten the structure", location=str(path)
        ) from None
    except (ValueError, TypeError, OverflowError, IndexError) as exc:  # IndexError: ruamel on "+_" as an int
        raise InputDataError(f"YAML value cannot be read ({exc})", "Fix the value", location=str(path)) from None
    if data is None:
        raise InputDataError(f"{path} is empty", "Write a YAML mapping into it")
    return data


def load_yaml_mapping(path: Path | str) -> dict:
    """Like :func:`load_yaml` but the top level must be a mapping; returns ruamel's CommentedMap."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise InputDataError(
            f"the top level must be a mapping of keys to values, found {'a list' if isinstance(data, list) else 'a single value'}",
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
