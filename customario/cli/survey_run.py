"""`customario survey run SURVEY --via simulate|console`: run a survey without a phone line.

The dialer adds `--via phone` by extending :data:`VIA` and :data:`RUNNERS`.
"""

from typing import Annotated, Optional

import typer

from customario.cli._common import JsonOpt

VIA = ["simulate", "console", "phone"]


def _run_console(ctx, survey, *, lead, phone, stack, **_):
    from customario.cli.conversation_cmd import console

    console(ctx, survey, lead=lead, phone=phone, text=True, stack=stack)


def _run_simulate(ctx, survey, *, personas, n, concurrency, seed, json_, stack, list_name, **_):
    from customario.cli.simulate_cmd import run_simulate
    from customario.errors import UsageError

    if not personas:
        raise UsageError("--via simulate needs --personas FILE", "Try --personas customario/data/personas.yaml")
    run_simulate(
        ctx, survey, personas, n=n, concurrency=concurrency, seed=seed, json_=json_, stack=stack, list_name=list_name
    )


def _run_phone(ctx, survey, *, concurrency, json_, list_name, **_):
    from customario.cli.dial_cmd import dial

    dial(ctx, survey, list_=list_name, concurrency=concurrency if concurrency > 1 else None, json_=json_)


RUNNERS = {"simulate": _run_simulate, "console": _run_console, "phone": _run_phone}


def add_run_command(sub: typer.Typer) -> None:
    @sub.command("run")
    def run(
        ctx: typer.Context,
        survey: Annotated[str, typer.Argument(help="Survey name (or a definition YAML file).")],
        via: Annotated[str, typer.Option("--via", help=f"How to reach respondents: {', '.join(VIA)}.")] = "simulate",
        personas: Annotated[Optional[str], typer.Option("--personas", help="Personas YAML (--via simulate).")] = None,
        n: Annotated[
            int, typer.Option("-n", "--sessions", min=1, max=1_000_000, help="Simulated sessions (--via simulate).")
        ] = 10,
        concurrency: Annotated[
            int, typer.Option("--concurrency", min=1, max=256, help="Sessions at the same time.")
        ] = 1,
        seed: Annotated[int, typer.Option("--seed", help="Random seed (--via simulate).")] = 0,
        list_name: Annotated[Optional[str], typer.Option("--list", help="Respondents from this lead list.")] = None,
        lead: Annotated[Optional[int], typer.Option("--lead", help="Talk as this lead (--via console).")] = None,
        phone: Annotated[
            Optional[str], typer.Option("--phone", help="Talk as this E.164 number (--via console).")
        ] = None,
        stack: Annotated[
            Optional[str], typer.Option("--stack", help="Model stack (default: survey, then CUSTOMARIO_STACK).")
        ] = None,
        json_: JsonOpt = False,
    ) -> None:
        """Run a survey: simulated respondents or a console session (the dialer adds phone).

        Example: `customario survey run customer_feedback --via simulate --personas customario/data/personas.yaml -n 20`
        """
        from customario.definitions.catalog import require_kind, resolve_campaign
        from customario.cli._common import state
        from customario.errors import UsageError

        if via not in RUNNERS:
            raise UsageError(f"unknown --via {via!r}", f"Choose one of: {', '.join(RUNNERS)}")
        st = state(ctx)
        require_kind(resolve_campaign(st.db, survey, st.settings.campaigns_dir), "survey")
        RUNNERS[via](
            ctx,
            survey,
            personas=personas,
            n=n,
            concurrency=concurrency,
            seed=seed,
            json_=json_,
            stack=stack,
            list_name=list_name,
            lead=lead,
            phone=phone,
        )
