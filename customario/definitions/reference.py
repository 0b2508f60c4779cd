"""The campaign YAML reference, generated from the pydantic models (docs/campaign-reference.md).

:func:`reference_markdown` walks :class:`customario.definitions.models.Campaign` and every model it
contains and renders one table per model: key, type, default, rules (bounds, patterns) and
meaning (the field's ``description``, else nothing). ``python scripts/gen_docs.py`` writes the page;
``tests/test_docs.py`` fails when the committed page is not what the models say.
"""

from __future__ import annotations

import inspect
import types
import typing
from datetime import date, time
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from customario.definitions.models import Campaign

_SPECIAL = {"Duration": "duration (`90s`, `30m`, `2h`, `1d`, `never`)", "TimeOfDay": "time `HH:MM`"}
HEADER = """# Campaign YAML reference

<!-- Generated from customario/definitions/models.py by `python scripts/gen_docs.py`; do not edit. -->

Every key a campaign or survey definition accepts, with its type, default and rules. Unknown keys
are errors. A survey is a campaign of `kind: survey` with `questions`. Placeholders such as
`{{first_name|there}}` may appear in `opening`, `closing`, `agent.instructions` and question texts;
they must be lead fields (`name`, `first_name`, `last_name`, `company`, `title`, `email`, `phone`,
`timezone`, `local_time`, `local_date`, `caller_name`, `agent_name`, `organisation`, `campaign`) or
be listed under `lead_fields`. See [campaigns and surveys](campaigns.md) for the workflow.
"""


def _type_name(tp: Any, alias: str | None = None) -> str:
    if alias in _SPECIAL:
        return _SPECIAL[alias]
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        inner = args[0]
        return _type_name(inner)
    if origin is Literal:
        return "one of " + ", ".join(f"`{a}`" for a in args)
    if origin in (typing.Union, types.UnionType):
        parts = [a for a in args if a is not type(None)]
        name = " or ".join(_type_name(a) for a in parts)
        return f"{name} (optional)" if len(parts) < len(args) else name
    if origin in (list, tuple):
        if origin is tuple:
            return "pair of " + " and ".join(_type_name(a) for a in args)
        return f"list of {_type_name(args[0])}" if args else "list"
    if origin is dict:
        return f"mapping {_type_name(args[0])} → {_type_name(args[1])}" if args else "mapping"
    if inspect.isclass(tp) and issubclass(tp, BaseModel):
        return f"[{tp.__name__}](#{tp.__name__.lower()})"
    return {
        str: "text",
        int: "integer",
        float: "number",
        bool: "true/false",
        date: "date `YYYY-MM-DD`",
        time: "time `HH:MM`",
        Any: "any",
    }.get(tp, getattr(tp, "__name__", str(tp)))


def _alias(owner: type, name: str) -> str | None:
    """The name of the Annotated alias used in the source (``Duration``, ``TimeOfDay``), if any."""
    raw = owner.__annotations__.get(name)
    if isinstance(raw, str):
        for special in _SPECIAL:
            if raw.startswith(special):
                return special
    return None


def _default(field: Any) -> str:
    if field.default_factory is not None:
        value = field.default_factory()
    elif field.default is PydanticUndefined:
        return "required"
    else:
        value = field.default
    if value is None:
        return "—"
    if isinstance(value, BaseModel):
        return "see below"
    if isinstance(value, time):
        return f"`{value:%H:%M}`"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, (list, dict)) and not value:
        return "empty"
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return f"`{text}`" if text else "empty"
    return f"`{value}`"


def _rules(field: Any) -> str:
    out = []
    for meta in field.metadata:
        for attr, word in (
            ("ge", "≥"),
            ("gt", ">"),
            ("le", "≤"),
            ("lt", "<"),
            ("min_length", "length ≥"),
            ("max_length", "length ≤"),
        ):
            value = getattr(meta, attr, None)
            if value is not None:
                out.append(f"{word} {value:g}" if isinstance(value, (int, float)) else f"{word} {value}")
        pattern = getattr(meta, "pattern", None)
        if pattern:
            out.append(f"pattern `{pattern}`")
    return ", ".join(out)


def _models(root: type[BaseModel]) -> list[type[BaseModel]]:
    seen: list[type[BaseModel]] = []
    queue = [root]
    while queue:
        model = queue.pop(0)
        if model in seen:
            continue
        seen.append(model)
        for field in model.model_fields.values():
            for tp in _walk(field.annotation):
                if inspect.isclass(tp) and issubclass(tp, BaseModel) and tp not in seen:
                    queue.append(tp)
    return seen


def _walk(tp: Any):
    yield tp
    for arg in typing.get_args(tp):
        yield from _walk(arg)


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def reference_markdown() -> str:
    """The whole reference page as Markdown (stable output for the same models)."""
    parts = [HEADER]
    for model in _models(Campaign):
        parts.append(f"## {model.__name__}")
        doc = model.__dict__.get("__doc__")
        if model is Campaign:
            parts.append("The top level of a definition file.")
        if doc:
            parts.append(" ".join(inspect.cleandoc(doc).replace("``", "`").split()))
        rows = ["| key | type | default | rules | meaning |", "|---|---|---|---|---|"]
        for name, field in model.model_fields.items():
            rows.append(
                "| "
                + " | ".join(
                    _cell(c)
                    for c in (
                        f"`{name}`",
                        _type_name(field.annotation, _alias(model, name)),
                        _default(field),
                        _rules(field),
                        field.description or "",
                    )
                )
                + " |"
            )
        parts.append("\n".join(rows))
    return "\n\n".join(parts) + "\n"
