"""`customario quickstart`: the main job end to end on the embedded default."""

from typing import Annotated

import typer

from customario.cli._common import JsonOpt, state


def quickstart(
    ctx: typer.Context,
    respondents: Annotated[int, typer.Option("--respondents", "-n", min=1, max=10_000,
                                             help="Simulated respondents to run.")] = 20,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=64, help="Sessions at the same time.")] = 4,
    json_: JsonOpt = False,
) -> None:
    """Import the sample leads, add the customer-feedback survey and run simulated respondents offline.

    Needs nothing configured: uses the database from settings (`customario db path`), the offline
    stack and examples/personas.yaml. Re-running adds more calls. Exits 6 if a step failed.

    Example: `customario quickstart --respondents 50`
    """
    from customario.errors import PartialFailure
    from customario.quickstart import run_quickstart
    from customario.reports import status, to_json

    st = state(ctx)

    def on_step(result) -> None:
        status(f"[{result.status}] {result.name}: {result.detail}")

    results = run_quickstart(st.db, st.settings, respondents=respondents, concurrency=concurrency, on_step=on_step)
    if json_:
        typer.echo(to_json([r.__dict__ for r in results]))
    else:
        for r in results:
            typer.echo(f"{r.name}: {r.detail}")
            for line in r.data.get("excerpt", []):
                typer.echo(f"    {line}")
        typer.echo("Next: `customario calls list`, `customario calls show ID --transcript`.")
    failed = [r for r in results if r.status == "failed"]
    if failed:
        raise PartialFailure(f"quickstart step {failed[0].name} failed", failed[0].detail)


def register(app: typer.Typer) -> None:
    app.command("quickstart")(quickstart)
