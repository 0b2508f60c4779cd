"""Evaluation of survey calls: evaluator registry, rubric scoring, the idempotent evaluate run.

An evaluator turns one call (:class:`customario.analysis.quality.CallData`) into per-criterion verdicts
(``met`` / ``partly`` / ``not_met``, plus ``not_assessed`` for a criterion it cannot judge). The
0-100 score is always computed here from the campaign's criterion weights
(:func:`score_verdicts`), never taken from a model. Built-in evaluators:

- ``offline``: deterministic checks (required questions answered, answers valid, open answers
  substantive, data-quality signals); every result says it comes from the offline evaluator;
- ``anthropic``: an LLM judge (``customario.analysis.judge``) with structured output validated in code.

Every evaluator, the built-in ones included, comes from the ``register_evaluators`` plug-in hook
(:mod:`customario.api`; the built-ins from ``customario.plugins.builtins``): ``factory(settings,
**options)`` returns an object with ``name``, ``remote`` (True if ``evaluate`` does I/O) and
``evaluate(campaign, data, signals) -> EvaluationResult``.

Every evaluation is stored with the rubric version (hash of the criteria), the data-quality
signals, tokens and estimated cost; the payment for the call is settled in the same transaction
(``customario.analysis.payments.settle_payment``).
"""

from __future__ import annotations

import hashlib
import json
import math
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any, Callable

from customario.api import EvaluationResult
from customario.store.db import immediate, json_col, utc_now
from customario.errors import ConfigError, CustomarioError, NotFoundError, UsageError
from customario.analysis.quality import (
    CallData,
    channel_medians,
    compute_signals,
    is_gibberish,
    load_calls,
    required_applicable,
)

VERDICT_VALUES = {"met": 1.0, "partly": 0.5, "not_met": 0.0}
EVALUABLE_DISPOSITIONS = ("complete", "partial", "break-off")
# Built-in checks of the offline evaluator and their weights when the rubric does not name them.
OFFLINE_CHECKS = {"completed": 3.0, "valid_answers": 2.0, "engaged": 1.0, "data_quality": 2.0}
OFFLINE_NOTE = "offline evaluator: deterministic checks of answers and data-quality signals, no LLM"
MAX_WEIGHT = 1000.0


# ---------------------------------------------------------------- rubric and score


def check_rubric(criteria) -> list:
    """Validate criterion weights: finite, positive, at most MAX_WEIGHT, and not percentages that
    miss 100. Returns the criteria; raises ConfigError naming the problem."""
    weights = [float(c.weight) for c in criteria]
    if any(not math.isfinite(w) or w <= 0 or w > MAX_WEIGHT for w in weights):
        raise ConfigError(
            "evaluation criteria weights must be positive finite numbers up to 1000",
            "Fix evaluation.criteria[].weight in the campaign definition",
        )
    total = sum(weights)
    if len(weights) > 1 and all(w >= 5 for w in weights) and 80 <= total <= 120 and abs(total - 100) > 0.01:
        raise ConfigError(
            f"evaluation criteria weights look like percentages but sum to {total:g}",
            "Make them sum to 100, or use small relative weights such as 3, 2, 1",
        )
    return list(criteria)


def rubric_version(campaign) -> str:
    """16 hex digits of sha256 over the criteria (id, description, weight) in order."""
    payload = [[c.id, c.description, float(c.weight)] for c in campaign.evaluation.criteria]
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


def score_verdicts(verdicts: list[dict]) -> float:
    """Weighted score 0..100 (one decimal) over verdicts with a known value; ``not_assessed`` and
    unknown verdicts are left out. 0.0 when nothing was assessed."""
    num = den = 0.0
    for v in verdicts:
        value = VERDICT_VALUES.get(v.get("verdict"))
        if value is None:
            continue
        w = float(v.get("weight", 1.0))
        num += w * value
        den += w
    return round(100.0 * num / den, 1) if den else 0.0


def _ratio_verdict(ratio: float, met_at: float = 0.999) -> str:
    return "met" if ratio >= met_at else "partly" if ratio >= 0.5 else "not_met"


# ---------------------------------------------------------------- offline evaluator


