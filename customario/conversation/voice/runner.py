"""Voice sessions without a room: ``console --audio-in IN.wav --audio-out OUT.wav`` and ``--audio``.

The same engine as every other call (``prepare_session(..., audio=True)``): the offline stack's
pocketsphinx STT, espeak-ng TTS and silero VAD, the dialogue policy, the recorder (calls, turns,
answers and tool calls written as they happen). Only the audio I/O differs: a caller WAV played in
(one utterance per agent turn, see :mod:`.audio_io`) and the agent's speech written to a WAV, or
the sound device.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any, Callable, Mapping, TextIO

log = logging.getLogger(__name__)

# After the caller file is used up, how long the agent may go on before the call counts as broken off.
END_GRACE_S = 12.0
MAX_CALL_S = 900.0
NO_INPUT_S = 20.0  # default of the campaign's calling.no_input_timeout


def no_input_timeout(stored: Any) -> float:
    """The campaign's ``calling.no_input_timeout`` (seconds), else NO_INPUT_S."""
    calling = getattr(getattr(stored, "campaign", None), "calling", None)
    value = getattr(calling, "no_input_timeout", None)
    return float(value) if value else NO_INPUT_S


async def run_audio_call(
    db: Any,
    settings: Any,
    stored: Any,
    contact: Mapping[str, Any] | None = None,
    *,
    audio_in: str | Path | None = None,
    audio_out: str | Path | None = None,
    device: bool = False,
    stack: str | None = None,
    realtime_out: bool = False,
    speed: float = 1.0,
    on_line: Callable[[str, str], None] | None = None,
    max_seconds: float = MAX_CALL_S,
    channel: str = "console",
) -> dict:
    """Run one voice call. ``audio_in``: caller WAV (validated before anything is recorded);
    ``audio_out``: WAV for the agent's speech; ``device=True``: microphone and speaker instead.
    The call ends as ``break-off`` when the caller says nothing for the campaign's
    ``calling.no_input_timeout`` seconds while the agent listens (a WAV without speech).

    ``on_line(role, text)`` receives each agent/caller line as it is added ("agent"/"caller").
    Returns ``{"call_id", "disposition", "turns", "audio_out", "seconds", "latencies",
    "turn_metrics", "policy_seconds"}``: ``latencies`` lists end of caller speech → agent speaking
    (seconds) per caller turn; ``turn_metrics`` the livekit per-message metrics (caller:
    ``transcription_delay``, ``end_of_turn_delay``; agent: ``llm_node_ttft``, ``tts_node_ttfb``,
    ``e2e_latency``, all seconds); ``stt_seconds`` the recogniser's time per VAD segment.
    Raises InputDataError/NotFoundError (unusable WAV), ConfigError (no espeak-ng, no sound device).
    """
    from customario.conversation.engine import prepare_session

    inp, out = _audio_io(audio_in, audio_out, device=device, realtime_out=realtime_out, speed=speed)
    prep = await prepare_session(db, settings, stored, contact=contact, channel=channel, stack=stack, audio=True)
    session = prep.session
    session.input.audio = inp
    session.output.audio = out
    if hasattr(inp, "attach"):
        inp.attach(session)
    trace = _CallTrace(on_line)
    stt = prep.parts.get("stt")
    if stt is not None and hasattr(stt, "on"):
        stt.on("metrics_collected", lambda m: trace.stt_seconds.append(float(getattr(m, "duration", 0.0))))
    session.on("conversation_item_added", trace.on_item)
    session.on("user_state_changed", trace.on_user_state)
    session.on("agent_state_changed", trace.on_agent_state)
    started = time.monotonic()
    disposition: str | None = None
    quiet_limit = no_input_timeout(stored)
    try:
        await session.start(prep.agent, record=False)
        await prep.open()
        disposition = await _until_ended(prep, inp, session, started, max_seconds, quiet_limit)
        speech = session.current_speech
        if speech is not None:
            await speech.wait_for_playout()
        if hasattr(out, "wait_for_playout") and out.captured_playout_segments:
            await asyncio.wait_for(out.wait_for_playout(), 30)
    except (KeyboardInterrupt, asyncio.CancelledError):
        disposition = "interrupted"
        raise
    finally:
        rec = prep.recorder
        if not rec.finished:
            status = "interrupted" if disposition == "interrupted" else "ended"
            rec.finish(disposition or prep.disposition or "complete", status=status)
        if hasattr(inp, "close"):
            inp.close()
        try:
            await session.aclose()
        except Exception:  # closing must not mask the result
            log.debug("session close failed", exc_info=True)
        recogniser = getattr(stt, "recogniser", None)
        if recogniser is not None:  # the session does not own its STT: stop the decoder process
            recogniser.close()
        written = out.close() if hasattr(out, "close") else None
    return {
        "call_id": prep.recorder.call_id,
        "disposition": prep.recorder.disposition or prep.disposition,
        "turns": trace.caller_turns,
        "audio_out": str(written) if written else None,
        "seconds": round(time.monotonic() - started, 2),
        "latencies": [round(x, 3) for x in trace.latencies],
        "turn_metrics": trace.turn_metrics,
        "stt_seconds": [round(x, 4) for x in trace.stt_seconds],
        "policy_seconds": getattr(prep.parts.get("llm"), "policy_seconds", None),
    }


