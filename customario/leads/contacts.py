"""Leads (contacts) and lead lists: import, lookups, listing and export.

``import_leads`` lives in customario.leads.importer (file reading in customario.leads.reader,
phone normalisation in customario.leads.phones); this module holds the lookups other parts use.
A contact's ``attributes`` is always a JSON object (unknown import columns, usable as
``{{placeholders}}``); :func:`contact_dict` decodes it.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from sqlite_utils import Database

from customario.errors import InputDataError, NotFoundError
from customario.leads.import_report import ImportSummary, Reject
from customario.leads.importer import import_leads, parse_mapping
from customario.leads.lead_values import valid_timezone

CONTACT_COLUMNS = (
    "id",
    "e164",
    "phone_extension",
    "name",
    "first_name",
    "last_name",
    "email",
    "company",
    "title",
    "timezone",
    "timezone_source",
    "region",
    "consent",
    "attributes",
    "phone_raw",
    "created_at",
    "updated_at",
)


def contact_dict(row: Any) -> dict[str, Any]:
    """A contacts row (sqlite3 row tuple with CONTACT_COLUMNS order, or a mapping) as a dict with
    ``attributes`` decoded to a dict."""
    data = dict(row) if isinstance(row, dict) else dict(zip(CONTACT_COLUMNS, row))
    attrs = data.get("attributes")
    if isinstance(attrs, str):
        try:
            data["attributes"] = json.loads(attrs) if attrs else {}
        except json.JSONDecodeError:
            data["attributes"] = {}
    return data


def _select(where: str = "", joins: str = "") -> str:
    cols = ", ".join(f"c.{c}" for c in CONTACT_COLUMNS)
    return f"SELECT {cols} FROM contacts c {joins} {where}"


def get_contact(db: Database, ref: str | int, region: str = "US") -> dict[str, Any]:
    """The contact for ``ref``: an id (``42``), an E.164 number, or a phone as people write it
    (normalised with ``region``). Returns a dict (``attributes`` decoded).

    Raises NotFoundError when there is no such contact (or ``ref`` is not a usable number).
    """
    text = str(ref).strip()
    row = None
    if text.isdigit() and len(text) <= 9:
        row = db.execute(_select("WHERE c.id = ?"), [int(text)]).fetchone()
    if row is None:
        from customario.leads.phones import to_e164

        try:
            e164 = to_e164(text, region)
        except InputDataError:
            e164 = None
        if e164:
            row = db.execute(_select("WHERE c.e164 = ?"), [e164]).fetchone()
    if row is None:
        raise NotFoundError(f"no contact {text!r}", "Use an id or phone number from `customario leads list`")
    return contact_dict(row)


def get_list(db: Database, name: str) -> dict[str, Any]:
    """The lead list ``name`` as a dict; raises NotFoundError naming the known lists."""
    row = db.execute(
        "SELECT id, name, default_timezone, region, created_at FROM lists WHERE name = ?", [name]
    ).fetchone()
    if row is None:
        known = [r[0] for r in db.execute("SELECT name FROM lists ORDER BY name LIMIT 20")]
        raise NotFoundError(
            f"no lead list {name!r}",
            f"Known lists: {', '.join(known)}"
            if known
            else "Import one with `customario leads import FILE --list NAME`",
        )
    return dict(zip(("id", "name", "default_timezone", "region", "created_at"), row))


def iter_contacts(db: Database, list_name: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Contacts ordered by id, optionally only those on ``list_name`` (NotFoundError if unknown)."""
    params: list[Any] = []
    joins = where = ""
    if list_name is not None:
        lst = get_list(db, list_name)
        joins = "JOIN list_members m ON m.contact_id = c.id"
        where = "WHERE m.list_id = ?"
        params.append(lst["id"])
    sql = _select(where, joins) + " ORDER BY c.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    for row in db.execute(sql, params):
        yield contact_dict(row)


def list_contacts(db: Database, list_name: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """:func:`iter_contacts` as a list."""
    return list(iter_contacts(db, list_name, limit))


def count_contacts(db: Database, list_name: str | None = None) -> dict[str, Any]:
    """``{"list", "contacts", "with_consent", "on_dnc"}`` for one list or all contacts."""
    if list_name is None:
        base, params = "FROM contacts c", []
    else:
        base, params = (
            "FROM contacts c JOIN list_members m ON m.contact_id = c.id WHERE m.list_id = ?",
            [get_list(db, list_name)["id"]],
        )
    row = db.execute(
        f"SELECT COUNT(*), SUM(c.consent = 'granted'), SUM(EXISTS (SELECT 1 FROM dnc d WHERE d.e164 = c.e164)) {base}",
        params,
    ).fetchone()
    return {"list": list_name, "contacts": row[0], "with_consent": row[1] or 0, "on_dnc": row[2] or 0}


def list_lists(db: Database) -> list[dict[str, Any]]:
    """Every lead list with its member count."""
    rows = db.execute(
        "SELECT l.id, l.name, l.default_timezone, l.region, l.created_at, COUNT(m.contact_id)"
        " FROM lists l LEFT JOIN list_members m ON m.list_id = l.id GROUP BY l.id ORDER BY l.name"
    ).fetchall()
    return [dict(zip(("id", "name", "default_timezone", "region", "created_at", "contacts"), r)) for r in rows]


__all__ = [
    "ImportSummary",
    "Reject",
    "import_leads",
    "parse_mapping",
    "valid_timezone",
    "get_contact",
    "get_list",
    "iter_contacts",
    "list_contacts",
    "count_contacts",
    "list_lists",
    "contact_dict",
    "CONTACT_COLUMNS",
]
