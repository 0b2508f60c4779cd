"""Voice activity detection and turn-taking settings for the offline voice stack.

Uses livekit's silero plugin, whose ONNX model ships in the wheel (no download); the separate
turn-detector plugin downloads a model at run time and is never used. Tuned values (FACTS.md):
VAD minimum silence 0.3 s, prefix padding 0.2 s, endpointing delay 0.3 s, which brought end of
caller speech → first agent audio from 0.84-1.19 s down to 0.45-0.87 s.
"""

from __future__ import annotations

from typing import Any

MIN_SILENCE_S = 0.3
PREFIX_PADDING_S = 0.2
ENDPOINTING_DELAY_S = 0.3

_vad_cache: dict[tuple, Any] = {}


def load_vad(*, min_silence: float = MIN_SILENCE_S, prefix_padding: float = PREFIX_PADDING_S):
    """The silero VAD with the tuned settings (cached per process; loading takes ~0.1-0.3 s)."""
    key = (min_silence, prefix_padding)
    if key not in _vad_cache:
        from livekit.plugins import silero

        _vad_cache[key] = silero.VAD.load(min_silence_duration=min_silence, prefix_padding_duration=prefix_padding)
    return _vad_cache[key]


def turn_handling(*, endpointing_delay: float = ENDPOINTING_DELAY_S, interruptions: bool = True) -> dict:
    """``AgentSession(turn_handling=...)`` for the offline stack: VAD turn detection (no model
    download), fixed endpointing delay, VAD-based interruptions, no preemptive generation."""
    return {
        "turn_detection": "vad",
        "endpointing": {"mode": "fixed", "min_delay": endpointing_delay},
        # File and device outputs here cannot pause, so a false interruption cannot be resumed.
        "interruption": {"enabled": interruptions, "mode": "vad", "resume_false_interruption": False},
        "preemptive_generation": {"enabled": False},
    }
