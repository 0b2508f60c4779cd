"""`customario store import|list` and `customario tickets list|show|resolve` (module CLI groups)."""

from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, DryRunOpt, JsonOpt, LimitOpt, NlOpt, output_format, state


AmountOpt = Annotated[
    Optional[str],
    typer.Option("--amount", help="Refund amount in dollars, e.g. 1500.00 (replaces the requested amount)."),
]


def _db(ctx: typer.Context):
    return state(ctx).db


def _cents(amount: Optional[str]) -> Optional[int]:
    """``"1,500.00"`` / ``"$1500"`` → 150000; UsageError for anything with two readings."""
    if amount is None:
        return None
    from customario.dialogue.amounts import read_amount
    from customario.errors import UsageError

    reading = read_amount(amount)
    if reading.status not in ("ok", "confirm") or not reading.cents:
        raise UsageError(
            f"--amount {amount!r} is not one clear amount ({reading.reason or 'no amount'})",
            "Write it in dollars with a point for cents, e.g. 1500.00",
        )
    return reading.cents


def build_store_app() -> typer.Typer:
    app = typer.Typer(
        help="The PC store's catalogue, stock, orders, refunds and refusals (pc_store_support).", no_args_is_help=True
    )

    @app.command("import")
    def import_(
        ctx: typer.Context,
        kind: Annotated[Optional[str], typer.Argument(help="products | inventory | orders | order_items | kb")] = None,
        file: Annotated[Optional[str], typer.Argument(help="CSV file (kb: YAML).")] = None,
        seed: Annotated[
            bool, typer.Option("--seed", help="Import the shipped PC-parts shop from data/pc_store.")
        ] = False,
        folder: Annotated[
            Optional[str], typer.Option("--folder", help="Import every known file found in this folder.")
        ] = None,
        dry_run: DryRunOpt = False,
        json_: JsonOpt = False,
    ) -> None:
        """Import the catalogue, stock, orders and order items (CSV) or KB articles (YAML).

        Example: `customario store import products my_products.csv` or `customario store import --seed`
        """
        from customario.errors import UsageError
        from customario.render.tables import emit_rows, status

        from .catalogue import import_file, import_seed

        st = state(ctx)
        if seed or folder:
            if dry_run:
                raise UsageError("--dry-run works with one file", "Pass KIND FILE")
            results = import_seed(st.db, folder, region=st.settings.region)
        elif kind and file:
            results = [import_file(st.db, kind, file, region=st.settings.region, dry_run=dry_run)]
        else:
            raise UsageError("nothing to import", "Pass KIND FILE, --seed or --folder DIR")
        for r in results:
            status(f"{'Would import' if r.get('dry_run') else 'Imported'} {r['rows']} {r['kind']} from {r['file']}.")
        if json_:
            emit_rows(results, "json")

    @app.command("list")
    def list_(
        ctx: typer.Context,
        what: Annotated[
            str, typer.Argument(help="products | inventory | orders | refunds | labels | refusals | verifications")
        ] = "orders",
        status_: Annotated[Optional[str], typer.Option("--status", help="Orders with this status only.")] = None,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List products, stock per warehouse, orders, refunds or return labels.

        Example: `customario store list orders --status shipped --json`
        """
        from customario.errors import UsageError
        from customario.render.tables import emit_rows

        from .store import list_orders

        db = _db(ctx)
        lim = f" LIMIT {int(limit)}" if limit else ""
        if what == "orders":
            rows = list_orders(db, status_, limit)
            cols = [
                "order_number",
                "status",
                "total_cents",
                "customer_name",
                "customer_email",
                "tracking_number",
                "placed_at",
            ]
        elif what == "products":
            rows = list(
                db.query(
                    "SELECT p.*, COALESCE((SELECT SUM(quantity) FROM store_inventory i WHERE i.sku = p.sku), 0) "
                    "AS stock FROM store_products p ORDER BY category, sku" + lim
                )
            )
            cols = ["sku", "name", "category", "price_cents", "stock"]
        elif what == "inventory":
            rows = list(
                db.query(
                    "SELECT i.*, i.quantity <= i.low_stock_threshold AS low_stock FROM store_inventory i "
                    "ORDER BY sku, warehouse" + lim
                )
            )
            cols = ["sku", "warehouse", "quantity", "low_stock_threshold", "low_stock"]
        elif what == "refunds":
            rows = list(db.query("SELECT * FROM store_refunds ORDER BY id DESC" + lim))
            cols = [
                "id",
                "order_number",
                "order_item_id",
                "amount_cents",
                "approved_by",
                "ticket_id",
                "call_id",
                "reason",
                "created_at",
            ]
        elif what == "refusals":
            rows = list(db.query("SELECT * FROM store_refusals ORDER BY id DESC" + lim))
            cols = ["id", "call_id", "order_number", "action", "reason", "message", "created_at"]
        elif what == "verifications":
            rows = list(
                db.query(
                    "SELECT id, call_id, order_number, method, status, detail, attempts, created_at "
                    "FROM store_verifications ORDER BY id DESC" + lim
                )
            )
            cols = ["id", "call_id", "order_number", "method", "status", "detail", "attempts", "created_at"]
        elif what == "labels":
            rows = list(db.query("SELECT * FROM store_return_labels ORDER BY id DESC" + lim))
            cols = ["id", "order_number", "carrier", "tracking_number", "created_at"]
        else:
            raise UsageError(
                f"unknown list {what!r}", "Use products, inventory, orders, refunds, labels, refusals or verifications"
            )
        emit_rows(rows, output_format(json_, nl, csv_), cols)

    return app


def build_tickets_app() -> typer.Typer:
    app = typer.Typer(
        help="Tickets for humans: escalated refunds, fraud, disputes, requests (pc_store_support).",
        no_args_is_help=True,
    )

    @app.command("list")
    def list_(
        ctx: typer.Context,
        status_: Annotated[str, typer.Option("--status", help="open | resolved | all")] = "open",
        assignee: Annotated[Optional[str], typer.Option("--assignee", help="Only tickets of this person.")] = None,
        limit: LimitOpt = None,
        json_: JsonOpt = False,
        nl: NlOpt = False,
        csv_: CsvOpt = False,
    ) -> None:
        """List tickets, most urgent first.

        Example: `customario tickets list --status all --json`
        """
        from customario.render.tables import emit_rows

        from .store import list_tickets

        if status_ not in ("open", "resolved", "all"):
            from customario.errors import UsageError

            raise UsageError(f"unknown ticket status {status_!r}", "Use --status open, resolved or all")
        rows = list_tickets(_db(ctx), None if status_ == "all" else status_, limit, assignee=assignee)
        emit_rows(
            rows,
            output_format(json_, nl, csv_),
            [
                "id",
                "priority",
                "status",
                "reason",
                "order_number",
                "requested_cents",
                "assignee",
                "channel",
                "summary",
                "created_at",
            ],
        )

    @app.command("show")
    def show(
        ctx: typer.Context,
        ticket_id: Annotated[int, typer.Argument(help="Ticket number.")],
        json_: JsonOpt = False,
    ) -> None:
        """Show one ticket with its details.

        Example: `customario tickets show 3 --json`
        """
        from customario.render.tables import emit_record

        from .store import get_ticket

        emit_record(get_ticket(_db(ctx), ticket_id), "json" if json_ else "table")

    @app.command("resolve")
    def resolve(
        ctx: typer.Context,
        ticket_id: Annotated[int, typer.Argument(help="Ticket number.")],
        note: Annotated[str, typer.Option("--note", "-m", help="What the human decided or did.")] = "resolved",
        approve_refund: Annotated[
            bool, typer.Option("--approve-refund", help="Execute the refund the ticket holds (a human's approval).")
        ] = False,
        amount: AmountOpt = None,
        decline: Annotated[bool, typer.Option("--decline", help="Decline the refund the ticket holds.")] = False,
        by: Annotated[str, typer.Option("--by", help="Who decides (recorded on the refund and the ticket).")] = "human",
        json_: JsonOpt = False,
    ) -> None:
        """Resolve a ticket with a note; --approve-refund executes its refund (--amount to change it), --decline refuses it.

        Example: `customario tickets resolve 3 --approve-refund --amount 1500.00 --by Dana --note "Checked the RMA"`
        """
        from customario.render.tables import emit_record, status

        from .store import money, resolve_ticket

        t = resolve_ticket(
            _db(ctx),
            ticket_id,
            note,
            approve_refund=approve_refund or amount is not None,
            by=by,
            amount_cents=_cents(amount),
            decline=decline,
        )
        if t.get("refund"):
            status(f"Refunded {money(t['refund']['amount_cents'])} on {t['refund']['order_number']}.")
        status(f"Resolved ticket #{ticket_id}.")
        if json_:
            emit_record(t, "json")

    @app.command("approve")
    def approve(
        ctx: typer.Context,
        ticket_id: Annotated[int, typer.Argument(help="Ticket number.")],
        by: Annotated[str, typer.Option("--by", help="Who approves (recorded on the refund).")],
        amount: AmountOpt = None,
        note: Annotated[str, typer.Option("--note", "-m", help="Why (kept on the ticket).")] = "",
        json_: JsonOpt = False,
    ) -> None:
        """Approve the refund a ticket holds, with the requested amount or another one (--amount), and resolve it.

        Example: `customario tickets approve 3 --by Dana --amount 1500.00`
        """
        from customario.render.tables import emit_record, status

        from .store import approve_ticket, money

        t = approve_ticket(_db(ctx), ticket_id, by=by, amount_cents=_cents(amount), note=note)
        status(
            f"Refunded {money(t['refund']['amount_cents'])} on {t['refund']['order_number']}; ticket #{ticket_id} resolved."
        )
        if json_:
            emit_record(t, "json")

    @app.command("assign")
    def assign(
        ctx: typer.Context,
        ticket_id: Annotated[int, typer.Argument(help="Ticket number.")],
        assignee: Annotated[str, typer.Argument(help="Who works on it ('' to unassign).")],
        by: Annotated[str, typer.Option("--by", help="Who assigns.")] = "human",
    ) -> None:
        """Give a ticket to a person.

        Example: `customario tickets assign 3 dana`
        """
        from customario.render.tables import status

        from .store import assign_ticket

        assign_ticket(_db(ctx), ticket_id, assignee, by=by)
        status(f"Ticket #{ticket_id} is assigned to {assignee or 'nobody'}.")

    @app.command("comment")
    def comment(
        ctx: typer.Context,
        ticket_id: Annotated[int, typer.Argument(help="Ticket number.")],
        text: Annotated[str, typer.Argument(help="The comment.")],
        by: Annotated[str, typer.Option("--by", help="Author.")] = "human",
    ) -> None:
        """Add a comment to a ticket.

        Example: `customario tickets comment 3 "Called the customer, RMA on its way" --by dana`
        """
        from customario.render.tables import status

        from .store import add_comment

        add_comment(_db(ctx), ticket_id, by, text)
        status(f"Comment added to ticket #{ticket_id}.")

    @app.command("reopen")
    def reopen(
        ctx: typer.Context,
        ticket_id: Annotated[int, typer.Argument(help="Ticket number.")],
        note: Annotated[str, typer.Option("--note", "-m", help="Why.")] = "",
        by: Annotated[str, typer.Option("--by", help="Who reopens.")] = "human",
    ) -> None:
        """Open a resolved ticket again (refunds it made stay; approval can only add what is left).

        Example: `customario tickets reopen 3 -m "customer called back"`
        """
        from customario.render.tables import status

        from .store import reopen_ticket

        reopen_ticket(_db(ctx), ticket_id, note, by=by)
        status(f"Ticket #{ticket_id} is open again.")

    return app
