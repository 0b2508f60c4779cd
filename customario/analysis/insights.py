"""Campaign insights: distributions, NPS, scale means, AAPOR RR1, durations, scores, payments, trend, themes.

Aggregates are computed in SQLite (GROUP BY) and pandas (imported lazily), so 100,000 calls with
10 questions take about a second. Statistics and their sources:

- **NPS** = % promoters (9-10) − % detractors (0-6) of valid answers (Reichheld 2003); 95 %
  interval by the normal approximation with variance (p₊ + p₋ − (p₊ − p₋)²) / n.
- **Scale means**: 95 % interval mean ± t(0.975, n−1)·s/√n with the exact Student t quantile
  (``scipy.special.stdtrit``; a rounded table made intervals 2-4 % too narrow for n = 32-120).
- **AAPOR**: dispositions map to the final disposition codes of the AAPOR Standard Definitions
  (:data:`AAPOR_CODES`); each case (a contact, or a call without a contact) counts once, with its
  best code (I > P > R > O > NC > UH > UO > NE). RR1 = I / ((I+P) + (R+NC+O) + (UH+UO)); NE
  (not eligible, e.g. invalid number) is left out.
- **Abandonment** (Telemarketing Sales Rule 16 CFR 310.4(b)(4), cap 3 %): answered calls without agent
  audio within 2 s of the callee's greeting, over the last 30 days (:mod:`customario.dialing.abandonment`).
- **Completion rate** = complete / interviews started (complete + partial + break-off);
  **break-off rate** = (partial + break-off) / interviews started.

Open answers are coded into themes by ``customario.analysis.themes`` (offline phrase frequency, or the
Anthropic insights agent).
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from typing import Any

from customario.errors import UsageError

# Disposition → AAPOR final disposition code (AAPOR Standard Definitions, telephone surveys):
AAPOR_CODES = {
    "complete": "I",  # 1.1 complete interview
    "partial": "P",  # 1.2 partial interview
    "break-off": "R",  # 2.12 break-off (refusal category)
    "refused": "R",  # 2.11 refusal
    "opted-out": "R",  # 2.11 refusal (asked not to be called)
    "declined": "R",  # 2.11 refusal: callee rejected the call (SIP 603)
    "voicemail": "NC",  # 2.22/2.23 respondent unavailable / answering machine, known eligible lead
    "callback": "NC",  # 2.21 respondent unavailable now, asked to be called back
    "interrupted": "O",  # 2.30 other: the interview stopped for a reason on our side
    "busy": "UH",  # 3.12 always busy
    "no-answer": "UH",  # 3.13 no answer
    "failed": "UO",  # 3.90 unknown other: technical failure before contact
    "invalid-number": "NE",  # 4.3 non-working number: not eligible, outside RR1
}
AAPOR_ORDER = ("I", "P", "R", "O", "NC", "UH", "UO", "NE")
STARTED = ("complete", "partial", "break-off")


def t975(df: int) -> float:
    """Two-sided 95 % Student t quantile t(0.975, df), exact (``scipy.special.stdtrit``); nan for df < 1."""
    if df <= 0:
        return float("nan")
    from scipy.special import stdtrit

    return float(stdtrit(df, 0.975))


def nps_from_counts(counts: dict[int, int]) -> dict:
    """``{0..10: n}`` → ``{"n", "promoters", "passives", "detractors", "nps", "ci95": [lo, hi]}`` (points)."""
    n = sum(counts.values())
    pro = sum(c for v, c in counts.items() if v >= 9)
    det = sum(c for v, c in counts.items() if v <= 6)
    if not n:
        return {"n": 0, "promoters": 0, "passives": 0, "detractors": 0, "nps": None, "ci95": None}
    pp, pd_ = pro / n, det / n
    score = 100 * (pp - pd_)
    half = 196 * math.sqrt(max(0.0, pp + pd_ - (pp - pd_) ** 2) / n)
    return {
        "n": n,
        "promoters": pro,
        "passives": n - pro - det,
        "detractors": det,
        "nps": round(score, 2),
        "ci95": [round(max(-100, score - half), 2), round(min(100, score + half), 2)],
    }


def mean_ci(counts: dict[float, int]) -> dict:
    """``{value: n}`` → ``{"n", "mean", "sd", "ci95"}`` with a t interval."""
    n = sum(counts.values())
    if not n:
        return {"n": 0, "mean": None, "sd": None, "ci95": None}
    mean = sum(v * c for v, c in counts.items()) / n
    if n < 2:
        return {"n": n, "mean": round(mean, 3), "sd": None, "ci95": None}
    sd = math.sqrt(sum(c * (v - mean) ** 2 for v, c in counts.items()) / (n - 1))
    half = t975(n - 1) * sd / math.sqrt(n)
    return {"n": n, "mean": round(mean, 3), "sd": round(sd, 3), "ci95": [round(mean - half, 3), round(mean + half, 3)]}


def rr1(codes: dict[str, int]) -> float | None:
    """AAPOR Response Rate 1 from ``{code: cases}``; None when the denominator is 0."""
    g = lambda k: codes.get(k, 0)  # noqa: E731
    den = g("I") + g("P") + g("R") + g("NC") + g("O") + g("UH") + g("UO")
    return round(g("I") / den, 4) if den else None


def _where(campaign: str, since: str | None) -> tuple[str, list]:
    sql, params = "c.campaign = ?", [campaign]
    if since:
        sql += " AND c.started_at >= ?"
        params.append(since)
    return sql, params


def _in_campaign(alias: str, campaign: str, since: str | None) -> tuple[str, list]:
    """``+alias.call_id IN (calls of the campaign)``; the unary ``+`` keeps SQLite scanning the
    covering index ``answers_question_value`` in GROUP BY order instead of probing per call."""
    where, params = _where(campaign, since)
    return f"+{alias}.call_id IN (SELECT c.id FROM calls c WHERE {where})", params


def parse_since(value: str | None) -> str | None:
    """``YYYY-MM-DD`` (or ISO time) → ISO text comparable with stored UTC times; raises UsageError."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--since {value!r} is not a date", "Write it as YYYY-MM-DD") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).isoformat()


