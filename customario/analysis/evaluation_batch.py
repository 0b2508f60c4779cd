"""Evaluation through the Message Batches API, for cron: submit, status, collect.

- ``submit``: the pending calls of a campaign go out as one batch (chunks of ≤ 10,000 requests);
  each request's ``custom_id`` is ``call-<call id>-<rubric version>``, so results can be matched
  without any other state. The calls' evaluations become ``submitted`` (skipped by other runs).
- ``status``: refreshes ``processing_status`` and request counts of open batches.
- ``collect``: reads the results of ended batches in whatever order they come, validates each
  succeeded item like a direct evaluation (and settles its payment); ``errored``, ``expired`` and
  ``canceled`` items, off-schema replies and items missing from the results stay pending
  (``failed``) for the next run. Batch prices are half the direct ones (cost estimate).
"""

from __future__ import annotations

import json
import re
from typing import Any

from customario.store.db import immediate, json_col, utc_now
from customario.errors import CustomarioError, UsageError
from customario.analysis.evaluation import (
    OfflineEvaluator,
    check_rubric,
    get_evaluator,
    rubric_version,
    select_calls,
    store_evaluation,
)
from customario.analysis.quality import channel_medians, compute_signals, load_calls

_CUSTOM_ID = re.compile(r"^call-(\d+)-([0-9a-f]{16})$")


def custom_id(call_id: int, rv: str) -> str:
    """``call-<id>-<rubric version>`` (≤ 64 characters of ``[A-Za-z0-9_-]``, as the API requires)."""
    return f"call-{int(call_id)}-{rv}"


def parse_custom_id(value: str) -> tuple[int, str] | None:
    m = _CUSTOM_ID.match(value or "")
    return (int(m.group(1)), m.group(2)) if m else None


def _batch_evaluator(settings: Any, evaluator_obj: Any, name: str = "anthropic"):
    ev = evaluator_obj or get_evaluator(name, settings)
    if not hasattr(ev, "params") or not hasattr(ev, "from_message"):
        raise UsageError(
            f"the {ev.name} evaluator cannot use Message Batches", "Use --evaluator anthropic with --batch"
        )
    return ev


