"""Style tooling: ruff's lint rules and its formatter (both configured in pyproject.toml) hold
for the whole tree. CI runs the same two checks in .ci/run.
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(
    importlib.util.find_spec("ruff") is None, reason="ruff is a dev dependency: pip install -e '.[dev]'"
)
def test_ruff_lint_is_clean():
    r = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]


@pytest.mark.skipif(
    importlib.util.find_spec("ruff") is None, reason="ruff is a dev dependency: pip install -e '.[dev]'"
)
def test_ruff_format_is_clean():
    r = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, "run `ruff format .`:\n" + r.stdout[-4000:] + r.stderr[-2000:]
