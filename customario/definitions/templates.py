"""``{{placeholder}}`` templates used in scripts and instructions.

Syntax: ``{{name}}`` or ``{{name|fallback text}}``; whitespace inside the braces is ignored. A value
that is missing or empty renders the fallback (or an empty string). Unknown names are caught at
definition time (:mod:`customario.definitions.models`), not at call time.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?:\|([^}]*))?\}\}")


def placeholders_in(text: str) -> list[str]:
    """Names used in ``text`` in order of first use, e.g. ``["first_name", "company"]``."""
    seen: dict[str, None] = {}
    for m in PLACEHOLDER_RE.finditer(text or ""):
        seen.setdefault(m.group(1), None)
    return list(seen)


def render_template(text: str, context: Mapping[str, Any]) -> str:
    """Replace placeholders with ``context`` values (``None``/empty → fallback or ``""``)."""

    def sub(m: re.Match) -> str:
        value = context.get(m.group(1))
        if value is None or (isinstance(value, str) and not value.strip()):
            return (m.group(2) or "").strip()
        return str(value)

    return PLACEHOLDER_RE.sub(sub, text or "")
