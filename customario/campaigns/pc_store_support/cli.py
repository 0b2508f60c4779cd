"""`customario store import|list` and `customario tickets list|show|resolve` (module CLI groups)."""

from typing import Annotated, Optional

import typer

from customario.cli._common import CsvOpt, DryRunOpt, JsonOpt, LimitOpt, NlOpt, output_format, state


def _db(ctx: typer.Context):
    return state(ctx).db


def build_store_app() -> typer.Typer:
    app = typer.Typer(help="The PC store's catalogue, stock and orders (pc_store_support).", no_args_is_help=True)

    @app.command("import")
    def import_(
        ctx: typer.Context,
        kind: Annotated[Optional[str], typer.Argument(help="products | inventory | orders | order_items | kb")] = None,
        file: Annotated[Optional[str], typer.Argument(help="CSV file (kb: YAML).")] = None,
        seed: Annotated[bool, typer.Option("--seed", help="Import the shipped PC-parts shop from data/pc_store.")] = False,
        folder: Annotated[Optional[str], typer.Option("--folder", help="Import every known file found in this folder.")] = None,
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
        what: Annotated[str, typer.Argument(help="products | inventory | orders | refunds | labels")] = "orders",
        status_: Annotated[Optional[str], typer.Option("--status", help="Orders with this status only.")] = None,
        limit: LimitOpt = None,
        json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False,
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
            cols = ["order_number", "status", "total_cents", "customer_name", "customer_email", "tracking_number", "placed_at"]
        elif what == "products":
            rows = list(db.query("SELECT p.*, COALESCE((SELECT SUM(quantity) FROM store_inventory i WHERE i.sku = p.sku), 0) "
                                 "AS stock FROM store_products p ORDER BY category, sku" + lim))
            cols = ["sku", "name", "category", "price_cents", "stock"]
        elif what == "inventory":
            rows = list(db.query("SELECT i.*, i.quantity <= i.low_stock_threshold AS low_stock FROM store_inventory i "
                                 "ORDER BY sku, warehouse" + lim))
            cols = ["sku", "warehouse", "quantity", "low_stock_threshold", "low_stock"]
        elif what == "refunds":
            rows = list(db.query("SELECT * FROM store_refunds ORDER BY id DESC" + lim))
            cols = ["id", "order_number", "order_item_id", "amount_cents", "reason", "created_at"]
        elif what == "labels":
            rows = list(db.query("SELECT * FROM store_return_labels ORDER BY id DESC" + lim))
            cols = ["id", "order_number", "carrier", "tracking_number", "created_at"]
        else:
            raise UsageError(f"unknown list {what!r}", "Use products, inventory, orders, refunds or labels")
        emit_rows(rows, output_format(json_, nl, csv_), cols)

    return app


def build_tickets_app() -> typer.Typer:
    app = typer.Typer(help="Tickets for humans: escalated refunds, fraud, disputes, requests (pc_store_support).",
                      no_args_is_help=True)

    @app.command("list")
    def list_(
        ctx: typer.Context,
        status_: Annotated[str, typer.Option("--status", help="open | resolved | all")] = "open",
        limit: LimitOpt = None,
        json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False,
    ) -> None:
        """List tickets, most urgent first.

        Example: `customario tickets list --status all --json`
        """
        from customario.render.tables import emit_rows

        from .store import list_tickets

        if status_ not in ("open", "resolved", "all"):
            from customario.errors import UsageError

            raise UsageError(f"unknown ticket status {status_!r}", "Use --status open, resolved or all")
        rows = list_tickets(_db(ctx), None if status_ == "all" else status_, limit)
        emit_rows(rows, output_format(json_, nl, csv_),
                  ["id", "priority", "status", "reason", "order_number", "channel", "summary", "created_at"])

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
        approve_refund: Annotated[bool, typer.Option("--approve-refund", help="Execute the refund the ticket holds (a human's approval).")] = False,
        by: Annotated[str, typer.Option("--by", help="Who approves (recorded on the refund).")] = "human",
        json_: JsonOpt = False,
    ) -> None:
        """Mark a ticket resolved with a note; --approve-refund executes the refund it holds.

        Example: `customario tickets resolve 3 --approve-refund --by Dana --note "Checked the RMA"`
        """
        from customario.render.tables import emit_record, status

        from .store import money, resolve_ticket

        t = resolve_ticket(_db(ctx), ticket_id, note, approve_refund=approve_refund, by=by)
        if t.get("refund"):
            status(f"Refunded {money(t['refund']['amount_cents'])} on {t['refund']['order_number']}.")
        status(f"Resolved ticket #{ticket_id}.")
        if json_:
            emit_record(t, "json")

    return app
