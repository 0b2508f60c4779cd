"""`customario quickstart` as a list of steps on the embedded default (nothing configured, offline).

Steps run in order over one :class:`QuickstartState`; each returns a :class:`StepResult`
(``ok`` | ``skipped`` | ``failed``, a one-line ``detail`` and ``data``): database, leads, survey,
simulate, evaluate, payments, insights, transcript. :func:`add_step` adds one. Re-running is safe: the
lead import and the survey are reused, and each run adds new simulated calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable

# Package data (importlib.resources), so an installed wheel runs the quickstart from any folder.
SAMPLE_LEADS = Path(str(resources.files("customario.data").joinpath("sample_leads.csv")))
SAMPLE_PERSONAS = Path(str(resources.files("customario.data").joinpath("personas.yaml")))
SAMPLE_LIST = "sample"
SURVEY = "customer_feedback"


@dataclass
class StepResult:
    name: str
    status: str  # ok | skipped | failed
    detail: str
    data: dict = field(default_factory=dict)


@dataclass
class QuickstartState:
    """What steps share: the database, settings, options and results of earlier steps (``data``)."""

    db: Any
    settings: Any
    respondents: int = 20
    concurrency: int = 4
    data: dict = field(default_factory=dict)
    results: list = field(default_factory=list)


Step = Callable[[QuickstartState], StepResult]


def step_database(qs: QuickstartState) -> StepResult:
    counts = {t: qs.db[t].count for t in ("contacts", "campaigns", "calls")}
    return StepResult("database", "ok", f"using {qs.settings.db}", {"path": qs.settings.db, **counts})


def step_leads(qs: QuickstartState) -> StepResult:
    """Import the packaged sample_leads.csv into list ``sample`` once (skipped when the leads module or the
    file is not there)."""
    try:
        from customario.leads.contacts import import_leads
    except ImportError:
        return StepResult("leads", "skipped", "lead import is not available in this build; respondents are anonymous")
    if not SAMPLE_LEADS.is_file():
        return StepResult("leads", "skipped", f"{SAMPLE_LEADS.name} not found; respondents are anonymous")
    row = qs.db.execute(
        "SELECT COUNT(*) FROM list_members m JOIN lists l ON l.id = m.list_id WHERE l.name = ?", [SAMPLE_LIST]
    ).fetchone()
    if row[0]:
        return StepResult("leads", "ok", f"list {SAMPLE_LIST!r} already has {row[0]} contacts", {"contacts": row[0]})
    summary = import_leads(
        qs.db, SAMPLE_LEADS, SAMPLE_LIST, region=qs.settings.region, default_timezone=qs.settings.default_timezone
    )
    imported = getattr(summary, "imported", None)
    return StepResult(
        "leads",
        "ok",
        f"imported {imported} contacts from {SAMPLE_LEADS.name} into list {SAMPLE_LIST!r}",
        {"imported": imported, "invalid": getattr(summary, "invalid", None)},
    )


def step_survey(qs: QuickstartState) -> StepResult:
    from customario.definitions.catalog import resolve_campaign

    stored = resolve_campaign(qs.db, SURVEY, qs.settings.campaigns_dir)
    qs.data["stored"] = stored
    return StepResult(
        "survey",
        "ok",
        f"{stored.name} v{stored.version} ({len(stored.campaign.questions)} questions)",
        {"campaign_id": stored.id, "version": stored.version},
    )


def step_simulate(qs: QuickstartState) -> StepResult:
    """Run ``respondents`` simulated respondents on the offline stack (leads of the sample list
    that are not on the DNC list, else anonymous)."""
    import asyncio

    from customario.conversation.simulate import load_personas, run_simulation

    stored = qs.data["stored"]
    personas = load_personas(SAMPLE_PERSONAS, stored.campaign)
    contacts = list(
        qs.db.query(
            "SELECT c.* FROM contacts c JOIN list_members m ON m.contact_id = c.id JOIN lists l ON l.id = m.list_id"
            " WHERE l.name = ? AND c.e164 NOT IN (SELECT e164 FROM dnc) ORDER BY c.id",
            [SAMPLE_LIST],
        )
    )
    previous = qs.db.execute("SELECT COUNT(*) FROM calls WHERE channel = 'simulation'").fetchone()[0]
    if contacts:
        contacts = contacts[previous % len(contacts) :] + contacts[: previous % len(contacts)]
    summary = asyncio.run(
        run_simulation(
            qs.db,
            qs.settings,
            stored,
            personas,
            n=qs.respondents,
            concurrency=qs.concurrency,
            seed=previous,
            contacts=contacts or None,
            stack="offline",
        )
    )
    qs.data["summary"] = summary
    qs.data["call_ids"] = [r.call_id for r in summary.results if r.call_id]
    status = "ok" if not summary.errors else "failed"
    disp = ", ".join(f"{k} {v}" for k, v in summary.dispositions.items())
    return StepResult(
        "simulate",
        status,
        f"{summary.sessions} respondents: {summary.completion_rate:.0%} complete ({disp})",
        {
            "sessions": summary.sessions,
            "completion_rate": round(summary.completion_rate, 4),
            "dispositions": summary.dispositions,
            "errors": summary.errors,
            "sessions_per_minute": round(summary.sessions_per_minute, 1),
        },
    )


def step_transcript(qs: QuickstartState) -> StepResult:
    """A short excerpt of one completed call of this run."""
    ids = qs.data.get("call_ids") or []
    if not ids:
        return StepResult("transcript", "skipped", "no calls in this run")
    marks = ",".join("?" * len(ids))
    row = qs.db.execute(
        f"SELECT id FROM calls WHERE id IN ({marks}) AND disposition = 'complete' ORDER BY id LIMIT 1", ids
    ).fetchone()
    call_id = row[0] if row else ids[0]
    turns = [
        f"{r[0]}: {r[1]}"
        for r in qs.db.execute("SELECT role, text FROM turns WHERE call_id = ? ORDER BY seq LIMIT 6", [call_id])
    ]
    return StepResult(
        "transcript",
        "ok",
        f"call {call_id} (see `customario calls show {call_id} --transcript`)",
        {"call_id": call_id, "excerpt": turns},
    )


# After the simulated survey: evaluate (offline evaluator), settle payments, insights (offline theme
# coding), so the quickstart needs no API key.
def _stored(qs: Any):
    stored = qs.data.get("stored")
    if stored is None:
        from customario.definitions.catalog import resolve_campaign

        stored = resolve_campaign(qs.db, SURVEY, qs.settings.campaigns_dir)
        qs.data["stored"] = stored
    return stored


def step_evaluate(qs: Any):
    """Evaluate every pending call of the survey with the offline evaluator."""
    from customario.analysis.evaluation import evaluate_campaign

    out = evaluate_campaign(qs.db, _stored(qs), qs.settings, evaluator="offline")
    done = [r for r in out["results"] if r.get("status") == "done" and r.get("score") is not None]
    mean = round(sum(r["score"] for r in done) / len(done), 1) if done else None
    flagged = sum(1 for r in done if r.get("flags"))
    detail = (
        f"{out['evaluated']} call(s) scored by the offline evaluator (deterministic, no LLM)"
        + (f", mean score {mean}, {flagged} with data-quality flags" if done else "")
        + (f"; {out['skipped']} already evaluated" if out["skipped"] else "")
    )
    return StepResult(
        "evaluate",
        "failed" if out["failed"] else "ok",
        detail,
        {
            "evaluated": out["evaluated"],
            "skipped": out["skipped"],
            "failed": out["failed"],
            "mean_score": mean,
            "flagged": flagged,
        },
    )


def step_payments(qs: Any):
    """Summarise the payments ledger of the survey (what the payment rule decided)."""
    from customario.analysis.payments import payment_totals

    stored = _stored(qs)
    totals = payment_totals(qs.db, stored.name)
    if not totals:
        return StepResult("payments", "skipped", "no payments (the survey has no payment range or no evaluated calls)")
    currency = stored.campaign.payment.currency if stored.campaign.payment else ""
    parts = [f"{s} {v['count']} ({v['cents'] / 100:.2f} {currency})" for s, v in sorted(totals.items()) if s != "test"]
    tests = totals.get("test", {}).get("count", 0)
    if tests:
        parts.append(f"{tests} test payment(s): simulated respondents are never paid")
    tail = (
        " — approve with `customario payments approve --all-pending`"
        if totals.get("pending")
        else " — real respondents (phone or web) get payable payments"
    )
    return StepResult("payments", "ok", "; ".join(parts) + tail, {"by_status": totals})


def step_insights(qs: Any):
    """Key figures of the survey: NPS with its interval, AAPOR RR1, completion rate, top themes."""
    from customario.analysis.insights import compute_insights

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
    return StepResult(
        "insights",
        "ok",
        detail + f" — full report: `customario insights {stored.name} --html report.html`",
        {"nps": nps, "rr1": rr1, "completion_rate": rep["calls"]["completion_rate"], "calls": rep["calls"]["total"]},
    )


STEPS: list[tuple[str, Step]] = [
    ("database", step_database),
    ("leads", step_leads),
    ("survey", step_survey),
    ("simulate", step_simulate),
    ("evaluate", step_evaluate),
    ("payments", step_payments),
    ("insights", step_insights),
    ("transcript", step_transcript),
]


def add_step(name: str, step: Step, *, after: str | None = None) -> None:
    """Add (or replace) a step, after the step named ``after`` (default: at the end)."""
    global STEPS
    steps = [(n, s) for n, s in STEPS if n != name]
    index = len(steps) if after is None else next(i + 1 for i, (n, _) in enumerate(steps) if n == after)
    steps.insert(index, (name, step))
    STEPS = steps


def run_quickstart(
    db: Any,
    settings: Any,
    *,
    respondents: int = 20,
    concurrency: int = 4,
    on_step: Callable[[StepResult], None] | None = None,
) -> list[StepResult]:
    """Run every step in :data:`STEPS`; a step that raises is recorded as ``failed`` and stops the
    run (later steps depend on earlier ones). Returns the results in order."""
    from customario.errors import CustomarioError

    qs = QuickstartState(db=db, settings=settings, respondents=respondents, concurrency=concurrency)
    for name, step in list(STEPS):
        try:
            result = step(qs)
        except CustomarioError as exc:
            result = StepResult(name, "failed", exc.render())
        qs.results.append(result)
        if on_step is not None:
            on_step(result)
        if result.status == "failed":
            break
    return qs.results
