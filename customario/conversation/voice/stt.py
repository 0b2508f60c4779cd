"""pocketsphinx speech-to-text: a plain :func:`recognise` and a livekit-agents ``stt.STT``.

The PyPI ``pocketsphinx`` 5.1 wheel bundles the en-US model, so nothing is downloaded. Closed
questions are recognised against a small language model built from the question's expected replies
(:func:`customario.conversation.voice.phrases.expected_phrases`); open questions use the
open-vocabulary model. The conversation engine calls :meth:`SphinxSTT.set_expected` (or
``set_question``) before each question.

:class:`SphinxSTT` is non-streaming: the session wraps it in ``stt.StreamAdapter`` with the VAD and
sends one VAD segment per call. Each segment is decoded in one batch in a separate worker
process, because pocketsphinx holds the GIL while decoding (0.4-1.3 s event-loop stalls in-process
vs ~6 ms from a separate process, FACTS.md).
"""

from __future__ import annotations

import asyncio
import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from customario.conversation.voice import _sphinx
from customario.conversation.voice.phrases import expected_phrases
from customario.errors import ExternalServiceError


def recognise(pcm_int16: np.ndarray, sample_rate: int, expected: Sequence[str] | None = None) -> str:
    """Recognise one utterance in this process (blocking): mono int16 samples at ``sample_rate`` Hz.

    ``expected`` restricts recognition to those phrases (lower case); ``None`` = open vocabulary.
    Returns the lower-case transcript ("" when nothing was recognised). Use :class:`Recogniser`
    from async code: decoding holds the GIL.
    """
    pcm = np.asarray(pcm_int16, dtype="<i2").tobytes()
    text, _conf, _pid = _sphinx.decode(pcm, sample_rate, tuple(expected) if expected else None)
    return text


