"""Issue 16, items 2 and 8: a big lead import commits in short batches (other writers get their
turn), a second import of the same file is refused with exit 75, a ``kill -9`` leaves a consistent
file and no worker processes, and running the same command again finishes the import."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

ROWS = 200_000  # big enough for the importer's worker processes (PARALLEL_MIN_ROWS)
AREAS = ("212", "646", "415", "310", "312", "305", "206", "503", "702", "404")


def _leads(path: Path, rows: int) -> Path:
    with path.open("w") as fh:
        fh.write("name,phone,company\n")
        for i in range(rows):
            rest = i // len(AREAS)
            fh.write(f"Lead {i},+1 {AREAS[i % len(AREAS)]} {200 + rest // 10000:03d} {rest % 10000:04d},Co {i % 97}\n")
    return path


def _descendants(pid: int) -> set[int]:
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                kids = {int(x) for x in (task / "children").read_text().split()}
            except OSError:
                continue
            todo += list(kids - out)
            out |= kids
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait(predicate, what: str, limit_s: float = 300.0):
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"gave up waiting for {what}")


def _import_cmd(csv_path: Path) -> list[str]:
    return [sys.executable, "-m", "customario", "leads", "import", str(csv_path), "--list", "big", "--json"]


def _progress(db_path: Path):
    con = sqlite3.connect(db_path, timeout=30)
    try:
        return con.execute("SELECT status, lines_done, pid FROM imports ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        con.close()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find worker processes")
def test_kill_9_mid_import_leaves_no_workers_and_a_rerun_finishes(tmp_path, db_path):
    from customario.store.db import immediate, open_db

    csv_path = _leads(tmp_path / "big.csv", ROWS)
    env = {**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        _import_cmd(csv_path), env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait(lambda: (p := _progress(db_path)) and p[0] == "running" and p[1] > 0, "the first committed batch")
        # another writer gets in while the import runs (the old import held the lock to the end)
        db = open_db(db_path)
        with immediate(db):
            db.execute("INSERT INTO lists (name, created_at) VALUES ('written meanwhile', '2026-01-01')")
        assert proc.poll() is None, "the import ended before the other writer got in: make the file bigger"
        # the same file into the same list, at the same time: refused, one line, exit 75
        second = subprocess.run(
            _import_cmd(csv_path), env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        assert second.returncode == 75, second.stderr
        assert second.stderr.startswith("Error: another process") and second.stderr.count("\n") == 1
        workers = _wait(lambda: _descendants(proc.pid), "the phone-normalising workers")
        assert proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    _wait(lambda: not any(_alive(w) for w in workers), "the workers to end with their parent", limit_s=60)
    status, lines_done, _pid = _progress(db_path)
    assert status == "running" and 0 < lines_done < ROWS + 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    members = db.execute("SELECT COUNT(*), MAX(source_line) FROM list_members").fetchone()
    assert members[0] == lines_done - 1 and members[1] == lines_done  # exactly the committed batches
    db.close()

    rerun = subprocess.run(_import_cmd(csv_path), env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["resumed_after_line"] == lines_done
    assert (summary["rows"], summary["imported"], summary["duplicates"], summary["invalid"]) == (ROWS, ROWS, 0, 0)
    db = open_db(db_path)
    try:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT contact_id) FROM list_members").fetchone() == (ROWS, ROWS)
        assert db.execute("SELECT COUNT(*) FROM contacts").fetchone()[0] == ROWS
        assert db.execute("SELECT status, rows, imported FROM imports").fetchall() == [("done", ROWS, ROWS)]
        assert db.execute("SELECT COUNT(*) FROM lists WHERE name = 'written meanwhile'").fetchone()[0] == 1
    finally:
        db.close()


def test_a_writer_that_stays_locked_out_gets_locked_error(db_path):
    from customario.errors import LockedError
    from customario.store.db import begin_immediate, open_db

    holder = sqlite3.connect(db_path, isolation_level=None)
    db = open_db(db_path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        db.execute("PRAGMA busy_timeout = 10")
        with pytest.raises(LockedError, match="stayed busy"):
            begin_immediate(db, wait_s=0.3)
        assert LockedError.exit_code == 75
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert begin_immediate(db) >= 0
    db.conn.execute("ROLLBACK")
    db.close()


def test_a_bad_file_rolls_back_every_committed_batch(tmp_path, db):
    """A quote left open at the end of the file is found only after the batches before it were
    committed: they are rolled back, the list it created goes too."""
    from customario.errors import InputDataError
    from customario.leads.contacts import import_leads

    path = _leads(tmp_path / "broken.csv", 12_000)
    with path.open("a") as fh:
        fh.write('Last,"+1 212 555 0199,never closed\n')
    with pytest.raises(InputDataError):
        import_leads(db, path, "broken", chunk_rows=3_000)
    for table in ("contacts", "list_members", "imports", "lists"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_a_wav_without_speech_ends_the_call_within_the_no_input_timeout(tmp_path, db_path, run_cli):
    """Item 8: a silent caller WAV used to keep `console --audio-in` running for max_call_duration
    (900 s); it now ends as break-off once the caller said nothing for calling.no_input_timeout."""
    import shutil

    import numpy as np
    import yaml

    from customario.conversation.voice.audio import write_wav

    if shutil.which("espeak-ng") is None:
        pytest.skip("needs espeak-ng (the offline stack's voice)")
    src = REPO / "customario" / "campaigns" / "customer_feedback" / "customer_feedback.yaml"
    data = yaml.safe_load(src.read_text())
    data["name"] = "quiet_feedback"
    data["calling"]["no_input_timeout"] = "2s"
    definition = tmp_path / "quiet.yaml"
    definition.write_text(yaml.safe_dump(data, sort_keys=False))
    silent = tmp_path / "silent.wav"
    write_wav(silent, np.zeros(16000 * 3, dtype=np.int16), 16000)
    r = run_cli("console", str(definition), "--audio-in", silent, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "break-off after 0 caller turn(s)" in r.stderr
    from customario.store.db import open_db

    db = open_db(db_path)
    try:
        assert db.execute("SELECT disposition, status FROM calls").fetchall() == [("break-off", "ended")]
    finally:
        db.close()


@pytest.mark.parametrize("width,channels", [(3, 1), (4, 1), (4, 6), (3, 2)])
def test_24_and_32_bit_multichannel_wavs_are_read(width, channels):
    """Item 8: the formats the docs promise (PCM 8-32 bit, 1-32 channels) decode to the same mono
    16-bit samples."""
    import io
    import wave

    import numpy as np

    from customario.conversation.voice.audio import decode_wav_bytes

    rate = 16000
    mono = (np.sin(np.arange(rate // 2) * 2 * np.pi * 440 / rate) * 20000).astype(np.int64)
    scaled = mono << (8 * width - 16)
    frames = np.repeat(scaled, channels)
    raw = b"".join(int(v).to_bytes(width, "little", signed=True) for v in frames)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(raw)
    pcm, got_rate = decode_wav_bytes(buf.getvalue())
    assert got_rate == rate and len(pcm) == len(mono)
    assert np.array_equal(pcm.astype(np.int64), mono)


def test_a_resumed_import_ends_exactly_like_an_uninterrupted_one(tmp_path):
    """Duplicates across the interruption point, invalid rows, a DNC number and consents: the
    interrupted-then-resumed import stores and counts exactly what one uninterrupted run does."""
    import random

    from customario.leads import importer
    from customario.leads.contacts import import_leads
    from customario.store.db import open_db

    rnd = random.Random(1)
    rows = ["name,phone,consent"]
    for i in range(14_000):
        n = rnd.randrange(9_000)
        rows.append(
            f"L{i},{'+1 212 %03d %04d' % (200 + n // 10000, n % 10000) if i % 50 else '12'},{'yes' if i % 3 else ''}"
        )
    path = tmp_path / "leads.csv"
    path.write_text("\n".join(rows) + "\n")

    def fresh(name):
        db = open_db(tmp_path / name)
        db.execute(
            "INSERT INTO dnc (e164, reason, source, added_at) VALUES ('+12122000042', 'manual', 't', '2026-01-01')"
        )
        db.conn.commit()
        return db

    keys = ("rows", "imported", "updated", "duplicates", "invalid", "dnc_suppressed", "added_to_list")
    once = fresh("once.db")
    full = import_leads(once, path, "x", chunk_rows=3_000)
    twice = fresh("twice.db")
    real = importer.ImportState.save_progress
    saved = []

    def killed_after_two_batches(self, status="running"):
        real(self, status)
        saved.append(status)
        if len(saved) == 2:
            self.db.conn.commit()  # the batch is committed, then the process "dies"
            raise KeyboardInterrupt  # BaseException: nothing is rolled back, as with kill -9

    importer.ImportState.save_progress = killed_after_two_batches
    try:
        with pytest.raises(KeyboardInterrupt):
            import_leads(twice, path, "x", chunk_rows=3_000)
    finally:
        importer.ImportState.save_progress = real
    resumed = import_leads(twice, path, "x", chunk_rows=3_000)
    assert resumed.resumed_after_line > 0
    assert {k: getattr(resumed, k) for k in keys} == {k: getattr(full, k) for k in keys}
    q = "SELECT c.e164, m.source_line, c.consent, c.name FROM list_members m JOIN contacts c ON c.id = m.contact_id ORDER BY 1"
    assert twice.execute(q).fetchall() == once.execute(q).fetchall()
    assert (
        twice.execute("SELECT COUNT(*) FROM consents").fetchone()
        == once.execute("SELECT COUNT(*) FROM consents").fetchone()
    )
    assert twice.execute("SELECT status, rows FROM imports").fetchall() == [("done", 14_000)]
