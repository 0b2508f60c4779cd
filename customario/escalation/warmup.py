"""Load what a caller's first line needs before the caller speaks (issue 11).

The first :func:`customario.escalation.urgency.assess` of a process loads WordNet (the urgency
readers' concept classes), the urgency model's JSON (:mod:`customario.escalation.urgency_model`)
and the WordLlama embedding model (:mod:`customario.escalation.kb_embed`, which the knowledge
base's meaning search shares), and compiles the readers' patterns: measured on 4 December 2026 on
the shared two-core development machine, a first call took seconds where a warm one takes tens of
milliseconds (figures in ``docs/conversations.md``). :func:`warm_up` does that work once per
process; the agent worker runs it when livekit-agents starts a job process (its ``setup_fnc``,
before any job is given to the process) and every session start calls
:func:`warm_up_in_background`, which returns at once and is a no-op once the process is warm.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time

log = logging.getLogger(__name__)

# Two lines that take the readers' main paths: an ordinary request and an injury told as a scene.
_LINES = (
    "Hi, could I move my booking to Thursday afternoon, and is there parking nearby?",
    "My son slipped by the counter and his wrist looks broken, he's crying but awake.",
)
_LOCK = threading.Lock()
_DONE: dict[str, float] = {}
_THREAD: threading.Thread | None = None
# How long a process that is exiting waits for a warm-up still loading (seconds); see _join_at_exit.
EXIT_WAIT_S = 60.0


def warm_up() -> dict[str, float]:
    """Load WordNet, the urgency model and WordLlama and assess two lines, once per process.

    Returns ``{"wordnet", "urgency_model", "embedding", "assess", "total"}`` in milliseconds for the
    call that did the work (the same figures on later calls, which do nothing). Never raises: a
    part that cannot load (the embedding weights missing) is logged and left to the first call,
    which then decides without it as it always does."""
    with _LOCK:
        if _DONE:
            return dict(_DONE)
        start = time.perf_counter()
        timings: dict[str, float] = {}

        def step(name: str, work) -> None:
            t0 = time.perf_counter()
            try:
                work()
            except Exception:  # never stop a session: the first real call loads or skips it
                log.warning("warm-up step %s failed", name, exc_info=True)
            timings[name] = round(1000 * (time.perf_counter() - t0), 1)

        from customario.escalation import kb_embed, urgency, urgency_model, wordnet

        step("wordnet", wordnet.load)
        step("urgency_model", urgency_model.model)
        step("embedding", lambda: kb_embed.embed([_LINES[0]]))
        step("assess", lambda: [urgency.assess(line) for line in _LINES])
        timings["total"] = round(1000 * (time.perf_counter() - start), 1)
        _DONE.update(timings)
        log.info("urgency and embedding warm in %.0f ms", timings["total"])
        return dict(timings)


def warm_up_in_background() -> threading.Thread | None:
    """Start :func:`warm_up` in a daemon thread unless the process is warm or warming; returns the
    thread (None when nothing was started). Called at every session start: it never blocks."""
    global _THREAD
    if _DONE or (_THREAD is not None and _THREAD.is_alive()):
        return None
    _THREAD = threading.Thread(target=warm_up, name="customario-warm-up", daemon=True)
    _THREAD.start()
    return _THREAD


def _join_at_exit() -> None:
    """Wait (up to :data:`EXIT_WAIT_S`) for a warm-up still loading when the process exits.

    A daemon thread still inside native code (WordLlama's or NumPy's loaders) when the interpreter
    finalises is torn down mid-call, and glibc aborts the process ("FATAL: exception not rethrown",
    exit status -6): a short ``customario console`` call that ended while the warm-up was loading
    under load exited that way (tests/test_support_conversation.py, 4 December 2026). atexit
    handlers run before daemon threads are stopped, so joining here lets the load finish first."""
    thread = _THREAD
    if thread is not None and thread.is_alive() and thread is not threading.current_thread():
        thread.join(EXIT_WAIT_S)


atexit.register(_join_at_exit)


def prewarm(proc: object = None) -> None:
    """A livekit-agents ``setup_fnc``: :func:`warm_up` in a job process before it takes a job
    (``proc`` is the ``JobProcess``; its timings go to ``proc.userdata["warm_up_ms"]``)."""
    timings = warm_up()
    userdata = getattr(proc, "userdata", None)
    if isinstance(userdata, dict):
        userdata["warm_up_ms"] = timings
