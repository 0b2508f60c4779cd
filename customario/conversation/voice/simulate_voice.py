"""The audio path for ``simulate --voice``: caller text → espeak-ng → PCM → pocketsphinx → text.

Each scripted or persona reply is spoken with the offline TTS (plus the noise floor), padded with
near-silence like a VAD segment, and recognised against the current question's expected phrases,
so a simulated call exercises the same recognition as a real offline voice call.
"""

from __future__ import annotations

import atexit
from typing import Any, Sequence

import numpy as np

from customario.conversation.voice.audio import silence
from customario.conversation.voice.phrases import expected_phrases
from customario.conversation.voice.stt import Recogniser
from customario.conversation.voice.tts import synthesize

SAMPLE_RATE = 16000
# Silence around each utterance, like the VAD's prefix padding and end-of-speech silence.
PAD_SECONDS = 0.3

_recogniser: Recogniser | None = None


def _shared() -> Recogniser:
    global _recogniser
    if _recogniser is None:
        _recogniser = Recogniser()
        _recogniser.start()
        atexit.register(_recogniser.close)
    return _recogniser


def voice_segment(text: str, *, sample_rate: int = SAMPLE_RATE, seed: int = 0) -> np.ndarray:
    """``text`` spoken by espeak-ng with near-silence padding, as int16 at ``sample_rate`` Hz."""
    pad = silence(PAD_SECONDS, sample_rate, seed=seed + 1)
    return np.concatenate([pad, synthesize(text, sample_rate, seed=seed), pad])


async def transcribe_via_audio(
    text: str, question: Any | None = None, *, expected: Sequence[str] | None = None, seed: int = 0
) -> str:
    """Speak ``text`` and recognise it again; returns the transcript (lower case, may be "").

    ``question`` (a definitions ``Question``) selects the expected phrases; ``expected`` overrides
    them; neither means open vocabulary. Decoding runs in a worker process (does not block the loop).
    Raises ConfigError when espeak-ng is missing.
    """
    if not text.strip():
        return ""
    phrases = expected if expected is not None else (expected_phrases(question) if question is not None else None)
    pcm = voice_segment(text, seed=seed)
    transcript, _confidence = await _shared().recognise(pcm.astype("<i2").tobytes(), SAMPLE_RATE, phrases)
    return transcript


def close() -> None:
    """Stop the shared recogniser process (also done at interpreter exit)."""
    global _recogniser
    if _recogniser is not None:
        _recogniser.close()
        _recogniser = None
