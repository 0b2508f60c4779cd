"""Load definition files and turn validation failures into ``file:line:column`` errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from customario.errors import DefinitionError, InputDataError
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


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _friendly(err: dict) -> str:
    msg = err.get("msg", "invalid value")
    msg = msg.removeprefix("Value error, ")
    kind = err.get("type")
    ctx = err.get("ctx") or {}
    if kind == "finite_number":
        return "must be a finite number (not nan or inf)"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "must not be empty"
    if kind == "string_too_long":
        return f"is longer than the {ctx.get('max_length')} characters allowed"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{_short(err.get('input'))} is not a whole number"
    if kind in ("string_type",):
        return f"{_short(err.get('input'))} is not text (write it in quotes if it is meant as text)"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"{_short(err.get('input'))} is not a mapping of keys to values"
    if kind == "list_type":
        return f"{_short(err.get('input'))} is not a list"
    if err.get("type") == "extra_forbidden":
        return "unknown field (check the spelling; see the README for the allowed fields)"
    if err.get("type") == "missing":
        return "required field is missing"
    if err.get("type") == "literal_error":
        expected = (err.get("ctx") or {}).get("expected", "")
        return f"{err.get('input')!r} is not allowed; allowed: {expected.replace(' or ', ', ')}"
    return msg


def validation_error(
    exc: Any, data: Any, source: str, hint: str, *, error_cls: type = InputDataError, prefix: tuple = ()
) -> InputDataError:
    """Turn a pydantic ValidationError about ``data`` (loaded from ``source``) into one error whose
    ``location`` is ``source:line:column`` (ruamel data) or ``source`` and whose message names the
    field; ``prefix`` is prepended to pydantic's location (e.g. ``("personas",)``)."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc = prefix + tuple(first.get("loc", ()))
    line_col = locate(data, loc) if hasattr(data, "lc") else None
    where = f"{source}:{line_col[0]}:{line_col[1]}" if line_col else source
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
    return error_cls(f"{_loc_text(loc)}: {_friendly(first)}{more}", hint, location=where)


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
        raise validation_error(
            exc,
            data,
            source,
            "Fix the definition and run `customario campaign validate FILE` again",
            error_cls=DefinitionError,
        ) from None


def load_definition(path: str | Path) -> "Campaign":
    """Read and validate a campaign/survey YAML file.

    Raises InputDataError/DefinitionError (exit 65) with ``file:line:column``.
    """
    path = Path(path)
    data = load_yaml_mapping(path)
    campaign = parse_definition(data, str(path))
    for key in PATH_SETTINGS:
        value = (campaign.settings or {}).get(key)
        if value:
            resolve_definition_path(path.parent, value, f"settings.{key}", source=str(path))
    return campaign


# Settings of a definition that name a file; they resolve only under the definition's folder.
PATH_SETTINGS = ("business_profile",)


def resolve_definition_path(folder: str | Path, value: Any, field: str, *, source: str = "") -> Path:
    """``value`` (a path written in a definition) resolved against the definition's ``folder``.

    Trust model (issue 16): a definition may only name files inside its own folder (sub-folders
    included), after symbolic links are followed; an absolute path, ``..`` that climbs out, or a
    link that leads out is refused with DefinitionError (exit 65) naming the path, so a campaign
    file cannot make customario read (and an agent speak) ``/etc/passwd`` or a secret next door.
    """
    text = str(value)
    base = Path(folder).resolve()
    candidate = Path(text).expanduser()
    target = (candidate if candidate.is_absolute() else base / candidate).resolve()
    if "\x00" in text or candidate.is_absolute() or not target.is_relative_to(base):
        raise DefinitionError(
            f"{field} {text[:200]!r} points outside the definition's folder {base}",
            "Put the file in the definition's folder (or a sub-folder) and name it by a relative path",
            location=source or None,
        )
    return target


def canonical_json(campaign: "Campaign") -> str:
    """The definition as canonical JSON (sorted keys, no spaces): what is stored and hashed."""
    return json.dumps(campaign.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def definition_hash(campaign: "Campaign") -> str:
    """sha256 hex of :func:`canonical_json`: the version identity of a definition."""
    return hashlib.sha256(canonical_json(campaign).encode()).hexdigest()
