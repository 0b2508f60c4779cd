"""Participant payments: the rule, the ledger (one payment per call) and payout files.

The rule (all integer cents, computed here, never by a model):

1. a campaign without ``payment:`` pays nothing (no ledger row);
2. only ``complete`` interviews are paid; others get a ``void`` row with amount 0;
3. two or more data-quality flags (``customario.analysis.quality``) → ``void``, amount 0;
4. score below ``evaluation.quality_threshold`` → nothing; from the threshold up the amount grows
   linearly from ``min_cents`` (at the threshold) to ``max_cents`` (at 100), rounded down to a
   cent and capped at ``max_cents``;
5. ``held`` for human review (with the amount the rule gives) when the score is within
   ``borderline_margin`` of the threshold, when evaluators disagree by more than
   :data:`DISAGREEMENT_POINTS` (the LLM score against the deterministic offline score, or two
   evaluators), when one data-quality flag is raised, or when the evaluation carries a review flag
   (the judge saw a manipulation attempt, evidence not found in the transcript, injection-like text).

Transcript text can therefore never raise a payment above ``max_cents`` nor past a review.

Only real respondents are paid:

6. a call of a test channel (:data:`TEST_CHANNELS`: ``simulation``, ``console``) or marked
   ``metadata.test`` gets status ``test`` (the rule's amount kept in ``computed_cents`` for
   comparison, ``amount_cents`` 0): never approved (not even by id), never exported;
7. a payment needs a **payee**: the call's contact (``payee_kind`` ``contact``), the web
   respondent named in ``calls.metadata.payee`` (``{"kind": "web", "ref": ..., "email": ...}``) or
   the widget session's respondent (``session:<id>``, the reference a panel pays against); without
   one it is ``held`` ("no payee") and cannot be approved or exported.

Statuses: pending → approved → paid, or held / void / test. ``UNIQUE(call_id)`` in the ``payments``
table makes a second payment for a call impossible, even with concurrent ``evaluate`` runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from customario.store.db import immediate, json_col, utc_now
from customario.errors import NotFoundError, UsageError
from customario.analysis.quality import FLAG_NAMES

DISAGREEMENT_POINTS = 30.0
REVIEW_FLAGS = ("manipulation_attempt", "unverified_evidence", "injection_text", "no_turns")
STATUSES = ("pending", "approved", "paid", "held", "void", "test")
TEST_CHANNELS = ("simulation", "console")
# target status -> statuses it may be reached from
TRANSITIONS = {
    "approved": ("pending", "held"),
    "held": ("pending", "approved"),
    "void": ("pending", "held", "approved"),
    "paid": ("approved",),
}


def amount_for_score(score: float, threshold: float, min_cents: int, max_cents: int) -> int:
    """Integer cents for a 0..100 ``score``: 0 below ``threshold``, then linear from ``min_cents``
    to ``max_cents`` at 100, rounded down, never above ``max_cents``."""
    if score is None or score < threshold:
        return 0
    if threshold >= 100:
        return max_cents
    fraction = min(1.0, max(0.0, (float(score) - threshold) / (100.0 - threshold)))
    return min(max_cents, min_cents + int((max_cents - min_cents) * fraction))


def decide(campaign, *, score: float, flags: list[str], scores: list[float], disposition: str | None) -> dict:
    """Apply the payment rule; returns ``{"status", "amount_cents", "reason", "rule"}``."""
    ev, pay = campaign.evaluation, campaign.payment
    quality = sorted(f for f in flags if f in FLAG_NAMES)
    review = sorted(f for f in flags if f in REVIEW_FLAGS)
    spread = (max(scores) - min(scores)) if len(scores) > 1 else 0.0
    rule = {
        "score": score,
        "threshold": ev.quality_threshold,
        "borderline_margin": ev.borderline_margin,
        "min_cents": pay.min_cents,
        "max_cents": pay.max_cents,
        "quality_flags": quality,
        "review_flags": review,
        "score_spread": round(spread, 1),
        "disposition": disposition,
    }
    if disposition != "complete":
        return {
            "status": "void",
            "amount_cents": 0,
            "reason": f"not a complete interview ({disposition})",
            "rule": rule,
        }
    if len(quality) >= 2:
        return {"status": "void", "amount_cents": 0, "reason": "data quality: " + ", ".join(quality), "rule": rule}
    amount = amount_for_score(score, ev.quality_threshold, pay.min_cents, pay.max_cents)
    held = []
    if abs(score - ev.quality_threshold) <= ev.borderline_margin:
        held.append(f"borderline score {score:g} (threshold {ev.quality_threshold:g})")
    if spread > DISAGREEMENT_POINTS:
        held.append(f"evaluators disagree by {spread:.0f} points")
    if quality:
        held.append("data quality: " + ", ".join(quality))
    if review:
        held.append("review: " + ", ".join(review))
    if held:
        return {"status": "held", "amount_cents": amount, "reason": "; ".join(held), "rule": rule}
    if amount == 0:
        return {
            "status": "void",
            "amount_cents": 0,
            "reason": f"score {score:g} below threshold {ev.quality_threshold:g}",
            "rule": rule,
        }
    return {"status": "pending", "amount_cents": amount, "reason": f"score {score:g}", "rule": rule}


def payee_of(call: dict, db=None) -> tuple[str | None, str | None]:
    """``(payee_kind, payee_ref)`` of a call: its contact; else ``metadata.payee`` (``{"kind", "ref"}``);
    else the web session's respondent when it carries an id or an e-mail address; ``(None, None)``
    when nobody can be paid (an anonymous web respondent)."""
    if call.get("contact_id"):
        return "contact", str(call["contact_id"])
    meta = call.get("metadata") or {}
    if isinstance(meta, str):
        try:
            meta = json.loads(meta or "{}")
        except ValueError:
            meta = {}
    payee = meta.get("payee") if isinstance(meta, dict) else None
    if isinstance(payee, dict) and payee.get("ref"):
        return str(payee.get("kind") or "web"), str(payee["ref"])
    if db is not None and call.get("channel") == "web":
        try:
            row = db.execute("SELECT id, respondent FROM web_sessions WHERE call_id = ?", [call.get("id")]).fetchone()
        except Exception:  # no web tables in this database
            row = None
        if row:  # the widget respondent: paid through the session reference (panel token)
            respondent = json.loads(row[1] or "{}")
            email = respondent.get("email") if isinstance(respondent, dict) else None
            return "web", f"session:{row[0]}" + (f" email:{str(email)[:120]}" if email else "")
    return None, None


def test_reason(call: dict) -> str | None:
    """Why a call is a test run (simulation or console channel, ``metadata.test``), else None."""
    if call.get("channel") in TEST_CHANNELS:
        return f"test call (channel {call['channel']}): never paid"
    meta = call.get("metadata") or {}
    if isinstance(meta, str):
        try:
            meta = json.loads(meta or "{}")
        except ValueError:
            meta = {}
    if isinstance(meta, dict) and meta.get("test"):
        return "test run (metadata.test): never paid"
    return None


def settle_payment(db, stored, data, *, rv: str) -> dict | None:
    """Create or update the call's payment from its ``done`` evaluations under rubric ``rv``.

    Must run inside the caller's transaction. The primary score is the latest non-offline
    evaluation (else the offline one); every evaluator's score and the cross-check score count
    for disagreement. Rows decided by a person (approved, paid, or changed by a command) are never
    touched. Returns the payment row, or None when the campaign does not pay.
    """
    campaign = stored.campaign
    if campaign.payment is None:
        return None
    evals = list(
        db.query(
            "SELECT id, evaluator, score, cross_check_score, flags FROM evaluations "
            "WHERE call_id = ? AND rubric_version = ? AND status = 'done' ORDER BY (evaluator = 'offline'), updated_at DESC, id DESC",
            [data.id, rv],
        )
    )
    if not evals:
        return None
    primary = evals[0]
    scores = [e["score"] for e in evals if e["score"] is not None]
    scores += [e["cross_check_score"] for e in evals if e["cross_check_score"] is not None]
    flags = sorted({f for e in evals for f in json.loads(e["flags"] or "[]")})
    decision = decide(
        campaign, score=primary["score"], flags=flags, scores=scores, disposition=data.call.get("disposition")
    )
    kind, ref = payee_of(data.call, db)
    computed = decision["amount_cents"]
    testing = test_reason(data.call)
    if testing:
        decision = {
            **decision,
            "status": "test",
            "amount_cents": 0,
            "reason": f"{testing} (rule: {decision['reason']})",
        }
    elif kind is None and decision["status"] in ("pending", "held"):
        decision = {
            **decision,
            "status": "held",
            "reason": "no payee (no contact, no web respondent); " + decision["reason"],
        }
    decision["rule"] = {**decision["rule"], "payee_kind": kind, "test": bool(testing)}
    now = utc_now()
    row = {
        "call_id": data.id,
        "contact_id": data.call.get("contact_id"),
        "campaign": stored.name,
        "evaluation_id": primary["id"],
        "amount_cents": decision["amount_cents"],
        "computed_cents": computed,
        "currency": campaign.payment.currency,
        "status": decision["status"],
        "reason": decision["reason"],
        "score": primary["score"],
        "rule": json_col(decision["rule"]),
        "payee_kind": kind,
        "payee_ref": ref,
        "updated_at": now,
    }
    existing = db.execute("SELECT id, status, rule FROM payments WHERE call_id = ?", [data.id]).fetchone()
    if existing is None:
        # INSERT OR IGNORE + UNIQUE(call_id): a concurrent writer can never add a second row.
        db.execute(
            f"INSERT OR IGNORE INTO payments ({', '.join(row)}, created_at) VALUES ({', '.join('?' * len(row))}, ?)",
            [*row.values(), now],
        )
    elif existing[1] in ("pending", "held", "void", "test") and not json.loads(existing[2] or "{}").get("decided_by"):
        sets = ", ".join(f"{k} = ?" for k in row)
        db.execute(f"UPDATE payments SET {sets} WHERE id = ?", [*row.values(), existing[0]])
    return dict(next(iter(db.query("SELECT * FROM payments WHERE call_id = ?", [data.id]))))


def list_payments(
    db, *, campaign: str | None = None, status: str | None = None, limit: int | None = None
) -> list[dict]:
    """Ledger rows (oldest first): id, call_id, contact_id, campaign, amount_cents, currency, status, reason, score."""
    if status and status not in STATUSES:
        raise UsageError(f"unknown payment status {status!r}", f"Use one of: {', '.join(STATUSES)}")
    filters = {k: v for k, v in (("campaign", campaign), ("status", status)) if v}
    return list(
        db["payments"].rows_where(
            " AND ".join(f"{k} = ?" for k in filters) or None,
            list(filters.values()),
            select="id, call_id, contact_id, campaign, amount_cents, computed_cents, currency, status, reason, score, "
            "payee_kind, payee_ref, created_at, updated_at, approved_at, paid_at, payout_ref",
            order_by="id",
            limit=int(limit) if limit else None,
        )
    )


def _check_transition(rows: list[dict], target: str) -> None:
    """Raise UsageError when a row may not move to ``target``: a forbidden transition (a ``test``
    payment never becomes payable) or, for approved/paid, no payee."""
    bad = [r for r in rows if r["status"] not in TRANSITIONS[target]]
    if bad:
        why = " (a simulated or test call: nobody real to pay)" if bad[0]["status"] == "test" else ""
        raise UsageError(
            f"payment {bad[0]['id']} is {bad[0]['status']} and cannot become {target}{why}",
            f"Only {', '.join(TRANSITIONS[target])} payments can",
        )
    if target in ("approved", "paid"):
        nobody = [r for r in rows if not r.get("payee_kind")]
        if nobody:
            raise UsageError(
                f"payment {nobody[0]['id']} has no payee (no contact, no web respondent)",
                "Void it, or link the call to a contact first",
            )


def change_status(
    db,
    target: str,
    *,
    payment_ids: list[int] | None = None,
    call_ids: list[int] | None = None,
    campaign: str | None = None,
    all_from: str | None = None,
    reason: str | None = None,
    amount_cents: int | None = None,
    dry_run: bool = False,
    limit: int | None = None,
) -> list[dict]:
    """Move payments to ``target`` (approved, held, void, paid) by payment id, call id, or every
    payment in status ``all_from`` (optionally of one campaign). ``amount_cents`` (approve only)
    sets the amount, at most the rule's ``max_cents``. Returns the changed rows (or those that
    would change). Raises UsageError for a forbidden transition or amount, NotFoundError for an
    unknown id. One transaction for all rows.
    """
    if target not in TRANSITIONS:
        raise UsageError(f"cannot move payments to {target!r}", "Use approve, hold, void")
    if amount_cents is not None and target != "approved":
        raise UsageError("--amount is only for approve", "Drop --amount")
    if not (payment_ids or call_ids or all_from):
        raise UsageError("no payments chosen", "Give payment ids, --call ID or --all-pending/--all-held")
    with immediate(db):
        where, params = [], []
        if payment_ids or call_ids:
            parts = []
            if payment_ids:
                parts.append(f"id IN ({','.join('?' * len(payment_ids))})")
                params += payment_ids
            if call_ids:
                parts.append(f"call_id IN ({','.join('?' * len(call_ids))})")
                params += call_ids
            where.append("(" + " OR ".join(parts) + ")")
        for column, value in (("status", all_from), ("campaign", campaign)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        rows = list(db["payments"].rows_where(" AND ".join(where) or None, params, order_by="id"))
        found_ids = {r["id"] for r in rows} | {r["call_id"] for r in rows}
        missing = [i for i in (payment_ids or []) + (call_ids or []) if i not in found_ids]
        if missing:
            raise NotFoundError(f"no payment for id {missing[0]}", "List them with `customario payments list`")
        if limit:
            rows = rows[:limit]
        _check_transition(rows, target)
        now = utc_now()
        changed = []
        for r in rows:
            rule = json.loads(r["rule"] or "{}")
            amount = r["amount_cents"]
            if amount_cents is not None:
                if amount_cents < 0 or amount_cents > int(rule.get("max_cents", amount)):
                    raise UsageError(
                        f"amount {amount_cents} is outside 0..{rule.get('max_cents')} cents for payment {r['id']}",
                        "The survey's payment range caps every payment",
                    )
                amount = amount_cents
            if target == "void":
                amount = 0
            if target == "approved" and amount <= 0:
                raise UsageError(f"payment {r['id']} is 0 cents", "Approve it with --amount CENTS, or void it")
            rule["decided_by"] = "human"
            new = {
                "status": target,
                "amount_cents": amount,
                "reason": reason or r["reason"],
                "rule": json_col(rule),
                "updated_at": now,
            }
            if target == "approved":
                new["approved_at"] = now
            if not dry_run:
                sets = ", ".join(f"{k} = ?" for k in new)
                db.execute(f"UPDATE payments SET {sets} WHERE id = ?", [*new.values(), r["id"]])
            changed.append(
                {
                    "id": r["id"],
                    "call_id": r["call_id"],
                    "from": r["status"],
                    "to": target,
                    "amount_cents": amount,
                    "currency": r["currency"],
                }
            )
    return changed


PAYOUT_COLUMNS = (
    "payment_id",
    "call_id",
    "contact_id",
    "payee_kind",
    "payee_ref",
    "name",
    "email",
    "phone",
    "amount_cents",
    "amount",
    "currency",
    "campaign",
    "reference",
)


def payout_rows(db, *, campaign: str | None = None, status: str = "approved", limit: int | None = None) -> list[dict]:
    """Rows of a payout file: one per payment in ``status`` (default approved) that has a payee, a
    positive amount and a real (non-test) call, with the contact's details."""
    sql = (
        "SELECT p.id AS payment_id, p.call_id, p.contact_id, c.name, c.email, c.e164 AS phone, p.amount_cents, "
        "p.currency, p.campaign, p.payee_kind, p.payee_ref FROM payments p LEFT JOIN contacts c ON c.id = p.contact_id "
        "JOIN calls k ON k.id = p.call_id WHERE p.status = ? AND p.payee_kind IS NOT NULL AND p.amount_cents > 0 "
        f"AND k.channel NOT IN ({', '.join(repr(c) for c in TEST_CHANNELS)}) "
        "AND COALESCE(json_extract(k.metadata, '$.test'), 0) = 0"
    )
    params: list[Any] = [status]
    if campaign:
        sql += " AND p.campaign = ?"
        params.append(campaign)
    sql += " ORDER BY p.id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = []
    for r in db.query(sql, params):
        r = dict(r)
        r["amount"] = f"{r['amount_cents'] // 100}.{r['amount_cents'] % 100:02d}"
        r["reference"] = f"customario-{r['campaign']}-call-{r['call_id']}"
        rows.append({k: r.get(k) for k in PAYOUT_COLUMNS})
    return rows