class OfflineEvaluator:
    """Deterministic evaluator: needs no network and gives the same result for the same call."""

    name = "offline"
    remote = False

    def __init__(self, settings: Any = None):
        self.settings = settings

    def evaluate(self, campaign, data: CallData, signals: dict) -> EvaluationResult:
        weights = dict(OFFLINE_CHECKS)
        rubric_ids = {c.id: c.weight for c in campaign.evaluation.criteria}
        weights.update({k: float(w) for k, w in rubric_ids.items() if k in weights})
        answers = data.answers
        verdicts: list[dict] = []

        required = required_applicable(campaign, data)
        done = [q for q in required if q in answers and answers[q]["status"] in ("valid", "dont_know", "refused")]
        if required:
            verdicts.append(
                _v(
                    "completed",
                    _ratio_verdict(len(done) / len(required)),
                    f"{len(done)} of {len(required)} required questions answered",
                    "required questions answered (valid, don't know or refused)",
                    weights,
                )
            )
        else:
            verdicts.append(_v("completed", "not_assessed", "", "no required questions", weights))

        asked = [a for a in answers.values() if a["status"] != "skipped"]
        points = sum(
            1.0 if a["status"] == "valid" and (a.get("attempts") or 1) <= 1 else 0.5 if a["status"] == "valid" else 0.0
            for a in asked
        )
        if asked:
            verdicts.append(
                _v(
                    "valid_answers",
                    _ratio_verdict(points / len(asked), 0.9),
                    f"{points:g} of {len(asked)} answers valid at first ask",
                    "answers fit the question types; a re-asked answer counts half",
                    weights,
                )
            )
        else:
            verdicts.append(
                _v(
                    "valid_answers",
                    "not_assessed" if not campaign.questions else "not_met",
                    "",
                    "no answers recorded",
                    weights,
                )
            )

        opens = [(q, a) for q, a in answers.items() if a["status"] == "valid" and _qtype(campaign, q) == "open"]
        if opens:
            good = [q for q, a in opens if not is_gibberish(a["value"])]
            quote = next((str(a["value"]) for q, a in opens if q in good), "")
            verdicts.append(
                _v(
                    "engaged",
                    _ratio_verdict(len(good) / len(opens)),
                    quote[:200],
                    f"{len(good)} of {len(opens)} open answers substantive",
                    weights,
                )
            )
        else:
            verdicts.append(_v("engaged", "not_assessed", "", "no open answers", weights))

        flags = [f for f in signals.get("flags", [])]
        dq = "met" if not flags else "partly" if len(flags) == 1 else "not_met"
        verdicts.append(_v("data_quality", dq, ", ".join(flags) or "no flags", "data-quality signals", weights))

        for c in campaign.evaluation.criteria:
            if c.id not in OFFLINE_CHECKS:
                verdicts.append(
                    {
                        "criterion": c.id,
                        "verdict": "not_assessed",
                        "evidence": "",
                        "rationale": "the offline evaluator cannot judge this criterion",
                        "weight": float(c.weight),
                    }
                )
        from customario.analysis.quality import injection_suspected

        # Injection-like text never scores its way to a payment: the payment is held for a person.
        review = ["injection_text"] if injection_suspected(data) else []
        return EvaluationResult(
            verdicts=verdicts, score=score_verdicts(verdicts), review_flags=review, note=OFFLINE_NOTE
        )


def _v(cid: str, verdict: str, evidence: str, rationale: str, weights: dict) -> dict:
    return {"criterion": cid, "verdict": verdict, "evidence": evidence, "rationale": rationale, "weight": weights[cid]}


def _qtype(campaign, qid: str) -> str | None:
    try:
        return campaign.question(qid).type
    except KeyError:
        return None


# ---------------------------------------------------------------- registry


def available_evaluators(campaigns_dir: str | None = None) -> dict[str, Callable[..., Any]]:
    """``{name: factory}`` of every evaluator registered by a healthy plug-in (built-ins included)."""
    from customario.plugins.manager import discover

    return discover(campaigns_dir).evaluators()


def get_evaluator(name: str, settings: Any, **options: Any):
    """Build evaluator ``name`` with ``factory(settings, **options)``; options that are None are left out.

    Raises UsageError for an unknown name (listing the known ones) or an option the evaluator does
    not take (``--model`` for the offline evaluator)."""
    import inspect

    found = available_evaluators(getattr(settings, "campaigns_dir", None))
    if name not in found:
        raise UsageError(f"unknown evaluator {name!r}", f"Use one of: {', '.join(sorted(found))}")
    factory = found[name]
    given = {k: v for k, v in options.items() if v is not None}
    try:
        inspect.signature(factory).bind(settings, **given)
    except TypeError:
        flags = ", ".join("--" + k.replace("_", "-") for k in sorted(given)) or "these options"
        raise UsageError(
            f"the {name} evaluator does not take {flags}", "Leave the option out or choose another --evaluator"
        ) from None
    except ValueError:  # no signature available (a C callable): just call it
        pass
    return factory(settings, **given)


def choose_evaluator_name(flag: str | None, campaign, settings: Any) -> str:
    """--evaluator flag > campaign ``evaluation.evaluator`` > settings.evaluator > ``offline``."""
    return flag or campaign.evaluation.evaluator or getattr(settings, "evaluator", None) or "offline"


# ---------------------------------------------------------------- the run


