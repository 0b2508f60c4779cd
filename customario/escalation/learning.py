"""Learning supervisor answers into the knowledge base, with a review queue for anything personal.

When a supervisor answers a help request, :func:`learn_answer` (called inside the answer's
transaction) decides what the knowledge base gets:

- ``caller-only`` (the supervisor said the answer is for this caller only): nothing is learned;
- personal data found in the question or the answer (:mod:`.pii`: the caller's name, card digits,
  phone numbers, e-mail and postal addresses, identifying numbers, things only true for this
  caller) → the answer waits in the review queue ``kb_review`` with a redacted copy; it is never
  searched until a person approves it (``customario kb review``);
- ``mode`` ``review``: every answer waits for review; ``auto`` with nothing personal, and the default
  ``review-if-personal`` with nothing personal: learned at once (article source ``supervisor``).

:func:`approve_review` (with the original, the redacted or an edited text) runs the detector again
and refuses text that still holds personal data unless the reviewer says it does not
(``allow_personal``, e.g. a staff member's name); the status guard (``pending`` → ``approved``, one
``UPDATE ... WHERE status = 'pending'``) makes a double approval by two reviewers impossible.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlite_utils import Database

from customario.errors import NotFoundError, UsageError
from customario.store.db import immediate, utc_now

from .pii import Finding, find_personal, first_names, redact, summary

LEARN_MODES = ("review-if-personal", "review", "auto")
REVIEW_STATUSES = ("pending", "approved", "rejected")
_NAME_SAID = re.compile(
    r"\b(?:my name is|my name's|this is|i am|i'm|it's|call me)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", re.I
)


def caller_names(db: Database, req: dict) -> list[str]:
    """Names of the caller of help request ``req``: its contact, the call's customer, and what
    they said ("my name is Jane Doe") in the call's turns."""
    names: list[str] = []
    if req.get("contact_id"):
        row = db.execute(
            "SELECT name, first_name, last_name FROM contacts WHERE id = ?", [req["contact_id"]]
        ).fetchone()
        names += [n for n in (row or ()) if n]
    if req.get("call_id"):
        row = db.execute(
            "SELECT c.name FROM customer_calls cc JOIN customers c ON c.id = cc.customer_id WHERE cc.call_id = ?",
            [req["call_id"]],
        ).fetchone()
        if row and row[0]:
            names.append(row[0])
        for (text,) in db.execute("SELECT text FROM turns WHERE call_id = ? AND role = 'caller'", [req["call_id"]]):
            names += [
                m.group(1) for m in _NAME_SAID.finditer(text or "") if m.group(1).split()[0].lower() in first_names()
            ]
    for turn in req.get("context") or []:
        if turn.get("role") in ("caller", "user"):
            names += [
                m.group(1)
                for m in _NAME_SAID.finditer(turn.get("text") or "")
                if m.group(1).split()[0].lower() in first_names()
            ]
    return list(dict.fromkeys(names))


def business_names(db: Database, campaign: str | None) -> list[str]:
    """First names that appear in the campaign's imported or manually written articles (staff, the
    owner): the business's own names, not personal data of a caller."""
    rows = db.execute(
        "SELECT question || ' ' || answer FROM kb_articles WHERE campaign IN ('', ?) AND source IN "
        "('imported', 'manual')",
        [campaign or ""],
    ).fetchall()
    names = first_names()
    found = {w for (text,) in rows for w in re.findall(r"\b[A-Z][a-z]{2,20}\b", text or "") if w.lower() in names}
    return sorted(found)


def scan(db: Database, question: str, answer: str, *, campaign: str | None, known: list[str]) -> list[dict]:
    """Findings in question and answer as dicts with ``field`` (question | answer)."""
    business = business_names(db, campaign)
    out = []
    for field, text in (("question", question), ("answer", answer)):
        for f in find_personal(text, known_names=known, business_names=business):
            out.append({"kind": f.kind, "text": f.text, "start": f.start, "end": f.end, "field": field})
    return out


def _redacted(text: str, findings: list[dict], field: str) -> str:
    return redact(text, [Finding(f["kind"], f["text"], f["start"], f["end"]) for f in findings if f["field"] == field])


