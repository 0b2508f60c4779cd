"""`customario followups list|done|cancel` — callbacks owed after escalations."""

from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, JsonOpt, LimitOpt, NlOpt, output_format, state


def register(app: typer.Typer) -> None:
    sub = typer.Typer(
        help="Follow-ups (callbacks) queued when a caller could not get an answer live.", no_args_is_help=True
    )

    @sub.command("list")
    def list_(
        ctx: typer.Context,
        status_: Annotated[
            Optional[str], typer.Option("--status", help="pending, ready (answer known), done or cancelled.")
        ] = None,
        limit: LimitOpt = 50,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List follow-ups, newest first (caller numbers masked in the table).

        Example: `customario followups list --status ready --json`
        """
        from customario.escalation.help_requests import list_followups
        from customario.render.tables import emit_rows, mask_phone

        fmt = output_format(json_, nl, csv_)
        rows = list_followups(state(ctx).db, status=status_, limit=limit)
        if fmt == "table":
            rows = [{**r, "caller": mask_phone(r["caller"])} for r in rows]
        emit_rows(
            rows,
            fmt,
            ["id", "status", "reason", "help_request_id", "call_id", "caller", "question", "answer", "created_at"],
        )

    def _set(ctx: typer.Context, followup_id: int, new_status: str) -> None:
        from customario.escalation.help_requests import set_followup_status
        from customario.render.tables import status

        set_followup_status(state(ctx).db, followup_id, new_status)
        status(f"Follow-up {followup_id} is {new_status}.")

    @sub.command("done")
    def done(ctx: typer.Context, followup_id: Annotated[int, typer.Argument(help="Follow-up id.")]) -> None:
        """Mark a follow-up done (the caller was called back).

        Example: `customario followups done 3`
        """
        _set(ctx, followup_id, "done")

    @sub.command("cancel")
    def cancel(ctx: typer.Context, followup_id: Annotated[int, typer.Argument(help="Follow-up id.")]) -> None:
        """Cancel a follow-up that is no longer needed.

        Example: `customario followups cancel 3`
        """
        _set(ctx, followup_id, "cancelled")

    app.add_typer(sub, name="followups")
