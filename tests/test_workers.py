"""Agent workers (issue 10, Deliver 7): several `customario agent start` on one host against the
loopback LiveKit server (worker WebSocket registration), each with its own health port on
127.0.0.1; the worker options; `doctor` lists checks it could not run as skipped."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from tests.conftest import REPO
from tests.dialer_helpers import SECRET
from tests.twirp_server import LoopbackLiveKit


def _start_worker(db_path, url, name, extra=()):
    env = {
        **os.environ,
        "CUSTOMARIO_DB": str(db_path),
        "PYTHONPATH": str(REPO),
        "LIVEKIT_URL": url,
        "LIVEKIT_API_KEY": "devkey",
        "LIVEKIT_API_SECRET": SECRET,
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "customario",
            "agent",
            "start",
            "--agent-name",
            name,
            "--idle-processes",
            "0",
            "--max-jobs",
            "2",
            "--log-level",
            "INFO",
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True).start()
    return proc, lines


def _wait(cond, timeout_s=90.0):
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.2)
    return False


def test_two_workers_start_on_one_host(db_path, db):
    with LoopbackLiveKit(api_secret=SECRET, max_lifetime_s=150) as lk:
        workers = [_start_worker(db_path, lk.url, name) for name in ("survey-agent", "support-agent")]
        try:
            assert _wait(lambda: len(lk.workers) == 2), [w[1] for w in workers]
            assert sorted(w["agent_name"] for w in lk.workers) == ["support-agent", "survey-agent"]
            assert all(w["type"] == "JT_ROOM" and w["worker_id"] for w in lk.workers)
            ports = []
            for proc, lines in workers:
                assert _wait(lambda lines=lines: any("health check: http://127.0.0.1:" in x for x in lines)), lines
                line = next(x for x in lines if "health check:" in x)
                port = int(re.search(r"127\.0\.0\.1:(\d+)/", line).group(1))
                ports.append(port)
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:
                    assert r.status == 200 and r.read() == b"OK"
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/worker", timeout=10) as r:
                    info = json.loads(r.read())
                assert (
                    info["agent_name"] in ("survey-agent", "support-agent") and info.get("active_jobs", 0) == 0
                )  # proto3 JSON leaves zeros out
                assert proc.poll() is None
            assert ports[0] != ports[1] and 8081 not in ports
        finally:
            for proc, _ in workers:
                proc.send_signal(signal.SIGTERM)
            for proc, _ in workers:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()


def test_worker_options_reach_the_agent_server(db_path):
    from customario.config import load_settings
    from customario.conversation.worker import WorkerOptions, build_server
    from customario.errors import ConfigError, UsageError

    settings = load_settings(
        env={
            "CUSTOMARIO_DB": str(db_path),
            "LIVEKIT_URL": "ws://127.0.0.1:1",
            "LIVEKIT_API_KEY": "k",
            "LIVEKIT_API_SECRET": "s",
        },
        load_dotenv_file=False,
    )
    server = build_server(
        settings, options=WorkerOptions(agent_name="a1", max_jobs=4, idle_processes=1, log_level="debug")
    )
    assert (server._host, server._port, server._agent_name, server._num_idle_processes) == ("127.0.0.1", 0, "a1", 1)
    assert server._load_threshold == pytest.approx(3.5 / 4)

    class Fake:
        active_jobs = [1, 2, 3, 4]

    assert server._load_fnc(Fake()) == 1.0  # 4 of 4 running: full
    # every job process warms the urgency readers and the embedding model before it takes a job
    from customario.escalation.warmup import prewarm

    assert server.setup_fnc is prewarm
    assert server._initialize_process_timeout >= 30
    server = build_server(settings, options=WorkerOptions(load_threshold=0.5, host="0.0.0.0", port=9000))
    assert (server._host, server._port, server._load_threshold) == ("0.0.0.0", 9000, 0.5)
    with pytest.raises(UsageError):
        build_server(settings, options=WorkerOptions(log_level="LOUD"))
    with pytest.raises(ConfigError):
        build_server(load_settings(env={"CUSTOMARIO_DB": str(db_path)}, load_dotenv_file=False))


def test_agent_start_rejects_bad_options(run_cli):
    r = run_cli(
        "agent",
        "start",
        "--log-level",
        "LOUD",
        env={"LIVEKIT_URL": "ws://127.0.0.1:1", "LIVEKIT_API_KEY": "k", "LIVEKIT_API_SECRET": "s"},
    )
    assert r.returncode == 2 and "LOUD" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("agent", "start", "--load-threshold", "3")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_doctor_lists_skipped_checks_when_livekit_is_unreachable(cli, monkeypatch):
    monkeypatch.setenv("LIVEKIT_URL", "http://127.0.0.1:9")  # nothing listens on the discard port
    monkeypatch.setenv("LIVEKIT_API_KEY", "devkey")
    monkeypatch.setenv("LIVEKIT_API_SECRET", SECRET)
    monkeypatch.setenv("CUSTOMARIO_SIP_TRUNK_ID", "ST_gone")
    r = cli("doctor", "--json")
    assert r.exit_code == 3
    checks = {c["check"]: c for c in json.loads(r.stdout)["checks"]}
    assert checks["LiveKit reachable and authenticated"]["ok"] is False
    trunk = checks["outbound SIP trunk exists"]
    assert trunk["detail"] == "skipped: LiveKit unreachable" and trunk["skipped"] is True and trunk["ok"] is False
    table = cli("doctor").stdout
    assert "skip" in table and "skipped: LiveKit unreachable" in table
