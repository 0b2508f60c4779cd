"""espeak-ng text-to-speech: a plain :func:`synthesize` and a livekit-agents ``tts.TTS``.

espeak-ng runs as a subprocess that writes a WAV to stdout (12-18 ms per sentence, ~150x real time,
FACTS.md); the audio is resampled to the output rate with numpy and gets a low noise floor
(default -50 dBFS) because pure digital silence hurts speech recognition. The default voice
``en-us+klatt3`` at 175 words per minute gave the lowest word error rate with pocketsphinx
(~18 % open vocabulary vs ~59 % with the plain ``en-us`` voice, FACTS.md).

Needs the Debian package ``espeak-ng`` (scripts/install.sh). livekit-agents is imported only by
:class:`EspeakTTS`; the session wraps this non-streaming TTS in ``tts.StreamAdapter``.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid

import numpy as np

from customario.conversation.voice.audio import add_noise_floor, decode_wav_bytes, resample
from customario.errors import ConfigError, ExternalServiceError

DEFAULT_VOICE = "en-us+klatt3"
DEFAULT_WPM = 175
DEFAULT_NOISE_DBFS = -50.0
_INSTALL_HINT = "Install it with `sudo apt-get install espeak-ng` (or run scripts/install.sh)"


def espeak_path() -> str:
    """Path of the espeak-ng executable; raises ConfigError when it is not installed."""
    path = shutil.which("espeak-ng")
    if not path:
        raise ConfigError("espeak-ng is not installed; the offline voice stack needs it", _INSTALL_HINT)
    return path


def _command(voice: str, wpm: int) -> list[str]:
    # Text goes on stdin so that text starting with "-" is never read as an option.
    return [espeak_path(), "-v", voice, "-s", str(int(wpm)), "--stdout"]


def _to_pcm(wav: bytes, sample_rate: int, noise_floor_dbfs: float | None, seed: int | None) -> np.ndarray:
    pcm, rate = decode_wav_bytes(wav, source="espeak-ng output")
    return add_noise_floor(resample(pcm, rate, sample_rate), noise_floor_dbfs, seed=seed)


def synthesize(
    text: str,
    sample_rate: int = 16000,
    *,
    voice: str = DEFAULT_VOICE,
    wpm: int = DEFAULT_WPM,
    noise_floor_dbfs: float | None = DEFAULT_NOISE_DBFS,
    seed: int | None = 0,
) -> np.ndarray:
    """Speak ``text`` with espeak-ng → mono int16 samples at ``sample_rate`` Hz.

    ``noise_floor_dbfs`` adds white noise at that RMS level (``None``: none); ``seed`` makes it
    reproducible. Raises ConfigError (espeak-ng missing) or ExternalServiceError (espeak-ng failed,
    e.g. unknown voice).
    """
    if not text.strip():
        return np.zeros(0, dtype=np.int16)
    proc = subprocess.run(_command(voice, wpm), input=text.encode("utf-8"), capture_output=True, timeout=60)
    if proc.returncode != 0 or not proc.stdout:
        raise ExternalServiceError(
            f"espeak-ng failed (exit {proc.returncode}): {proc.stderr.decode(errors='replace').strip()[:200]}",
            "Check the voice name with `espeak-ng --voices`",
        )
    return _to_pcm(proc.stdout, sample_rate, noise_floor_dbfs, seed)


def _make_tts_class():
    from livekit.agents import APIConnectionError, APIConnectOptions, tts
    from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS

    class EspeakTTS(tts.TTS):
        """livekit-agents TTS backed by espeak-ng (non-streaming; wrap in ``tts.StreamAdapter``).

        ``sample_rate`` is the output rate in Hz (24000 by default, like most livekit plugins).
        """

        def __init__(
            self,
            *,
            voice: str = DEFAULT_VOICE,
            wpm: int = DEFAULT_WPM,
            sample_rate: int = 24000,
            noise_floor_dbfs: float | None = DEFAULT_NOISE_DBFS,
        ) -> None:
            super().__init__(
                capabilities=tts.TTSCapabilities(streaming=False),
                sample_rate=sample_rate,
                num_channels=1,
            )
            espeak_path()
            self.voice = voice
            self.wpm = wpm
            self.noise_floor_dbfs = noise_floor_dbfs

        @property
        def model(self) -> str:
            return f"espeak-ng:{self.voice}"

        @property
        def provider(self) -> str:
            return "espeak-ng"

        def synthesize(
            self, text: str, *, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
        ) -> "tts.ChunkedStream":
            return _EspeakStream(tts=self, input_text=text, conn_options=conn_options)

    class _EspeakStream(tts.ChunkedStream):
        async def _run(self, output_emitter: "tts.AudioEmitter") -> None:
            import asyncio

            engine: EspeakTTS = self._tts  # type: ignore[assignment]
            output_emitter.initialize(
                request_id=uuid.uuid4().hex[:12],
                sample_rate=engine.sample_rate,
                num_channels=1,
                mime_type="audio/pcm",
            )
            text = self.input_text
            if not text.strip():
                output_emitter.flush()
                return
            proc = await asyncio.create_subprocess_exec(
                *_command(engine.voice, engine.wpm),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            wav, err = await proc.communicate(text.encode("utf-8"))
            if proc.returncode != 0 or not wav:
                raise APIConnectionError(
                    f"espeak-ng failed (exit {proc.returncode}): {err.decode(errors='replace')[:200]}", retryable=False
                )
            pcm = _to_pcm(wav, engine.sample_rate, engine.noise_floor_dbfs, None)
            output_emitter.push(pcm.astype("<i2").tobytes())
            output_emitter.flush()

    return EspeakTTS


_CLASS = None


def EspeakTTS(**kwargs):  # noqa: N802 - behaves like the class it builds
    """Create the livekit-agents espeak-ng TTS (class built on first use so livekit loads lazily).

    Keyword arguments: ``voice``, ``wpm``, ``sample_rate`` (Hz), ``noise_floor_dbfs``.
    Raises ConfigError when espeak-ng is not installed.
    """
    global _CLASS
    if _CLASS is None:
        _CLASS = _make_tts_class()
    return _CLASS(**kwargs)
