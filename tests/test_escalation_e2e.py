"""End to end through the conversation engine, in real processes: a caller holds in one
`customario console salon_reception --text`, `customario supervisor answer` runs in another, the
answer is relayed on the first, and the next caller's paraphrase is answered from the knowledge base."""

import json
import os
import queue
import shutil
import subprocess
import sys
import threading

from conftest import REPO

HOLD = "let me check with my manager"


class Console:
    """`customario console CAMPAIGN --text` as a child process, read line by line (bounded waits)."""

    def __init__(self, db_path, campaign="salon_reception"):
        env = {**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "customario", "console", campaign, "--text"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO,
        )
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def say(self, text):
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def wait_for(self, needle, limit=60):
        seen = []
        while True:
            line = self.lines.get(timeout=limit)  # a safety bound, not a timing assertion
            assert line is not None, f"console ended before {needle!r}: {seen} {self.proc.stderr.read()}"
            seen.append(line)
            if needle in line:
                return seen

    def finish(self):
        self.proc.stdin.close()
        out = []
        while (line := self.lines.get(timeout=60)) is not None:
            out.append(line)
        assert self.proc.wait(60) == 0, self.proc.stderr.read()
        return out


def test_console_escalation_answered_from_another_process_then_learned(db_path, run_cli):
    first = Console(db_path)
    try:
        first.wait_for("How can I help you today?")
        first.say("Do you do eyelash extensions?")
        first.wait_for(HOLD)
        [pending] = json.loads(run_cli("supervisor", "list", "--status", "pending", "--json").stdout)
        assert pending["question"] == "Do you do eyelash extensions?" and pending["hold_state"] == "waiting"
        assert [t["role"] for t in pending["context"]][-1] == "caller"
        answered = run_cli("supervisor", "answer", str(pending["id"]), "Yes, lash lifts are $75.", "--by", "sofia")
        assert answered.returncode == 0, answered.stderr
        first.wait_for("My supervisor confirmed: Yes, lash lifts are $75.")
        first.say("that's all, bye")
        assert any("Thanks for calling" in line for line in first.finish())
    finally:
        first.proc.kill()
    second = run_cli("console", "salon_reception", "--text", input="can I get eyelash extensions at your place?\nbye\n")
    assert second.returncode == 0, second.stderr
    assert "agent: Yes, lash lifts are $75." in second.stdout and HOLD not in second.stdout
    requests = json.loads(run_cli("supervisor", "list", "--json").stdout)
    assert len(requests) == 1 and requests[0]["status"] == "answered"
    [article] = json.loads(run_cli("kb", "list", "--source", "supervisor", "--json").stdout)
    assert article["help_request_id"] == requests[0]["id"] and article["created_by"] == "sofia"
    from customario.store.db import open_db

    db = open_db(db_path)
    try:
        assert db.execute("SELECT count(*) FROM calls WHERE campaign = 'salon_reception'").fetchone()[0] == 2
        tools = [r[0] for r in db.execute("SELECT name FROM tool_calls ORDER BY id")]
        assert tools.count("escalate_to_supervisor") == 1 and tools.count("search_knowledge_base") == 2
    finally:
        db.close()


def test_nobody_on_duty_and_an_urgent_caller_gets_a_callback(db_path, run_cli):
    assert run_cli("supervisor", "add", "sofia", "--owner").returncode == 0
    assert run_cli("supervisor", "available", "sofia", "off").returncode == 0
    out = run_cli(
        "console", "salon_reception", "--text", input="I had an allergic reaction after my colour yesterday\nno\n"
    )
    assert out.returncode == 0, out.stderr
    assert "None of my colleagues is available right now" in out.stdout and HOLD not in out.stdout
    [req] = json.loads(run_cli("supervisor", "list", "--json").stdout)
    assert (req["priority"], req["assigned_to"], req["hold_state"]) == ("urgent", None, "none")
    [fu] = json.loads(run_cli("followups", "list", "--json").stdout)
    assert fu["reason"] == "no-supervisor" and fu["help_request_id"] == req["id"]


def test_caller_who_leaves_on_hold_then_answer_comes_late(db_path, run_cli, tmp_path):
    text = (REPO / "customario/campaigns/salon_reception/salon_reception.yaml").read_text()
    # definitions name files only inside their own folder (issue 16): bring the profile along
    shutil.copytree(REPO / "customario/campaigns/salon_reception/knowledge", tmp_path / "knowledge")
    text = text.replace("name: salon_reception", "name: salon_quick").replace("deadline: 60s", "deadline: 1s")
    quick = tmp_path / "salon_quick.yaml"
    quick.write_text(text)
    assert run_cli("campaign", "add", str(quick)).returncode == 0
    # the input ends while the caller holds (EOF): the wait ends at once, nobody is lost
    out = run_cli(
        "console", "salon_quick", "--text", "--phone", "+14155550123", input="Can you dye my eyebrows purple?\n"
    )
    assert out.returncode == 0, out.stderr
    assert HOLD in out.stdout and "couldn't get back to me in time" not in out.stdout
    [req] = json.loads(run_cli("supervisor", "list", "--json").stdout)
    assert (req["status"], req["hold_state"]) == ("pending", "caller-left")
    [fu] = json.loads(run_cli("followups", "list", "--json").stdout)
    assert (fu["reason"], fu["caller"], fu["priority"]) == ("caller-left", "+14155550123", "medium")
    late = run_cli("supervisor", "answer", str(req["id"]), "Yes, vivid brow tints are $30.")
    assert late.returncode == 0 and "follow-up" in late.stderr
    [fu] = json.loads(run_cli("followups", "list", "--status", "ready", "--json").stdout)
    assert fu["answer"] == "Yes, vivid brow tints are $30." and fu["reason"] == "caller-left"