def select_calls(
    db,
    campaign_name: str | None,
    *,
    rv: str,
    evaluator: str,
    call_ids: list[int] | None = None,
    rescore: bool = False,
    limit: int | None = None,
) -> tuple[list[int], int]:
    """(call ids to evaluate, number skipped as already evaluated under ``rv`` by ``evaluator``).

    Candidates: ended calls with a disposition in EVALUABLE_DISPOSITIONS (or the given ids). A call
    with a ``done`` (or ``submitted``, in a batch) evaluation is skipped unless ``rescore``
    (submitted ones are always skipped). Raises NotFoundError for an unknown call id.
    """
    where, params = [], []
    if campaign_name:
        where.append("campaign = ?")
        params.append(campaign_name)
    chosen_ids = list(call_ids) if call_ids else list(EVALUABLE_DISPOSITIONS)
    where.append(f"{'id' if call_ids else 'disposition'} IN ({','.join('?' * len(chosen_ids))})")
    params += chosen_ids
    rows = list(db["calls"].rows_where(" AND ".join(where), params, select="id, disposition", order_by="id"))
    if call_ids:
        missing = sorted(set(call_ids) - {r["id"] for r in rows})
        if missing:
            raise NotFoundError(
                f"no call {missing[0]}" + (f" in campaign {campaign_name}" if campaign_name else ""),
                "List calls with `customario calls list`",
            )
        for r in rows:
            if r["disposition"] not in EVALUABLE_DISPOSITIONS:
                raise UsageError(
                    f"call {r['id']} has disposition {r['disposition'] or 'none (not ended)'}",
                    f"Only {', '.join(EVALUABLE_DISPOSITIONS)} calls are evaluated",
                )
    state = {
        r["call_id"]: r["status"]
        for r in db.query(
            "SELECT call_id, status FROM evaluations WHERE rubric_version = ? AND evaluator = ?", [rv, evaluator]
        )
    }
    chosen, skipped = [], 0
    for r in rows:
        st = state.get(r["id"])
        if st == "submitted" or (st == "done" and not rescore):
            skipped += 1
            continue
        chosen.append(r["id"])
    if limit:
        chosen = chosen[:limit]
    return chosen, skipped


def evaluate_campaign(
    db,
    stored,
    settings: Any,
    *,
    evaluator: str | None = None,
    call_ids: list[int] | None = None,
    rescore: bool = False,
    concurrency: int = 4,
    limit: int | None = None,
    dry_run: bool = False,
    evaluator_obj: Any = None,
) -> dict:
    """Evaluate the pending calls of one stored campaign version (``customario.definitions.catalog``).

    Returns ``{"campaign", "evaluator", "rubric_version", "evaluated", "skipped", "failed",
    "results": [row...], "note"}``. A call whose evaluation fails is recorded as ``failed`` and
    stays pending (an earlier ``done`` evaluation is kept). Remote evaluators run with at most
    ``concurrency`` requests in flight; all database writes happen on this thread, one
    transaction per call (evaluation + payment). Raises ConfigError/UsageError before any work.
    """
    campaign = stored.campaign
    name = choose_evaluator_name(evaluator, campaign, settings)
    ev = evaluator_obj or get_evaluator(name, settings)
    if name != "offline":
        if not campaign.evaluation.criteria:
            raise ConfigError(
                f"campaign {stored.name} has no evaluation criteria",
                "Add evaluation.criteria to the definition, or use --evaluator offline",
            )
    check_rubric(campaign.evaluation.criteria)
    rv = rubric_version(campaign)
    ids, skipped = select_calls(db, stored.name, rv=rv, evaluator=name, call_ids=call_ids, rescore=rescore, limit=limit)
    summary = {
        "campaign": stored.name,
        "evaluator": name,
        "rubric_version": rv,
        "evaluated": 0,
        "skipped": skipped,
        "failed": 0,
        "results": [],
        "note": OFFLINE_NOTE if name == "offline" else None,
    }
    if dry_run or not ids:
        summary["would_evaluate"] = ids if dry_run else []
        return summary
    median = channel_medians(db, stored.name)
    datas = load_calls(db, ids)
    offline = OfflineEvaluator(settings)
    prepared = {}
    for cid in ids:
        data = datas[cid]
        signals = compute_signals(campaign, data, median)
        prepared[cid] = (data, signals, offline.evaluate(campaign, data, signals))

    def work(cid: int) -> EvaluationResult:
        data, signals, off = prepared[cid]
        return off if name == "offline" else ev.evaluate(campaign, data, signals)

    def record(cid: int, result: EvaluationResult | None, error: CustomarioError | Exception | None) -> None:
        data, signals, off = prepared[cid]
        row = store_evaluation(
            db,
            stored,
            data,
            rv=rv,
            evaluator=name,
            signals=signals,
            result=result,
            cross_check=None if name == "offline" else off.score,
            error=error,
            rescore=rescore,
        )
        summary["results"].append(row)
        if row.get("status") == "done" and not row.get("already_done"):
            summary["evaluated"] += 1
        elif row.get("already_done"):
            summary["skipped"] += 1
        else:
            summary["failed"] += 1

    if not getattr(ev, "remote", False) or name == "offline":
        for cid in ids:
            try:
                record(cid, work(cid), None)
            except CustomarioError as exc:
                record(cid, None, exc)
        return summary
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        futures = {pool.submit(work, cid): cid for cid in ids}
        for fut in as_completed(futures):
            cid = futures[fut]
            try:
                record(cid, fut.result(), None)
            except CustomarioError as exc:
                record(cid, None, exc)
            except Exception as exc:  # an evaluator bug must not lose the rest of the run
                record(cid, None, exc)
    summary["results"].sort(key=lambda r: r["call_id"])
    return summary