def _label(question, value: Any) -> str:
    if question.type in ("single_choice", "multi_choice"):
        return next((c.label for c in question.choices if c.code == value), str(value))
    if question.type == "yes_no":
        return "yes" if value in (True, 1, "yes") else "no"
    if question.type == "scale" and isinstance(value, (int, float)) and int(value) in question.labels:
        return f"{value:g} ({question.labels[int(value)]})"
    return str(value)


def compute_insights(
    db,
    stored,
    *,
    since: str | None = None,
    themes: str = "offline",
    settings: Any = None,
    client: Any = None,
    max_quotes: int = 3,
) -> dict:
    """The insights report of one campaign (all stored versions, questions of ``stored``) as a
    JSON-serialisable dict. ``since`` is an ISO date/time (calls started on or after it);
    ``themes`` is ``offline`` or ``anthropic`` (the insights agent, with a narrative)."""
    import pandas as pd

    campaign = stored.campaign
    where, params = _where(stored.name, since)
    report: dict[str, Any] = {
        "campaign": stored.name,
        "version": stored.version,
        "since": since,
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    disp = {
        d or "in-progress": n
        for d, n in db.execute(
            f"SELECT c.disposition, COUNT(*) FROM calls c WHERE {where} GROUP BY 1", params
        ).fetchall()
    }
    started = sum(disp.get(d, 0) for d in STARTED)
    rank = " ".join(f"WHEN '{d}' THEN {AAPOR_ORDER.index(code)}" for d, code in AAPOR_CODES.items())
    best = db.execute(
        f"SELECT r, COUNT(*) FROM (SELECT MIN(CASE c.disposition {rank} END) AS r FROM calls c "
        f"WHERE {where} AND c.disposition IN ({','.join('?' * len(AAPOR_CODES))}) "
        f"GROUP BY COALESCE(c.contact_id, -c.id)) GROUP BY r",
        params + list(AAPOR_CODES),
    ).fetchall()
    codes = {AAPOR_ORDER[r]: n for r, n in best}
    report["calls"] = {
        "total": sum(disp.values()),
        "by_disposition": dict(sorted(disp.items())),
        "interviews_started": int(started),
        "completion_rate": round(disp.get("complete", 0) / started, 4) if started else None,
        "breakoff_rate": round((disp.get("partial", 0) + disp.get("break-off", 0)) / started, 4) if started else None,
        "aapor": {"cases": sum(codes.values()), "codes": {c: codes.get(c, 0) for c in AAPOR_ORDER}, "rr1": rr1(codes)},
    }
    complete = pd.Series(
        [
            r[0]
            for r in db.execute(
                f"SELECT c.duration_s FROM calls c WHERE {where} AND c.disposition = 'complete' AND c.duration_s IS NOT NULL",
                params,
            ).fetchall()
        ],
        dtype="float64",
    )
    inc, inc_params = _in_campaign("t", stored.name, since)
    turns = pd.Series(
        [
            r[0]
            for r in db.execute(f"SELECT COUNT(*) FROM turns t WHERE {inc} GROUP BY t.call_id", inc_params).fetchall()
        ],
        dtype="float64",
    )
    report["durations"] = {
        "complete_n": int(len(complete)),
        "mean_s": _r(complete.mean()),
        "median_s": _r(complete.median()),
        "p90_s": _r(complete.quantile(0.9)),
        "turns_mean": _r(turns.mean()),
        "turns_median": _r(turns.median()),
    }
    report["questions"], texts = _questions(db, campaign, *_in_campaign("a", stored.name, since))
    report["scores"], report["payments"] = _scores_payments(db, stored.name, since)
    report["trend"] = _trend(db, where, params)
    from customario.dialing.abandonment import campaign_abandonment

    report["abandonment"] = campaign_abandonment(db, stored.name)  # always the rule's 30 days, whatever ``since``
    from customario.analysis import themes as themes_mod

    report["themes"], report["narrative"], report["themes_method"] = themes_mod.code_themes(
        texts, method=themes, settings=settings, client=client, summary=report, max_quotes=max_quotes
    )
    return report


def _r(x: Any, nd: int = 2) -> float | None:
    try:
        return None if x is None or math.isnan(float(x)) else round(float(x), nd)
    except (TypeError, ValueError):
        return None


def _questions(db, campaign, where: str, params: list) -> tuple[list[dict], dict]:
    """Per-question figures and ``{open question id: {answer text: count}}`` from one GROUP BY
    over the covering index (open answers group by their text, which is what theme coding needs)."""
    counts: dict[str, dict] = {q.id: {"values": {}, "status": {}} for q in campaign.questions}
    types = {q.id: q.type for q in campaign.questions}
    texts: dict[str, dict[str, int]] = {q.id: {} for q in campaign.questions if q.type == "open"}
    if campaign.questions:
        marks = ",".join("?" * len(counts))
        rows = db.execute(
            f"SELECT a.question_id, a.status, a.value, COUNT(*) FROM answers a "
            f"WHERE a.question_id IN ({marks}) AND {where} GROUP BY 1, 2, 3",
            list(counts) + params,
        ).fetchall()
        for qid, status, value, n in rows:
            c = counts[qid]
            c["status"][status] = c["status"].get(status, 0) + n
            if status != "valid" or value is None:
                continue
            if types[qid] == "open":
                text = _text(value)
                texts[qid][text] = texts[qid].get(text, 0) + n
            else:
                c["values"][value] = c["values"].get(value, 0) + n
    out = []
    for q in campaign.questions:
        c = counts[q.id]
        entry: dict[str, Any] = {
            "id": q.id,
            "type": q.type,
            "text": q.text,
            "answered": sum(c["status"].values()),
            "status": dict(sorted(c["status"].items())),
        }
        if q.type != "open":
            dist: dict[Any, int] = {}
            for raw, n in c["values"].items():
                value = json.loads(raw)
                for v in value if isinstance(value, list) else [value]:
                    key = json.dumps(v) if not isinstance(v, (str, int, float, bool)) else v
                    dist[key] = dist.get(key, 0) + n
            valid = sum(n for raw, n in c["values"].items())
            rows = [
                {"value": v, "label": _label(q, v), "count": n, "percent": round(100 * n / valid, 2) if valid else 0.0}
                for v, n in sorted(dist.items(), key=lambda kv: _sort_key(q, kv[0]))
            ]
            entry["distribution"] = rows
            entry["valid"] = valid
            numeric = {float(v): n for v, n in dist.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
            if q.type == "nps":
                entry["nps"] = nps_from_counts({int(v): n for v, n in numeric.items()})
            if q.type in ("nps", "scale", "number"):
                entry["mean"] = mean_ci(numeric)
        out.append(entry)
    return out, texts


def _sort_key(q, v):
    if q.type in ("single_choice", "multi_choice"):
        codes = [c.code for c in q.choices]
        return (codes.index(v) if v in codes else len(codes), str(v))
    if isinstance(v, bool):
        return (0 if v else 1, "")
    return (v, "") if isinstance(v, (int, float)) else (float("inf"), str(v))


def _scores_payments(db, campaign: str, since: str | None) -> tuple[dict, dict]:
    """Scores (one per call: the latest non-offline evaluation, else the offline one) and payment
    totals. Both tables carry the campaign name; ``since`` adds a filter on the calls."""
    import pandas as pd

    where, params = "x.campaign = ?", [campaign]
    if since:
        where += " AND +x.call_id IN (SELECT id FROM calls WHERE campaign = ? AND started_at >= ?)"
        params += [campaign, since]
    evaluators = {
        k: n
        for k, n in db.execute(
            f"SELECT x.evaluator, COUNT(*) FROM evaluations x WHERE x.status = 'done' AND {where} GROUP BY 1", params
        ).fetchall()
    }
    if len(evaluators) <= 1:
        sql = f"SELECT x.score FROM evaluations x WHERE x.status = 'done' AND {where}"
    else:
        sql = (
            f"SELECT score FROM (SELECT x.score, ROW_NUMBER() OVER (PARTITION BY x.call_id ORDER BY "
            f"(x.evaluator != 'offline') DESC, x.updated_at DESC) AS rn FROM evaluations x "
            f"WHERE x.status = 'done' AND {where}) WHERE rn = 1"
        )
    values = pd.Series([r[0] for r in db.execute(sql, params).fetchall()], dtype="float64").dropna()
    bins = (values // 10).clip(0, 9).astype(int).value_counts()
    scores = {
        "n": int(len(values)),
        "mean": _r(values.mean()),
        "median": _r(values.median()),
        "histogram": [
            {"bin": f"{10 * i}-{10 * i + 9 if i < 9 else 100}", "count": int(bins.get(i, 0))} for i in range(10)
        ],
        "evaluations_by_evaluator": evaluators,
    }
    by_status: dict[str, dict] = {}
    amounts: dict[int, int] = {}
    currency = None
    for status, cur, cents, n in db.execute(
        f"SELECT x.status, x.currency, x.amount_cents, COUNT(*) FROM payments x WHERE {where} GROUP BY 1, 2, 3", params
    ).fetchall():
        currency = currency or cur
        b = by_status.setdefault(status, {"count": 0, "cents": 0})
        b["count"] += n
        b["cents"] += cents * n
        if status in ("pending", "approved", "paid", "held"):
            amounts[cents] = amounts.get(cents, 0) + n
    payments = {
        "by_status": dict(sorted(by_status.items())),
        "currency": currency,
        "committed_cents": sum(by_status.get(s, {}).get("cents", 0) for s in ("approved", "paid")),
        "pending_cents": sum(by_status.get(s, {}).get("cents", 0) for s in ("pending", "held")),
        "amounts": [{"cents": c, "count": n} for c, n in sorted(amounts.items())],
    }
    return scores, payments


def _text(raw: Any) -> str:
    try:
        value = json.loads(raw) if raw is not None else ""
    except (TypeError, ValueError):
        value = raw
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _trend(db, where: str, params: list) -> list[dict]:
    started = ",".join(f"'{d}'" for d in STARTED)
    rows = db.execute(
        f"SELECT substr(c.started_at, 1, 10) AS day, COUNT(*), SUM(c.disposition = 'complete'), "
        f"SUM(c.disposition IN ({started})) FROM calls c WHERE {where} AND c.started_at IS NOT NULL GROUP BY 1 ORDER BY 1",
        params,
    ).fetchall()
    return [
        {"date": d, "calls": n, "completes": done, "completion_rate": round(done / st, 4) if st else None}
        for d, n, done, st in rows
    ]
