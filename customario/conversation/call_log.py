"""Reading calls back: listings and one call with its answers, tool calls and transcript.

Phone numbers are masked (``******1234``) in listings; the full record of one call shows the
contact's E.164 only in ``show`` (the operator asked for that call).
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from customario.errors import NotFoundError


def list_calls(
    db: Database,
    *,
    campaign: str | None = None,
    status: str | None = None,
    disposition: str | None = None,
    channel: str | None = None,
    limit: int | None = 50,
) -> list[dict]:
    """Newest first: id, campaign, version, channel, status, disposition, contact (masked phone),
    turns, answers, started_at (UTC), duration_s."""
    from customario.render.tables import mask_phone

    where, params = [], []
    for col, value in (
        ("c.campaign", campaign),
        ("c.status", status),
        ("c.disposition", disposition),
        ("c.channel", channel),
    ):
        if value:
            where.append(f"{col} = ?")
            params.append(value)
    sql = (
        "SELECT c.id, c.campaign, v.version, c.channel, c.status, c.disposition,"
        " COALESCE(k.e164, json_extract(c.metadata, '$.e164')) AS e164, c.started_at, c.duration_s,"
        " (SELECT COUNT(*) FROM turns t WHERE t.call_id = c.id) AS turns,"
        " (SELECT COUNT(*) FROM answers a WHERE a.call_id = c.id) AS answers"
        " FROM calls c LEFT JOIN contacts k ON k.id = c.contact_id LEFT JOIN campaigns v ON v.id = c.campaign_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = []
    for r in db.query(sql, params):
        r["contact"] = mask_phone(r.pop("e164"))
        rows.append(r)
    return rows


def _loads(value: Any) -> Any:
    """Decode a JSON text column; text that is not JSON is returned as is."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def get_call(db: Database, call_id: int, *, transcript: bool = True) -> dict:
    """``{"call": {...}, "answers": [...], "tool_calls": [...], "callbacks": [...], "turns": [...]}``
    for call ``call_id``; raises NotFoundError."""
    rows = list(db.query("SELECT * FROM calls WHERE id = ?", [call_id]))
    if not rows:
        raise NotFoundError(f"no call with id {call_id}", "List calls with `customario calls list`")
    call = rows[0]
    call["metadata"] = _loads(call.get("metadata"))
    contact = (
        list(db.query("SELECT id, e164, name, timezone FROM contacts WHERE id = ?", [call["contact_id"]]))
        if call.get("contact_id")
        else []
    )
    out = {
        "call": call,
        "contact": contact[0] if contact else None,
        "answers": [
            {**a, "value": _loads(a["value"])}
            for a in db.query(
                "SELECT question_id, value, status, confidence, confirmed, method, evidence, attempts, recorded_at"
                " FROM answers WHERE call_id = ? ORDER BY id",
                [call_id],
            )
        ],
        "tool_calls": [
            {**t, "arguments": _loads(t["arguments"]), "result": _loads(t["result"])}
            for t in db.query(
                "SELECT name, arguments, result, error, duration_ms, called_at FROM tool_calls WHERE call_id = ? ORDER BY id",
                [call_id],
            )
        ],
        "callbacks": list(
            db.query("SELECT due_at, requested_text, status FROM callbacks WHERE call_id = ?", [call_id])
        ),
    }
    if transcript:
        out["turns"] = [
            {**t, "metrics": _loads(t["metrics"])}
            for t in db.query(
                "SELECT seq, role, text, started_at, metrics FROM turns WHERE call_id = ? ORDER BY seq", [call_id]
            )
        ]
    return out
