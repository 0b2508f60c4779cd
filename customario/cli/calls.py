"""`customario calls list|show`: calls, answers and transcripts."""

from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, JsonOpt, NlOpt, output_format, state


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Calls and transcripts (phone, console, simulation, SMS, e-mail).", no_args_is_help=True)

    @sub.command("list")
    def list_(
        ctx: typer.Context,
        campaign: Annotated[Optional[str], typer.Option("--campaign", help="Only this campaign.")] = None,
        status: Annotated[
            Optional[str], typer.Option("--status", help="in-progress, ended, failed, interrupted, ...")
        ] = None,
        disposition: Annotated[
            Optional[str], typer.Option("--disposition", help="complete, break-off, opted-out, ...")
        ] = None,
        channel: Annotated[
            Optional[str], typer.Option("--channel", help="phone, console, simulation, sms, email.")
        ] = None,
        limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most N calls (newest first).")] = 50,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List calls, newest first, with status, disposition, turns and answers.

        Example: `customario calls list --campaign customer_feedback --status ended --limit 20`
        """
        from customario.conversation.call_log import list_calls
        from customario.render.tables import emit_rows

        rows = list_calls(
            state(ctx).db, campaign=campaign, status=status, disposition=disposition, channel=channel, limit=limit
        )
        emit_rows(
            rows,
            output_format(json_, nl, csv_),
            columns=[
                "id",
                "campaign",
                "version",
                "channel",
                "status",
                "disposition",
                "contact",
                "turns",
                "answers",
                "started_at",
                "duration_s",
            ],
        )

    @sub.command("show")
    def show(
        ctx: typer.Context,
        call_id: Annotated[int, typer.Argument(help="Call id.")],
        transcript: Annotated[bool, typer.Option("--transcript", help="Print the turns as well.")] = False,
        json_: JsonOpt = False,
    ) -> None:
        """Show one call: outcome, answers with the caller's words, tool calls, optionally the transcript.

        Example: `customario calls show 12 --transcript`
        """
        from customario.conversation.call_log import get_call
        from customario.render.tables import emit_record, emit_rows, to_json

        rec = get_call(state(ctx).db, call_id, transcript=transcript or json_)
        if json_:
            typer.echo(to_json(rec))
            return
        c = rec["call"]
        emit_record(
            {
                k: c.get(k)
                for k in (
                    "id",
                    "campaign",
                    "channel",
                    "direction",
                    "status",
                    "disposition",
                    "stack",
                    "started_at",
                    "ended_at",
                    "duration_s",
                    "error",
                    "briefing",
                )
            }
        )
        if rec["answers"]:
            typer.echo("")
            emit_rows(
                rec["answers"],
                "table",
                columns=["question_id", "value", "status", "confidence", "confirmed", "method", "attempts", "evidence"],
            )
        if rec["tool_calls"]:
            typer.echo("")
            emit_rows(rec["tool_calls"], "table", columns=["name", "arguments", "error", "duration_ms"])
        if transcript:
            typer.echo("")
            for t in rec["turns"]:
                typer.echo(f"{t['role']}: {t['text']}")

    @sub.command("hangup")
    def hangup(
        ctx: typer.Context,
        call_id: Annotated[int, typer.Argument(help="Call id (see `customario monitor`).")],
        json_: JsonOpt = False,
    ) -> None:
        """End a live phone call by removing its LiveKit room; it is recorded as hung up.

        Example: `customario calls hangup 42`
        """
        import asyncio

        from customario.dialing.operations import hangup_call
        from customario.render.tables import emit_record

        st = state(ctx)
        emit_record(asyncio.run(hangup_call(st.db, st.settings, call_id)), "json" if json_ else "table")

    app.add_typer(sub, name="calls")
