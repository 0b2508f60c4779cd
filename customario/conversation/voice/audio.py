"""Plain PCM helpers for the offline voice stack: WAV reading/writing, resampling, noise floor.

Audio is mono signed 16-bit PCM (``numpy.int16``) at an explicit sample rate (Hz) everywhere.
Only numpy and the standard library are used, so the STT worker process stays light.
"""

from __future__ import annotations

import io
import struct
import wave
from pathlib import Path

import numpy as np

from customario.errors import InputDataError

_SOX_HINT = "Convert it with e.g. `sox IN -r 16000 -c 1 -b 16 OUT.wav` (16-bit PCM WAV)"
MIN_RATE, MAX_RATE = 4000, 384_000  # Hz read from a WAV header (telephony 8 kHz to studio 384 kHz)
MAX_CHANNELS = 32
MIN_SECONDS = 0.05  # shorter than one 50 ms frame cannot hold speech


def resample(pcm: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Resample mono int16 ``pcm`` from ``rate_in`` to ``rate_out`` Hz (FFT method; band-limited).

    Returns int16. Segments of a few seconds to minutes are fine (one FFT of the whole signal).
    """
    if rate_in == rate_out or len(pcm) == 0:
        return np.asarray(pcm, dtype=np.int16)
    x = np.asarray(pcm, dtype=np.float64)
    n_out = max(1, int(round(len(x) * rate_out / rate_in)))
    spec = np.fft.rfft(x)
    keep = n_out // 2 + 1
    if keep <= len(spec):
        spec = spec[:keep]
    else:
        spec = np.concatenate([spec, np.zeros(keep - len(spec), dtype=spec.dtype)])
    y = np.fft.irfft(spec, n_out) * (n_out / len(x))
    return np.clip(np.round(y), -32768, 32767).astype(np.int16)


def add_noise_floor(pcm: np.ndarray, dbfs: float | None = -55.0, *, seed: int | None = 0) -> np.ndarray:
    """Add white noise at ``dbfs`` (RMS relative to full scale, e.g. -55) to int16 ``pcm``.

    Pure digital silence hurts pocketsphinx badly (FACTS.md: 26/51 vs 47/51 ratings correct), so
    synthetic audio gets a floor of -50 to -60 dBFS. ``None`` returns the input unchanged.
    """
    if dbfs is None or len(pcm) == 0:
        return np.asarray(pcm, dtype=np.int16)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, 32767.0 * 10 ** (dbfs / 20.0), len(pcm))
    return np.clip(np.asarray(pcm, dtype=np.float64) + noise, -32768, 32767).astype(np.int16)


def silence(seconds: float, sample_rate: int, *, dbfs: float | None = -55.0, seed: int | None = 0) -> np.ndarray:
    """``seconds`` of near-silence (the noise floor) at ``sample_rate`` Hz as int16."""
    return add_noise_floor(np.zeros(int(round(seconds * sample_rate)), dtype=np.int16), dbfs, seed=seed)


def decode_wav_bytes(data: bytes, *, source: str = "audio") -> tuple[np.ndarray, int]:
    """Parse WAV bytes → (mono int16 samples, sample rate Hz). Multi-channel audio is averaged.

    Accepts 8-, 16-, 24- and 32-bit integer PCM. Raises InputDataError (with a sox hint) for empty
    input, non-WAV data, compressed/float WAV or a file without samples.
    """
    if not data:
        raise InputDataError(f"{source} is empty", "Record or choose a WAV file with speech in it")
    if not (data[:4] == b"RIFF" and data[8:12] == b"WAVE"):
        raise InputDataError(f"{source} is not a WAV file (no RIFF/WAVE header)", _SOX_HINT)
    data = _plain_pcm_header(data)
    try:
        with wave.open(io.BytesIO(data)) as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            raw = w.readframes(w.getnframes())
    except (wave.Error, EOFError, ValueError, struct.error, MemoryError, OverflowError) as exc:
        raise InputDataError(
            f"{source} is not a readable PCM WAV file ({str(exc)[:120] or type(exc).__name__})", _SOX_HINT
        ) from None
    if not MIN_RATE <= rate <= MAX_RATE:
        raise InputDataError(
            f"{source} has an unusable sample rate ({rate} Hz; {MIN_RATE}-{MAX_RATE} Hz are read)", _SOX_HINT
        )
    if not 1 <= channels <= MAX_CHANNELS:
        raise InputDataError(f"{source} has {channels} channels ({MAX_CHANNELS} at most are read)", _SOX_HINT)
    n = len(raw) // (width * channels)
    if n == 0:
        raise InputDataError(f"{source} has no audio samples", "Record or choose a WAV file with speech in it")
    if n < rate * MIN_SECONDS:
        raise InputDataError(
            f"{source} holds {n} sample(s), less than {MIN_SECONDS:g} s of audio",
            "Record or choose a WAV file with speech in it",
        )
    raw = raw[: n * width * channels]
    if width == 1:
        x = (np.frombuffer(raw, dtype=np.uint8).astype(np.int32) - 128) << 8
    elif width == 2:
        x = np.frombuffer(raw, dtype="<i2").astype(np.int32)
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        x = ((b[:, 0] << 8) | (b[:, 1] << 16) | (b[:, 2] << 24)) >> 16
    elif width == 4:
        x = np.frombuffer(raw, dtype="<i4").astype(np.int64) >> 16
    else:  # pragma: no cover - wave only yields 1..4
        raise InputDataError(f"{source} uses {width * 8}-bit samples", _SOX_HINT)
    if channels > 1:
        x = x.reshape(-1, channels).mean(axis=1)
    return np.clip(x, -32768, 32767).astype(np.int16), rate


def _plain_pcm_header(data: bytes) -> bytes:
    """WAVE_FORMAT_EXTENSIBLE (0xFFFE) with the PCM sub-format → the same bytes with format tag 1,
    which the standard library's reader understands (Python < 3.12 refuses 0xFFFE)."""
    pos = 12
    while pos + 8 <= len(data):
        cid, size = data[pos : pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        if cid == b"fmt ":
            body = data[pos + 8 : pos + 8 + size]
            # The sub-format GUID starts with the format code (1 = PCM); writers differ in the rest.
            if len(body) >= 26 and struct.unpack_from("<H", body, 0)[0] == 0xFFFE and body[24:26] == b"\x01\x00":
                return data[: pos + 8] + struct.pack("<H", 1) + data[pos + 10 :]
            return data
        pos += 8 + size + (size & 1)
    return data


def read_wav(path: str | Path, sample_rate: int | None = None) -> np.ndarray | tuple[np.ndarray, int]:
    """Read a WAV file as mono int16, resampled to ``sample_rate`` Hz when given.

    Returns the samples when ``sample_rate`` is given, else ``(samples, file_rate)``.
    Raises NotFoundError (missing file) or InputDataError (see :func:`decode_wav_bytes`).
    """
    from customario.definitions.files import read_user_bytes
    from customario.limits import MAX_WAV_BYTES

    p = Path(path)
    pcm, rate = decode_wav_bytes(read_user_bytes(p, max_bytes=MAX_WAV_BYTES, what="audio file"), source=str(p))
    if sample_rate is None:
        return pcm, rate
    return resample(pcm, rate, sample_rate)


def wav_bytes(pcm: np.ndarray, sample_rate: int) -> bytes:
    """Mono int16 ``pcm`` at ``sample_rate`` Hz as WAV file bytes."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(np.asarray(pcm, dtype="<i2").tobytes())
    return buf.getvalue()


def write_wav(path: str | Path, pcm: np.ndarray, sample_rate: int) -> Path:
    """Write mono int16 ``pcm`` to ``path`` as a 16-bit PCM WAV; returns the path.

    Raises ConfigError (exit 3) when the path cannot be written (see customario.render.outputs)."""
    from customario.render.outputs import write_output_bytes

    return write_output_bytes(path, wav_bytes(pcm, sample_rate), what="audio file")


def rms_dbfs(pcm: np.ndarray) -> float:
    """RMS level of int16 ``pcm`` in dBFS (-inf for empty or all-zero input)."""
    if len(pcm) == 0:
        return float("-inf")
    rms = float(np.sqrt(np.mean(np.asarray(pcm, dtype=np.float64) ** 2)))
    return 20 * np.log10(rms / 32767.0) if rms > 0 else float("-inf")
