"""`customario evaluate`, `customario insights`, `customario export responses`."""

from typing import Annotated, Optional

import typer

from customario.cli._common import DryRunOpt, JsonOpt, LimitOpt, state


def _campaigns_for(db, settings, campaign: Optional[str], call_ids: list[int], pending: bool, batch: bool) -> list:
    from customario.definitions.catalog import get_campaign, resolve_campaign
    from customario.errors import NotFoundError, UsageError

    if campaign:
        return [resolve_campaign(db, campaign, settings.campaigns_dir)]
    if call_ids:
        marks = ",".join("?" * len(call_ids))
        names = sorted({r["campaign"] for r in db.query(f"SELECT campaign FROM calls WHERE id IN ({marks})", call_ids)})
        if not names:
            raise NotFoundError(f"no call {call_ids[0]}", "List calls with `customario calls list`")
        return [get_campaign(db, n) for n in names if n]
    if pending or batch:
        names = [
            r["campaign"]
            for r in db.query("SELECT DISTINCT campaign FROM calls WHERE campaign IS NOT NULL ORDER BY campaign")
        ]
        return [get_campaign(db, n) for n in names]
    raise UsageError("no campaign given", "Name a CAMPAIGN, or pass --pending (every campaign) or --call ID")


def evaluate(
    ctx: typer.Context,
    campaign: Annotated[
        Optional[str], typer.Argument(help="Campaign name or definition file (default: every campaign with --pending).")
    ] = None,
    call: Annotated[
        Optional[list[int]], typer.Option("--call", help="Evaluate only this call id (repeatable).")
    ] = None,
    pending: Annotated[
        bool,
        typer.Option(
            "--pending", help="Every call not yet evaluated under the current rubric (the default for a campaign)."
        ),
    ] = False,
    rescore: Annotated[
        bool, typer.Option("--rescore", help="Evaluate again calls already evaluated under this rubric version.")
    ] = False,
    evaluator: Annotated[
        Optional[str],
        typer.Option(
            "--evaluator",
            help="offline, anthropic or a plug-in evaluator (default: the campaign's, then the evaluator setting).",
        ),
    ] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", "-k", min=1, max=256, help="Model requests in flight at most.")
    ] = 8,
    batch: Annotated[
        Optional[str], typer.Option("--batch", help="Message Batches for cron: submit, status or collect.")
    ] = None,
    model: Annotated[
        Optional[str],
        typer.Option("--model", help="Anthropic model id (default: campaign, config, then the models list)."),
    ] = None,
    limit: LimitOpt = None,
    dry_run: DryRunOpt = False,
    json_: JsonOpt = False,
) -> None:
    """Score ended calls against the campaign rubric and settle each call's payment.

    Idempotent: a call already evaluated under the same rubric version is skipped unless
    --rescore. A call whose evaluation fails stays pending and the run exits 6 (partial).

    Example: `customario evaluate customer_feedback --evaluator offline`
    """
    from customario.errors import PartialFailure, UsageError
    from customario.render.tables import emit_record, emit_rows, status

    st = state(ctx)
    settings, db = st.settings, st.db
    if batch and batch not in ("submit", "status", "collect"):
        raise UsageError(f"unknown --batch action {batch!r}", "Use --batch submit, status or collect")
    fmt = "json" if json_ else "table"
    if batch and not evaluator:
        evaluator = "anthropic"  # only the LLM judge goes through Message Batches
    if batch in ("status", "collect"):
        _batch_status_collect(db, settings, batch, evaluator, model, fmt)
        return
    campaigns = _campaigns_for(db, settings, campaign, call or [], pending, bool(batch))
    runs = []
    evaluator_cache: dict = {}
    for stored in campaigns:
        from customario.analysis.evaluation import choose_evaluator_name, evaluate_campaign, get_evaluator

        name = choose_evaluator_name(evaluator, stored.campaign, settings)
        if name not in evaluator_cache:
            evaluator_cache[name] = get_evaluator(name, settings, model=model)
        if batch == "submit":
            from customario.analysis import evaluation_batch

            runs.append(
                evaluation_batch.submit(
                    db, stored, settings, evaluator_obj=evaluator_cache[name], limit=limit, dry_run=dry_run
                )
            )
            continue
        runs.append(
            evaluate_campaign(
                db,
                stored,
                settings,
                evaluator=name,
                call_ids=call or None,
                rescore=rescore,
                concurrency=concurrency,
                limit=limit,
                dry_run=dry_run,
                evaluator_obj=evaluator_cache[name],
            )
        )
    if batch == "submit":
        total = sum(r["submitted"] for r in runs)
        status(
            f"Submitted {total} call(s) in {sum(len(r['batches']) for r in runs)} batch(es)"
            + (" (dry run)" if dry_run else "")
            + "."
        )
        emit_record({"runs": runs, "submitted": total}, "json") if json_ else emit_rows(
            [b | {"campaign": r["campaign"]} for r in runs for b in r["batches"]], fmt
        )
        return
    totals = {k: sum(r[k] for r in runs) for k in ("evaluated", "skipped", "failed")}
    if json_:
        emit_record({"runs": runs, **totals}, "json")
    else:
        rows = [dict(x, campaign=r["campaign"]) for r in runs for x in r["results"]]
        if dry_run:
            rows = [
                {"campaign": r["campaign"], "call_id": cid, "evaluator": r["evaluator"], "status": "would evaluate"}
                for r in runs
                for cid in r.get("would_evaluate", [])
            ]
        emit_rows(
            rows,
            fmt,
            columns=[
                "campaign",
                "call_id",
                "evaluator",
                "status",
                "score",
                "cross_check_score",
                "flags",
                "payment_status",
                "payment_cents",
                "error",
            ]
            if not dry_run
            else None,
        )
    names = sorted({r["evaluator"] for r in runs})
    label = ", ".join(
        "the offline evaluator (deterministic, no LLM)" if n == "offline" else f"the {n} evaluator" for n in names
    )
    if dry_run:
        status(
            f"Would evaluate {sum(len(r.get('would_evaluate', [])) for r in runs)} call(s) with {label or 'no evaluator'}; "
            f"{totals['skipped']} already evaluated under this rubric (dry run, nothing written)."
        )
        return
    status(
        f"Evaluated {totals['evaluated']} call(s) with {label or 'no evaluator'}; {totals['skipped']} skipped "
        f"(already evaluated under this rubric); {totals['failed']} failed (left pending)."
    )
    if totals["failed"]:
        raise PartialFailure(
            f"{totals['failed']} evaluation(s) failed and stay pending",
            "Run `customario evaluate --pending` again later",
        )


