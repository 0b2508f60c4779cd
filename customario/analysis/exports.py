"""Survey response exports: wide (one row per call), long (one row per answer), Qualtrics-style
CSV (three header rows), and a codebook of questions and codes.

Coding (wide and long): ``nps``/``scale``/``number`` as numbers; ``yes_no`` 1 = yes, 0 = no;
``single_choice`` 1..k in the order of the definition's choices; ``multi_choice`` one 0/1 column
per choice (``<question>_<choice code>``) in wide, codes joined by ``;`` in long; ``date`` ISO
8601; ``open`` the text. Missing answers: :data:`SPECIAL_CODES` (don't know −8, refused −9,
invalid −7); a question that was skipped or never asked is empty. The Qualtrics-style file follows
Qualtrics' numeric-values export: yes = 1, no = 2, choices 1..k, ``<question>_NPS_GROUP``
(1 detractor, 2 passive, 3 promoter), multi-choice columns ``<question>_<n>`` with 1 or empty,
and −99 for a question seen but not answered.
"""

from __future__ import annotations

import json
from typing import Any, Iterator, TextIO

from customario.errors import UsageError
from customario.render import csvsafe
from customario.analysis.insights import AAPOR_CODES

SPECIAL_CODES = {"dont_know": -8, "refused": -9, "invalid": -7}
FORMATS = ("wide", "long", "qualtrics")
CALL_COLUMNS = [
    "call_id",
    "campaign",
    "campaign_version",
    "contact_id",
    "channel",
    "started_at",
    "ended_at",
    "duration_s",
    "disposition",
    "aapor_code",
    "score",
    "payment_status",
    "payment_cents",
]


def code_value(q, value: Any, status: str) -> Any:
    """The coded value of one answer (see the module docstring); ``""`` for skipped."""
    if status in SPECIAL_CODES:
        return SPECIAL_CODES[status]
    if status != "valid" or value is None:
        return ""
    if q.type == "yes_no":
        return 1 if value in (True, 1, "yes") else 0
    if q.type == "single_choice":
        codes = [c.code for c in q.choices]
        return codes.index(value) + 1 if value in codes else value
    if q.type == "multi_choice":
        codes = [c.code for c in q.choices]
        return ";".join(str(codes.index(v) + 1) for v in (value if isinstance(value, list) else [value]) if v in codes)
    return value


def codebook(stored) -> dict:
    """``{"campaign", "version", "special_codes", "questions": [{id, type, text, columns, codes}]}``."""
    questions = []
    for q in stored.campaign.questions:
        codes: dict[str, str] = {}
        columns = [q.id]
        if q.type == "yes_no":
            codes = {"1": "yes", "0": "no"}
        elif q.type == "single_choice":
            codes = {str(i + 1): f"{c.code}: {c.label}" for i, c in enumerate(q.choices)}
        elif q.type == "multi_choice":
            codes = {str(i + 1): f"{c.code}: {c.label}" for i, c in enumerate(q.choices)}
            columns = [f"{q.id}_{c.code}" for c in q.choices]
        elif q.type in ("nps", "scale", "number"):
            lo, hi = q.bounds
            codes = {str(k): v for k, v in sorted(q.labels.items())}
            if lo is not None and hi is not None:
                codes.setdefault("range", f"{lo:g} to {hi:g}")
        questions.append(
            {
                "id": q.id,
                "type": q.type,
                "text": q.text,
                "required": q.required,
                "when": q.when,
                "columns": columns,
                "codes": codes,
            }
        )
    return {
        "campaign": stored.name,
        "version": stored.version,
        "special_codes": {str(v): k for k, v in SPECIAL_CODES.items()} | {"": "skipped or not asked"},
        "questions": questions,
    }


