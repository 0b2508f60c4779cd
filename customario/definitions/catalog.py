"""Stored campaign definitions: versioned by content hash, resolved by name, module or file.

``add_campaign`` stores a new version only when the definition changed (same hash → same row), so
re-adding an unchanged file is a no-op. Every call row points at the version it ran
(``calls.campaign_id``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.definitions import Campaign, canonical_json, definition_hash, load_definition, parse_definition
from customario.errors import NotFoundError, UsageError


@dataclass(frozen=True)
class StoredCampaign:
    """A campaign version as stored: ``id`` is the ``campaigns`` row id (the version identity)."""

    id: int
    name: str
    version: int
    hash: str
    kind: str
    module: str | None
    campaign: Campaign
    source_path: str | None
    created_at: str

    def summary(self) -> dict:
        c = self.campaign
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "kind": self.kind,
            "module": self.module,
            "questions": len(c.questions),
            "hash": self.hash[:12],
            "source_path": self.source_path,
            "created_at": self.created_at,
        }


def _row_to_stored(row: dict) -> StoredCampaign:
    campaign = parse_definition(json.loads(row["definition"]), f"database campaign {row['name']} v{row['version']}")
    return StoredCampaign(
        id=row["id"],
        name=row["name"],
        version=row["version"],
        hash=row["hash"],
        kind=row["kind"],
        module=row["module"],
        campaign=campaign,
        source_path=row["source_path"],
        created_at=row["created_at"],
    )


def add_campaign(db: Database, campaign: Campaign, source_path: str | None = None) -> tuple[StoredCampaign, bool]:
    """Store ``campaign``; returns (stored version, created?). Unchanged definitions are not duplicated."""
    digest = definition_hash(campaign)
    with immediate(db):
        existing = db.execute("SELECT * FROM campaigns WHERE name = ? AND hash = ?", [campaign.name, digest]).fetchone()
        if existing:
            cols = [d[0] for d in db.execute("SELECT * FROM campaigns LIMIT 0").description]
            return _row_to_stored(dict(zip(cols, existing))), False
        version = db.execute(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM campaigns WHERE name = ?", [campaign.name]
        ).fetchone()[0]
        row = {
            "name": campaign.name,
            "kind": campaign.kind,
            "version": version,
            "hash": digest,
            "module": campaign.module,
            "definition": canonical_json(campaign),
            "source_path": str(source_path) if source_path else None,
            "created_at": utc_now(),
        }
        db["campaigns"].insert(row)
    return get_campaign(db, campaign.name, version=version), True


def get_campaign(db: Database, name: str, version: int | None = None) -> StoredCampaign:
    """The latest (or given) version of campaign ``name``; raises NotFoundError."""
    if version is None:
        rows = list(db.query("SELECT * FROM campaigns WHERE name = ? ORDER BY version DESC LIMIT 1", [name]))
    else:
        rows = list(db.query("SELECT * FROM campaigns WHERE name = ? AND version = ?", [name, version]))
    if not rows:
        raise NotFoundError(
            f"no campaign named {name!r}" + (f" with version {version}" if version else ""),
            "Add it with `customario campaign add FILE` or list them with `customario campaign list`",
        )
    return _row_to_stored(rows[0])


def get_campaign_by_id(db: Database, campaign_id: int) -> StoredCampaign:
    rows = list(db.query("SELECT * FROM campaigns WHERE id = ?", [campaign_id]))
    if not rows:
        raise NotFoundError(f"no campaign version with id {campaign_id}", "List them with `customario campaign list`")
    return _row_to_stored(rows[0])


def list_campaigns(db: Database, kind: str | None = None, all_versions: bool = False) -> list[StoredCampaign]:
    """Latest versions (or every version) ordered by name, optionally filtered by kind."""
    sql = "SELECT * FROM campaigns" if all_versions else "SELECT * FROM campaigns_current"
    params: list = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    sql += " ORDER BY name, version"
    return [_row_to_stored(r) for r in db.query(sql, params)]


def check_references(campaign: Campaign, campaigns_dir: str | None = None, source: str = "definition") -> None:
    """Refuse a definition that names a tool or campaign module this installation does not have
    (DefinitionError, exit 65): ``tools:`` must name built-in or module tools, ``module:`` a
    discovered campaign module (never an arbitrary Python module)."""
    from customario.errors import DefinitionError
    from customario.plugins.manager import discover

    registry = discover(campaigns_dir)
    modules = {m.name for m in registry.modules if m.name != "builtins"}
    if campaign.module and campaign.module not in modules:
        raise DefinitionError(
            f"module: no campaign module named {campaign.module!r}",
            f"Known modules: {', '.join(sorted(modules)) or 'none'} (see `customario plugins`)",
            location=source,
        )
    known = set(registry.tools())
    for i, tool in enumerate(campaign.tools):
        if tool not in known:
            raise DefinitionError(
                f"tools[{i}]: unknown tool {tool!r}", f"Known tools: {', '.join(sorted(known))}", location=source
            )


def resolve_campaign(db: Database, ref: str, campaigns_dir: str | None = None, *, add: bool = True) -> StoredCampaign:
    """Find a campaign by stored name, by a plug-in's shipped definition, or by a YAML path.

    ``campaigns_dir`` is the trusted campaigns folder (``settings.campaigns_dir``) or None for the
    installed plug-ins only.

    A definition that comes from a file or module is validated and stored (``add=True``) so every
    call can point at a version. Raises NotFoundError or DefinitionError.
    """
    path = Path(ref)
    if ref.endswith((".yaml", ".yml")) or path.exists() or "/" in ref:
        campaign = load_definition(path)
        check_references(campaign, campaigns_dir, str(path))
        return add_campaign(db, campaign, str(path))[0] if add else _unsaved(campaign, str(path))
    try:
        return get_campaign(db, ref)
    except NotFoundError:
        pass
    from customario.plugins.manager import discover

    files = discover(campaigns_dir).definition_files()
    if ref in files:
        campaign = load_definition(files[ref])
        return add_campaign(db, campaign, str(files[ref]))[0] if add else _unsaved(campaign, str(files[ref]))
    known = sorted({s.name for s in list_campaigns(db)} | set(files))
    raise NotFoundError(
        f"no campaign named {ref!r}",
        f"Known campaigns: {', '.join(known) or 'none'}. Add one with `customario campaign add FILE`",
    )


def _unsaved(campaign: Campaign, source: str) -> StoredCampaign:
    return StoredCampaign(
        0, campaign.name, 0, definition_hash(campaign), campaign.kind, campaign.module, campaign, source, ""
    )


def require_kind(stored: StoredCampaign, kind: str) -> None:
    """Raise UsageError unless the campaign is of ``kind`` (e.g. ``survey run`` on a survey)."""
    if stored.kind != kind:
        raise UsageError(
            f"{stored.name} is a {stored.kind} campaign, not a {kind}", "Use `customario campaign` commands for it"
        )
