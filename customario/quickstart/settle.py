"""Quickstart steps after the simulated survey: evaluate (offline), settle payments, insights.

Each step takes the quickstart state (``customario.quickstart.steps.QuickstartState``, with the stored
survey in ``qs.data["stored"]``) and returns a ``StepResult``. They use the offline evaluator and
the offline theme coding, so the quickstart needs no API key.
"""

from __future__ import annotations

from typing import Any


def _stored(qs: Any):
    stored = qs.data.get("stored")
    if stored is None:
        from customario.definitions.catalog import resolve_campaign
        from customario.quickstart.steps import SURVEY

        stored = resolve_campaign(qs.db, SURVEY, qs.settings.campaigns_dir)
        qs.data["stored"] = stored
    return stored


def step_evaluate(qs: Any):
    """Evaluate every pending call of the survey with the offline evaluator."""
    from customario.analysis.evaluation import evaluate_campaign
    from customario.quickstart.steps import StepResult

    out = evaluate_campaign(qs.db, _stored(qs), qs.settings, evaluator="offline")
    done = [r for r in out["results"] if r.get("status") == "done" and r.get("score") is not None]
    mean = round(sum(r["score"] for r in done) / len(done), 1) if done else None
    flagged = sum(1 for r in done if r.get("flags"))
    detail = (f"{out['evaluated']} call(s) scored by the offline evaluator (deterministic, no LLM)"
              + (f", mean score {mean}, {flagged} with data-quality flags" if done else "")
              + (f"; {out['skipped']} already evaluated" if out["skipped"] else ""))
    return StepResult("evaluate", "failed" if out["failed"] else "ok", detail,
                      {"evaluated": out["evaluated"], "skipped": out["skipped"], "failed": out["failed"],
                       "mean_score": mean, "flagged": flagged})


def step_payments(qs: Any):
    """Summarise the payments ledger of the survey (what the payment rule decided)."""
    from customario.analysis.payments import payment_totals
    from customario.quickstart.steps import StepResult

    stored = _stored(qs)
    totals = payment_totals(qs.db, stored.name)
    if not totals:
        return StepResult("payments", "skipped", "no payments (the survey has no payment range or no evaluated calls)")
    currency = stored.campaign.payment.currency if stored.campaign.payment else ""
    parts = [f"{s} {v['count']} ({v['cents'] / 100:.2f} {currency})" for s, v in sorted(totals.items()) if s != "test"]
    tests = totals.get("test", {}).get("count", 0)
    if tests:
        parts.append(f"{tests} test payment(s): simulated respondents are never paid")
    tail = (" — approve with `customario payments approve --all-pending`" if totals.get("pending") else
            " — real respondents (phone or web) get payable payments")
    return StepResult("payments", "ok", "; ".join(parts) + tail, {"by_status": totals})


def step_insights(qs: Any):
    """Key figures of the survey: NPS with its interval, AAPOR RR1, completion rate, top themes."""
    from customario.analysis.insights import compute_insights
    from customario.quickstart.steps import StepResult

    stored = _stored(qs)
    rep = compute_insights(qs.db, stored, themes="offline")
    parts = []
    nps = next((q["nps"] for q in rep["questions"] if q.get("nps") and q["nps"]["n"]), None)
    if nps:
        parts.append(f"NPS {nps['nps']:+.1f} (95% {nps['ci95'][0]:+.1f} to {nps['ci95'][1]:+.1f}, n={nps['n']})")
    rr1 = rep["calls"]["aapor"]["rr1"]
    if rr1 is not None:
        parts.append(f"AAPOR RR1 {100 * rr1:.1f}%")
    if rep["calls"]["completion_rate"] is not None:
        parts.append(f"completion {100 * rep['calls']['completion_rate']:.1f}%")
    themes = [t for th in rep["themes"].values() for t in th["themes"]]
    if themes:
        top = max(themes, key=lambda t: t["count"])
        parts.append(f"top theme '{top['theme']}' ({top['count']})")
    detail = ", ".join(parts) or "no calls yet"
    return StepResult("insights", "ok", detail + f" — full report: `customario insights {stored.name} --html report.html`",
                      {"nps": nps, "rr1": rr1, "completion_rate": rep["calls"]["completion_rate"],
                       "calls": rep["calls"]["total"]})


STEPS = [("evaluate", step_evaluate), ("payments", step_payments), ("insights", step_insights)]