def store_evaluation(
    db,
    stored,
    data: CallData,
    *,
    rv: str,
    evaluator: str,
    signals: dict,
    result: EvaluationResult | None,
    cross_check: float | None,
    error: Any = None,
    rescore: bool = False,
    batch_id: int | None = None,
) -> dict:
    """Write one evaluation (and settle the call's payment) in one IMMEDIATE transaction.

    A failure never overwrites a ``done`` evaluation. A ``done`` row written meanwhile by another
    process is kept unless ``rescore`` (the result is then reported as ``already_done``).
    Returns the summary row ``{call_id, evaluator, status, score, flags, payment...}``.
    """
    from customario.analysis.payments import settle_payment

    now = utc_now()
    with immediate(db):
        existing = db.execute(
            "SELECT id, status FROM evaluations WHERE call_id = ? AND rubric_version = ? AND evaluator = ?",
            [data.id, rv, evaluator],
        ).fetchone()
        if result is None:
            message = error.render() if isinstance(error, CustomarioError) else f"{type(error).__name__}: {error}"
            if existing and existing[1] == "done":
                return {
                    "call_id": data.id,
                    "evaluator": evaluator,
                    "status": "failed",
                    "error": message,
                    "kept_previous": True,
                }
            values = {
                "call_id": data.id,
                "campaign": stored.name,
                "rubric_version": rv,
                "evaluator": evaluator,
                "status": "failed",
                "signals": json_col(signals),
                "flags": json_col(signals.get("flags", [])),
                "error": message[:500],
                "batch_id": batch_id,
                "created_at": now,
                "updated_at": now,
            }
            if existing:
                db.execute(
                    "UPDATE evaluations SET status='failed', error=?, batch_id=NULL, attempts=attempts+1, updated_at=? WHERE id=?",
                    [message[:500], now, existing[0]],
                )
            else:
                db["evaluations"].insert(values)
            return {"call_id": data.id, "evaluator": evaluator, "status": "failed", "error": message}
        if existing and existing[1] == "done" and not rescore:
            return {"call_id": data.id, "evaluator": evaluator, "status": "done", "already_done": True}
        flags = list(signals.get("flags", [])) + [f for f in result.review_flags if f not in signals.get("flags", [])]
        values = {
            "call_id": data.id,
            "campaign": stored.name,
            "rubric_version": rv,
            "evaluator": evaluator,
            "status": "done",
            "score": result.score,
            "cross_check_score": cross_check,
            "verdicts": json_col(result.verdicts),
            "signals": json_col(signals),
            "flags": json_col(flags),
            "model": result.model,
            "input_tokens": result.usage.get("input_tokens"),
            "output_tokens": result.usage.get("output_tokens"),
            "cache_read_tokens": result.usage.get("cache_read_tokens"),
            "cache_creation_tokens": result.usage.get("cache_creation_tokens"),
            "cost_microusd": result.cost_microusd,
            "batch_id": batch_id,
            "error": None,
            "updated_at": now,
        }
        if existing:
            sets = ", ".join(f"{k} = ?" for k in values)
            db.execute(
                f"UPDATE evaluations SET {sets}, attempts = attempts + 1 WHERE id = ?", [*values.values(), existing[0]]
            )
            eval_id = existing[0]
        else:
            eval_id = db["evaluations"].insert({**values, "created_at": now}).last_pk
        payment = settle_payment(db, stored, data, rv=rv)
    return {
        "call_id": data.id,
        "evaluator": evaluator,
        "status": "done",
        "score": result.score,
        "cross_check_score": cross_check,
        "flags": flags,
        "evaluation_id": eval_id,
        "payment_status": payment.get("status") if payment else None,
        "payment_cents": payment.get("amount_cents") if payment else None,
        "cost_microusd": result.cost_microusd,
        "note": result.note,
        "verdicts": result.verdicts,
    }
