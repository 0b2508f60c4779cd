"""`customario payments list|approve|hold|void|export` — the participant payments ledger."""

from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, DryRunOpt, JsonOpt, LimitOpt, NlOpt, output_format, state
from customario.limits import MAX_CENTS

CampaignOpt = Annotated[Optional[str], typer.Option("--campaign", "-c", help="Only this campaign.")]
IdsArg = Annotated[Optional[list[int]], typer.Argument(help="Payment ids.")]
CallOpt = Annotated[Optional[list[int]], typer.Option("--call", help="Payment of this call id (repeatable).")]
ReasonOpt = Annotated[Optional[str], typer.Option("--reason", help="Why (kept in the ledger).")]


def _change(ctx, target: str, ids, calls, campaign, all_from, reason, amount, dry_run, limit, json_) -> None:
    from customario.analysis.payments import change_status
    from customario.render.tables import emit_rows, status

    rows = change_status(
        state(ctx).db,
        target,
        payment_ids=ids or None,
        call_ids=calls or None,
        campaign=campaign,
        all_from=all_from,
        reason=reason,
        amount_cents=amount,
        dry_run=dry_run,
        limit=limit,
    )
    emit_rows(rows, "json" if json_ else "table")
    status(f"{'Would move' if dry_run else 'Moved'} {len(rows)} payment(s) to {target}.")


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Participant payments ledger: one payment per call.", no_args_is_help=True)

    @sub.command("list")
    def list_(
        ctx: typer.Context,
        campaign: CampaignOpt = None,
        status_: Annotated[
            Optional[str], typer.Option("--status", help="pending, approved, paid, held or void.")
        ] = None,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List payments with amount (cents), status and the reason the rule gave.

        Example: `customario payments list --status held --json`
        """
        from customario.analysis.payments import list_payments
        from customario.render.tables import emit_rows

        rows = list_payments(state(ctx).db, campaign=campaign, status=status_, limit=limit)
        emit_rows(
            rows,
            output_format(json_, nl, csv_),
            columns=None
            if (json_ or nl)
            else ["id", "call_id", "campaign", "amount_cents", "currency", "status", "score", "reason"],
        )

    @sub.command("approve")
    def approve(
        ctx: typer.Context,
        ids: IdsArg = None,
        call: CallOpt = None,
        campaign: CampaignOpt = None,
        all_pending: Annotated[
            bool, typer.Option("--all-pending", help="Every pending payment (of --campaign).")
        ] = False,
        amount: Annotated[
            Optional[int],
            typer.Option("--amount", min=0, max=MAX_CENTS, help="Amount in cents (at most the survey's max)."),
        ] = None,
        reason: ReasonOpt = None,
        dry_run: DryRunOpt = False,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
    ) -> None:
        """Approve pending or held payments for payout.

        Example: `customario payments approve --all-pending --campaign customer_feedback`
        """
        _change(
            ctx,
            "approved",
            ids,
            call,
            campaign,
            "pending" if all_pending else None,
            reason,
            amount,
            dry_run,
            limit,
            json_,
        )

    @sub.command("hold")
    def hold(
        ctx: typer.Context,
        ids: IdsArg = None,
        call: CallOpt = None,
        reason: ReasonOpt = None,
        dry_run: DryRunOpt = False,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
    ) -> None:
        """Hold payments for human review.

        Example: `customario payments hold 12 --reason "caller sounded like a minor"`
        """
        _change(ctx, "held", ids, call, None, None, reason, None, dry_run, limit, json_)

    @sub.command("void")
    def void(
        ctx: typer.Context,
        ids: IdsArg = None,
        call: CallOpt = None,
        campaign: CampaignOpt = None,
        all_held: Annotated[bool, typer.Option("--all-held", help="Every held payment (of --campaign).")] = False,
        reason: ReasonOpt = None,
        dry_run: DryRunOpt = False,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
    ) -> None:
        """Void payments (amount becomes 0; paid ones cannot be voided).

        Example: `customario payments void 12 --reason "duplicate respondent"`
        """
        _change(ctx, "void", ids, call, campaign, "held" if all_held else None, reason, None, dry_run, limit, json_)

    @sub.command("export")
    def export(
        ctx: typer.Context,
        output: Annotated[str, typer.Option("--output", "-o", help="Payout file to write (.csv or .json).")],
        fmt: Annotated[
            Optional[str], typer.Option("--format", help="csv or json (default: from the file extension).")
        ] = None,
        campaign: CampaignOpt = None,
        mark_paid: Annotated[bool, typer.Option("--mark-paid", help="Mark the exported payments paid.")] = False,
        dry_run: DryRunOpt = False,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        raw: Annotated[
            bool,
            typer.Option(
                "--raw", help="Write cells exactly as stored (no ' before =, +, -, @: unsafe to open in a spreadsheet)."
            ),
        ] = False,
    ) -> None:
        """Write approved payments to a payout file (CSV or JSON) for your payment provider.

        CSV cells that a spreadsheet would run as a formula get a leading `'` unless `--raw`.

        Example: `customario payments export -o payouts-2026-11.csv --mark-paid`
        """
        from customario.analysis.payments import export_payouts
        from customario.render.tables import emit_record, status

        out = export_payouts(
            state(ctx).db,
            output,
            fmt=fmt,
            campaign=campaign,
            mark_paid=mark_paid,
            dry_run=dry_run,
            limit=limit,
            raw=raw,
        )
        emit_record(out, "json" if json_ else "table")
        status(
            f"{'Would write' if dry_run else 'Wrote'} {out['count']} payment(s), {out['total_cents']} cents, to {out['file']}."
        )

    app.add_typer(sub, name="payments")
