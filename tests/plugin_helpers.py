"""Make the example plug-in (examples/customario-loyalty) installed for a test, fast and honestly.

``pip install`` of the example takes tens of seconds; what it leaves behind that customario reads is
a ``*.dist-info`` folder with ``METADATA`` and ``entry_points.txt`` on ``sys.path`` plus the package
itself. :func:`fake_install` writes exactly that, with the entry points taken from the example's own
``pyproject.toml`` (so the test breaks if the declaration is wrong), and the package importable
from its source folder. ``.ci/run`` also installs the example for real (pip) into the wheel's
virtualenv and runs its command group.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "customario-loyalty"


def fake_install(root: Path, project: Path = EXAMPLE) -> list[Path]:
    """Write ``<name>-<version>.dist-info`` for ``project`` under ``root``; returns the paths to put
    on ``sys.path`` / ``PYTHONPATH`` (the dist-info's folder and the package's source folder)."""
    meta = tomllib.loads((project / "pyproject.toml").read_text())["project"]
    dist = root / f"{meta['name'].replace('-', '_')}-{meta['version']}.dist-info"
    dist.mkdir(parents=True, exist_ok=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {meta['version']}\n")
    lines = []
    for group, eps in meta.get("entry-points", {}).items():
        lines.append(f"[{group}]")
        lines += [f"{name} = {value}" for name, value in eps.items()]
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n")
    return [root, project]


def forget_example_modules() -> None:
    for name in [m for m in sys.modules if m == "customario_loyalty" or m.startswith("customario_loyalty.")]:
        del sys.modules[name]
