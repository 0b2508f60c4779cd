"""`customario customers list|show` — one customer across voice, SMS and email."""

from typing import Annotated

import typer

from customario.cli._common import CsvOpt, JsonOpt, LimitOpt, NlOpt, output_format, state


def register(app: typer.Typer) -> None:
    sub = typer.Typer(
        help="Customers across channels (E.164 phone and email) and their timelines.", no_args_is_help=True
    )

    @sub.command("list")
    def list_(
        ctx: typer.Context, limit: LimitOpt = None, json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False
    ) -> None:
        """List customers with message and call counts, most recent first.

        Example: `customario customers list --json`
        """
        from customario.leads.customers import list_customers
        from customario.render.tables import emit_rows

        emit_rows(
            list_customers(state(ctx).db, limit),
            output_format(json_, nl, csv_),
            ["id", "name", "e164", "email", "inbound", "outbound", "calls", "updated_at"],
        )

    @sub.command("show")
    def show(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(metavar="ID", help="Customer id, E.164 number or email.")],
        timeline: Annotated[
            bool, typer.Option("--timeline", help="Every message of every channel, oldest first.")
        ] = False,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
    ) -> None:
        """Show a customer; with --timeline, every message of every channel in one timeline.

        Example: `customario customers show +14155550101 --timeline --json`
        """
        from customario.leads.customers import get_customer
        from customario.leads.customers import timeline as get_timeline
        from customario.render.tables import emit_record, emit_rows, to_json

        db = state(ctx).db
        c = get_customer(db, ref)
        if not timeline:
            emit_record(c, "json" if json_ else "table")
            return
        entries = get_timeline(db, c["id"], limit)
        if json_:
            typer.echo(to_json({**c, "timeline": entries}))
            return
        emit_rows(entries, "table", ["at", "channel", "role", "text", "source"])

    app.add_typer(sub, name="customers")