def write_codebook(stored, fh: TextIO, fmt: str, *, raw: bool = False) -> None:
    """Codebook as JSON or CSV (``variable, question_id, type, text, code, label``); CSV cells are
    spreadsheet-safe (customario.render.csvsafe) unless ``raw``."""
    book = codebook(stored)
    if fmt == "json":
        fh.write(json.dumps(book, indent=2, ensure_ascii=False) + "\n")
        return
    w = csvsafe.writer(fh, raw=raw, lineterminator="\n")
    w.writerow(["variable", "question_id", "type", "text", "code", "label"])
    for q in book["questions"]:
        for col in q["columns"]:
            w.writerow([col, q["id"], q["type"], q["text"], "", ""])
            for code, label in q["codes"].items():
                w.writerow([col, q["id"], q["type"], "", code, label])
    for code, label in book["special_codes"].items():
        w.writerow(["*", "", "", "", code, label])


def _calls(db, stored, since: str | None) -> Iterator[tuple[dict, dict]]:
    """(call row with score/payment, {question_id: (value, status)}) in call id order; the call row's
    ``_quality`` maps question_id → (confidence, confirmed, method)."""
    sql = (
        "SELECT c.id, c.campaign, v.version AS campaign_version, c.contact_id, c.channel, c.started_at, c.ended_at, "
        "c.duration_s, c.disposition, p.status AS payment_status, p.amount_cents AS payment_cents, "
        "(SELECT e.score FROM evaluations e WHERE e.call_id = c.id AND e.status = 'done' "
        " ORDER BY (e.evaluator = 'offline'), e.updated_at DESC LIMIT 1) AS score "
        "FROM calls c LEFT JOIN campaigns v ON v.id = c.campaign_id LEFT JOIN payments p ON p.call_id = c.id "
        "WHERE c.campaign = ?"
    )
    params: list[Any] = [stored.name]
    if since:
        sql += " AND c.started_at >= ?"
        params.append(since)
    calls = db.execute(sql + " ORDER BY c.id", params)
    cols = [d[0] for d in calls.description]
    answers = db.execute(
        "SELECT a.call_id, a.question_id, a.value, a.status, a.confidence, a.confirmed, a.method FROM answers a"
        " WHERE a.call_id IN "
        "(SELECT id FROM calls WHERE campaign = ?" + (" AND started_at >= ?" if since else "") + ") ORDER BY a.call_id",
        params,
    )
    pending = answers.fetchone()
    for raw in calls:
        call = dict(zip(cols, raw))
        call["call_id"] = call.pop("id")
        call["aapor_code"] = AAPOR_CODES.get(call["disposition"] or "", "")
        got: dict[str, tuple[Any, str]] = {}
        call["_quality"] = quality = {}
        while pending is not None and pending[0] < call["call_id"]:
            pending = answers.fetchone()
        while pending is not None and pending[0] == call["call_id"]:
            value = json.loads(pending[2]) if pending[2] not in (None, "") else None
            got[pending[1]] = (value, pending[3])
            quality[pending[1]] = (pending[4], pending[5], pending[6])
            pending = answers.fetchone()
        yield call, got


