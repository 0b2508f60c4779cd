"""`customario dnc add|import|list|remove`: the do-not-call list."""

from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, DryRunOpt, JsonOpt, LimitOpt, NlOpt, output_format, state


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="The do-not-call (DNC) list: numbers that are never dialed.", no_args_is_help=True)

    @sub.command("add")
    def add(
        ctx: typer.Context,
        numbers: Annotated[
            list[str], typer.Argument(help="Phone numbers (E.164 or as written; --region for those without +country).")
        ],
        reason: Annotated[str, typer.Option("--reason", help="opted-out, complaint, manual, imported.")] = "manual",
        region: Annotated[
            Optional[str], typer.Option("--region", help="Region for numbers without +country (default: config).")
        ] = None,
        dry_run: DryRunOpt = False,
        json_: JsonOpt = False,
    ) -> None:
        """Put numbers on the DNC list (all valid or none added).

        Example: `customario dnc add "+1 415 555 0134" --reason opted-out`
        """
        from customario.leads.dnc_import import add_numbers
        from customario.render.tables import emit_rows, status

        st = state(ctx)
        rows = add_numbers(
            st.db, numbers, reason=reason, source="cli", region=region or st.settings.region, dry_run=dry_run
        )
        added = sum(r["added"] for r in rows)
        status(
            f"{'Would add' if dry_run else 'Added'} {added} number(s) to the DNC list; {len(rows) - added} already on it."
        )
        if json_:
            emit_rows(rows, "json")

    @sub.command("import")
    def import_(
        ctx: typer.Context,
        file: Annotated[str, typer.Argument(help="CSV/XLSX file with a phone column.")],
        reason: Annotated[str, typer.Option("--reason", help="Reason stored with each number.")] = "imported",
        region: Annotated[
            Optional[str], typer.Option("--region", help="Region for numbers without +country (default: config).")
        ] = None,
        map_: Annotated[
            Optional[list[str]], typer.Option("--map", help="COLUMN=phone when the phone column has another name.")
        ] = None,
        dry_run: DryRunOpt = False,
        json_: JsonOpt = False,
    ) -> None:
        """Add every number of a file to the DNC list in one transaction.

        Example: `customario dnc import optouts.csv`
        """
        from customario.leads.dnc_import import import_dnc
        from customario.leads.contacts import parse_mapping
        from customario.render.tables import status, to_json

        st = state(ctx)
        s = import_dnc(
            st.db,
            file,
            region=region or st.settings.region,
            reason=reason,
            mapping=parse_mapping(map_),
            dry_run=dry_run,
        )
        status(
            f"{'Would add' if dry_run else 'Added'} {s.added} number(s) to the DNC list from {s.rows} row(s): "
            f"{s.already} already on it, {s.duplicates} duplicate(s), {s.invalid} invalid."
        )
        for r in s.rejects[:10]:
            status(f"  line {r.line}: {r.reason}")
        if json_:
            typer.echo(to_json(s.to_dict()))

    @sub.command("list")
    def list_(
        ctx: typer.Context, limit: LimitOpt = None, json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False
    ) -> None:
        """List DNC numbers, newest first.

        Example: `customario dnc list --json`
        """
        from customario.leads.dnc import list_dnc
        from customario.render.tables import emit_rows

        emit_rows(
            list_dnc(state(ctx).db, limit),
            output_format(json_, nl, csv_),
            ["e164", "reason", "source", "call_id", "added_at"],
        )

    @sub.command("remove")
    def remove(
        ctx: typer.Context,
        number: Annotated[str, typer.Argument(help="Phone number to take off the DNC list.")],
        region: Annotated[Optional[str], typer.Option("--region", help="Region for a number without +country.")] = None,
    ) -> None:
        """Take a number off the DNC list (only with the person's consent).

        Example: `customario dnc remove +14155550134`
        """
        from customario.leads.dnc import remove_dnc
        from customario.errors import NotFoundError
        from customario.leads.phones import to_e164
        from customario.render.tables import mask_phone, status

        st = state(ctx)
        e164 = to_e164(number, region or st.settings.region)
        if not remove_dnc(st.db, e164):
            raise NotFoundError(f"{mask_phone(e164)} is not on the DNC list", "See `customario dnc list`")
        status(f"Removed {mask_phone(e164)} from the DNC list.")

    app.add_typer(sub, name="dnc")
