"""``customario loyalty ...``: a Typer app built on demand by the register_commands factory."""

from typing import Annotated

import typer

from customario.cli import JsonOpt, state


def build_app() -> typer.Typer:
    app = typer.Typer(help="Loyalty points (example plug-in).", no_args_is_help=True)

    @app.command("add")
    def add(
        ctx: typer.Context,
        phone: Annotated[str, typer.Argument(help="The member's number in E.164 (+16465550160).")],
        points: Annotated[int, typer.Argument(min=1, max=100_000, help="Points to add.")],
    ) -> None:
        """Give a member points.

        Example: `customario loyalty add +16465550160 40`
        """
        from .ledger import add_points

        total = add_points(state(ctx).db, phone, points)
        typer.echo(f"{phone} now has {total} points.", err=True)

    @app.command("show")
    def show(ctx: typer.Context, json_: JsonOpt = False) -> None:
        """Balances per member.

        Example: `customario loyalty show --json`
        """
        from customario.render.tables import emit_rows

        from .ledger import rows

        emit_rows(rows(state(ctx).db), "json" if json_ else "table", ["e164", "points", "awards"])

    return app