class Recogniser:
    """Decodes utterances in one worker process; safe to await from any event loop.

    The worker (``python -m customario.conversation.voice._sphinx``) starts on first use or
    :meth:`start`, loads the decoder once (≈0.3 s) and caches per-question language models.
    Requests are pickled over its stdin/stdout; the waiting happens in a thread, which releases
    the GIL, so the event loop keeps running while pocketsphinx decodes. ``close()`` stops it.
    A plain subprocess (rather than a multiprocessing pool) does not re-import the caller's
    ``__main__``, so it works from any script.
    """

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self.worker_pid: int | None = None

    def start(self) -> None:
        """Start the worker process if it is not running (it loads the decoder right away)."""
        with self._lock:
            self._start_locked()

    def _start_locked(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        root = str(Path(__file__).resolve().parents[3])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "customario.conversation.voice._sphinx"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=root,
        )
        self.worker_pid = self._proc.pid

    def recognise_blocking(
        self,
        pcm: bytes,
        sample_rate: int,
        expected: Sequence[str] | None = None,
        yes_no: bool = False,
        again_said: bool = False,
        forced: Sequence[str] | None = None,
    ) -> tuple[str, float, int]:
        """Decode in the worker and wait → (text, confidence 0..1, worker pid). ``yes_no``: the
        utterance replies to a read-back (a forced yes/no pass may follow, see ``_sphinx.decode``);
        ``again_said``: it replies to a read-back said once more after a lone "again";
        ``forced``: the short answers of the pending closed question for the forced answer pass
        (``voice.forced_for_policy``).

        Raises ExternalServiceError when the worker fails or dies (it is restarted next time).
        """
        with self._lock:
            self._start_locked()
            proc = self._proc
            assert proc is not None and proc.stdin is not None and proc.stdout is not None
            try:
                request = (
                    pcm,
                    sample_rate,
                    tuple(expected) if expected else None,
                    yes_no,
                    again_said,
                    tuple(forced) if forced else None,
                )
                pickle.dump(request, proc.stdin)
                proc.stdin.flush()
                status, value = pickle.load(proc.stdout)
            except (BrokenPipeError, EOFError, OSError) as exc:
                self._stop_locked()
                raise ExternalServiceError(
                    f"the speech recogniser process stopped ({type(exc).__name__})",
                    "Check that pocketsphinx is installed (pip install pocketsphinx) and retry",
                ) from None
        if status != "ok":
            raise ExternalServiceError(f"speech recognition failed: {value}", "Report this with the audio file")
        return value

    async def recognise(
        self,
        pcm: bytes,
        sample_rate: int,
        expected: Sequence[str] | None = None,
        yes_no: bool = False,
        again_said: bool = False,
        forced: Sequence[str] | None = None,
    ) -> tuple[str, float]:
        """Decode mono int16 little-endian ``pcm`` at ``sample_rate`` Hz → (text, confidence 0..1);
        ``yes_no``, ``again_said`` and ``forced`` as in :meth:`recognise_blocking`."""
        loop = asyncio.get_running_loop()
        text, confidence, pid = await loop.run_in_executor(
            None, self.recognise_blocking, pcm, sample_rate, expected, yes_no, again_said, forced
        )
        self.worker_pid = pid
        return text, confidence

    def _stop_locked(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin:
                proc.stdin.close()
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        finally:
            if proc.stdout:
                proc.stdout.close()

    def close(self) -> None:
        """Stop the worker process (idempotent)."""
        with self._lock:
            self._stop_locked()


def _make_stt_class():
    from livekit.agents import APIConnectOptions, stt, utils
    from livekit.agents.types import NOT_GIVEN, NotGivenOr

    class SphinxSTT(stt.STT):
        """livekit-agents STT backed by pocketsphinx in a worker process (non-streaming)."""

        def __init__(self, *, language: str = "en-US") -> None:
            super().__init__(capabilities=stt.STTCapabilities(streaming=False, interim_results=False))
            self._language = language
            self._expected: tuple[str, ...] | None = None
            self._source: Any = None
            self._yes_no_source: Any = None
            self._again_source: Any = None
            self._forced_source: Any = None
            self.recogniser = Recogniser()

        @property
        def model(self) -> str:
            return "pocketsphinx-en-us"

        @property
        def provider(self) -> str:
            return "pocketsphinx"

        @property
        def expected(self) -> tuple[str, ...] | None:
            """The phrases the next utterance is recognised against (``None``: open vocabulary)."""
            if self._source is not None:
                phrases = self._source()
                return tuple(p.lower() for p in phrases) if phrases else None
            return self._expected

        def set_expected(self, phrases: Sequence[str] | None) -> None:
            """Recognise the next utterances against ``phrases`` (``None``/empty: open vocabulary).
            Replaces any source set with :meth:`set_expected_source`."""
            self._source = None
            self._yes_no_source = None
            self._again_source = None
            self._forced_source = None
            self._expected = tuple(p.lower() for p in phrases) if phrases else None

        def set_expected_source(self, source: Any, yes_no: Any = None, again: Any = None, forced: Any = None) -> None:
            """Ask ``source()`` → phrases (or ``None``) at each utterance, e.g. from the dialogue
            policy's pending question (see ``voice.follow_policy``); ``yes_no()`` → True when the
            utterance replies to a read-back (adds the forced yes/no pass); ``again()`` → True
            when that read-back is said once more after a lone "again" (``voice.again_said``);
            ``forced()`` → the short answers for the forced answer pass (``voice.forced_for_policy``)."""
            self._source = source
            self._yes_no_source = yes_no
            self._again_source = again
            self._forced_source = forced

        @property
        def yes_no(self) -> bool:
            """Whether the next utterance replies to a read-back."""
            return bool(self._yes_no_source()) if self._yes_no_source is not None else False

        @property
        def again_said(self) -> bool:
            """Whether the next utterance replies to a read-back said again after a lone "again"."""
            return bool(self._again_source()) if self._again_source is not None else False

        @property
        def forced(self) -> tuple[str, ...] | None:
            """The short answers the forced answer pass may pick for the next utterance, or None."""
            forms = self._forced_source() if self._forced_source is not None else None
            return tuple(forms) if forms else None

        def set_question(self, question: Any | None) -> None:
            """Expect the replies to ``question`` (a definitions ``Question``; ``None``: open)."""
            self.set_expected(expected_phrases(question) if question is not None else None)

        def prewarm(self) -> None:
            self.recogniser.start()

        async def _recognize_impl(
            self,
            buffer: "utils.AudioBuffer",
            *,
            language: NotGivenOr[str] = NOT_GIVEN,
            conn_options: APIConnectOptions,
        ) -> "stt.SpeechEvent":
            frame = utils.merge_frames(buffer)
            samples = np.frombuffer(frame.data, dtype=np.int16)
            if frame.num_channels > 1:
                samples = samples.reshape(-1, frame.num_channels).mean(axis=1).astype(np.int16)
            text, confidence = await self.recogniser.recognise(
                samples.astype("<i2").tobytes(),
                frame.sample_rate,
                self.expected,
                self.yes_no,
                self.again_said,
                self.forced,
            )
            return stt.SpeechEvent(
                type=stt.SpeechEventType.FINAL_TRANSCRIPT,
                alternatives=[stt.SpeechData(language=self._language, text=text, confidence=confidence)],
            )

        async def aclose(self) -> None:
            await asyncio.get_running_loop().run_in_executor(None, self.recogniser.close)

    return SphinxSTT


_CLASS = None


def SphinxSTT(**kwargs):  # noqa: N802 - behaves like the class it builds
    """Create the livekit-agents pocketsphinx STT (class built on first use; livekit loads lazily).

    Keyword arguments: ``language`` (reported on transcripts; the bundled model is en-US).
    """
    global _CLASS
    if _CLASS is None:
        _CLASS = _make_stt_class()
    return _CLASS(**kwargs)
