"""Load definition files and turn validation failures into ``file:line:column`` errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from customario.errors import DefinitionError
from customario.definitions.yamlio import load_yaml_mapping, locate, to_plain

if TYPE_CHECKING:
    from customario.definitions.models import Campaign


def _loc_text(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _friendly(err: dict) -> str:
    msg = err.get("msg", "invalid value")
    msg = msg.removeprefix("Value error, ")
    if err.get("type") == "extra_forbidden":
        return "unknown field (check the spelling; see the README for the allowed fields)"
    if err.get("type") == "missing":
        return "required field is missing"
    if err.get("type") == "literal_error":
        expected = (err.get("ctx") or {}).get("expected", "")
        return f"{err.get('input')!r} is not allowed; allowed: {expected.replace(' or ', ', ')}"
    return msg


def parse_definition(data: Any, source: str = "<definition>") -> "Campaign":
    """Validate already-loaded YAML/JSON ``data`` into a Campaign.

    Raises DefinitionError whose ``location`` is ``source:line:column`` of the first problem (when
    ``data`` came from :func:`customario.definitions.yamlio.load_yaml`) and whose message names the field.
    """
    from pydantic import ValidationError

    from customario.definitions.models import Campaign

    try:
        return Campaign.model_validate(to_plain(data))
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        first = errors[0]
        loc = tuple(first.get("loc", ()))
        line_col = locate(data, loc) if hasattr(data, "lc") else None
        where = f"{source}:{line_col[0]}:{line_col[1]}" if line_col else source
        field = _loc_text(loc)
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise DefinitionError(
            f"{field}: {_friendly(first)}{more}",
            "Fix the definition and run `customario campaign validate FILE` again",
            location=where,
        ) from None


def load_definition(path: str | Path) -> "Campaign":
    """Read and validate a campaign/survey YAML file.

    Raises InputDataError/DefinitionError (exit 65) with ``file:line:column``.
    """
    path = Path(path)
    data = load_yaml_mapping(path)
    return parse_definition(data, str(path))


def canonical_json(campaign: "Campaign") -> str:
    """The definition as canonical JSON (sorted keys, no spaces): what is stored and hashed."""
    return json.dumps(campaign.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def definition_hash(campaign: "Campaign") -> str:
    """sha256 hex of :func:`canonical_json`: the version identity of a definition."""
    return hashlib.sha256(canonical_json(campaign).encode()).hexdigest()
