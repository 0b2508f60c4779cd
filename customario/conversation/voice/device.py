"""Microphone and speaker I/O for ``console --audio`` (python-sounddevice on PortAudio).

:func:`require_device` raises a clear ConfigError when PortAudio or a default device is missing
(headless servers, containers). The classes mirror :mod:`.audio_io`: the input delivers 20 ms
frames from the microphone; the output plays the agent's speech and reports playback finished
when the buffer has drained (or interrupted by ``clear_buffer``).
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any


from customario.conversation.voice.audio_io import FRAME_MS, audio_device_available
from customario.errors import ConfigError

IN_RATE = 16000
OUT_RATE = 24000


def require_device() -> None:
    """Raise ConfigError (with the reason and the file-based alternative) when no device is usable."""
    ok, reason = audio_device_available()
    if not ok:
        raise ConfigError(
            f"no sound device for --audio: {reason}",
            "Use --audio-in caller.wav --audio-out agent.wav instead, or --text",
        )


_classes: dict[str, Any] = {}


def _build() -> None:
    import sounddevice as sd
    from livekit import rtc
    from livekit.agents.voice import io

    class _DeviceAudioInput(io.AudioInput):
        def __init__(self, sample_rate: int = IN_RATE) -> None:
            super().__init__(label="microphone")
            self.sample_rate = sample_rate
            self._queue: asyncio.Queue = asyncio.Queue()
            self._loop = asyncio.get_running_loop()
            self._stream = sd.InputStream(
                samplerate=sample_rate,
                channels=1,
                dtype="int16",
                blocksize=int(sample_rate * FRAME_MS / 1000),
                callback=self._callback,
            )
            self._stream.start()

        def _callback(self, data, frames, _time, _status) -> None:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, bytes(data))

        async def __anext__(self) -> "rtc.AudioFrame":
            data = await self._queue.get()
            if data is None:
                raise StopAsyncIteration
            return rtc.AudioFrame(
                data=data, sample_rate=self.sample_rate, num_channels=1, samples_per_channel=len(data) // 2
            )

        def close(self) -> None:
            self._stream.stop()
            self._stream.close()
            self._loop.call_soon_threadsafe(self._queue.put_nowait, None)

    class _DeviceAudioOutput(io.AudioOutput):
        def __init__(self, sample_rate: int = OUT_RATE) -> None:
            super().__init__(
                label="speaker", capabilities=io.AudioOutputCapabilities(pause=False), sample_rate=sample_rate
            )
            self._rate = sample_rate
            self._buf = bytearray()
            self._lock = threading.Lock()
            self._loop = asyncio.get_running_loop()
            self._seg_start: float | None = None
            self._seg_s = 0.0
            self._task: asyncio.Task | None = None
            self._stream = sd.RawOutputStream(
                samplerate=sample_rate,
                channels=1,
                dtype="int16",
                blocksize=int(sample_rate * FRAME_MS / 1000),
                callback=self._callback,
            )
            self._stream.start()

        def _callback(self, outdata, frames, _time, _status) -> None:
            n = frames * 2
            with self._lock:
                chunk = bytes(self._buf[:n])
                del self._buf[:n]
            outdata[: len(chunk)] = chunk
            outdata[len(chunk) :] = b"\x00" * (n - len(chunk))

        async def capture_frame(self, frame: "rtc.AudioFrame") -> None:
            await super().capture_frame(frame)
            if self._seg_start is None:
                self._seg_start, self._seg_s = time.monotonic(), 0.0
                self.on_playback_started(created_at=time.time())
            with self._lock:
                self._buf += bytes(frame.data)
            self._seg_s += frame.duration

        def flush(self) -> None:
            super().flush()
            if self._seg_start is None:
                return
            duration = self._seg_s
            self._seg_start = None
            self._task = asyncio.create_task(self._drain(duration))

        async def _drain(self, duration: float) -> None:
            while True:
                with self._lock:
                    if not self._buf:
                        break
                await asyncio.sleep(FRAME_MS / 1000)
            self.on_playback_finished(playback_position=duration, interrupted=False)

        def clear_buffer(self) -> None:
            with self._lock:
                left = len(self._buf) / 2 / self._rate
                self._buf.clear()
            if self._task is not None and not self._task.done():
                self._task.cancel()
                self.on_playback_finished(playback_position=max(0.0, self._seg_s - left), interrupted=True)
            elif self._seg_start is not None:
                self._seg_start = None
                super().flush()
                self.on_playback_finished(playback_position=max(0.0, self._seg_s - left), interrupted=True)

        def close(self) -> None:
            self._stream.stop()
            self._stream.close()
            return None

    _classes["input"] = _DeviceAudioInput
    _classes["output"] = _DeviceAudioOutput


def DeviceAudioInput(**kwargs: Any):  # noqa: N802 - class factory
    """Microphone → 20 ms int16 frames at 16 kHz (call inside a running event loop)."""
    if not _classes:
        _build()
    return _classes["input"](**kwargs)


def DeviceAudioOutput(**kwargs: Any):  # noqa: N802 - class factory
    """Agent speech → default speaker at 24 kHz (call inside a running event loop)."""
    if not _classes:
        _build()
    return _classes["output"](**kwargs)


__all__ = ["DeviceAudioInput", "DeviceAudioOutput", "require_device"]