def _audio_io(
    audio_in: str | Path | None, audio_out: str | Path | None, *, device: bool, realtime_out: bool, speed: float
) -> tuple[Any, Any]:
    """The call's audio input and output: the sound device, or a caller WAV in and a WAV out.
    Validates the caller WAV and the output path before any call row exists."""
    from customario.conversation.voice.audio_io import WavAudioInput, WavAudioOutput

    if device:
        from customario.conversation.voice.device import DeviceAudioInput, DeviceAudioOutput, require_device

        require_device()
        return DeviceAudioInput(), DeviceAudioOutput()
    if audio_in is None:
        from customario.errors import UsageError

        raise UsageError(
            "an audio call needs --audio-in (a caller WAV) or --audio (the sound device)",
            "Pass --audio-in caller.wav [--audio-out agent.wav]",
        )
    if audio_out is not None:
        from customario.render.outputs import check_output_path

        check_output_path(audio_out, what="audio file", option="--audio-out")  # before any call row
    inp = WavAudioInput(audio_in, pace="turns", speed=speed)  # validates the file first
    return inp, WavAudioOutput(audio_out, realtime=realtime_out)


class _CallTrace:
    """Session events of one audio call: lines, caller turns, per-turn latencies and metrics."""

    def __init__(self, on_line: Callable[[str, str], None] | None):
        self.on_line = on_line
        self.latencies: list[float] = []  # end of caller speech -> agent speaking, seconds
        self.turn_metrics: list[dict] = []
        self.stt_seconds: list[float] = []
        self.caller_turns = 0
        self._user_stopped: list[float] = []

    def on_item(self, ev: Any) -> None:
        item = ev.item
        if getattr(item, "type", None) != "message" or not (item.text_content or "").strip():
            return
        role = "agent" if item.role == "assistant" else "caller" if item.role == "user" else None
        if role == "caller":
            self.caller_turns += 1
        if role and getattr(item, "metrics", None):
            self.turn_metrics.append(
                {"role": role, **{k: v for k, v in dict(item.metrics).items() if isinstance(v, (int, float))}}
            )
        if role and self.on_line is not None:
            self.on_line(role, item.text_content)

    def on_user_state(self, ev: Any) -> None:
        if ev.old_state == "speaking" and ev.new_state == "listening":
            self._user_stopped.append(time.time())

    def on_agent_state(self, ev: Any) -> None:
        if ev.new_state == "speaking" and self._user_stopped:
            self.latencies.append(max(0.0, time.time() - self._user_stopped.pop()))
            self._user_stopped.clear()


async def _until_ended(
    prep: Any, inp: Any, session: Any, started: float, max_seconds: float, quiet_limit: float = NO_INPUT_S
) -> str | None:
    """Wait until the conversation ends; ``"break-off"`` when the call runs past ``max_seconds``, the
    caller says nothing for ``quiet_limit`` seconds while the agent listens (a silent line or a WAV
    without speech), or the caller file has been played and the agent has listened for
    END_GRACE_S, else None."""
    finished_at: float | None = None
    quiet_since: float | None = None  # the agent listens and the caller says nothing since then
    while not prep.ended:
        now = time.monotonic()
        if now - started > max_seconds:
            return "break-off"
        if session.agent_state == "listening" and session.user_state != "speaking":
            quiet_since = quiet_since or now
            if now - quiet_since > quiet_limit:
                log.info("no caller input for %.0f s: ending the call", quiet_limit)
                return "break-off"
        else:
            quiet_since = None
        done = getattr(inp, "finished", None)
        if done is not None and done.is_set():
            finished_at = finished_at or now
            if now - finished_at > END_GRACE_S and session.agent_state == "listening":
                return "break-off"
        await asyncio.sleep(0.1)
    return None


def print_line(stdout: TextIO) -> Callable[[str, str], None]:
    """An ``on_line`` callback that prints ``agent: ...`` / ``caller: ...`` lines like the text console."""

    def emit(role: str, text: str) -> None:
        stdout.write(f"{role}: {text}\n")
        stdout.flush()

    return emit