def submit(
    db,
    stored,
    settings: Any,
    *,
    evaluator_obj: Any = None,
    limit: int | None = None,
    dry_run: bool = False,
    chunk: int = 10_000,
) -> dict:
    """Send the campaign's pending calls as Message Batches; returns ``{"batches": [...], "submitted", "skipped"}``.

    Calls without turns are evaluated at once without the model (held for review).
    Raises ConfigError (no API key / criteria), ExternalServiceError (API failed).
    """
    from customario.adapters.anthropic import create_batch

    ev = _batch_evaluator(settings, evaluator_obj)
    campaign = stored.campaign
    if not campaign.evaluation.criteria:
        from customario.errors import ConfigError

        raise ConfigError(
            f"campaign {stored.name} has no evaluation criteria", "Add evaluation.criteria to the definition"
        )
    check_rubric(campaign.evaluation.criteria)
    rv = rubric_version(campaign)
    ids, skipped = select_calls(db, stored.name, rv=rv, evaluator=ev.name, limit=limit)
    out = {
        "campaign": stored.name,
        "rubric_version": rv,
        "batches": [],
        "submitted": 0,
        "skipped": skipped,
        "evaluated_without_model": 0,
    }
    if dry_run or not ids:
        out["would_submit"] = ids if dry_run else []
        return out
    datas = load_calls(db, ids)
    median = channel_medians(db, stored.name)
    offline = OfflineEvaluator(settings)
    requests: list[tuple[int, dict]] = []
    for cid in ids:
        data = datas[cid]
        if not data.turns:
            signals = compute_signals(campaign, data, median)
            store_evaluation(
                db,
                stored,
                data,
                rv=rv,
                evaluator=ev.name,
                signals=signals,
                result=ev.evaluate(campaign, data, signals),
                cross_check=offline.evaluate(campaign, data, signals).score,
            )
            out["evaluated_without_model"] += 1
            continue
        requests.append((cid, {"custom_id": custom_id(cid, rv), "params": ev.params(campaign, data)}))
    for start in range(0, len(requests), chunk):
        part = requests[start : start + chunk]
        summary = create_batch(ev.client, [r for _, r in part])
        model = part[0][1]["params"]["model"]
        now = utc_now()
        with immediate(db):
            batch_pk = (
                db["evaluation_batches"]
                .insert(
                    {
                        "provider_batch_id": summary["id"],
                        "campaign": stored.name,
                        "evaluator": ev.name,
                        "model": model,
                        "request_count": len(part),
                        "processing_status": summary["processing_status"],
                        "counts": json_col(summary["counts"]),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                .last_pk
            )
            for cid, _ in part:
                db.execute(
                    "INSERT INTO evaluations (call_id, campaign, rubric_version, evaluator, status, model, batch_id, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, 'submitted', ?, ?, ?, ?) ON CONFLICT(call_id, rubric_version, evaluator) "
                    "DO UPDATE SET status='submitted', batch_id=excluded.batch_id, model=excluded.model, error=NULL, updated_at=excluded.updated_at",
                    [cid, stored.name, rv, ev.name, model, batch_pk, now, now],
                )
        out["batches"].append(
            {"id": summary["id"], "requests": len(part), "processing_status": summary["processing_status"]}
        )
        out["submitted"] += len(part)
    return out


def status(db, settings: Any, *, evaluator_obj: Any = None, refresh: bool = True) -> list[dict]:
    """Open (not yet collected) batches, refreshed from the API when ``refresh``."""
    from customario.adapters.anthropic import retrieve_batch

    rows = [dict(r) for r in db.query("SELECT * FROM evaluation_batches WHERE collected_at IS NULL ORDER BY id")]
    if rows and refresh:
        ev = _batch_evaluator(settings, evaluator_obj)
        for r in rows:
            s = retrieve_batch(ev.client, r["provider_batch_id"])
            with immediate(db):
                db.execute(
                    "UPDATE evaluation_batches SET processing_status=?, counts=?, updated_at=? WHERE id=?",
                    [s["processing_status"], json_col(s["counts"]), utc_now(), r["id"]],
                )
            r["processing_status"], r["counts"] = s["processing_status"], json_col(s["counts"])
    return [
        {
            "id": r["provider_batch_id"],
            "campaign": r["campaign"],
            "requests": r["request_count"],
            "processing_status": r["processing_status"],
            "counts": json.loads(r["counts"] or "{}"),
            "created_at": r["created_at"],
        }
        for r in rows
    ]


def collect(db, settings: Any, *, evaluator_obj: Any = None) -> dict:
    """Match the results of every ended, uncollected batch to calls by ``custom_id``.

    Returns ``{"batches", "evaluated", "failed", "unmatched", "results": [...]}``; ``failed`` items
    stay pending. Batches still processing are left for the next run.
    """
    from customario.definitions.catalog import get_campaign
    from customario.adapters.anthropic import ModelOutputError, batch_results

    ev = _batch_evaluator(settings, evaluator_obj)
    open_batches = status(db, settings, evaluator_obj=ev)
    out = {"batches": [], "evaluated": 0, "failed": 0, "unmatched": 0, "still_processing": 0, "results": []}
    campaigns: dict[str, Any] = {}
    offline = OfflineEvaluator(settings)
    for b in open_batches:
        if b["processing_status"] != "ended":
            out["still_processing"] += 1
            continue
        batch_pk = db.execute("SELECT id FROM evaluation_batches WHERE provider_batch_id = ?", [b["id"]]).fetchone()[0]
        items = list(batch_results(ev.client, b["id"]))
        parsed = [(parse_custom_id(cid), kind, payload) for cid, kind, payload in items]
        call_ids = [p[0][0] for p in parsed if p[0]]
        datas = load_calls(db, call_ids)
        seen: set[int] = set()
        for key, kind, payload in parsed:
            if key is None or key[0] not in datas:
                out["unmatched"] += 1
                continue
            cid, rv = key
            seen.add(cid)
            data = datas[cid]
            name = data.call.get("campaign")
            if name not in campaigns:
                stored = get_campaign(db, name)
                campaigns[name] = (stored, channel_medians(db, name))
            stored, median = campaigns[name]
            signals = compute_signals(stored.campaign, data, median)
            result, error = None, None
            if kind == "succeeded":
                try:
                    result = ev.from_message(stored.campaign, data, payload)
                except CustomarioError as exc:
                    error = exc
            else:
                detail = ""
                if isinstance(payload, dict):
                    inner = payload.get("error") if isinstance(payload.get("error"), dict) else payload
                    detail = f": {inner.get('type', '')} {inner.get('message', '')}".rstrip()
                error = ModelOutputError(f"batch item {kind}{detail}", "It stays pending; submit again")
            row = store_evaluation(
                db,
                stored,
                data,
                rv=rv,
                evaluator=ev.name,
                signals=signals,
                result=result,
                cross_check=offline.evaluate(stored.campaign, data, signals).score if result else None,
                error=error,
                batch_id=batch_pk,
            )
            out["results"].append(row)
            out["evaluated" if row["status"] == "done" else "failed"] += 1
        now = utc_now()
        with immediate(db):
            missing = [
                r[0]
                for r in db.execute(
                    "SELECT call_id FROM evaluations WHERE batch_id = ? AND status = 'submitted'", [batch_pk]
                ).fetchall()
            ]
            if missing:
                db.execute(
                    "UPDATE evaluations SET status='failed', error='missing from the batch results', updated_at=? "
                    "WHERE batch_id = ? AND status = 'submitted'",
                    [now, batch_pk],
                )
            db.execute("UPDATE evaluation_batches SET collected_at=?, updated_at=? WHERE id=?", [now, now, batch_pk])
        out["failed"] += len(missing)
        out["batches"].append({"id": b["id"], "items": len(items), "missing": len(missing)})
    out["results"].sort(key=lambda r: r["call_id"])
    return out