def export_payouts(
    db,
    output: str | Path,
    *,
    fmt: str | None = None,
    campaign: str | None = None,
    mark_paid: bool = False,
    dry_run: bool = False,
    limit: int | None = None,
    raw: bool = False,
) -> dict:
    """Write approved payments to ``output`` as CSV or JSON (``fmt`` or the file extension) for any
    payout provider; with ``mark_paid`` they become ``paid`` in the same transaction as the write.
    Returns ``{"file", "format", "count", "total_cents", "marked_paid"}``. Raises UsageError for
    an unknown format and ConfigError (exit 3, before anything is read or marked) when the file
    exists (never overwrite a payout file) or cannot be written. CSV cells are spreadsheet-safe
    (customario.render.csvsafe) unless ``raw``."""
    from customario.render.outputs import check_output_path, open_output

    if fmt is not None and fmt not in ("csv", "json"):
        raise UsageError(f"unknown payout format {fmt!r}", "Use csv or json")
    dbfile = db.execute("PRAGMA database_list").fetchone()[2] or None
    path = check_output_path(
        output, what="payout file", overwrite=dry_run, option="--output", not_same_as={"database": dbfile}
    )
    suffix = path.suffix.lower()
    if fmt is None and suffix not in (".csv", ".json"):
        raise UsageError(
            f"cannot tell the payout format from {str(output)!r}", "Name the file .csv or .json, or pass --format"
        )
    fmt = fmt or suffix.lstrip(".")
    with immediate(db):
        rows = payout_rows(db, campaign=campaign, limit=limit)
        result = {
            "file": str(path),
            "format": fmt,
            "count": len(rows),
            "total_cents": sum(r["amount_cents"] for r in rows),
            "marked_paid": bool(mark_paid and not dry_run),
        }
        if dry_run:
            return result
        with open_output(path, "w", what="payout file", newline="") as fh:
            if fmt == "json":
                fh.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
            else:
                from customario.render import csvsafe

                w = csvsafe.dict_writer(fh, PAYOUT_COLUMNS, raw=raw)
                w.writeheader()
                w.writerows(rows)
        if mark_paid and rows:
            now = utc_now()
            ids = [r["payment_id"] for r in rows]
            db.execute(
                f"UPDATE payments SET status='paid', paid_at=?, payout_ref=?, updated_at=? "
                f"WHERE status='approved' AND id IN ({','.join('?' * len(ids))})",
                [now, path.name, now, *ids],
            )
    return result


def payment_totals(db, campaign: str | None = None) -> dict:
    """``{status: {"count", "cents"}}`` over the ledger (optionally one campaign)."""
    sql, params = "SELECT status, COUNT(*) AS n, COALESCE(SUM(amount_cents), 0) AS cents FROM payments", []
    if campaign:
        sql += " WHERE campaign = ?"
        params.append(campaign)
    return {r["status"]: {"count": r["n"], "cents": r["cents"]} for r in db.query(sql + " GROUP BY status", params)}
