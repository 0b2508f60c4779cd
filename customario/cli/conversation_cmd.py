"""`customario console`, `customario simulate`, `customario quickstart` (top-level commands)."""

from typing import Annotated, Optional

import typer

from customario.cli._common import state

StackOpt = Annotated[
    Optional[str],
    typer.Option(
        "--stack",
        help="Model stack: offline, anthropic or google-realtime (default: campaign, then CUSTOMARIO_STACK).",
        envvar="CUSTOMARIO_STACK",
    ),
]


def _contact_for(db, settings, lead: Optional[int], phone: Optional[str]) -> Optional[dict]:
    """The contact row for --lead ID or --phone E164 (a number not in contacts is used as is)."""
    from customario.errors import NotFoundError, UsageError

    if lead is not None and phone:
        raise UsageError("--lead and --phone cannot be used together", "Pass one of them")
    if lead is not None:
        rows = list(db.query("SELECT * FROM contacts WHERE id = ?", [lead]))
        if not rows:
            raise NotFoundError(f"no lead with id {lead}", "List leads with `customario leads list`")
        return rows[0]
    if phone:
        from customario.leads.phones import possible_e164

        e164 = possible_e164(phone, settings.region)
        if e164 is None:
            raise UsageError(f"{phone!r} is not a phone number", "Pass an E.164 number such as +14155550123")
        rows = list(db.query("SELECT * FROM contacts WHERE e164 = ?", [e164]))
        return rows[0] if rows else {"e164": e164}
    return None


def _line_reader(stdin, loop, queue) -> None:
    """Start a daemon thread that puts each stdin line (None at end of input) on ``queue``: a
    daemon thread never keeps the process alive after Ctrl-C (``asyncio.to_thread`` would, until the
    next line arrives)."""
    import threading

    def run() -> None:
        while True:
            try:
                line = stdin.readline()
            except (OSError, ValueError):
                line = ""
            try:
                loop.call_soon_threadsafe(queue.put_nowait, line or None)
            except RuntimeError:  # the loop is closed: the console is gone
                return
            if not line:
                return

    threading.Thread(target=run, name="console-stdin", daemon=True).start()


async def run_text_console(db, settings, stored, contact, *, stack, stdin, stdout, echo: bool, prompt: bool) -> dict:
    """The text console loop: agent lines as ``agent: ...`` on stdout, caller lines from ``stdin``.
    EOF before the end records a break-off. End of input or Ctrl-C while the caller is on hold for
    a supervisor ends the hold at once (``caller_gone``: the help request shows ``caller-left`` and
    a follow-up is queued). Returns ``{"call_id", "disposition", "turns"}``."""
    import asyncio

    from customario.conversation.engine import TextConversation

    conv = await TextConversation.start(db, settings, stored, contact=contact, channel="console", stack=stack)
    turns = 0
    printed = 0
    state = conv.prepared.tool_ctx.state
    lines: asyncio.Queue = asyncio.Queue()
    _line_reader(stdin, asyncio.get_running_loop(), lines)

    def flush(*_args):
        # Print agent lines as they are spoken, so interim lines (a supervisor hold line) show
        # while a tool is still running, not only when the turn returns.
        nonlocal printed
        out = conv.prepared.agent_lines
        for line in out[printed:]:
            stdout.write(f"agent: {line}\n")
        printed = len(out)
        stdout.flush()

    def say(_lines):
        flush()

    async def send(text: str) -> bool:
        """One caller turn. Lines typed meanwhile wait for the next turns; the end of input while
        the agent still works (e.g. the caller holds for a supervisor) with nothing more typed
        means the caller left: the hold ends at once. Returns False when the input ended."""
        task = asyncio.ensure_future(conv.send(text))
        getter = asyncio.ensure_future(lines.get())
        try:
            while True:
                done, _ = await asyncio.wait({task, getter}, return_when=asyncio.FIRST_COMPLETED)
                if getter in done:
                    line = getter.result()
                    early.append(line)
                    if line is None:
                        if len(early) == 1:
                            state["caller_gone"] = True  # nothing more from the caller: they left
                        say(await task)
                        return len(early) > 1
                    getter = asyncio.ensure_future(lines.get())
                    continue
                say(task.result())
                return True
        finally:
            if not getter.done():
                getter.cancel()

    early: list = []
    conv.session.on("conversation_item_added", flush)
    try:
        say(conv.opening)
        while not conv.ended:
            if prompt:
                typer.echo("caller> ", nl=False, err=True)
            line = early.pop(0) if early else await lines.get()
            if not line:
                break
            text = line.rstrip("\n")
            if echo:
                stdout.write(f"caller: {text}\n")
            turns += 1
            if not await send(text):
                break
    except (KeyboardInterrupt, asyncio.CancelledError):
        state["caller_gone"] = True  # Ctrl-C on hold ends the wait at once
        await conv.close("interrupted", status="interrupted")
        raise KeyboardInterrupt from None
    await conv.close()
    return {"call_id": conv.call_id, "disposition": conv.disposition, "turns": turns}


