"""`customario leads import|list|show|count|lists|export`."""

import contextlib
import sys
from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, DryRunOpt, JsonOpt, LimitOpt, NlOpt, output_format, state

LIST_COLUMNS = ["id", "e164", "phone_extension", "name", "company", "title", "email", "timezone", "consent"]


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Import, list and export leads (contacts).", no_args_is_help=True)

    @sub.command("import")
    def import_(
        ctx: typer.Context,
        file: Annotated[str, typer.Argument(help="Lead file: CSV/TSV (any encoding, , ; TAB |) or XLSX.")],
        list_name: Annotated[
            str, typer.Option("--list", "-l", help="Lead list to add the contacts to (created if new).")
        ],
        region: Annotated[
            Optional[str],
            typer.Option("--region", help="Region for numbers without +country (default: config `region`)."),
        ] = None,
        map_: Annotated[
            Optional[list[str]],
            typer.Option(
                "--map",
                help="COLUMN=field, e.g. 'Mobile Nr=phone' (fields: phone, name, first_name, last_name, email, company, title, timezone, consent). Repeatable.",
            ),
        ] = None,
        on_duplicate: Annotated[
            str,
            typer.Option(
                "--on-duplicate",
                help="skip: leave existing contacts as they are; update: fill them with this file's non-empty values.",
            ),
        ] = "skip",
        rejects: Annotated[
            Optional[str], typer.Option("--rejects", help="Write rejected rows (line, reason, cells) to this CSV file.")
        ] = None,
        default_timezone: Annotated[
            Optional[str],
            typer.Option(
                "--default-timezone", help="IANA zone when neither a column nor the number gives one (default: config)."
            ),
        ] = None,
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
        """Import a lead file into a list: E.164 numbers, time zones, consent, DNC and duplicates checked.

        Rows are written in short batches so other writers keep going; a bad file changes nothing
        (exit 65); a killed import is finished by running the same command again. Re-importing a
        finished file imports 0 and counts every row as a duplicate.

        Example: `customario leads import customario/data/sample_leads.csv --list demo --rejects rejects.csv`
        """
        from customario.leads.contacts import import_leads, parse_mapping
        from customario.render.tables import status, to_json

        if len(list_name) > 200:
            from customario.errors import UsageError

            raise UsageError(
                f"the list name is {len(list_name):,} characters long", "Use a list name of at most 200 characters"
            )
        if rejects is not None:
            from customario.render.outputs import check_output_path

            check_output_path(
                rejects,
                what="rejects file",
                option="--rejects",
                not_same_as={"lead file": file, "database": state(ctx).db_path},
            )
        st = state(ctx)
        settings = st.settings
        kwargs = dict(
            region=region or settings.region,
            default_timezone=default_timezone or settings.default_timezone,
            mapping=parse_mapping(map_),
            on_duplicate=on_duplicate,
            dry_run=dry_run,
            rejects_path=rejects,
            limit=limit,
            raw=raw,
        )
        if sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(
                TextColumn("Importing"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                transient=True,
                console=_stderr_console(),
            ) as bar:
                task = bar.add_task("import", total=None)
                summary = import_leads(
                    st.db,
                    file,
                    list_name,
                    progress=lambda done, total: bar.update(task, completed=done, total=total),
                    **kwargs,
                )
        else:
            summary = import_leads(st.db, file, list_name, **kwargs)
        s = summary
        if s.resumed_after_line:
            status(f"Finished an interrupted import of this file (it had committed up to line {s.resumed_after_line}).")
        verb = "Would import" if dry_run else "Imported"
        status(
            f"{verb} {s.imported} new contact(s) into list {list_name!r} from {s.rows} row(s): "
            f"{s.updated} updated, {s.duplicates} duplicate(s), {s.invalid} invalid, "
            f"{s.dnc_suppressed} on the DNC list."
        )
        if s.rejects:
            where = f" written to {rejects}" if rejects else " (write them with --rejects FILE)"
            status(f"{len(s.rejects)} rejected row(s){where}.")
        if dry_run:
            status("Dry run: nothing was written to the database.")
        if json_:
            typer.echo(to_json(s.to_dict()))

    @sub.command("list")
    def list_(
        ctx: typer.Context,
        list_name: Annotated[
            Optional[str], typer.Option("--list", "-l", help="Only contacts on this lead list.")
        ] = None,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List contacts (E.164, name, company, time zone, consent).

        Example: `customario leads list --list demo --limit 20`
        """
        from customario.leads.contacts import list_contacts
        from customario.render.tables import emit_rows

        fmt = output_format(json_, nl, csv_)
        rows = list_contacts(state(ctx).db, list_name, limit)
        emit_rows(rows, fmt, None if fmt in ("json", "nl") else LIST_COLUMNS)

    @sub.command("show")
    def show(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(help="Contact id, E.164 number or phone number as written.")],
        json_: JsonOpt = False,
    ) -> None:
        """Show one contact with its attributes, lists and consent history.

        Example: `customario leads show +14155550134 --json`
        """
        from customario.leads.contacts import get_contact
        from customario.render.tables import emit_record

        st = state(ctx)
        db = st.db
        contact = get_contact(db, ref, st.settings.region)
        contact["lists"] = [
            r[0]
            for r in db.execute(
                "SELECT l.name FROM list_members m JOIN lists l ON l.id = m.list_id WHERE m.contact_id = ? ORDER BY l.name",
                [contact["id"]],
            )
        ]
        contact["on_dnc"] = db.execute("SELECT 1 FROM dnc WHERE e164 = ?", [contact["e164"]]).fetchone() is not None
        contact["consents"] = [
            dict(zip(("granted", "channel", "source", "recorded_at"), r))
            for r in db.execute(
                "SELECT granted, channel, source, recorded_at FROM consents WHERE contact_id = ? ORDER BY id",
                [contact["id"]],
            )
        ]
        emit_record(contact, "json" if json_ else "table")

    @sub.command("count")
    def count(
        ctx: typer.Context,
        list_name: Annotated[Optional[str], typer.Option("--list", "-l", help="Count only this lead list.")] = None,
        json_: JsonOpt = False,
    ) -> None:
        """Count contacts (all, or one list), with consent and DNC totals.

        Example: `customario leads count --list demo --json`
        """
        from customario.leads.contacts import count_contacts
        from customario.render.tables import emit_record

        emit_record(count_contacts(state(ctx).db, list_name), "json" if json_ else "table")

    @sub.command("lists")
    def lists(ctx: typer.Context, json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False) -> None:
        """List lead lists with their member counts.

        Example: `customario leads lists --json`
        """
        from customario.leads.contacts import list_lists
        from customario.render.tables import emit_rows

        emit_rows(list_lists(state(ctx).db), output_format(json_, nl, csv_))

    @sub.command("export")
    def export(
        ctx: typer.Context,
        list_name: Annotated[
            Optional[str], typer.Option("--list", "-l", help="Only contacts on this lead list.")
        ] = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="csv or json.")] = "csv",
        output: Annotated[
            Optional[str], typer.Option("--output", "-o", help="Write to this file instead of stdout.")
        ] = None,
        limit: LimitOpt = None,
        raw: Annotated[
            bool,
            typer.Option(
                "--raw", help="Write cells exactly as stored (no ' before =, +, -, @: unsafe to open in a spreadsheet)."
            ),
        ] = False,
    ) -> None:
        """Export contacts (every column, attributes as JSON) as CSV or JSON.

        CSV cells that a spreadsheet would run as a formula get a leading `'` unless `--raw`.

        Example: `customario leads export --list demo --format csv -o demo.csv`
        """
        import json

        from customario.errors import UsageError
        from customario.leads.contacts import CONTACT_COLUMNS, iter_contacts
        from customario.render import csvsafe
        from customario.render.outputs import check_output_path, open_output
        from customario.render.tables import status

        if fmt not in ("csv", "json"):
            raise UsageError(f"unknown export format {fmt!r}", "Use --format csv or --format json")
        if output is not None:
            check_output_path(
                output, what="export file", option="--output", not_same_as={"database": state(ctx).db_path}
            )
        rows = iter_contacts(state(ctx).db, list_name, limit)
        n = 0
        with (
            open_output(output, "w", what="export file", newline="") if output else contextlib.nullcontext(sys.stdout)
        ) as out:
            if fmt == "csv":
                w = csvsafe.writer(out, raw=raw, lineterminator="\n")
                w.writerow(CONTACT_COLUMNS)
                for r in rows:
                    r["attributes"] = json.dumps(r["attributes"], ensure_ascii=False, sort_keys=True)
                    w.writerow([r[c] for c in CONTACT_COLUMNS])
                    n += 1
            else:
                out.write("[")
                for r in rows:
                    out.write(("," if n else "") + "\n  " + json.dumps(r, ensure_ascii=False))
                    n += 1
                out.write("\n]\n")
        status(f"Exported {n} contact(s){' to ' + output if output else ''}.")

    app.add_typer(sub, name="leads")


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)