def _batch_status_collect(db, settings, action: str, evaluator: Optional[str], model: Optional[str], fmt: str) -> None:
    from customario.analysis import evaluation_batch
    from customario.errors import PartialFailure
    from customario.analysis.evaluation import get_evaluator
    from customario.render.tables import emit_record, emit_rows, status

    has_open = db.execute("SELECT COUNT(*) FROM evaluation_batches WHERE collected_at IS NULL").fetchone()[0]
    if not has_open:
        status("No open evaluation batches.")
        emit_record({"batches": []}, "json") if fmt == "json" else None
        return
    ev = get_evaluator(evaluator or "anthropic", settings, model=model)
    if action == "status":
        rows = evaluation_batch.status(db, settings, evaluator_obj=ev)
        emit_record({"batches": rows}, "json") if fmt == "json" else emit_rows(rows, fmt)
        return
    out = evaluation_batch.collect(db, settings, evaluator_obj=ev)
    emit_record(out, "json") if fmt == "json" else emit_rows(out["results"], fmt)
    status(
        f"Collected {len(out['batches'])} batch(es): {out['evaluated']} evaluated, {out['failed']} failed (left pending), "
        f"{out['still_processing']} batch(es) still processing."
    )
    if out["failed"]:
        raise PartialFailure(
            f"{out['failed']} batch item(s) failed and stay pending",
            "Submit them again with `customario evaluate CAMPAIGN --batch submit`",
        )