def console(
    ctx: typer.Context,
    campaign: Annotated[str, typer.Argument(help="Campaign or survey name (or a definition YAML file).")],
    lead: Annotated[Optional[int], typer.Option("--lead", help="Talk as this lead (contact id).")] = None,
    phone: Annotated[
        Optional[str], typer.Option("--phone", help="Talk as this number (E.164); opt-outs put it on the DNC list.")
    ] = None,
    text: Annotated[
        bool, typer.Option("--text", help="Text mode: caller lines from stdin, agent lines on stdout (the default).")
    ] = False,
    stack: StackOpt = None,
    audio: Annotated[
        bool,
        typer.Option("--audio", help="Voice through the microphone and speaker (needs PortAudio and a sound device)."),
    ] = False,
    audio_in: Annotated[
        Optional[str],
        typer.Option("--audio-in", help="Voice from a caller WAV file: one utterance per agent turn, split at pauses."),
    ] = None,
    audio_out: Annotated[
        Optional[str], typer.Option("--audio-out", help="Write the agent's speech to this WAV file (with --audio-in).")
    ] = None,
) -> None:
    """Talk to a campaign's agent in the terminal (text; works with pipes).

    Agent lines are printed as `agent: ...` on stdout; each stdin line is one caller turn. End of
    input before the end of the conversation records a break-off. With `--audio-in caller.wav` the
    offline voice stack (pocketsphinx, espeak-ng, local VAD) hears the caller file and speaks to
    `--audio-out`; `--audio` uses the sound device. Either way the call is recorded like any other.

    Example: `customario console customer_feedback --text < answers.txt`
    """
    import asyncio
    import sys

    from customario.definitions.catalog import resolve_campaign
    from customario.conversation.recorder import recover_interrupted
    from customario.render.tables import is_tty, status

    if audio_out is not None:
        from customario.render.outputs import check_output_path

        check_output_path(
            audio_out,
            what="audio file",
            option="--audio-out",  # before anything is recorded
            not_same_as={"--audio-in file": audio_in, "database": state(ctx).db_path},
        )
    voice = bool(audio or audio_in is not None or audio_out is not None)
    if voice:
        _check_audio_options(text=text, device=audio, audio_in=audio_in, audio_out=audio_out)
    from customario.adapters.messaging import check_webhook_settings
    from customario.escalation.notify import kick

    st = state(ctx)
    db, settings = st.db, st.settings
    check_webhook_settings(settings)  # a webhook without a secret is a configuration error (exit 3)
    # Every input is checked before anything is written (issue 15): the definition (not stored
    # yet), the lead, the caller WAV or the sound device; then interrupted calls are closed and the
    # definition is stored.
    resolve_campaign(db, campaign, settings.campaigns_dir, add=False)
    contact = _contact_for(db, settings, lead, phone)
    if audio_in is not None:
        from customario.conversation.voice.audio import read_wav

        read_wav(audio_in)
    if audio:
        from customario.conversation.voice.device import require_device

        require_device()
    recover_interrupted(db, stale_after_s=settings.claim_timeout_s)
    kick(db, settings)  # notifications an earlier process left queued
    stored = resolve_campaign(db, campaign, settings.campaigns_dir)
    if voice:
        _audio_console(
            db, settings, stored, contact, stack=stack, text=text, device=audio, audio_in=audio_in, audio_out=audio_out
        )
        return
    result = asyncio.run(
        run_text_console(
            db,
            settings,
            stored,
            contact,
            stack=stack,
            stdin=sys.stdin,
            stdout=sys.stdout,
            echo=is_tty(sys.stdout) and not is_tty(sys.stdin),
            prompt=is_tty(sys.stdin),
        )
    )
    status(f"Call {result['call_id']} ended: {result['disposition']} after {result['turns']} caller turn(s).")


def _audio_console(
    db, settings, stored, contact, *, stack, text: bool, device: bool, audio_in: Optional[str], audio_out: Optional[str]
) -> None:
    """Run `console` by voice: the WAV pair or the sound device (see the console docstring)."""
    import asyncio
    import sys

    from customario.render.tables import status

    _check_audio_options(text=text, device=device, audio_in=audio_in, audio_out=audio_out)
    from customario.conversation.voice.runner import print_line, run_audio_call

    result = asyncio.run(
        run_audio_call(
            db,
            settings,
            stored,
            contact,
            audio_in=audio_in,
            audio_out=audio_out,
            device=device,
            stack=stack,
            on_line=print_line(sys.stdout),
        )
    )
    where = f"; agent audio in {result['audio_out']}" if result["audio_out"] else ""
    status(f"Call {result['call_id']} ended: {result['disposition']} after {result['turns']} caller turn(s){where}.")


def _check_audio_options(*, text: bool, device: bool, audio_in: Optional[str], audio_out: Optional[str]) -> None:
    """UsageError (exit 2) for voice options that cannot be combined."""
    from customario.errors import UsageError

    if text:
        raise UsageError("--text cannot be combined with --audio, --audio-in or --audio-out", "Choose text or voice")
    if device and (audio_in is not None or audio_out is not None):
        raise UsageError("--audio (sound device) cannot be combined with --audio-in/--audio-out", "Choose one")
    if audio_out is not None and audio_in is None:
        raise UsageError("--audio-out needs --audio-in (the caller WAV)", "Pass --audio-in caller.wav, or --audio")


def register(app: typer.Typer) -> None:
    app.command("console")(console)
    import importlib

    for name in ("simulate_cmd", "quickstart_cmd"):
        try:
            mod = importlib.import_module(f"customario.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"customario.cli.{name}":
                raise
        else:
            mod.register(app)
