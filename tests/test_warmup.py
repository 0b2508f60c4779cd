"""The warm-up of a caller's first line (customario/escalation/warmup.py): once per process, never
raising, started at a session's start without blocking it."""

from __future__ import annotations

import time

from customario.escalation import warmup


def test_warm_up_loads_once_and_a_first_assessment_is_then_fast(monkeypatch):
    monkeypatch.setattr(warmup, "_DONE", {})
    first = warmup.warm_up()
    assert set(first) == {"wordnet", "urgency_model", "embedding", "assess", "total"}
    assert warmup.warm_up() == first  # the second call does nothing
    from customario.escalation.urgency import assess

    t0 = time.perf_counter()
    assess("Could I bring my dog to the pottery class on Sunday afternoon?")
    assert time.perf_counter() - t0 < 5.0  # warm: tens of milliseconds (loose bound: shared CI hosts)


def test_a_part_that_cannot_load_is_logged_not_raised(monkeypatch, caplog):
    import customario.escalation.kb_embed as kb_embed

    def broken(texts):
        raise OSError("weights missing")

    monkeypatch.setattr(warmup, "_DONE", {})
    monkeypatch.setattr(kb_embed, "embed", broken)
    timings = warmup.warm_up()
    assert "embedding" in timings and "warm-up step embedding failed" in caplog.text


def test_prewarm_records_its_timings_on_the_job_process(monkeypatch):
    monkeypatch.setattr(warmup, "_DONE", {"total": 1.0})

    class Proc:
        userdata: dict = {}

    proc = Proc()
    warmup.prewarm(proc)
    assert proc.userdata["warm_up_ms"] == {"total": 1.0}


def test_the_background_warm_up_starts_once(monkeypatch):
    monkeypatch.setattr(warmup, "_DONE", {})
    monkeypatch.setattr(warmup, "_THREAD", None)
    started = []
    monkeypatch.setattr(warmup, "warm_up", lambda: started.append(1) or time.sleep(0.2))
    thread = warmup.warm_up_in_background()
    assert thread is not None and warmup.warm_up_in_background() is None  # still warming
    thread.join()
    assert started == [1]


def test_a_process_that_exits_while_warming_up_waits_for_it_and_exits_cleanly():
    # A short console call can end while the background warm-up is still inside native loaders;
    # the process must wait for it at exit instead of aborting (exit status -6, "FATAL: exception
    # not rethrown"). The child starts the warm-up and returns at once; a handler registered before
    # the module (so run after its own, atexit being last-in first-out) sees the warm-up finished.
    import subprocess
    import sys

    code = (
        "import atexit, sys\n"
        "def report():\n"
        "    from customario.escalation import warmup\n"
        "    print('warm' if warmup._DONE else 'cold', file=sys.stderr)\n"
        "atexit.register(report)\n"
        "from customario.escalation import warmup\n"
        "t = warmup.warm_up_in_background()\n"
        "assert t is not None and t.is_alive()\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "FATAL" not in r.stderr
    assert r.stderr.strip().splitlines()[-1] == "warm"