def insights(
    ctx: typer.Context,
    campaign: Annotated[str, typer.Argument(help="Campaign name or definition file.")],
    since: Annotated[
        Optional[str], typer.Option("--since", help="Only calls started on or after this date (YYYY-MM-DD, UTC).")
    ] = None,
    json_: JsonOpt = False,
    html: Annotated[
        Optional[str], typer.Option("--html", help="Write one self-contained HTML file with charts.")
    ] = None,
    csv_file: Annotated[
        Optional[str], typer.Option("--csv", help="Write the figures as a long-format CSV file.")
    ] = None,
    agent: Annotated[
        Optional[str],
        typer.Option(
            "--agent",
            help="Theme coding: offline (phrase frequency) or anthropic (insights agent with a narrative). Default: the evaluator setting.",
        ),
    ] = None,
) -> None:
    """Distributions, NPS with 95 % intervals, AAPOR RR1, durations, scores, payments, trend and themes.

    Example: `customario insights customer_feedback --since 2026-11-01 --html report.html`
    """
    import sys

    from customario.definitions.catalog import resolve_campaign
    from customario.errors import UsageError
    from customario.analysis.insights import compute_insights, parse_since
    from customario.render.tables import emit_record, is_tty, status

    from customario.render.outputs import check_output_path, open_output

    if sum(bool(x) for x in (json_, html, csv_file)) > 1:
        raise UsageError("choose one of --json, --html, --csv", "Run insights once per output")
    if html is not None:
        check_output_path(html, what="HTML report", option="--html", not_same_as={"database": state(ctx).db_path})
    if csv_file is not None:
        check_output_path(csv_file, what="CSV report", option="--csv", not_same_as={"database": state(ctx).db_path})
    since_iso = parse_since(since)
    st = state(ctx)
    method = agent or ("anthropic" if st.settings.evaluator == "anthropic" else "offline")
    if method not in ("offline", "anthropic"):
        raise UsageError(f"unknown insights agent {method!r}", "Use --agent offline or --agent anthropic")
    stored = resolve_campaign(st.db, campaign, st.settings.campaigns_dir)
    report = compute_insights(st.db, stored, since=since_iso, themes=method, settings=st.settings)
    if "failed" in report["themes_method"]:
        status(f"Warning: {report['themes_method']}")
    if json_:
        emit_record(report, "json")
    elif html:
        from customario.render.insights_html import render_html

        with open_output(html, "w", what="HTML report") as fh:
            fh.write(render_html(report))
        status(f"Wrote {html}.")
    elif csv_file:
        from customario.render.insights_text import write_csv

        with open_output(csv_file, "w", what="CSV report", newline="") as fh:
            rows = write_csv(report, fh)
        status(f"Wrote {rows} rows to {csv_file}.")
    else:
        from customario.render.insights_text import render_terminal

        render_terminal(report, sys.stdout, tty=is_tty())


def export_responses(
    ctx: typer.Context,
    campaign: Annotated[str, typer.Argument(help="Campaign name or definition file.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="wide (one row per call), long (one row per answer) or qualtrics.")
    ] = "wide",
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", help="CSV file to write (default: stdout).")
    ] = None,
    codebook: Annotated[
        Optional[str], typer.Option("--codebook", help="Also write the codebook (.json or .csv).")
    ] = None,
    since: Annotated[
        Optional[str], typer.Option("--since", help="Only calls started on or after this date (YYYY-MM-DD).")
    ] = None,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw", help="Write cells exactly as stored (no ' before =, +, -, @: unsafe to open in a spreadsheet)."
        ),
    ] = False,
) -> None:
    """Export survey responses as CSV with coded answers, and optionally a codebook.

    Cells that a spreadsheet would run as a formula get a leading `'` unless `--raw`.

    Example: `customario export responses customer_feedback --format qualtrics -o responses.csv --codebook codebook.json`
    """
    import sys

    from customario.definitions.catalog import resolve_campaign
    from customario.analysis.exports import write_codebook, write_responses
    from customario.analysis.insights import parse_since
    from customario.render.tables import status

    from customario.analysis.exports import FORMATS
    from customario.errors import UsageError
    from customario.render.outputs import check_output_path, open_output

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}", f"Use one of: {', '.join(FORMATS)}")
    if output is not None:
        check_output_path(
            output, what="responses file", option="--output", not_same_as={"database": state(ctx).db_path}
        )
    if codebook is not None:
        check_output_path(
            codebook,
            what="codebook",
            option="--codebook",
            not_same_as={"database": state(ctx).db_path, "--output file": output},
        )
        if not codebook.lower().endswith((".json", ".csv")):
            raise UsageError(
                f"--codebook {codebook} must end in .json or .csv", "The extension chooses the codebook format"
            )
    since_iso = parse_since(since)
    st = state(ctx)
    stored = resolve_campaign(st.db, campaign, st.settings.campaigns_dir)
    if output:
        with open_output(output, "w", what="responses file", newline="") as fh:
            rows = write_responses(st.db, stored, fh, fmt, since_iso, raw=raw)
        status(f"Wrote {rows} {fmt} rows to {output}.")
    else:
        rows = write_responses(st.db, stored, sys.stdout, fmt, since_iso, raw=raw)
        status(f"Wrote {rows} {fmt} rows.")
    if codebook:
        with open_output(codebook, "w", what="codebook", newline="") as fh:
            write_codebook(stored, fh, "json" if codebook.lower().endswith(".json") else "csv", raw=raw)
        status(f"Wrote the codebook to {codebook}.")


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
    app.command("insights")(insights)
    export = typer.Typer(help="Export survey data (responses with coded answers, codebook).", no_args_is_help=True)
    export.command("responses")(export_responses)
    app.add_typer(export, name="export")
