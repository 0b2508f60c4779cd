"""Opening the database must never drop this process's SQLite locks (a second descriptor of the
file, opened and closed, releases every POSIX lock the process holds on it). Found through the
web server: after another process closed its connection and wrote again, every connection of the
server kept reading a stale snapshot."""

import subprocess
import sys

from conftest import REPO

WRITE = """
import sys
sys.path.insert(0, {repo!r})
from customario.store.db import open_db
db = open_db({path!r}, migrate=False)          # connect, write, close
db.execute("INSERT INTO lists (name, created_at) VALUES (?, '2026-01-01')", [{name!r}])
db.conn.commit()
db.close()
"""


def test_connections_keep_seeing_other_processes_commits(db_path):
    from customario.store.db import open_db

    first = open_db(db_path)
    second = open_db(db_path, migrate=False)  # a second open in the same process (server, worker thread)
    try:
        for n in (1, 2, 3):
            out = subprocess.run(
                [sys.executable, "-c", WRITE.format(repo=str(REPO), path=str(db_path), name=f"list{n}")],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert out.returncode == 0, out.stderr
            for db in (first, second):
                assert db.execute("SELECT COUNT(*) FROM lists").fetchone()[0] == n
    finally:
        second.close()
        first.close()


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    import pytest

    from customario.errors import ConfigError
    from customario.store.db import open_db

    bad = tmp_path / "notes.db"
    bad.write_text("hello, this is not a database\n" * 10)
    with pytest.raises(ConfigError, match="is not a SQLite database"):
        open_db(bad)
    assert bad.read_text().startswith("hello")
