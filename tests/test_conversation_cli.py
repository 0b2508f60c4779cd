"""console --text as a real process: pipes, exit codes, kill -9 recovery."""

import os
import signal
import subprocess
import sys

from tests.conftest import REPO


def test_console_text_with_piped_stdin(run_cli, db_path):
    from customario.store.db import open_db

    r = run_cli(
        "console",
        "customer_feedback",
        "--text",
        "--phone",
        "+13125550199",
        input="yes\na nine\nfive\nyeah\nonline\ngreat prices\n",
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert all(line.startswith("agent: ") for line in lines)  # caller lines not echoed in a pipe
    assert "Is now a good time?" in lines[0] and "Goodbye" in lines[-1]
    assert "ended: complete" in r.stderr
    db = open_db(db_path)
    call = next(db.query("SELECT * FROM calls"))
    assert (call["channel"], call["disposition"], call["stack"]) == ("console", "complete", "offline")
    assert db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 5
    db.close()


def test_console_eof_mid_survey_is_break_off(cli, db):
    r = cli("console", "customer_feedback", input="yes\n9\n")
    assert r.exit_code == 0, r.stderr
    assert "break-off" in r.stderr
    assert next(db.query("SELECT disposition FROM calls"))["disposition"] == "break-off"


def test_console_usage_errors(cli, monkeypatch):
    r = cli("console", "customer_feedback", "--lead", "1", "--phone", "+13125550199", input="")
    assert r.exit_code == 2 and "cannot be used together" in r.stderr
    r = cli("console", "no_such_campaign", input="")
    assert r.exit_code == 4 and r.stderr.startswith("Error: no campaign named")
    r = cli("console", "customer_feedback", "--lead", "99", input="")
    assert r.exit_code == 4 and "no lead with id 99" in r.stderr
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    r = cli("console", "customer_feedback", "--stack", "anthropic", input="")
    assert r.exit_code == 3 and "ANTHROPIC_API_KEY" in r.stderr
    r = cli("console", "customer_feedback", "--phone", "not a number", input="")
    assert r.exit_code == 2 and "E.164" in r.stderr


def test_console_in_process_known_lead(cli, db):
    from customario.store.db import utc_now

    cid = (
        db["contacts"]
        .insert(
            {
                "e164": "+13125550100",
                "first_name": "Lee",
                "timezone": "America/Denver",
                "created_at": utc_now(),
                "updated_at": utc_now(),
            }
        )
        .last_pk
    )
    r = cli("console", "customer_feedback", "--lead", str(cid), input="stop calling me\n")
    assert r.exit_code == 0 and "Hello Lee" in r.stdout and "opted-out" in r.stderr
    assert db.execute("SELECT reason FROM dnc WHERE e164 = '+13125550100'").fetchone()[0] == "opted-out"


def test_kill_9_mid_survey_keeps_turns_and_is_recovered(db_path):
    from customario.conversation.recorder import recover_interrupted
    from customario.store.db import open_db

    env = {**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "customario", "console", "customer_feedback", "--text"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=REPO,
    )
    try:
        assert proc.stdout.readline().startswith("agent: Hello")
        proc.stdin.write("yes\n")
        proc.stdin.flush()
        assert "recommend" in proc.stdout.readline()
        proc.stdin.write("a nine\n")
        proc.stdin.flush()
        assert "satisfied" in proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    db = open_db(db_path)
    call = next(db.query("SELECT * FROM calls"))
    assert call["status"] == "in-progress"
    turns = [r["role"] for r in db.query("SELECT role FROM turns WHERE call_id = ? ORDER BY seq", [call["id"]])]
    assert turns == ["agent", "caller", "agent", "caller", "agent"]
    assert next(db.query("SELECT value FROM answers"))["value"] == "9"
    assert recover_interrupted(db) == [call["id"]]
    call = next(db.query("SELECT * FROM calls"))
    assert (call["status"], call["disposition"]) == ("interrupted", "interrupted")
    assert recover_interrupted(db) == []
    db.close()


def test_recover_ignores_live_calls_and_marks_stale_heartbeats(db):
    from datetime import datetime, timedelta, timezone

    from customario.conversation.recorder import CallRecorder, recover_interrupted

    live = CallRecorder.start(db, stored=None, channel="console")
    assert recover_interrupted(db) == []  # our own pid is alive
    later = datetime.now(timezone.utc) + timedelta(hours=1)
    assert recover_interrupted(db, stale_after_s=900, now=later) == [live.call_id]
