"""`customario quickstart`: the main job end to end on the embedded default."""

from typing import Annotated

import typer

from customario.cli._common import JsonOpt, state


def quickstart(
    ctx: typer.Context,
    respondents: Annotated[
        int, typer.Option("--respondents", "-n", min=1, max=10_000, help="Simulated respondents to run.")
    ] = 20,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=64, help="Sessions at the same time.")] = 4,
    json_: JsonOpt = False,
) -> None:
    """Run the main job offline: import sample leads, add the survey, simulate, evaluate, pay, report.

    Needs nothing configured: uses the database from settings (`customario db path`), the offline
    stack, the offline evaluator and customario/data/personas.yaml. Re-running adds more calls. Each step
    is printed as it finishes (status lines on stderr with --json). Exits 6 if a step failed.

    Example: `customario quickstart --respondents 50`
    """
    from customario.errors import PartialFailure
    from customario.quickstart.steps import run_quickstart
    from customario.render.tables import status, to_json

    st = state(ctx)

    def on_step(result) -> None:
        if json_:
            status(f"[{result.status}] {result.name}: {result.detail}")
            return
        mark = "" if result.status == "ok" else f"[{result.status}] "
        typer.echo(f"{mark}{result.name}: {result.detail}")
        for line in result.data.get("excerpt", []):
            typer.echo(f"    {line}")

    results = run_quickstart(st.db, st.settings, respondents=respondents, concurrency=concurrency, on_step=on_step)
    if json_:
        typer.echo(to_json([r.__dict__ for r in results]))
    else:
        typer.echo(
            "Next: `customario insights customer_feedback`, `customario payments list`, "
            "`customario calls show ID --transcript`."
        )
    failed = [r for r in results if r.status == "failed"]
    if failed:
        raise PartialFailure(f"quickstart step {failed[0].name} failed", failed[0].detail)


def register(app: typer.Typer) -> None:
    app.command("quickstart")(quickstart)
