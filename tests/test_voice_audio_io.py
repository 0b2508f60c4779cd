"""Offline voice stack: WAV input/output for sessions without a room, and the device check."""

import asyncio
import shutil
import struct
import wave

import numpy as np
import pytest

from customario.errors import ExitCode, InputDataError, NotFoundError

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (apt-get install espeak-ng)"
)


def _write(path, data: np.ndarray, rate: int, channels: int = 1, width: int = 2):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(data.tobytes())
    return path


def test_wav_validation_errors(tmp_path):
    from customario.conversation.voice.audio import read_wav

    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(InputDataError, match="is empty") as exc:
        read_wav(empty, 16000)
    assert exc.value.exit_code == ExitCode.DATA

    binary = tmp_path / "noise.wav"
    binary.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputDataError, match="not a WAV") as exc:
        read_wav(binary, 16000)
    assert "sox" in exc.value.render()

    # A float WAV (format tag 3) is refused with the conversion command.
    floatwav = tmp_path / "float.wav"
    body = np.zeros(160, dtype="<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, 16000, 64000, 4, 32)
    floatwav.write_bytes(
        b"RIFF"
        + struct.pack("<I", 36 + len(body))
        + b"WAVEfmt "
        + struct.pack("<I", 16)
        + fmt
        + b"data"
        + struct.pack("<I", len(body))
        + body
    )
    with pytest.raises(InputDataError, match="not a readable PCM WAV"):
        read_wav(floatwav, 16000)

    nosamples = _write(tmp_path / "nosamples.wav", np.zeros(0, dtype=np.int16), 16000)
    with pytest.raises(InputDataError, match="no audio samples"):
        read_wav(nosamples, 16000)

    with pytest.raises(NotFoundError):
        read_wav(tmp_path / "missing.wav", 16000)


def test_wav_stereo_other_rate_becomes_mono_16k(tmp_path):
    from customario.conversation.voice.audio import read_wav

    t = np.arange(44100) / 44100
    tone = (8000 * np.sin(2 * np.pi * 440 * t)).astype(np.int16)
    stereo = np.stack([tone, tone], axis=1).reshape(-1)
    path = _write(tmp_path / "stereo.wav", stereo, 44100, channels=2)
    pcm = read_wav(path, 16000)
    assert pcm.dtype == np.int16 and abs(len(pcm) - 16000) <= 1
    spectrum = np.abs(np.fft.rfft(pcm.astype(float)))
    assert abs(np.argmax(spectrum) * 16000 / len(pcm) - 440) < 5
    # 8-bit and 24-bit PCM are accepted too.
    eight = _write(tmp_path / "u8.wav", (tone[:8000] // 256 + 128).astype(np.uint8), 8000, width=1)
    assert len(read_wav(eight, 16000)) == 16000


def test_wav_input_class_reports_bad_files_before_the_call(tmp_path):
    from customario.conversation.voice.audio_io import WavAudioInput

    bad = tmp_path / "x.wav"
    bad.write_text("hello, I am not audio")
    with pytest.raises(InputDataError):
        WavAudioInput(bad)


def test_split_utterances():
    from customario.conversation.voice.audio import add_noise_floor
    from customario.conversation.voice.audio_io import split_utterances

    rate = 16000
    tone = (6000 * np.sin(2 * np.pi * 300 * np.arange(int(0.5 * rate)) / rate)).astype(np.int16)
    gap = np.zeros(rate, dtype=np.int16)
    pcm = add_noise_floor(np.concatenate([gap, tone, gap, tone, gap[:4000], tone, gap]), -55)
    parts = split_utterances(pcm, rate, min_silence=0.6)
    assert len(parts) == 2  # the 0.25 s pause does not split
    assert (
        split_utterances(add_noise_floor(gap, -55), rate) == []
        or len(split_utterances(add_noise_floor(gap, -55), rate)) <= 1
    )


def test_audio_device_check_gives_a_reason():
    from customario.conversation.voice.audio_io import audio_device_available

    ok, reason = audio_device_available()
    assert isinstance(ok, bool) and reason
    if not ok:
        assert any(word in reason for word in ("PortAudio", "device", "microphone", "speaker", "sounddevice"))


@needs_espeak
def test_session_hears_a_caller_wav_and_records_the_agent(tmp_path):
    """A real AgentSession: caller WAV (espeak answers) → VAD → pocketsphinx; agent → espeak → WAV."""
    from livekit.agents import Agent, AgentSession, StopResponse

    from customario.conversation.voice.audio import read_wav, silence, write_wav
    from customario.conversation.voice.audio_io import WavAudioInput, WavAudioOutput
    from customario.conversation.voice.phrases import opening_phrases, slot_of
    from customario.conversation.voice.stt import SphinxSTT
    from customario.conversation.voice.tts import EspeakTTS, synthesize
    from customario.conversation.voice.vad import load_vad, turn_handling
    from customario.definitions.models import Question

    rate = 16000
    caller = np.concatenate(
        [
            part
            for i, t in enumerate(["yes", "seven", "no"])
            for part in (silence(0.5, rate, seed=i), synthesize(t, rate, seed=i), silence(1.0, rate, seed=i))
        ]
    )
    caller_wav = write_wav(tmp_path / "caller.wav", caller, rate)
    out_path = tmp_path / "agent.wav"
    nps = Question(id="q", type="nps", text="x")
    heard: list[str] = []

    async def run():
        prompts = iter(
            ["How likely are you to recommend us, zero to ten?", "Did it arrive on time?", "Thank you, goodbye."]
        )
        stt = SphinxSTT()
        stt.set_expected(opening_phrases())
        inp = WavAudioInput(caller_wav, pace="turns")
        out = WavAudioOutput(out_path)
        session = AgentSession(stt=stt, tts=EspeakTTS(), vad=load_vad(), turn_handling=turn_handling())
        session.input.audio, session.output.audio = inp, out
        inp.attach(session)

        class Scripted(Agent):
            async def on_user_turn_completed(self, turn_ctx, new_message):
                heard.append(new_message.text_content or "")
                stt.set_question(nps if len(heard) == 1 else None)
                if len(heard) == 2:
                    stt.set_expected(opening_phrases())
                self.session.say(next(prompts, "Goodbye."))
                raise StopResponse()

        await session.start(Scripted(instructions=""))
        session.say("Hello, is now a good time?")
        await asyncio.wait_for(inp.finished.wait(), 60)
        for _ in range(200):  # bounded wait for the last reply to be spoken
            if len(heard) >= 3 and len(out.segments) >= 4:
                break
            await asyncio.sleep(0.1)
        await session.aclose()
        out.close()
        return inp, out

    inp, out = asyncio.run(run())
    assert inp.utterances == 3 and inp.played == 3
    assert len(heard) == 3
    assert heard[0] == "yes" and slot_of(heard[1], nps) == "7" and heard[2] == "no", heard
    recorded = read_wav(out_path, 24000)
    assert len(out.segments) == 4 and len(recorded) / 24000 >= sum(d for _, d in out.segments)
    assert np.abs(recorded).max() > 3000
