"""`customario simulate`: run simulated respondents through the conversation engine."""

from typing import Annotated, Optional

import typer

from customario.cli._common import JsonOpt, state

PersonasOpt = Annotated[str, typer.Option("--personas", help="Personas YAML file (see customario/data/personas.yaml).")]
CountOpt = Annotated[int, typer.Option("-n", "--sessions", min=1, max=1_000_000, help="Number of simulated sessions.")]
ConcurrencyOpt = Annotated[
    int, typer.Option("--concurrency", min=1, max=256, help="Sessions running at the same time.")
]
SeedOpt = Annotated[int, typer.Option("--seed", help="Random seed (persona draws and answer pools).")]
ListOpt = Annotated[
    Optional[str], typer.Option("--list", help="Use contacts of this lead list (not on the DNC list) as respondents.")
]
ModeOpt = Annotated[
    str,
    typer.Option(
        "--persona-mode", help="scripted (default), llm (Claude plays the personas; needs ANTHROPIC_API_KEY) or auto."
    ),
]


def list_contacts(db, list_name: str) -> list[dict]:
    """Contacts of lead list ``list_name`` that are not on the DNC list (NotFoundError if no such list)."""
    from customario.errors import NotFoundError

    if db.execute("SELECT 1 FROM lists WHERE name = ?", [list_name]).fetchone() is None:
        raise NotFoundError(
            f"no lead list named {list_name!r}", "Import one with `customario leads import FILE --list NAME`"
        )
    return list(
        db.query(
            "SELECT c.* FROM contacts c JOIN list_members m ON m.contact_id = c.id JOIN lists l ON l.id = m.list_id"
            " WHERE l.name = ? AND c.e164 NOT IN (SELECT e164 FROM dnc) ORDER BY c.id",
            [list_name],
        )
    )


def print_summary(summary, json_: bool) -> None:
    """Summary on stdout: JSON (with per-session results) or plain tables."""
    from customario.render.tables import emit_record, emit_rows, to_json

    d = summary.as_dict()
    if json_:
        typer.echo(to_json(d))
        return
    emit_record(
        {
            "sessions": d["sessions"],
            "completed": d["completed"],
            "completion_rate": f"{d['completion_rate']:.1%}",
            "errors": d["errors"],
            "mean_turns": d["mean_turns"],
            "sessions_per_minute": d["sessions_per_minute"],
            "dispositions": ", ".join(f"{k} {v}" for k, v in d["dispositions"].items()),
        }
    )
    typer.echo("")
    emit_rows(
        [{"question": q, **v} for q, v in d["questions"].items()],
        "table",
        columns=["question", "asked", "reasks", "reask_rate", "invalid", "invalid_rate"],
    )


def run_simulate(
    ctx: typer.Context,
    campaign: str,
    personas: str,
    *,
    n: int,
    concurrency: int,
    seed: int,
    json_: bool,
    stack: Optional[str] = None,
    list_name: Optional[str] = None,
    persona_mode: str = "scripted",
    transcribe=None,
    status_every: int = 0,
):
    """Shared body of `simulate` and `survey run --via simulate`. ``transcribe`` is the hook for
    `--voice` (each persona utterance goes through speech synthesis and recognition first).
    Raises PartialFailure (exit 6) after printing when a session errored."""
    import asyncio

    from customario.definitions.catalog import resolve_campaign
    from customario.conversation.recorder import recover_interrupted
    from customario.errors import PartialFailure, UsageError
    from customario.render.tables import status
    from customario.conversation.simulate import load_personas, run_simulation

    if persona_mode not in ("scripted", "llm", "auto"):
        raise UsageError(f"unknown persona mode {persona_mode!r}", "Choose scripted, llm or auto")
    st = state(ctx)
    db, settings = st.db, st.settings
    # Every input is checked before anything is written (issue 15): the definition without storing
    # it, the personas file, the lead list; only then interrupted calls are closed and it is stored.
    preview = resolve_campaign(db, campaign, settings.campaigns_dir, add=False)
    people = load_personas(personas, preview.campaign)
    contacts = list_contacts(db, list_name) if list_name else None
    recover_interrupted(db, stale_after_s=settings.claim_timeout_s)
    stored = resolve_campaign(db, campaign, settings.campaigns_dir)
    done = [0]

    def on_result(res) -> None:
        done[0] += 1
        if res.error:
            status(f"session {res.index} ({res.persona}) failed: {res.error}")
        elif status_every and done[0] % status_every == 0:
            status(f"{done[0]}/{n} sessions done")

    summary = asyncio.run(
        run_simulation(
            db,
            settings,
            stored,
            people,
            n=n,
            concurrency=concurrency,
            seed=seed,
            contacts=contacts,
            transcribe=transcribe,
            stack=stack,
            on_result=on_result,
            persona_mode=persona_mode,
        )
    )
    print_summary(summary, json_)
    status(
        f"Simulated {summary.sessions} session(s) of {stored.name} v{stored.version}: "
        f"{summary.completion_rate:.0%} complete, {summary.sessions_per_minute:.0f} sessions/min."
    )
    if summary.errors:
        raise PartialFailure(
            f"{summary.errors} of {summary.sessions} session(s) failed",
            "See the lines above; completed sessions are stored",
        )
    return summary


def simulate(
    ctx: typer.Context,
    campaign: Annotated[str, typer.Argument(help="Campaign or survey name (or a definition YAML file).")],
    personas: PersonasOpt,
    n: CountOpt = 10,
    concurrency: ConcurrencyOpt = 1,
    seed: SeedOpt = 0,
    json_: JsonOpt = False,
    stack: Annotated[
        Optional[str], typer.Option("--stack", help="Model stack (default: campaign, then CUSTOMARIO_STACK).")
    ] = None,
    list_name: ListOpt = None,
    persona_mode: ModeOpt = "scripted",
    voice: Annotated[
        bool,
        typer.Option(
            "--voice",
            help="Send every persona reply through espeak-ng speech and pocketsphinx recognition (offline audio path).",
        ),
    ] = False,
) -> None:
    """Run simulated respondents (personas) through the agent and summarise the outcome.

    Prints sessions, completion rate, turns, per-question re-ask and invalid rates and dispositions;
    every session is stored as a call with channel `simulation`. Exits 6 if a session errored.

    Example: `customario simulate customer_feedback --personas customario/data/personas.yaml -n 50 --concurrency 4`
    """
    transcribe = None
    if voice:
        from customario.conversation.voice.simulate_voice import transcribe_via_audio
        from customario.conversation.voice.tts import espeak_path

        espeak_path()  # ConfigError with the install command before any session starts
        transcribe = transcribe_via_audio
    run_simulate(
        ctx,
        campaign,
        personas,
        n=n,
        concurrency=concurrency,
        seed=seed,
        json_=json_,
        stack=stack,
        list_name=list_name,
        persona_mode=persona_mode,
        transcribe=transcribe,
    )


def register(app: typer.Typer) -> None:
    app.command("simulate")(simulate)
