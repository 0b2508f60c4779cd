"""Output paths are checked before any work starts (issue 15): one `Error:` line, exit 3, and the
database exactly as it was (cases written by the badinput stream)."""

import hashlib
from pathlib import Path

import pytest

from customario.errors import ConfigError, ExitCode
from customario.render.outputs import check_output_path


def fingerprint(db_path: Path) -> str:
    """sha256 of the database file and of a non-empty WAL (no connection may be open)."""
    h = hashlib.sha256(db_path.read_bytes())
    wal = Path(str(db_path) + "-wal")
    if wal.exists() and wal.stat().st_size:
        h.update(wal.read_bytes())
    return h.hexdigest()


@pytest.fixture
def seeded(db_path):
    from customario.plugins.manager import discover
    from customario.store.db import open_db

    open_db(db_path, plugins=discover()).close()  # with the plug-ins' tables, as the CLI opens it
    return db_path


def _bad_paths(tmp_path: Path) -> dict[str, Path | str]:
    afile = tmp_path / "plain.txt"
    afile.write_text("x")
    folder = tmp_path / "folder"
    folder.mkdir()
    return {
        "missing-folder": tmp_path / "nope" / "out.csv",
        "a-folder": folder,
        "under-a-file": afile / "out.csv",
        "trailing-slash": str(tmp_path / "newdir") + "/",
        "empty": "",
    }


COMMANDS = {
    "leads-import-rejects": lambda p: [
        "leads",
        "import",
        "customario/data/sample_leads.csv",
        "--list",
        "x",
        "--rejects",
        p,
    ],
    "leads-export": lambda p: ["leads", "export", "-o", p],
    "insights-html": lambda p: ["insights", "customer_feedback", "--html", p],
    "insights-csv": lambda p: ["insights", "customer_feedback", "--csv", p],
    "export-responses": lambda p: ["export", "responses", "customer_feedback", "-o", p],
    "export-codebook": lambda p: ["export", "responses", "customer_feedback", "--codebook", p],
    "payments-export": lambda p: ["payments", "export", "-o", p, "--mark-paid"],
    "db-backup": lambda p: ["db", "backup", p],
    "console-audio-out": lambda p: [
        "console",
        "customer_feedback",
        "--audio-in",
        "tests/fixtures/none.wav",
        "--audio-out",
        p,
    ],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_unusable_output_path_fails_first_and_changes_nothing(command, cli, seeded, tmp_path):
    for kind, bad in _bad_paths(tmp_path).items():
        before = fingerprint(seeded)
        r = cli(*COMMANDS[command](str(bad)))
        assert r.exit_code == ExitCode.CONFIG, (kind, r.stdout, r.stderr)
        lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("Error: "), (kind, r.stderr)
        assert "Traceback" not in r.stderr + r.stdout
        assert fingerprint(seeded) == before, (command, kind)


def test_console_audio_out_into_missing_folder_leaves_no_call_row(cli, seeded, tmp_path):
    import sqlite3

    r = cli(
        "console",
        "customer_feedback",
        "--audio-in",
        "tests/fixtures/none.wav",
        "--audio-out",
        tmp_path / "missing" / "agent.wav",
    )
    assert r.exit_code == ExitCode.CONFIG and "does not exist" in r.stderr
    con = sqlite3.connect(seeded)
    assert con.execute("SELECT COUNT(*) FROM calls").fetchone()[0] == 0


def test_check_output_path_messages(tmp_path):
    afile = tmp_path / "a.csv"
    afile.write_text("")
    assert check_output_path(tmp_path / "new.csv") == tmp_path / "new.csv"
    assert check_output_path(afile) == afile  # overwriting is the default
    assert check_output_path("/dev/null") == Path("/dev/null")  # special files are fine
    with pytest.raises(ConfigError, match="already exists"):
        check_output_path(afile, overwrite=False, what="backup")
    with pytest.raises(ConfigError, match="is a file, so"):
        check_output_path(afile / "deeper" / "x.csv")
    with pytest.raises(ConfigError, match="does not exist") as exc:
        check_output_path(tmp_path / "a" / "b" / "x.csv", option="--output")
    assert "mkdir -p" in exc.value.render() and "--output" in exc.value.render()
    with pytest.raises(ConfigError, match="is a folder"):
        check_output_path(tmp_path)
    dangling = tmp_path / "link.csv"
    dangling.symlink_to(tmp_path / "gone" / "target.csv")
    with pytest.raises(ConfigError, match="dangling"):
        check_output_path(dangling)