def learn_answer(
    db: Database, req: dict, answer: str, *, by: str | None, mode: str = "review-if-personal", caller_only: bool = False
) -> dict[str, Any]:
    """Decide and write what the knowledge base learns from ``answer`` to help request ``req`` (see
    the module docstring). Returns ``{"status": learned | review | caller-only, "article_id",
    "review_id", "findings"}``. Call inside the answer's transaction. Raises UsageError for an
    unknown mode."""
    from .kb_articles import upsert_article

    if mode not in LEARN_MODES:
        raise UsageError(f"unknown learn mode {mode!r}", f"Use one of {', '.join(LEARN_MODES)}")
    out = {"status": "caller-only", "article_id": None, "review_id": None, "findings": []}
    with immediate(db):
        if caller_only:
            db["help_requests"].update(req["id"], {"learn_status": "caller-only"})
            return out
        findings = scan(db, req["question"], answer, campaign=req.get("campaign"), known=caller_names(db, req))
        out["findings"] = findings
        if findings or mode == "review":
            rid = (
                db["kb_review"]
                .insert(
                    {
                        "help_request_id": req["id"],
                        "campaign": req.get("campaign") or "",
                        "question": req["question"],
                        "answer": answer,
                        "tags": " ".join(req.get("tags") or []),
                        "redacted_question": _redacted(req["question"], findings, "question"),
                        "redacted_answer": _redacted(answer, findings, "answer"),
                        "findings": json.dumps(findings),
                        "reason": "personal-data" if findings else "review-all",
                        "status": "pending",
                        "submitted_by": by,
                        "created_at": utc_now(),
                    }
                )
                .last_pk
            )
            db["help_requests"].update(req["id"], {"learn_status": "review"})
            return {**out, "status": "review", "review_id": rid}
        art, _ = upsert_article(
            db,
            req["question"],
            answer,
            tags=req.get("tags"),
            campaign=req.get("campaign") or "",
            source="supervisor",
            source_ref=f"help-request:{req['id']}",
            help_request_id=req["id"],
            by=by,
        )
        db["help_requests"].update(req["id"], {"learn_status": "learned", "learned_article_id": art["id"]})
        return {**out, "status": "learned", "article_id": art["id"]}


def _decode(row: dict) -> dict:
    out = dict(row)
    out["findings"] = json.loads(out.get("findings") or "[]")
    out["personal"] = summary([Finding(f["kind"], f["text"], f["start"], f["end"]) for f in out["findings"]])
    return out


def list_reviews(db: Database, status: str | None = "pending", limit: int | None = None) -> list[dict]:
    """Review-queue entries, oldest first (each with ``findings`` and a one-line ``personal`` summary)."""
    if status and status not in REVIEW_STATUSES:
        raise UsageError(f"unknown review status {status!r}", f"Use one of {', '.join(REVIEW_STATUSES)}")
    sql = "SELECT * FROM kb_review" + (" WHERE status = ?" if status else "") + " ORDER BY id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_decode(r) for r in db.query(sql, [status] if status else [])]


def get_review(db: Database, review_id: int) -> dict:
    """One review entry. Raises NotFoundError."""
    rows = list(db.query("SELECT * FROM kb_review WHERE id = ?", [review_id]))
    if not rows:
        raise NotFoundError(f"no review entry {review_id}", "List them with `customario kb review`")
    return _decode(rows[0])


def edit_review(db: Database, review_id: int, *, question: str | None = None, answer: str | None = None) -> dict:
    """Change the text waiting for review (findings are computed again). Raises NotFoundError,
    UsageError (not pending, empty text)."""
    with immediate(db):
        r = get_review(db, review_id)
        if r["status"] != "pending":
            raise UsageError(f"review entry {review_id} is {r['status']}", "Only pending entries can be edited")
        q, a = (
            (question if question is not None else r["question"]).strip(),
            (answer if answer is not None else r["answer"]).strip(),
        )
        if not q or not a:
            raise UsageError("the question and the answer cannot be empty", "Give the text to learn")
        req = {"id": r["help_request_id"], "campaign": r["campaign"], "contact_id": None, "call_id": None}
        if r["help_request_id"]:
            h = db.execute(
                "SELECT contact_id, call_id, context FROM help_requests WHERE id = ?", [r["help_request_id"]]
            ).fetchone()
            if h:
                req.update(contact_id=h[0], call_id=h[1], context=json.loads(h[2] or "[]"))
        findings = scan(db, q, a, campaign=r["campaign"], known=caller_names(db, req))
        db["kb_review"].update(
            review_id,
            {
                "question": q,
                "answer": a,
                "findings": json.dumps(findings),
                "redacted_question": _redacted(q, findings, "question"),
                "redacted_answer": _redacted(a, findings, "answer"),
            },
        )
    return get_review(db, review_id)


