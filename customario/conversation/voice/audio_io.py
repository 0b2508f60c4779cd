"""Audio I/O for an ``AgentSession`` without a LiveKit room: WAV files and the sound-device check.

``session.input.audio = WavAudioInput(...)`` and ``session.output.audio = WavAudioOutput(...)`` are
assigned before ``session.start(...)`` (FACTS.md: subclass ``io.AudioInput`` / ``io.AudioOutput``).

- :func:`WavAudioInput` plays a recorded caller WAV into the session in real time (``speed`` > 1
  plays faster), followed by near-silence at a noise floor for as long as the session listens.
  With ``pace="turns"`` the file is split at silences into utterances and each one is played only
  after the agent has finished speaking (a recording cannot react, so this keeps the answers in
  step with the questions); ``pace="realtime"`` plays the file on its own timeline.
- :func:`WavAudioOutput` writes everything the agent says to a mono 16-bit WAV on the call's wall-
  clock timeline (silence while the caller speaks), and reports playback started/finished.
  ``realtime=True`` makes playback take as long as the audio (like a loudspeaker); the default
  reports it finished at once, which is what file output and tests want.

Input validation (empty file, not a WAV, compressed/float WAV, no samples) raises InputDataError
with the sox command that fixes it; other sample rates are resampled and channels mixed to mono.
livekit-agents is imported when a class is first built, never at module import.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any, Literal

import numpy as np

from customario.conversation.voice.audio import add_noise_floor, read_wav, write_wav

FRAME_MS = 20
DEFAULT_NOISE_DBFS = -55.0


def audio_device_available() -> tuple[bool, str]:
    """Whether a sound device can be used for ``console --audio`` → ``(ok, reason)``.

    ``reason`` says what is missing: the PortAudio library (``sudo apt-get install libportaudio2``),
    a default input (microphone) or a default output (speaker) device.
    """
    try:
        import sounddevice as sd
    except OSError as exc:  # the Python package loads libportaudio at import
        return False, f"PortAudio is not available ({exc}); install it with `sudo apt-get install libportaudio2`"
    except ImportError:
        return False, "the sounddevice package is not installed; install it with `pip install sounddevice`"
    try:
        devices = sd.query_devices()
        default_in, default_out = sd.default.device
    except Exception as exc:  # noqa: BLE001 - any PortAudio failure means "no device"
        return False, f"no sound device could be opened ({exc})"
    if not len(devices):
        return False, "no sound devices were found"
    if default_in is None or default_in < 0:
        return False, "there is no default microphone (input device)"
    if default_out is None or default_out < 0:
        return False, "there is no default speaker (output device)"
    return True, f"input {devices[default_in]['name']!r}, output {devices[default_out]['name']!r}"


def split_utterances(
    pcm: np.ndarray, sample_rate: int, *, min_silence: float = 0.6, pad: float = 0.2
) -> list[np.ndarray]:
    """Split mono int16 ``pcm`` at pauses of at least ``min_silence`` seconds → utterances.

    Speech is any 20 ms frame louder than both the quiet level of the file + 12 dB and the peak
    level - 40 dB. Each utterance keeps ``pad`` seconds of context on both sides. A file with
    no detectable speech yields ``[]``.
    """
    hop = int(sample_rate * FRAME_MS / 1000)
    n = len(pcm) // hop
    if n == 0:
        return []
    frames = np.asarray(pcm[: n * hop], dtype=np.float64).reshape(n, hop)
    level = 20 * np.log10(np.sqrt(np.mean(frames**2, axis=1)) / 32767.0 + 1e-9)
    threshold = max(float(np.percentile(level, 20)) + 12.0, float(level.max()) - 40.0)
    speech = level > threshold
    gap = int(round(min_silence * 1000 / FRAME_MS))
    spans: list[list[int]] = []
    for i in np.flatnonzero(speech):
        if spans and i - spans[-1][1] <= gap:
            spans[-1][1] = i
        else:
            spans.append([int(i), int(i)])
    p = int(round(pad * sample_rate))
    return [pcm[max(0, a * hop - p) : min(len(pcm), (b + 1) * hop + p)] for a, b in spans]


_classes: dict[str, Any] = {}


def _queued_audio(
    pcm: np.ndarray, pace: str, sample_rate: int, noise_floor_dbfs: float | None, lead_in: float
) -> tuple[list[np.ndarray], np.ndarray]:
    """``(pending utterances, current samples)`` of a WAV input: in ``turns`` pace every utterance
    waits for its turn; in ``realtime`` pace the whole file plays after ``lead_in`` seconds."""
    if pace == "turns":
        pending = [
            add_noise_floor(u, noise_floor_dbfs, seed=i) for i, u in enumerate(split_utterances(pcm, sample_rate))
        ]
        return pending, np.zeros(0, dtype=np.int16)
    lead = np.zeros(int(lead_in * sample_rate), dtype=np.int16)
    return [], add_noise_floor(np.concatenate([lead, pcm]), noise_floor_dbfs, seed=0)


def _noise(rng: np.random.Generator, dbfs: float | None, n: int) -> np.ndarray:
    """``n`` int16 samples of Gaussian noise at ``dbfs`` (digital silence when ``dbfs`` is None)."""
    if dbfs is None:
        return np.zeros(n, dtype=np.int16)
    return np.clip(rng.normal(0.0, 32767.0 * 10 ** (dbfs / 20.0), n), -32768, 32767).astype(np.int16)


def _build():
    """Define the livekit-dependent classes once (livekit is imported only when they are used)."""
    from livekit import rtc
    from livekit.agents.voice import io

    _classes["input"] = _input_class(rtc, io)
    _classes["output"] = _output_class(rtc, io)


def _input_class(rtc: Any, io: Any) -> type:
    class _WavAudioInput(io.AudioInput):
        def __init__(
            self,
            source: str | Path | np.ndarray,
            *,
            sample_rate: int = 16000,
            pace: Literal["realtime", "turns"] = "realtime",
            speed: float = 1.0,
            noise_floor_dbfs: float | None = DEFAULT_NOISE_DBFS,
            turn_gap: float = 0.4,
            lead_in: float = 0.3,
        ) -> None:
            super().__init__(label="WAV file")
            if isinstance(source, np.ndarray):
                pcm = np.asarray(source, dtype=np.int16)
            else:
                pcm = read_wav(source, sample_rate)
            if pace not in ("realtime", "turns"):
                raise ValueError(f"pace must be 'realtime' or 'turns', not {pace!r}")
            self.sample_rate = sample_rate
            self.pace = pace
            self.speed = max(0.1, float(speed))
            self.noise_floor_dbfs = noise_floor_dbfs
            self.turn_gap = turn_gap
            self._hop = int(sample_rate * FRAME_MS / 1000)
            self._pending, self._current = _queued_audio(pcm, pace, sample_rate, noise_floor_dbfs, lead_in)
            self.utterances = len(self._pending) if pace == "turns" else 1
            self.played = 0
            self._pos = 0
            self._release_at: float | None = None
            self._agent_spoke = False
            self._t0: float | None = None
            self._n = 0
            self._rng = np.random.default_rng(7)
            self._closed = False
            self.finished = asyncio.Event()
            """Set once every utterance (or the whole file) has been played."""

        def attach(self, session: Any) -> None:
            """Follow ``session``'s agent state: in ``turns`` pace, the next utterance starts
            ``turn_gap`` seconds after the agent goes from speaking to listening."""
            session.on("agent_state_changed", lambda ev: self.agent_state(ev.old_state, ev.new_state))

        def agent_state(self, old: str, new: str) -> None:
            """Tell the input about an agent state change (``speaking`` → ``listening`` etc.)."""
            if new == "speaking":
                self._agent_spoke = True
            elif new == "listening" and self._agent_spoke and old in ("speaking", "thinking"):
                self._agent_spoke = False
                if self._pending and self._release_at is None and self._pos >= len(self._current):
                    self._release_at = time.monotonic() + self.turn_gap / self.speed

        def close(self) -> None:
            """End the stream: the next read raises StopAsyncIteration."""
            self._closed = True

        def _next_samples(self) -> np.ndarray:
            hop = self._hop
            if (
                self._pos >= len(self._current)
                and self._release_at is not None
                and time.monotonic() >= self._release_at
            ):
                self._current, self._pending = self._pending[0], self._pending[1:]
                self._pos, self._release_at = 0, None
                self.played += 1
            if self._pos < len(self._current):
                chunk = self._current[self._pos : self._pos + hop]
                self._pos += hop
                if self._pos >= len(self._current) and not self._pending:
                    if self.pace == "realtime":
                        self.played = 1
                    self.finished.set()
                if len(chunk) < hop:
                    chunk = np.concatenate([chunk, np.zeros(hop - len(chunk), dtype=np.int16)])
                return chunk
            return _noise(self._rng, self.noise_floor_dbfs, hop)

        async def __anext__(self) -> "rtc.AudioFrame":
            if self._closed:
                raise StopAsyncIteration
            now = time.monotonic()
            if self._t0 is None:
                self._t0 = now
            due = self._t0 + self._n * (FRAME_MS / 1000) / self.speed
            if due > now:
                await asyncio.sleep(due - now)
            self._n += 1
            chunk = self._next_samples()
            return rtc.AudioFrame(
                data=chunk.astype("<i2").tobytes(),
                sample_rate=self.sample_rate,
                num_channels=1,
                samples_per_channel=len(chunk),
            )

    return _WavAudioInput


def _output_class(rtc: Any, io: Any) -> type:
    class _WavAudioOutput(io.AudioOutput):
        def __init__(self, path: str | Path | None, *, sample_rate: int = 24000, realtime: bool = False) -> None:
            super().__init__(
                label="WAV file",
                capabilities=io.AudioOutputCapabilities(pause=False),
                sample_rate=sample_rate,
            )
            self.path = Path(path) if path is not None else None
            self.realtime = realtime
            self._rate = sample_rate
            self._chunks: list[np.ndarray] = []
            self._written = 0  # samples on the timeline so far
            self._t0 = time.monotonic()
            self._seg_start: float | None = None
            self._seg_samples = 0
            self._finish_task: asyncio.Task | None = None
            self.segments: list[tuple[float, float]] = []
            """(wall-clock time.time() of the first frame, duration in seconds) per agent segment."""

        @property
        def duration(self) -> float:
            """Seconds of audio on the output timeline so far."""
            return self._written / self._rate

        async def capture_frame(self, frame: "rtc.AudioFrame") -> None:
            await super().capture_frame(frame)
            if self._seg_start is None:
                if self._finish_task is not None and not self._finish_task.done():
                    await self._finish_task
                self._seg_start = time.monotonic()
                self._seg_samples = 0
                gap = int((self._seg_start - self._t0) * self._rate) - self._written
                if gap > 0:
                    self._chunks.append(np.zeros(gap, dtype=np.int16))
                    self._written += gap
                self.segments.append((time.time(), 0.0))
                self.on_playback_started(created_at=time.time())
            samples = np.frombuffer(frame.data, dtype=np.int16)
            if frame.num_channels > 1:
                samples = samples.reshape(-1, frame.num_channels).mean(axis=1).astype(np.int16)
            self._chunks.append(samples.copy())
            self._written += len(samples)
            self._seg_samples += len(samples)
            self.segments[-1] = (self.segments[-1][0], self._seg_samples / self._rate)

        def flush(self) -> None:
            super().flush()
            if self._seg_start is None:
                return
            duration = self._seg_samples / self._rate
            wait = max(0.0, self._seg_start + duration - time.monotonic()) if self.realtime else 0.0
            self._seg_start = None
            self._finish_task = asyncio.create_task(self._finish(duration, wait))

        async def _finish(self, duration: float, wait: float) -> None:
            if wait:
                await asyncio.sleep(wait)
            self.on_playback_finished(playback_position=duration, interrupted=False)

        def clear_buffer(self) -> None:
            if self._finish_task is not None and not self._finish_task.done() and self.realtime:
                self._finish_task.cancel()
                self.on_playback_finished(playback_position=0.0, interrupted=True)
            elif self._seg_start is not None:
                played = min(time.monotonic() - self._seg_start, self._seg_samples / self._rate)
                self._seg_start = None
                super().flush()
                self.on_playback_finished(playback_position=max(0.0, played), interrupted=True)

        def pcm(self) -> np.ndarray:
            """Everything written so far as mono int16 at the output sample rate."""
            return np.concatenate(self._chunks) if self._chunks else np.zeros(0, dtype=np.int16)

        def close(self) -> Path | None:
            """Write the WAV file (if a path was given); returns its path."""
            if self.path is None:
                return None
            return write_wav(self.path, self.pcm(), self._rate)

    return _WavAudioOutput


def WavAudioInput(source: str | Path | np.ndarray, **kwargs: Any):  # noqa: N802 - class factory
    """A livekit ``io.AudioInput`` that plays a caller WAV file (or int16 samples) into a session.

    Keyword arguments: ``sample_rate`` (Hz, default 16000), ``pace`` (``"realtime"`` | ``"turns"``),
    ``speed`` (1.0 = real time), ``noise_floor_dbfs`` (default -55; ``None`` = digital silence),
    ``turn_gap`` (seconds between the agent's turn end and the next utterance). Call
    ``.attach(session)`` for ``pace="turns"``; ``.finished`` is set when the file has been played.
    Raises NotFoundError (missing file) or InputDataError (unusable file).
    """
    if not _classes:
        _build()
    return _classes["input"](source, **kwargs)


def WavAudioOutput(path: str | Path | None, **kwargs: Any):  # noqa: N802 - class factory
    """A livekit ``io.AudioOutput`` that records the agent's speech; ``.close()`` writes the WAV.

    Keyword arguments: ``sample_rate`` (Hz, default 24000), ``realtime`` (playback takes as long as
    the audio; default False). ``.segments`` lists (start time, seconds) per agent utterance.
    """
    if not _classes:
        _build()
    return _classes["output"](path, **kwargs)
