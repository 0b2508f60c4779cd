"""Shared fixtures: a real SQLite file per test, a CLI runner, and a subprocess runner."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def ctrl_c_as_from_a_terminal() -> None:
    """``preexec_fn`` for a child process a test sends SIGINT (Ctrl-C): give it the default SIGINT
    disposition a terminal gives. A test run started in the background by a non-interactive shell
    (``nohup bash -c "pytest ..." &``, as some CI harnesses and our own clean-clone runs do) has
    SIGINT ignored, POSIX keeps an ignored signal ignored across exec, and Python then installs no
    KeyboardInterrupt handler: the child would never see the Ctrl-C (the cause of the hold test's
    "hang" of 5 December 2026, found by dumping the child's tasks: the SIGINT never arrived)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path):
    from customario.plugins.manager import discover
    from customario.store.db import open_db

    database = open_db(db_path, plugins=discover())
    yield database
    database.close()


@pytest.fixture
def cli(db_path: Path, monkeypatch, tmp_path):
    """Run the CLI in-process: ``cli("leads", "list", "--json")`` → click Result (exit_code, stdout, stderr)."""
    from typer.testing import CliRunner

    from customario.cli import build_app

    monkeypatch.setenv("CUSTOMARIO_DB", str(db_path))
    monkeypatch.chdir(REPO)
    app = build_app()
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return run


@pytest.fixture
def run_cli(db_path: Path):
    """Run ``python -m customario`` in a subprocess (real process, real exit code)."""

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 120, cwd=None):
        full_env = {**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": str(REPO)}
        full_env.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "customario", *[str(a) for a in args]],
            input=input,
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            cwd=cwd or REPO,
        )

    return run


@pytest.fixture
def kb(db):
    """``db`` with the salon and PC-store campaigns' knowledge bases imported (the knowledge-base
    tests' shared setup; a test module may define its own ``kb`` to import fewer)."""
    from customario.definitions.catalog import resolve_campaign
    from customario.escalation.kb_import import ensure_campaign_knowledge

    for name in ("salon_reception", "pc_store_support"):
        ensure_campaign_knowledge(db, resolve_campaign(db, name))
    return db


@pytest.fixture
def shop(db, tmp_path, request):
    """``db`` with the test module's own small knowledge base imported: its ``ARTICLES`` (the YAML
    of ``customario kb import``) for its ``CAMPAIGN``."""
    from customario.escalation.kb_import import import_articles

    path = tmp_path / "articles.yaml"
    path.write_text(request.module.ARTICLES)
    import_articles(db, path, campaign=request.module.CAMPAIGN)
    return db


@pytest.fixture(autouse=True)
def _urgency_rules_alone(request, monkeypatch):
    """The rule tests of urgency (tests/test_urgency*.py) test the rules: there the trained model
    (customario/escalation/urgency_model.py) is switched off. Its own tests, the knowledge-base,
    salon and store tests and every bench use the whole of ``assess``; the team's near misses the
    model raises are listed in tests/test_urgency_model.py."""
    name = request.module.__name__.rsplit(".", 1)[-1]
    if name.startswith("test_urgency") and name != "test_urgency_model":
        from customario.escalation import urgency_model

        monkeypatch.setattr(urgency_model, "raises", lambda text: None)