def approve_review(
    db: Database,
    review_id: int,
    *,
    by: str,
    redacted: bool = False,
    question: str | None = None,
    answer: str | None = None,
    allow_personal: bool = False,
) -> dict:
    """Approve an entry into the knowledge base: its text, the redacted text (``redacted``) or
    edited text. Refuses (UsageError) text that still holds personal data unless
    ``allow_personal``; refuses an entry that is not pending (another reviewer decided first).
    Returns the review entry with ``article_id``."""
    from .kb_articles import upsert_article

    if not by or not by.strip():
        raise UsageError("an approval needs the reviewer's name", "Pass --by NAME")
    if question is not None or answer is not None:
        edit_review(db, review_id, question=question, answer=answer)
    with immediate(db):
        r = get_review(db, review_id)
        if r["status"] != "pending":
            raise UsageError(
                f"review entry {review_id} was already {r['status']} by {r['decided_by']}", "Nothing was changed"
            )
        q = r["redacted_question"] if redacted else r["question"]
        a = r["redacted_answer"] if redacted else r["answer"]
        left = [] if redacted else r["findings"]
        if redacted:
            req = {"id": r["help_request_id"], "campaign": r["campaign"]}
            left = scan(db, q, a, campaign=r["campaign"], known=caller_names(db, req) if r["help_request_id"] else [])
            left = [f for f in left if f["text"] not in ("[name]", "[card]", "[phone]", "[email]")]
        if left and not allow_personal:
            raise UsageError(
                f"review entry {review_id} still holds personal data: "
                + summary([Finding(f["kind"], f["text"], f["start"], f["end"]) for f in left]),
                "Approve the redacted text (--redacted), edit it, or pass --allow-personal if it is not personal",
            )
        cur = db.execute(
            "UPDATE kb_review SET status = 'approved', decided_by = ?, decided_at = ?, decision_note = ? "
            "WHERE id = ? AND status = 'pending'",
            [by, utc_now(), "redacted" if redacted else ("allowed personal" if left else None), review_id],
        )
        if cur.rowcount == 0:
            raise UsageError(f"review entry {review_id} was decided meanwhile", "Nothing was changed")
        art, _ = upsert_article(
            db,
            q,
            a,
            tags=r["tags"],
            campaign=r["campaign"],
            source="supervisor",
            source_ref=f"review:{review_id}",
            help_request_id=r["help_request_id"],
            by=by,
        )
        db["kb_review"].update(review_id, {"article_id": art["id"]})
        if r["help_request_id"]:
            db["help_requests"].update(
                r["help_request_id"], {"learn_status": "learned", "learned_article_id": art["id"]}
            )
    return get_review(db, review_id)


def reject_review(db: Database, review_id: int, *, by: str, reason: str | None = None) -> dict:
    """Reject an entry: nothing is learned. Raises NotFoundError, UsageError (already decided)."""
    with immediate(db):
        cur = db.execute(
            "UPDATE kb_review SET status = 'rejected', decided_by = ?, decided_at = ?, decision_note = ? "
            "WHERE id = ? AND status = 'pending'",
            [by or "reviewer", utc_now(), reason, review_id],
        )
        if cur.rowcount == 0:
            r = get_review(db, review_id)
            raise UsageError(f"review entry {review_id} was already {r['status']}", "Nothing was changed")
        r = get_review(db, review_id)
        if r["help_request_id"]:
            db["help_requests"].update(r["help_request_id"], {"learn_status": "not-learned"})
    return r


def scan_learned(db: Database, *, by: str = "scan", dry_run: bool = False, limit: int | None = None) -> list[dict]:
    """Look again for personal data in answers already learned from supervisors (articles of source
    ``supervisor`` that no person approved through the review queue): for example articles learned
    before the queue existed, or before the detector knew a pattern. Each one that holds any is taken
    out of the knowledge base (its history keeps a ``removed`` entry, so it is never read to a caller
    again) and waits in ``kb_review`` like a new answer, in one transaction per article.

    Returns ``[{"article_id", "question", "review_id", "personal"}]`` (``review_id`` None with
    ``dry_run``, which changes nothing). ``limit`` caps how many articles are moved."""
    from .kb_articles import remove_article

    rows = list(
        db.query(
            "SELECT * FROM kb_articles WHERE source = 'supervisor' AND COALESCE(source_ref, '') "
            "NOT LIKE 'review:%' ORDER BY id"
        )
    )
    out: list[dict] = []
    for art in rows:
        if limit is not None and len(out) >= limit:
            break
        req = {"id": art["help_request_id"], "campaign": art["campaign"]}
        if art["help_request_id"]:  # read here: help_requests imports this module
            row = next(iter(db.query("SELECT * FROM help_requests WHERE id = ?", [art["help_request_id"]])), None)
            if row:
                context = row.get("context")
                try:
                    context = json.loads(context) if isinstance(context, str) else context
                except ValueError:
                    context = []
                req = {**row, "context": context if isinstance(context, list) else []}
        findings = scan(
            db,
            art["question"],
            art["answer"],
            campaign=art["campaign"] or None,
            known=caller_names(db, req) if req.get("id") else [],
        )
        if not findings:
            continue
        item = {
            "article_id": art["id"],
            "question": art["question"],
            "review_id": None,
            "personal": summary([Finding(f["kind"], f["text"], f["start"], f["end"]) for f in findings]),
        }
        if not dry_run:
            with immediate(db):
                if db.execute("SELECT 1 FROM kb_articles WHERE id = ?", [art["id"]]).fetchone() is None:
                    continue  # removed meanwhile by someone else
                remove_article(db, art["id"], by=by)
                rid = (
                    db["kb_review"]
                    .insert(
                        {
                            "help_request_id": art["help_request_id"] if req.get("question") else None,
                            "campaign": art["campaign"] or "",
                            "question": art["question"],
                            "answer": art["answer"],
                            "tags": art["tags"] or "",
                            "redacted_question": _redacted(art["question"], findings, "question"),
                            "redacted_answer": _redacted(art["answer"], findings, "answer"),
                            "findings": json.dumps(findings),
                            "reason": "personal-data",
                            "status": "pending",
                            "submitted_by": by,
                            "created_at": utc_now(),
                        }
                    )
                    .last_pk
                )
                if req.get("question"):
                    db["help_requests"].update(art["help_request_id"], {"learn_status": "review"})
                item["review_id"] = rid
        out.append(item)
    return out