def write_responses(db, stored, fh: TextIO, fmt: str = "wide", since: str | None = None, *, raw: bool = False) -> int:
    """Write the campaign's responses in ``fmt`` (wide, long, qualtrics); returns data rows written.
    Typed answers reach these cells, so they are spreadsheet-safe (customario.render.csvsafe) unless
    ``raw``.

    Raises UsageError for an unknown format.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}", f"Use one of: {', '.join(FORMATS)}")
    questions = stored.campaign.questions
    # a second cursor on the same connection: materialise answers per call while streaming calls
    w = csvsafe.writer(fh, raw=raw, lineterminator="\n")
    n = 0
    if fmt == "long":
        w.writerow(["call_id", "question_id", "type", "status", "code", "value", "confidence", "confirmed", "method"])
        for call, got in _calls(db, stored, since):
            for q in questions:
                if q.id in got:
                    value, status = got[q.id]
                    raw = value if not isinstance(value, (list, dict)) else json.dumps(value)
                    conf, confirmed, method = call["_quality"].get(q.id, (None, None, None))
                    w.writerow(
                        [
                            call["call_id"],
                            q.id,
                            q.type,
                            status,
                            code_value(q, value, status),
                            "" if raw is None else raw,
                            "" if conf is None else conf,
                            "" if confirmed is None else confirmed,
                            method or "",
                        ]
                    )
                    n += 1
        return n
    if fmt == "wide":
        header = list(CALL_COLUMNS)
        for q in questions:
            header += [f"{q.id}_{c.code}" for c in q.choices] if q.type == "multi_choice" else [q.id]
        # How far each answer can be trusted (issue 11), after the answers so their columns keep their places.
        for q in questions:
            header += [f"{q.id}_confidence", f"{q.id}_confirmed"]
        w.writerow(header)
        for call, got in _calls(db, stored, since):
            row = [call.get(c) for c in CALL_COLUMNS]
            for q in questions:
                value, status = got.get(q.id, (None, "skipped"))
                if q.type == "multi_choice":
                    chosen = set(value if isinstance(value, list) else [value]) if status == "valid" else set()
                    special = SPECIAL_CODES.get(status, "")
                    row += [(1 if c.code in chosen else 0) if status == "valid" else special for c in q.choices]
                else:
                    row.append(code_value(q, value, status))
            for q in questions:
                conf, confirmed, _method = call["_quality"].get(q.id, (None, None, None))
                row += [conf, confirmed]
            w.writerow(["" if v is None else v for v in row])
            n += 1
        return n
    return _write_qualtrics(w, db, stored, since)


def _imp(obj: dict) -> str:
    return json.dumps(obj, separators=(",", ":"))


def _write_qualtrics(w, db, stored, since: str | None) -> int:
    questions = stored.campaign.questions
    meta = [
        ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"UTC"}'),
        ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"UTC"}'),
        ("Status", "Response Type", '{"ImportId":"status"}'),
        ("Progress", "Progress", '{"ImportId":"progress"}'),
        ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
        ("Finished", "Finished", '{"ImportId":"finished"}'),
        ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"UTC"}'),
        ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
        ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
    ]
    row1, row2, row3 = [m[0] for m in meta], [m[1] for m in meta], [m[2] for m in meta]
    for i, q in enumerate(questions, start=1):
        qid = f"QID{i}"
        if q.type == "multi_choice":
            for j, c in enumerate(q.choices, start=1):
                row1.append(f"{q.id}_{j}")
                row2.append(f"{q.text} - {c.label}")
                row3.append(_imp({"ImportId": f"{qid}_{j}"}))
        else:
            row1.append(q.id)
            row2.append(q.text)
            row3.append(_imp({"ImportId": qid + ("_TEXT" if q.type == "open" else "")}))
            if q.type == "nps":
                row1.append(f"{q.id}_NPS_GROUP")
                row2.append(f"{q.text} - Group")
                row3.append(_imp({"ImportId": f"{qid}_NPS_GROUP"}))
    w.writerow(row1)
    w.writerow(row2)
    w.writerow(row3)
    n = 0
    for call, got in _calls(db, stored, since):
        asked = [q for q in questions if q.id in got and got[q.id][1] != "skipped"]
        answered = [q for q in asked if got[q.id][1] == "valid"]
        progress = round(100 * len(answered) / len(questions)) if questions else 0
        row = [
            call["started_at"] or "",
            call["ended_at"] or "",
            0,
            100 if call["disposition"] == "complete" else progress,
            int(round(call["duration_s"] or 0)),
            1 if call["disposition"] == "complete" else 0,
            call["ended_at"] or "",
            f"R_call{call['call_id']}",
            call["channel"] or "",
        ]
        for q in questions:
            value, status = got.get(q.id, (None, "skipped"))
            seen = status not in ("skipped",) and q.id in got
            if q.type == "multi_choice":
                chosen = set(value if isinstance(value, list) else [value]) if status == "valid" else set()
                row += [
                    (1 if c.code in chosen else "") if status == "valid" else (-99 if seen else "") for c in q.choices
                ]
                continue
            if status != "valid":
                row.append(-99 if seen else "")
            elif q.type == "yes_no":
                row.append(1 if value in (True, 1, "yes") else 2)
            elif q.type == "single_choice":
                codes = [c.code for c in q.choices]
                row.append(codes.index(value) + 1 if value in codes else value)
            else:
                row.append(value)
            if q.type == "nps":
                row.append("" if status != "valid" else 1 if value <= 6 else 2 if value <= 8 else 3)
        w.writerow(row)
        n += 1
    return n
