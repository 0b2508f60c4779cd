"""`customario console`, `customario simulate`, `customario quickstart` (top-level commands)."""

from typing import Annotated, Optional

import typer

from customario.cli._common import state

StackOpt = Annotated[Optional[str], typer.Option(
    "--stack", help="Model stack: offline, anthropic or google-realtime (default: campaign, then CUSTOMARIO_STACK).",
    envvar="CUSTOMARIO_STACK")]


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


async def run_text_console(db, settings, stored, contact, *, stack, stdin, stdout, echo: bool, prompt: bool) -> dict:
    """The text console loop: agent lines as ``agent: ...`` on stdout, caller lines from ``stdin``.
    EOF before the end records a break-off. Returns ``{"call_id", "disposition", "turns"}``."""
    import asyncio

    from customario.conversation.engine import TextConversation

    conv = await TextConversation.start(db, settings, stored, contact=contact, channel="console", stack=stack)
    turns = 0
    printed = 0

    def flush(*_args):
        # Print agent lines as they are spoken, so interim lines (a supervisor hold line) show
        # while a tool is still running, not only when the turn returns.
        nonlocal printed
        lines = conv.prepared.agent_lines
        for line in lines[printed:]:
            stdout.write(f"agent: {line}\n")
        printed = len(lines)
        stdout.flush()

    def say(_lines):
        flush()

    conv.session.on("conversation_item_added", flush)
    try:
        say(conv.opening)
        while not conv.ended:
            if prompt:
                typer.echo("caller> ", nl=False, err=True)
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            text = line.rstrip("\n")
            if echo:
                stdout.write(f"caller: {text}\n")
            turns += 1
            say(await conv.send(text))
    except (KeyboardInterrupt, asyncio.CancelledError):
        await conv.close("interrupted", status="interrupted")
        raise KeyboardInterrupt from None
    await conv.close()
    return {"call_id": conv.call_id, "disposition": conv.disposition, "turns": turns}


def console(
    ctx: typer.Context,
    campaign: Annotated[str, typer.Argument(help="Campaign or survey name (or a definition YAML file).")],
    lead: Annotated[Optional[int], typer.Option("--lead", help="Talk as this lead (contact id).")] = None,
    phone: Annotated[Optional[str], typer.Option("--phone", help="Talk as this number (E.164); opt-outs put it on the DNC list.")] = None,
    text: Annotated[bool, typer.Option("--text", help="Text mode: caller lines from stdin, agent lines on stdout (the default).")] = False,
    stack: StackOpt = None,
    audio: Annotated[bool, typer.Option("--audio", help="Voice through the microphone and speaker (needs PortAudio and a sound device).")] = False,
    audio_in: Annotated[Optional[str], typer.Option("--audio-in", help="Voice from a caller WAV file: one utterance per agent turn, split at pauses.")] = None,
    audio_out: Annotated[Optional[str], typer.Option("--audio-out", help="Write the agent's speech to this WAV file (with --audio-in).")] = None,
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

        check_output_path(audio_out, what="audio file", option="--audio-out",  # before anything is recorded
                          not_same_as={"--audio-in file": audio_in, "database": state(ctx).db_path})
    voice = bool(audio or audio_in is not None or audio_out is not None)
    if voice:
        _check_audio_options(text=text, device=audio, audio_in=audio_in, audio_out=audio_out)
    st = state(ctx)
    db, settings = st.db, st.settings
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
    stored = resolve_campaign(db, campaign, settings.campaigns_dir)
    if voice:
        _audio_console(db, settings, stored, contact, stack=stack, text=text, device=audio, audio_in=audio_in,
                       audio_out=audio_out)
        return
    result = asyncio.run(run_text_console(
        db, settings, stored, contact, stack=stack, stdin=sys.stdin, stdout=sys.stdout,
        echo=is_tty(sys.stdout) and not is_tty(sys.stdin), prompt=is_tty(sys.stdin)))
    status(f"Call {result['call_id']} ended: {result['disposition']} after {result['turns']} caller turn(s).")


def _audio_console(db, settings, stored, contact, *, stack, text: bool, device: bool, audio_in: Optional[str],
                   audio_out: Optional[str]) -> None:
    """Run `console` by voice: the WAV pair or the sound device (see the console docstring)."""
    import asyncio
    import sys

    from customario.render.tables import status

    _check_audio_options(text=text, device=device, audio_in=audio_in, audio_out=audio_out)
    from customario.conversation.voice.runner import print_line, run_audio_call

    result = asyncio.run(run_audio_call(db, settings, stored, contact, audio_in=audio_in, audio_out=audio_out,
                                        device=device, stack=stack, on_line=print_line(sys.stdout)))
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
